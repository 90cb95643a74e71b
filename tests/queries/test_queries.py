"""The SPARQL cookbook: every query runs on both engines with the same rows, fast, and
answers what a reader can check against the abstracts."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner

import citekg
from citekg.cli import cli
from citekg.graph.sparql import cookbook, read_query, run_query

QUERIES = sorted((Path(__file__).parents[2] / "queries").glob("*.rq"))
BOOK = cookbook()


def _normal(rows) -> list[tuple]:
    return sorted(tuple("" if v is None else v for v in row) for row in rows)


@pytest.fixture(scope="module")
def engines(bundled_build):
    _, out = bundled_build
    store = pyoxigraph.Store()
    store.load(path=str(out / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    return store, rdflib.Graph().parse(out / "papers.ttl", format="turtle")


def ask(engines, name, **params):
    """The rows of a cookbook query on Oxigraph, as dicts, after checking rdflib agrees."""
    store, graph = engines
    ox = run_query(BOOK[name], data=store, params=params)
    rd = run_query(BOOK[name], data=graph, params=params, engine="rdflib")
    assert ox.variables == rd.variables
    assert _normal(ox.rows) == _normal(rd.rows)
    return ox.to_dicts()


def test_the_cookbook_has_every_file_with_its_header():
    assert len(QUERIES) >= 15 and len(BOOK) == len(QUERIES)
    for path in QUERIES:
        text = path.read_text()
        assert text.startswith("# Title: "), path.name
        assert "# Question: " in text and "# Checked on: " in text, path.name
        assert "# Parameter: " in text or "# Parameters: none" in text, path.name
    for query in BOOK.values():
        for parameter in query.parameters:
            assert f"?{parameter.name}" in query.text.split("SELECT", 1)[1].splitlines()[0]
            assert parameter.description


@pytest.mark.parametrize("name", sorted(BOOK))
def test_every_query_gives_the_same_rows_on_both_engines(engines, name):
    """Rows, not time: bench/bench_queries.py times the cookbook on both engines."""
    store, graph = engines
    results = {}
    for engine, data in (("oxigraph", store), ("rdflib", graph)):
        results[engine] = run_query(BOOK[name], data=data, engine=engine)
    assert results["oxigraph"].variables == results["rdflib"].variables
    assert _normal(results["oxigraph"].rows) == _normal(results["rdflib"].rows)
    assert results["oxigraph"].rows, f"{name} answers nothing on the bundled corpus"


# --- answers a reader can check against the abstracts -------------------------------------------


def test_leaderboard_of_gsm8k(engines):
    rows = ask(engines, "leaderboard", target="GSM8K")
    assert {
        "model": "Qwen2-72B",
        "value": 89.5,
        "metric": None,
        "title": "Qwen2 Technical Report",
    } in rows
    assert [r["value"] for r in rows] == sorted((r["value"] for r in rows), reverse=True)
    assert "target" not in rows[0]  # parameter columns are left out


def test_leaderboard_default_is_mmlu_and_an_alias_works(engines):
    rows = ask(engines, "leaderboard")
    assert rows and all(r["value"] is not None for r in rows)
    assert ask(engines, "leaderboard", target="MMLU") == rows


def test_model_scores_of_qwen2_72b(engines):
    rows = ask(engines, "model-scores", target="Qwen2-72B")
    assert {(r["benchmark"], r["value"]) for r in rows} >= {("GSM8K", 89.5), ("MMLU", 84.2)}


def test_papers_introducing_benchmarks(engines):
    rows = ask(engines, "introduced-benchmarks")
    titles = {r["title"] for r in rows}
    assert "Measuring Mathematical Problem Solving With the MATH Dataset" in titles
    citations = [r["citations"] for r in rows]
    assert citations == sorted(citations, reverse=True)


def test_builds_on_llava(engines):
    rows = ask(engines, "builds-on", target="Visual Instruction Tuning")
    assert ("Improved Baselines with Visual Instruction Tuning", "LLaVA") in {
        (r["title"], r["through"]) for r in rows
    }


def test_builds_on_chain_and_most_built_upon(engines):
    chain = ask(engines, "builds-on-chain", target="Segment Anything")
    assert {r["title"] for r in chain} >= {"SAM 2: Segment Anything in Images and Videos"}
    top = ask(engines, "most-built-upon")
    assert top[0]["built_on_by"] >= top[-1]["built_on_by"] >= 1
    assert "GPT-4 Technical Report" in {r["title"] for r in top}


def test_papers_mentioning_gpt4_by_alias(engines, bundled_build):
    kg, _ = bundled_build
    rows = ask(engines, "papers-mentioning", target="GPT-4")
    assert {r["title"] for r in rows} == {kg.label(p) for p in kg.papers_mentioning("GPT-4")}
    assert rows[0]["title"] == "GPT-4 Technical Report"  # the most cited first


def test_top_entities_by_kind(engines, bundled_build):
    kg, _ = bundled_build
    rows = ask(engines, "top-entities", kind="ck:Model")
    assert {r["type"] for r in rows} == {"https://w3id.org/citekg/vocab#Model"}
    assert rows[0]["name"] == kg.label(kg.top("model", n=1)[0][0])
    everything = ask(engines, "top-entities")
    assert len({r["type"] for r in everything}) >= 3


def test_citation_weighted_entities_match_the_python_ranking(engines, bundled_build):
    kg, _ = bundled_build
    rows = ask(engines, "citation-weighted-entities", kind="ck:Model")
    (best, weight), *_ = kg.top("model", by="citations", n=1)
    assert (rows[0]["name"], rows[0]["citation_weight"]) == (kg.label(best), weight)


def test_organizations(engines):
    ranking = ask(engines, "organizations-by-citations")
    assert {"OpenAI", "Google"} <= {r["organization"] for r in ranking[:10]}
    pairs = ask(engines, "organization-comparisons")
    assert all(r["organization"] != r["compared_with"] for r in pairs)
    trained = ask(engines, "organization-training-data", target="DeepSeek")
    assert ("DeepSeekMath", "Common Crawl") in {(r["model"], r["dataset"]) for r in trained}


def test_co_mentions_and_thresholds(engines, bundled_build):
    kg, _ = bundled_build
    pairs = ask(engines, "co-mentions")
    assert all(r["first"] != r["second"] for r in pairs)
    assert pairs[0]["papers"] >= pairs[-1]["papers"] >= 1
    gpt4 = dict(kg.co_mentioned("GPT-4"))
    for row in pairs:
        if row["first"] == "GPT-4" or row["second"] == "GPT-4":
            other = row["second"] if row["first"] == "GPT-4" else row["first"]
            assert gpt4[kg.resolve(other)] == row["papers"]
    at_least_5 = ask(engines, "entities-in-many-papers", min="5")
    assert at_least_5 and all(r["papers"] >= 5 for r in at_least_5)
    assert len(ask(engines, "entities-in-many-papers", min="2")) > len(at_least_5)
    assert "GPT-4" in {r["name"] for r in at_least_5}


def test_introduced_not_reused_and_papers_without_entities(engines, bundled_build):
    kg, _ = bundled_build
    lonely = ask(engines, "introduced-not-reused")
    for row in lonely[:10]:
        node = kg.resolve(row["name"])
        assert len(kg.papers_mentioning(node)) <= 1
    empty = ask(engines, "papers-without-entities")
    for row in empty:
        paper = kg.resolve(row["title"])
        assert not kg.entities_of(paper)


def test_evidence_quotes_the_text_at_its_offsets(engines, bundled_build):
    kg, _ = bundled_build
    (row,) = ask(engines, "evidence", target="LLaVA")
    paper = next(p for p in kg.papers if p.title == row["title"])
    text = paper.abstract if row["field"] == "abstract" else paper.title
    assert text[row["start"] : row["end"]] == row["quote"] == "LLaVA"
    assert row["quote"] in row["sentence"]


def test_model_family_with_parameter_counts(engines):
    rows = ask(engines, "model-family", target="Qwen2")
    assert ("Qwen2-72B", "72B") in {(r["variant"], r["parameters"]) for r in rows}


# --- parameters are terms, never text ----------------------------------------------------------


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_a_hostile_parameter_is_just_a_string(engines, engine):
    store, graph = engines
    data = store if engine == "oxigraph" else graph
    hostile = 'x" } ; DROP ALL ; #'
    result = run_query(BOOK["leaderboard"], data=data, params={"target": hostile}, engine=engine)
    assert result.rows == []
    assert len(store) > 1000 and len(graph) > 1000  # nothing was dropped


def test_parameter_errors(engines):
    store, _ = engines
    with pytest.raises(citekg.UsageError, match="no parameter 'nope'; it takes: target"):
        run_query(BOOK["leaderboard"], data=store, params={"nope": "x"})
    with pytest.raises(citekg.UsageError, match="wants an integer"):
        run_query(BOOK["entities-in-many-papers"], data=store, params={"min": "many"})


# --- citekg query -------------------------------------------------------------------------------


def test_cli_lists_the_cookbook():
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    for name, query in BOOK.items():
        assert name in result.output and query.question in result.output


def test_cli_runs_a_query_in_every_output_format(bundled_build):
    import json

    _, out = bundled_build
    base = ["query", "leaderboard", "-p", "target=GSM8K", "--data", str(out / "papers.ttl")]
    table = CliRunner().invoke(cli, base)
    assert table.exit_code == 0 and "Qwen2-72B" in table.output and "(3 rows)" in table.output
    csv_out = CliRunner().invoke(cli, [*base, "--format", "csv"])
    assert csv_out.output.splitlines()[0] == "model,value,metric,title"
    rows = json.loads(CliRunner().invoke(cli, [*base, "--format", "json"]).output)
    assert rows[0]["model"] == "Qwen2-72B" and rows[0]["value"] == 89.5
    rd = CliRunner().invoke(cli, [*base, "--format", "json", "--engine", "rdflib"])
    assert json.loads(rd.output) == rows


def test_cli_queries_a_store(bundled_build, tmp_path):
    _, out = bundled_build
    citekg.load_into(out / "papers.ttl", store=tmp_path / "db")
    result = CliRunner().invoke(
        cli, ["query", "introduced-benchmarks", "--store", str(tmp_path / "db"), "--format", "csv"]
    )
    assert result.exit_code == 0
    assert "Measuring Mathematical Problem Solving With the MATH Dataset" in result.output


def test_cli_errors_are_one_line(bundled_build, tmp_path):
    _, out = bundled_build
    data = ["--data", str(out / "papers.ttl")]
    unknown = CliRunner().invoke(cli, ["query", "leaderbord", *data])
    assert unknown.exit_code == 2 and "available: builds-on-chain" in unknown.output
    assert unknown.output.count("\n") == 1
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n  ?x ?y\n}}\n")
    for engine in ("oxigraph", "rdflib"):
        result = CliRunner().invoke(cli, ["query", str(bad), *data, "--engine", engine])
        assert result.exit_code == 2 and result.output.count("\n") == 1
        assert result.output.startswith(f"citekg: error: {bad}:")
        assert "SPARQL syntax error" in result.output
        line, col = result.output.split(f"{bad}:")[1].split(":")[:2]
        assert int(line) >= 2 and int(col) >= 1
    wrong = CliRunner().invoke(cli, ["query", "leaderboard", "-p", "target", *data])
    assert wrong.exit_code == 2 and "KEY=VALUE" in wrong.output


def test_read_query_by_file_name(tmp_path):
    path = tmp_path / "mine.rq"
    path.write_text('# Title: Mine\n# Parameter: ?who = "GPT-4" - a name\nSELECT ?who WHERE {}\n')
    query = read_query(path)
    assert query.title == "Mine" and query.parameters[0].default == '"GPT-4"'
    assert read_query("leaderboard.rq").name == "leaderboard"


# --- the same answers on Virtuoso ---------------------------------------------------------------


def test_the_cookbook_gives_the_same_rows_on_virtuoso(virtuoso_server, bundled_build, engines):
    from citekg.exports.store import ENV_PASSWORD, ENV_USER, push

    _, out = bundled_build
    store, _ = engines
    import os

    os.environ[ENV_USER], os.environ[ENV_PASSWORD] = virtuoso_server.user, virtuoso_server.password
    try:
        push(out / "papers.ttl", virtuoso_server.gsp, graph="https://w3id.org/citekg/id/")
    finally:
        del os.environ[ENV_USER], os.environ[ENV_PASSWORD]
    for name, query in BOOK.items():
        local = run_query(query, data=store)
        remote = virtuoso_server.select(query.text)
        hidden = {p.name for p in query.parameters}
        variables = [v for v in local.variables if v not in hidden]
        got = [tuple(_virtuoso_value(r.get(v)) for v in variables) for r in remote]
        want = [tuple(_plain(v) for v in row) for row in local.rows]
        assert sorted(got) == sorted(want), name


def _plain(value) -> str:
    """A cell as text, numbers by value: Virtuoso writes the decimal 78.0 as 78."""
    if value is None:
        return ""
    try:
        return repr(float(value))
    except (TypeError, ValueError):
        return str(value)


def _virtuoso_value(value: str | None) -> str:
    return _plain(value)
