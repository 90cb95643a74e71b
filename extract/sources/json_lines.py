"""Stream JSON objects from JSON Lines, or from one JSON document holding a list.

Bulk dumps (OpenAlex, Semantic Scholar datasets, the arXiv snapshot) are JSON
Lines: one object per line, read in constant memory. API responses are one
document, a list or an object wrapping it (``{"results": [...]}`` from
OpenAlex, ``{"data": [...]}`` from Semantic Scholar); those are read whole and
their elements reported with the line each one starts on.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from citekg.extract.records import Reject
from citekg.extract.sources.lines import Line, read_lines

__all__ = ["JsonItem", "read_json_objects"]

#: ``(line, object, raw text)`` for a readable object, else a Reject.
JsonItem = tuple[int, dict[str, Any], str] | Reject

_WRAPPERS = ("results", "data", "papers", "works", "items", "records")
_WS = re.compile(r"[\s,]*")


def _decode_error(err: json.JSONDecodeError) -> str:
    return f"invalid JSON: {err.msg} (column {err.colno})"


def _from_lines(
    first: Line, lines: Iterator[Line], file: str
) -> Iterator[tuple[int, Any, str] | Reject]:
    for line in _chain(first, lines):
        text = line.text.strip()
        if not text:
            continue
        if not line.valid:
            yield Reject(file, line.number, "line is not valid UTF-8", line.text)
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as err:
            yield Reject(file, line.number, _decode_error(err), line.text)
            continue
        if not isinstance(obj, dict):
            yield Reject(file, line.number, f"expected a JSON object, got {_kind(obj)}", line.text)
            continue
        yield line.number, obj, line.text


def _chain(first: Line, rest: Iterator[Line]) -> Iterator[Line]:
    yield first
    yield from rest


def _kind(obj: Any) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number"}.get(
        type(obj), type(obj).__name__
    )


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _from_document(
    text: str, file: str, first_line: int
) -> Iterator[tuple[int, Any, str] | Reject]:
    """Walk the list of a JSON document element by element, keeping line numbers."""
    decoder = json.JSONDecoder()
    start = text.index("[") if text.lstrip().startswith("[") else None
    if start is None:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as err:
            yield Reject(file, first_line + err.lineno - 1, _decode_error(err), text)
            return
        key = next(
            (k for k in _WRAPPERS if isinstance(doc, dict) and isinstance(doc.get(k), list)), None
        )
        if key is None:
            if isinstance(doc, dict):
                yield first_line, doc, text
            else:
                yield Reject(file, first_line, f"expected a JSON object, got {_kind(doc)}", text)
            return
        match = re.search(rf'"{key}"\s*:\s*\[', text)
        if match is None:  # pragma: no cover - json.loads found it, the regex will
            for obj in doc[key]:
                yield first_line, obj, json.dumps(obj, ensure_ascii=False)
            return
        start = match.end() - 1
    pos = start + 1
    while True:
        pos = _WS.match(text, pos).end()
        if pos >= len(text) or text[pos] == "]":
            return
        line = first_line + _line_of(text, pos) - 1
        try:
            obj, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as err:
            yield Reject(file, line, _decode_error(err), text[pos:])
            return
        raw, pos = text[pos:end], end
        if isinstance(obj, dict):
            yield line, obj, raw
        else:
            yield Reject(file, line, f"expected a JSON object, got {_kind(obj)}", raw)


def read_json_objects(path: str | os.PathLike[str]) -> Iterator[JsonItem]:
    """Yield ``(line, object, raw text)`` for each JSON object in ``path``, or a Reject.

    JSON Lines is streamed; a file whose first line is not a complete JSON
    object (a list, a pretty-printed document) is read as one document.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.jsonl"
    >>> _ = p.write_text('{"title": "A"}\\nnot json\\n')
    >>> [r if isinstance(r, tuple) else str(r) for r in read_json_objects(p)]
    [(1, {'title': 'A'}, '{"title": "A"}'),
     '...x.jsonl:2: invalid JSON: Expecting value (column 1)']
    """
    file = str(path)
    lines = read_lines(Path(path))
    first = next((line for line in lines if line.text.strip()), None)
    if first is None:
        return
    head = first.text.strip()
    if head.startswith("{"):
        try:
            if isinstance(json.loads(head), dict):
                yield from _from_lines(first, lines, file)
                return
        except json.JSONDecodeError:
            pass
    elif not head.startswith("["):
        yield from _from_lines(first, lines, file)
        return
    # A document: a list, a wrapper object, or JSON Lines whose first line is broken.
    collected = [first, *lines]
    text = "\n".join(line.text for line in collected)
    if head.startswith("{"):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            yield from _from_lines(collected[0], iter(collected[1:]), file)
            return
    bad = next((line for line in collected if not line.valid), None)
    if bad is not None:
        yield Reject(file, bad.number, "document is not valid UTF-8", text)
        return
    yield from _from_document(text, file, first.number)
