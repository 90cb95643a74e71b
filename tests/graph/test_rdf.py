"""RDF: the same graph as the MultiDiGraph, IRIs any parser accepts, the same bytes in any order."""

from __future__ import annotations

import io
import random

import networkx as nx
import pyoxigraph
import pytest
import rdflib
import rdflib.compare
from rdflib import BNode, URIRef
from rdflib import namespace as rns

import citekg
from citekg.errors import InputError
from citekg.exports import write_graphml, write_turtle
from citekg.extract import Paper, extract_papers
from citekg.graph import build_graph, from_rdf, to_rdf
from citekg.graph.iri import check_base_iri
from citekg.graph.vocab import CITEKG, CITO, OA, VOCAB_IRI

HOSTILE = 'Net <x> "q" #1 % 100\x07 été 中文 \\ {a|b} ^`'


def _equal(G: nx.MultiDiGraph, H: nx.MultiDiGraph) -> None:
    """Same nodes, edges, keys and attributes; a readable diff when not."""
    assert set(G.nodes) == set(H.nodes)
    for node in G.nodes:
        assert G.nodes[node] == H.nodes[node], node
    edges_g = {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}
    edges_h = {(u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)}
    assert set(edges_g) == set(edges_h)
    for edge, data in edges_g.items():
        assert data == edges_h[edge], edge
    assert G.graph == H.graph
    assert nx.utils.graphs_equal(G, H)


def test_networkx_to_rdf_and_back_loses_nothing_on_the_bundled_corpus(bundled_build):
    kg, out = bundled_build
    _equal(kg.nx, from_rdf(kg.rdf))
    # through the exported Turtle, read by rdflib
    _equal(kg.nx, from_rdf(rdflib.Graph().parse(out / "papers.ttl", format="turtle")))


def test_the_round_trip_keeps_every_kind_of_attribute(bundled_build):
    G = from_rdf(bundled_build[0].rdf)
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    assert kinds == {"paper", "model", "dataset", "benchmark", "method", "organization", "result"}
    edge_kinds = {k for *_, k in G.edges(keys=True)}
    assert {"mentions", "introduces", "builds_on", "reports", "on_benchmark", "of_model"} <= (
        edge_kinds
    )
    mention = next(d for *_, k, d in G.edges(keys=True, data=True) if k == "mentions")
    assert {"text", "field", "start", "end", "sentence", "rule", "confidence", "count"} <= set(
        mention
    )
    result = next(d for _, d in G.nodes(data=True) if d["kind"] == "result")
    assert isinstance(result["value"], float) and result["benchmark"]


