"""citekg's triples made straight into the terms the fast writers need.

:func:`citekg.graph.rdf.triples` makes its terms through a
:class:`~citekg.graph.rdf.Terms` factory. rdflib's terms cost most of the time
of a big export, so the writers skip them:

- :class:`OxigraphTerms` makes pyoxigraph terms, for Oxigraph's Turtle
  serializer (each IRI built once);
- :class:`NTriplesTerms` makes N-Triples text, so a triple is one f-string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import networkx as nx
import pyoxigraph

from citekg.graph.rdf import triples

__all__ = ["NTriplesTerms", "OxigraphTerms", "ntriples_lines", "oxigraph_triples"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# N-Triples string escapes: the four ECHARs a literal must escape, \\uXXXX for other controls
_LITERAL_SPECIAL = re.compile(r'["\\\n\r\x00-\x1f\x7f]')
_ECHARS = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
# characters an IRIREF may not hold; percent-encoded if an IRI has any
_IRI_SPECIAL = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escape_literal(text: str) -> str:
    if _LITERAL_SPECIAL.search(text) is None:
        return text
    return _LITERAL_SPECIAL.sub(lambda m: _ECHARS.get(m.group(), f"\\u{ord(m.group()):04X}"), text)


def _escape_iri(iri: str) -> str:
    if _IRI_SPECIAL.search(iri) is None:
        return iri
    return _IRI_SPECIAL.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), iri)


class OxigraphTerms:
    """pyoxigraph terms; IRIs are cached, since the vocabulary's recur in every triple."""

    def __init__(self) -> None:
        self._iris: dict[str, pyoxigraph.NamedNode] = {}

    def iri(self, value: str) -> pyoxigraph.NamedNode:
        node = self._iris.get(value)
        if node is None:
            node = self._iris[value] = pyoxigraph.NamedNode(_escape_iri(str(value)))
        return node

    def minted(self, value: str) -> pyoxigraph.NamedNode:
        return pyoxigraph.NamedNode(value)

    def literal(self, lexical: str, datatype: str | None = None) -> pyoxigraph.Literal:
        if datatype is None:
            return pyoxigraph.Literal(lexical)
        return pyoxigraph.Literal(lexical, datatype=self.iri(datatype))


class NTriplesTerms:
    """Terms as N-Triples text: ``<iri>``, ``"text"``, ``"3"^^<...#integer>``."""

    #: Literals up to this length are remembered: rule names, counts, offsets and
    #: field names recur on every edge, and escaping each again costs more than a lookup.
    CACHED_LENGTH = 64

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self._literals: dict[tuple[str, str | None], str] = {}

    def iri(self, value: str) -> str:
        text = self._iris.get(value)
        if text is None:
            text = self._iris[value] = f"<{_escape_iri(str(value))}>"
        return text

    def minted(self, value: str) -> str:
        return f"<{value}>"

    def literal(self, lexical: str, datatype: str | None = None) -> str:
        key = (lexical, datatype)
        text = self._literals.get(key)
        if text is not None:
            return text
        if datatype is None or datatype == _XSD_STRING:
            text = f'"{_escape_literal(lexical)}"'
        else:
            text = f'"{_escape_literal(lexical)}"^^{self.iri(datatype)}'
        if len(lexical) <= self.CACHED_LENGTH:
            self._literals[key] = text
        return text


def oxigraph_triples(G: nx.MultiDiGraph) -> Iterator[pyoxigraph.Triple]:
    """:func:`citekg.graph.rdf.triples` as pyoxigraph triples."""
    triple = pyoxigraph.Triple
    for s, p, o in triples(G, OxigraphTerms()):
        yield triple(s, p, o)


def ntriples_lines(G: nx.MultiDiGraph) -> Iterator[str]:
    """:func:`citekg.graph.rdf.triples` as N-Triples lines, each ending in a newline.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(base_iri="https://example.org/")
    >>> G.add_node("model/bert", kind="model", label='B"ERT', aliases=[])
    >>> [line for line in ntriples_lines(G) if "label" in line][0]
    '<https://example.org/model/bert> <http://www.w3.org/2000/01/rdf-schema#label> "B\\\\"ERT" .\\n'
    """
    for s, p, o in triples(G, NTriplesTerms()):
        yield f"{s} {p} {o} .\n"
