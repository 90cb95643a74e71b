"""Every export format: written, read back by citekg and by the real clients, same content."""

from __future__ import annotations

import csv
import gzip
import io
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
import rdflib

import citekg
from citekg.exports import FORMATS, get_format, resolve_formats
from citekg.exports.graphml import node_from_xml_id
from citekg.exports.jsonld import jsonld_context
from citekg.exports.ntriples import write_ntriples
from citekg.graph.rdf import to_rdf
from tests.nodejs import read_with_graphology

GRAPHML_SCHEMAS = Path(__file__).parents[1] / "data" / "graphml"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def _property_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with only the graph attribute property-graph formats keep (the base IRI)."""
    H = G.copy()
    H.graph = {k: v for k, v in G.graph.items() if k == "base_iri"}
    return H


def _triples(graph: rdflib.Graph) -> set[tuple[str, str, str]]:
    return {(s.n3(), p.n3(), o.n3()) for s, p, o in graph}


@pytest.fixture(scope="module")
def G(bundled_build) -> nx.MultiDiGraph:
    return bundled_build[0].nx


@pytest.fixture(scope="module")
def written(G, tmp_path_factory) -> dict[str, Path]:
    """Every format written once through its writer, to a path."""
    out = tmp_path_factory.mktemp("formats")
    paths = {}
    for fmt in FORMATS.values():
        paths[fmt.name] = out / fmt.filename
        fmt.writer(G, paths[fmt.name])
    return paths


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_round_trips(name, G, written):
    fmt = FORMATS[name]
    H = fmt.read_graph(written[name])
    if fmt.model == "rdf":
        assert nx.utils.graphs_equal(G, H)  # the very graph, name and version included
    else:
        assert nx.utils.graphs_equal(_property_graph(G), H)
    assert H.number_of_nodes() == G.number_of_nodes() > 400
    assert H.number_of_edges() == G.number_of_edges() > 900
    assert nx.utils.graphs_equal(_property_graph(citekg.load(written[name]).nx), _property_graph(G))


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.folder])
def test_writers_take_a_path_or_an_open_file_and_are_deterministic(name, G, written):
    buf = io.BytesIO()
    FORMATS[name].writer(G, buf)
    assert buf.getvalue() == written[name].read_bytes()
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(G.graph)
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    again = io.BytesIO()
    FORMATS[name].writer(shuffled, again)
    assert again.getvalue() == buf.getvalue()


def test_format_table_names_and_choices():
    assert list(FORMATS) == ["turtle", "ntriples", "jsonld", "graphml", "gexf", "neo4j"]
    assert get_format("nt") is FORMATS["ntriples"] and get_format("JSON-LD") is FORMATS["jsonld"]
    assert [f.name for f in resolve_formats(None)] == ["turtle", "graphml"]
    with pytest.raises(KeyError, match="choose from"):
        get_format("docx")
    result = subprocess.run(
        [sys.executable, "-m", "citekg", "formats"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    for fmt in FORMATS.values():
        assert fmt.filename in result.stdout and fmt.name in result.stdout


def test_build_writes_every_format_atomically_and_lists_them(tmp_path):
    out = tmp_path / "out"
    kg = citekg.build(out_dir=out, formats=["all"])
    import json

    manifest = json.loads((out / "build.json").read_text())
    for fmt in FORMATS.values():
        assert (out / fmt.filename).exists(), fmt.filename
    assert "papers.context.jsonld" in manifest["files"]
    assert "neo4j/nodes-paper.csv" in manifest["files"]
    assert not [p for p in out.iterdir() if ".citekg-tmp-" in p.name]
    # a second build replaces the neo4j folder as a whole
    (out / "neo4j" / "stale.csv").write_text("old")
    citekg.build(out_dir=out, formats=["neo4j"])
    assert not (out / "neo4j" / "stale.csv").exists()
    assert kg.report.outputs["papers.gexf"] == out / "papers.gexf"


def test_build_options_that_do_not_fit_are_usage_errors(tmp_path):
    with pytest.raises(citekg.UsageError, match="N-Triples"):
        citekg.build(out_dir=tmp_path, formats=["turtle"], shard_size=10)
    with pytest.raises(citekg.UsageError, match="unknown export format"):
        citekg.build(out_dir=tmp_path, formats=["docx"])


# --- RDF formats ------------------------------------------------------------------------------


def test_ntriples_are_sorted_distinct_and_equal_to_the_graph(G, written):
    lines = written["ntriples"].read_bytes().splitlines()
    assert lines == sorted(set(lines))
    assert _triples(rdflib.Graph().parse(written["ntriples"], format="nt")) == _triples(to_rdf(G))


def test_ntriples_gzip_shards_are_deterministic_and_complete(G, tmp_path):
    write_ntriples(G, tmp_path / "a", compress=True, shard_size=5000)
    write_ntriples(G, tmp_path / "b", compress=True, shard_size=5000)
    shards = sorted((tmp_path / "a").iterdir())
    assert [p.name for p in shards][:2] == ["part-00000.nt.gz", "part-00001.nt.gz"]
    for shard in shards:
        assert shard.read_bytes() == (tmp_path / "b" / shard.name).read_bytes()
    parts = [gzip.decompress(p.read_bytes()).splitlines() for p in shards]
    assert all(len(part) <= 5000 for part in parts) and len(parts[0]) == 5000
    joined = [line for part in parts for line in part]
    assert joined == sorted(joined) and len(joined) == len(to_rdf(G))
    # and Oxigraph's bulk loader takes the shards as they are
    store = pyoxigraph.Store()
    for shard in shards:
        store.bulk_load(gzip.decompress(shard.read_bytes()), pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(store) == len(to_rdf(G))


def test_ntriples_sorted_on_disk_equal_the_in_memory_sort(G, written, tmp_path, monkeypatch):
    import citekg.exports.ntriples as ntriples

    monkeypatch.setattr(ntriples, "RUN_SIZE", 1000)  # the bundled graph: 20 runs on disk
    write_ntriples(G, tmp_path / "external.nt")
    assert (tmp_path / "external.nt").read_bytes() == written["ntriples"].read_bytes()
    write_ntriples(G, tmp_path / "shards", shard_size=3000)
    joined = b"".join(p.read_bytes() for p in sorted((tmp_path / "shards").iterdir()))
    assert joined == written["ntriples"].read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".citekg-sort-")]


def test_jsonld_is_compact_and_both_engines_read_the_same_triples(G, written):
    import json

    document = json.loads(written["jsonld"].read_text())
    assert document["@context"] == jsonld_context(G)
    node = next(n for n in document["@graph"] if n["@id"] == "kg:model/gpt-4")
    assert "ck:Model" in node["@type"] and node["rdfs:label"] == "GPT-4"
    expected = _triples(to_rdf(G))
    assert _triples(rdflib.Graph().parse(written["jsonld"], format="json-ld")) == expected
    store = pyoxigraph.Store()
    store.load(path=str(written["jsonld"]), format=pyoxigraph.RdfFormat.JSON_LD)
    turtle = pyoxigraph.Store()
    turtle.load(path=str(written["turtle"]), format=pyoxigraph.RdfFormat.TURTLE)
    assert set(store) == set(turtle) and len(store) == len(expected)


def test_jsonld_context_file_is_written_beside_the_document(tmp_path):
    import json

    citekg.build(out_dir=tmp_path, formats=["jsonld"])
    context = json.loads((tmp_path / "papers.context.jsonld").read_text())
    document = json.loads((tmp_path / "papers.jsonld").read_text())
    assert context == {"@context": document["@context"]}


def test_fast_turtle_and_rdflib_serializer_give_isomorphic_graphs(G, written):
    from rdflib.compare import isomorphic

    slow = rdflib.Graph().parse(data=to_rdf(G).serialize(format="turtle"), format="turtle")
    fast = rdflib.Graph().parse(written["turtle"], format="turtle")
    assert isomorphic(slow, fast) and len(fast) == len(slow)


# --- GraphML ----------------------------------------------------------------------------------


def _xmllint() -> str:
    path = shutil.which("xmllint")
    if path is None:
        pytest.skip("xmllint is not installed (Debian: libxml2-utils; .ci/install-tools)")
    return path


def test_graphml_is_valid_against_the_graphml_schema(written, tmp_path):
    xmllint = _xmllint()
    # citekg's two extra attributes, declared through GraphML's extension mechanism
    extended = GRAPHML_SCHEMAS / "citekg-graphml.xsd"
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(extended), str(written["graphml"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # and without them the file is valid against the unmodified GraphML 1.1 schema
    text = written["graphml"].read_text(encoding="utf-8")
    plain = re.sub(r' labels="[^"]*"', "", re.sub(r'(<edge [^>]*?) label="[^"]*"', r"\1", text))
    (tmp_path / "plain.graphml").write_text(plain, encoding="utf-8")
    result = subprocess.run(
        [xmllint, "--noout", "--schema", str(GRAPHML_SCHEMAS / "graphml.xsd"), "plain.graphml"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_graphml_ids_positions_and_labels(G, written):
    root = ET.parse(written["graphml"]).getroot()
    graph = root.find(f"{GRAPHML_NS}graph")
    keys = {k.get("id"): k for k in root.findall(f"{GRAPHML_NS}key")}
    assert keys["n_x"].get("attr.type") == keys["n_y"].get("attr.type") == "double"
    nodes = graph.findall(f"{GRAPHML_NS}node")
    assert {node_from_xml_id(n.get("id")) for n in nodes} == set(G)
    positions = set()
    for node in nodes:
        data = {d.get("key"): d.text for d in node.findall(f"{GRAPHML_NS}data")}
        positions.add((float(data["n_x"]), float(data["n_y"])))
        assert node.get("labels") == ":" + data["n_kind"].capitalize()
    assert len(positions) > 0.9 * len(nodes)  # laid out, not piled at the origin
    assert max(abs(c) for p in positions for c in p) == 1000.0
    edges = graph.findall(f"{GRAPHML_NS}edge")
    assert len({e.get("id") for e in edges}) == len(edges) == G.number_of_edges()
    assert {e.get("label") for e in edges} == {k for _, _, k in G.edges(keys=True)}


def test_igraph_reads_the_graphml(G, written):
    igraph = pytest.importorskip("igraph")
    assert igraph.__version__.startswith("0.11")
    g = igraph.Graph.Read_GraphML(str(written["graphml"]))
    assert g.vcount() == G.number_of_nodes() and g.ecount() == G.number_of_edges()
    assert g.is_directed()
    ids = g.vs["id"]
    assert {node_from_xml_id(i) for i in ids} == set(G)
    gpt4 = g.vs.find(id="model:gpt-4")
    assert gpt4["label"] == "GPT-4" and gpt4["kind"] == "model"
    paper = g.vs.find(rank=1.0)
    assert paper["citations"] == 20121.0  # igraph holds every number as a double
    assert sorted(g.es["id"]) == sorted(f"e{i}" for i in range(g.ecount()))
    kinds = {k for _, _, k in G.edges(keys=True)}
    assert set(g.es["kind"]) == kinds


def test_graphology_reads_the_graphml_as_gephi_lite_does(G, written):
    graph = read_with_graphology(written["graphml"], "graphml")
    assert graph["warnings"] == []
    assert graph["order"] == G.number_of_nodes() and graph["size"] == G.number_of_edges()
    assert graph["type"] == "directed" and graph["multi"] is True
    gpt4 = graph["nodes"]["model:gpt-4"]
    assert gpt4["label"] == "GPT-4" and gpt4["kind"] == "model"
    assert gpt4["color"] == "#d62728"  # r, g, b became Gephi Lite's colour
    assert isinstance(gpt4["x"], float | int) and isinstance(gpt4["size"], float | int)
    assert {e["attributes"]["kind"] for e in graph["edges"]} == {
        k for _, _, k in G.edges(keys=True)
    }
    assert len({e["key"] for e in graph["edges"]}) == G.number_of_edges()


# --- GEXF -------------------------------------------------------------------------------------


def test_gexf_structure(G, written):
    ns = {"g": "http://gexf.net/1.3", "viz": "http://gexf.net/1.3/viz"}
    root = ET.parse(written["gexf"]).getroot()
    assert root.get("version") == "1.3"
    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    assert len(nodes) == G.number_of_nodes()
    for node in nodes:
        assert node.find("viz:color", ns) is not None
        assert float(node.find("viz:size", ns).get("value")) > 0
        assert node.find("viz:position", ns) is not None
    edges = root.findall("g:graph/g:edges/g:edge", ns)
    assert len({e.get("id") for e in edges}) == len(edges) == G.number_of_edges()
    declared = root.findall("g:graph/g:attributes/g:attribute", ns)
    assert {a.get("type") for a in declared} <= {"boolean", "integer", "long", "double", "string"}
    assert all(a.get("id").isdigit() for a in declared)


def test_graphology_reads_the_gexf_as_gephi_lite_does(G, written):
    graph = read_with_graphology(written["gexf"], "gexf")
    assert graph["warnings"] == []
    assert graph["order"] == G.number_of_nodes() and graph["size"] == G.number_of_edges()
    assert graph["multi"] is True
    gpt4 = graph["nodes"]["model/gpt-4"]
    assert gpt4["label"] == "GPT-4" and gpt4["kind"] == "model"
    assert gpt4["color"] == "rgb(214,39,40)" and gpt4["size"] > 4
    paper = next(a for a in graph["nodes"].values() if a.get("rank") == 1)
    assert paper["citations"] == 20121 and paper["label"] == "GPT-4 Technical Report"
    kinds = {e["attributes"]["kind"] for e in graph["edges"]}
    assert kinds == {k for _, _, k in G.edges(keys=True)}


# --- Neo4j ------------------------------------------------------------------------------------


def test_neo4j_headers_are_typed_and_every_reference_exists(G, written):
    folder = written["neo4j"]
    ids: set[str] = set()
    headers = {}
    for path in sorted(folder.glob("nodes-*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        headers[path.name] = rows[0]
        assert rows[0][:2] == ["id:ID", ":LABEL"]
        for row in rows[1:]:
            assert len(row) == len(rows[0])
            ids.add(row[0])
    assert ids == set(G)
    assert "citations:int" in headers["nodes-paper.csv"]
    assert "aliases:string[]" in headers["nodes-model.csv"]
    relationships = 0
    for path in sorted(folder.glob("relationships-*.csv")):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        assert rows[0][:3] == [":START_ID", ":END_ID", ":TYPE"]
        for row in rows[1:]:
            assert row[0] in ids and row[1] in ids
            assert row[2] == path.stem.removeprefix("relationships-").upper()
        relationships += len(rows) - 1
    assert relationships == G.number_of_edges()
    script = (folder / "import.sh").read_text()
    for path in folder.glob("*.csv"):
        assert f"={path.name}" in script


def test_neo4j_types_years_lists_and_quoting(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("paper/a", kind="paper", label='A "quoted", title', year=2023, authors=["X", "Y;Z"])
    G.add_node("model/b", kind="model", label="B", aliases=["b1"], parameters="7B")
    G.add_edge("paper/a", "model/b", key="introduces", kind="introduces", confidence=0.9)
    FORMATS["neo4j"].writer(G, tmp_path / "neo4j")
    with open(tmp_path / "neo4j" / "nodes-paper.csv", newline="", encoding="utf-8") as handle:
        header, row = list(csv.reader(handle))
    cells = dict(zip(header, row, strict=True))
    assert cells["year:int"] == "2023" and cells["authors:string[]"] == "X;Y,Z"
    assert cells["label:string"] == 'A "quoted", title'
    assert cells[":LABEL"] == "Paper"
    H = FORMATS["neo4j"].reader(tmp_path / "neo4j")
    assert H.nodes["paper/a"]["year"] == 2023 and H.nodes["model/b"]["aliases"] == ["b1"]
    assert H.edges["paper/a", "model/b", "introduces"]["confidence"] == 0.9


def test_neo4j_reader_rejects_a_dangling_reference(G, written, tmp_path):
    folder = tmp_path / "neo4j"
    shutil.copytree(written["neo4j"], folder)
    with open(folder / "relationships-mentions.csv", "a", encoding="utf-8") as handle:
        handle.write("paper/nope,model/gpt-4,MENTIONS" + "," * 20 + "\n")
    with pytest.raises(ValueError, match="unknown node id 'paper/nope'"):
        FORMATS["neo4j"].reader(folder)
