"""Papers from flat records: JSON Lines objects and CSV rows with the usual column names.

Columns are matched case-insensitively, and the common spellings of each are
accepted (``citations``, ``citation_count``, ``cited_by_count``,
``citationCount``...), so a spreadsheet export or a home-made JSONL needs no
renaming.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from citekg.extract.records import Institution, Paper
from citekg.extract.sources.fields import (
    FieldError,
    clean_text,
    parse_arxiv_id,
    parse_citations,
    parse_doi,
    parse_openalex_id,
    parse_year,
)

__all__ = ["COLUMNS", "lookup", "paper_from_mapping", "reference_key", "split_list"]

#: Accepted spellings of each field, compared after folding case, ``-`` and ``_``.
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "paper_id", "key", "identifier"),
    "title": ("title", "display_name", "paper_title", "name"),
    "abstract": ("abstract", "summary", "abstract_text"),
    "citations": (
        "citations",
        "citation_count",
        "cited_by_count",
        "citationcount",
        "n_citations",
        "num_citations",
        "citations_count",
        "cited_by",
        "citedby",
    ),
    "year": ("year", "publication_year", "pub_year", "published_year", "date", "publication_date"),
    "rank": ("rank", "position"),
    "doi": ("doi",),
    "arxiv_id": ("arxiv_id", "arxiv", "arxivid", "eprint"),
    "openalex_id": ("openalex_id", "openalex"),
    "s2_id": ("s2_id", "semantic_scholar_id", "s2"),
    "authors": ("authors", "author", "creators"),
    "institutions": ("institutions", "affiliations", "organizations", "organisations"),
    "categories": ("categories", "subjects", "keywords", "fields_of_study", "fieldsofstudy"),
    "references": ("references", "referenced_works", "cites", "reference_ids"),
}


def _fold(name: str) -> str:
    return re.sub(r"[\s_\-]+", "", name.casefold())


_ALIASES = {_fold(alias): field for field, aliases in COLUMNS.items() for alias in aliases}


def lookup(record: dict[str, Any]) -> dict[str, Any]:
    """Map a record's keys to citekg's field names; the first spelling present wins.

    >>> lookup({"Title": "A", "citationCount": 3, "other": 1})
    {'title': 'A', 'citations': 3}
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        field = _ALIASES.get(_fold(str(key)))
        if field is not None and field not in out and value not in (None, ""):
            out[field] = value
    return out


def split_list(value: Any) -> list[str]:
    """A list field from a list, or from text separated by ``;`` or ``|``.

    Objects with a ``name`` or ``display_name`` give that name.

    >>> split_list("Ada Lovelace; Alan Turing"), split_list([{"name": "Grace Hopper"}])
    (['Ada Lovelace', 'Alan Turing'], ['Grace Hopper'])
    """
    if value is None or value == "":
        return []
    if isinstance(value, str):
        items: list[Any] = re.split(r"\s*[;|]\s*", value)
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise FieldError(f"expected a list, got {type(value).__name__}")
    out = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name") or item.get("display_name") or item.get("id") or ""
        text = clean_text(item)
        if text:
            out.append(text)
    return out


def reference_key(value: Any) -> str:
    """The identity key of a cited work, from whatever identifier the input gives.

    >>> reference_key("https://openalex.org/W123"), reference_key("10.1000/XYZ")
    ('openalex:W123', 'doi:10.1000/xyz')
    >>> reference_key("arXiv:1706.03762"), reference_key("p7")
    ('arxiv:1706.03762', 'id:p7')
    """
    text = str(value).strip()
    for prefix, parse in (
        ("openalex", parse_openalex_id),
        ("doi", parse_doi),
        ("arxiv", parse_arxiv_id),
    ):
        try:
            parsed = parse(text)
        except FieldError:
            continue
        if parsed:
            return f"{prefix}:{parsed.upper() if prefix == 'openalex' else parsed.lower()}"
    return f"id:{text}"


def _optional(parse: Any, value: Any) -> Any:
    return parse(value) if value not in (None, "") else None


def paper_from_mapping(record: dict[str, Any], file: str, line: int) -> Paper:
    """A Paper from a flat record; raises FieldError when it cannot be one.

    >>> p = paper_from_mapping({"id": "p1", "title": "Mistral 7B", "citation_count": "1,024",
    ...                         "year": 2023}, "x.csv", 2)
    >>> (p.id, p.title, p.citations, p.year, p.origin)
    ('p1', 'Mistral 7B', 1024, 2023, 'x.csv:2')
    """
    fields = lookup(record)
    title = clean_text(fields.get("title"))
    if not title:
        raise FieldError("no title")
    rank = fields.get("rank")
    try:
        rank = int(rank) if rank not in (None, "") else None
    except (TypeError, ValueError) as err:
        raise FieldError(f"rank {rank!r} is not a number") from err
    institutions = tuple(Institution(name) for name in split_list(fields.get("institutions")))
    paper = Paper(
        id=clean_text(fields.get("id")),
        title=title,
        abstract=clean_text(fields.get("abstract")),
        citations=parse_citations(fields.get("citations")),
        rank=rank,
        year=parse_year(fields.get("year")),
        doi=_optional(parse_doi, fields.get("doi")),
        arxiv_id=_optional(parse_arxiv_id, fields.get("arxiv_id")),
        openalex_id=_optional(parse_openalex_id, fields.get("openalex_id")),
        s2_id=clean_text(fields.get("s2_id")) or None,
        authors=tuple(split_list(fields.get("authors"))),
        categories=tuple(split_list(fields.get("categories"))),
        institutions=institutions,
        references=tuple(reference_key(r) for r in _references(fields.get("references"))),
        file=file,
        line=line,
    )
    return paper if paper.id else replace(paper, id=paper.key)


def _references(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v for v in re.split(r"[\s;|,]+", value) if v]
    return split_list(value)
