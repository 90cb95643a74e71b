"""citekg's exceptions: one small hierarchy, so callers can catch one base class.

The CLI turns every :class:`CitekgError` into a one-line message and an exit
status; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

__all__ = ["CitekgError", "InputError", "OutputError", "StrictModeError"]


class CitekgError(Exception):
    """Base class of every error citekg raises on purpose."""

    exit_code = 1


class InputError(CitekgError):
    """An input cannot be read at all: missing, a directory, empty, binary, unknown format.

    A single malformed *record* is not an InputError: it becomes a
    :class:`~citekg.extract.records.Reject` and the run goes on.
    """

    exit_code = 2


class OutputError(CitekgError):
    """An output cannot be written (permissions, a file where a folder is expected...)."""

    exit_code = 2


class UsageError(CitekgError):
    """Options that do not fit together (a shard size without N-Triples, an unknown format...)."""

    exit_code = 2


class StoreError(CitekgError):
    """A store or SPARQL endpoint could not take the data: down, refusing, or out of space.

    Whatever was already committed is named in the message; nothing half-loaded is
    reported as loaded.
    """

    exit_code = 1


class StrictModeError(CitekgError):
    """Raised after a build in ``strict`` mode when some records were rejected.

    The build is complete and written; ``kg`` holds it.
    """

    exit_code = 1
    kg: object | None = None
