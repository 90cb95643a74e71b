"""The MultiDiGraph as RDF and back, on the vocabularies the scholarly web uses.

The mapping, one node kind at a time (``ck:`` is citekg's vocabulary,
``graph/ontology.ttl``):

- the graph itself: ``ck:KnowledgeGraph`` at the base IRI, with the citekg
  version that built it;
- papers: ``ck:Paper``, ``fabio:ResearchPaper``, ``schema:ScholarlyArticle``;
  ``dcterms:title``, ``dcterms:abstract``, ``dcterms:identifier`` (the input's
  id), ``ck:doi`` (and ``schema:sameAs`` its doi.org IRI), ``fabio:hasArXivId``,
  ``fabio:hasPublicationYear``, ``ck:citationCount``, ``ck:rank``, ``dcterms:creator``
  per author and
  ``ck:authorList``, an ``rdf:Seq`` keeping their order, ``dcterms:subject``;
- entities: a citekg class plus the closest standard ones (``mls:Model``,
  ``mls:Dataset``, ``schema:Dataset``, ``schema:Organization``...),
  ``rdfs:label`` and ``skos:prefLabel``, ``skos:altLabel`` per alias;
- results: ``ck:Result`` and ``mls:ModelEvaluation`` with ``mls:hasValue``,
  linked by ``ck:reports``, ``ck:onBenchmark`` and ``ck:ofModel``.

Each edge is one triple (``cito:cites``, ``ck:mentions``...), and what is
known of how it was found is an evidence resource that reifies it
(``rdf:subject``/``rdf:predicate``/``rdf:object``) and, for text evidence,
is a Web Annotation whose target selects the quote in the paper
(``oa:TextPositionSelector``, ``oa:TextQuoteSelector``), with
``prov:wasDerivedFrom`` the paper. ``G.graph["evidence"]`` (:data:`EVIDENCE_LEVELS`)
trims that evidence: ``"compact"`` keeps the reifying resource with the
sentence, rule, confidence and count but no Web Annotation (no offsets or
quote), ``"none"`` keeps the statements alone, under a quarter of the triples.
Every resource has an IRI (no blank nodes)
and triples are emitted sorted, so the Turtle is the same from run to run.
:func:`from_rdf` reads it all back: ``from_rdf(to_rdf(G))`` equals ``G``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol
from urllib.parse import quote

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from citekg._version import __version__
from citekg.graph.iri import mint, node_id
from citekg.graph.vocab import (
    CITEKG,
    CITO,
    DCTERMS,
    DEFAULT_BASE_IRI,
    FABIO,
    MLS,
    OA,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    bind_prefixes,
)

__all__ = [
    "CLASSES",
    "EVIDENCE_LEVELS",
    "PREDICATES",
    "RdflibTerms",
    "Terms",
    "evidence_level",
    "from_rdf",
    "node_iri",
    "to_rdf",
    "triples",
]

#: How much of each edge's evidence the RDF exports carry, most first (see the module
#: docstring); a graph's own level is ``G.graph["evidence"]``, ``"full"`` if unset.
EVIDENCE_LEVELS = ("full", "compact", "none")


def evidence_level(G: nx.MultiDiGraph) -> str:
    """The evidence level of ``G``'s RDF (``G.graph["evidence"]``, ``"full"`` if unset).

    >>> evidence_level(nx.MultiDiGraph(evidence="compact"))
    'compact'
    """
    level = G.graph.get("evidence") or "full"
    if level not in EVIDENCE_LEVELS:
        raise ValueError(f"evidence level {level!r} is not one of {', '.join(EVIDENCE_LEVELS)}")
    return level


#: rdf:type values per node kind; the first is citekg's own class.
CLASSES: dict[str, tuple[URIRef, ...]] = {
    "paper": (CITEKG.Paper, FABIO.ResearchPaper, SDO.ScholarlyArticle),
    "model": (CITEKG.Model, MLS.Model, SDO.SoftwareApplication),
    "dataset": (CITEKG.Dataset, MLS.Dataset, SDO.Dataset),
    "benchmark": (CITEKG.Benchmark, MLS.Dataset, SDO.Dataset),
    "method": (CITEKG.Method, MLS.Algorithm),
    "organization": (CITEKG.Organization, SDO.Organization),
    "result": (CITEKG.Result, MLS.ModelEvaluation),
}
_KIND_OF_CLASS = {classes[0]: kind for kind, classes in CLASSES.items()}

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
    "reports": CITEKG.reports,
    "on_benchmark": CITEKG.onBenchmark,
    "of_model": CITEKG.ofModel,
}
_KIND_OF_PREDICATE = {pred: kind for kind, pred in PREDICATES.items()}

# node attribute -> (predicate, datatype or None for a plain string); one value each
_LITERALS: dict[str, dict[str, tuple[URIRef, URIRef | None]]] = {
    "paper": {
        "label": (RDFS.label, None),
        "paper_id": (DCTERMS.identifier, None),
        "title": (DCTERMS.title, None),
        "abstract": (DCTERMS.abstract, None),
        "citations": (CITEKG.citationCount, XSD.integer),
        "rank": (CITEKG.rank, XSD.integer),
        "year": (FABIO.hasPublicationYear, XSD.gYear),
        "doi": (CITEKG.doi, None),
        "arxiv_id": (FABIO.hasArXivId, None),
        "openalex_id": (CITEKG.openalexId, None),
        "s2_id": (CITEKG.semanticScholarId, None),
        "source": (CITEKG.source, None),
    },
    "entity": {
        "label": (RDFS.label, None),
        "family": (CITEKG.family, None),
        "parameters": (CITEKG.parameterCount, None),
        "catalog": (CITEKG.catalogSource, None),
    },
    "result": {
        "label": (RDFS.label, None),
        "value": (MLS.hasValue, XSD.decimal),
        "metric": (CITEKG.metric, None),
        "model": (CITEKG.modelName, None),
        "benchmark": (CITEKG.benchmarkName, None),
        "sentence": (CITEKG.sentence, None),
        "rule": (CITEKG.rule, None),
    },
}
# node attribute -> predicate; a list, one triple per item, read back sorted
_LISTS: dict[str, dict[str, URIRef]] = {
    "paper": {"categories": DCTERMS.subject},
    "entity": {"aliases": SKOS.altLabel, "external_ids": CITEKG.externalId},
    "result": {},
}
# edge attribute -> (predicate on the evidence resource, datatype)
_EVIDENCE: dict[str, tuple[URIRef, URIRef | None]] = {
    "rule": (CITEKG.rule, None),
    "confidence": (CITEKG.confidence, XSD.decimal),
    "count": (CITEKG.mentionCount, XSD.integer),
    "sentence": (CITEKG.sentence, None),
}
_QUOTE = ("text", "field", "start", "end")  # edge attributes kept on the annotation target

# datatypes as plain strings: compared on every literal, and str == str runs in C
_GYEAR, _DECIMAL, _INTEGER = str(XSD.gYear), str(XSD.decimal), str(XSD.integer)
_OFFSET = str(XSD.nonNegativeInteger)
for _table in _LITERALS.values():
    for _name, (_pred, _datatype) in _table.items():
        _table[_name] = (_pred, str(_datatype) if _datatype is not None else None)
for _name, (_pred, _datatype) in _EVIDENCE.items():
    _EVIDENCE[_name] = (_pred, str(_datatype) if _datatype is not None else None)

#: The vocabulary terms :func:`triples` writes, by short name.
_VOCAB = {
    "type": RDF.type,
    "Seq": RDF.Seq,
    "Statement": RDF.Statement,
    "subject": RDF.subject,
    "predicate": RDF.predicate,
    "object": RDF.object,
    "KnowledgeGraph": CITEKG.KnowledgeGraph,
    "citekgVersion": CITEKG.citekgVersion,
    "Evidence": CITEKG.Evidence,
    "via": CITEKG.via,
    "field": CITEKG.field,
    "authorList": CITEKG.authorList,
    "label": RDFS.label,
    "prefLabel": SKOS.prefLabel,
    "identifier": SDO.identifier,
    "url": SDO.url,
    "sameAs": SDO.sameAs,
    "creator": DCTERMS.creator,
    "usesDataFrom": CITO.usesDataFrom,
    "usesMethodIn": CITO.usesMethodIn,
    "Annotation": OA.Annotation,
    "hasBody": OA.hasBody,
    "hasTarget": OA.hasTarget,
    "wasDerivedFrom": PROV.wasDerivedFrom,
    "SpecificResource": OA.SpecificResource,
    "hasSource": OA.hasSource,
    "hasSelector": OA.hasSelector,
    "TextPositionSelector": OA.TextPositionSelector,
    "TextQuoteSelector": OA.TextQuoteSelector,
    "start": OA.start,
    "end": OA.end,
    "exact": OA.exact,
}


class _Vocabulary:
    """The terms of :data:`_VOCAB`, the classes, predicates and attribute tables, each
    made once by a :class:`Terms` factory: the inner loops only look them up."""

    def __init__(self, T: Terms) -> None:
        for name, iri in _VOCAB.items():
            setattr(self, name, T.iri(iri))
        self.classes = {kind: tuple(T.iri(c) for c in cs) for kind, cs in CLASSES.items()}
        self.predicates = {kind: T.iri(p) for kind, p in PREDICATES.items()}
        self.literals = {
            group: [(name, T.iri(p), d) for name, (p, d) in table.items()]
            for group, table in _LITERALS.items()
        }
        self.lists = {
            group: [(name, T.iri(p)) for name, p in table.items()]
            for group, table in _LISTS.items()
        }
        self.evidence = [(name, T.iri(p), d) for name, (p, d) in _EVIDENCE.items()]
        self.rdf = str(RDF)

    def __getattr__(self, name: str) -> Any:  # for type checkers: the names are set above
        raise AttributeError(name)


_DOI_SAFE = "/:;._-()"
_ROR = re.compile(r"https://ror\.org/0[a-z0-9]{6}[0-9]{2}")


def node_iri(G: nx.MultiDiGraph, node: str) -> URIRef:
    """The IRI of ``node``: the graph's base IRI plus the percent-encoded node id."""
    return URIRef(mint(G.graph.get("base_iri", DEFAULT_BASE_IRI), node))


