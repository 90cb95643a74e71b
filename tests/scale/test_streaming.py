"""The streaming build: N-Triples shards with no graph in memory, the same triples."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import citekg
from citekg.cli import cli
from citekg.extract.corpus import bundled_corpus
from citekg.extract.records import Paper

ROOT = Path(__file__).parents[2]
SIDE_FILES = ("papers.jsonl", "extractions.jsonl", "rejects.jsonl")


def _shards(folder: Path) -> list[list[bytes]]:
    """The lines of each shard of ``folder/ntriples``, in file order."""
    parts = sorted((folder / "ntriples").iterdir())
    assert parts and all(p.name.startswith("part-") for p in parts)
    opener = gzip.open if parts[0].suffix == ".gz" else open
    out = []
    for part in parts:
        with opener(part, "rb") as handle:
            out.append(handle.read().splitlines())
    return out


@pytest.fixture(scope="module")
def bundled_triples(tmp_path_factory) -> int:
    """How many triples the bundled corpus makes, built in memory (the streamed builds
    below must write just as many)."""
    out = tmp_path_factory.mktemp("bundled")
    citekg.build(None, out, formats=["nt"])
    return sum(1 for line in (out / "papers.nt").read_bytes().splitlines() if line)


def _build_both(
    inputs, tmp_path: Path, shard_size: int, workers: int = 1, evidence: str | None = None
) -> tuple[Path, Path]:
    """The same input built streaming (N-Triples shards only) and in memory (with Turtle)."""
    streamed, in_memory = tmp_path / "stream", tmp_path / "memory"
    options = dict(
        compress=True, shard_size=shard_size, workers=workers, evidence=evidence, on_reject=print
    )
    citekg.build(inputs, streamed, formats=["nt"], **options)
    citekg.build(inputs, in_memory, formats=["nt", "turtle"], **options)
    return streamed, in_memory


def _assert_same_build(streamed: Path, in_memory: Path, shard_size: int) -> None:
    for name in SIDE_FILES:
        assert (streamed / name).read_bytes() == (in_memory / name).read_bytes(), name
    shards = _shards(streamed)
    for lines in shards:
        assert 0 < len(lines) <= shard_size
        assert lines == sorted(set(lines))  # each shard sorted, without duplicates
    every = [line for lines in shards for line in lines]
    assert len(every) == len(set(every))  # no triple in two shards
    expected = [line for lines in _shards(in_memory) for line in lines]
    assert sorted(every) == expected  # the in-memory shards are globally sorted
    counts = [json.loads((d / "build.json").read_text())["counts"] for d in (streamed, in_memory)]
    assert counts[0] == counts[1]


@pytest.fixture(scope="module")
def mixed_inputs(data_dir) -> list[Path]:
    """Formats with institutions, references, duplicates, rejects and colliding input ids."""
    names = ("openalex_works.jsonl", "s2_papers.jsonl", "arxiv_snapshot.jsonl", "papers.jsonl")
    return [
        *(data_dir / n for n in names),
        data_dir / "list_malformed.txt",
        bundled_corpus(),
    ]


def test_streamed_shards_hold_the_triples_of_the_in_memory_build(mixed_inputs, tmp_path):
    streamed, in_memory = _build_both(mixed_inputs, tmp_path, shard_size=1000)
    _assert_same_build(streamed, in_memory, 1000)
    manifest = json.loads((streamed / "build.json").read_text())
    assert manifest["formats"] == ["ntriples"] and manifest["shard_size"] == 1000
    assert sorted(manifest["files"]) == sorted(
        [*(f"ntriples/{p.name}" for p in (streamed / "ntriples").iterdir()), *SIDE_FILES]
    )


@pytest.mark.parametrize("evidence", ["compact", "none"])
def test_streamed_shards_equal_the_in_memory_build_at_each_evidence_level(
    evidence, mixed_inputs, tmp_path
):
    streamed, in_memory = _build_both(mixed_inputs, tmp_path, 1000, evidence=evidence)
    _assert_same_build(streamed, in_memory, 1000)
    assert json.loads((streamed / "build.json").read_text())["evidence"] == evidence
    lines = [line for shard in _shards(streamed) for line in shard]
    assert not any(b"/ns/oa#" in line for line in lines)  # no Web Annotation at either level
    has_evidence = any(b"<https://w3id.org/citekg/vocab#Evidence>" in line for line in lines)
    assert has_evidence == (evidence == "compact")


@pytest.fixture(scope="module")
def synthetic_corpus(tmp_path_factory) -> Path:
    """2,000 varied papers from bench/make_corpus.py: thousands of entities, merged keys."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "bench/make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    module.make_corpus(path, 2000, seed=7)
    return path


