"""``citekg report`` and ``citekg stats``, and the report ``citekg build`` writes."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from citekg.cli import cli


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def test_stats_prints_the_headline_and_top_tables(bundled_build):
    kg, out = bundled_build
    result = run("stats", out)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[2].split() == ["papers", "100"]
    assert "rejected           0" in result.output
    assert "# top models by papers" in result.output
    assert "# top organizations by citation-weighted mentions" in result.output
    first = lines[lines.index("# top models by papers") + 4].split()
    assert first[:2] == ["1", "GPT-4"] and int(first[2]) == len(kg.papers_mentioning("GPT-4"))


def test_stats_json_and_top(bundled_build):
    _, out = bundled_build
    result = run("stats", out / "papers.ttl", "--json", "--top", "3")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["headline"]["papers"] == 100 and data["headline"]["rejected"] == 0
    assert len(data["top"]["model"]["papers"]) == 3
    assert data["top"]["model"]["papers"][0]["label"] == "GPT-4"


def test_report_writes_the_same_page_as_the_build(bundled_build, tmp_path):
    _, out = bundled_build
    dest = tmp_path / "again.html"
    result = run("report", out, "-o", dest)
    assert result.exit_code == 0, result.output
    assert f"report: {dest}" in result.output
    assert dest.read_bytes() == (out / "report.html").read_bytes()
    # the GraphML gives the same page: the layout and the numbers come from the graph alone
    from_graphml = tmp_path / "graphml.html"
    assert run("report", out / "papers.graphml", "-o", from_graphml).exit_code == 0
    assert from_graphml.read_bytes() == dest.read_bytes()


def test_report_default_path_and_max_nodes(bundled_build, tmp_path):
    _, out = bundled_build
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    (copy / "report.html").unlink()
    result = run("report", copy, "--max-nodes", "40")
    assert result.exit_code == 0, result.output
    assert (
        "The 40 most cited papers and most mentioned entities" in (copy / "report.html").read_text()
    )


def test_report_errors_are_one_line(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "build.json").write_text('{"counts": {"rejected": 0}, "files": {}}')
    result = run("report", empty)
    assert result.exit_code == 2
    assert "no graph file in this folder" in result.output
    assert "Traceback" not in result.output


def test_build_no_report_and_update_keeps_the_choice(tmp_path, data_dir):
    out = tmp_path / "out"
    result = run("build", data_dir / "list_malformed.txt", "-o", out, "--no-report", "-q")
    assert result.exit_code == 0, result.output
    assert not (out / "report.html").exists()
    assert json.loads((out / "build.json").read_text())["report"] is False
    result = run("build", "--update", out, data_dir / "list_malformed.txt", "-q")
    assert result.exit_code == 0, result.output
    assert not (out / "report.html").exists()
    result = run("build", "--update", out, data_dir / "list_malformed.txt", "--report", "-q")
    assert result.exit_code == 0, result.output
    assert (out / "report.html").exists()


def test_a_streaming_build_writes_no_report_and_refuses_to_be_asked(tmp_path, data_dir):
    out = tmp_path / "out"
    args = ("build", data_dir / "list_malformed.txt", "-o", out, "-f", "nt", "--shard-size", "50")
    result = run(*args, "-q")
    assert result.exit_code == 0, result.output
    assert (out / "ntriples").is_dir() and not (out / "report.html").exists()
    assert json.loads((out / "build.json").read_text())["report"] is False
    result = run(*args, "--report", "-q")
    assert result.exit_code == 2
    assert "writes no report" in result.output
