"""The one table of export formats: name, aliases, file name, writer, reader.

The CLI's ``--format`` choices, ``citekg formats``, the files ``citekg build``
writes and the round-trip test over every format all come from
:data:`FORMATS`. A format's module has ``write_<name>(G, dest)`` and
``read_<name>(path)``; :meth:`ExportFormat.read_graph` turns what the reader
gives back into citekg's networkx graph, so every format can be checked for
losing nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from citekg.exports.atomic import Staging

__all__ = ["DEFAULT_FORMATS", "FORMATS", "ExportFormat", "get_format", "resolve_formats"]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format; its writer and reader are imported on first use.

    ``model`` is ``"rdf"`` for RDF syntaxes (read back through
    :func:`citekg.graph.rdf.from_rdf`) or ``"property-graph"`` for formats whose
    reader gives the networkx graph directly. ``folder`` formats write a
    folder of files rather than one file.
    """

    name: str
    aliases: tuple[str, ...]
    filename: str
    module: str
    description: str
    model: str
    media_type: str | None = None
    folder: bool = False

    @property
    def writer(self) -> Callable[..., Any]:
        """``write_<name>(G, dest)`` from the format's module."""
        return getattr(import_module(self.module), f"write_{self.name}")

    @property
    def reader(self) -> Callable[..., Any]:
        """``read_<name>(path)`` from the format's module."""
        return getattr(import_module(self.module), f"read_{self.name}")

    def read_graph(self, path: str | Path) -> nx.MultiDiGraph:
        """citekg's networkx graph from a file (or folder) this format's writer wrote."""
        data = self.reader(path)
        if self.model == "rdf":
            from citekg.graph.rdf import from_rdf

            return from_rdf(data)
        if self.name == "graphml":
            from citekg.exports.graphml import from_graphml

            return from_graphml(path)
        return data

    def output_name(self, *, compress: bool = False, shard_size: int | None = None) -> str:
        """The file or folder name this format writes in a build folder.

        >>> FORMATS["ntriples"].output_name(compress=True)
        'papers.nt.gz'
        >>> FORMATS["ntriples"].output_name(shard_size=100_000)
        'ntriples'
        """
        if self.name == "ntriples":
            if shard_size is not None:
                return "ntriples"
            return self.filename + (".gz" if compress else "")
        return self.filename

    def stage(
        self,
        G: nx.MultiDiGraph,
        stage: Staging,
        *,
        compress: bool = False,
        shard_size: int | None = None,
        tap: Callable[[IO[bytes]], AbstractContextManager[IO[bytes]]] | None = None,
    ) -> list[str]:
        """Write ``G`` into a build's :class:`~citekg.exports.atomic.Staging`; returns the
        names staged (published with the rest of the build, or not at all).

        ``tap`` wraps the file a one-file format is written to, to read the bytes as they
        are written (:meth:`citekg.exports.store.StoreFeed.tap`)."""
        name = self.output_name(compress=compress, shard_size=shard_size)
        options: dict[str, Any] = {}
        if self.name == "ntriples":
            options = {"compress": compress, "shard_size": shard_size}
        if self.folder or (shard_size is not None and self.name == "ntriples"):
            self.writer(G, stage.path(name), **options)
            return [name]
        with stage.open(name) as handle, (tap or nullcontext)(handle) as output:
            self.writer(G, output, **options)
        names = [name]
        if self.name == "jsonld":
            from citekg.exports.jsonld import CONTEXT_FILE, write_jsonld_context

            with stage.open(CONTEXT_FILE) as handle:
                write_jsonld_context(G, handle)
            names.append(CONTEXT_FILE)
        return names


#: Every export format, in the order a build writes them.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "turtle",
            ("ttl",),
            "papers.ttl",
            "citekg.exports.turtle",
            "RDF Turtle for SPARQL engines (rdflib, Oxigraph, Fuseki, Virtuoso, GraphDB)",
            "rdf",
            "text/turtle",
        ),
        ExportFormat(
            "ntriples",
            ("nt", "n-triples"),
            "papers.nt",
            "citekg.exports.ntriples",
            "sorted N-Triples for bulk loaders; --gzip, --shard-size N",
            "rdf",
            "application/n-triples",
        ),
        ExportFormat(
            "jsonld",
            ("json-ld",),
            "papers.jsonld",
            "citekg.exports.jsonld",
            "JSON-LD with its context (also written as papers.context.jsonld)",
            "rdf",
            "application/ld+json",
        ),
        ExportFormat(
            "graphml",
            (),
            "papers.graphml",
            "citekg.exports.graphml",
            "GraphML for Gephi, Gephi Lite, Cytoscape, igraph, networkx, Neo4j APOC",
            "property-graph",
        ),
        ExportFormat(
            "gexf",
            (),
            "papers.gexf",
            "citekg.exports.gexf",
            "GEXF 1.3, Gephi's own format, with colours, sizes and positions",
            "property-graph",
        ),
        ExportFormat(
            "neo4j",
            ("csv",),
            "neo4j",
            "citekg.exports.neo4j",
            "folder of CSV files for neo4j-admin database import, with import.sh",
            "property-graph",
            folder=True,
        ),
    )
}

#: What ``citekg build`` writes when no ``--format`` is given.
DEFAULT_FORMATS = ("turtle", "graphml")


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


def resolve_formats(names: Iterable[str] | None) -> list[ExportFormat]:
    """The formats named (``"all"`` for every one), in table order, each once.

    >>> [f.name for f in resolve_formats(["graphml", "ttl", "turtle"])]
    ['turtle', 'graphml']
    >>> len(resolve_formats(["all"])) == len(FORMATS)
    True
    """
    if names is None:
        names = DEFAULT_FORMATS
    wanted: set[str] = set()
    for name in names:
        if name.lower() == "all":
            wanted.update(FORMATS)
        else:
            wanted.add(get_format(name).name)
    return [fmt for fmt in FORMATS.values() if fmt.name in wanted]
