"""Ingest: read paper lists, JSON Lines, CSV, OpenAlex, Semantic Scholar and arXiv dumps.

Every reader streams :class:`~citekg.extract.records.Paper` records (and
:class:`~citekg.extract.records.Reject` records for what it cannot read), so
memory stays flat however large the file. :func:`read_papers` is the one entry
point: it detects each file's format, reports rejects through a callback, and
:func:`merge_duplicates` folds the same paper met twice into one record.

Examples
--------
>>> from citekg.extract import read_papers, bundled_corpus
>>> papers = list(read_papers(bundled_corpus()))
>>> len(papers), papers[0].title, papers[0].citations
(100, 'GPT-4 Technical Report', 20121)
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from citekg.errors import InputError
from citekg.extract.records import Paper, Reject
from citekg.extract.sources.arxiv import looks_like_arxiv, paper_from_arxiv
from citekg.extract.sources.csv_table import read_csv
from citekg.extract.sources.detect import INPUT_FORMATS, detect_format
from citekg.extract.sources.fields import FieldError, parse_arxiv_id
from citekg.extract.sources.generic import paper_from_mapping
from citekg.extract.sources.json_lines import read_json_objects
from citekg.extract.sources.openalex import looks_like_openalex, paper_from_openalex
from citekg.extract.sources.paper_list import read_paper_list
from citekg.extract.sources.semantic_scholar import (
    looks_like_semantic_scholar,
    paper_from_semantic_scholar,
)

__all__ = [
    "INPUT_FORMATS",
    "MergeResult",
    "RejectedRecordWarning",
    "detect_format",
    "merge_duplicates",
    "read_papers",
    "read_records",
]

Mapper = Callable[[dict[str, Any], str, int], Paper]

_MAPPERS: dict[str, Mapper] = {
    "openalex": paper_from_openalex,
    "s2": paper_from_semantic_scholar,
    "arxiv": paper_from_arxiv,
    "generic": paper_from_mapping,
}


class RejectedRecordWarning(UserWarning):
    """Warned for each rejected record when :func:`read_papers` has no ``on_reject``."""


def _mapper_for(obj: dict[str, Any]) -> Mapper:
    if looks_like_openalex(obj):
        return paper_from_openalex
    if looks_like_semantic_scholar(obj):
        return paper_from_semantic_scholar
    if looks_like_arxiv(obj):
        return paper_from_arxiv
    return paper_from_mapping


def _read_json(path: Path, schema: str | None) -> Iterator[Paper | Reject]:
    file = str(path)
    forced = _MAPPERS.get(schema or "")
    for item in read_json_objects(path):
        if isinstance(item, Reject):
            yield item
            continue
        line, obj, raw = item
        mapper = forced or _mapper_for(obj)
        try:
            yield mapper(obj, file, line)
        except FieldError as err:
            yield Reject(file, line, str(err), raw)


def read_records(
    path: str | os.PathLike[str], format: str | None = None
) -> Iterator[Paper | Reject]:
    """Stream one file as Paper and Reject records, in file order.

    ``format`` is one of :data:`INPUT_FORMATS`, or None to detect it.
    File-level problems (missing, a directory, empty, binary, unknown format)
    raise :class:`InputError`; record-level problems become Rejects.
    A paper without an ``id`` of its own gets its identity key as id.
    """
    path = Path(path)
    if format is not None and format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {format!r}; choose from {', '.join(INPUT_FORMATS)}")
    fmt = format or detect_format(path)
    if fmt == "list":
        records: Iterator[Paper | Reject] = read_paper_list(path)
    elif fmt in ("csv", "tsv"):
        records = read_csv(path, "\t" if fmt == "tsv" else None)
    else:
        records = _read_json(path, None if fmt == "jsonl" else fmt)
    for record in records:
        if isinstance(record, Paper) and not record.id:
            record = replace(record, id=record.key)
        yield record


def _warn(reject: Reject) -> None:
    warnings.warn(str(reject), RejectedRecordWarning, stacklevel=3)


def read_papers(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    on_reject: Callable[[Reject], Any] | None = None,
) -> Iterator[Paper]:
    """Stream the papers of one or several files, whatever their formats.

    Rejected records go to ``on_reject`` (for example ``rejects.append``);
    without one, each is a :class:`RejectedRecordWarning`, never silent.
    Duplicates are not merged here: see :func:`merge_duplicates`.

    >>> from citekg.extract import bundled_corpus
    >>> next(read_papers(bundled_corpus())).rank
    1
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    report = on_reject or _warn
    for path in paths:
        for record in read_records(path, format):
            if isinstance(record, Reject):
                report(record)
            else:
                yield record


