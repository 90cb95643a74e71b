"""The one table of export formats: name, aliases, file name, writer.

The CLI's ``--format`` choices, the build's outputs and the round-trip tests
all come from :data:`FORMATS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

__all__ = ["FORMATS", "ExportFormat", "get_format"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format; the writer is imported on first use."""

    name: str
    aliases: tuple[str, ...]
    filename: str
    module: str
    description: str

    @property
    def writer(self) -> Callable[..., Any]:
        """``write_<name>(G, dest)`` from the format's module."""
        return getattr(import_module(self.module), f"write_{self.name}")

    @property
    def reader(self) -> Callable[..., Any]:
        """``read_<name>(path)`` from the format's module."""
        return getattr(import_module(self.module), f"read_{self.name}")


#: Formats written by ``citekg build``, in the order they are written.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "turtle",
            ("ttl", "text/turtle"),
            "papers.ttl",
            "citekg.exports.turtle",
            "RDF Turtle for SPARQL engines",
        ),
        ExportFormat(
            "graphml",
            ("xml",),
            "papers.graphml",
            "citekg.exports.graphml",
            "GraphML for Gephi, Cytoscape, igraph, networkx",
        ),
    )
}


def get_format(name: str) -> ExportFormat:
    """The format called ``name`` or one of its aliases (case-insensitive).

    >>> get_format("TTL").name
    'turtle'
    """
    lowered = name.lower()
    for fmt in FORMATS.values():
        if lowered == fmt.name or lowered in fmt.aliases:
            return fmt
    raise KeyError(f"unknown export format {name!r}; choose from {', '.join(FORMATS)}")
