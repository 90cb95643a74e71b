"""The HTML report: one self-contained page that shows what a corpus is about.

:func:`write_report` writes a single ``report.html`` that works offline, from a file, with no
server and no CDN: the styles, the scripts (graphology and sigma.js, the stack Gephi Lite is
built on, shipped in ``report_assets/vendor`` with their licences and versions) and the data
are inlined. The page has

- the headline numbers (:func:`citekg.graph.stats.corpus_stats`);
- bar charts of the top models, datasets, benchmarks and organisations, by papers and by
  citation-weighted mentions, drawn as inline SVG here, so they show even with scripts off;
- a leaderboard per benchmark with results (model, value, metric, paper);
- an interactive network of papers and entities (colour by kind, size by citations) with zoom,
  a search box that finds an entity through its aliases (``gpt4`` finds GPT-4) and a panel
  listing the papers of a clicked entity with their evidence sentences;
- the ``builds_on`` map: which papers build on which, through what entity.

Everything taken from the input (titles, names, sentences) is escaped here or set with
``textContent`` in the page, never parsed as HTML. The same graph gives the same bytes.

>>> import tempfile, pathlib
>>> from citekg.api import build
>>> path = write_report(build(), pathlib.Path(tempfile.mkdtemp()) / "report.html")
>>> text = path.read_text("utf-8")
>>> text.startswith("<!doctype html>"), "<script src" in text  # every script is inline
(True, False)
"""

from __future__ import annotations

import html
import json
import math
import os
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import IO, Any

import networkx as nx

from citekg._version import __version__
from citekg.exports.atomic import write_text_pieces
from citekg.exports.attributes import DEFAULT_COLOR, KIND_COLORS
from citekg.exports.layout import layout
from citekg.extract.naming import fold_name
from citekg.graph.kg import ENTITY_KINDS, KnowledgeGraph
from citekg.graph.stats import CHART_KINDS, CorpusStats, TopEntity, corpus_stats

__all__ = [
    "MAX_NETWORK_NODES",
    "VENDORED",
    "render_report",
    "vendored_libraries",
    "write_report",
]

#: Nodes drawn in the network view at most: above it, the most mentioned entities and the
#: most cited papers are kept (the page says how many of how many it shows).
MAX_NETWORK_NODES = 1500
#: Papers listed, with their evidence sentence, for one entity in the click panel (the most
#: cited; the panel gives the count of the rest).
MAX_PAPERS_PER_ENTITY = 20
#: Introducing papers named in the click panel (the most cited; the panel counts the rest).
MAX_INTRODUCERS = 10
#: Leaderboards shown, and rows per leaderboard; the page says what it left out.
MAX_LEADERBOARDS = 60
MAX_LEADERBOARD_ROWS = 15
#: builds_on links drawn in the map and listed in the table: those between the most cited
#: papers, when there are more.
MAX_BUILDS_ON = 300

#: Edges of the network view: a paper mentions an entity; an entity's developer and family.
NETWORK_EDGES = ("mentions", "developed_by", "variant_of")
#: The vendored libraries, in the order the page loads them.
VENDORED = ("graphology.umd.min.js", "sigma.min.js")

_ASSETS = "report_assets"
_PLURAL = {"paper": "papers", "organization": "organisations"}


@cache
def _asset(*parts: str) -> str:
    """The text of a file under ``exports/report_assets``."""
    node = resources.files("citekg.exports").joinpath(_ASSETS, *parts)
    return node.read_text(encoding="utf-8")


@cache
def vendored_libraries() -> list[dict[str, Any]]:
    """The libraries the report inlines: name, version, licence, file (``VENDOR.json``)."""
    return json.loads(_asset("vendor", "VENDOR.json"))["libraries"]


def _hex(kind: str) -> str:
    r, g, b = KIND_COLORS.get(kind, DEFAULT_COLOR)
    return f"#{r:02x}{g:02x}{b:02x}"


def _plural(kind: str) -> str:
    return _PLURAL.get(kind, f"{kind}s")


def _e(text: Any) -> str:
    """Escaped for HTML text and attribute values."""
    return html.escape(str(text), quote=True)