def _group(kind: str) -> str:
    return kind if kind in ("paper", "result") else "entity"


def _lexical(value: Any, datatype: str | None) -> str:
    """The lexical form of ``value`` as a ``datatype`` literal (a plain string for None)."""
    if datatype is None:
        return str(value)
    if datatype == _GYEAR:
        return f"{int(value):04d}"
    if datatype == _DECIMAL:
        return _decimal(float(value))
    if datatype == _INTEGER and isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@lru_cache(maxsize=65536)
def _decimal(value: float) -> str:
    """``value`` as an ``xsd:decimal`` lexical form: its shortest repr, never an exponent.

    >>> _decimal(0.95), _decimal(1e-05), _decimal(90.0)
    ('0.95', '0.00001', '90.0')
    """
    return format(Decimal(repr(value)), "f")


class Terms(Protocol):
    """How :func:`triples` makes RDF terms: rdflib's, Oxigraph's, or N-Triples text.

    ``iri`` gets an absolute IRI (a ``str`` or an rdflib ``URIRef``); ``literal``
    a lexical form and a datatype IRI, or None for a plain string.
    """

    def iri(self, value: str) -> Any: ...

    def minted(self, value: str) -> Any:
        """An IRI citekg minted (percent-encoded, so valid as it is), often used once."""
        ...

    def literal(self, lexical: str, datatype: str | None = None) -> Any: ...


