"""Tell an input's format from its name and its first record.

The extension decides when it is clear (``.txt`` list, ``.csv``, ``.tsv``,
``.jsonl``/``.json``); compression suffixes are looked through. When the
extension says nothing, the first non-blank line decides. JSON inputs are then
told apart record by record (OpenAlex, Semantic Scholar, arXiv, or plain
fields), so a file mixing sources still reads.
"""

from __future__ import annotations

import os
from pathlib import Path

from citekg.errors import InputError
from citekg.extract.sources.lines import read_lines, strip_compression_suffix
from citekg.extract.sources.paper_list import is_citation_line, parse_title_line

__all__ = ["EXTENSIONS", "INPUT_FORMATS", "detect_format"]

#: Every input format: name -> one-line description (the CLI's ``--format`` choices).
INPUT_FORMATS: dict[str, str] = {
    "list": "plain-text list: 'N. Title', a citation line, the abstract",
    "jsonl": "JSON Lines or a JSON list; OpenAlex, Semantic Scholar and arXiv records recognised",
    "openalex": "OpenAlex work objects (JSON Lines or an API response)",
    "s2": "Semantic Scholar Graph API paper objects or bulk dataset records",
    "arxiv": "arXiv metadata snapshot records (JSON Lines)",
    "csv": "CSV with a header row: id, title, abstract, citations, year...",
    "tsv": "tab-separated values with a header row",
}

#: File extensions (after compression suffixes) that name a format.
EXTENSIONS: dict[str, str] = {
    ".txt": "list",
    ".text": "list",
    ".md": "list",
    ".list": "list",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
}


def detect_format(path: str | os.PathLike[str]) -> str:
    """The name of ``path``'s format, one of :data:`INPUT_FORMATS`.

    Raises :class:`InputError` for unreadable files and for text that looks
    like none of the formats.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.json").write_text('{"title": "x"}')
    >>> _ = (d / "b.dat").write_text("1. X\\n3 citations\\n")
    >>> detect_format(d / "a.json"), detect_format(d / "b.dat")
    ('jsonl', 'list')
    """
    path = Path(path)
    lines = read_lines(path)  # raises InputError for missing, empty, binary files
    first = next((line for line in lines if line.text.strip()), None)
    second = next((line for line in lines if line.text.strip()), None)
    lines.close()
    if first is None:
        raise InputError(f"{path}: empty file (only blank lines)")
    head = first.text.strip()
    ext = Path(strip_compression_suffix(path.name)).suffix.lower()
    by_ext = EXTENSIONS.get(ext)
    if head[:1] in "[{" and by_ext not in ("csv", "tsv"):
        return "jsonl"
    if by_ext is not None:
        return by_ext
    if parse_title_line(head) or is_citation_line(second.text if second else ""):
        return "list"
    if second is not None and parse_title_line(second.text.strip()):
        return "list"  # a header line, then the first entry
    lowered = head.lower()
    if "title" in lowered:
        if "\t" in head:
            return "tsv"
        if "," in head or ";" in head:
            return "csv"
    raise InputError(
        f"{path}: cannot tell the format from the name or the first line; "
        f"pass --format ({', '.join(INPUT_FORMATS)})"
    )
