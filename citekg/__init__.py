"""citekg: turn lists of AI papers into a citation knowledge graph.

The pipeline runs in three stages, each a subpackage: :mod:`citekg.extract`
(read papers, find models, datasets, benchmarks and organisations),
:mod:`citekg.graph` (one NetworkX graph, and the same as RDF) and
:mod:`citekg.exports` (Turtle, GraphML...). The functions below run them
end to end; each is also a CLI command (``citekg build``...).

>>> import citekg
>>> kg = citekg.build()          # the bundled list of 100 papers, in memory
>>> kg.report.tally
'read 100, built 100, merged 0, rejected 0'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from citekg._version import __version__
from citekg.errors import (
    CitekgError,
    InputError,
    OutputError,
    StoreError,
    StrictModeError,
    UsageError,
)

if TYPE_CHECKING:
    from citekg.api import (
        BuildReport,
        KnowledgeGraph,
        build,
        evaluate,
        export,
        extract,
        load,
        load_into,
        query,
        read,
        report,
        serve,
        stats,
        validate,
    )

__all__ = [
    "BuildReport",
    "CitekgError",
    "InputError",
    "KnowledgeGraph",
    "OutputError",
    "StoreError",
    "StrictModeError",
    "UsageError",
    "__version__",
    "build",
    "evaluate",
    "export",
    "extract",
    "load",
    "load_into",
    "query",
    "read",
    "report",
    "serve",
    "stats",
    "validate",
]

#: The names :mod:`citekg.api` provides, loaded on first use.
_API = frozenset(__all__) - {
    "CitekgError",
    "InputError",
    "OutputError",
    "StoreError",
    "StrictModeError",
    "UsageError",
    "__version__",
}


def __getattr__(name: str) -> Any:
    """Load the API on first use, so ``import citekg`` and ``citekg --help`` stay fast."""
    if name in _API:
        from citekg import api

        return getattr(api, name)
    raise AttributeError(f"module 'citekg' has no attribute {name!r}")