@dataclass(frozen=True, slots=True)
class MergeResult:
    """Papers with duplicates folded in, and how many records were merged away."""

    papers: list[Paper]
    merged: int


_STRONG = ("doi", "arxiv", "openalex", "s2")

#: The prefix of the DOIs DataCite gives arXiv preprints (``10.48550/arXiv.2303.08774``).
_ARXIV_DOI = "10.48550/arxiv."


def _ids_by_kind(paper: Paper) -> dict[str, str]:
    """A paper's identifiers by kind (``doi``, ``arxiv``, ...), as its keys spell them.

    An arXiv DOI names the preprint, not the published version: OpenAlex and
    Semantic Scholar give it as the DOI of a work whose arXiv snapshot record
    carries the journal's DOI. So it stands for the arXiv id it spells, and
    never conflicts with a publisher's DOI.
    """
    ids = {k.split(":", 1)[0]: k.split(":", 1)[1] for k in paper.keys if not k.startswith("title:")}
    doi = ids.get("doi", "")
    if doi.startswith(_ARXIV_DOI):
        del ids["doi"]
        try:
            implied = parse_arxiv_id(doi) or ""
        except FieldError:
            implied = doi.removeprefix(_ARXIV_DOI)
        ids.setdefault("arxiv", implied.lower())
    return ids


def _conflict(a: Paper, b: Paper) -> bool:
    """True when two papers carry different ids of the same kind (so are different works).

    >>> journal = Paper(id="a", title="T", doi="10.1145/1", arxiv_id="2303.08774")
    >>> _conflict(journal, Paper(id="b", title="T", doi="10.48550/arXiv.2303.08774"))
    False
    >>> _conflict(journal, Paper(id="c", title="T", doi="10.48550/arXiv.2303.08775"))
    True
    """
    ka, kb = _ids_by_kind(a), _ids_by_kind(b)
    return any(kind in ka and kind in kb and ka[kind] != kb[kind] for kind in _STRONG)


def merge_duplicates(papers: Iterable[Paper]) -> MergeResult:
    """Fold records of the same paper into one, keeping first-seen order.

    Two records are the same paper when they share a DOI, an arXiv id, an
    OpenAlex id, a Semantic Scholar id or their normalised title, and no
    identifier of the same kind tells them apart (an arXiv DOI counts as its
    arXiv id, see :func:`_ids_by_kind`); a record that bridges two groups merges
    them. Within a group
    the record that comes first by (file, line) wins each field it has (see
    :meth:`Paper.merge`), so the merged paper is the same whatever order the
    files and records are given in.

    >>> a = Paper(id="1", title="Segment Anything", arxiv_id="2304.02643", citations=10)
    >>> b = Paper(id="2", title="Segment anything.", citations=12, year=2023)
    >>> r = merge_duplicates([a, b])
    >>> r.merged, r.papers[0].citations, r.papers[0].year
    (1, 12, 2023)
    """
    slots: list[Paper | None] = []  # the group merged so far, for the conflict test
    members: list[list[Paper]] = []
    index: dict[str, int] = {}
    merged = 0
    for paper in papers:
        hits = sorted({index[k] for k in paper.keys if k in index})
        hits = [i for i in hits if slots[i] is not None and not _conflict(slots[i], paper)]
        if not hits:
            index.update((k, len(slots)) for k in paper.keys if k not in index)
            slots.append(paper)
            members.append([paper])
            continue
        target = hits[0]
        current = slots[target]
        assert current is not None
        current = current.merge(paper)
        members[target].append(paper)
        merged += 1
        for other in hits[1:]:  # the new record bridged two earlier ones
            absorbed = slots[other]
            assert absorbed is not None
            current = current.merge(absorbed)
            members[target].extend(members[other])
            slots[other] = None
            members[other] = []
            merged += 1
            index.update((k, target) for k in absorbed.keys)
        slots[target] = current
        index.update((k, target) for k in (*paper.keys, *current.keys))
    out = []
    for slot, group in zip(slots, members, strict=True):
        if slot is None:
            continue
        if len(group) > 1:
            group.sort(key=lambda p: (p.file, p.line, p.id))
            slot = group[0]
            for other in group[1:]:
                slot = slot.merge(replace(other, merged_from=()))
        out.append(slot)
    return MergeResult(out, merged)
