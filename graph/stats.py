"""What a corpus is about, in numbers: the figures ``citekg stats`` prints and the report shows.

:func:`corpus_stats` reads a :class:`~citekg.graph.kg.KnowledgeGraph` once and returns a
:class:`CorpusStats`: the headline counts (papers, entities by kind, edges, rejected records,
extraction coverage), the most mentioned entities of each kind by papers and by
citation-weighted mentions, the leaderboard of every benchmark with results, and the
``builds_on`` links between papers. The terminal table (:func:`format_stats`) and the HTML
report (:mod:`citekg.exports.report`) both draw on this one object, so they cannot disagree.

>>> from citekg.api import build
>>> stats = corpus_stats(build())
>>> stats.papers, round(stats.coverage, 2)
(100, 0.89)
>>> [t.label for t in stats.top["model"]["papers"][:2]]
['GPT-4', 'GPT-3']
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from citekg.graph.kg import ENTITY_KINDS, KnowledgeGraph

__all__ = [
    "CHART_KINDS",
    "CorpusStats",
    "Leaderboard",
    "TopEntity",
    "corpus_stats",
    "format_stats",
]

#: The kinds the report charts and ``citekg stats`` ranks: the four the mission names.
CHART_KINDS = ("model", "dataset", "benchmark", "organization")
#: How an entity is ranked: by the papers mentioning it, or by the sum of their citations.
MEASURES = ("papers", "citations")


@dataclass(frozen=True)
class TopEntity:
    """One entity of a top list: its node id and label, the papers mentioning it and the sum
    of their citations (its citation-weighted mentions)."""

    node: str
    label: str
    papers: int
    citations: int


@dataclass(frozen=True)
class Leaderboard:
    """The results reported on one benchmark, best first within each metric.

    ``rows`` are dicts with ``model`` / ``model_label`` (``None`` when the result names no
    model), ``value``, ``metric``, ``paper`` and ``paper_label``.
    """

    benchmark: str
    label: str
    rows: list[dict[str, Any]]


@dataclass(frozen=True)
class CorpusStats:
    """The figures of one graph; ``to_dict()`` is the JSON the report embeds."""

    papers: int
    entities: dict[str, int]
    results: int
    edges: int
    edges_by_kind: dict[str, int]
    rejected: int | None
    papers_with_entities: int
    top: dict[str, dict[str, list[TopEntity]]]
    leaderboards: list[Leaderboard] = field(default_factory=list)
    builds_on: list[dict[str, Any]] = field(default_factory=list)

    @property
    def coverage(self) -> float:
        """The share of papers with at least one entity (0.0 for an empty graph)."""
        return self.papers_with_entities / self.papers if self.papers else 0.0

    @property
    def headline(self) -> dict[str, Any]:
        """The headline numbers by name, in display order (``rejected`` may be ``None``)."""
        return {
            "papers": self.papers,
            **{f"{kind}s": self.entities.get(kind, 0) for kind in ENTITY_KINDS},
            "results": self.results,
            "edges": self.edges,
            "rejected": self.rejected,
            "coverage": round(self.coverage, 4),
        }

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: headline, top, leaderboards and builds_on."""
        return {
            "headline": self.headline,
            "papers_with_entities": self.papers_with_entities,
            "edges_by_kind": self.edges_by_kind,
            "top": {
                kind: {
                    measure: [
                        {
                            "id": t.node,
                            "label": t.label,
                            "papers": t.papers,
                            "citations": t.citations,
                        }
                        for t in rows
                    ]
                    for measure, rows in by_measure.items()
                }
                for kind, by_measure in self.top.items()
            },
            "leaderboards": [
                {"benchmark": b.benchmark, "label": b.label, "rows": b.rows}
                for b in self.leaderboards
            ],
            "builds_on": self.builds_on,
        }


def _leaderboards(kg: KnowledgeGraph) -> list[Leaderboard]:
    """Every benchmark or dataset with at least one result; most results first, then by name."""
    G = kg.nx
    targets = sorted(
        {v for _, v, k in G.edges(keys=True) if k == "on_benchmark"},
        key=lambda node: str(node),
    )
    boards = []
    for node in targets:
        rows = [
            {
                "model": row.model,
                "model_label": kg.label(row.model) if row.model else None,
                "value": row.value,
                "metric": row.metric,
                "paper": row.paper,
                "paper_label": kg.label(row.paper) if row.paper else "",
            }
            for row in kg.leaderboard(node)
        ]
        if rows:
            boards.append(Leaderboard(node, kg.label(node), rows))
    boards.sort(key=lambda b: (-len(b.rows), b.label.casefold(), b.benchmark))
    return boards


