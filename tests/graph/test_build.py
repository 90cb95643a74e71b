"""The MultiDiGraph: node ids, kinds, edges from extractions, institutions and references."""

from __future__ import annotations

import pytest

from citekg.extract import Institution, Paper, extract_papers, load_pipeline, read_papers
from citekg.graph import build_graph, paper_node_ids, to_rdf


@pytest.fixture(scope="module")
def nlp(data_dir):
    return load_pipeline(catalog=[data_dir / "catalog_small.jsonl"])


def test_papers_entities_and_catalog_links(nlp):
    papers = [
        Paper(
            id="a",
            title="Llama 2: Open Models",
            abstract="We release Llama 2-Chat.",
            arxiv_id="2307.09288",
            citations=10,
            year=2023,
        ),
        Paper(
            id="b",
            title="A Study",
            abstract="We compare GPT-4 and Llama 2 on MMLU.",
            institutions=(
                Institution("OpenAI"),
                Institution("Tsinghua University", "https://ror.org/03cve4549"),
            ),
            references=("arxiv:2307.09288",),
        ),
    ]
    G = build_graph(papers, extract_papers(papers, nlp), base_iri="https://example.org/kg/")
    a, b = "paper/arxiv-2307.09288", "paper/a-study"
    assert G.nodes[a]["kind"] == "paper" and G.nodes[a]["citations"] == 10
    assert G.nodes[a]["iri"] == "https://example.org/kg/paper/arxiv-2307.09288"
    assert set(G.successors(a)) == {"model/llama-2", "model/llama-2-chat"}
    assert G.has_edge(b, "model/gpt-4", key="mentions")
    assert G.has_edge("model/gpt-4", "organization/openai", key="developed_by")
    assert G.has_edge("model/llama-2-chat", "model/llama-2", key="variant_of")
    assert G.has_edge(b, "organization/openai", key="affiliated_with")  # institution = catalog org
    assert G.nodes["organization/tsinghua-university"]["ror"] == "https://ror.org/03cve4549"
    assert G.has_edge(b, a, key="cites")
    edge = G.edges[b, "model/gpt-4", "mentions"]
    assert edge["sentence"] == "We compare GPT-4 and Llama 2 on MMLU."
    assert (edge["field"], edge["start"], edge["end"]) == ("abstract", 11, 16)
    assert "model/segment-anything-model" not in G  # only what the papers mention


def test_paper_ids_are_stable_and_unique():
    p1 = Paper(id="1", title="Models 中文")  # two titles, one ASCII slug
    p2 = Paper(id="2", title="Models 日本")
    forward = paper_node_ids([p1, p2])
    backward = paper_node_ids([p2, p1])
    assert forward == backward
    assert len(set(forward.values())) == 2
    assert paper_node_ids([Paper(id="x", title="T", doi="10.1/AB C")]) == {
        "doi:10.1/ab c": "paper/doi-10.1-ab-c"
    }


def test_rdf_has_no_blank_nodes_and_hostile_names_give_valid_iris(nlp):
    import rdflib
    from rdflib import BNode

    paper = Paper(id="h", title='A <hostile> "title" #1 % 100\x07 \u00e9t\u00e9 \u4e2d\u6587')
    G = build_graph([paper], extract_papers([paper], nlp))
    g = to_rdf(G)
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    text = g.serialize(format="turtle")
    assert len(rdflib.Graph().parse(data=text, format="turtle")) == len(g)


def test_bundled_graph(bundled_build):
    kg, _ = bundled_build
    G = kg.nx
    papers = [n for n, d in G.nodes(data=True) if d["kind"] == "paper"]
    assert len(papers) == 100
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    assert {"model", "dataset", "benchmark", "organization"} <= kinds
    gpt4_paper = next(n for n in papers if G.nodes[n]["title"] == "GPT-4 Technical Report")
    assert G.has_edge(gpt4_paper, "model/gpt-4")
    assert G.nodes[gpt4_paper]["rank"] == 1 and G.nodes[gpt4_paper]["citations"] == 20121


def test_every_reader_builds(data_dir, nlp):
    for name in ("openalex_works.jsonl", "s2_papers.jsonl", "arxiv_snapshot.jsonl", "papers.csv"):
        papers = list(read_papers(data_dir / name, on_reject=lambda r: None))
        G = build_graph(papers, extract_papers(papers, nlp))
        assert sum(1 for _, d in G.nodes(data=True) if d["kind"] == "paper") == len(papers)


def test_openalex_institutions_resolve_to_catalog_organisations(data_dir):
    import citekg

    kg = citekg.build(data_dir / "openalex_works.jsonl", on_reject=lambda r: None)
    G = kg.nx
    gpt4 = "paper/arxiv-2303.08774"  # the arXiv id comes from the arXiv DOI
    attention = "paper/openalex-w2963403868"
    assert G.has_edge(
        gpt4, "organization/openai", key="affiliated_with"
    )  # "OpenAI (United States)"
    assert G.nodes["organization/openai"]["label"] == "OpenAI"
    assert G.nodes["organization/openai"]["ror"] == "https://ror.org/05wx9n238"
    assert G.has_edge(attention, "organization/google", key="affiliated_with")
    assert G.has_edge(gpt4, attention, key="cites")  # W9999999999 is not in the input: no edge
    assert G.has_edge("paper/openalex-w3000000001", attention, key="cites")
    assert sum(1 for *_, k in G.edges(keys=True) if k == "cites") == 2


