"""Corpus statistics: headline counts, top entities, leaderboards, builds_on, the terminal table."""

from __future__ import annotations

import re

import networkx as nx
import pytest

from citekg.graph.kg import ENTITY_KINDS, KnowledgeGraph
from citekg.graph.stats import CHART_KINDS, corpus_stats, format_stats


@pytest.fixture(scope="module")
def kg(bundled_build) -> KnowledgeGraph:
    return bundled_build[0]


@pytest.fixture(scope="module")
def stats(kg):
    return corpus_stats(kg, rejected=3)


def test_headline_counts_are_the_graphs(kg, stats):
    G = kg.nx
    kinds = [data["kind"] for _, data in G.nodes(data=True)]
    assert stats.papers == kinds.count("paper") == 100
    for kind in ENTITY_KINDS:
        assert stats.headline[f"{kind}s"] == kinds.count(kind)
    assert stats.headline["results"] == kinds.count("result")
    assert stats.headline["edges"] == G.number_of_edges()
    assert sum(stats.edges_by_kind.values()) == G.number_of_edges()
    assert stats.headline["rejected"] == 3


def test_coverage_counts_papers_with_an_entity(kg, stats):
    G = kg.nx
    with_entity = [
        p
        for p, kind in G.nodes(data="kind")
        if kind == "paper" and any(G.nodes[v]["kind"] in ENTITY_KINDS for _, v in G.out_edges(p))
    ]
    assert stats.papers_with_entities == len(with_entity)
    assert 0 < stats.coverage < 1
    assert stats.headline["coverage"] == round(len(with_entity) / 100, 4)


@pytest.mark.parametrize("kind", CHART_KINDS)
def test_top_lists_rank_as_the_graph_api_does(kg, stats, kind):
    by_papers = stats.top[kind]["papers"]
    by_citations = stats.top[kind]["citations"]
    assert [(t.node, t.papers) for t in by_papers] == kg.top(kind, "papers")
    assert [(t.node, t.citations) for t in by_citations] == kg.top(kind, "citations")
    assert all(t.label == kg.label(t.node) for t in by_papers)


def test_leaderboards_hold_every_result_with_a_value(kg, stats):
    G = kg.nx
    valued = [
        n for n, d in G.nodes(data=True) if d["kind"] == "result" and d.get("value") is not None
    ]
    shown = [row for board in stats.leaderboards for row in board.rows]
    assert len(shown) == len(valued)
    gsm8k = next(b for b in stats.leaderboards if b.label == "GSM8K")
    assert gsm8k.rows[0]["model_label"] == "Qwen2-72B" and gsm8k.rows[0]["value"] == 89.5
    sizes = [len(b.rows) for b in stats.leaderboards]
    assert sizes == sorted(sizes, reverse=True)


def test_builds_on_lists_every_link_with_its_entities(kg, stats):
    links = [(u, v) for u, v, k in kg.nx.edges(keys=True) if k == "builds_on"]
    assert sorted((link["paper"], link["source"]) for link in stats.builds_on) == sorted(links)
    llava = [link for link in stats.builds_on if "LLaVA" in link["via_labels"]]
    assert llava and all(link["source_label"] == "Visual Instruction Tuning" for link in llava)


def test_stats_of_an_empty_graph():
    stats = corpus_stats(KnowledgeGraph(nx.MultiDiGraph()))
    assert stats.papers == 0 and stats.coverage == 0.0 and stats.headline["rejected"] is None
    text = format_stats(stats)
    assert "rejected" in text and "n/a" in text and "(no model mentioned)" in text


def test_format_stats_aligns_each_table(stats):
    text = format_stats(stats)
    assert text.startswith("# corpus\n")
    assert re.search(r"^coverage\s+\d+\.\d%$", text, re.M)
    tables = [block for block in text.split("\n\n") if block.startswith(" #") or "--" in block]
    assert len(tables) == 2 * len(CHART_KINDS)
    for table in tables:
        lines = table.splitlines()
        rule = lines[1]
        # every numeric column ends where its dashes end
        ends = [m.end() for m in re.finditer(r"-+", rule)]
        for line in lines[2:]:
            assert line.rstrip()[-1].isdigit()
            assert len(line.rstrip()) == ends[-1]
    assert "GPT-4" in tables[0].splitlines()[2]
