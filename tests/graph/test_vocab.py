"""The vocabulary: ontology.ttl and the closed namespace agree, and every standard term exists.

Standard terms are checked against the published vocabulary files copied into
``tests/data/vocab`` (FaBiO, CiTO, ML Schema, Web Annotation) and against
rdflib's closed namespaces (schema.org, Dublin Core, SKOS, PROV-O, RDF, RDFS,
OWL, XSD).
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rns

from citekg.extract import Institution, Paper, extract_papers
from citekg.graph import build_graph, to_rdf
from citekg.graph.vocab import CITEKG, CITO, FABIO, MLS, OA, VOCAB_IRI, ontology

# rdflib's closed namespaces, used through the module: pytest would otherwise probe
# them for attributes at collection and rdflib warn about each
DCTERMS, OWL, PROV, RDF, RDFS = rns.DCTERMS, rns.OWL, rns.PROV, rns.RDF, rns.RDFS

PUBLISHED = {str(FABIO): "fabio.ttl", str(CITO): "cito.ttl", str(MLS): "mls.ttl", str(OA): "oa.ttl"}
CLOSED = (rns.SDO, DCTERMS, rns.SKOS, PROV, RDF, RDFS, OWL, rns.XSD)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return ontology()


@pytest.fixture(scope="module")
def published(data_dir) -> dict[str, set[URIRef]]:
    """Namespace -> the terms its published file declares (subjects with a type)."""
    out = {}
    for ns, name in PUBLISHED.items():
        g = Graph().parse(data_dir / "vocab" / name, format="turtle")
        out[ns] = {s for s in g.subjects(RDF.type) if isinstance(s, URIRef)}
    return out


def _citekg_terms() -> set[URIRef]:
    return {CITEKG[name] for name in CITEKG.__annotations__}


def test_a_typo_fails():
    with pytest.raises(AttributeError):
        CITEKG.mentoins  # noqa: B018
    with pytest.raises(AttributeError):
        FABIO.hasArxivId  # noqa: B018  (the published spelling is hasArXivId)


def test_ontology_and_namespace_define_the_same_terms(onto):
    declared = {
        s for s in onto.subjects(RDF.type) if isinstance(s, URIRef) and str(s).startswith(VOCAB_IRI)
    }
    assert declared == _citekg_terms()


def test_every_term_has_a_kind_a_label_and_a_comment(onto):
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    for term in sorted(_citekg_terms()):
        assert set(onto.objects(term, RDF.type)) & kinds, term
        labels = list(onto.objects(term, RDFS.label))
        assert len(labels) == 1 and labels[0].language == "en", term
        assert len(list(onto.objects(term, RDFS.comment))) == 1, term


def test_classes_and_properties_link_to_standard_terms(onto):
    assert (CITEKG.Paper, RDFS.subClassOf, FABIO.ResearchPaper) in onto
    assert (CITEKG.Model, RDFS.subClassOf, MLS.Model) in onto
    assert (CITEKG.Result, RDFS.subClassOf, MLS.ModelEvaluation) in onto
    assert (CITEKG.mentions, RDFS.subPropertyOf, rns.SDO.mentions) in onto
    assert (CITEKG.introduces, RDFS.subPropertyOf, CITEKG.mentions) in onto
    assert (CITEKG.variantOf, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto
    assert (CITEKG.buildsOn, RDFS.subPropertyOf, PROV.wasInfluencedBy) in onto
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        for rng in onto.objects(prop, RDFS.range):
            assert isinstance(rng, URIRef)


def _external_terms(graph: Graph) -> set[URIRef]:
    terms = set()
    for s, p, o in graph:
        terms.add(p)
        for node in (s, o):
            if isinstance(node, URIRef) and (
                p in (RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)
                or node == s
            ):
                terms.add(node)
        if isinstance(o, Literal) and o.datatype is not None:
            terms.add(o.datatype)
    return {t for t in terms if not str(t).startswith(VOCAB_IRI)}


def _exists(term: URIRef, published: dict[str, set[URIRef]]) -> bool:
    for ns, declared in published.items():
        if str(term).startswith(ns):
            return term in declared
    for ns in CLOSED:
        if str(term).startswith(str(ns)):
            name = str(term)[len(str(ns)) :]
            if ns is RDF and name.startswith("_") and name[1:].isdigit():
                return True  # rdf:_1, rdf:_2... are container membership properties
            return term in ns
    return False


def _is_vocabulary_term(term: URIRef, published) -> bool:
    namespaces = [*published, *(str(ns) for ns in CLOSED)]
    return any(str(term).startswith(ns) for ns in namespaces)


def test_every_standard_term_of_the_ontology_exists(onto, published):
    terms = {t for t in _external_terms(onto) if _is_vocabulary_term(t, published)}
    assert rns.SDO.mentions in terms and MLS.ModelEvaluation in terms  # the check sees them
    missing = sorted(t for t in terms if not _exists(t, published))
    assert missing == []


def _full_paper_graph() -> Graph:
    """A graph whose paper has every field an input can give."""
    paper = Paper(
        id="p",
        title="Visual Instruction Tuning",
        abstract="We introduce LLaVA, trained on COCO. LLaVA reaches 85.1% on ScienceQA.",
        citations=1,
        rank=1,
        year=2023,
        doi="10.1/x",
        arxiv_id="2304.08485",
        openalex_id="W1",
        s2_id="abc",
        authors=("A. One", "B. Two"),
        categories=("cs.CV",),
        institutions=(Institution("Example University", "https://ror.org/012345678"),),
    )
    follow_up = Paper(
        id="q", title="A Follow-Up", abstract="We extend LLaVA.", references=("arxiv:2304.08485",)
    )
    papers = [paper, follow_up]
    return to_rdf(build_graph(papers, extract_papers(papers)))


def test_every_standard_term_of_the_export_exists(bundled_build, published):
    kg, _ = bundled_build
    terms = set()
    for _s, p, o in kg.rdf + _full_paper_graph():
        terms.add(p)
        if p == RDF.type:
            terms.add(o)
        if isinstance(o, Literal) and o.datatype is not None:
            terms.add(o.datatype)
    terms = {t for t in terms if not str(t).startswith(VOCAB_IRI)}
    assert FABIO.hasArXivId in terms and OA.TextQuoteSelector in terms and CITO.cites in terms
    unknown_namespace = sorted(t for t in terms if not _is_vocabulary_term(t, published))
    assert unknown_namespace == []
    missing = sorted(t for t in terms if not _exists(t, published))
    assert missing == []


def test_the_check_catches_a_made_up_term(published):
    assert not _exists(URIRef(str(FABIO) + "hasArxivId"), published)
    assert not _exists(URIRef(str(rns.SDO) + "citationCountz"), published)
    assert _exists(FABIO.hasArXivId, published)


def _closure(onto: Graph, cls: URIRef) -> set[URIRef]:
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if c not in seen:
            seen.add(c)
            todo.extend(o for o in onto.objects(c, RDFS.subClassOf) if isinstance(o, URIRef))
    return seen


def test_the_export_respects_domains_and_ranges(bundled_build, onto):
    """Every citekg property joins resources of the classes the ontology says (RDFS reading)."""
    kg, _ = bundled_build
    g = kg.rdf
    types: dict[URIRef, set[URIRef]] = {}
    for s, _, o in g.triples((None, RDF.type, None)):
        types.setdefault(s, set()).update(_closure(onto, o))
    checked = 0
    for prop in sorted(_citekg_terms()):
        domains = set(onto.objects(prop, RDFS.domain))
        ranges = {r for r in onto.objects(prop, RDFS.range) if not str(r).startswith(str(rns.XSD))}
        for s, _, o in g.triples((None, prop, None)):
            for domain in domains:
                assert domain in types.get(s, set()), (s, prop, domain)
            for rng in ranges:
                assert isinstance(o, URIRef) and rng in types.get(o, set()), (o, prop, rng)
            checked += 1
    assert checked > 1000