def _builds_on(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    """``paper builds_on source via entities``, the most cited source first."""
    G = kg.nx
    links = []
    for paper, source, key, data in G.edges(keys=True, data=True):
        if key != "builds_on":
            continue
        via = [v for v in data.get("via") or () if v in G]
        links.append(
            {
                "paper": paper,
                "paper_label": kg.label(paper),
                "source": source,
                "source_label": kg.label(source),
                "via": via,
                "via_labels": [kg.label(v) for v in via],
            }
        )

    def citations(node: str) -> int:
        return int(G.nodes[node].get("citations") or 0)

    links.sort(key=lambda link: (-citations(link["source"]), link["source"], link["paper"]))
    return links


def _top(kg: KnowledgeGraph, kind: str, n: int) -> dict[str, list[TopEntity]]:
    """The ``n`` entities of ``kind`` most mentioned, by papers and by citations; ranked as
    :meth:`KnowledgeGraph.top` ranks them (score, then id), entities no paper mentions left out."""
    G = kg.nx
    scores = []
    for node, node_kind in G.nodes(data="kind"):
        if node_kind != kind:
            continue
        papers = {u for u, _, key in G.in_edges(node, keys=True) if key == "mentions"}
        if papers:
            cited = sum(int(G.nodes[p].get("citations") or 0) for p in papers)
            scores.append(TopEntity(node, kg.label(node), len(papers), cited))
    return {
        measure: sorted(scores, key=lambda t: (-getattr(t, measure), t.node))[:n]
        for measure in MEASURES
    }


def corpus_stats(kg: KnowledgeGraph, *, rejected: int | None = None, top: int = 10) -> CorpusStats:
    """The figures of ``kg``: headline counts, the ``top`` entities of each of
    :data:`CHART_KINDS` by papers and by citations, leaderboards and ``builds_on`` links.

    ``rejected`` is the number of input records the build rejected (``build.json`` keeps
    it; the graph itself does not know it), ``None`` when unknown.
    """
    G = kg.nx
    kinds = Counter(kind for _, kind in G.nodes(data="kind"))
    edge_kinds = Counter(key for _, _, key in G.edges(keys=True))
    entity_kinds = frozenset(ENTITY_KINDS)
    with_entities = {
        paper
        for paper, entity, key in G.edges(keys=True)
        if key == "mentions" and G.nodes[entity].get("kind") in entity_kinds
    }
    ranked = {kind: _top(kg, kind, top) for kind in CHART_KINDS}
    return CorpusStats(
        papers=kinds.get("paper", 0),
        entities={kind: kinds.get(kind, 0) for kind in ENTITY_KINDS},
        results=kinds.get("result", 0),
        edges=G.number_of_edges(),
        edges_by_kind=dict(sorted(edge_kinds.items())),
        rejected=rejected,
        papers_with_entities=len(with_entities),
        top=ranked,
        leaderboards=_leaderboards(kg),
        builds_on=_builds_on(kg),
    )


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]], numeric: set[int]) -> list[str]:
    """Lines of an aligned plain-text table: numbers right-aligned, text left-aligned."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(
            cell.rjust(width) if i in numeric else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return [line(headers), line(tuple("-" * w for w in widths)), *(line(r) for r in rows)]


def format_stats(stats: CorpusStats) -> str:
    """The headline numbers and the top-10 tables as aligned plain text (``citekg stats``).

    >>> from citekg.api import build
    >>> print(format_stats(corpus_stats(build())).splitlines()[2])
    papers                 100
    """
    headline = stats.headline
    rows = []
    for name, value in headline.items():
        if name == "coverage":
            shown = f"{100 * value:.1f}%"
        elif value is None:
            shown = "n/a"
        else:
            shown = str(value)
        rows.append((name, shown))
    lines = ["# corpus", "", *_table(("figure", "value"), rows, {1})[2:]]
    for kind in CHART_KINDS:
        for measure in MEASURES:
            ranked = stats.top[kind][measure]
            title = "papers" if measure == "papers" else "citation-weighted mentions"
            lines += ["", f"# top {kind}s by {title}", ""]
            if not ranked:
                lines.append(f"(no {kind} mentioned)")
                continue
            table = [
                (str(i), t.label, str(t.papers), str(t.citations))
                for i, t in enumerate(ranked, start=1)
            ]
            lines += _table(("#", kind, "papers", "citations"), table, {0, 2, 3})
    return "\n".join(lines) + "\n"