class RdflibTerms:
    """rdflib terms: what :func:`to_rdf` adds to its Graph (the default of :func:`triples`)."""

    def iri(self, value: str) -> URIRef:
        return value if isinstance(value, URIRef) else URIRef(value)

    def minted(self, value: str) -> URIRef:
        return URIRef(value)

    def literal(self, lexical: str, datatype: str | None = None) -> Literal:
        return Literal(lexical, datatype=datatype)


def _python(literal: Literal, datatype: str | None) -> Any:
    if datatype == _GYEAR:
        return int(str(literal))
    if datatype == _DECIMAL:
        return float(str(literal))
    if datatype == _INTEGER:
        return int(str(literal))
    return str(literal)


def evidence_iri(G: nx.MultiDiGraph, u: str, v: str, kind: str) -> URIRef:
    """The IRI of the evidence of edge ``(u, v, kind)``: ``evidence/<kind>/<digest>``."""
    return URIRef(_evidence_iri(_base(G), u, v, kind))


def _evidence_iri(base: str, u: str, v: str, kind: str) -> str:
    digest = hashlib.sha1(f"{u}\x1f{kind}\x1f{v}".encode()).hexdigest()[:16]
    return f"{base}evidence/{kind}/{digest}"  # edge kinds are [a-z_]: nothing to encode