def _script_json(value: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&``."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _inline_script(source: str) -> str:
    """A library's code made safe to inline: no ``</script``, no source-map request."""
    lines = [line for line in source.splitlines() if not line.startswith("//# sourceMappingURL=")]
    return "\n".join(lines).replace("</script", "<\\/script")


def _vendor_script(name: str) -> str:
    """A vendored library inlined in a ``try`` block: a browser without WebGL (sigma.js
    probes it as it loads) gets a notice in the page, not an uncaught error."""
    return (
        f"<script>/* {_e(name)} (see the licences at the end of the page) */\ntry {{\n"
        f"{_inline_script(_asset('vendor', name))}\n"
        "} catch (error) {\n"
        "  (window.citekgLibraryErrors = window.citekgLibraryErrors || [])"
        f".push({json.dumps(name)} + ': ' + error);\n}}\n</script>"
    )


# -- the parts written in Python ---------------------------------------------------------------


def _headline(stats: CorpusStats) -> str:
    """The headline cards; each carries its raw figure in ``data-value``."""
    cards = []
    for name, value in stats.headline.items():
        if name == "coverage":
            shown = f"{100 * value:.1f}%"
            title = (
                f"{stats.papers_with_entities} of {stats.papers} papers have at least one entity"
            )
        elif value is None:
            shown, title = "n/a", "not known: the build's build.json was not found"
        else:
            shown, title = f"{value:,}", ""
        raw = "" if value is None else value
        label = {"rejected": "rejected records", "coverage": "extraction coverage"}.get(
            name, name.replace("organizations", "organisations")
        )
        cards.append(
            f'<div class="stat" data-stat="{_e(name)}" data-value="{_e(raw)}"'
            f"{f' title={chr(34)}{_e(title)}{chr(34)}' if title else ''}>"
            f'<span class="value">{_e(shown)}</span><span class="name">{_e(label)}</span></div>'
        )
    return "\n".join(cards)


def _bar_chart(rows: list[TopEntity], kind: str, measure: str) -> str:
    """A horizontal bar chart as inline SVG; each bar names its node for the network view."""
    if not rows:
        return f'<p class="empty">No {_e(_plural(kind))} mentioned.</p>'
    width, label_width, value_width, bar, gap = 420, 150, 64, 16, 6
    top = max(getattr(row, measure) for row in rows) or 1
    height = len(rows) * (bar + gap)
    unit = "papers" if measure == "papers" else "citations"
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="top {_e(_plural(kind))} by {unit}" data-kind="{kind}" '
        f'data-measure="{measure}" xmlns="http://www.w3.org/2000/svg">'
    ]
    for i, row in enumerate(rows):
        value = getattr(row, measure)
        y = i * (bar + gap)
        length = (width - label_width - value_width) * value / top
        label = row.label if len(row.label) <= 24 else row.label[:23] + "…"
        parts.append(
            f'<g class="bar" data-node="{_e(row.node)}" data-label="{_e(row.label)}" '
            f'data-value="{value}"><title>{_e(row.label)}: {row.papers:,} papers, '
            f"{row.citations:,} citations</title>"
            f'<text class="label" x="{label_width - 6}" y="{y + bar - 4}" '
            f'text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_width}" y="{y}" width="{max(length, 1):.1f}" height="{bar}" '
            f'rx="2" fill="{_hex(kind)}"/>'
            f'<text class="num" x="{label_width + length + 4:.1f}" y="{y + bar - 4}">'
            f"{value:,}</text></g>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _charts(stats: CorpusStats) -> str:
    cards = []
    for kind in CHART_KINDS:
        cards.append(
            f'<div class="card chart-card" data-kind="{kind}">'
            f'<h3><span class="dot" style="background:{_hex(kind)}"></span>'
            f"Top {_e(_plural(kind))}</h3>"
            f"<h4>by papers</h4>{_bar_chart(stats.top[kind]['papers'], kind, 'papers')}"
            f"<h4>by citation-weighted mentions</h4>"
            f"{_bar_chart(stats.top[kind]['citations'], kind, 'citations')}</div>"
        )
    return "\n".join(cards)


def _number(value: float) -> str:
    return f"{value:g}"


def _leaderboards(stats: CorpusStats) -> str:
    boards = stats.leaderboards
    if not boards:
        return '<p class="empty">No result was extracted from these abstracts.</p>'
    parts = []
    for board in boards[:MAX_LEADERBOARDS]:
        rows = []
        for i, row in enumerate(board.rows[:MAX_LEADERBOARD_ROWS], start=1):
            model = (
                f'<a href="#network" data-node="{_e(row["model"])}">{_e(row["model_label"])}</a>'
                if row["model"]
                else '<span class="muted">(unnamed)</span>'
            )
            rows.append(
                f"<tr><td class=num>{i}</td><td>{model}</td>"
                f'<td class="num">{_e(_number(row["value"]))}</td>'
                f"<td>{_e(row['metric'] or '')}</td>"
                f'<td><a href="#network" data-node="{_e(row["paper"])}">'
                f"{_e(row['paper_label'])}</a></td></tr>"
            )
        more = len(board.rows) - MAX_LEADERBOARD_ROWS
        note = f'<p class="muted">and {more} more results</p>' if more > 0 else ""
        parts.append(
            f'<div class="card board" data-benchmark="{_e(board.benchmark)}" '
            f'data-name="{_e(fold_name(board.label))}" data-rows="{len(board.rows)}">'
            f'<h3><a href="#network" data-node="{_e(board.benchmark)}">{_e(board.label)}</a></h3>'
            "<table><thead><tr><th>#</th><th>model</th><th>value</th><th>metric</th>"
            f"<th>paper</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{note}</div>"
        )
    hidden = len(boards) - MAX_LEADERBOARDS
    if hidden > 0:
        parts.append(f'<p class="muted">{hidden} more benchmarks with fewer results.</p>')
    return "\n".join(parts)


def _shown_links(G: nx.MultiDiGraph, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """At most :data:`MAX_BUILDS_ON` links, those whose less cited end is the most cited,
    in the order of ``links``."""
    if len(links) <= MAX_BUILDS_ON:
        return links

    def citations(node: str) -> int:
        return int(G.nodes[node].get("citations") or 0)

    ranked = sorted(
        links,
        key=lambda link: (
            -min(citations(link["paper"]), citations(link["source"])),
            link["source"],
            link["paper"],
        ),
    )
    keep = {(link["paper"], link["source"]) for link in ranked[:MAX_BUILDS_ON]}
    return [link for link in links if (link["paper"], link["source"]) in keep]


def _builds_on_table(links: list[dict[str, Any]], total: int) -> str:
    if not links:
        return '<p class="empty">No paper builds on another paper of this corpus.</p>'
    rows = [
        f'<tr><td><a href="#network" data-node="{_e(link["paper"])}">'
        f"{_e(link['paper_label'])}</a></td>"
        f'<td><a href="#network" data-node="{_e(link["source"])}">'
        f"{_e(link['source_label'])}</a></td>"
        f"<td>{', '.join(_e(v) for v in link['via_labels'])}</td></tr>"
        for link in links
    ]
    note = (
        f'<p class="muted">The {len(links):,} links between the most cited papers, '
        f"of {total:,}.</p>"
        if len(links) < total
        else ""
    )
    return (
        f'{note}<table class="links"><thead><tr><th>paper</th><th>builds on</th>'
        f"<th>through</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _licences() -> str:
    parts = []
    for lib in vendored_libraries():
        parts.append(
            f"<h4>{_e(lib['name'])} {_e(lib['version'])} ({_e(lib['license'])}, "
            f"{_e(lib['homepage'])})</h4><pre>{_e(_asset('vendor', lib['license_file']))}</pre>"
        )
    return "".join(parts)


# -- the data the scripts draw ----------------------------------------------------------------


def _network_nodes(G: nx.MultiDiGraph, max_nodes: int) -> list[str]:
    """Papers and entities to draw: all of them, or the most mentioned entities and the
    most cited papers, half and half, when there are more than ``max_nodes``."""
    entity_kinds = frozenset(ENTITY_KINDS)
    entities = [n for n, k in G.nodes(data="kind") if k in entity_kinds]
    papers = [n for n, k in G.nodes(data="kind") if k == "paper"]
    if len(entities) + len(papers) <= max_nodes:
        return sorted(entities + papers)
    mentioned = {n: 0 for n in entities}
    for _, v, key in G.edges(keys=True):
        if key == "mentions" and v in mentioned:
            mentioned[v] += 1
    entities.sort(key=lambda n: (-mentioned[n], n))
    papers.sort(key=lambda n: (-int(G.nodes[n].get("citations") or 0), n))
    keep_entities = entities[: max(max_nodes // 2, max_nodes - len(papers))]
    keep_papers = papers[: max_nodes - len(keep_entities)]
    return sorted(keep_entities + keep_papers)


def _citation_weight(G: nx.MultiDiGraph, node: str) -> int:
    """A paper's citations; an entity's citation-weighted mentions."""
    data = G.nodes[node]
    if data.get("kind") == "paper":
        return int(data.get("citations") or 0)
    return sum(
        int(G.nodes[u].get("citations") or 0)
        for u, _, key in G.in_edges(node, keys=True)
        if key == "mentions"
    )


def _size(weight: int, kind: str) -> float:
    base = 2.5 if kind == "paper" else 3.5
    return round(base + 1.7 * math.log10(1 + weight), 2)


def _view(
    G: nx.MultiDiGraph,
    nodes: list[str],
    edge_kinds: Iterable[str],
    pairs: set[tuple[str, str]] | None = None,
    label_length: int | None = None,
) -> dict[str, Any]:
    """Nodes ``[id, label, kind, x, y, size]`` and edges ``[source, target, kind, via]``
    (indices into the nodes) of one sigma view, laid out by :func:`layout`; with ``pairs``,
    only the edges between those (source, target) pairs; with ``label_length``, labels
    longer than that are cut (with an ellipsis) so they do not cover the map."""
    index = {node: i for i, node in enumerate(nodes)}
    wanted = frozenset(edge_kinds)
    edges = []
    for u, v, key, data in G.edges(keys=True, data=True):
        if pairs is not None and (u, v) not in pairs:
            continue
        if key in wanted and u in index and v in index and u != v:
            via = [G.nodes[x].get("label") or x for x in data.get("via") or () if x in G]
            edges.append([index[u], index[v], key, ", ".join(via)])
    edges.sort()
    simple = nx.Graph()
    simple.add_nodes_from(nodes)
    simple.add_edges_from((nodes[u], nodes[v]) for u, v, _, _ in edges)
    positions = layout(simple)
    rows = []
    for node in nodes:
        data = G.nodes[node]
        kind = data.get("kind", "")
        x, y = positions[node]
        label = data.get("label") or node
        if label_length is not None and len(label) > label_length:
            label = label[: label_length - 1].rstrip() + "…"
        rows.append([node, label, kind, x, -y, _size(_citation_weight(G, node), kind)])
    return {"nodes": rows, "edges": edges}


def _details(G: nx.MultiDiGraph, nodes: list[str]) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the click panel lists: per entity its aliases, introducers and papers with the
    evidence sentence; per paper its year, citations and entities. Also the papers' index."""
    details: dict[str, Any] = {}
    papers: dict[str, Any] = {}

    def paper_ref(node: str) -> str:
        if node not in papers:
            data = G.nodes[node]
            papers[node] = [
                data.get("label") or node,
                data.get("year"),
                int(data.get("citations") or 0),
            ]
        return node

    for node in nodes:
        data = G.nodes[node]
        kind = data.get("kind")
        if kind == "paper":
            mentioned = sorted(
                {v for _, v, key in G.out_edges(node, keys=True) if key == "mentions"}
            )
            details[node] = {"entities": mentioned}
            paper_ref(node)
            continue
        evidence = []
        for u, _, key, edge in G.in_edges(node, keys=True, data=True):
            if key == "mentions":
                evidence.append((u, edge.get("sentence") or "", edge.get("text") or ""))
        evidence.sort(key=lambda item: (-int(G.nodes[item[0]].get("citations") or 0), item[0]))
        introducers = sorted(
            (p for p in data.get("introduced_by") or () if p in G),
            key=lambda p: (-int(G.nodes[p].get("citations") or 0), p),
        )
        developers = sorted(
            {
                G.nodes[v].get("label") or v
                for _, v, key in G.out_edges(node, keys=True)
                if key == "developed_by"
            }
        )
        details[node] = {
            "aliases": list(data.get("aliases") or ()),
            "introduced_by": [paper_ref(p) for p in introducers[:MAX_INTRODUCERS]],
            "introducers": len(introducers),
            "developed_by": developers,
            "count": len(evidence),
            "papers": [
                [paper_ref(p), sentence, text]
                for p, sentence, text in evidence[:MAX_PAPERS_PER_ENTITY]
            ],
        }
    return details, papers


def _names(G: nx.MultiDiGraph, nodes: list[str]) -> list[list[str]]:
    """``[folded name, node, name as written]`` for every label and alias, for the search box."""
    names = set()
    for node in nodes:
        data = G.nodes[node]
        for name in (data.get("label") or node, *(data.get("aliases") or ())):
            folded = fold_name(str(name))
            if folded:
                names.add((folded, node, str(name)))
    return [list(row) for row in sorted(names)]


def report_data(
    kg: KnowledgeGraph,
    stats: CorpusStats,
    max_nodes: int,
    links: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The JSON the page's scripts read: the two views, the panel's details, the names.
    ``links`` are the ``builds_on`` links to map (default: chosen from ``stats``)."""
    G = kg.nx
    nodes = _network_nodes(G, max_nodes)
    details, papers = _details(G, nodes)
    if links is None:
        links = _shown_links(G, stats.builds_on)
    linked = sorted({n for link in links for n in (link["paper"], link["source"])})
    pairs = {(link["paper"], link["source"]) for link in links}
    candidates = sum(1 for _, k in G.nodes(data="kind") if k in (*ENTITY_KINDS, "paper"))
    return {
        "colors": {kind: _hex(kind) for kind in (*ENTITY_KINDS, "paper")},
        "network": _view(G, nodes, NETWORK_EDGES),
        "network_total": candidates,
        "builds_on": _view(G, linked, ("builds_on",), pairs, label_length=48),
        "details": details,
        "papers": papers,
        "names": _names(G, nodes),
    }


# -- the page --------------------------------------------------------------------------------


def render_report(
    kg: KnowledgeGraph,
    *,
    rejected: int | None = None,
    title: str | None = None,
    max_nodes: int = MAX_NETWORK_NODES,
    stats: CorpusStats | None = None,
) -> str:
    """The report page as one string (:func:`write_report` writes it)."""
    stats = stats if stats is not None else corpus_stats(kg, rejected=rejected)
    links = _shown_links(kg.nx, stats.builds_on)
    data = report_data(kg, stats, max_nodes, links)
    shown = len(data["network"]["nodes"])
    total = data["network_total"]
    scope = (
        f"All {shown:,} papers and entities."
        if shown == total
        else f"The {shown:,} most cited papers and most mentioned entities, of {total:,}."
    )
    legend = "".join(
        f'<button type="button" class="kind" data-kind="{kind}" aria-pressed="true">'
        f'<span class="dot" style="background:{_hex(kind)}"></span>{_e(_plural(kind))}</button>'
        for kind in ("paper", *ENTITY_KINDS)
    )
    libraries = ", ".join(f"{lib['name']} {lib['version']}" for lib in vendored_libraries())
    scripts = "\n".join(_vendor_script(name) for name in VENDORED)
    page = Template(_asset("report.html")).substitute(
        title=_e(title or "citekg report"),
        version=_e(__version__),
        papers=f"{stats.papers:,}",
        headline=_headline(stats),
        charts=_charts(stats),
        leaderboards=_leaderboards(stats),
        boards=len(stats.leaderboards),
        builds_on_count=len(stats.builds_on),
        builds_on_table=_builds_on_table(links, len(stats.builds_on)),
        network_scope=_e(scope),
        legend=legend,
        libraries=_e(libraries),
        licences=_licences(),
        style=_asset("report.css"),
        data=_script_json(data),
        vendor_scripts=scripts,
        script=_inline_script(_asset("report.js")),
    )
    return page


def write_report(
    kg: KnowledgeGraph,
    path: str | os.PathLike[str] | IO[bytes],
    *,
    rejected: int | None = None,
    title: str | None = None,
    max_nodes: int = MAX_NETWORK_NODES,
) -> Path | None:
    """Write the report of ``kg`` to ``path`` (atomically) or to an open binary file.

    ``rejected`` is the build's count of rejected records, shown with the headline numbers;
    ``max_nodes`` caps the network view (:data:`MAX_NETWORK_NODES`). The CLI twin is
    ``citekg report``; ``citekg build`` writes ``report.html`` with the exports.
    """
    page = render_report(kg, rejected=rejected, title=title, max_nodes=max_nodes)
    write_text_pieces([page], path)
    return None if hasattr(path, "write") else Path(path)  # type: ignore[arg-type]
