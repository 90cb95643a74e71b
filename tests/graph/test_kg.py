"""KnowledgeGraph: names through aliases, the traversals on the bundled corpus, citekg.load."""

from __future__ import annotations

import io
import itertools

import networkx as nx
import pytest

import citekg
from citekg.errors import InputError
from citekg.exports.graphml import LIST_SEPARATOR, from_graphml, write_graphml
from citekg.graph.kg import KnowledgeGraph, LeaderboardRow, Link, lower_is_better

LLAVA = "model/llava"
VIT_PAPER = "paper/visual-instruction-tuning"


@pytest.fixture(scope="module")
def kg(bundled_build) -> KnowledgeGraph:
    return bundled_build[0]


@pytest.fixture(scope="module")
def loaded(bundled_build) -> dict[str, KnowledgeGraph]:
    _, out = bundled_build
    return {
        "turtle": citekg.load(out / "papers.ttl"),
        "graphml": citekg.load(out / "papers.graphml"),
    }


def _small_graph() -> nx.MultiDiGraph:
    """A hand-made graph with the shapes the bundled corpus lacks."""
    G = nx.MultiDiGraph()
    G.add_node("paper/p", kind="paper", label="Foo Paper", title="Foo Paper", citations=5)
    G.add_node("paper/foo", kind="paper", label="Foo", title="Foo", citations=1)
    G.add_node("model/x", kind="model", label="X", aliases=["Foo"])
    G.add_node("method/y", kind="method", label="Y", aliases=["X"])
    G.add_node("model/same", kind="model", label="Same", aliases=[])
    G.add_node("dataset/same", kind="dataset", label="Same", aliases=[])
    G.add_node("dataset/bench", kind="dataset", label="Bench", aliases=[])
    G.add_node("model/island", kind="model", label="Island", aliases=[])
    for i, (metric, value) in enumerate(
        [("FID", 3.1), ("FID", 1.2), ("accuracy", 70.0), ("accuracy", 90.0), (None, 5.0)]
    ):
        result = f"result/r{i}"
        attrs = {"kind": "result", "label": f"r{i}", "value": value}
        if metric:
            attrs["metric"] = metric
        G.add_node(result, **attrs)
        G.add_edge("paper/p", result, key="reports", kind="reports")
        G.add_edge(result, "dataset/bench", key="on_benchmark", kind="on_benchmark")
        G.add_edge(result, "model/x", key="of_model", kind="of_model")
    G.add_edge("paper/p", "model/x", key="mentions", kind="mentions")
    return G


# -- names -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["gpt4", "GPT 4", "gpt-4", "GPT-4", "model/gpt-4"])
def test_spellings_of_gpt4_resolve_to_one_node(kg, name):
    assert kg.resolve(name) == "model/gpt-4"


def test_aliases_titles_and_iris_resolve(kg):
    sam = "model/segment-anything-model"
    assert {"SAM", "Segment Anything"} <= set(kg.nx.nodes[sam]["aliases"])
    assert kg.resolve("SAM") == kg.resolve("segment anything") == sam
    assert kg.resolve("Segment Anything Model") == sam
    # the paper has the title "Segment Anything": an entity's alias goes first, kind= picks
    assert kg.nx.nodes["paper/segment-anything"]["title"] == "Segment Anything"
    assert kg.resolve("Segment Anything", kind="paper") == "paper/segment-anything"
    assert kg.resolve("visual instruction tuning") == VIT_PAPER
    assert kg.resolve(kg.nx.nodes[LLAVA]["iri"]) == LLAVA
    assert kg.resolve("Large Language and Vision Assistant") == LLAVA
    assert kg.label("gpt4") == "GPT-4"


def test_resolution_prefers_labels_then_kinds_then_entities():
    kg = KnowledgeGraph(_small_graph())
    assert kg.resolve("x") == "model/x"  # a label beats the method's alias "X"
    assert kg.resolve("Y") == "method/y"
    assert kg.resolve("same") == "model/same"  # model before dataset
    assert kg.resolve("same", kind="dataset") == "dataset/same"
    assert kg.resolve("foo") == "model/x"  # an entity's alias before a paper's title
    assert kg.resolve("foo", kind="paper") == "paper/foo"
    assert kg.resolve("foo paper") == "paper/p"


