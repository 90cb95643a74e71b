"""JSON Lines: extraction records (the guidelines' format) and rejected input records."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from citekg.exports.atomic import open_output

__all__ = ["generate_jsonl", "read_jsonl", "write_jsonl"]


def generate_jsonl(records: Iterable[Any]) -> Iterator[str]:
    """One compact JSON line per record (records with ``to_dict`` or plain dicts)."""
    for record in records:
        data = record.to_dict() if hasattr(record, "to_dict") else record
        yield json.dumps(data, ensure_ascii=False, sort_keys=False) + "\n"


def write_jsonl(records: Iterable[Any], dest: str | os.PathLike[str] | IO[bytes]) -> int:
    """Write records as JSON Lines to a path (atomically) or a binary file; returns the count.

    >>> import io
    >>> buf = io.BytesIO()
    >>> write_jsonl([{"a": 1}, {"b": "é"}], buf)
    2
    >>> buf.getvalue().decode()
    '{"a": 1}\\n{"b": "é"}\\n'
    """
    count = 0
    with open_output(dest, "wb") as handle:
        for line in generate_jsonl(records):
            handle.write(line.encode("utf-8"))
            count += 1
    return count


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The objects of a JSON Lines file, skipping blank lines."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)
