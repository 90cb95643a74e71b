"""Atomic writes: an interrupted build leaves the last good export intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

import citekg
from citekg.exports import FORMATS, Staging, atomic_write
from citekg.exports.atomic import clean_stale_temporaries


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _copy_of(build, folder):
    folder.mkdir()
    for path in build.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def test_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "f.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target, "w") as fh:
        fh.write("half of the new")
        raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]  # no temporary left


def test_a_build_failing_while_writing_publishes_nothing(bundled_build, tmp_path, monkeypatch):
    _, good = bundled_build
    out = _copy_of(good, tmp_path / "out")
    before = _snapshot(out)

    def broken_writer(G, handle):
        handle.write(b"partial")
        raise OSError("disk full")

    fmt = FORMATS["graphml"]
    monkeypatch.setattr(type(fmt), "writer", property(lambda self: broken_writer))
    with pytest.raises(OSError, match="disk full"):
        citekg.build(out_dir=out)
    assert _snapshot(out) == before


def test_killed_build_leaves_previous_files_intact(bundled_build, tmp_path):
    """SIGKILL a real build while it writes its outputs: the previous files stay as they were."""
    _, good = bundled_build
    out = _copy_of(good, tmp_path / "out")
    before = _snapshot(out)
    big = tmp_path / "big.jsonl"
    with open(big, "w") as fh:
        for i in range(8000):
            fh.write(
                f'{{"id": "p{i}", "title": "Paper {i} on GPT-4", "abstract": '
                f'"We evaluate GPT-4 and Llama 2 on MMLU and GSM8K, number {i}."}}\n'
            )
    proc = subprocess.Popen(
        [sys.executable, "-m", "citekg", "build", str(big), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    staging = False
    while time.monotonic() < deadline and proc.poll() is None:
        if any(".citekg-tmp-" in p.name for p in out.iterdir()):
            staging = True  # it is writing the new files: kill it now
            break
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert staging and proc.returncode == -signal.SIGKILL
    after = {name: data for name, data in _snapshot(out).items() if ".citekg-tmp-" not in name}
    assert after == before
    # the dead process's temporaries are cleaned by the next run
    assert clean_stale_temporaries(out)
    assert not any(".citekg-tmp-" in p.name for p in out.iterdir())


def test_staging_publishes_together(tmp_path):
    with Staging(tmp_path) as stage:
        with stage.open("a.txt", "w") as fh:
            fh.write("A")
        with stage.open("b.txt", "w") as fh:
            fh.write("B")
        assert not (tmp_path / "a.txt").exists()
    assert (tmp_path / "a.txt").read_text() == "A" and (tmp_path / "b.txt").read_text() == "B"
