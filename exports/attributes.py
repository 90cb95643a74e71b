"""The graph flattened into typed rows: what GraphML, GEXF and Neo4j CSV all need.

Property-graph formats hold scalars of a few declared types, one type per
attribute. citekg's graph holds lists (aliases, authors), may lack a value,
and could hold a float NaN. :func:`node_rows` and :func:`edge_rows` turn it
into rows of scalars (lists joined with :data:`LIST_SEPARATOR`, None and NaN
dropped, control characters stripped later by :func:`clean`) plus the display
attributes viewers read: ``label``, a colour per kind (``r``, ``g``, ``b``),
``size``, ``x`` and ``y`` from :func:`citekg.exports.layout.layout`, and an
edge ``weight``. :func:`attribute_types` declares each attribute once with the
narrowest type all its values fit. Rows come sorted (nodes by kind then id,
edges by endpoints then kind), so every writer is deterministic.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

import networkx as nx

from citekg.exports.layout import layout
from citekg.graph.build import NODE_KINDS
from citekg.graph.iri import mint

__all__ = [
    "DISPLAY_EDGE",
    "DISPLAY_NODE",
    "KIND_COLORS",
    "LIST_ATTRIBUTES",
    "LIST_SEPARATOR",
    "EdgeRow",
    "NodeRow",
    "attribute_types",
    "base_iri_of",
    "clean",
    "edge_rows",
    "format_value",
    "node_rows",
    "scalar",
    "xml_attr",
    "xml_text",
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
DEFAULT_COLOR = (127, 127, 127)
#: Node attributes added for the viewers, not part of citekg's graph.
DISPLAY_NODE = ("r", "g", "b", "size", "x", "y")
#: Edge attributes added for the viewers.
DISPLAY_EDGE = ("weight",)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_INT32 = 2**31 - 1
_RESERVED_NODE = ("label", "kind", *DISPLAY_NODE)
_RESERVED_EDGE = ("label", "kind", *DISPLAY_EDGE)


class NodeRow(NamedTuple):
    """One node: its id and its scalar attributes (``label`` and ``kind`` always present)."""

    id: str
    attrs: dict[str, Any]


class EdgeRow(NamedTuple):
    """One edge: endpoints, kind and scalar attributes (``kind`` and ``weight`` present)."""

    source: str
    target: str
    kind: str
    attrs: dict[str, Any]


def clean(text: str) -> str:
    """``text`` without the control characters XML 1.0 forbids.

    >>> clean("a\\x00b\\tc")
    'ab\\tc'
    """
    return _CONTROL.sub("", text)


def scalar(value: Any) -> Any:
    """A value a property-graph format can hold, or None to leave the attribute out.

    >>> scalar(["a", "b"]), scalar(float("nan")), scalar({}), scalar(3)
    ('a | b', None, None, 3)
    """
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


def value_type(values: Iterable[Any]) -> str:
    """The narrowest of ``boolean``, ``int`` (32-bit), ``long``, ``double``, ``string``.

    >>> value_type([1, 2]), value_type([1, 2**40]), value_type([1, 2.5]), value_type([1, "a"])
    ('int', 'long', 'double', 'string')
    """
    values = list(values)
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int" if all(-_INT32 - 1 <= v <= _INT32 for v in values) else "long"
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def format_value(value: Any, kind: str) -> str:
    """``value`` written as a ``kind`` (see :func:`value_type`) in XML or CSV text."""
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(float(value))
    if kind in ("int", "long"):
        return str(int(value))
    return clean(str(value))


def node_rows(G: nx.MultiDiGraph) -> list[NodeRow]:
    """The nodes of ``G`` as rows with display attributes, sorted by kind, then id."""
    order = {kind: i for i, kind in enumerate(NODE_KINDS)}
    positions = layout(G)
    rows = []
    for node, data in G.nodes(data=True):
        kind = data.get("kind", "")
        attrs = {k: scalar(v) for k, v in data.items() if k not in _RESERVED_NODE}
        r, g, b = KIND_COLORS.get(kind, DEFAULT_COLOR)
        if kind == "paper":
            size = 4.0 + 2.0 * math.log10(1 + (data.get("citations") or 0))
        else:
            size = 4.0 + 3.0 * math.log2(1 + G.degree(node))
        x, y = positions[node]
        attrs.update(
            label=data.get("label") or str(node),
            kind=kind,
            r=r,
            g=g,
            b=b,
            size=round(size, 3),
            x=x,
            y=y,
        )
        rows.append(NodeRow(str(node), {k: v for k, v in attrs.items() if v is not None}))
    rows.sort(key=lambda row: (order.get(row.attrs["kind"], len(order)), row.id))
    return rows


def edge_rows(G: nx.MultiDiGraph) -> list[EdgeRow]:
    """The edges of ``G`` as rows (``kind``, ``weight`` = count), sorted by endpoints and kind."""
    rows = []
    for u, v, key, data in G.edges(keys=True, data=True):
        kind = str(data.get("kind", key))
        attrs = {k: scalar(x) for k, x in data.items() if k not in _RESERVED_EDGE}
        attrs.update(kind=kind, weight=float(data.get("count") or 1))
        rows.append(
            EdgeRow(str(u), str(v), kind, {k: x for k, x in attrs.items() if x is not None})
        )
    rows.sort(key=lambda row: (row.source, row.target, row.kind))
    return rows


def attribute_types(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Attribute name -> its one declared type over all ``rows``, sorted by name."""
    values: dict[str, list[Any]] = {}
    for attrs in rows:
        for name, value in attrs.items():
            values.setdefault(name, []).append(value)
    return {name: value_type(values[name]) for name in sorted(values)}


_TEXT_SPECIAL = re.compile(r"[&<>]")
# in attributes: the markup characters, whitespace kept as references, forbidden controls dropped
_ATTR_SPECIAL = re.compile('[&<>"\n\r\t\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]')
_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\t": "&#9;",
}


def xml_text(value: str) -> str:
    """``value`` escaped for XML element content (most values need nothing: checked first).

    >>> xml_text("a < b & c")
    'a &lt; b &amp; c'
    """
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _TEXT_SPECIAL.sub(lambda m: _ENTITIES[m.group()], value)


def xml_attr(value: str) -> str:
    r"""``value`` as a double-quoted XML attribute: markup escaped, whitespace kept as
    character references, the control characters XML forbids dropped.

    >>> xml_attr('say "hi"\x07\n')
    '"say &quot;hi&quot;&#10;"'
    """
    if _ATTR_SPECIAL.search(value) is None:
        return f'"{value}"'
    return '"' + _ATTR_SPECIAL.sub(lambda m: _ENTITIES.get(m.group(), ""), value) + '"'


def base_iri_of(G: nx.MultiDiGraph) -> str | None:
    """The base IRI most nodes' IRIs share (``iri`` = base + encoded node id): what the
    property-graph readers give back as the graph's ``base_iri``."""
    bases: Counter[str] = Counter()
    for node, iri in G.nodes(data="iri"):
        tail = mint("", node)
        if isinstance(iri, str) and iri.endswith(tail) and len(iri) > len(tail):
            bases[iri[: -len(tail)]] += 1
    return min(bases, key=lambda b: (-bases[b], b)) if bases else None