def test_unknown_names_raise_key_error_with_suggestions(kg):
    with pytest.raises(KeyError, match="did you mean") as info:
        kg.resolve("Mistrall")
    assert "Mistral" in info.value.suggestions
    assert 1 <= len(info.value.suggestions) <= 3
    with pytest.raises(KeyError) as info:
        kg.resolve("qqqqqqqqqqqq")
    assert info.value.suggestions == []
    with pytest.raises(KeyError, match="is a dataset"):
        kg.resolve("ImageNet", kind="model")
    with pytest.raises(KeyError, match="not a paper"):
        kg.entities_of("model/gpt-4")
    with pytest.raises(ValueError, match="unknown kind"):
        kg.resolve("GPT-4", kind="models")


# -- traversals on the bundled corpus ------------------------------------------------------


def test_papers_mentioning_llava(kg):
    papers = kg.papers_mentioning("LLaVA")
    titles = [kg.label(p) for p in papers]
    assert "Visual Instruction Tuning" in titles
    assert "Improved Baselines with Visual Instruction Tuning" in titles
    assert all(kg.nx.has_edge(p, LLAVA, key="mentions") for p in papers)
    citations = [kg.nx.nodes[p]["citations"] for p in papers]
    assert citations == sorted(citations, reverse=True)
    assert kg.papers_mentioning("llava") == papers


def test_papers_mentioning_gpt4_are_most_cited_first(kg):
    papers = kg.papers_mentioning("gpt4")
    assert papers[0] == "paper/gpt-4-technical-report"
    assert "paper/sparks-of-artificial-general-intelligence-early-experiments-with-gpt-4" in papers
    keys = [(-kg.nx.nodes[p]["citations"], p) for p in papers]
    assert keys == sorted(keys)


def test_introduced_by(kg):
    assert kg.introduced_by("LLaVA") == [VIT_PAPER]
    assert kg.introduced_by("SAM") == ["paper/segment-anything"]
    assert kg.introduced_by("BERT") == []


def test_entities_of_a_paper(kg):
    everything = kg.entities_of("Visual Instruction Tuning")
    models = kg.entities_of("Visual Instruction Tuning", kind="model")
    assert LLAVA in models and "model/gpt-4" in models
    assert all(kg.nx.nodes[m]["kind"] == "model" for m in models)
    assert set(models) < set(everything)
    assert set(everything) <= set(kg.nx.succ[VIT_PAPER])
    order = ["model", "dataset", "benchmark", "method", "organization"]
    keys = [(order.index(kg.nx.nodes[e]["kind"]), e) for e in everything]
    assert keys == sorted(keys)
    with pytest.raises(ValueError):
        kg.entities_of(VIT_PAPER, kind="paper")


def test_developer_of_follows_the_family_when_needed(kg):
    assert kg.developer_of("GPT-4") == ["organization/openai"]
    onevision = "model/llava-onevision"
    assert not any(k == "developed_by" for _, _, k in kg.nx.out_edges(onevision, keys=True))
    assert kg.nx.has_edge(onevision, LLAVA, key="variant_of")
    assert kg.developer_of(onevision) == kg.developer_of(LLAVA) != []
    assert "organization/microsoft-research" in kg.developer_of(LLAVA)


def test_lineage_of_a_llava_variant_reaches_llava_and_its_paper(kg):
    links = kg.lineage("LLaVA-1.6")  # an alias of LLaVA-NeXT
    assert links[0] == Link("model/llava-next", "variant_of", LLAVA)
    assert Link(VIT_PAPER, "introduces", LLAVA) in links
    assert all(kg.nx.has_edge(s, t, key=k) for s, k, t in links)
    assert len(links) == len(set(links))
    onevision = kg.lineage("LLaVA-OneVision")
    assert Link("paper/llava-onevision-easy-visual-task-transfer", "builds_on", VIT_PAPER) in (
        onevision
    )
    # the builds_on chain goes on behind the LLaVA paper
    assert any(link.source == VIT_PAPER and link.kind == "builds_on" for link in onevision)


def test_lineage_of_a_paper_is_its_builds_on_chain(kg):
    links = kg.lineage(VIT_PAPER)
    assert links and all(link.kind == "builds_on" for link in links)
    assert Link(VIT_PAPER, "builds_on", "paper/gpt-4-technical-report") in links


def test_co_mentioned_counts_shared_papers(kg):
    pairs = kg.co_mentioned("GPT-4")
    assert pairs and all(entity != "model/gpt-4" for entity, _ in pairs)
    gpt4 = set(kg.papers_mentioning("GPT-4"))
    for entity, count in pairs:
        assert count == len(gpt4 & set(kg.papers_mentioning(entity)))
    assert [(-n, e) for e, n in pairs] == sorted((-n, e) for e, n in pairs)
    models = kg.co_mentioned("GPT-4", kind="model")
    assert models == [(e, n) for e, n in pairs if e.startswith("model/")]


