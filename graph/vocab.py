"""RDF namespaces: citekg's own terms, declared once, and the standard vocabularies it reuses.

:class:`CITEKG` is a closed ``DefinedNamespace``: ``CITEKG.mentoins`` raises
instead of minting a term nobody defined.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "CITEKG",
    "CITO",
    "DCTERMS",
    "DEFAULT_BASE_IRI",
    "FABIO",
    "MLS",
    "OWL",
    "PRISM",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "VOCAB_IRI",
    "XSD",
    "bind_prefixes",
]

#: The namespace of citekg's terms (classes and properties).
VOCAB_IRI = "https://w3id.org/citekg/vocab#"
#: The default namespace of the data (papers, entities); ``--base-iri`` changes it.
DEFAULT_BASE_IRI = "https://w3id.org/citekg/id/"


class CITEKG(DefinedNamespace):
    """citekg's vocabulary."""

    _NS = Namespace(VOCAB_IRI)
    _fail = True

    # classes
    Paper: URIRef
    Model: URIRef
    Dataset: URIRef
    Benchmark: URIRef
    Organization: URIRef
    Method: URIRef
    # paper properties
    citationCount: URIRef
    rank: URIRef
    openalexId: URIRef
    semanticScholarId: URIRef
    authorList: URIRef
    source: URIRef
    # links
    mentions: URIRef
    introduces: URIRef
    evaluatesOn: URIRef
    trainedOn: URIRef
    comparesWith: URIRef
    developedBy: URIRef
    affiliatedWith: URIRef
    variantOf: URIRef
    buildsOn: URIRef
    # entity properties
    catalogSource: URIRef
    family: URIRef


FABIO = Namespace("http://purl.org/spar/fabio/")
CITO = Namespace("http://purl.org/spar/cito/")
PRISM = Namespace("http://prismstandard.org/namespaces/basic/2.0/")
MLS = Namespace("http://www.w3.org/ns/mls#")

_PREFIXES = {
    "ck": VOCAB_IRI,
    "fabio": str(FABIO),
    "cito": str(CITO),
    "prism": str(PRISM),
    "mls": str(MLS),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def bind_prefixes(graph, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Bind citekg's prefixes (and ``kg:`` for the data) on an rdflib graph."""
    for prefix, iri in _PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    graph.bind("kg", base_iri, override=True, replace=True)
