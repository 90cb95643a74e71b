"""GraphML for Gephi, Gephi Lite, Cytoscape, igraph, networkx and Neo4j APOC.

networkx's own writer breaks these clients on a MultiDiGraph (repeated edge
ids, None or list values, one attribute declared twice with two types, raw
control characters) and cannot write ``<edge label=...>``, which Gephi reads
as the edge type and APOC as the relationship type. This writer:

- declares every key once, with the narrowest type all its values fit
  (``boolean``, ``int``, ``long``, ``double``, else ``string``);
- never writes None or NaN; joins lists with :data:`LIST_SEPARATOR`;
  strips the control characters XML forbids;
- gives every node a ``label`` and a colour (``r``, ``g``, ``b``) and a
  ``size`` (from citations for papers, from degree for entities), and every
  edge a globally unique id, a ``weight``, its kind as ``label`` attribute
  and as data;
- writes node labels for APOC (``labels=":Paper"``), nodes before edges,
  everything sorted, so the same graph gives the same bytes.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from citekg.exports.atomic import open_output
from citekg.graph.build import NODE_KINDS
from citekg.graph.iri import mint

__all__ = [
    "KIND_COLORS",
    "LIST_ATTRIBUTES",
    "LIST_SEPARATOR",
    "from_graphml",
    "generate_graphml",
    "read_graphml",
    "write_graphml",
]

#: How list values (aliases, authors) are joined into one string.
LIST_SEPARATOR = " | "
#: Attributes citekg holds as lists, split on :data:`LIST_SEPARATOR` when read back.
LIST_ATTRIBUTES = ("aliases", "authors", "categories", "external_ids", "introduced_by", "via")

#: Node colour per kind (r, g, b), readable on Gephi's white and dark backgrounds.
KIND_COLORS: dict[str, tuple[int, int, int]] = {
    "paper": (31, 119, 180),
    "model": (214, 39, 40),
    "dataset": (44, 160, 44),
    "benchmark": (255, 127, 14),
    "method": (148, 103, 189),
    "organization": (140, 86, 75),
    "result": (188, 189, 34),
}
_DEFAULT_COLOR = (127, 127, 127)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_INT32 = 2**31 - 1
_RESERVED_NODE = ("label", "kind", "r", "g", "b", "size")
_RESERVED_EDGE = ("label", "kind", "weight")


def _clean(text: str) -> str:
    return _CONTROL.sub("", text)


def _value(value: Any) -> Any:
    """A scalar GraphML can hold, or None to skip the attribute."""
    if value is None:
        return None
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value) if isinstance(value, set | frozenset) else value
        joined = LIST_SEPARATOR.join(str(x) for x in items if x is not None)
        return joined or None
    if isinstance(value, dict):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _type_of(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int" if all(-_INT32 - 1 <= v <= _INT32 for v in values) else "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _format(value: Any, kind: str) -> str:
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind in ("int", "long"):
        return str(int(value))
    return _clean(str(value))


def _node_rows(G: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    order = {kind: i for i, kind in enumerate(NODE_KINDS)}
    rows = []
    for node, data in G.nodes(data=True):
        kind = data.get("kind", "")
        attrs = {k: _value(v) for k, v in data.items() if k not in _RESERVED_NODE}
        r, g, b = KIND_COLORS.get(kind, _DEFAULT_COLOR)
        if kind == "paper":
            size = 4.0 + 2.0 * math.log10(1 + (data.get("citations") or 0))
        else:
            size = 4.0 + 3.0 * math.log2(1 + G.degree(node))
        attrs.update(
            label=data.get("label") or str(node), kind=kind, r=r, g=g, b=b, size=round(size, 3)
        )
        rows.append((str(node), {k: v for k, v in attrs.items() if v is not None}))
    rows.sort(key=lambda row: (order.get(row[1]["kind"], len(order)), row[0]))
    return rows


def _edge_rows(G: nx.MultiDiGraph) -> list[tuple[str, str, str, dict[str, Any]]]:
    rows = []
    for u, v, key, data in G.edges(keys=True, data=True):
        kind = str(data.get("kind", key))
        attrs = {k: _value(x) for k, x in data.items() if k not in _RESERVED_EDGE}
        attrs.update(kind=kind, weight=float(data.get("count") or 1))
        rows.append((str(u), str(v), kind, {k: x for k, x in attrs.items() if x is not None}))
    rows.sort(key=lambda row: (row[0], row[1], row[2]))
    return rows


def _keys(rows: list[dict[str, Any]], prefix: str) -> dict[str, tuple[str, str]]:
    """attr name -> (key id, GraphML type) for one domain; ids are prefixed by domain."""
    values: dict[str, list[Any]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            values.setdefault(name, []).append(value)
    return {name: (f"{prefix}_{name}", _type_of(values[name])) for name in sorted(values)}


def generate_graphml(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML document of ``G``, line by line."""
    nodes = _node_rows(G)
    edges = _edge_rows(G)
    node_keys = _keys([a for _, a in nodes], "n")
    edge_keys = _keys([a for *_, a in edges], "e")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, (key_id, kind) in keys.items():
            yield (
                f'  <key id={quoteattr(key_id)} for="{domain}" '
                f'attr.name={quoteattr(name)} attr.type="{kind}"/>\n'
            )
    yield '  <graph id="citekg" edgedefault="directed">\n'
    for node, attrs in nodes:
        label = ":" + attrs["kind"].capitalize() if attrs.get("kind") else ""
        yield f"    <node id={quoteattr(_clean(node))} labels={quoteattr(label)}>\n"
        for name in sorted(attrs):
            key_id, kind = node_keys[name]
            yield f'      <data key="{key_id}">{escape(_format(attrs[name], kind))}</data>\n'
        yield "    </node>\n"
    for i, (u, v, kind_label, attrs) in enumerate(edges):
        yield (
            f'    <edge id="e{i}" source={quoteattr(_clean(u))} target={quoteattr(_clean(v))} '
            f"label={quoteattr(kind_label)}>\n"
        )
        for name in sorted(attrs):
            key_id, kind = edge_keys[name]
            yield f'      <data key="{key_id}">{escape(_format(attrs[name], kind))}</data>\n'
        yield "    </edge>\n"
    yield "  </graph>\n</graphml>\n"


