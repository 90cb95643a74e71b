"""Stage 3, exports: the graph written for the tools people use.

One module per format, each with ``write_<fmt>`` (a path, written
atomically, or an open binary file) and, where reading makes sense,
``read_<fmt>``; :data:`FORMATS` lists them.
"""

from citekg.exports.atomic import Staging, atomic_write, open_output
from citekg.exports.formats import FORMATS, ExportFormat, get_format
from citekg.exports.graphml import generate_graphml, read_graphml, write_graphml
from citekg.exports.jsonl import read_jsonl, write_jsonl
from citekg.exports.turtle import generate_turtle, parse_turtle, read_turtle, write_turtle

__all__ = [
    "FORMATS",
    "ExportFormat",
    "Staging",
    "atomic_write",
    "generate_graphml",
    "generate_turtle",
    "get_format",
    "open_output",
    "parse_turtle",
    "read_graphml",
    "read_jsonl",
    "read_turtle",
    "write_graphml",
    "write_jsonl",
    "write_turtle",
]
