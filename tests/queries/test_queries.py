"""Every file in queries/ runs on the bundled build in Oxigraph and rdflib, with the same rows."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib

QUERIES = sorted((Path(__file__).parents[2] / "queries").glob("*.rq"))


def _ox(value):
    return None if value is None else value.value


def _rdflib(value):
    return None if value is None else str(value)


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
