"""Duplicates and near-duplicates: the streaming build merges them as the in-memory build.

Each case builds a few hand-made records twice, streaming (``-f nt --gzip
--shard-size``) and in memory (``-f nt``), checks that both give the same
triples, ``papers.jsonl`` and counts, then checks the merged result itself:
one node per real paper, and distinct papers never on one node.
"""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import citekg
from citekg.cli import cli

BASE = "https://w3id.org/citekg/id/"
#: Predicates of a paper's node that say which records were merged into it.
FIELDS = {
    "http://purl.org/dc/terms/title": "title",
    "http://purl.org/dc/terms/identifier": "id",
    "http://purl.org/dc/terms/abstract": "abstract",
    "https://w3id.org/citekg/vocab#doi": "doi",
    "http://purl.org/spar/fabio/hasArXivId": "arxiv",
    "https://w3id.org/citekg/vocab#openalexId": "openalex",
    "https://w3id.org/citekg/vocab#citationCount": "citations",
    "http://purl.org/spar/fabio/hasPublicationYear": "year",
    "https://w3id.org/citekg/vocab#mentions": "mentions",
    "http://purl.org/spar/cito/cites": "cites",
}


def _jsonl(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _build_both(inputs: list[Path], tmp_path: Path) -> tuple[list[str], dict[str, Any]]:
    """Build ``inputs`` streaming (by the CLI) and in memory; assert the two agree.
    Returns the triples, sorted, and the counts of ``build.json``."""
    streamed, in_memory = tmp_path / "stream", tmp_path / "memory"
    args = ["build", *map(str, inputs), "-o", str(streamed), "-f", "nt", "--gzip"]
    result = CliRunner().invoke(cli, [*args, "--shard-size", "7", "-j", "1", "-q"])
    assert result.exit_code == 0, result.output
    citekg.build(inputs, in_memory, formats=["nt"], workers=1, html_report=False)

    shards = sorted((streamed / "ntriples").glob("part-*.nt.gz"))
    assert len(shards) > 1  # the shard size really splits the triples
    lines = [line for s in shards for line in gzip.decompress(s.read_bytes()).decode().splitlines()]
    expected = (in_memory / "papers.nt").read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == expected  # the same triples, none twice
    for name in ("papers.jsonl", "extractions.jsonl"):
        assert (streamed / name).read_bytes() == (in_memory / name).read_bytes(), name
    counts = [json.loads((d / "build.json").read_text())["counts"] for d in (streamed, in_memory)]
    assert counts[0] == counts[1]
    return expected, counts[0]


def _papers(lines: list[str]) -> dict[str, dict[str, list[str]]]:
    """Paper node (``paper/...``) -> field -> its values, sorted, from N-Triples lines."""
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in lines:
        subject, predicate, obj = line.removesuffix(" .").split(" ", 2)
        node = subject.strip("<>").removeprefix(BASE)
        if not node.startswith("paper/") or "#" in node:
            continue
        field = FIELDS.get(predicate.strip("<>"))
        if field is None:
            continue
        value = obj.strip("<>").removeprefix(BASE)
        if value.startswith('"'):
            value = value[1 : value.rindex('"')]
        out[node][field].append(value)
    return {node: {f: sorted(v) for f, v in fields.items()} for node, fields in out.items()}


# (1) the strongest key shared, the rest differing


@pytest.mark.parametrize(
    ("ids", "node"),
    [
        (
            ({"doi": "10.1234/GPT4"}, {"doi": "https://doi.org/10.1234/gpt4"}),
            "paper/doi-10.1234-gpt4",
        ),
        (
            ({"arxiv_id": "2303.08774"}, {"arxiv_id": "arXiv:2303.08774v2"}),
            "paper/arxiv-2303.08774",
        ),
    ],
    ids=["doi", "arxiv"],
)
def test_records_sharing_their_strongest_id_make_one_paper(ids, node, tmp_path):
    first, second = ids
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "GPT-4 Technical Report", "abstract": "We introduce GPT-4.", **first}
        | {"citations": 10},
        {"id": "b", "title": "GPT-4 technical report, revised", **second}
        | {"abstract": "We evaluate LLaMA on GSM8K.", "citations": 20, "year": 2023},
    )
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    assert list(papers) == [node]
    paper = papers[node]
    # the first record's title, id and abstract; the larger count; the year filled in
    assert paper["title"] == ["GPT-4 Technical Report"] and paper["id"] == ["a"]
    assert paper["abstract"] == ["We introduce GPT-4."]
    assert paper["citations"] == ["20"] and paper["year"] == ["2023"]
    assert paper["mentions"] == ["model/gpt-4"]  # the second abstract is not extracted
    assert not any("llama" in line or "gsm8k" in line for line in lines)
    assert (counts["built"], counts["merged"]) == (1, 1)


