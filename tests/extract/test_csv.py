"""CSV and TSV tables."""

from __future__ import annotations

import pytest

from citekg.errors import InputError
from citekg.extract import Paper, Reject
from citekg.extract.sources import read_records


def test_csv_rows_and_rejects(data_dir):
    records = list(read_records(data_dir / "papers.csv"))
    papers = [r for r in records if isinstance(r, Paper)]
    rejects = [r for r in records if isinstance(r, Reject)]
    assert [p.id for p in papers] == ["p1", "p2"]
    resnet, adam = papers
    assert resnet.line == 2 and adam.line == 4  # the quoted abstract spans lines 2-3
    assert resnet.abstract.startswith("Deeper neural networks") and "(ResNet)" in resnet.abstract
    assert resnet.doi == "10.1109/cvpr.2016.90" and resnet.year == 2016
    assert adam.citations == 150000
    assert [(r.line, r.reason) for r in rejects] == [
        (5, "no title"),
        (6, "row has 7 fields, the header 6"),
        (7, "citation count 'n/a' is not a number"),
    ]
    assert rejects[1].raw == "p4,Too Many Fields,abstract,5,2020,,extra"


def test_non_utf8_row(data_dir):
    records = list(read_records(data_dir / "latin1.csv"))
    assert isinstance(records[0], Reject) and records[0].reason == "line 2 is not valid UTF-8"
    assert isinstance(records[1], Paper) and records[1].title == "Fine Title"


def test_tsv_and_column_spellings(tmp_path):
    path = tmp_path / "x.tsv"
    path.write_text("Paper_ID\tTitle\tcitedByCount\tPublication Year\nq1\tA, B and C\t12\t2020\n")
    (paper,) = read_records(path)
    assert (paper.id, paper.title, paper.citations, paper.year) == ("q1", "A, B and C", 12, 2020)


def test_header_without_title_is_an_input_error(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,count\nx,1\n")
    with pytest.raises(InputError, match="no title column"):
        list(read_records(path))


def test_unterminated_quote_is_a_reject_not_a_crash(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text('title,citations\n"Open quote,3\n')
    records = list(read_records(path))
    assert all(isinstance(r, Reject) for r in records) and records
