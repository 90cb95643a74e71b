"""SHACL shapes (graph/shapes.ttl) and citekg.graph.validate: the bundled build conforms,
broken graphs fail with a readable report, and every shape rejects a crafted bad graph."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rns

from citekg.extract import Institution, Paper, extract_papers
from citekg.graph import build_graph, to_rdf
from citekg.graph.validate import CKSH, ValidationReport, load_shapes, validate
from citekg.graph.vocab import CITEKG, CITO, FABIO, MLS, OA, SH

# rdflib's closed namespaces that raise for an unknown attribute; schema.org and SKOS
# only warn, so they are used through the module (pytest probes module attributes)
DCTERMS, OWL, PROV, RDF, RDFS = rns.DCTERMS, rns.OWL, rns.PROV, rns.RDF, rns.RDFS

SHAPES = load_shapes()
NODE_SHAPES = sorted(str(s)[len(CKSH) :] for s in SHAPES.subjects(RDF.type, SH.NodeShape))
BASE = "https://example.org/kg/"
PAPER = URIRef(BASE + "paper/arxiv-2303.08774")


@pytest.fixture(scope="module")
def tiny():
    """A small graph built by citekg from two papers, with a resource of every shaped class."""
    papers = [
        Paper(
            id="a",
            title="GPT-4 Technical Report",
            abstract="We introduce GPT-4, a large multimodal model developed by OpenAI. GPT-4 "
            "achieves 86.4 on MMLU, outperforming Llama 2. It is trained on ImageNet with LoRA.",
            arxiv_id="2303.08774",
            doi="10.48550/arxiv.2303.08774",
            year=2023,
            citations=100,
            rank=1,
            authors=("Ada Lovelace", "Alan Turing"),
            categories=("cs.CL",),
            institutions=(Institution("Tsinghua University", "https://ror.org/03cve4549"),),
        ),
        Paper(
            id="b",
            title="A Study of GPT-4",
            abstract="We evaluate GPT-4 on MMLU and compare it with Llama 2.",
            references=("arxiv:2303.08774",),
        ),
    ]
    return build_graph(papers, extract_papers(papers), base_iri=BASE)


def _first(g: Graph, cls: URIRef) -> URIRef:
    return min(s for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef))


def test_the_tiny_graph_has_every_class_and_conforms(tiny):
    g = to_rdf(tiny)
    targets = set(SHAPES.objects(predicate=SH.targetClass))
    assert all(next(g.subjects(RDF.type, cls), None) is not None for cls in targets), targets
    report = validate(g)
    assert report.conforms, report.text()
    assert report.violations == [] and report.triples == len(g)
    assert report.text() == f"conforms: {len(g):,} triples, {len(NODE_SHAPES)} shapes"


def test_the_bundled_build_conforms(bundled_build):
    import citekg

    kg, out = bundled_build
    report = citekg.validate(out / "papers.ttl")  # the Turtle export, as a consumer reads it
    assert isinstance(report, ValidationReport)
    assert report.conforms, report.text()
    assert report.triples == len(kg.rdf) > 10_000
    assert report.shapes == len(NODE_SHAPES) >= 13
    assert report.text().startswith("conforms: ")


def test_a_paper_without_a_title_fails_with_a_clear_report(tiny):
    g = to_rdf(tiny)
    g.remove((PAPER, DCTERMS.title, None))
    report = validate(g)
    assert not report.conforms
    (v,) = report.violations
    assert (v.focus, v.path, v.value) == (str(PAPER), str(DCTERMS.title), "")
    assert v.severity == "Violation"
    assert v.shape == str(CKSH.PaperShape) and "title" in v.message
    line, summary = report.text().splitlines()
    assert line.startswith("kg:paper/arxiv-2303.08774  dcterms:title  Violation: a paper needs")
    assert line.endswith("(shape cksh:PaperShape)")
    assert summary == "does not conform: 1 violation in 1 focus node"


def test_a_result_without_a_value_fails_with_a_clear_report(tiny):
    g = to_rdf(tiny)
    result = _first(g, CITEKG.Result)
    g.remove((result, MLS.hasValue, None))
    g.set((PAPER, CITEKG.rank, Literal(0)))  # and a second defect, on another focus node
    report = validate(g)
    assert not report.conforms
    assert [(v.focus, v.path) for v in report.violations] == sorted(
        [(str(PAPER), str(CITEKG.rank)), (str(result), str(MLS.hasValue))]
    )
    text = report.text()
    short = "kg:" + str(result).removeprefix(BASE)
    assert f"{short}  mls:hasValue  Violation: a result needs exactly one value" in text
    assert '  ck:rank  "0"  Violation: ' in text  # literal values are quoted
    assert "(shape cksh:ResultShape)" in text
    assert text.endswith("does not conform: 2 violations in 2 focus nodes")


def _set(g: Graph, s: URIRef, p: URIRef, o) -> None:
    g.set((s, p, o))


def _another_kg(g: Graph) -> None:
    other = URIRef("https://example.org/other/")
    g.add((other, RDF.type, CITEKG.KnowledgeGraph))
    g.add((other, CITEKG.citekgVersion, Literal("0.1.0")))


def _introduced_not_mentioned(g: Graph) -> None:
    entity = next(g.objects(PAPER, CITEKG.introduces))
    g.remove((PAPER, CITEKG.mentions, entity))


# One crafted defect per node shape: (how to break the tiny graph, words of the message).
BAD_CASES = {
    "KnowledgeGraphShape": (
        lambda g: g.remove((URIRef(BASE), CITEKG.citekgVersion, None)),
        "citekg version",
    ),
    "PaperShape": (lambda g: _set(g, PAPER, CITEKG.citationCount, Literal(-1)), "citation count"),
    "ModelShape": (
        lambda g: g.remove((_first(g, CITEKG.Model), RDF.type, MLS.Model)),
        "also an mls:Model",
    ),
    "MethodShape": (
        lambda g: g.add((_first(g, CITEKG.Method), RDFS.label, Literal("Another name"))),
        "exactly one name",
    ),
    "DatasetShape": (
        lambda g: _set(g, _first(g, CITEKG.Dataset), rns.SKOS.prefLabel, Literal("Other")),
        "prefLabel",
    ),
    "BenchmarkShape": (
        lambda g: g.add((_first(g, CITEKG.Benchmark), CITEKG.variantOf, _first(g, CITEKG.Model))),
        "variant of",
    ),
    "OrganizationShape": (
        lambda g: g.add((_first(g, CITEKG.Model), CITEKG.mentions, _first(g, CITEKG.Organization))),
        "only papers",
    ),
    "ResultShape": (
        lambda g: g.add((_first(g, CITEKG.Paper), CITEKG.reports, _first(g, CITEKG.Result))),
        "reported",
    ),
    "EvidenceShape": (
        lambda g: _set(g, _first(g, CITEKG.Evidence), CITEKG.confidence, Literal(Decimal("1.5"))),
        "confidence",
    ),
    "AnnotationShape": (
        lambda g: _set(g, _first(g, OA.Annotation), OA.hasBody, PAPER),
        "oa:hasBody",
    ),
    "SpecificResourceShape": (
        lambda g: _set(g, _first(g, OA.SpecificResource), CITEKG.field, Literal("body")),
        "ck:field",
    ),
    "TextPositionSelectorShape": (
        lambda g: _set(
            g,
            _first(g, OA.TextPositionSelector),
            OA.start,
            Literal(10_000, datatype=rns.XSD.nonNegativeInteger),
        ),
        "oa:start",
    ),
    "TextQuoteSelectorShape": (
        lambda g: _set(g, _first(g, OA.TextQuoteSelector), OA.exact, Literal("")),
        "oa:exact",
    ),
}


def test_every_shape_is_a_target_class_shape_with_names_and_messages():
    assert len(NODE_SHAPES) >= 13
    for name in NODE_SHAPES:
        shape = CKSH[name]
        assert len(list(SHAPES.objects(shape, SH.targetClass))) == 1, name
        assert SHAPES.value(shape, SH.name) and SHAPES.value(shape, SH.description), name
        properties = list(SHAPES.objects(shape, SH.property))
        assert properties, name
        for prop in properties:
            assert SHAPES.value(prop, SH.message), (name, SHAPES.value(prop, SH.path))
    for constraint in SHAPES.objects(predicate=SH.sparql):
        assert SHAPES.value(constraint, SH.message) and SHAPES.value(constraint, SH.select)


def test_bad_cases_name_only_existing_shapes():
    assert set(BAD_CASES) <= set(NODE_SHAPES), set(BAD_CASES) - set(NODE_SHAPES)


@pytest.mark.parametrize("name", NODE_SHAPES)
def test_each_shape_rejects_a_crafted_bad_graph(tiny, name):
    if name not in BAD_CASES:
        pytest.fail(f"cksh:{name} has no crafted bad graph in BAD_CASES")
    break_it, words = BAD_CASES[name]
    g = to_rdf(tiny)
    break_it(g)
    report = validate(g)
    assert not report.conforms
    mine = [v for v in report.violations if v.shape == str(CKSH[name])]
    assert mine, report.text()
    assert any(words in v.message for v in mine), report.text()
    assert f"(shape cksh:{name})" in report.text()


@pytest.mark.parametrize(
    ("break_it", "path", "words"),
    [
        (_another_kg, "", "exactly one ck:KnowledgeGraph"),
        (_introduced_not_mentioned, str(CITEKG.introduces), "does not ck:mentions it"),
        (lambda g: g.remove((None, CITO.cites, None)), "", "not in the graph"),
        (
            lambda g: _set(g, _first(g, OA.TextQuoteSelector), OA.exact, Literal("zzz")),
            "",
            "is not the text of the paper's",
        ),
    ],
    ids=["two-graphs", "introduced-not-mentioned", "evidence-of-no-statement", "wrong-quote"],
)
def test_the_graph_wide_checks(tiny, break_it, path, words):
    g = to_rdf(tiny)
    break_it(g)
    report = validate(g)
    graph_wide = [
        v
        for v in report.violations
        if v.shape == str(CKSH.KnowledgeGraphShape) and v.focus == BASE and words in v.message
    ]
    assert len(graph_wide) == 1, report.text()
    (v,) = graph_wide
    assert v.path == path and v.value.startswith("https://example.org/")
    assert BASE not in report.text()  # IRIs in the report and its messages are shortened


def test_inverse_paths_read_with_a_caret(tiny):
    g = to_rdf(tiny)
    BAD_CASES["OrganizationShape"][0](g)
    report = validate(g)
    (v,) = report.violations
    assert v.path == "^" + str(CITEKG.mentions)
    assert "  ^ck:mentions  kg:model/" in report.text()


def test_violations_are_sorted_and_the_report_is_frozen(tiny):
    g = to_rdf(tiny)
    for break_it, _ in BAD_CASES.values():
        break_it(g)
    report = validate(g)
    assert len(report.violations) >= len(BAD_CASES)
    assert report.violations == sorted(report.violations)
    assert {v.shape for v in report.violations} >= {str(CKSH[n]) for n in BAD_CASES}
    with pytest.raises(AttributeError):
        report.conforms = True  # type: ignore[misc]


def test_the_api_takes_a_networkx_graph(tiny):
    import citekg

    assert citekg.validate(tiny).conforms


_NAMESPACES = (CITEKG, FABIO, CITO, MLS, OA, rns.SDO, DCTERMS, rns.SKOS, PROV, RDF, RDFS, OWL)
_PREFIXED = re.compile(r"(?<![\w/#])(ck|oa|rdf|dcterms):([A-Za-z_]\w*)")


def test_the_shapes_use_only_terms_that_exist():
    """Every ck: term is in CITEKG (a typo raises), every standard term in its closed
    namespace, including the terms the SPARQL constraints name."""
    iris = {t for triple in SHAPES for t in triple if isinstance(t, URIRef)}
    prefixes = {"ck": str(CITEKG), "oa": str(OA), "rdf": str(RDF), "dcterms": str(DCTERMS)}
    for query in SHAPES.objects(predicate=SH.select):
        iris |= {URIRef(prefixes[p] + name) for p, name in _PREFIXED.findall(str(query))}
    checked = 0
    for iri in sorted(iris):
        if iri.startswith(str(CITEKG)):
            getattr(CITEKG, iri.removeprefix(str(CITEKG)))  # raises for an undefined term
        for ns in _NAMESPACES:
            if iri.startswith(str(ns)) and iri != URIRef(str(ns)):
                assert iri in ns, iri
                checked += 1
    assert checked > 50
    with pytest.raises(AttributeError):
        CITEKG.hasValue  # noqa: B018  (the check above would catch a ck: typo like this)
