"""Papers from the arXiv metadata snapshot (one JSON object per line, as on Kaggle).

Titles and abstracts there keep the hard line breaks and indentation of the
submission; they are folded into single spaces. The year is the year of the
first version, from ``versions[0].created``, else from a new-style id
(``2303.08774`` -> 2023), else from ``update_date``.
"""

from __future__ import annotations

import re
from typing import Any

from citekg.extract.records import Paper
from citekg.extract.sources.fields import (
    FieldError,
    clean_text,
    parse_arxiv_id,
    parse_doi,
    parse_year,
)

__all__ = ["looks_like_arxiv", "paper_from_arxiv"]

_YEAR = re.compile(r"\b(19[89]\d|2\d{3})\b")


def looks_like_arxiv(obj: dict[str, Any]) -> bool:
    """True for a record of the arXiv metadata snapshot."""
    return (
        "authors_parsed" in obj
        or "submitter" in obj
        or ("update_date" in obj and "categories" in obj)
    )


def _year(obj: dict[str, Any], arxiv_id: str) -> int | None:
    versions = obj.get("versions")
    if isinstance(versions, list) and versions and isinstance(versions[0], dict):
        match = _YEAR.search(str(versions[0].get("created") or ""))
        if match:
            return int(match.group(1))
    match = re.fullmatch(r"(\d{2})(\d{2})\.\d{4,5}", arxiv_id)
    if match:
        return 2000 + int(match.group(1))
    return parse_year(obj.get("update_date"))


def _authors(obj: dict[str, Any]) -> tuple[str, ...]:
    parsed = obj.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        names = []
        for parts in parsed:
            if isinstance(parts, list) and parts:
                last, first = str(parts[0]), str(parts[1]) if len(parts) > 1 else ""
                suffix = str(parts[2]) if len(parts) > 2 else ""
                name = clean_text(" ".join(p for p in (first, last, suffix) if p))
                if name:
                    names.append(name)
        return tuple(names)
    text = clean_text(obj.get("authors"))
    return tuple(a for a in (clean_text(x) for x in re.split(r",\s*|\s+and\s+", text)) if a)


def paper_from_arxiv(obj: dict[str, Any], file: str, line: int) -> Paper:
    """A Paper from an arXiv snapshot record; raises FieldError when it cannot be one.

    >>> p = paper_from_arxiv({"id": "1706.03762", "title": "Attention Is All\\n  You Need",
    ...     "abstract": "  The dominant sequence\\ntransduction models ...",
    ...     "authors_parsed": [["Vaswani", "Ashish", ""]],
    ...     "versions": [{"created": "Mon, 12 Jun 2017 17:57:34 GMT"}]}, "a.jsonl", 1)
    >>> (p.id, p.title, p.abstract[:21], p.year, p.authors)
    ('1706.03762', 'Attention Is All You Need', 'The dominant sequence', 2017, ('Ashish Vaswani',))
    """
    raw_id = obj.get("id")
    if not raw_id:
        raise FieldError("no arXiv id")
    arxiv_id = parse_arxiv_id(str(raw_id))
    assert arxiv_id is not None
    title = clean_text(obj.get("title"))
    if not title:
        raise FieldError("no title")
    doi = obj.get("doi")
    return Paper(
        id=arxiv_id,
        title=title,
        abstract=clean_text(obj.get("abstract")),
        year=_year(obj, arxiv_id),
        doi=parse_doi(str(doi).split()[0]) if doi else None,
        arxiv_id=arxiv_id,
        authors=_authors(obj),
        categories=tuple(str(obj.get("categories") or "").split()),
        file=file,
        line=line,
    )
