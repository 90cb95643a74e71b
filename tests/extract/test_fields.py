"""Field parsers shared by every reader."""

from __future__ import annotations

import pytest

from citekg.extract.sources.fields import (
    FieldError,
    clean_text,
    parse_arxiv_id,
    parse_citations,
    parse_doi,
    parse_openalex_id,
    parse_year,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20 121", 20121),
        ("20,121", 20121),
        ("20.121", 20121),
        ("20\u00a0121", 20121),
        ("20\u202f121", 20121),
        ("20\u2009121", 20121),
        ("1 234 567", 1234567),
        ("1.2k", 1200),
        ("3K", 3000),
        ("1,5k", 1500),
        ("2M", 2000000),
        (" 42 ", 42),
        (7, 7),
        (7.0, 7),
        (None, None),
        ("", None),
    ],
)
def test_citations(text, value):
    assert parse_citations(text) == value


@pytest.mark.parametrize("text", ["many", "12 34", "1,2,3", "-5", "1.5", "k", True, -1, 2.5])
def test_citations_rejects_what_is_not_a_count(text):
    with pytest.raises(FieldError):
        parse_citations(text)


def test_year():
    assert parse_year("2023") == 2023
    assert parse_year("2023-07-18T00:00:00") == 2023
    assert parse_year(1999) == 1999
    for bad in ("soon", "20233", 99, True):
        with pytest.raises(FieldError):
            parse_year(bad)


def test_identifiers():
    assert parse_doi("doi:10.1145/ABC.123.") == "10.1145/abc.123"
    assert parse_arxiv_id("arXiv:2303.08774v2") == "2303.08774"
    assert parse_arxiv_id("https://arxiv.org/pdf/2303.08774.pdf") == "2303.08774"
    assert parse_openalex_id("w123") == "W123"
    with pytest.raises(FieldError):
        parse_doi("not a doi")
    with pytest.raises(FieldError):
        parse_arxiv_id("1234")


def test_clean_text_folds_whitespace_and_drops_controls():
    assert clean_text("a\n\tb\u0000c  ") == "a bc"
    assert clean_text(None) == ""
