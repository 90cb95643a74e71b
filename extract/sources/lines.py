"""Open an input file and stream its lines, whatever its compression and encoding.

Every reader goes through :func:`read_lines` (or :func:`open_binary`), so they
all share one set of file-level checks (missing, a directory, empty, binary:
:class:`InputError`) and one line-level policy: a line that is not valid UTF-8
is still returned, decoded with backslash escapes and flagged, so the reader
can reject the record that holds it without losing its bytes.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from citekg.errors import InputError

__all__ = ["Line", "compression_of", "open_binary", "read_lines", "strip_compression_suffix"]

_MAGIC = {
    b"\x1f\x8b": "gzip",
    b"BZh": "bz2",
    b"\xfd7zXZ\x00": "xz",
}
_UNSUPPORTED_MAGIC = {
    b"PK\x03\x04": "a zip archive (unzip it first)",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"7z\xbc\xaf": "a 7z archive",
    b"PAR1": "a Parquet file",
    b"SQLite format 3": "an SQLite database",
}
_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz")
_SNIFF = 8192
_STREAM_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)


@dataclass(frozen=True, slots=True)
class Line:
    """One physical line: its 1-based number, its text (no line ending), and whether it decoded."""

    number: int
    text: str
    valid: bool = True


def strip_compression_suffix(name: str) -> str:
    """Drop a compression suffix from a file name.

    >>> strip_compression_suffix("papers.jsonl.gz")
    'papers.jsonl'
    >>> strip_compression_suffix("papers.txt")
    'papers.txt'
    """
    lower = name.lower()
    for suffix in _SUFFIXES:
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def compression_of(head: bytes) -> str | None:
    """The compression a file's first bytes announce (``gzip``, ``bz2``, ``xz``), or None."""
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return kind
    return None


def _check_path(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    if not os.access(path, os.R_OK):
        raise InputError(f"{path}: permission denied")


def open_binary(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open ``path`` for reading bytes, decompressing gzip, bz2 or xz transparently.

    Raises :class:`InputError` with a one-line reason for a missing file, a
    directory, an empty or binary file, or a corrupt compressed stream.
    """
    path = Path(path)
    _check_path(path)
    with open(path, "rb") as raw:
        head = raw.read(_SNIFF)
    if not head:
        raise InputError(f"{path}: empty file")
    for magic, what in _UNSUPPORTED_MAGIC.items():
        if head.startswith(magic):
            raise InputError(f"{path}: binary file ({what}), not a list of papers")
    kind = compression_of(head)
    opener = {"gzip": gzip.open, "bz2": bz2.open, "xz": lzma.open}.get(kind or "")
    if opener is None:
        handle: IO[bytes] = open(path, "rb")  # noqa: SIM115 - the caller closes it
    else:
        handle = opener(path, "rb")
        try:
            head = handle.read(_SNIFF)
            handle.seek(0)
        except _STREAM_ERRORS as err:
            handle.close()
            raise InputError(f"{path}: corrupt {kind} stream ({err})") from err
        if not head.strip():
            handle.close()
            raise InputError(f"{path}: empty file (after {kind} decompression)")
    if b"\x00" in head:
        handle.close()
        raise InputError(f"{path}: binary file (NUL bytes), not a list of papers")
    return handle


def read_lines(path: str | os.PathLike[str]) -> Iterator[Line]:
    r"""Stream the lines of ``path`` as :class:`Line` records, in constant memory.

    A UTF-8 byte-order mark is dropped, ``\r\n`` and bare ``\r`` endings are
    line breaks, and a line that is not valid UTF-8 comes back with
    ``valid=False`` and its undecodable bytes escaped (``\xff``).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.txt"
    >>> _ = p.write_bytes(b"\xef\xbb\xbfa\r\nb\xff\n")
    >>> [(line.number, line.text, line.valid) for line in read_lines(p)]
    [(1, 'a', True), (2, 'b\\xff', False)]
    """
    path = Path(path)
    with open_binary(path) as handle:
        number = 0
        try:
            for raw in handle:
                if number == 0 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                raw = raw.rstrip(b"\n").rstrip(b"\r")
                # A bare \r is a line break too (old Mac files): count each piece.
                for piece in raw.split(b"\r") if b"\r" in raw else (raw,):
                    number += 1
                    try:
                        yield Line(number, piece.decode("utf-8"))
                    except UnicodeDecodeError:
                        yield Line(number, piece.decode("utf-8", "backslashreplace"), False)
        except _STREAM_ERRORS as err:
            raise InputError(f"{path}:{number + 1}: cannot read further ({err})") from err
