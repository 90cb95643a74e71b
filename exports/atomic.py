"""Atomic writes: a file appears complete under its name, or not at all.

Each output is written to a hidden temporary file in the same folder, flushed
to disk, then renamed over the target (``os.replace`` is atomic on POSIX and
Windows). A build writes all its files to temporaries first and renames them
together at the end (:class:`Staging`), so a run killed half-way leaves the
previous build's files as they were.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from citekg.errors import OutputError

__all__ = [
    "Staging",
    "atomic_folder",
    "atomic_write",
    "clean_stale_temporaries",
    "open_output",
    "write_text_pieces",
]

_TMP_MARK = ".citekg-tmp-"
_TMP_NAME = re.compile(r"^\..+\.citekg-tmp-(\d+)-\d+$")
_counter = 0


def _temp_path(target: Path) -> Path:
    global _counter
    _counter += 1
    return target.with_name(f".{target.name}{_TMP_MARK}{os.getpid()}-{_counter}")


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:
        raise OutputError(f"{folder}: exists and is not a folder") from err
    except PermissionError as err:
        raise OutputError(f"{folder}: permission denied") from err


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing so that it is replaced only if the block succeeds.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target, "w") as fh:
    ...     _ = fh.write("done")
    >>> target.read_text()
    'done'
    """
    target = Path(path)
    _prepare_folder(target.parent)
    tmp = _temp_path(target)
    try:
        handle = open(tmp, mode, **kwargs)  # noqa: SIM115 - closed below
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror})") from err
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _publish(tmp: Path, target: Path) -> None:
    """Rename ``tmp`` to ``target``; a folder replaces a folder (the old one is removed)."""
    if tmp.is_dir() and target.is_dir():
        old = _temp_path(target)
        os.replace(target, old)
        os.replace(tmp, target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(tmp, target)


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary folder that replaces the folder ``path`` if the block succeeds.

    For outputs made of several files (N-Triples shards, Neo4j CSV files):
    readers see the old folder or the new one, never a mix.

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "parts"
    >>> with atomic_folder(target) as tmp:
    ...     _ = (tmp / "a.txt").write_text("A")
    >>> sorted(p.name for p in target.iterdir())
    ['a.txt']
    """
    target = Path(path)
    _prepare_folder(target.parent)
    tmp = _temp_path(target)
    try:
        tmp.mkdir()
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror})") from err
    try:
        yield tmp
        _publish(tmp, target)
        _fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@contextlib.contextmanager
def open_output(dest: str | os.PathLike[str] | IO[Any], mode: str = "wb") -> Iterator[IO[Any]]:
    """A writable handle for ``dest``: a path is written atomically, an open file is used as is
    (and left open: only what we opened is closed)."""
    if isinstance(dest, str | os.PathLike):
        with atomic_write(dest, mode, **({"encoding": "utf-8"} if "b" not in mode else {})) as fh:
            yield fh
        return
    if "b" in mode and isinstance(dest, io.TextIOBase):
        raise TypeError("this writer produces bytes; pass a binary file or a path")
    yield dest


def write_text_pieces(pieces: Iterable[str], dest: str | os.PathLike[str] | IO[Any]) -> int:
    """Write text ``pieces`` as UTF-8 to a path (atomically) or a binary file; returns the bytes.

    The writers of the text formats (GraphML, GEXF, JSON-LD) generate their
    documents piece by piece and hand them here, so no document is held whole.
    """
    size = 0
    with open_output(dest, "wb") as handle:
        for piece in pieces:
            data = piece.encode("utf-8")
            handle.write(data)
            size += len(data)
    return size


def clean_stale_temporaries(folder: str | os.PathLike[str]) -> list[Path]:
    """Delete temporaries left by killed runs (their process is gone); returns what was removed."""
    folder = Path(folder)
    removed = []
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        match = _TMP_NAME.match(path.name)
        if not match:
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and _alive(pid):
            continue
        with contextlib.suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Staging:
    """Write several files, then publish them together.

    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> with Staging(out) as stage:
    ...     with stage.open("a.txt", "w") as fh:
    ...         _ = fh.write("A")
    ...     (out / "a.txt").exists()  # not yet published
    False
    >>> (out / "a.txt").read_text()
    'A'
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self._pending: list[tuple[Path, Path]] = []

    def __enter__(self) -> Staging:
        _prepare_folder(self.folder)
        clean_stale_temporaries(self.folder)
        return self

    def path(self, name: str) -> Path:
        """A temporary path (for a file or a folder) that becomes ``folder/name`` on success."""
        target = self.folder / name
        tmp = _temp_path(target)
        self._pending.append((tmp, target))
        return tmp

    @contextlib.contextmanager
    def open(self, name: str, mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
        """Open the temporary file for ``name``; it is fsynced on close."""
        tmp = self.path(name)
        if "b" not in mode:
            kwargs.setdefault("encoding", "utf-8")
            kwargs.setdefault("newline", "\n")
        try:
            handle = open(tmp, mode, **kwargs)  # noqa: SIM115 - closed below
        except OSError as err:
            raise OutputError(f"{self.folder / name}: cannot write ({err.strerror})") from err
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    @property
    def targets(self) -> list[Path]:
        """The files this stage publishes, in order."""
        return [target for _, target in self._pending]

    @property
    def staged(self) -> list[tuple[Path, Path]]:
        """``(temporary, target)`` pairs written so far, in order."""
        return list(self._pending)

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            for tmp, target in self._pending:
                _publish(tmp, target)
            _fsync_dir(self.folder)
            self._pending.clear()
            return
        for tmp, _ in self._pending:
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            with contextlib.suppress(OSError):
                tmp.unlink()
        self._pending.clear()
