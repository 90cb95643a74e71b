"""GraphML for Gephi, Gephi Lite, Cytoscape, igraph, networkx and Neo4j APOC.

networkx's own writer breaks these clients on a MultiDiGraph (repeated edge
ids, None or list values, one attribute declared twice with two types, raw
control characters) and cannot write ``<edge label=...>``, which Gephi reads
as the edge type and APOC as the relationship type. This writer:

- declares every key once, with the narrowest type all its values fit
  (``boolean``, ``int``, ``long``, ``double``, else ``string``);
- never writes None or NaN; joins lists with :data:`LIST_SEPARATOR`;
  strips the control characters XML forbids;
- gives every node a ``label``, a colour (``r``, ``g``, ``b``), a ``size``
  (from citations for papers, from degree for entities) and a position
  (``x``, ``y``, from :func:`citekg.exports.layout.layout`), and every
  edge a globally unique id, a ``weight``, its kind as ``label`` attribute
  and as data;
- writes node labels for APOC (``labels=":Paper"``), nodes before edges,
  everything sorted, so the same graph gives the same bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import IO, Any

import networkx as nx

from citekg.exports.atomic import write_text_pieces
from citekg.exports.attributes import (
    DISPLAY_EDGE,
    DISPLAY_NODE,
    KIND_COLORS,
    LIST_ATTRIBUTES,
    LIST_SEPARATOR,
    attribute_types,
    base_iri_of,
    edge_rows,
    format_value,
    node_rows,
    xml_attr,
    xml_text,
)

__all__ = [
    "KIND_COLORS",
    "LIST_ATTRIBUTES",
    "LIST_SEPARATOR",
    "from_graphml",
    "generate_graphml",
    "node_from_xml_id",
    "read_graphml",
    "write_graphml",
    "xml_id",
]


_NMTOKEN_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_ESCAPED = re.compile(r"_([0-9A-F]{2})")


def xml_id(node: str) -> str:
    """``node`` as a GraphML id, which the schema types as ``xs:NMTOKEN`` (no ``/``).

    ``/`` becomes ``:``; any other character outside ``[A-Za-z0-9.-]``
    (``:`` and ``_`` included) becomes ``_HH`` per UTF-8 byte, so
    :func:`node_from_xml_id` gives the id back exactly.

    >>> xml_id("model/gpt-4"), xml_id("paper/a b_c")
    ('model:gpt-4', 'paper:a_20b_5Fc')
    >>> node_from_xml_id(xml_id("x/é:_/"))
    'x/é:_/'
    """
    out = []
    for char in node:
        if char in _NMTOKEN_SAFE:
            out.append(char)
        elif char == "/":
            out.append(":")
        else:
            out.extend(f"_{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out) or "_"


def node_from_xml_id(value: str) -> str:
    """The node id :func:`xml_id` wrote as ``value``."""
    if "_" not in value:
        return value.replace(":", "/")
    raw = _ESCAPED.sub(lambda m: "\x00" + m.group(1), value.replace(":", "/"))
    pieces = raw.split("\x00")
    data = bytearray(pieces[0].encode("utf-8"))
    for piece in pieces[1:]:
        data.append(int(piece[:2], 16))
        data.extend(piece[2:].encode("utf-8"))
    return data.decode("utf-8", "replace")


def generate_graphml(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GraphML document of ``G``, one node or edge per piece."""
    nodes = node_rows(G)
    edges = edge_rows(G)
    node_keys = attribute_types(row.attrs for row in nodes)
    edge_keys = attribute_types(row.attrs for row in edges)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    opening = {}
    for domain, prefix, keys in (("node", "n", node_keys), ("edge", "e", edge_keys)):
        for name, kind in keys.items():
            key = xml_attr(f"{prefix}_{name}")
            opening[prefix, name] = f"      <data key={key}>"
            name_attr = xml_attr(name)
            yield f'  <key id={key} for="{domain}" attr.name={name_attr} attr.type="{kind}"/>\n'
    yield '  <graph id="citekg" edgedefault="directed">\n'
    ids = {node: xml_attr(xml_id(node)) for node, _ in nodes}
    for node, attrs in nodes:
        label = ":" + attrs["kind"].capitalize() if attrs.get("kind") else ""
        lines = [f"    <node id={ids[node]} labels={xml_attr(label)}>\n"]
        for name in sorted(attrs):
            value = xml_text(format_value(attrs[name], node_keys[name]))
            lines.append(f"{opening['n', name]}{value}</data>\n")
        lines.append("    </node>\n")
        yield "".join(lines)
    for i, (u, v, kind, attrs) in enumerate(edges):
        lines = [f'    <edge id="e{i}" source={ids[u]} target={ids[v]} label={xml_attr(kind)}>\n']
        for name in sorted(attrs):
            value = xml_text(format_value(attrs[name], edge_keys[name]))
            lines.append(f"{opening['e', name]}{value}</data>\n")
        lines.append("    </edge>\n")
        yield "".join(lines)
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
    >>> H.number_of_nodes(), H.number_of_edges(), H.nodes["model:b"]["aliases"]
    (2, 1, 'b1 | b2')
    """
    return write_text_pieces(generate_graphml(G), dest)


def read_graphml(source: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """Read a GraphML file written by :func:`write_graphml` with networkx's reader."""
    return nx.read_graphml(source, force_multigraph=True)


_INT_ATTRIBUTES = ("citations", "count", "end", "rank", "start", "year")
_FLOAT_ATTRIBUTES = ("confidence", "value")


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
    the writer did for the viewers: ids become citekg's again
    (:func:`node_from_xml_id`), key prefixes (``n_``, ``e_``) go, the
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
    for node in sorted(raw.nodes, key=lambda n: node_from_xml_id(str(n))):
        attrs = _canonical(raw.nodes[node], "n_", DISPLAY_NODE)
        kind = attrs.get("kind")
        if not kind:
            raise ValueError(f"node {node!r} has no kind: not a graph citekg wrote")
        if kind not in ("paper", "result"):
            attrs.setdefault("aliases", [])
        G.add_node(node_from_xml_id(str(node)), **attrs)
    edges = []
    for u, v, data in raw.edges(data=True):
        attrs = _canonical(data, "e_", DISPLAY_EDGE)
        kind = attrs.get("kind") or attrs.get("label")
        if not kind:
            raise ValueError(f"edge {u!r} -> {v!r} has no kind: not a graph citekg wrote")
        attrs["kind"] = kind
        if attrs.get("label") == kind:
            del attrs["label"]
        edges.append((node_from_xml_id(str(u)), node_from_xml_id(str(v)), str(kind), attrs))
    for u, v, kind, attrs in sorted(edges, key=lambda edge: edge[:3]):
        G.add_edge(u, v, key=kind, **attrs)
    base = base_iri_of(G)
    if base is not None:
        G.graph["base_iri"] = base
    return G
