"""Papers from OpenAlex work objects (API responses or the snapshot's JSON Lines).

OpenAlex gives no plain abstract: it is rebuilt from ``abstract_inverted_index``
(word -> positions). Institutions of the authorships, with their ROR ids,
become the paper's institutions; ``referenced_works`` become references, which
turn into ``cites`` edges when the cited work is in the input too.
"""

from __future__ import annotations

import re
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

__all__ = ["abstract_from_inverted_index", "looks_like_openalex", "paper_from_openalex"]

_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?$", re.IGNORECASE)


def looks_like_openalex(obj: dict[str, Any]) -> bool:
    """True for an OpenAlex work object."""
    return (
        "abstract_inverted_index" in obj
        or "authorships" in obj
        or str(obj.get("id", "")).startswith("https://openalex.org/W")
    )


def abstract_from_inverted_index(index: Any) -> str:
    """Rebuild the text of an OpenAlex ``abstract_inverted_index``.

    >>> abstract_from_inverted_index({"Deep": [0], "learning": [1, 3], "is": [2]})
    'Deep learning is learning'
    """
    if not index:
        return ""
    if not isinstance(index, dict):
        raise FieldError("abstract_inverted_index is not an object")
    slots: dict[int, str] = {}
    for word, positions in index.items():
        if not isinstance(positions, list):
            raise FieldError(f"abstract_inverted_index[{word!r}] is not a list of positions")
        for pos in positions:
            if not isinstance(pos, int) or isinstance(pos, bool) or pos < 0:
                raise FieldError(f"abstract_inverted_index[{word!r}] has a bad position {pos!r}")
            slots[pos] = word
    return clean_text(" ".join(slots[pos] for pos in sorted(slots)))


def _arxiv_from_locations(obj: dict[str, Any]) -> str | None:
    locations = [
        obj.get("primary_location"),
        obj.get("best_oa_location"),
        *(obj.get("locations") or []),
    ]
    for loc in locations:
        if not isinstance(loc, dict):
            continue
        for url_key in ("landing_page_url", "pdf_url"):
            match = _ARXIV_URL.search(str(loc.get(url_key) or ""))
            if match:
                try:
                    return parse_arxiv_id(match.group(1))
                except FieldError:
                    continue
    return None


def _institutions(obj: dict[str, Any]) -> tuple[Institution, ...]:
    seen: dict[tuple[str, str | None], Institution] = {}
    for authorship in obj.get("authorships") or []:
        if not isinstance(authorship, dict):
            continue
        for inst in authorship.get("institutions") or []:
            if not isinstance(inst, dict):
                continue
            name = clean_text(inst.get("display_name"))
            if not name:
                continue
            ror = clean_text(inst.get("ror")) or None
            seen.setdefault((name, ror), Institution(name, ror))
    return tuple(seen.values())


def _authors(obj: dict[str, Any]) -> tuple[str, ...]:
    names = []
    for authorship in obj.get("authorships") or []:
        if isinstance(authorship, dict):
            author = authorship.get("author") or {}
            name = clean_text(author.get("display_name") if isinstance(author, dict) else None)
            name = name or clean_text(authorship.get("raw_author_name"))
            if name:
                names.append(name)
    return tuple(names)


def paper_from_openalex(obj: dict[str, Any], file: str, line: int) -> Paper:
    """A Paper from an OpenAlex work; raises FieldError when it cannot be one.

    >>> w = {"id": "https://openalex.org/W1", "title": "Mamba", "cited_by_count": 5,
    ...      "doi": "https://doi.org/10.48550/arxiv.2312.00752", "publication_year": 2023,
    ...      "abstract_inverted_index": {"Hello": [0], "world": [1]},
    ...      "referenced_works": ["https://openalex.org/W2"]}
    >>> p = paper_from_openalex(w, "w.jsonl", 1)
    >>> (p.id, p.arxiv_id, p.abstract, p.references)
    ('W1', '2312.00752', 'Hello world', ('openalex:W2',))
    """
    ids = obj.get("ids") if isinstance(obj.get("ids"), dict) else {}
    openalex_id = parse_openalex_id(obj.get("id") or ids.get("openalex"))
    title = clean_text(obj.get("title") or obj.get("display_name"))
    if not title:
        raise FieldError("no title")
    doi = (
        parse_doi(obj.get("doi") or ids.get("doi")) if (obj.get("doi") or ids.get("doi")) else None
    )
    arxiv_id = None
    if doi and doi.startswith("10.48550/arxiv."):
        arxiv_id = parse_arxiv_id(doi)
    arxiv_id = arxiv_id or _arxiv_from_locations(obj)
    references = []
    for ref in obj.get("referenced_works") or []:
        try:
            references.append(f"openalex:{parse_openalex_id(ref)}")
        except FieldError:
            continue
    return Paper(
        id=openalex_id or (f"doi:{doi}" if doi else ""),
        title=title,
        abstract=abstract_from_inverted_index(obj.get("abstract_inverted_index")),
        citations=parse_citations(obj.get("cited_by_count")),
        year=parse_year(obj.get("publication_year") or obj.get("publication_date")),
        doi=doi,
        arxiv_id=arxiv_id,
        openalex_id=openalex_id,
        authors=_authors(obj),
        institutions=_institutions(obj),
        references=tuple(references),
        file=file,
        line=line,
    )
