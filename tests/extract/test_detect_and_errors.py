"""Format detection and the file-level errors: missing, directory, empty, binary."""

from __future__ import annotations

import gzip

import pytest

from citekg.errors import InputError
from citekg.extract import bundled_corpus, detect_format, read_papers


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("list_tolerant.txt", "list"),
        ("papers.jsonl", "jsonl"),
        ("papers.csv", "csv"),
        ("openalex_works.jsonl", "jsonl"),
        ("s2_papers.jsonl", "jsonl"),
    ],
)
def test_detect_by_extension(data_dir, name, fmt):
    assert detect_format(data_dir / name) == fmt


def test_detect_by_content(tmp_path):
    cases = {
        "a.dat": ("Header\n1. Title\n3 citations\n", "list"),
        "b.dat": ('{"title": "x"}\n', "jsonl"),
        "c.dat": ("id,title\n1,x\n", "csv"),
        "d.dat": ("id\ttitle\n1\tx\n", "tsv"),
        "e.txt": ('{"title": "json in a .txt"}\n', "jsonl"),
    }
    for name, (text, fmt) in cases.items():
        (tmp_path / name).write_text(text)
        assert detect_format(tmp_path / name) == fmt, name
    (tmp_path / "f.gz").write_bytes(gzip.compress(b'[{"title": "x"}]'))
    assert detect_format(tmp_path / "f.gz") == "jsonl"


def test_bundled_corpus_is_a_list():
    assert detect_format(bundled_corpus()) == "list"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.mkdir(), p)[1], "is a directory"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty file"),
        (lambda p: (p.write_bytes(b"\n\n  \n"), p)[1], "empty file"),
        (lambda p: (p.write_bytes(b"\x00\x01\x02binary\x00"), p)[1], "binary file"),
        (lambda p: (p.write_bytes(b"PK\x03\x04zip"), p)[1], "zip archive"),
        (lambda p: (p.write_bytes(gzip.compress(b"")), p)[1], "empty file"),
        (lambda p: (p.write_bytes(b"\x1f\x8b\x08\x00garbage"), p)[1], "corrupt gzip"),
        (lambda p: (p.write_text("just some words\nand more words\n"), p)[1], "cannot tell"),
    ],
)
def test_file_level_errors(tmp_path, make, message):
    path = make(tmp_path / "input.bin")
    with pytest.raises(InputError, match=message) as info:
        list(read_papers(path))
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_unknown_forced_format(data_dir):
    with pytest.raises(InputError, match="unknown input format"):
        list(read_papers(data_dir / "papers.csv", format="xml"))


@pytest.mark.parametrize("fmt", ["jsonl", "list", "csv"])
def test_readers_stream_in_flat_memory(tmp_path, fmt):
    """Reading a file record by record holds one record at a time, not the file."""
    import tracemalloc

    path = tmp_path / f"big.{'txt' if fmt == 'list' else fmt}"
    abstract = "We evaluate a model on a benchmark. " * 40
    with open(path, "w") as fh:
        if fmt == "csv":
            fh.write("id,title,abstract,citations\n")
        for i in range(5000):
            if fmt == "jsonl":
                fh.write(f'{{"id": "p{i}", "title": "Paper {i}", "abstract": "{abstract}"}}\n')
            elif fmt == "list":
                fh.write(f"{i + 1}. Paper {i}\n{i} citations\n{abstract}\n")
            else:
                fh.write(f"p{i},Paper {i},{abstract},{i}\n")
    assert path.stat().st_size > 7_000_000
    tracemalloc.start()
    count = sum(1 for _ in read_papers(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 5000
    assert peak < 2_000_000, f"peak {peak} bytes for a {path.stat().st_size} byte file"