def write_graphml(G: nx.MultiDiGraph, dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write ``G`` as GraphML to a path (atomically) or a binary file; returns the bytes written.

    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper/a", kind="paper", label="A", citations=3)
    >>> G.add_node("model/b", kind="model", label="B", aliases=["b1", "b2"])
    >>> _ = G.add_edge("paper/a", "model/b", key="mentions", kind="mentions", count=2)
    >>> buf = io.BytesIO(); _ = write_graphml(G, buf)
    >>> H = read_graphml(io.BytesIO(buf.getvalue()))
    >>> H.number_of_nodes(), H.number_of_edges(), H.nodes["model/b"]["aliases"]
    (2, 1, 'b1 | b2')
    """
    size = 0
    with open_output(dest, "wb") as handle:
        for chunk in generate_graphml(G):
            data = chunk.encode("utf-8")
            handle.write(data)
            size += len(data)
    return size


def read_graphml(source: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` with networkx's reader."""
    return nx.read_graphml(source, force_multigraph=True)


_INT_ATTRIBUTES = ("citations", "count", "end", "rank", "start", "year")
_FLOAT_ATTRIBUTES = ("confidence", "value")
_DISPLAY_NODE = ("r", "g", "b", "size")  # written for the viewers, not part of the graph
_DISPLAY_EDGE = ("weight",)


def _number(value: Any, cast: type[int] | type[float]) -> Any:
    """``value`` as an int or a float when it is one written otherwise (``"3"``, ``3.0``)."""
    if isinstance(value, cast) and not isinstance(value, bool):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return value
    if cast is int:
        return int(number) if number.is_integer() else value
    return number


def _canonical(attrs: dict[str, Any], prefix: str, display: tuple[str, ...]) -> dict[str, Any]:
    """Attributes as citekg holds them: no key prefix, no display attribute, lists, numbers."""
    out: dict[str, Any] = {}
    for name, value in attrs.items():
        name = name[len(prefix) :] if name.startswith(prefix) else name
        if name in display or value is None:
            continue
        if name in LIST_ATTRIBUTES and isinstance(value, str):
            value = value.split(LIST_SEPARATOR)
        elif name in _INT_ATTRIBUTES:
            value = _number(value, int)
        elif name in _FLOAT_ATTRIBUTES:
            value = _number(value, float)
        out[name] = value
    return out


def from_graphml(source: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """The citekg graph of a GraphML file written by :func:`write_graphml`.

    :func:`read_graphml` gives the file as networkx reads it; this undoes what
    the writer did for the viewers: key prefixes (``n_``, ``e_``) go, the
    display attributes go (``r``, ``g``, ``b``, ``size``, ``weight``, an edge
    ``label`` equal to its kind), lists (:data:`LIST_ATTRIBUTES`) are split on
    :data:`LIST_SEPARATOR`, counts and scores are numbers again, edges are keyed
    by their kind, entities without aliases get ``aliases=[]``, and the base IRI
    is read off the nodes' IRIs. Nodes and edges are added in id order. What the
    writer could not keep (control characters, empty lists, the graph's name and
    version) stays lost. A node without a ``kind`` raises ``ValueError``.

    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("model/b", kind="model", label="B", aliases=["b1", "b2"])
    >>> G.add_node("paper/a", kind="paper", label="A", citations=3)
    >>> _ = G.add_edge("paper/a", "model/b", key="mentions", kind="mentions", count=2)
    >>> buf = io.BytesIO(); _ = write_graphml(G, buf)
    >>> H = from_graphml(io.BytesIO(buf.getvalue()))
    >>> H.nodes["model/b"]["aliases"], list(H.edges(keys=True))
    (['b1', 'b2'], [('paper/a', 'model/b', 'mentions')])
    >>> nx.utils.graphs_equal(G, H)
    True
    """
    raw = read_graphml(source)
    G = nx.MultiDiGraph()
    for node in sorted(raw.nodes, key=str):
        attrs = _canonical(raw.nodes[node], "n_", _DISPLAY_NODE)
        kind = attrs.get("kind")
        if not kind:
            raise ValueError(f"node {node!r} has no kind: not a graph citekg wrote")
        if kind not in ("paper", "result"):
            attrs.setdefault("aliases", [])
        G.add_node(str(node), **attrs)
    edges = []
    for u, v, data in raw.edges(data=True):
        attrs = _canonical(data, "e_", _DISPLAY_EDGE)
        kind = attrs.get("kind") or attrs.get("label")
        if not kind:
            raise ValueError(f"edge {u!r} -> {v!r} has no kind: not a graph citekg wrote")
        attrs["kind"] = kind
        if attrs.get("label") == kind:
            del attrs["label"]
        edges.append((str(u), str(v), str(kind), attrs))
    for u, v, kind, attrs in sorted(edges, key=lambda edge: edge[:3]):
        G.add_edge(u, v, key=kind, **attrs)
    base = _base_iri(G)
    if base is not None:
        G.graph["base_iri"] = base
    return G


def _base_iri(G: nx.MultiDiGraph) -> str | None:
    """The base IRI most nodes' IRIs share (``iri`` = base + encoded node id)."""
    bases: Counter[str] = Counter()
    for node, iri in G.nodes(data="iri"):
        tail = mint("", node)
        if isinstance(iri, str) and iri.endswith(tail) and len(iri) > len(tail):
            bases[iri[: -len(tail)]] += 1
    return min(bases, key=lambda b: (-bases[b], b)) if bases else None
