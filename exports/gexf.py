"""GEXF 1.3: Gephi's own format, with colours, sizes and positions in its ``viz`` module.

Gephi and Gephi Lite read GEXF with the edge type (``kind``), parallel edges of
different kinds, typed attributes and the ``viz`` elements that make the file
open as a coloured, sized, laid-out map. The writer follows the GEXF 1.3
schema (``http://gexf.net/1.3``) and what graphology-gexf, Gephi Lite's
parser, reads:

- attributes are declared once per class with numeric ids and a ``title``
  (graphology-gexf names an attribute by its title only when the id is
  numeric) and a GEXF type: ``boolean``, ``integer``, ``long``, ``double``,
  ``string``; lists are joined with
  :data:`~citekg.exports.attributes.LIST_SEPARATOR`;
- every node has ``label``, ``viz:color``, ``viz:size`` and ``viz:position``
  (the namespace prefix is literally ``viz``, which graphology-gexf requires);
- every edge has a unique id, its kind as ``kind`` and as ``label``, and a
  ``weight``;
- no timestamp, everything sorted: the same graph gives the same bytes.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import IO, Any

import networkx as nx

from citekg._version import __version__
from citekg.exports.atomic import write_text_pieces
from citekg.exports.attributes import (
    DISPLAY_NODE,
    LIST_ATTRIBUTES,
    LIST_SEPARATOR,
    attribute_types,
    base_iri_of,
    clean,
    edge_rows,
    format_value,
    node_rows,
    xml_attr,
)

__all__ = ["GEXF_NS", "VIZ_NS", "from_gexf", "generate_gexf", "read_gexf", "write_gexf"]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
_GEXF_TYPES = {"boolean": "boolean", "int": "integer", "long": "long", "double": "double"}
#: Written as GEXF elements and XML attributes, not as attvalues.
_NODE_BUILTIN = ("label", *DISPLAY_NODE)
_EDGE_BUILTIN = ("weight",)


def _declarations(types: dict[str, str], builtin: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """name -> (numeric id, GEXF type) for the attributes written as attvalues."""
    names = [name for name in types if name not in builtin]
    return {name: (str(i), _GEXF_TYPES.get(types[name], "string")) for i, name in enumerate(names)}


def _attvalues(
    attrs: dict[str, Any], declared: dict[str, tuple[str, str]], types: dict[str, str]
) -> Iterator[str]:
    present = [name for name in declared if name in attrs]
    if not present:
        return
    yield "        <attvalues>\n"
    for name in present:
        value = format_value(attrs[name], types[name])
        yield f"          <attvalue for={xml_attr(declared[name][0])} value={xml_attr(value)}/>\n"
    yield "        </attvalues>\n"


def generate_gexf(G: nx.MultiDiGraph) -> Iterator[str]:
    """The GEXF 1.3 document of ``G``, in pieces."""
    nodes = node_rows(G)
    edges = edge_rows(G)
    node_types = attribute_types(row.attrs for row in nodes)
    edge_types = attribute_types(row.attrs for row in edges)
    node_decl = _declarations(node_types, _NODE_BUILTIN)
    edge_decl = _declarations(edge_types, _EDGE_BUILTIN)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        f'<gexf xmlns="{GEXF_NS}" xmlns:viz="{VIZ_NS}" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{GEXF_NS} {GEXF_NS}/gexf.xsd" version="1.3">\n'
    )
    yield f"  <meta>\n    <creator>citekg {clean(__version__)}</creator>\n"
    yield "    <description>citation knowledge graph of AI papers</description>\n  </meta>\n"
    yield '  <graph defaultedgetype="directed" mode="static">\n'
    for cls, declared in (("node", node_decl), ("edge", edge_decl)):
        yield f'    <attributes class="{cls}">\n'
        for name, (attr_id, kind) in declared.items():
            yield f'      <attribute id="{attr_id}" title={xml_attr(name)} type="{kind}"/>\n'
        yield "    </attributes>\n"
    yield "    <nodes>\n"
    for node, attrs in nodes:
        yield f"      <node id={xml_attr(node)} label={xml_attr(attrs['label'])}>\n"
        yield from _attvalues(attrs, node_decl, node_types)
        yield f'        <viz:color r="{attrs["r"]}" g="{attrs["g"]}" b="{attrs["b"]}"/>\n'
        yield f'        <viz:size value="{attrs["size"]!r}"/>\n'
        yield f'        <viz:position x="{attrs["x"]!r}" y="{attrs["y"]!r}" z="0.0"/>\n'
        yield "      </node>\n"
    yield "    </nodes>\n    <edges>\n"
    for i, (u, v, kind, attrs) in enumerate(edges):
        yield (
            f'      <edge id="e{i}" source={xml_attr(u)} target={xml_attr(v)} '
            f'kind={xml_attr(kind)} label={xml_attr(kind)} weight="{attrs["weight"]!r}">\n'
        )
        yield from _attvalues(attrs, edge_decl, edge_types)
        yield "      </edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(G: nx.MultiDiGraph, dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write ``G`` as GEXF 1.3 to a path (atomically) or a binary file; returns the bytes written.

    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("paper/a", kind="paper", label="A", citations=3)
    >>> G.add_node("model/b", kind="model", label="B", aliases=["b1", "b2"])
    >>> _ = G.add_edge("paper/a", "model/b", key="mentions", kind="mentions", count=2)
    >>> buf = io.BytesIO(); _ = write_gexf(G, buf)
    >>> H = from_gexf(io.BytesIO(buf.getvalue()))
    >>> nx.utils.graphs_equal(G, H)
    True
    """
    return write_text_pieces(generate_gexf(G), dest)


