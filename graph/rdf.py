"""The MultiDiGraph as RDF: each node a resource, each edge a triple, on standard vocabularies.

Papers are ``fabio:ResearchPaper`` and ``schema:ScholarlyArticle`` with
``dcterms:title``, ``dcterms:abstract``, ``prism:doi``, ``fabio:hasArXivId``
and ``fabio:hasPublicationYear``; entities carry a citekg class plus the
closest standard one (``mls:Model``, ``schema:Dataset``,
``schema:Organization``), an ``rdfs:label``/``skos:prefLabel`` and their
aliases as ``skos:altLabel``. Citations are ``cito:cites``; affiliations
``schema:sourceOrganization``; the other links are citekg properties.
No blank nodes are used, so the Turtle is the same from run to run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from citekg.graph.vocab import (
    CITEKG,
    CITO,
    DCTERMS,
    FABIO,
    MLS,
    PRISM,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    bind_prefixes,
)

__all__ = ["CLASSES", "PREDICATES", "node_iri", "to_rdf", "triples"]

#: rdf:type values per node kind.
CLASSES: dict[str, tuple[URIRef, ...]] = {
    "paper": (CITEKG.Paper, FABIO.ResearchPaper, SDO.ScholarlyArticle),
    "model": (CITEKG.Model, MLS.Model, SDO.SoftwareApplication),
    "dataset": (CITEKG.Dataset, MLS.Dataset, SDO.Dataset),
    "benchmark": (CITEKG.Benchmark, SDO.Dataset),
    "method": (CITEKG.Method, MLS.Algorithm),
    "organization": (CITEKG.Organization, SDO.Organization),
}

#: The predicate of each edge kind.
PREDICATES: dict[str, URIRef] = {
    "mentions": CITEKG.mentions,
    "introduces": CITEKG.introduces,
    "evaluates_on": CITEKG.evaluatesOn,
    "trained_on": CITEKG.trainedOn,
    "compares_with": CITEKG.comparesWith,
    "developed_by": CITEKG.developedBy,
    "affiliated_with": SDO.sourceOrganization,
    "variant_of": CITEKG.variantOf,
    "cites": CITO.cites,
    "builds_on": CITEKG.buildsOn,
}

_PAPER_LITERALS: dict[str, tuple[URIRef, URIRef | None]] = {
    "title": (DCTERMS.title, None),
    "abstract": (DCTERMS.abstract, None),
    "citations": (CITEKG.citationCount, XSD.integer),
    "rank": (CITEKG.rank, XSD.integer),
    "year": (FABIO.hasPublicationYear, XSD.gYear),
    "doi": (PRISM.doi, None),
    "arxiv_id": (FABIO.hasArXivId, None),
    "openalex_id": (CITEKG.openalexId, None),
    "s2_id": (CITEKG.semanticScholarId, None),
    "source": (CITEKG.source, None),
}

# Characters allowed unescaped in the path of an IRI we mint; the rest is
# percent-encoded, so any node id gives an IRI every Turtle parser accepts.
_SAFE = "/-._~!$&'()*+,;=:@"
_ROR = re.compile(r"https://ror\.org/0[a-z0-9]{6}[0-9]{2}")


def node_iri(G: nx.MultiDiGraph, node: str) -> URIRef:
    """The IRI of ``node``: the graph's base IRI plus the percent-encoded node id."""
    return URIRef(G.graph.get("base_iri", "") + quote(node, safe=_SAFE))


def _literal(value: Any, datatype: URIRef | None) -> Literal:
    if datatype == XSD.gYear:
        return Literal(f"{int(value):04d}", datatype=XSD.gYear)
    if datatype is not None:
        return Literal(value, datatype=datatype)
    return Literal(str(value))


def triples(G: nx.MultiDiGraph) -> Iterator[tuple[Node, Node, Node]]:
    """Every triple of the graph: nodes in id order, then edges in (source, target, kind) order."""
    for node in sorted(G.nodes):
        data = G.nodes[node]
        s = node_iri(G, node)
        kind = data["kind"]
        for cls in CLASSES[kind]:
            yield s, RDF.type, cls
        if kind == "paper":
            for name, (pred, datatype) in _PAPER_LITERALS.items():
                if data.get(name) not in (None, ""):
                    yield s, pred, _literal(data[name], datatype)
            if data.get("authors"):
                yield s, CITEKG.authorList, Literal("; ".join(data["authors"]))
            for category in data.get("categories", ()):
                yield s, DCTERMS.subject, Literal(category)
        else:
            label = Literal(data["label"])
            yield s, RDFS.label, label
            yield s, SKOS.prefLabel, label
            for alias in data.get("aliases", ()):
                yield s, SKOS.altLabel, Literal(alias)
            if data.get("catalog"):
                yield s, CITEKG.catalogSource, Literal(data["catalog"])
            if data.get("ror"):
                ror = str(data["ror"])
                yield s, SDO.identifier, URIRef(ror) if _ROR.fullmatch(ror) else Literal(ror)
    for u, v, kind in sorted(G.edges(keys=True)):
        yield node_iri(G, u), PREDICATES[kind], node_iri(G, v)


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The graph as an rdflib ``Graph`` with citekg's prefixes bound.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(base_iri="https://example.org/")
    >>> G.add_node("model/gpt-4", kind="model", label="GPT-4", aliases=["GPT4"])
    >>> len(to_rdf(G))  # three types, a label, a prefLabel, an altLabel
    6
    """
    graph = Graph()
    bind_prefixes(graph, G.graph.get("base_iri", ""))
    for triple in triples(G):
        graph.add(triple)
    return graph
