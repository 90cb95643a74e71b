"""Read the plain-text paper list: ``N. Title``, a citation line, then the abstract.

The format of the bundled corpus, and what people paste from a spreadsheet or
a web page::

    The best AI papers in the last 5 years        <- optional header line
    1. GPT-4 Technical Report                     <- rank and title
    20 121 citations                              <- also 20,121 / 20 121 / 1.2k citations
    We report the development of GPT-4, ...       <- abstract, one or several lines

Blank lines, CRLF, a byte-order mark and trailing spaces are tolerated. A line
``N. text`` inside an abstract starts a new entry only when a citation line
follows it or when N is the next rank, so numbered sentences in an abstract
stay in the abstract. Entries that cannot be read (no title, a citation line
that is not a number, lines out of order, bytes that are not UTF-8) become
:class:`~citekg.extract.records.Reject` records with their raw lines.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from citekg.extract.records import Paper, Reject, normalize_title
from citekg.extract.sources.fields import FieldError, clean_text, parse_citations
from citekg.extract.sources.lines import Line, read_lines

__all__ = ["is_citation_line", "parse_title_line", "read_paper_list"]

_TITLE = re.compile(r"^[\s#>*]*(\d{1,7})(?:\.(?!\d)|\))\s*(.*?)[\s*]*$")
_CITATION = re.compile(
    r"^\s*(?:(?P<num>[^\s].{0,20}?)\s*citations?|cited\s+by\s*:?\s*(?P<num2>.{1,20}?)"
    r"|citations?\s*:\s*(?P<num3>.{1,20}?))\s*\.?\s*$",
    re.IGNORECASE,
)


def parse_title_line(text: str) -> tuple[int, str] | None:
    """``(rank, title)`` if ``text`` looks like an entry's first line ``N. Title``.

    >>> parse_title_line("12. Attention Is All You Need")
    (12, 'Attention Is All You Need')
    >>> parse_title_line("1. 3D Gaussian Splatting")
    (1, '3D Gaussian Splatting')
    >>> parse_title_line("3.5 billion parameters") is None
    True
    """
    match = _TITLE.match(text)
    if not match:
        return None
    rank, title = match.groups()
    return int(rank), title


def is_citation_line(text: str) -> str | None:
    """The count part of a citation line (``"20 121"`` of ``"20 121 citations"``), or None.

    >>> is_citation_line("20 121 citations"), is_citation_line("Cited by 1.2k")
    ('20 121', '1.2k')
    >>> is_citation_line("We study citations in the wild.") is None
    True
    """
    match = _CITATION.match(text)
    if not match:
        return None
    num = match.group("num") or match.group("num2") or match.group("num3")
    if num is None or len(num.split()) > 4:
        return None
    return num


class _Entry:
    """The lines of one entry while it is being read."""

    __slots__ = ("body", "orphans", "rank", "title", "title_line")

    def __init__(self, title_line: Line, rank: int, title: str, orphans: list[Line]):
        self.title_line = title_line
        self.rank = rank
        self.title = title
        self.body: list[Line] = []
        self.orphans = orphans

    @property
    def lines(self) -> list[Line]:
        return [*self.orphans, self.title_line, *self.body]


def _raw(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def _finish(entry: _Entry, file: str) -> Paper | Reject:
    """Turn an entry's lines into a Paper, or a Reject saying what is wrong."""
    lines = entry.lines
    first = lines[0].number

    def reject(reason: str) -> Reject:
        return Reject(file, first, reason, _raw(lines))

    bad = next((line for line in lines if not line.valid), None)
    if bad is not None:
        return reject(f"line {bad.number} is not valid UTF-8")
    if entry.orphans:
        return reject(
            f"lines out of order: citation line {entry.orphans[0].number} "
            f"comes before the title line {entry.title_line.number}"
        )
    title = clean_text(entry.title)
    if not normalize_title(title):
        return reject(f"entry {entry.rank} has no title")
    citation_at = [i for i, line in enumerate(entry.body) if is_citation_line(line.text)]
    if not citation_at:
        return reject(f"entry {entry.rank} has no citation line after its title")
    if citation_at[0] != 0:
        line = entry.body[citation_at[0]]
        return reject(f"lines out of order: citation line {line.number} comes after the abstract")
    if len(citation_at) > 1:
        line = entry.body[citation_at[1]]
        return reject(f"entry {entry.rank} has a second citation line ({line.number})")
    try:
        citations = parse_citations(is_citation_line(entry.body[0].text))
    except FieldError as err:
        return Reject(file, entry.body[0].number, str(err), _raw(lines))
    abstract = clean_text(" ".join(line.text for line in entry.body[1:]))
    return Paper(
        id=f"rank-{entry.rank}",
        title=title,
        abstract=abstract,
        citations=citations,
        rank=entry.rank,
        file=file,
        line=entry.title_line.number,
    )