def _cast(text: str, kind: str, name: str) -> Any:
    if kind == "boolean":
        return text == "true"
    if kind in ("integer", "long"):
        return int(text)
    if kind == "double":
        return float(text)
    if name in LIST_ATTRIBUTES:
        return text.split(LIST_SEPARATOR)
    return text


def read_gexf(source: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """A GEXF file written by :func:`write_gexf` as a networkx graph (see :func:`from_gexf`)."""
    return from_gexf(source)


def from_gexf(source: str | os.PathLike[str] | IO[bytes]) -> nx.MultiDiGraph:
    """The citekg graph of a GEXF file written by :func:`write_gexf`.

    Undoes what the writer did for the viewers (``viz`` elements, ``weight``),
    splits lists, types values by their declarations and keys edges by their
    kind; the base IRI is read off the nodes' IRIs as in
    :func:`citekg.exports.graphml.from_graphml`.
    """
    ns = {"g": GEXF_NS}
    root = ET.parse(source).getroot()
    graph = root.find("g:graph", ns)
    if graph is None:
        raise ValueError("no <graph> element: not a GEXF file")
    declared: dict[str, dict[str, tuple[str, str]]] = {}
    for block in graph.findall("g:attributes", ns):
        declared[block.get("class", "node")] = {
            a.get("id", ""): (a.get("title", ""), a.get("type", "string"))
            for a in block.findall("g:attribute", ns)
        }

    def values(element: ET.Element, cls: str) -> dict[str, Any]:
        out = {}
        for att in element.findall("g:attvalues/g:attvalue", ns):
            name, kind = declared[cls][att.get("for", "")]
            out[name] = _cast(att.get("value", ""), kind, name)
        return out

    G = nx.MultiDiGraph()
    for node in sorted(graph.findall("g:nodes/g:node", ns), key=lambda n: n.get("id", "")):
        attrs = values(node, "node")
        attrs["label"] = node.get("label", "")
        if attrs.get("kind") not in ("paper", "result"):
            attrs.setdefault("aliases", [])
        G.add_node(node.get("id"), **dict(sorted(attrs.items())))
    edges = []
    for edge in graph.findall("g:edges/g:edge", ns):
        attrs = values(edge, "edge")
        kind = edge.get("kind") or attrs.get("kind")
        attrs["kind"] = kind
        edges.append((edge.get("source"), edge.get("target"), kind, attrs))
    for u, v, kind, attrs in sorted(edges, key=lambda e: e[:3]):
        G.add_edge(u, v, key=kind, **attrs)
    base = base_iri_of(G)
    if base is not None:
        G.graph["base_iri"] = base
    return G
