"""Evidence levels: how much of each edge's evidence the RDF exports and the store carry."""

from __future__ import annotations

import json

import pyoxigraph
import pytest
from click.testing import CliRunner

import citekg
from citekg.cli import EVIDENCE_CHOICES, cli
from citekg.errors import UsageError
from citekg.extract.corpus import bundled_corpus
from citekg.graph.rdf import EVIDENCE_LEVELS

CK = "https://w3id.org/citekg/vocab#"
OA = "http://www.w3.org/ns/oa#"
RDF_TYPE = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The bundled corpus built at each evidence level (and with no level given)."""
    root = tmp_path_factory.mktemp("evidence")
    out = {}
    for level in (*EVIDENCE_LEVELS, None):
        out[level] = root / str(level)
        citekg.build(
            [bundled_corpus()],
            out[level],
            formats=["turtle", "graphml"],
            evidence=level,
            html_report=False,
        )
    return out


def _quads(folder) -> set[pyoxigraph.Quad]:
    return _quads_of(folder / "papers.ttl")


def _typed(quads: set[pyoxigraph.Quad], iri: str) -> set[pyoxigraph.Node]:
    cls = pyoxigraph.NamedNode(iri)
    return {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == cls}


def test_full_is_the_default_and_every_level_keeps_the_same_statements(builds):
    assert (builds[None] / "papers.ttl").read_bytes() == (
        builds["full"] / "papers.ttl"
    ).read_bytes()
    quads = {level: _quads(builds[level]) for level in EVIDENCE_LEVELS}
    evidence = _typed(quads["full"], CK + "Evidence")
    targets = {
        pyoxigraph.NamedNode(f"{e.value}#{part}")
        for e in evidence
        for part in ("target", "position", "quote")
    }

    def statements(found):  # what is said of papers, entities and results, evidence aside
        return {q for q in found if q.subject not in evidence and q.subject not in targets}

    assert statements(quads["none"]) == statements(quads["full"]) == statements(quads["compact"])
    assert not _typed(quads["none"], CK + "Evidence")
    assert len(quads["none"]) < len(quads["compact"]) < len(quads["full"])
    # compact: the same evidence resources with their sentence, rule and confidence...
    assert _typed(quads["compact"], CK + "Evidence") == evidence
    kept = {q.predicate.value for q in quads["compact"] if q.subject in evidence}
    assert {CK + "sentence", CK + "rule", CK + "confidence"} <= kept
    # ...and no Web Annotation
    assert not _typed(quads["compact"], OA + "Annotation")
    assert not any(q.predicate.value.startswith(OA) for q in quads["compact"])
    assert _typed(quads["full"], OA + "TextQuoteSelector")


def test_property_graph_exports_keep_all_evidence(builds):
    graphml = {level: (builds[level] / "papers.graphml").read_bytes() for level in EVIDENCE_LEVELS}
    assert graphml["none"] == graphml["compact"] == graphml["full"]


def test_each_level_conforms_to_the_shapes_and_is_recorded(builds):
    for level in EVIDENCE_LEVELS:
        manifest = json.loads((builds[level] / "build.json").read_text())
        assert manifest["evidence"] == level
    for level in ("compact", "none"):
        report = citekg.validate(builds[level] / "papers.ttl")
        assert report.conforms, report.text()


def test_a_loaded_compact_build_keeps_the_evidence_it_has(builds):
    """Read back, a compact build's edges keep their rule and sentence, not their offsets."""
    G = citekg.load(builds["compact"] / "papers.ttl").nx
    full = citekg.load(builds["full"] / "papers.graphml").nx
    edge = next(
        (u, v, k) for u, v, k, d in full.edges(keys=True, data=True) if d.get("start") is not None
    )
    assert G.edges[edge]["sentence"] == full.edges[edge]["sentence"]
    assert G.edges[edge]["rule"] == full.edges[edge]["rule"]
    assert "start" not in G.edges[edge] and "text" not in G.edges[edge]


def test_update_keeps_the_evidence_level(tmp_path, data_dir):
    out = tmp_path / "out"
    citekg.build([bundled_corpus()], out, evidence="none", html_report=False)
    citekg.build([data_dir / "papers.jsonl"], update=out)
    assert json.loads((out / "build.json").read_text())["evidence"] == "none"
    assert not _typed(_quads(out), CK + "Evidence")


def test_the_store_holds_what_the_export_holds(tmp_path):
    out, db = tmp_path / "out", tmp_path / "kg.db"
    kg = citekg.build([bundled_corpus()], out, evidence="none", store=db, html_report=False)
    assert kg.report.store.total == len(_quads(out))


def test_an_unknown_level_is_a_usage_error(tmp_path):
    assert list(EVIDENCE_LEVELS) == EVIDENCE_CHOICES
    with pytest.raises(UsageError, match="evidence must be one of full, compact, none"):
        citekg.build([bundled_corpus()], tmp_path / "out", evidence="some")
    assert not (tmp_path / "out").exists()
    result = CliRunner().invoke(cli, ["build", "-o", str(tmp_path / "o"), "--evidence", "some"])
    assert result.exit_code == 2 and "--evidence" in result.output


def test_cli_evidence_option(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", "-o", str(out), "--evidence", "compact", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads((out / "build.json").read_text())["evidence"] == "compact"


def test_export_trims_evidence_and_leaves_the_graph_as_it_was(builds, tmp_path):
    kg = citekg.load(builds["full"] / "papers.graphml")
    lean = citekg.export(kg, tmp_path / "lean.ttl", format="turtle", evidence="none")
    assert "evidence" not in kg.nx.graph  # the loaded graph is unchanged
    assert not _typed(_quads_of(lean), CK + "Evidence")
    result = CliRunner().invoke(
        cli,
        [
            "export",
            str(builds["full"] / "papers.ttl"),
            "-f",
            "ttl",
            "--evidence",
            "compact",
            "-o",
            str(tmp_path / "compact.ttl"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert _quads_of(tmp_path / "compact.ttl") == _quads(builds["compact"])


def _quads_of(path) -> set[pyoxigraph.Quad]:
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    return set(store)


def test_cookbook_answers_at_each_level(builds):
    """Compact changes only the evidence query; none also loses builds-on's ``through``
    (the entities a link goes through are on its evidence)."""
    from citekg.graph.sparql import cookbook

    def answers(level):
        data = builds[level] / "papers.ttl"
        return {name: citekg.query(name, data=data).rows for name in cookbook()}

    full, compact, none = answers("full"), answers("compact"), answers("none")
    assert full["evidence"] and full["builds-on"]
    assert {n for n in full if compact[n] != full[n]} == {"evidence"}
    assert {n for n in full if none[n] != full[n]} == {"evidence", "builds-on"}