def test_records_sharing_a_doi_but_not_an_arxiv_id_stay_two_papers_on_two_nodes(tmp_path):
    # Their arXiv ids tell them apart, so they are not merged; their strongest key is the
    # same DOI all the same. They used to share one node: in memory the second paper's
    # values on it, streaming both papers' titles, ids and counts.
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "Paper A", "doi": "10.1234/x", "arxiv_id": "2301.00001"}
        | {"abstract": "We introduce GPT-4.", "citations": 1},
        {"id": "b", "title": "Paper B", "doi": "10.1234/x", "arxiv_id": "2301.00002"}
        | {"abstract": "We evaluate on GSM8K.", "citations": 2},
    )
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    assert sorted(papers) == ["paper/arxiv-2301.00001", "paper/arxiv-2301.00002"]
    a, b = papers["paper/arxiv-2301.00001"], papers["paper/arxiv-2301.00002"]
    assert (a["title"], a["id"], a["citations"]) == (["Paper A"], ["a"], ["1"])
    assert (b["title"], b["id"], b["citations"]) == (["Paper B"], ["b"], ["2"])
    assert a["doi"] == b["doi"] == ["10.1234/x"]
    assert a["mentions"] == ["model/gpt-4"] and b["mentions"] == ["benchmark/gsm8k"]
    assert (counts["built"], counts["merged"]) == (2, 0)


def test_papers_sharing_a_key_and_a_slug_get_numbered_nodes(tmp_path):
    # No arXiv id: both node ids come from the one DOI, and are told apart by a suffix.
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "Paper A", "doi": "10.1234/x", "openalex_id": "W1", "citations": 1},
        {"id": "b", "title": "Paper B", "doi": "10.1234/x", "openalex_id": "W2", "citations": 2},
    )
    papers = _papers(_build_both([source], tmp_path)[0])
    assert sorted(papers) == ["paper/doi-10.1234-x", "paper/doi-10.1234-x-2"]
    titles = {node: paper["title"] for node, paper in papers.items()}
    assert titles == {"paper/doi-10.1234-x": ["Paper A"], "paper/doi-10.1234-x-2": ["Paper B"]}


# (2) only a weaker key shared: the normalised title


def test_same_title_with_different_dois_stays_two_papers(tmp_path):
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "A Survey of Large Language Models", "doi": "10.1234/one"}
        | {"abstract": "We survey GPT-4.", "citations": 10},
        {"id": "b", "title": "A survey of large language models.", "doi": "10.5678/two"}
        | {"abstract": "We survey LLaMA.", "citations": 5},
        # no id at all: the title alone cannot say which one; it joins the first
        {"id": "c", "title": "A SURVEY OF LARGE LANGUAGE MODELS", "citations": 30, "year": 2024},
    )
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    assert sorted(papers) == ["paper/doi-10.1234-one", "paper/doi-10.5678-two"]
    one, two = papers["paper/doi-10.1234-one"], papers["paper/doi-10.5678-two"]
    assert (one["title"], one["doi"]) == (["A Survey of Large Language Models"], ["10.1234/one"])
    assert (two["title"], two["doi"]) == (["A survey of large language models."], ["10.5678/two"])
    assert (one["citations"], one["year"]) == (["30"], ["2024"])  # c merged into a
    assert (two["citations"], "year" in two) == (["5"], False)
    assert one["mentions"] == ["model/gpt-4"] and two["mentions"] == ["model/llama"]
    assert (counts["built"], counts["merged"]) == (2, 1)


def test_same_title_with_different_arxiv_ids_stays_two_papers(tmp_path):
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "Scaling Laws", "arxiv_id": "2001.08361", "citations": 3},
        {"id": "b", "title": "Scaling laws", "arxiv_id": "2203.15556", "citations": 4},
    )
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    assert sorted(papers) == ["paper/arxiv-2001.08361", "paper/arxiv-2203.15556"]
    assert papers["paper/arxiv-2001.08361"]["citations"] == ["3"]
    assert papers["paper/arxiv-2203.15556"]["citations"] == ["4"]
    assert counts["merged"] == 0


# (3) chains: A and B share a DOI, B and C an arXiv id


@pytest.mark.parametrize("order", ["abc", "acb", "cab"])
def test_a_chain_of_shared_ids_merges_into_one_paper(order, tmp_path):
    records = {
        "a": {"id": "a", "title": "Paper A", "doi": "10.1234/x", "abstract": "We introduce GPT-4."},
        "b": {"id": "b", "title": "Paper B", "doi": "10.1234/x", "arxiv_id": "2301.00001"}
        | {"abstract": "We use MMLU.", "citations": 2},
        "c": {"id": "c", "title": "Paper C", "arxiv_id": "2301.00001", "citations": 3}
        | {"abstract": "We use GSM8K."},
    }
    citing = {"id": "d", "title": "Paper D", "references": ["doi:10.1234/x", "arxiv:2301.00001"]}
    source = _jsonl(tmp_path / "in.jsonl", *(records[k] for k in order), citing)
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    node = "paper/arxiv-2301.00001"
    assert sorted(papers) == [node, "paper/paper-d"]
    merged = papers[node]
    first = records[order[0]]  # the first record in the file wins what it has
    assert merged["title"] == [first["title"]] and merged["id"] == [first["id"]]
    assert merged["doi"] == ["10.1234/x"] and merged["arxiv"] == ["2301.00001"]
    assert merged["citations"] == ["3"]
    assert papers["paper/paper-d"]["cites"] == [node]  # both references name the one node
    assert (counts["built"], counts["merged"]) == (2, 2)


