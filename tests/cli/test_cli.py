"""The command line: help with examples, exit statuses, outputs, rejects, strict mode."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from citekg.cli import cli

COMMANDS = sorted(cli.commands)


def run(*args, **kwargs):
    return CliRunner().invoke(cli, list(map(str, args)), **kwargs)


def test_the_commands_exist():
    assert {"build", "extract", "read", "formats"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help_with_an_example(command):
    result = run(*([command] if command else []), "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "citekg " in result.output.split("Example", 1)[1]


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).parents[2] / "README.md").read_text()
    for command in COMMANDS:
        assert f"citekg {command}" in readme, command


def test_version():
    from citekg import __version__

    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_build_writes_outputs_and_summary(tmp_path, data_dir):
    out = tmp_path / "out"
    result = run("build", data_dir / "list_malformed.txt", "-o", out)
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {
        "papers.ttl",
        "papers.graphml",
        "report.html",
        "papers.jsonl",
        "extractions.jsonl",
        "rejects.jsonl",
        "build.json",
    }
    assert "read 9, built 3, merged 0, rejected 6" in result.output
    assert f"{out / 'papers.ttl'}" in result.output
    assert f"{out / 'papers.graphml'}" in result.output
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [5, 9, 11, 17, 20, 22]
    assert all(set(r) == {"file", "line", "reason", "raw"} and r["raw"] for r in rejects)
    manifest = json.loads((out / "build.json").read_text())
    assert manifest["counts"]["rejected"] == 6
    assert set(manifest["files"]) == {
        "papers.ttl",
        "papers.graphml",
        "report.html",
        "papers.jsonl",
        "extractions.jsonl",
        "rejects.jsonl",
    }
    assert 'data-stat="rejected" data-value="6"' in (out / "report.html").read_text()


def test_reject_lines_are_file_line_reason(tmp_path, data_dir):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "citekg",
            "build",
            str(data_dir / "list_malformed.txt"),
            "-o",
            str(tmp_path / "o"),
            "-q",
        ],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0
    assert proc.stdout == ""  # --quiet: no summary
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 6
    assert lines[0] == f"{data_dir / 'list_malformed.txt'}:5: entry 2 has no title"
    assert "Traceback" not in proc.stderr


def test_strict_exits_1_but_writes(tmp_path, data_dir):
    out = tmp_path / "out"
    result = run("build", data_dir / "papers.csv", "-o", out, "--strict", "-q")
    assert result.exit_code == 1
    assert (out / "papers.ttl").exists() and (out / "rejects.jsonl").read_text().count("\n") == 3
    assert run("build", data_dir / "list_tolerant.txt", "-o", out, "--strict").exit_code == 0


def _unusable(folder, kind):
    if kind == "missing":
        return folder / "missing.txt"
    if kind == "directory":
        return folder
    path = folder / f"{kind}.dat"
    path.write_bytes(b"" if kind == "empty" else b"\x00\xff" * 10)
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("empty", "empty file"),
        ("binary", "binary file"),
    ],
)
def test_unusable_inputs_exit_2_with_one_line(tmp_path, kind, message):
    path = _unusable(tmp_path, kind)
    proc = subprocess.run(
        [sys.executable, "-m", "citekg", "build", str(path), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr
    assert proc.stderr.startswith("citekg: error: ")
    assert not (tmp_path / "o").exists()  # nothing is written for an unusable input


def test_unknown_format_is_a_usage_error(data_dir):
    result = run("build", data_dir / "papers.csv", "--input-format", "xml")
    assert result.exit_code == 2 and "Invalid value for '--input-format'" in result.output
    result = run("build", data_dir / "papers.csv", "--format", "docx")
    assert result.exit_code == 2 and "Invalid value for '-f' / '--format'" in result.output


def test_output_folder_that_is_a_file(tmp_path, data_dir):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", data_dir / "list_tolerant.txt", "-o", blocker / "sub")
    assert result.exit_code == 2
    assert "is not a folder" in result.output or "Error" in result.output


def test_read_and_extract_write_jsonl(tmp_path, data_dir):
    papers_file, rejects_file = tmp_path / "papers.jsonl", tmp_path / "bad.jsonl"
    result = run("read", data_dir / "papers.jsonl", "-o", papers_file, "--rejects", rejects_file)
    assert result.exit_code == 0, result.output
    papers = [json.loads(line) for line in papers_file.read_text().splitlines()]
    assert [p["id"] for p in papers] == ["j1", "j2"]  # j6 merged into j1
    assert len(rejects_file.read_text().splitlines()) == 4
    result = run("extract", data_dir / "list_tolerant.txt")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records[0]["title"] == "Attention Is All You Need"
    assert all({"id", "title", "entities", "results", "mentions"} <= set(r) for r in records)


def test_formats_lists_inputs_and_exports():
    result = run("formats")
    assert result.exit_code == 0
    for name in ("list", "jsonl", "openalex", "s2", "arxiv", "csv", "papers.ttl", "papers.graphml"):
        assert name in result.output


def test_no_input_builds_the_bundled_corpus(tmp_path):
    result = run("build", "-o", tmp_path / "out", "-q")
    assert result.exit_code == 0
    manifest = json.loads((tmp_path / "out" / "build.json").read_text())
    assert manifest["inputs"] == ["bundled:best-ai-papers.txt"]
    assert manifest["counts"]["built"] == 100


def test_help_is_fast_and_does_not_import_spacy():
    code = (
        "import sys; from citekg.cli import main; sys.argv=['citekg','--help']\n"
        "try:\n main()\nexcept SystemExit: pass\nprint('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.strip().endswith("False")


def test_progress_bar_on_an_interactive_stderr(tmp_path, data_dir):
    """With a terminal on stderr the build draws a progress bar there (and not with -q)."""
    import os
    import pty
    import threading

    def run_on_tty(*extra):
        master, slave = pty.openpty()
        chunks: list[bytes] = []

        def drain():
            while True:
                try:
                    data = os.read(master, 4096)
                except OSError:
                    return
                if not data:
                    return
                chunks.append(data)

        reader = threading.Thread(target=drain)
        reader.start()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "citekg",
                "build",
                str(data_dir / "list_tolerant.txt"),
                "-o",
                str(tmp_path / "o"),
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=slave,
            env={**os.environ, "COLUMNS": "100"},
        )
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
        return proc, b"".join(chunks).decode("utf-8", "replace")

    proc, tty = run_on_tty()
    assert proc.returncode == 0
    assert "extract" in tty and "6/6" in tty
    assert b"6/6" not in proc.stdout  # the bar never goes to stdout
    proc, tty = run_on_tty("-q")
    assert proc.returncode == 0 and "extract" not in tty


def test_api_read_warns_about_rejects_without_a_callback(data_dir):
    import citekg
    from citekg.extract import RejectedRecordWarning

    with pytest.warns(RejectedRecordWarning) as caught:
        papers = citekg.read(data_dir / "papers.csv")
    assert len(papers) == 2 and len(caught) == 3


def test_workers_do_not_change_the_output(tmp_path):
    path = tmp_path / "many.jsonl"
    with open(path, "w") as fh:
        for i in range(1100):  # enough for two batches, so two processes really run
            fh.write(
                json.dumps(
                    {
                        "id": f"p{i}",
                        "title": f"Study {i} of Zorblax-{i % 7}B",
                        "abstract": f"We tune Zorblax-{i % 7}B and reach {i % 90}.5 on "
                        "MMLU, beating GPT-4 and Llama 2.",
                    }
                )
                + "\n"
            )
    one = run("extract", path, "-q", "-j", "1")
    two = run("extract", path, "-q", "-j", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output and one.output.count("\n") == 1100


def test_a_bad_base_iri_exits_2_before_any_work(tmp_path, data_dir):
    result = run("build", data_dir / "papers.csv", "-o", tmp_path / "o", "--base-iri", "kg/")
    assert result.exit_code == 2
    assert "base IRI 'kg/' is not absolute" in result.output
    assert not (tmp_path / "o").exists()
    result = run(
        "build",
        data_dir / "papers.csv",
        "-o",
        tmp_path / "o",
        "--base-iri",
        "https://example.org/kg/",
        "-q",
    )
    assert result.exit_code == 0
    assert "<https://example.org/kg/paper/" in (tmp_path / "o" / "papers.ttl").read_text()
