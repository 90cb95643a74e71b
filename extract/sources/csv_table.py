"""Papers from CSV or TSV tables with a header row (id, title, abstract, citations, year...).

Quoted fields may span lines; each record is reported with the line it starts
on. A row with more or fewer fields than the header is rejected rather than
guessed at, since a stray quote or delimiter shifts every column after it.
"""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from citekg.errors import InputError
from citekg.extract.records import Paper, Reject
from citekg.extract.sources.fields import FieldError
from citekg.extract.sources.generic import lookup, paper_from_mapping
from citekg.extract.sources.lines import Line, read_lines

__all__ = ["read_csv"]

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _with_newlines(lines: Iterator[Line], seen: list[Line]) -> Iterator[str]:
    for line in lines:
        seen.append(line)
        yield line.text + "\n"


def read_csv(
    path: str | os.PathLike[str], delimiter: str | None = None
) -> Iterator[Paper | Reject]:
    """Stream the rows of a CSV (or, with ``delimiter="\\t"``, TSV) file as Papers or Rejects.

    The delimiter is taken from the header line when not given (tab,
    semicolon or comma). A header without a title column is an
    :class:`InputError`, since no row could be read.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "papers.csv"
    >>> _ = p.write_text('id,title,cited_by_count\\np1,"Deep Residual Learning",200000\\n')
    >>> [(r.id, r.title, r.citations, r.line) for r in read_csv(p)]
    [('p1', 'Deep Residual Learning', 200000, 2)]
    """
    file = str(path)
    seen: list[Line] = []
    source = _with_newlines(read_lines(Path(path)), seen)
    first = next(source, None)
    while first is not None and not first.strip():
        seen.clear()
        first = next(source, None)
    if first is None:
        return
    if delimiter is None:
        counts = {d: first.count(d) for d in ("\t", ";", ",")}
        delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    header_line = seen[-1]
    header = next(csv.reader([first], delimiter=delimiter))
    header = [h.strip().lstrip("\ufeff") for h in header]
    if "title" not in lookup({h: "x" for h in header}):
        raise InputError(
            f"{file}:{header_line.number}: no title column in the header "
            f"(columns: {', '.join(header) or 'none'})"
        )
    seen.clear()
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            lines, seen[:] = list(seen), []
            start = lines[0].number if lines else header_line.number + 1
            yield Reject(
                file, start, f"malformed CSV: {err}", "".join(x.text + "\n" for x in lines)
            )
            continue
        lines, seen[:] = list(seen), []
        if not row or all(not cell.strip() for cell in row):
            continue
        start = lines[0].number
        raw = "\n".join(line.text for line in lines)
        bad = next((line for line in lines if not line.valid), None)
        if bad is not None:
            yield Reject(file, start, f"line {bad.number} is not valid UTF-8", raw)
            continue
        if len(row) != len(header):
            yield Reject(file, start, f"row has {len(row)} fields, the header {len(header)}", raw)
            continue
        try:
            yield paper_from_mapping(dict(zip(header, row, strict=True)), file, start)
        except FieldError as err:
            yield Reject(file, start, str(err), raw)
