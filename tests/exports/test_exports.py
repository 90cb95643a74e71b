"""Turtle and GraphML read back by real clients: rdflib, pyoxigraph, networkx."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import networkx as nx
import pyoxigraph
import rdflib

from citekg.exports import read_graphml, write_graphml, write_turtle
from citekg.exports.graphml import LIST_SEPARATOR

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def _oxigraph_count(path) -> int:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return len(store)


def test_bundled_turtle_parses_identically_in_rdflib_and_oxigraph(bundled_build):
    kg, out = bundled_build
    path = out / "papers.ttl"
    g = rdflib.Graph().parse(path, format="turtle")
    assert len(g) == _oxigraph_count(path) == len(kg.rdf)
    assert len(g) > 1000
    # and both engines answer the same SPARQL question
    query = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <https://w3id.org/citekg/vocab#Paper> }"
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    (ox_row,) = list(store.query(query))
    (rdf_row,) = list(g.query(query))
    assert int(ox_row[0].value) == int(rdf_row[0]) == 100


def test_bundled_graphml_reads_back_in_networkx(bundled_build):
    kg, out = bundled_build
    H = read_graphml(out / "papers.graphml")
    assert H.number_of_nodes() == kg.nx.number_of_nodes()
    assert H.number_of_edges() == kg.nx.number_of_edges()
    paper = next(n for n, d in H.nodes(data=True) if d.get("rank") == 1)
    assert H.nodes[paper]["label"] == "GPT-4 Technical Report"
    assert H.nodes[paper]["citations"] == 20121


def test_graphml_structure(bundled_build):
    _, out = bundled_build
    root = ET.parse(out / "papers.graphml").getroot()
    keys = root.findall(f"{GRAPHML_NS}key")
    names = [(k.get("for"), k.get("attr.name")) for k in keys]
    assert len(names) == len(set(names))  # each attribute declared once per domain
    assert {k.get("attr.type") for k in keys} <= {"boolean", "int", "long", "double", "string"}
    graph = root.find(f"{GRAPHML_NS}graph")
    children = [c.tag.split("}")[1] for c in graph]
    assert children == sorted(children, key=lambda t: t != "node")  # nodes before edges
    edge_ids = [e.get("id") for e in graph.findall(f"{GRAPHML_NS}edge")]
    assert len(edge_ids) == len(set(edge_ids)) and all(edge_ids)
    assert all(e.get("label") for e in graph.findall(f"{GRAPHML_NS}edge"))
    node_keys = {k.get("attr.name"): k.get("id") for k in keys if k.get("for") == "node"}
    for node in graph.findall(f"{GRAPHML_NS}node"):
        present = {d.get("key") for d in node.findall(f"{GRAPHML_NS}data")}
        assert {node_keys[a] for a in ("label", "kind", "r", "g", "b", "size")} <= present
        assert node.get("labels", "").startswith(":")


def test_graphml_sanitises_values():
    G = nx.MultiDiGraph()
    G.add_node(
        "model/x",
        kind="model",
        label="bad\x00\x07name",
        aliases=["a", "b"],
        score=float("nan"),
        extra=None,
        mixed=1,
    )
    G.add_node("model/y", kind="model", label="y", aliases=[], mixed="one")
    G.add_edge("model/x", "model/y", key="variant_of", kind="variant_of")
    G.add_edge("model/x", "model/y", key="compares_with", kind="compares_with")
    buf = io.BytesIO()
    write_graphml(G, buf)
    H = read_graphml(io.BytesIO(buf.getvalue()))
    assert H.nodes["model:x"]["label"] == "badname"
    assert H.nodes["model:x"]["aliases"] == f"a{LIST_SEPARATOR}b"
    assert "score" not in H.nodes["model:x"] and "extra" not in H.nodes["model:x"]
    assert H.nodes["model:x"]["mixed"] == "1" and H.nodes["model:y"]["mixed"] == "one"
    assert H.number_of_edges() == 2  # parallel edges of two kinds survive


def test_turtle_to_an_open_file_and_a_path_agree(bundled_build, tmp_path):
    kg, _ = bundled_build
    buf = io.BytesIO()
    write_turtle(kg.nx, buf)
    write_turtle(kg.nx, tmp_path / "x.ttl")
    assert (tmp_path / "x.ttl").read_bytes() == buf.getvalue()
