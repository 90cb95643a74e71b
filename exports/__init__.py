"""Stage 3, exports: the graph written for the tools people use.

One module per format, each with ``write_<fmt>`` (a path, written
atomically, or an open binary file; a folder for multi-file formats) and,
where reading makes sense, ``read_<fmt>``; :data:`FORMATS` lists them.
:func:`write_report` writes the HTML report, a page about the graph rather than a format.
"""

from citekg.exports.atomic import Staging, atomic_folder, atomic_write, open_output
from citekg.exports.formats import (
    DEFAULT_FORMATS,
    FORMATS,
    ExportFormat,
    get_format,
    resolve_formats,
)
from citekg.exports.gexf import from_gexf, read_gexf, write_gexf
from citekg.exports.graphml import from_graphml, generate_graphml, read_graphml, write_graphml
from citekg.exports.jsonl import read_jsonl, write_jsonl
from citekg.exports.jsonld import read_jsonld, write_jsonld, write_jsonld_context
from citekg.exports.neo4j import from_neo4j, read_neo4j, write_neo4j
from citekg.exports.ntriples import read_ntriples, write_ntriples
from citekg.exports.report import render_report, write_report
from citekg.exports.turtle import generate_turtle, parse_turtle, read_turtle, write_turtle

__all__ = [
    "DEFAULT_FORMATS",
    "FORMATS",
    "ExportFormat",
    "Staging",
    "atomic_folder",
    "atomic_write",
    "from_gexf",
    "from_graphml",
    "from_neo4j",
    "generate_graphml",
    "generate_turtle",
    "get_format",
    "open_output",
    "parse_turtle",
    "read_gexf",
    "read_graphml",
    "read_jsonl",
    "read_jsonld",
    "read_neo4j",
    "read_ntriples",
    "read_turtle",
    "render_report",
    "resolve_formats",
    "write_gexf",
    "write_graphml",
    "write_jsonl",
    "write_jsonld",
    "write_jsonld_context",
    "write_neo4j",
    "write_ntriples",
    "write_report",
    "write_turtle",
]
