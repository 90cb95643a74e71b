"""``citekg validate``: exit 0 when the graph conforms, 1 with a report when it does not,
2 with one line on stderr when a file cannot be read or parsed."""

from __future__ import annotations

import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner

from citekg.cli import cli
from citekg.graph.rdf import to_rdf

BASE = "https://example.org/kg/"


def run(*args):
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def _graph(title: str = "Attention Is All You Need") -> nx.MultiDiGraph:
    G = nx.MultiDiGraph(name="citekg", citekg_version="0.1.0", base_iri=BASE)
    G.add_node("paper/x", kind="paper", label="X", title=title, paper_id="x", citations=3)
    G.add_node("model/bert", kind="model", label="BERT", aliases=["BERT-base"])
    G.add_edge("paper/x", "model/bert", key="mentions", kind="mentions", rule="t", confidence=0.9)
    return G


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.ttl"
    to_rdf(_graph()).serialize(path, format="turtle")
    return path


@pytest.fixture
def untitled(tmp_path):
    """The same graph with the paper's title left out, as N-Triples (no prefixes in the file)."""
    path = tmp_path / "untitled.nt"
    to_rdf(_graph(title="")).serialize(path, format="nt", encoding="utf-8")
    return path


def test_a_conforming_graph_exits_0(good):
    result = run(good)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("conforms: ") and result.output.endswith(" shapes\n")
    assert result.output.count("\n") == 1


def test_a_broken_graph_exits_1_with_the_report_on_stdout(untitled):
    result = run(untitled)
    assert result.exit_code == 1
    line, summary = result.stdout.splitlines()
    # citekg's prefixes shorten IRIs even when the file declares none (N-Triples)
    assert line.startswith("kg:paper/x  dcterms:title  Violation: a paper needs exactly one title")
    assert line.endswith("(shape cksh:PaperShape)")
    assert summary == "does not conform: 1 violation in 1 focus node"


def test_custom_shapes(tmp_path, good):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix ck: <https://w3id.org/citekg/vocab#> .\n"
        "@prefix ex: <https://example.org/shapes#> .\n"
        "ex:Cited a sh:NodeShape ; sh:targetClass ck:Paper ;\n"
        "  sh:property [ sh:path ck:citationCount ; sh:minInclusive 10 ;\n"
        '                sh:message "at least 10 citations" ] .\n'
    )
    result = run(good, "--shapes", shapes)
    assert result.exit_code == 1
    assert 'kg:paper/x  ck:citationCount  "3"  Violation: at least 10 citations' in result.stdout
    assert "(shape ex:Cited)" in result.stdout
    assert result.stdout.endswith("does not conform: 1 violation in 1 focus node\n")


def _unusable(folder, kind):
    if kind == "missing":
        return folder / "missing.ttl"
    if kind == "directory":
        return folder
    path = folder / f"{kind}.ttl"
    path.write_bytes({"empty": b"", "binary": b"\xff\xfe\x00" * 8, "bad": b"<a> <b> .\n"}[kind])
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("empty", "empty file"),
        ("binary", "not valid Turtle"),
        ("bad", "not valid Turtle (line 1: "),
    ],
)
def test_unusable_files_exit_2(tmp_path, kind, message):
    path = _unusable(tmp_path, kind)
    result = run(path)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"citekg: error: {path}: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_unusable_shapes_exit_2(tmp_path, good):
    missing = run(good, "--shapes", tmp_path / "nope.ttl")
    assert missing.exit_code == 2 and "nope.ttl: no such file" in missing.stderr
    no_shapes = run(good, "--shapes", good)  # valid Turtle, but not a single shape in it
    assert no_shapes.exit_code == 2 and "no SHACL shapes" in no_shapes.stderr


def test_a_parse_error_is_one_line_without_traceback(tmp_path):
    bad = _unusable(tmp_path, "bad")
    proc = subprocess.run(
        [sys.executable, "-m", "citekg", "validate", str(bad)], capture_output=True, text=True
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("citekg: error: ") and proc.stderr.count("\n") == 1
    assert "Traceback" not in proc.stderr
