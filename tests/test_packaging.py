"""Packaging: the wheel installs `citekg` (and its three stage subpackages) and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
CHECK = (
    "import importlib.util, citekg, citekg.extract, citekg.graph, citekg.exports\n"
    "print(citekg.__file__)\n"
    "print([importlib.util.find_spec(m) is None for m in ('extract', 'graph', 'exports')])\n"
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (found,) = dist.glob("citekg-*.whl")
    return found


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"citekg", next(t for t in tops if t.endswith(".dist-info"))}
    assert "citekg/data/best-ai-papers.txt" in names
    for package in ("extract", "graph", "exports"):
        assert f"citekg/{package}/__init__.py" in names
    assert any(
        n.startswith("citekg/extract/catalog/curated/") and n.endswith(".jsonl") for n in names
    )
    assets = "citekg/exports/report_assets/"
    for asset in ("report.html", "report.css", "report.js", "vendor/VENDOR.json"):
        assert assets + asset in names, asset
    for lib in ("graphology.umd.min.js", "sigma.min.js", "LICENSE-graphology.txt"):
        assert assets + "vendor/" + lib in names, lib
    entry_points = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith("entry_points.txt")))
        .decode()
    )
    assert "citekg = citekg.cli:main" in entry_points
    assert "citekg_catalog = " in entry_points and "[spacy_factories]" in entry_points


def test_wheel_in_a_fresh_venv(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # Dependencies come from the test environment, so the test needs no network.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    )
    Path(purelib.stdout.strip(), "_citekg_test_deps.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n"
    )
    work = tmp_path / "work"
    work.mkdir()
    out = subprocess.run(
        [str(python), "-c", CHECK], cwd=work, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0].startswith(str(venv))  # the wheel's copy, not the source tree
    assert out[1] == "[True, True, True]"  # no top-level extract, graph or exports
    helped = subprocess.run(
        [str(bin_dir / "citekg"), "--help"], cwd=work, capture_output=True, text=True
    )
    assert helped.returncode == 0 and "build" in helped.stdout
    built = subprocess.run(
        [str(bin_dir / "citekg"), "build", "-q", "-o", "out"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    assert (work / "out" / "papers.ttl").stat().st_size > 0
    assert b"sigma" in (work / "out" / "report.html").read_bytes()  # assets found in the wheel


def test_editable_install_exposes_only_citekg(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[1] == "[True, True, True]"
