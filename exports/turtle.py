"""Turtle: the graph for SPARQL engines (rdflib, Oxigraph, Fuseki, Virtuoso, GraphDB).

The text comes from rdflib's Turtle serializer with citekg's prefixes bound.
Triples are added in a sorted order, and no blank node is used, so the same
graph gives the same bytes.
"""

from __future__ import annotations

import os
from typing import IO, Any

import networkx as nx
import rdflib

from citekg.exports.atomic import open_output
from citekg.graph.rdf import to_rdf

__all__ = ["generate_turtle", "parse_turtle", "read_turtle", "write_turtle"]


def generate_turtle(G: nx.MultiDiGraph) -> bytes:
    """The Turtle document of ``G`` as UTF-8 bytes."""
    return to_rdf(G).serialize(format="turtle", encoding="utf-8")


def write_turtle(G: nx.MultiDiGraph, dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write ``G`` as Turtle to a path (atomically) or a binary file; returns the bytes written.

    >>> import io, networkx as nx
    >>> G = nx.MultiDiGraph(base_iri="https://example.org/")
    >>> G.add_node("model/bert", kind="model", label="BERT", aliases=[])
    >>> buf = io.BytesIO(); _ = write_turtle(G, buf)
    >>> b'rdfs:label "BERT"' in buf.getvalue()
    True
    """
    data = generate_turtle(G)
    with open_output(dest, "wb") as handle:
        handle.write(data)
    return len(data)


def parse_turtle(data: str | bytes) -> rdflib.Graph:
    """An rdflib Graph from Turtle text."""
    return rdflib.Graph().parse(data=data, format="turtle")


def read_turtle(path: str | os.PathLike[str], **kwargs: Any) -> rdflib.Graph:
    """An rdflib Graph from a Turtle file."""
    return rdflib.Graph().parse(str(path), format="turtle", **kwargs)
