"""Incremental builds: new papers are added to a build without extracting the old ones again."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import citekg
from citekg.cli import cli
from citekg.extract.corpus import bundled_corpus

GRAPH_FILES = ("papers.ttl", "papers.graphml", "papers.nt")


@pytest.fixture
def base_build(tmp_path):
    out = tmp_path / "out"
    citekg.build([bundled_corpus()], out_dir=out, formats=["turtle", "graphml", "ntriples"])
    return out


def test_update_adds_the_new_papers_and_equals_a_full_build(base_build, data_dir, tmp_path):
    new = data_dir / "papers.jsonl"
    kg = citekg.build([new], update=base_build)
    full = tmp_path / "full"
    citekg.build([bundled_corpus(), new], out_dir=full, formats=["turtle", "graphml", "nt"])
    for name in GRAPH_FILES:
        assert (base_build / name).read_bytes() == (full / name).read_bytes(), name
    before = {x["id"] for x in map(json.loads, (full / "papers.jsonl").read_text().splitlines())}
    assert kg.report.built == len(before) > 100
    manifest = json.loads((base_build / "build.json").read_text())
    assert manifest["formats"] == ["turtle", "ntriples", "graphml"]  # kept from the first build
    assert manifest["inputs"] == [str(bundled_corpus()), str(new)]


def test_update_twice_changes_nothing_the_second_time(base_build, data_dir):
    citekg.build([data_dir / "papers.jsonl", data_dir / "list_malformed.txt"], update=base_build)
    first = {p.name: p.read_bytes() for p in base_build.iterdir() if p.is_file()}
    citekg.build([data_dir / "papers.jsonl", data_dir / "list_malformed.txt"], update=base_build)
    second = {p.name: p.read_bytes() for p in base_build.iterdir() if p.is_file()}
    assert first.keys() == second.keys()
    for name in first:
        if name != "build.json":  # it also holds this run's counts of records read
            assert first[name] == second[name], name
    rejects = (base_build / "rejects.jsonl").read_text().splitlines()
    assert len(rejects) == len(set(rejects)) >= 6  # kept once each, not repeated


def test_update_extracts_only_new_papers(base_build, data_dir, monkeypatch):
    import citekg.api as api

    seen: list[str] = []
    original = (
        api._extract_papers.__wrapped__ if hasattr(api._extract_papers, "__wrapped__") else None
    )
    del original
    from citekg.extract import parallel

    real = parallel.extract_parallel

    def counting(papers, *args, **kwargs):
        papers = list(papers)
        seen.extend(p.id for p in papers)
        return real(papers, *args, **kwargs)

    monkeypatch.setattr(parallel, "extract_parallel", counting)
    citekg.build([data_dir / "papers.jsonl"], update=base_build)
    bundled = {p.id for p in citekg.read()}
    assert seen and not set(seen) & bundled  # the 100 bundled papers were not extracted again


def test_update_of_a_folder_that_is_not_a_build(tmp_path, data_dir):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(
        cli, ["build", "--update", str(tmp_path / "empty"), str(data_dir / "papers.jsonl")]
    )
    assert result.exit_code == 2 and "not a build folder citekg can update" in result.output
    assert result.output.count("\n") == 1


def test_cli_update(base_build, data_dir):
    result = CliRunner().invoke(
        cli, ["build", "--update", str(base_build), str(data_dir / "papers.jsonl"), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "Papers from JSON Lines" not in result.output
    lines = (base_build / "papers.jsonl").read_text().splitlines()
    assert len(lines) > 100


def test_update_keeps_the_store_equal_to_the_export(base_build, data_dir, tmp_path):
    import pyoxigraph

    db = tmp_path / "kg.db"
    citekg.build([bundled_corpus()], out_dir=base_build, formats=["ttl", "nt"], store=db)
    first = citekg.build([data_dir / "papers.jsonl"], update=base_build, store=db)
    assert first.report.store.added > 0
    store = pyoxigraph.Store.read_only(str(db))
    export = pyoxigraph.Store()
    export.load(path=str(base_build / "papers.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert set(store) == set(export)  # values that changed left no old triple behind
    del store
    again = citekg.build([data_dir / "papers.jsonl"], update=base_build, store=db)
    assert again.report.store.added == again.report.store.removed == 0


def test_a_store_needs_an_rdf_export(tmp_path):
    with pytest.raises(citekg.UsageError, match="RDF export"):
        citekg.build(out_dir=tmp_path, formats=["graphml"], store=tmp_path / "db")


def test_a_build_removes_what_the_previous_one_wrote_in_other_formats(base_build, tmp_path):
    (base_build / "notes.txt").write_text("mine")
    citekg.build([bundled_corpus()], out_dir=base_build, formats=["gexf"])
    names = {p.name for p in base_build.iterdir()}
    assert "papers.gexf" in names and "notes.txt" in names  # not listed by citekg: kept
    assert not names & {"papers.ttl", "papers.nt", "papers.graphml"}
