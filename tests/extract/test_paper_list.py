"""The plain-text paper list: the bundled corpus, tolerated variations, malformed entries."""

from __future__ import annotations

import gzip

import pytest

from citekg.extract import Paper, Reject, bundled_corpus, read_papers
from citekg.extract.sources import read_records
from citekg.extract.sources.paper_list import is_citation_line, parse_title_line


def test_bundled_corpus_parses_to_100_ranked_papers():
    papers = list(read_papers(bundled_corpus()))
    assert len(papers) == 100
    assert [p.rank for p in papers] == list(range(1, 101))
    assert papers[0].title == "GPT-4 Technical Report"
    assert papers[0].citations == 20121
    assert papers[-1].title == "Generalizing to Unseen Domains: A Survey on Domain Generalization"
    assert papers[-1].citations == 1498
    assert all(p.abstract for p in papers)
    assert all(p.citations and p.citations > 0 for p in papers)
    # citation counts are in the list's (descending) order
    counts = [p.citations for p in papers]
    assert counts == sorted(counts, reverse=True)
    assert papers[0].abstract.startswith("We report the development of GPT-4")
    assert "\n" not in "".join(p.abstract for p in papers)


def test_tolerant_list(data_dir):
    records = list(read_records(data_dir / "list_tolerant.txt"))
    assert all(isinstance(r, Paper) for r in records)
    by_rank = {r.rank: r for r in records}
    assert sorted(by_rank) == [1, 2, 3, 4, 5, 6]
    assert by_rank[1].title == "Attention Is All You Need"  # BOM, header, CRLF, trailing spaces
    assert by_rank[1].citations == 120500  # no-break space
    assert by_rank[1].abstract.endswith("We propose the Transformer.")  # two lines folded
    assert by_rank[2].citations == 95000  # narrow no-break space
    assert "1. a new pre-training objective;" in by_rank[2].abstract  # numbered line stays
    assert by_rank[3].citations == 1200  # 1.2k
    assert by_rank[4].citations == 20121  # comma separator
    assert by_rank[5].abstract == ""  # kept without abstract
    assert by_rank[6].title.startswith("3D Gaussian")  # a title starting with a digit
    assert by_rank[6].citations == 2345  # thin space
    assert by_rank[1].line == 3 and by_rank[1].origin.endswith("list_tolerant.txt:3")


def test_malformed_entries_are_rejected_with_reasons(data_dir):
    path = data_dir / "list_malformed.txt"
    records = list(read_records(path))
    papers = [r for r in records if isinstance(r, Paper)]
    rejects = [r for r in records if isinstance(r, Reject)]
    assert [p.rank for p in papers] == [1, 5, 9]
    reasons = {r.line: r.reason for r in rejects}
    assert reasons == {
        5: "entry 2 has no title",
        9: "citation count 'many' is not a number",
        11: "lines out of order: citation line 13 comes after the abstract",
        17: "lines out of order: citation line 17 comes before the title line 18",
        20: "entry 7 has no citation line after its title",
        22: "line 24 is not valid UTF-8",
    }
    # nothing is lost: every line of the file is in a paper's span or a reject's raw text
    raw = "\n".join(r.raw for r in rejects)
    assert "Out Of Order Paper" in raw and "The abstract comes first here." in raw
    assert "An abstract with a bad byte \\xff here." in raw
    assert str(rejects[0]).startswith(f"{path}:5: ")


def test_gzip_is_transparent(tmp_path, data_dir):
    target = tmp_path / "list.txt.gz"
    target.write_bytes(gzip.compress((data_dir / "list_tolerant.txt").read_bytes()))
    assert [p.rank for p in read_papers(target)] == [1, 2, 3, 4, 5, 6]


def test_text_before_the_first_entry_is_rejected(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("Header\nstray line one\nstray line two\n1. T\n3 citations\nA.\n")
    records = list(read_records(path))
    assert isinstance(records[0], Reject) and records[0].reason == "text before the first entry"
    assert records[0].raw == "stray line one\nstray line two"
    assert isinstance(records[1], Paper) and records[1].title == "T"


def test_old_mac_line_endings(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(b"1. A Title\r12 citations\rAn abstract.\r")
    (paper,) = read_papers(path)
    assert (paper.title, paper.citations, paper.abstract) == ("A Title", 12, "An abstract.")


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("20 121 citations", "20 121"),
        ("1 citation", "1"),
        ("Cited by 42", "42"),
        ("citations: 7", "7"),
        ("We count citations carefully in this work.", None),
        ("n/a citations", "n/a"),
    ],
)
def test_citation_line_shape(line, count):
    assert is_citation_line(line) == count


@pytest.mark.parametrize(
    ("line", "parsed"),
    [
        ("1. GPT-4 Technical Report", (1, "GPT-4 Technical Report")),
        ("12) Title", (12, "Title")),
        ("## 3. Heading Title", (3, "Heading Title")),
        ("3.5 billion tokens", None),
        ("Plain text", None),
    ],
)
def test_title_line_shape(line, parsed):
    assert parse_title_line(line) == parsed
