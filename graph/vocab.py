"""RDF namespaces: citekg's own terms, declared once, and the standard vocabularies it reuses.

Every namespace here is a closed ``DefinedNamespace``: ``CITEKG.mentoins`` or
``FABIO.hasArxivId`` raises instead of minting a term nobody defined. citekg's
terms are also defined, with labels, comments, domains, ranges and links to the
standard terms, in ``graph/ontology.ttl``; a test checks the two agree, and that
every standard term used exists in its published vocabulary.
"""

from __future__ import annotations

from importlib import resources

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = [
    "CITEKG",
    "CITO",
    "DCTERMS",
    "DEFAULT_BASE_IRI",
    "FABIO",
    "MLS",
    "OA",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SH",
    "SKOS",
    "VOCAB_IRI",
    "XSD",
    "bind_prefixes",
    "ontology",
    "prefixes",
    "read_ontology_text",
]

#: The namespace of citekg's terms (classes and properties).
VOCAB_IRI = "https://w3id.org/citekg/vocab#"
#: The default namespace of the data (papers, entities); ``--base-iri`` changes it.
DEFAULT_BASE_IRI = "https://w3id.org/citekg/id/"


class CITEKG(DefinedNamespace):
    """citekg's vocabulary (see ``graph/ontology.ttl``)."""

    _NS = Namespace(VOCAB_IRI)
    _fail = True

    # classes
    Paper: URIRef
    Entity: URIRef
    Model: URIRef
    Dataset: URIRef
    Benchmark: URIRef
    Method: URIRef
    Organization: URIRef
    Result: URIRef
    Evidence: URIRef
    KnowledgeGraph: URIRef
    # graph properties
    citekgVersion: URIRef
    # paper properties
    citationCount: URIRef
    rank: URIRef
    doi: URIRef
    openalexId: URIRef
    semanticScholarId: URIRef
    authorList: URIRef
    source: URIRef
    # entity properties
    family: URIRef
    parameterCount: URIRef
    catalogSource: URIRef
    externalId: URIRef
    # result properties
    metric: URIRef
    modelName: URIRef
    benchmarkName: URIRef
    # evidence properties
    sentence: URIRef
    field: URIRef
    mentionCount: URIRef
    confidence: URIRef
    rule: URIRef
    via: URIRef
    # links
    mentions: URIRef
    introduces: URIRef
    evaluatesOn: URIRef
    trainedOn: URIRef
    comparesWith: URIRef
    developedBy: URIRef
    variantOf: URIRef
    buildsOn: URIRef
    reports: URIRef
    onBenchmark: URIRef
    ofModel: URIRef


class FABIO(DefinedNamespace):
    """The terms citekg uses from FaBiO, the FRBR-aligned Bibliographic Ontology."""

    _NS = Namespace("http://purl.org/spar/fabio/")
    _fail = True

    ResearchPaper: URIRef
    hasArXivId: URIRef
    hasPublicationYear: URIRef


class CITO(DefinedNamespace):
    """The terms citekg uses from CiTO, the Citation Typing Ontology."""

    _NS = Namespace("http://purl.org/spar/cito/")
    _fail = True

    cites: URIRef
    usesDataFrom: URIRef
    usesMethodIn: URIRef


class MLS(DefinedNamespace):
    """The terms citekg uses from the W3C ML Schema."""

    _NS = Namespace("http://www.w3.org/ns/mls#")
    _fail = True

    Model: URIRef
    Dataset: URIRef
    Algorithm: URIRef
    ModelEvaluation: URIRef
    hasValue: URIRef


class OA(DefinedNamespace):
    """The terms citekg uses from the W3C Web Annotation vocabulary."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef


SH = Namespace("http://www.w3.org/ns/shacl#")

_PREFIXES = {
    "ck": VOCAB_IRI,
    "fabio": str(FABIO),
    "cito": str(CITO),
    "mls": str(MLS),
    "oa": str(OA),
    "schema": str(SDO),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def prefixes(G: object = None, base_iri: str | None = None) -> dict[str, str]:
    """citekg's prefixes, plus ``kg:`` for the data of graph ``G`` (or ``base_iri``).

    >>> prefixes(base_iri="https://example.org/")["kg"], prefixes()["ck"]
    ('https://example.org/', 'https://w3id.org/citekg/vocab#')
    """
    out = dict(_PREFIXES)
    base = base_iri or (getattr(G, "graph", {}) or {}).get("base_iri") or DEFAULT_BASE_IRI
    out["kg"] = base
    return out


def bind_prefixes(graph, base_iri: str = DEFAULT_BASE_IRI) -> None:
    """Bind citekg's prefixes (and ``kg:`` for the data) on an rdflib graph."""
    for prefix, iri in _PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
    if base_iri:
        graph.bind("kg", base_iri, override=True, replace=True)


def read_ontology_text() -> str:
    """The Turtle text of ``graph/ontology.ttl``, citekg's vocabulary (shipped in the package)."""
    return resources.files("citekg.graph").joinpath("ontology.ttl").read_text(encoding="utf-8")


def ontology() -> Graph:
    """citekg's vocabulary as an rdflib ``Graph``: classes, properties, labels, comments.

    >>> from rdflib.namespace import OWL, RDF
    >>> (CITEKG.buildsOn, RDF.type, OWL.ObjectProperty) in ontology()
    True
    """
    return Graph().parse(data=read_ontology_text(), format="turtle")
