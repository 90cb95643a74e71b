"""Papers from Semantic Scholar paper objects (Graph API responses and bulk datasets).

The Graph API spells fields in camelCase (``paperId``, ``citationCount``,
``externalIds``); the bulk datasets in lower case (``corpusid``,
``citationcount``, ``externalids``). Both are read.
"""

from __future__ import annotations

from typing import Any

from citekg.extract.records import Paper
from citekg.extract.sources.fields import (
    FieldError,
    clean_text,
    parse_arxiv_id,
    parse_citations,
    parse_doi,
    parse_year,
)

__all__ = ["looks_like_semantic_scholar", "paper_from_semantic_scholar"]


def _get(obj: dict[str, Any], *names: str) -> Any:
    """The first present field among ``names``, compared case-insensitively."""
    folded = {str(k).lower(): v for k, v in obj.items()}
    for name in names:
        value = folded.get(name.lower())
        if value not in (None, ""):
            return value
    return None


def looks_like_semantic_scholar(obj: dict[str, Any]) -> bool:
    """True for a Semantic Scholar paper object."""
    keys = {str(k).lower() for k in obj}
    return bool(keys & {"paperid", "corpusid", "externalids"})


def _s2_id(obj: dict[str, Any]) -> str | None:
    paper_id = _get(obj, "paperId")
    if paper_id:
        return str(paper_id).strip()
    corpus = _get(obj, "corpusId")
    return f"CorpusId:{corpus}" if corpus is not None else None


def paper_from_semantic_scholar(obj: dict[str, Any], file: str, line: int) -> Paper:
    """A Paper from a Semantic Scholar paper; raises FieldError when it cannot be one.

    >>> p = paper_from_semantic_scholar({"paperId": "abc", "title": "LLaMA", "citationCount": 9,
    ...     "externalIds": {"ArXiv": "2302.13971", "DOI": "10.48550/arXiv.2302.13971"},
    ...     "references": [{"paperId": "def"}, {"paperId": None}]}, "s2.jsonl", 3)
    >>> (p.id, p.s2_id, p.arxiv_id, p.doi, p.references)
    ('abc', 'abc', '2302.13971', '10.48550/arxiv.2302.13971', ('s2:def',))
    """
    title = clean_text(_get(obj, "title"))
    if not title:
        raise FieldError("no title")
    external = _get(obj, "externalIds") or {}
    if not isinstance(external, dict):
        raise FieldError("externalIds is not an object")
    doi = _get(external, "DOI")
    arxiv = _get(external, "ArXiv")
    references = []
    for ref in _get(obj, "references") or []:
        ref_id = _get(ref, "paperId") if isinstance(ref, dict) else ref
        if ref_id:
            references.append(f"s2:{str(ref_id).strip().lower()}")
    authors = []
    for author in _get(obj, "authors") or []:
        name = clean_text(author.get("name") if isinstance(author, dict) else author)
        if name:
            authors.append(name)
    s2_id = _s2_id(obj)
    fields_of_study = [f for f in _get(obj, "fieldsOfStudy") or [] if isinstance(f, str)]
    return Paper(
        id=s2_id or "",
        title=title,
        abstract=clean_text(_get(obj, "abstract")),
        citations=parse_citations(_get(obj, "citationCount")),
        year=parse_year(_get(obj, "year", "publicationDate")),
        doi=parse_doi(doi) if doi else None,
        arxiv_id=parse_arxiv_id(arxiv) if arxiv else None,
        s2_id=s2_id,
        authors=tuple(authors),
        categories=tuple(fields_of_study),
        references=tuple(references),
        file=file,
        line=line,
    )
