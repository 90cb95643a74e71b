"""Shared fixtures: the fixture files folder and one build of the bundled corpus per session."""

from __future__ import annotations

from pathlib import Path

import pytest

#: Fixtures starting real SPARQL servers (Oxigraph, Virtuoso) on 127.0.0.1.
pytest_plugins = ["tests.servers"]

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The folder of small real-format input files."""
    return DATA


@pytest.fixture(scope="session")
def bundled_build(tmp_path_factory: pytest.TempPathFactory):
    """``(kg, out_dir)`` for the bundled corpus, built once through the public API."""
    import citekg

    out = tmp_path_factory.mktemp("bundled") / "out"
    kg = citekg.build(out_dir=out)
    return kg, out