def _node_triples(
    data: dict[str, Any], node: str, base: str, T: Terms, V: _Vocabulary, s: Any
) -> Iterator[tuple[Any, ...]]:
    """The triples of one node whose attributes are ``data`` (its class, literals, lists)."""
    kind = data["kind"]
    group = _group(kind)
    for cls in V.classes[kind]:
        yield s, V.type, cls
    for name, pred, datatype in V.literals[group]:
        value = data.get(name)
        if value is not None and value != "":
            yield s, pred, T.literal(_lexical(value, datatype), datatype)
    for name, pred in V.lists[group]:
        for item in data.get(name) or ():
            yield s, pred, T.literal(str(item))
    if group == "entity":
        yield s, V.prefLabel, T.literal(str(data["label"]))
        if data.get("ror"):
            ror = str(data["ror"])
            yield s, V.identifier, T.iri(ror) if _ROR.fullmatch(ror) else T.literal(ror)
        for item in data.get("external_ids") or ():
            if item.startswith("homepage:"):
                yield s, V.url, T.iri(item.partition(":")[2])
    elif kind == "paper":
        if data.get("doi"):
            yield s, V.sameAs, T.iri("https://doi.org/" + quote(data["doi"], safe=_DOI_SAFE))
        if data.get("authors"):
            yield s, V.authorList, T.minted(f"{mint(base, node)}#authors")
            for author in data["authors"]:
                yield s, V.creator, T.literal(str(author))


def _author_list(
    data: dict[str, Any], node: str, base: str, T: Terms, V: _Vocabulary
) -> Iterator[tuple[Any, ...]]:
    """The ``rdf:Seq`` of a paper's authors, in order (its own subject, after the paper)."""
    authors = data.get("authors") if data["kind"] == "paper" else None
    if authors:
        seq = T.minted(f"{mint(base, node)}#authors")
        yield seq, V.type, V.Seq
        for i, author in enumerate(authors, start=1):
            yield seq, T.iri(f"{V.rdf}_{i}"), T.literal(str(author))


def _via_kinds(G: nx.MultiDiGraph, u: str, v: str, kind: str) -> set[str]:
    """The kinds of the entities a ``builds_on`` edge goes through (none for other edges)."""
    if kind != "builds_on":
        return set()
    return {G.nodes[e]["kind"] for e in G.edges[u, v, kind].get("via", ()) if e in G}


def _link_triples(
    kind: str, via_kinds: set[str], V: _Vocabulary, s: Any, o: Any
) -> Iterator[tuple[Any, ...]]:
    """The statement of an edge of ``kind``: one triple, plus CiTO's reading of builds_on,
    from the kinds of the entities it goes through (``via_kinds``)."""
    yield s, V.predicates[kind], o
    if kind == "builds_on":
        if via_kinds & {"dataset", "benchmark"}:
            yield s, V.usesDataFrom, o
        if via_kinds & {"model", "method"}:
            yield s, V.usesMethodIn, o


def _evidence_triples(
    ev_iri: str,
    edge: tuple[str, str, str, dict[str, Any]],
    T: Terms,
    V: _Vocabulary,
    base: str,
    s: Any,
    o: Any,
    paper_is_source: bool,
    level: str = "full",
) -> list[tuple[Any, ...]]:
    """The evidence of one edge at evidence ``level``, as a list: built in one go, it
    costs less than a generator."""
    if level == "none":
        return []
    _, _, kind, data = edge
    extra = {k: x for k, x in data.items() if x is not None and x != "" and x != [] and k != "kind"}
    if not extra:
        return []
    ev = T.minted(ev_iri)
    rdf_type = V.type
    out = [
        (ev, rdf_type, V.Evidence),
        (ev, rdf_type, V.Statement),
        (ev, V.subject, s),
        (ev, V.predicate, V.predicates[kind]),
        (ev, V.object, o),
    ]
    literal = T.literal
    for name, pred, datatype in V.evidence:
        if name in extra:
            out.append((ev, pred, literal(_lexical(extra[name], datatype), datatype)))
    for entity in extra.get("via", ()):
        out.append((ev, V.via, T.minted(mint(base, entity))))
    if level == "full" and (
        "text" in extra or "field" in extra or "start" in extra or "end" in extra
    ):
        paper = s if paper_is_source else o
        target = T.minted(f"{ev_iri}#target")
        out += [
            (ev, rdf_type, V.Annotation),
            (ev, V.hasBody, o),
            (ev, V.hasTarget, target),
            (ev, V.wasDerivedFrom, paper),
            (target, rdf_type, V.SpecificResource),
            (target, V.hasSource, paper),
        ]
        if "field" in extra:
            out.append((target, V.field, literal(str(extra["field"]))))
        has_position = "start" in extra and "end" in extra
        position = T.minted(f"{ev_iri}#position") if has_position else None
        quote = T.minted(f"{ev_iri}#quote") if "text" in extra else None
        if position is not None:
            out.append((target, V.hasSelector, position))
        if quote is not None:
            out.append((target, V.hasSelector, quote))
        if position is not None:
            out += [
                (position, rdf_type, V.TextPositionSelector),
                (position, V.start, literal(str(int(extra["start"])), _OFFSET)),
                (position, V.end, literal(str(int(extra["end"])), _OFFSET)),
            ]
        if quote is not None:
            out += [
                (quote, rdf_type, V.TextQuoteSelector),
                (quote, V.exact, literal(str(extra["text"]))),
            ]
    return out


