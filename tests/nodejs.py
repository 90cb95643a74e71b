"""Read GraphML and GEXF files in tests with the JavaScript parsers Gephi Lite uses.

``tests/js/read_graph.mjs`` parses a file with graphology-graphml or graphology-gexf, exactly as
Gephi Lite's importer calls them, and prints the resulting graphology graph as JSON. This module
runs it for pytest. The Node packages are pinned in ``tests/js/package-lock.json``; install them
with ``npm ci --prefix tests/js`` (``.ci/install-node`` does it). Without ``node`` or without those
packages the calling test is skipped, never failed.

Import it from a test module as ``from tests.nodejs import read_with_graphology``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any, Literal

import pytest

JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "read_graph.mjs"
TIMEOUT_SECONDS = 120
INSTALL_HINT = "run `npm ci --prefix tests/js` (or .ci/install-node) to install them"

Format = Literal["graphml", "gexf"]


def _require_node() -> str:
    """The path of ``node``, after skipping the test if it or the pinned packages are missing."""
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"node is not on PATH; install Node.js, then {INSTALL_HINT}")
    if not (JS_DIR / "node_modules").is_dir():
        pytest.skip(f"the graphology packages are not installed in tests/js; {INSTALL_HINT}")
    return node


def _run(cmd: list[str], what: str, timeout: float, **kwargs: Any) -> subprocess.CompletedProcess:
    """Run a Node script; AssertionError, with its stderr, if it times out or fails."""
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", timeout=timeout, **kwargs
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"{what}: did not finish within {timeout} s") from exc
    if proc.returncode != 0:
        raise AssertionError(
            f"{what}: failed (exit code {proc.returncode}):\n{proc.stderr.strip()}"
        )
    return proc


def read_with_graphology(path: str | os.PathLike[str], fmt: Format) -> dict[str, Any]:
    """Parse ``path`` with graphology-graphml (``fmt="graphml"``) or graphology-gexf (``"gexf"``).

    Returns the graph as the script prints it: ``type`` ("directed", "undirected" or "mixed"),
    ``multi``, ``order``, ``size``, the graph ``attributes``, ``nodes`` (id -> attributes; the
    order is not meaningful), ``edges`` (a list of dicts with ``key``, ``source``, ``target``,
    ``undirected`` and ``attributes``, in graph order) and ``warnings``, every message the
    libraries (mostly the xmldom XML parser) logged through ``console`` while parsing: a well
    formed file has none. Non-finite numbers come back as float ``nan`` / ``inf``.

    Raises AssertionError, with the script's stderr, when the file cannot be read or parsed or the
    script misbehaves; calls ``pytest.skip`` when Node.js or the npm packages are missing.
    """
    if fmt not in ("graphml", "gexf"):
        raise ValueError(f"fmt must be 'graphml' or 'gexf', not {fmt!r}")
    node = _require_node()
    cmd = [node, str(SCRIPT), fmt, os.fspath(path)]
    proc = _run(cmd, f"graphology-{fmt} reading {path}", TIMEOUT_SECONDS)
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(
            f"read_graph.mjs printed no valid JSON for {path}: {exc}\n"
            f"stdout: {proc.stdout[:2000]!r}\nstderr: {proc.stderr.strip()}"
        ) from exc
    return result


REPORT_SCRIPT = JS_DIR / "check_report.mjs"
#: Debian's Chromium (packages chromium and chromium-driver, installed by .ci/install-tools).
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
BROWSER_TIMEOUT_SECONDS = 180


def check_report_in_chromium(
    report: str | os.PathLike[str],
    screenshot: str | os.PathLike[str],
    user_data_dir: str | os.PathLike[str],
    query: str = "gpt4",
    extra_args: str = "",
) -> dict[str, Any]:
    """Open ``report`` in headless Chromium with ``tests/js/check_report.mjs`` and return what
    it printed: the headline numbers and chart bars shown (``stats``, ``charts``, ``boards``),
    the network view (``network``: order, size, canvases), ``painted`` pixels of the view,
    what typing ``query`` and Enter selected (``search``), ``consoleErrors``, every request
    (``requests``) and the ones refused for leaving the machine (``blocked``). Saves a
    screenshot at ``screenshot``. ``extra_args`` are more Chromium flags for this run
    (``"--disable-webgl"``). Skips without node, playwright-core or Chromium.
    """
    node = _require_node()
    if not (JS_DIR / "node_modules" / "playwright-core").is_dir():
        pytest.skip(f"playwright-core is not installed in tests/js; {INSTALL_HINT}")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(
            f"no Chromium at {CHROMIUM}; install Debian's chromium and chromium-driver "
            "(.ci/install-tools does it) or set CHROMIUM"
        )
    cmd = [node, str(REPORT_SCRIPT), os.fspath(report), os.fspath(screenshot)]
    cmd += [os.fspath(user_data_dir), query]
    env = {**os.environ, "CHROMIUM": CHROMIUM, "CHROMIUM_EXTRA_ARGS": extra_args}
    proc = _run(cmd, f"Chromium with {report}", BROWSER_TIMEOUT_SECONDS, cwd=JS_DIR, env=env)
    return json.loads(proc.stdout)