def test_streamed_shards_equal_the_in_memory_build_on_a_synthetic_corpus(
    synthetic_corpus, monkeypatch, tmp_path
):
    import citekg.streaming

    monkeypatch.setattr(citekg.streaming, "CHUNK", 700)  # three pass-2 tasks, two processes
    streamed, in_memory = _build_both([synthetic_corpus], tmp_path, 1_000_000, workers=2)
    _assert_same_build(streamed, in_memory, 1_000_000)
    assert len(list((streamed / "ntriples").iterdir())) == 4  # one per task, one of entities


def test_a_streamed_build_gives_the_same_bytes_twice(bundled_triples, tmp_path):
    import os
    import subprocess
    import sys

    first, second = tmp_path / "a", tmp_path / "b"
    for out, seed in ((first, "1"), (second, "2")):  # string hashing differs between the two
        args = ["build", "-o", str(out), "-f", "nt", "--gzip", "--shard-size", "3000", "-q"]
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "citekg", *args], check=True, env=env)
    names = sorted(p.name for p in (first / "ntriples").iterdir())
    assert names == sorted(p.name for p in (second / "ntriples").iterdir())
    assert sum(len(lines) for lines in _shards(first)) == bundled_triples
    assert len(names) == 8  # the papers' triples in 6 shards (the last short), the entities' in 2
    for name in names:
        assert (first / "ntriples" / name).read_bytes() == (second / "ntriples" / name).read_bytes()
    assert (first / "build.json").read_bytes() == (second / "build.json").read_bytes()


def test_streaming_never_builds_the_graph(monkeypatch, tmp_path):
    import citekg.graph.build
    from citekg.graph.stream import TripleStream

    def refuse(*args, **kwargs):
        raise AssertionError("the streaming build made the whole graph")

    monkeypatch.setattr(citekg.graph.build, "build_graph", refuse)
    sizes: list[int] = []
    paper_graph = TripleStream.paper_graph

    def one_paper(self, paper, extraction):
        G, observed = paper_graph(self, paper, extraction)
        sizes.append(sum(1 for _, kind in G.nodes(data="kind") if kind == "paper"))
        return G, observed

    monkeypatch.setattr(TripleStream, "paper_graph", one_paper)
    kg = citekg.build(out_dir=tmp_path, formats=["nt"], shard_size=5000)
    assert kg.nx.number_of_nodes() == 0 and kg.papers == [] and kg.extractions == []
    assert kg.report.built == len(sizes) == 100
    assert set(sizes) == {1}  # each graph made holds one paper, never more
    with pytest.raises(AssertionError):
        citekg.build(out_dir=tmp_path / "memory", formats=["nt"])  # not sharded: in memory


def test_extraction_reads_its_input_as_it_goes():
    from citekg.extract.parallel import WINDOW, extract_parallel

    pulled = 0

    def papers():
        nonlocal pulled
        for i in range(2000):
            pulled += 1
            yield Paper(id=str(i), title=f"Paper {i}", abstract="We fine-tune GPT-4 on MMLU.")

    stream = extract_parallel(papers(), 2, batch_size=10)
    next(stream)
    assert pulled <= (WINDOW * 2 + 1) * 10  # a few batches ahead, not the whole input
    assert sum(1 for _ in stream) == 1999


@pytest.mark.parametrize("spelling", ["nt", "ntriples", "n-triples", "NT"])
def test_the_cli_streams_sharded_ntriples(spelling, bundled_triples, monkeypatch, tmp_path):
    import citekg.graph.build

    monkeypatch.setattr(citekg.graph.build, "build_graph", None)  # never called
    out = tmp_path / "kg"
    args = ["build", "-o", str(out), "-f", spelling, "--gzip", "--shard-size", "5000", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "ntriples").iterdir())[:2] == [
        "part-00000.nt.gz",
        "part-00001.nt.gz",
    ]
    assert sum(len(lines) for lines in _shards(out)) == bundled_triples


def test_an_interrupted_streamed_build_leaves_the_last_good_one(monkeypatch, data_dir, tmp_path):
    from citekg.graph.stream import TripleStream

    citekg.build(out_dir=tmp_path, formats=["nt"], compress=True, shard_size=5000)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    def interrupted(self):
        raise KeyboardInterrupt
        yield  # a generator, as finish is

    monkeypatch.setattr(TripleStream, "finish", interrupted)
    with pytest.raises(KeyboardInterrupt):
        citekg.build(
            [bundled_corpus(), data_dir / "papers.jsonl"],
            tmp_path,
            formats=["nt"],
            compress=True,
            shard_size=5000,
        )
    after = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before  # no temporary left, nothing half-written
