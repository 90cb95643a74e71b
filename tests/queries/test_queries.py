"""Every file in queries/ runs on the bundled build in Oxigraph and rdflib, with the same rows."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib

QUERIES = sorted((Path(__file__).parents[2] / "queries").glob("*.rq"))


_XSD = "http://www.w3.org/2001/XMLSchema#"
_REALS = {_XSD + t for t in ("decimal", "double", "float")}


def _cell(text: str, datatype: str | None) -> str:
    """Text of a cell; a real number as its value (engines write 78.0 and 78 for one decimal)."""
    return repr(float(text)) if datatype in _REALS else text


def _ox(value):
    if value is None:
        return None
    datatype = value.datatype.value if isinstance(value, pyoxigraph.Literal) else None
    return _cell(value.value, datatype)


def _rdflib(value):
    if value is None:
        return None
    datatype = str(value.datatype) if isinstance(value, rdflib.Literal) and value.datatype else None
    return _cell(str(value), datatype)


@pytest.fixture(scope="module")
def engines(bundled_build):
    _, out = bundled_build
    store = pyoxigraph.Store()
    store.load(path=str(out / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    return store, rdflib.Graph().parse(out / "papers.ttl", format="turtle")


def run_both(engines, text):
    store, graph = engines
    ox = [tuple(_ox(v) for v in row) for row in store.query(text)]
    rd = [tuple(_rdflib(v) for v in row) for row in graph.query(text)]
    return ox, rd


def test_there_are_queries():
    assert len(QUERIES) >= 3


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_runs_the_same_on_both_engines(engines, path):
    text = path.read_text()
    assert text.startswith("# Title: ")
    assert "# Question: " in text and "# Checked on: " in text
    ox, rd = run_both(engines, text)
    assert ox == rd
    assert ox, f"{path.name} returned no row on the bundled corpus"


def test_papers_mentioning_gpt4(engines):
    ox, _ = run_both(engines, (QUERIES[0].parent / "papers-mentioning.rq").read_text())
    titles = [row[1] for row in ox]
    assert titles[0] == "GPT-4 Technical Report"  # the most cited one mentioning GPT-4
    assert "Sparks of Artificial General Intelligence: Early experiments with GPT-4" in titles


def test_top_entities_counts_papers(engines, bundled_build):
    kg, _ = bundled_build
    ox, _ = run_both(engines, (QUERIES[0].parent / "top-entities.rq").read_text())
    top_iri, _, _, papers = ox[0]
    node = top_iri.rsplit("/id/", 1)[1]
    assert int(papers) == len(
        {u for u, _ in kg.nx.in_edges(node) if kg.nx.nodes[u]["kind"] == "paper"}
    )


def test_leaderboard_of_mmlu_is_sorted_and_linked(engines, bundled_build):
    kg, _ = bundled_build
    ox, _ = run_both(engines, (QUERIES[0].parent / "leaderboard.rq").read_text())
    values = [float(row[1]) for row in ox]
    assert values == sorted(values, reverse=True)
    expected = sorted((r.value for r in kg.leaderboard("MMLU")), reverse=True)
    assert values == expected


def test_builds_on_names_the_entity(engines):
    ox, _ = run_both(engines, (QUERIES[0].parent / "builds-on.rq").read_text())
    assert ("Improved Baselines with Visual Instruction Tuning", "LLaVA") in ox


def test_evidence_quotes_the_text(engines, bundled_build):
    kg, _ = bundled_build
    ox, _ = run_both(engines, (QUERIES[0].parent / "evidence.rq").read_text())
    papers = {d["title"]: d for _, d in kg.nx.nodes(data=True) if d["kind"] == "paper"}
    assert ox
    for _name, title, field, start, quote, _sentence in ox:
        text = papers[title]["title" if field == "title" else "abstract"]
        assert text[int(start) : int(start) + len(quote)] == quote
