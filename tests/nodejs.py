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
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(
            f"graphology-{fmt} did not finish reading {path} within {TIMEOUT_SECONDS} s"
        ) from exc
    if proc.returncode != 0:
        raise AssertionError(
            f"graphology-{fmt} could not read {path} (exit code {proc.returncode}):\n"
            f"{proc.stderr.strip()}"
        )
    try:
        result: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise AssertionError(
            f"read_graph.mjs printed no valid JSON for {path}: {exc}\n"
            f"stdout: {proc.stdout[:2000]!r}\nstderr: {proc.stderr.strip()}"
        ) from exc
    return result
