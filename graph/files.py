"""Reading graph files: bytes (gzip or not), their RDF format, rdflib parsing, one-line errors.

``citekg.load`` and ``citekg validate`` read the same kinds of files and must
fail the same way: ``path: reason`` on one line, never a parser's traceback.

>>> read_bytes("missing.ttl")
Traceback (most recent call last):
...
citekg.errors.InputError: missing.ttl: no such file
"""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path
from typing import Any

from citekg.errors import InputError

__all__ = ["FORMAT_NAMES", "error_line", "parse_rdf", "rdf_format", "read_bytes"]

#: Readable names of rdflib's parser names, for messages.
FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "xml": "RDF/XML", "json-ld": "JSON-LD"}
_QUAD_FORMATS = ("trig", "nquads", "trix")
_AT_LINE = re.compile(r"at line (\d+)")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The content of ``path``, gunzipped when it is gzip; InputError when it is
    missing, a directory, unreadable, corrupt or empty."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        data = path.read_bytes()
    except PermissionError as err:
        raise InputError(f"{path}: permission denied") from err
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as err:
            raise InputError(f"{path}: corrupt gzip stream ({err})") from err
    if not data.strip():
        raise InputError(f"{path}: empty file")
    return data


def rdf_format(path: str | os.PathLike[str]) -> str | None:
    """rdflib's parser name for ``path`` by its suffix (``.gz`` looked through), or None.

    >>> rdf_format("out/papers.ttl.gz"), rdf_format("kg.nt"), rdf_format("kg.graphml")
    ('turtle', 'nt', None)
    """
    from rdflib.util import guess_format

    name = Path(path).name
    name = name[:-3] if name.lower().endswith(".gz") else name
    return guess_format(name)


def error_line(err: BaseException) -> str:
    """The gist of a parser's error on one line: rdflib's ``at line N of <>:`` and
    ``Bad syntax (...)`` lines become ``line N: Bad syntax (...)``."""
    lines = str(getattr(err, "message", None) or err).strip().splitlines()
    if not lines:
        return type(err).__name__
    at = _AT_LINE.match(lines[0])
    text = f"line {at.group(1)}: {lines[1]}" if at and len(lines) > 1 else lines[0]
    text = " ".join(text.split(" at ^")[0].split())
    return text if len(text) <= 200 else text[:199] + "…"


def parse_rdf(data: bytes, fmt: str, path: Any) -> Any:
    """An rdflib ``Graph`` of ``data`` in rdflib format ``fmt``; the quads of a
    dataset format (TriG, N-Quads) are merged into one graph. InputError names
    ``path`` when the data is not valid."""
    from rdflib import Dataset, Graph

    try:
        if fmt not in _QUAD_FORMATS:
            return Graph().parse(data=data, format=fmt)
        dataset = Dataset(default_union=True)
        dataset.parse(data=data, format=fmt)
        graph = Graph()
        for prefix, ns in dataset.namespaces():
            graph.bind(prefix, ns, override=True, replace=True)
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
        return graph
    except Exception as err:  # each rdflib parser raises its own kinds of error
        what = FORMAT_NAMES.get(fmt, fmt)
        raise InputError(f"{path}: not valid {what} ({error_line(err)})") from err