def _base(G: nx.MultiDiGraph) -> str:
    return G.graph.get("base_iri", DEFAULT_BASE_IRI)


def _header_triples(graph: dict[str, Any], T: Terms, V: _Vocabulary) -> Iterator[tuple[Any, ...]]:
    """The ``ck:KnowledgeGraph`` resource of a graph whose attributes are ``graph``."""
    head = T.iri(graph.get("base_iri", DEFAULT_BASE_IRI))
    yield head, V.type, V.KnowledgeGraph
    yield head, V.citekgVersion, T.literal(str(graph.get("citekg_version", __version__)))
    if graph.get("name"):
        yield head, V.label, T.literal(str(graph["name"]))


def triples(G: nx.MultiDiGraph, terms: Terms | None = None) -> Iterator[tuple[Any, ...]]:
    """Every triple of the graph, each subject's together: the graph's header; each
    node in id order with its outgoing links (by target, then kind); then the
    evidence of each edge, in the order of the evidence IRIs.

    The terms are rdflib's unless ``terms`` makes others (see :class:`Terms`):
    the Turtle and N-Triples writers make Oxigraph terms or N-Triples text
    directly, several times faster than going through rdflib.
    """
    T = terms if terms is not None else RdflibTerms()
    V = _Vocabulary(T)
    base = _base(G)
    level = evidence_level(G)
    yield from _header_triples(G.graph, T, V)
    nodes = {node: T.minted(mint(base, node)) for node in G.nodes}
    for node in sorted(G.nodes):
        s = nodes[node]
        data = G.nodes[node]
        yield from _node_triples(data, node, base, T, V, s)
        for _, v, kind in sorted(G.out_edges(node, keys=True)):
            yield from _link_triples(kind, _via_kinds(G, node, v, kind), V, s, nodes[v])
        yield from _author_list(data, node, base, T, V)
    if level == "none":
        return
    kinds = G.nodes(data="kind")
    # in the order of their IRIs: N-Triples writers sort lines, and sorted runs sort fast
    evidence = sorted(
        ((_evidence_iri(base, *edge[:3]), edge) for edge in G.edges(keys=True, data=True)),
        key=_first,
    )
    for ev_iri, edge in evidence:
        u, v = edge[0], edge[1]
        yield from _evidence_triples(
            ev_iri, edge, T, V, base, nodes[u], nodes[v], kinds[u] == "paper", level
        )


def _first(item: tuple[str, Any]) -> str:
    return item[0]


def to_rdf(G: nx.MultiDiGraph) -> Graph:
    """The graph as an rdflib ``Graph`` with citekg's prefixes bound.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(base_iri="https://example.org/")
    >>> G.add_node("model/gpt-4", kind="model", label="GPT-4", aliases=["GPT4"])
    >>> g = to_rdf(G)
    >>> from citekg.graph.vocab import SKOS
    >>> sorted(str(o) for o in g.objects(predicate=SKOS.altLabel))
    ['GPT4']
    """
    graph = Graph()
    bind_prefixes(graph, G.graph.get("base_iri", DEFAULT_BASE_IRI))
    for triple in triples(G):
        graph.add(triple)
    return graph


def _find_base(graph: Graph, base_iri: str | None) -> str:
    if base_iri is not None:
        return base_iri
    heads = sorted(str(s) for s in graph.subjects(RDF.type, CITEKG.KnowledgeGraph))
    if heads:
        return heads[0]
    for prefix, ns in graph.namespaces():
        if prefix == "kg":
            return str(ns)
    return DEFAULT_BASE_IRI