def test_leaderboard_on_mmlu_is_highest_first(kg):
    rows = kg.leaderboard("MMLU")
    assert len(rows) >= 2 and all(isinstance(r, LeaderboardRow) for r in rows)
    values = [r.value for r in rows]
    assert values == sorted(values, reverse=True)
    assert all(kg.nx.has_edge(r.result, "benchmark/mmlu", key="on_benchmark") for r in rows)
    assert all(kg.nx.has_edge(r.paper, r.result, key="reports") for r in rows)
    assert all(r.model is None or kg.nx.has_edge(r.result, r.model, key="of_model") for r in rows)


def test_leaderboard_puts_the_lowest_fid_first():
    kg = KnowledgeGraph(_small_graph())
    rows = kg.leaderboard("Bench")
    assert [(r.metric, r.value) for r in rows] == [
        ("accuracy", 90.0),
        ("accuracy", 70.0),
        ("FID", 1.2),
        ("FID", 3.1),
        (None, 5.0),
    ]
    assert [r.value for r in kg.leaderboard("bench", metric="fid")] == [1.2, 3.1]
    assert rows[0].model == "model/x" and rows[0].paper == "paper/p"
    assert lower_is_better("FID-50k") and lower_is_better("word error rate")
    assert not lower_is_better("BLEU") and not lower_is_better("top-1 accuracy")


def test_shortest_path(kg):
    path = kg.shortest_path("LLaVA", "Segment Anything Model")
    assert path[0] == LLAVA and path[-1] == "model/segment-anything-model"
    for a, b in itertools.pairwise(path):
        assert kg.nx.has_edge(a, b) or kg.nx.has_edge(b, a)
    undirected = kg.nx.to_undirected(as_view=True)
    assert len(path) - 1 == nx.shortest_path_length(undirected, path[0], path[-1])
    assert kg.shortest_path("gpt4", "GPT-4") == ["model/gpt-4"]
    assert KnowledgeGraph(_small_graph()).shortest_path("Island", "X") == []


def test_ego_radius_one_holds_only_neighbours(kg):
    sub = kg.ego("LLaVA")
    neighbours = set(kg.nx.succ[LLAVA]) | set(kg.nx.pred[LLAVA])
    assert set(sub.nodes) == neighbours | {LLAVA}
    assert VIT_PAPER in sub
    assert set(kg.ego("LLaVA", radius=2).nodes) > set(sub.nodes)
    sub.remove_node(LLAVA)
    assert LLAVA in kg.nx  # a copy


def test_top_models(kg):
    top = kg.top("model")
    assert len(top) == 10
    assert [(-n, m) for m, n in top] == sorted((-n, m) for m, n in top)
    for model, n in top:
        assert kg.nx.nodes[model]["kind"] == "model"
        assert n == len(kg.papers_mentioning(model))
    best, score = kg.top("model", by="citations", n=1)[0]
    cited = [kg.nx.nodes[p]["citations"] for p in kg.papers_mentioning(best)]
    assert score == sum(cited)
    assert all(score >= s for _, s in kg.top("model", by="citations", n=None))
    with pytest.raises(ValueError):
        kg.top("paper")
    with pytest.raises(ValueError):
        kg.top("model", by="stars")


# -- load --------------------------------------------------------------------------------


def test_load_is_public():
    assert "load" in citekg.__all__ and callable(citekg.load)


def test_turtle_loads_back_the_very_graph(kg, loaded):
    back = loaded["turtle"]
    assert nx.utils.graphs_equal(back.nx, kg.nx)
    assert back.papers == [] and back.report is None
    assert repr(back) == repr(kg)


def test_graphml_loads_back_the_same_nodes_and_edges(kg, loaded):
    back = loaded["graphml"].nx
    assert set(back.nodes) == set(kg.nx.nodes)
    assert set(back.edges(keys=True)) == set(kg.nx.edges(keys=True))
    assert back.nodes[LLAVA]["aliases"] == kg.nx.nodes[LLAVA]["aliases"]
    assert dict(back.nodes(data=True)) == dict(kg.nx.nodes(data=True))
    assert back.graph["base_iri"] == kg.nx.graph["base_iri"]