def test_evidence_is_a_web_annotation_that_selects_the_quote(bundled_build):
    kg, out = bundled_build
    G = kg.nx
    paper = next(n for n, d in G.nodes(data=True) if d.get("title") == "Visual Instruction Tuning")
    data = G.edges[paper, "model/llava", "introduces"]
    store = pyoxigraph.Store()
    store.load(path=str(out / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    query = f"""
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX ck: <{VOCAB_IRI}>
        PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?start ?end ?exact ?field ?source WHERE {{
          ?ev rdf:subject <{G.nodes[paper]["iri"]}> ; rdf:predicate ck:introduces ;
              rdf:object <{G.nodes["model/llava"]["iri"]}> ;
              a oa:Annotation ; oa:hasTarget ?t .
          ?t oa:hasSource ?source ; ck:field ?field ;
             oa:hasSelector ?pos, ?quote .
          ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
          ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
        }}"""
    rows = list(store.query(query))
    assert len(rows) == 1
    row = rows[0]
    start, end = int(row["start"].value), int(row["end"].value)
    exact, field = row["exact"].value, row["field"].value
    assert (start, end, exact, field) == (data["start"], data["end"], data["text"], data["field"])
    text = G.nodes[paper]["title"] if field == "title" else G.nodes[paper]["abstract"]
    assert text[start:end] == exact
    assert row["source"].value == G.nodes[paper]["iri"]


def test_no_blank_nodes_and_vocabulary_apart_from_data(bundled_build):
    kg, _ = bundled_build
    base = kg.nx.graph["base_iri"]
    for triple in kg.rdf:
        assert not any(isinstance(t, BNode) for t in triple)
    subjects = {s for s in kg.rdf.subjects() if isinstance(s, URIRef)}
    assert all(str(s).startswith(base) for s in subjects)
    assert not any(str(s).startswith(VOCAB_IRI) for s in subjects)
    assert not VOCAB_IRI.startswith(base) and not base.startswith(VOCAB_IRI)


def test_builds_on_reads_as_cito(bundled_build):
    kg, _ = bundled_build
    G = kg.nx
    titles = {d.get("title"): n for n, d in G.nodes(data=True) if d["kind"] == "paper"}
    a = URIRef(G.nodes[titles["Improved Baselines with Visual Instruction Tuning"]]["iri"])
    b = URIRef(G.nodes[titles["Visual Instruction Tuning"]]["iri"])
    assert (a, CITEKG.buildsOn, b) in kg.rdf
    assert (a, CITO.usesMethodIn, b) in kg.rdf  # through a model


def test_hostile_names_give_turtle_both_engines_read(tmp_path):
    G = build_graph(
        [
            Paper(
                id=HOSTILE,
                title=HOSTILE,
                abstract=f"We train {HOSTILE} on ImageNet.",
                doi='10.1000/<weird> "doi"#%',
                authors=(HOSTILE, "O'Brien; Jr."),
            )
        ],
        extract_papers([Paper(id=HOSTILE, title=HOSTILE, abstract="We train on ImageNet.")]),
    )
    G.add_node(HOSTILE, kind="model", label=HOSTILE, aliases=[HOSTILE])
    G.add_edge(
        next(iter(n for n in G if n.startswith("paper/"))),
        HOSTILE,
        key="mentions",
        kind="mentions",
        text=HOSTILE,
        sentence=HOSTILE,
        start=0,
        end=3,
    )
    path = tmp_path / "hostile.ttl"
    write_turtle(G, path)
    parsed = rdflib.Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(parsed) == len(to_rdf(G))
    labels = {str(o) for o in parsed.objects(predicate=rns.RDFS.label)}
    assert HOSTILE in labels
    oxi = {
        row["l"].value
        for row in store.query(
            "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        )
    }
    assert oxi == labels
    back = from_rdf(parsed)
    assert back.nodes[HOSTILE]["label"] == HOSTILE
    assert back.nodes[HOSTILE]["aliases"] == [HOSTILE]
    paper = next(n for n in back if n.startswith("paper/"))
    assert back.nodes[paper]["authors"] == [HOSTILE, "O'Brien; Jr."]
    assert back.edges[paper, HOSTILE, "mentions"]["text"] == HOSTILE


def test_base_iri_is_checked_and_used(tmp_path, data_dir):
    assert check_base_iri("https://example.org/kg#") == "https://example.org/kg#"
    for bad in ("example.org/kg/", "https://example.org/k g/", "https://example.org/kg"):
        with pytest.raises(InputError):
            check_base_iri(bad)
    with pytest.raises(InputError):
        citekg.build(data_dir / "papers.csv", base_iri="not an iri")
    kg = citekg.build(data_dir / "papers.csv", base_iri="urn:x-kg:")
    papers = [n for n, d in kg.nx.nodes(data=True) if d["kind"] == "paper"]
    assert all(kg.nx.nodes[n]["iri"].startswith("urn:x-kg:") for n in papers)
    store = pyoxigraph.Store()
    store.load(kg.rdf.serialize(format="turtle").encode(), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(kg.rdf)


def _exports(G: nx.MultiDiGraph) -> tuple[bytes, bytes]:
    ttl, graphml = io.BytesIO(), io.BytesIO()
    write_turtle(G, ttl)
    write_graphml(G, graphml)
    return ttl.getvalue(), graphml.getvalue()


def test_any_input_order_gives_the_same_bytes(bundled_build):
    kg, _ = bundled_build
    papers, extractions = list(kg.papers), list(kg.extractions)
    first = _exports(kg.nx)
    rng = random.Random(7)
    for _ in range(2):
        rng.shuffle(papers)
        rng.shuffle(extractions)
        G = build_graph(papers, extractions, catalog=_catalog(), base_iri=kg.nx.graph["base_iri"])
        assert _exports(G) == first


def _catalog():
    from citekg.extract.pipeline import cached_pipeline

    return {e.key: e for e in cached_pipeline().get_pipe("citekg_catalog").entries}


def test_input_files_in_any_order_give_the_same_bytes(tmp_path, data_dir):
    """Duplicates across files merge the same way whichever file comes first."""
    a, b = data_dir / "openalex_works.jsonl", data_dir / "s2_papers.jsonl"
    one = citekg.build([a, b], tmp_path / "ab", on_reject=lambda r: None)
    two = citekg.build([b, a], tmp_path / "ba", on_reject=lambda r: None)
    assert one.report.merged == two.report.merged
    for name in ("papers.ttl", "papers.graphml"):
        assert (tmp_path / "ab" / name).read_bytes() == (tmp_path / "ba" / name).read_bytes()


def test_typed_literals(bundled_build):
    kg, _ = bundled_build
    g = kg.rdf
    counts = list(g.objects(predicate=CITEKG.citationCount))
    assert counts and all(o.datatype == rns.XSD.integer for o in counts)
    years = list(
        g.objects(predicate=rdflib.URIRef("http://purl.org/spar/fabio/hasPublicationYear"))
    )
    assert all(o.datatype == rns.XSD.gYear for o in years)
    ends = list(g.objects(predicate=OA.end))
    assert ends and all(o.datatype == rns.XSD.nonNegativeInteger for o in ends)


def test_the_fast_turtle_writer_and_rdflib_give_the_same_graph(bundled_build):
    from citekg.exports.turtle import generate_turtle

    kg, _ = bundled_build
    text = generate_turtle(kg.nx)
    fast = rdflib.Graph().parse(data=text, format="turtle")
    assert set(fast) == set(kg.rdf)  # no blank nodes: isomorphic means equal
    assert rdflib.compare.isomorphic(fast, kg.rdf)
    assert b"\\/" not in text  # data IRIs are written whole, not as escaped kg: names


@pytest.mark.parametrize("name", ["turtle", "ntriples", "jsonld"])
def test_hostile_names_survive_every_rdf_format_in_both_engines(name, tmp_path):
    from citekg.exports import FORMATS

    G = nx.MultiDiGraph(base_iri="https://example.org/kg/")
    G.add_node(HOSTILE, kind="model", label=HOSTILE, aliases=[HOSTILE, "tab\there"])
    G.add_node("paper/p", kind="paper", label="P", title="P", authors=[HOSTILE], citations=3)
    G.add_edge("paper/p", HOSTILE, key="mentions", kind="mentions", text=HOSTILE, start=0, end=3)
    fmt = FORMATS[name]
    path = tmp_path / fmt.filename
    fmt.writer(G, path)
    expected = {(s.n3(), p.n3(), o.n3()) for s, p, o in to_rdf(G)}
    parsed = fmt.reader(path)
    assert {(s.n3(), p.n3(), o.n3()) for s, p, o in parsed} == expected
    store = pyoxigraph.Store()
    ox_format = {
        "turtle": pyoxigraph.RdfFormat.TURTLE,
        "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
        "jsonld": pyoxigraph.RdfFormat.JSON_LD,
    }[name]
    store.load(path=str(path), format=ox_format)
    assert len(store) == len(expected)
    back = from_rdf(parsed)
    assert back.nodes[HOSTILE]["label"] == HOSTILE
    assert back.nodes["paper/p"]["authors"] == [HOSTILE]