def from_rdf(graph: Graph, *, base_iri: str | None = None) -> nx.MultiDiGraph:
    """The MultiDiGraph of an RDF graph written by :func:`to_rdf` (or loaded from its Turtle).

    Resources typed with a citekg class become nodes, triples between them
    edges, and evidence resources the edges' attributes. The base IRI is read
    from the ``ck:KnowledgeGraph`` resource unless given.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(name="citekg", citekg_version="0.1.0", base_iri="https://example.org/")
    >>> G.add_node("model/gpt-4", kind="model", label="GPT-4", iri="https://example.org/model/gpt-4",
    ...            aliases=["GPT4"])
    >>> from_rdf(to_rdf(G)).nodes["model/gpt-4"] == G.nodes["model/gpt-4"]
    True
    """
    base = _find_base(graph, base_iri)
    G = nx.MultiDiGraph(base_iri=base)
    head = URIRef(base)
    for label in graph.objects(head, RDFS.label):
        G.graph["name"] = str(label)
    for version in graph.objects(head, CITEKG.citekgVersion):
        G.graph["citekg_version"] = str(version)
    G.graph = {k: G.graph[k] for k in ("name", "citekg_version", "base_iri") if k in G.graph}

    kinds: dict[URIRef, str] = {}
    for cls, kind in _KIND_OF_CLASS.items():
        for s in graph.subjects(RDF.type, cls):
            if isinstance(s, URIRef):
                kinds[s] = kind
    ids = {s: node_id(base, str(s)) or str(s) for s in kinds}
    for s in sorted(kinds, key=lambda x: ids[x]):
        G.add_node(ids[s], **_read_node(graph, s, kinds[s]))
    for s in sorted(kinds, key=lambda x: ids[x]):
        for p, o in sorted(graph.predicate_objects(s)):
            kind = _KIND_OF_PREDICATE.get(p)
            if kind is not None and o in kinds:
                G.add_edge(ids[s], ids[o], key=kind, kind=kind)
    for ev in graph.subjects(RDF.type, CITEKG.Evidence):
        s, p, o = (graph.value(ev, pred) for pred in (RDF.subject, RDF.predicate, RDF.object))
        kind = _KIND_OF_PREDICATE.get(p)
        if kind is None or s not in kinds or o not in kinds:
            continue
        if not G.has_edge(ids[s], ids[o], key=kind):
            G.add_edge(ids[s], ids[o], key=kind, kind=kind)
        G.edges[ids[s], ids[o], kind].update(_read_evidence(graph, ev, ids))
    for node, data in G.nodes(data=True):
        if _group(data["kind"]) == "entity":
            introducers = sorted(u for u, _, k in G.in_edges(node, keys=True) if k == "introduces")
            if introducers:
                data["introduced_by"] = introducers
    return G


def _read_node(graph: Graph, s: URIRef, kind: str) -> dict[str, Any]:
    group = _group(kind)
    data: dict[str, Any] = {"kind": kind}
    for name, (pred, datatype) in _LITERALS[group].items():
        value = graph.value(s, pred)
        if value is not None:
            data[name] = _python(value, datatype)
    data["iri"] = str(s)
    if group == "entity" and graph.value(s, SDO.identifier) is not None:
        data["ror"] = str(graph.value(s, SDO.identifier))
    for name, pred in _LISTS[group].items():
        items = sorted(str(o) for o in graph.objects(s, pred))
        if items or name == "aliases":
            data[name] = items
    if kind == "paper":
        seq = graph.value(s, CITEKG.authorList)
        if seq is not None:
            members = [
                (int(str(p).rpartition("_")[2]), str(o))
                for p, o in graph.predicate_objects(seq)
                if str(p).startswith(str(RDF) + "_")
            ]
            data["authors"] = [name for _, name in sorted(members)]
    return data


def _read_evidence(graph: Graph, ev: Node, ids: dict[URIRef, str | None]) -> dict[str, Any]:
    attrs: dict[str, Any] = {}
    for name, (pred, datatype) in _EVIDENCE.items():
        value = graph.value(ev, pred)
        if value is not None:
            attrs[name] = _python(value, datatype)
    via = sorted(ids.get(o) or str(o) for o in graph.objects(ev, CITEKG.via))
    if via:
        attrs["via"] = via
    target = graph.value(ev, OA.hasTarget)
    if target is not None:
        field = graph.value(target, CITEKG.field)
        if field is not None:
            attrs["field"] = str(field)
        for selector in graph.objects(target, OA.hasSelector):
            if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                attrs["text"] = str(graph.value(selector, OA.exact))
            if (selector, RDF.type, OA.TextPositionSelector) in graph:
                attrs["start"] = int(str(graph.value(selector, OA.start)))
                attrs["end"] = int(str(graph.value(selector, OA.end)))
    return attrs