@pytest.mark.parametrize("fmt", ["turtle", "graphml"])
def test_loaded_graphs_answer_the_same(kg, loaded, fmt):
    back = loaded[fmt]
    assert back.papers_mentioning("gpt4") == kg.papers_mentioning("gpt4")
    assert back.introduced_by("LLaVA") == kg.introduced_by("LLaVA")
    assert back.lineage("LLaVA-OneVision") == kg.lineage("LLaVA-OneVision")
    assert back.co_mentioned("GPT-4") == kg.co_mentioned("GPT-4")
    assert back.leaderboard("ImageNet") == kg.leaderboard("ImageNet")
    assert back.top("model", n=None) == kg.top("model", n=None)
    assert back.developer_of("LLaVA-OneVision") == kg.developer_of("LLaVA-OneVision")
    assert back.shortest_path("LLaVA", "SAM") == kg.shortest_path("LLaVA", "SAM")
    assert back.entities_of(VIT_PAPER) == kg.entities_of(VIT_PAPER)


def test_load_reads_gzip_and_a_forced_format(bundled_build, tmp_path):
    import gzip

    kg, out = bundled_build
    packed = tmp_path / "papers.ttl.gz"
    packed.write_bytes(gzip.compress((out / "papers.ttl").read_bytes()))
    assert nx.utils.graphs_equal(citekg.load(packed).nx, kg.nx)
    renamed = tmp_path / "graph.dat"
    renamed.write_bytes((out / "papers.graphml").read_bytes())
    assert citekg.load(renamed, format="graphml").nx.number_of_nodes() == len(kg.nx)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.ttl", None, "no such file"),
        ("empty.ttl", b"", "empty file"),
        ("bad.ttl", b"this is not turtle", "not valid Turtle"),
        ("other.nt", b"<http://a/> <http://b/> <http://c/> .\n", "not a citekg graph"),
        ("bad.graphml", b"<graphml><node", "not a citekg GraphML"),
        ("notes.docx", b"hello", "unknown graph format"),
    ],
)
def test_load_errors_name_the_file(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as info:
        citekg.load(path)
    assert str(info.value).startswith(f"{path}: ")


def test_load_a_folder_without_an_export_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="is a folder with no Neo4j CSV files or N-Triples"):
        citekg.load(tmp_path)


def test_from_graphml_undoes_the_writer_and_other_tools_spellings():
    G = nx.MultiDiGraph()
    G.add_node("paper/a", kind="paper", label="A", citations=3, authors=["X Y", "Z W"])
    G.add_node("model/b", kind="model", label="B", aliases=[], introduced_by=["paper/a"])
    G.add_edge("paper/a", "model/b", key="introduces", kind="introduces", count=2, start=0)
    G.add_edge("paper/a", "model/b", key="mentions", kind="mentions", confidence=0.5)
    buf = io.BytesIO()
    write_graphml(G, buf)
    assert nx.utils.graphs_equal(from_graphml(io.BytesIO(buf.getvalue())), G)
    # a tool that names attributes by key id and writes every value as a string
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_kind" for="node" attr.name="n_kind" attr.type="string"/>
  <key id="n_citations" for="node" attr.name="n_citations" attr.type="string"/>
  <key id="n_aliases" for="node" attr.name="n_aliases" attr.type="string"/>
  <key id="n_size" for="node" attr.name="n_size" attr.type="string"/>
  <key id="e_kind" for="edge" attr.name="e_kind" attr.type="string"/>
  <key id="e_weight" for="edge" attr.name="e_weight" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="paper/a"><data key="n_kind">paper</data><data key="n_citations">7</data>
      <data key="n_size">3.5</data></node>
    <node id="model/b"><data key="n_kind">model</data>
      <data key="n_aliases">b1{LIST_SEPARATOR}b2</data></node>
    <edge source="paper/a" target="model/b"><data key="e_kind">mentions</data>
      <data key="e_weight">1.0</data></edge>
  </graph>
</graphml>"""
    H = from_graphml(io.BytesIO(text.encode()))
    assert H.nodes["paper/a"] == {"kind": "paper", "citations": 7}
    assert H.nodes["model/b"] == {"kind": "model", "aliases": ["b1", "b2"]}
    assert list(H.edges(keys=True, data=True)) == [
        ("paper/a", "model/b", "mentions", {"kind": "mentions"})
    ]


def test_a_graph_alone_makes_a_knowledge_graph():
    kg = KnowledgeGraph(_small_graph())
    assert kg.papers == [] and kg.extractions == [] and kg.report is None
    assert repr(kg).startswith("<KnowledgeGraph: 2 papers, ")
    assert kg.papers_mentioning("X") == ["paper/p"]