class _Lookahead:
    """The non-blank lines of a file with a view of the next two."""

    def __init__(self, lines: Iterator[Line]) -> None:
        self._lines = lines
        self._buffer: list[Line] = []

    def peek(self, k: int = 0) -> Line | None:
        while len(self._buffer) <= k:
            line = next(self._lines, None)
            if line is None:
                return None
            self._buffer.append(line)
        return self._buffer[k]

    def pop(self) -> Line | None:
        line = self.peek()
        if line is not None:
            self._buffer.pop(0)
        return line


def _counts(line: Line | None) -> bool:
    return line is not None and is_citation_line(line.text) is not None


def _titled(line: Line | None) -> bool:
    return line is not None and parse_title_line(line.text) is not None


def read_paper_list(path: str | os.PathLike[str]) -> Iterator[Paper | Reject]:
    """Stream the entries of a paper list as :class:`Paper` or :class:`Reject` records.

    ``rank`` is the entry's number, ``id`` is ``rank-N``; identity across
    inputs comes from the title (see :attr:`Paper.key`).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "list.txt"
    >>> _ = p.write_text("Top\\n1. Segment Anything\\n10,500 citations\\nWe introduce SAM.\\n")
    >>> [(r.rank, r.title, r.citations, r.abstract) for r in read_paper_list(p)]
    [(1, 'Segment Anything', 10500, 'We introduce SAM.')]
    """
    file = str(path)
    lines = _Lookahead(line for line in read_lines(Path(path)) if line.text.strip())
    header_seen = False
    preamble: list[Line] = []  # text before the first entry, beyond the header
    orphans: list[Line] = []  # citation lines met before their entry's title
    entry: _Entry | None = None

    while (line := lines.pop()) is not None:
        parsed = parse_title_line(line.text)
        starts = False
        if parsed is not None:
            # "N. text" inside an abstract is a new entry only if a count
            # follows it, N is the next rank, or the current entry is empty.
            starts = (
                entry is None
                or not entry.body
                or _counts(lines.peek())
                or parsed[0] == entry.rank + 1
            )
        if starts:
            assert parsed is not None
            if entry is not None:
                yield _finish(entry, file)
            elif preamble:
                yield Reject(
                    file, preamble[0].number, "text before the first entry", _raw(preamble)
                )
                preamble = []
            entry = _Entry(line, parsed[0], parsed[1], orphans)
            orphans = []
            continue
        # A count right before a title whose own count is missing belongs to
        # that next entry, which is then out of order.
        stranded = _counts(line) and _titled(lines.peek()) and not _counts(lines.peek(1))
        if entry is None:
            if stranded:
                orphans.append(line)
            elif not header_seen and not _counts(line):
                header_seen = True  # the optional header line
            else:
                preamble.append(line)
            continue
        if stranded and entry.body:
            yield _finish(entry, file)
            entry = None
            orphans = [line]
            continue
        entry.body.append(line)

    if entry is not None:
        yield _finish(entry, file)
    elif preamble or orphans:
        stray = preamble + orphans
        yield Reject(file, stray[0].number, "no entry found (expected 'N. Title')", _raw(stray))