def test_one_node_per_entity_across_papers(nlp):
    papers = [
        Paper(
            id="a",
            title="Gradient Flux Routing",
            abstract="We propose Gradient Flux Routing (GFR), a new method.",
        ),
        Paper(id="b", title="A Follow-Up", abstract="We extend the GFR method to vision."),
    ]
    G = build_graph(papers, extract_papers(papers, nlp))
    node = "method/gradient-flux-routing"
    assert "method/gfr" not in G
    assert G.has_edge("paper/a-follow-up", node, key="mentions")
    assert G.nodes[node]["introduced_by"] == ["paper/gradient-flux-routing"]
    assert "GFR" in G.nodes[node]["aliases"]


def _paper(G, title):
    return next(n for n, d in G.nodes(data=True) if d.get("title") == title)


def test_builds_on_links_papers_through_what_they_introduce(bundled_build):
    kg, _ = bundled_build
    G = kg.nx
    pairs = [
        ("Improved Baselines with Visual Instruction Tuning", "Visual Instruction Tuning", "llava"),
        ("SAM 2: Segment Anything in Images and Videos", "Segment Anything", "segment-anything"),
    ]
    for later, earlier, entity in pairs:
        edge = G.edges[_paper(G, later), _paper(G, earlier), "builds_on"]
        assert any(entity in node for node in edge["via"])
        for node in edge["via"]:  # each entity is evidence: introduced there, mentioned here
            assert G.has_edge(_paper(G, earlier), node, key="introduces")
            assert G.has_edge(_paper(G, later), node, key="mentions")
    assert not G.has_edge(_paper(G, pairs[0][1]), _paper(G, pairs[0][0]), key="builds_on")
    assert not any(u == v for u, v, k in G.edges(keys=True) if k == "builds_on")


def test_results_are_nodes_one_hop_from_their_benchmark(bundled_build):
    G = bundled_build[0].nx
    results = [n for n, d in G.nodes(data=True) if d["kind"] == "result"]
    assert results
    for node in results:
        data = G.nodes[node]
        assert isinstance(data["value"], float) and data["label"]
        (paper,) = [u for u, _, k in G.in_edges(node, keys=True) if k == "reports"]
        assert G.nodes[paper]["kind"] == "paper"
        (bench,) = [v for _, v, k in G.out_edges(node, keys=True) if k == "on_benchmark"]
        assert G.nodes[bench]["kind"] in ("benchmark", "dataset")
    qwen = _paper(G, "Qwen2 Technical Report")
    mmlu = [
        G.nodes[r]["value"]
        for r, _, k in G.in_edges("benchmark/mmlu", keys=True)
        if k == "on_benchmark" and G.has_edge(qwen, r, key="reports")
    ]
    assert 84.2 in mmlu


def test_a_result_without_a_model_goes_to_the_one_model_the_paper_introduces():
    from citekg.extract.records import Entity, Extraction

    paper = Paper(id="r", title="FooNet", abstract="FooNet. 91.2% accuracy on MMLU.")
    foonet = Entity("model/foonet", "FooNet", "model", relations=("introduces",))
    mmlu = Entity("benchmark/mmlu", "MMLU", "benchmark", relations=("evaluates_on",))
    claim = {"model": None, "benchmark": "MMLU", "value": 91.2, "metric": "accuracy"}
    G = build_graph([paper], [Extraction("r", "FooNet", (foonet, mmlu), results=(claim,))])
    (result,) = [n for n, d in G.nodes(data=True) if d["kind"] == "result"]
    assert G.nodes[result]["value"] == 91.2 and G.nodes[result]["metric"] == "accuracy"
    assert G.has_edge(result, "benchmark/mmlu", key="on_benchmark")
    assert G.edges[result, "model/foonet", "of_model"]["rule"] == "links:introduced-model"
    # two introduced models: nobody is credited
    bar = Entity("model/barnet", "BarNet", "model", relations=("introduces",))
    G = build_graph([paper], [Extraction("r", "FooNet", (foonet, bar, mmlu), results=(claim,))])
    (result,) = [n for n, d in G.nodes(data=True) if d["kind"] == "result"]
    assert not any(k == "of_model" for *_, k in G.out_edges(result, keys=True))


def test_a_result_links_to_the_entities_its_names_spell():
    from citekg.extract.records import Entity, Extraction

    paper = Paper(id="r", title="Zorb", abstract="Zorb-L gets 54.0 AP on MS COCO.")
    zorb = Entity("model/zorb-l", "Zorb-L", "model", aliases=("ZorbL",))
    coco = Entity("dataset/coco", "COCO", "dataset", aliases=("MS COCO",))
    claim = {"model": "ZorbL", "benchmark": "MS COCO", "value": 54.0, "metric": "AP"}
    G = build_graph([paper], [Extraction("r", "Zorb", (zorb, coco), results=(claim,))])
    (result,) = [n for n, d in G.nodes(data=True) if d["kind"] == "result"]
    assert G.has_edge(result, "dataset/coco", key="on_benchmark")
    assert G.has_edge(result, "model/zorb-l", key="of_model")
    assert "benchmark/ms-coco" not in G and "model/zorbl" not in G


def test_an_entity_many_papers_claim_links_nobody():
    import networkx as nx

    from citekg.graph.links import MAX_INTRODUCERS, add_builds_on

    G = nx.MultiDiGraph()
    claimants = [f"paper/c{i}" for i in range(MAX_INTRODUCERS + 1)]
    for paper in [*claimants, "paper/reader"]:
        G.add_node(paper, kind="paper")
    G.add_node("model/x", kind="model")
    for paper in claimants:
        G.add_edge(paper, "model/x", key="introduces", kind="introduces")
    G.add_edge("paper/reader", "model/x", key="mentions", kind="mentions")
    assert add_builds_on(G) == 0
    G.remove_edge(claimants[0], "model/x", key="introduces")
    assert add_builds_on(G) == MAX_INTRODUCERS  # the reader builds on each claimant