def test_a_chain_stops_where_ids_conflict(tmp_path):
    # C shares A's DOI and B's arXiv id; A's arXiv id differs from C's, so C joins B only,
    # and the two papers carry the same DOI (their strongest key) on nodes of their own.
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "Paper A", "doi": "10.1234/x", "arxiv_id": "2301.00001"}
        | {"citations": 1},
        {"id": "b", "title": "Paper B", "arxiv_id": "2301.00002", "citations": 2},
        {"id": "c", "title": "Paper C", "doi": "10.1234/x", "arxiv_id": "2301.00002"}
        | {"citations": 3, "year": 2023},
    )
    lines, counts = _build_both([source], tmp_path)
    papers = _papers(lines)
    assert sorted(papers) == ["paper/arxiv-2301.00001", "paper/arxiv-2301.00002"]
    a, bc = papers["paper/arxiv-2301.00001"], papers["paper/arxiv-2301.00002"]
    assert (a["title"], a["citations"], "year" in a) == (["Paper A"], ["1"], False)
    assert (bc["title"], bc["id"], bc["citations"], bc["year"]) == (
        ["Paper B"],
        ["b"],
        ["3"],
        ["2023"],
    )
    assert a["doi"] == bc["doi"] == ["10.1234/x"]
    assert (counts["built"], counts["merged"]) == (2, 1)


# (4) one paper in several files and formats


def test_one_paper_in_openalex_arxiv_and_csv_inputs_is_one_node(tmp_path):
    # OpenAlex gives the preprint's arXiv DOI, the arXiv snapshot the journal's DOI, the
    # CSV only the arXiv id: all three are the one paper 2303.08774.
    arxiv = _jsonl(
        tmp_path / "1-arxiv.jsonl",
        {"id": "2303.08774", "title": "GPT-4 Technical\n  Report", "doi": "10.1234/journal.gpt4"}
        | {"abstract": "  We report GPT-4 results on MMLU.\n", "categories": "cs.CL"}
        | {"versions": [{"version": "v1", "created": "Wed, 15 Mar 2023 17:59:46 GMT"}]}
        | {"authors_parsed": [["OpenAI", "", ""]], "update_date": "2023-03-16"},
    )
    table = tmp_path / "2-papers.csv"
    table.write_text(
        "title,citations,abstract,arxiv_id\n"
        "GPT-4 technical report,21000,We evaluate GPT-4 on GSM8K.,2303.08774\n",
        encoding="utf-8",
    )
    works = _jsonl(
        tmp_path / "3-works.jsonl",
        {"id": "https://openalex.org/W4361866080", "title": "GPT-4 Technical Report"}
        | {"doi": "https://doi.org/10.48550/arxiv.2303.08774", "publication_year": 2023}
        | {"cited_by_count": 20121, "abstract_inverted_index": {"We": [0], "train": [1]}},
    )
    lines, counts = _build_both([works, table, arxiv], tmp_path)
    papers = _papers(lines)
    assert list(papers) == ["paper/arxiv-2303.08774"]
    paper = papers["paper/arxiv-2303.08774"]
    # the arXiv file comes first by name, so its title, DOI and abstract win
    assert paper["title"] == ["GPT-4 Technical Report"] and paper["id"] == ["2303.08774"]
    assert paper["doi"] == ["10.1234/journal.gpt4"] and paper["openalex"] == ["W4361866080"]
    assert paper["abstract"] == ["We report GPT-4 results on MMLU."]
    assert paper["citations"] == ["21000"]  # the CSV's, the largest
    assert (counts["built"], counts["merged"]) == (1, 2)


def test_an_arxiv_doi_still_tells_two_preprints_apart(tmp_path):
    # The arXiv DOI stands for its arXiv id: another preprint's id conflicts with it.
    source = _jsonl(
        tmp_path / "in.jsonl",
        {"id": "a", "title": "Same Title", "doi": "10.48550/arXiv.2301.00001", "citations": 1},
        {"id": "b", "title": "Same title", "arxiv_id": "2301.00002", "citations": 2},
    )
    lines, counts = _build_both([source], tmp_path)
    assert sorted(_papers(lines)) == [
        "paper/arxiv-2301.00002",
        "paper/doi-10.48550-arxiv.2301.00001",
    ]
    assert counts["merged"] == 0
