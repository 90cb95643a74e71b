"""Loading an export into a database: the embedded Oxigraph store, or any SPARQL server.

- :func:`load_store` puts an export into a persistent pyoxigraph store on
  disk (RocksDB): nothing to install or start, and ``citekg serve`` or
  ``pyoxigraph.Store(path)`` query it afterwards.
- :func:`push` sends an export to a SPARQL 1.1 Graph Store Protocol endpoint
  (Oxigraph server, Virtuoso, Fuseki, GraphDB...) in N-Triples batches, one
  HTTP POST each, with credentials from the environment.

RDF stores hold sets of triples, so loading the same export twice adds
nothing, and loading a new batch adds only the triples not already there;
both functions report how many triples were sent and, for the local store,
how many were new.

An export is a file citekg wrote (``papers.nt``, ``papers.nt.gz``,
``papers.ttl``, ``papers.jsonld``), a folder of N-Triples shards, or a build
folder, in which the N-Triples are preferred to the Turtle (they parse faster
and in parallel).
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import io
import itertools
import os
import queue
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, Any

import numpy
import pyoxigraph

from citekg.errors import InputError, StoreError

__all__ = [
    "ENV_PASSWORD",
    "ENV_TOKEN",
    "ENV_USER",
    "LoadReport",
    "StoreFeed",
    "build_export",
    "export_files",
    "load_store",
    "push",
]

#: Environment variables holding the endpoint's credentials (never printed or logged).
ENV_USER = "CITEKG_ENDPOINT_USER"
ENV_PASSWORD = "CITEKG_ENDPOINT_PASSWORD"
ENV_TOKEN = "CITEKG_ENDPOINT_TOKEN"
#: Triples per HTTP request when pushing to an endpoint.
PUSH_BATCH = 200_000

_BUILD_FILES = ("ntriples", "papers.nt.gz", "papers.nt", "papers.ttl", "papers.jsonld")
_FORMATS = {
    ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
    ".ttl": pyoxigraph.RdfFormat.TURTLE,
    ".jsonld": pyoxigraph.RdfFormat.JSON_LD,
    ".nq": pyoxigraph.RdfFormat.N_QUADS,
    ".trig": pyoxigraph.RdfFormat.TRIG,
}


@dataclass
class LoadReport:
    """What a load did: the files read, triples sent, and (local store) triples added."""

    target: str
    files: list[str] = field(default_factory=list)
    triples: int = 0
    added: int | None = None
    removed: int = 0
    total: int | None = None
    batches: int = 0

    def text(self) -> str:
        """One line for the terminal."""
        added = "" if self.added is None else f", {self.added} new"
        if self.removed:
            added += f", {self.removed} removed"
        total = "" if self.total is None else f"; the store now holds {self.total}"
        files = f"{len(self.files)} file(s)"
        return f"{self.triples} triples from {files} into {self.target}{added}{total}"


def _rdf_format(path: Path) -> pyoxigraph.RdfFormat:
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    fmt = _FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path}: not an RDF export (use .nt, .nt.gz, .ttl, .jsonld, or a build folder)"
        )
    return fmt


def build_export(names: Iterable[str]) -> str | None:
    """Which of a build folder's file ``names`` :func:`load_store` loads, if any.

    >>> build_export(["papers.graphml", "papers.ttl", "papers.nt"])
    'papers.nt'
    """
    present = set(names)
    return next((name for name in _BUILD_FILES if name in present), None)


def export_files(source: str | os.PathLike[str]) -> list[Path]:
    """The RDF files of an export: the file itself, a folder's shards, or a build's best file.

    >>> export_files("missing")
    Traceback (most recent call last):
    ...
    citekg.errors.InputError: missing: no such file or folder
    """
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_file():
        _rdf_format(path)
        return [path]
    shards = sorted(path.glob("part-*.nt*"))
    if shards:
        return shards
    for name in _BUILD_FILES:
        candidate = path / name
        if candidate.is_dir():
            return export_files(candidate)
        if candidate.is_file():
            return [candidate]
    raise InputError(f"{path}: no RDF export in this folder (run citekg build -f nt, or -f turtle)")


def _open(path: Path) -> io.BufferedIOBase:
    try:
        return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from err


def load_store(
    source: str | os.PathLike[str],
    store: str | os.PathLike[str],
    *,
    graph: str | None = None,
    replace: bool = False,
) -> LoadReport:
    """Load the export ``source`` into the persistent Oxigraph store at ``store``.

    The store is created if needed. Triples go to the default graph, or to the
    named graph ``graph``. Returns a :class:`LoadReport` with the number of
    triples read and of triples new to the store. The load uses Oxigraph's
    bulk loader, which is not one transaction: if it is interrupted, part of
    the export may be in the store, and loading again completes it (no triple
    is ever added twice).

    With ``replace``, the graph ends up holding exactly the export: its triples
    that the export no longer has are removed (what ``citekg build --update
    --store`` does, so a changed value does not leave its old triple behind).
    An empty graph is simply loaded; a graph that holds triples is compared
    with the export loaded into a temporary store on disk beside ``store``,
    so memory does not grow with the export (10,000 papers, 2.8M triples: the
    comparison once held them all in Python, a 4.1 GB peak, even into a new store).
    """
    files = export_files(source)
    report = LoadReport(target=str(store), files=[str(f) for f in files])
    load = _Load(_open_store(store), _graph_node(graph), report, store)
    return _fill(load, lambda into, empty: _add_files(into, files, empty=empty), replace=replace)


def _graph_node(graph: str | None) -> _Graph:
    return pyoxigraph.NamedNode(graph) if graph else pyoxigraph.DefaultGraph()


def _fill(load: _Load, add: _Adder, *, replace: bool) -> LoadReport:
    """Put the triples ``add`` adds into the load's graph (or, with ``replace``, make the
    graph hold exactly them), flush the store and complete the load's report."""
    db, report = load.db, load.report
    before = len(db)
    counted = True
    if not _holds_triples(db, load.graph):
        counted = add(load, True)
    elif replace:
        _replace_graph(load, add)
    else:
        add(load, False)
    db.flush()
    report.total = len(db)
    report.added = report.total - before + report.removed
    if not counted:  # loaded into an empty graph: what was read is what was added
        report.triples += report.added
    return report


_Graph = pyoxigraph.NamedNode | pyoxigraph.DefaultGraph


@dataclass
class _Load:
    """What one load works on: the open store ``db`` (at ``path``, for messages), the
    graph it fills and the report it keeps."""

    db: pyoxigraph.Store
    graph: _Graph
    report: LoadReport
    path: str | os.PathLike[str]


#: Adds an export's triples to a load (into a graph known ``empty``, or not); returns
#: False when the triples read were not counted (see :func:`_add_files`).
_Adder = Callable[[_Load, bool], bool]


def _open_store(store: str | os.PathLike[str]) -> pyoxigraph.Store:
    try:
        return pyoxigraph.Store(str(store))
    except OSError as err:
        raise StoreError(f"{store}: cannot open the store ({_lock_hint(err)})") from err


def _holds_triples(db: pyoxigraph.Store, to_graph: _Graph) -> bool:
    return next(iter(db.quads_for_pattern(None, None, None, to_graph)), None) is not None


def _add_files(load: _Load, files: list[Path], *, empty: bool = False) -> bool:
    """Add the triples of ``files`` to the load's graph: N-Triples in one bulk load, counted
    as it reads. Another format is bulk loaded too when the graph is ``empty`` (10,000
    papers of Turtle in 12 s), and else parsed here, so that its triples are counted
    (20 s). Returns False when the triples read were not counted: in an empty graph
    they are the triples added, which the caller counts from the store."""
    ntriples = [p for p in files if _rdf_format(p) == pyoxigraph.RdfFormat.N_TRIPLES]
    counted = True
    if ntriples:
        _bulk_load_ntriples(load, ntriples)
    db, to_graph, report = load.db, load.graph, load.report
    for path in (p for p in files if p not in ntriples):
        with _open(path) as handle:
            try:
                fmt = _rdf_format(path)
                if empty and not ntriples:
                    db.bulk_load(handle, fmt, to_graph=to_graph)
                    counted = False
                else:
                    quads = pyoxigraph.parse(handle, format=fmt)
                    db.bulk_extend(_counted(_in_graph(quads, to_graph), report))
            except SyntaxError as err:
                raise InputError(f"{path}: {err}") from err
            except OSError as err:
                raise StoreError(f"{load.path}: loading {path.name} failed ({err})") from err
        report.batches += 1
    return counted


def _replace_graph(load: _Load, add: _Adder) -> None:
    """Make the load's graph hold exactly the triples ``add`` adds, changing only what differs.

    The export goes into a temporary store first, so both sides are compared as
    Oxigraph holds them (it keeps, for one, an xsd:nonNegativeInteger as an
    xsd:integer of the same value). They are compared by a 64-bit fingerprint
    of each triple, 8 bytes in a numpy array rather than a Python object per
    triple, so the comparison takes a fraction of the memory of the triples.
    (Two different triples with one fingerprint, a chance of about 1 in 10^5
    at 25 million triples, would be taken for the same: the old one stays.)
    """
    import tempfile

    db, to_graph, report = load.db, load.graph, load.report
    with tempfile.TemporaryDirectory(
        prefix=".citekg-replace-", dir=Path(load.path).resolve().parent
    ) as tmp:
        fresh = pyoxigraph.Store(tmp)
        if not add(replace(load, db=fresh), True):
            report.triples += len(fresh)
        new = _fingerprints(fresh.quads_for_pattern(None, None, None, to_graph))
        old: list[numpy.ndarray] = []
        stale: list[pyoxigraph.Quad] = []
        for batch, hashes in _hashed_batches(db.quads_for_pattern(None, None, None, to_graph)):
            old.append(hashes)
            kept = _members(hashes, new)
            stale += [q for q, k in zip(batch, kept.tolist(), strict=True) if not k]
        for quad in stale:
            db.remove(quad)
        report.removed = len(stale)
        known = numpy.unique(numpy.concatenate(old)) if old else numpy.empty(0, numpy.int64)
        came = numpy.setdiff1d(new, known, assume_unique=True)
        if len(came):
            added = fresh.quads_for_pattern(None, None, None, to_graph)
            db.bulk_extend(list(_matching(added, came)))
        del fresh


#: Triples of the store compared with the export at once.
_BATCH = 100_000


def _matching(quads: Iterator[pyoxigraph.Quad], wanted: numpy.ndarray) -> Iterator[pyoxigraph.Quad]:
    """The ``quads`` whose fingerprint is in the sorted array ``wanted``."""
    for batch, hashes in _hashed_batches(quads):
        yield from itertools.compress(batch, _members(hashes, wanted).tolist())


def _hashed_batches(
    quads: Iterator[pyoxigraph.Quad],
) -> Iterator[tuple[list[pyoxigraph.Quad], numpy.ndarray]]:
    """``quads`` in lists of :data:`_BATCH`, each with the array of their fingerprints."""
    while batch := list(itertools.islice(quads, _BATCH)):
        yield batch, numpy.fromiter(map(_hash, batch), dtype=numpy.int64, count=len(batch))


def _members(values: numpy.ndarray, sorted_set: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` are in the sorted array ``sorted_set`` (a boolean array)."""
    if not len(sorted_set):
        return numpy.zeros(len(values), dtype=bool)
    at = numpy.searchsorted(sorted_set, values).clip(max=len(sorted_set) - 1)
    return sorted_set[at] == values


def _fingerprints(quads: Iterator[pyoxigraph.Quad]) -> numpy.ndarray:
    """A sorted array of the 64-bit hashes of ``quads``' N-Quads text (this process's hash)."""
    return numpy.unique(numpy.fromiter(map(_hash, quads), dtype=numpy.int64))


def _hash(quad: pyoxigraph.Quad) -> int:
    return hash(str(quad))


#: Bytes Oxigraph's bulk loader is handed per read: large reads keep the Python side cheap.
READ_BUFFER = 1 << 20


def _bulk_load_ntriples(load: _Load, files: list[Path]) -> None:
    """Load N-Triples ``files`` (plain or gzipped) with one call of Oxigraph's bulk loader,
    about 3x faster than feeding it quads from Python. One call over all the shards, in
    reads of :data:`READ_BUFFER`, measured 25% faster than a call per shard (10,000 papers:
    10.6-11.4 s against 14.1-14.8 s). N-Triples has one triple a line, counted as it reads.
    """
    chained = _Chained(files)
    counting = _LineCounter(chained)
    try:
        load.db.bulk_load(
            io.BufferedReader(counting, READ_BUFFER),
            pyoxigraph.RdfFormat.N_TRIPLES,
            to_graph=load.graph,
        )
    except SyntaxError as err:
        where = files[0] if len(files) == 1 else f"{chained.reading} (or the file before it)"
        raise InputError(f"{where}: {err}") from err
    except OSError as err:
        raise StoreError(f"{load.path}: loading {chained.reading.name} failed ({err})") from err
    finally:
        chained.close()
    load.report.triples += counting.lines
    load.report.batches += 1


class _Chained(io.RawIOBase):
    """The files one after the other, as one stream, a newline added after a file whose
    last line has none (so two files never run into one line)."""

    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._handle: io.BufferedIOBase | None = None
        self._last = b"\n"
        self.reading = self._paths[0]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while True:
            if self._handle is None:
                if not self._paths:
                    return 0
                self.reading = self._paths.pop(0)
                self._handle = _open(self.reading)
            data = self._handle.read(len(buffer))
            if not data:
                self._handle.close()
                self._handle = None
                if self._last == b"\n":
                    continue
                data = b"\n"  # the file ended without a newline
            self._last = data[-1:]
            buffer[: len(data)] = data
            return len(data)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        super().close()


class _LineCounter(io.RawIOBase):
    """A readable stream that counts the newlines of what passes through it."""

    def __init__(self, inner: io.BufferedIOBase) -> None:
        self.inner = inner
        self.lines = 0
        self._last = b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        if data:
            self.lines += data.count(b"\n")
            self._last = data[-1:]
        elif self._last != b"\n":
            self.lines += 1  # a last line without its newline
            self._last = b"\n"
        return size


class StoreFeed:
    """Load an export into the store while the export is being written.

    ``citekg build --store`` writes the RDF export through :meth:`tap`, which
    copies what is written to a thread that hands it to Oxigraph's bulk loader.
    The loader parses and indexes in Rust without Python's lock, so the load
    runs on the second core while this one writes the export and the other
    files, instead of after them all (100,000 papers: 130 s of loading that
    used to follow the writing). :meth:`result` waits for the load and returns
    the :class:`LoadReport` that :func:`load_store` would have. The store is
    opened here, so a locked store is reported before anything is written.

    The load is as :func:`load_store` with ``replace``: the graph ends up
    holding exactly the export. The loader is handed the end of the export only
    in :meth:`result`, once the build is published, so a build that fails (an
    error, Ctrl-C) stops the load with :meth:`abort` before it completes: a
    graph that held triples is left as it was (they are compared in a
    temporary store), and one that was empty may hold part of the export,
    since a bulk load is not one transaction; the next build with ``--store``
    makes it hold that build's graph.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> feed = StoreFeed(folder / "kg.db", "papers.nt")
    >>> with open(folder / "papers.nt", "wb") as handle, feed.tap(handle) as out:
    ...     _ = out.write(b"<urn:a> <urn:b> <urn:c> .\\n")
    >>> feed.result().text().split(" into ")[0]
    '1 triples from 1 file(s)'
    """

    #: Bytes handed to the loader at once, and how many such pieces may wait for it.
    PIECE = 1 << 20
    WAITING = 16

    def __init__(
        self,
        store: str | os.PathLike[str],
        export_name: str | os.PathLike[str],
        *,
        graph: str | None = None,
    ) -> None:
        #: the export's file name, and its format
        self.name = Path(export_name).name
        self.format = _rdf_format(Path(export_name))
        report = LoadReport(target=str(store), files=[str(export_name)])
        self._path = store
        self._load: _Load | None = _Load(_open_store(store), _graph_node(graph), report, store)
        self._pipe = _Pipe(self.WAITING)
        self._error: BaseException | None = None
        self._report: LoadReport | None = None
        self._thread = threading.Thread(target=self._run, name="citekg-store-load", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        assert self._load is not None

        def add(load: _Load, empty: bool) -> bool:
            reader = io.BufferedReader(self._pipe, READ_BUFFER)
            try:
                if empty:
                    load.db.bulk_load(reader, self.format, to_graph=load.graph)
                    return False
                quads = pyoxigraph.parse(reader, format=self.format)
                load.db.bulk_extend(_counted(_in_graph(quads, load.graph), load.report))
                return True
            except SyntaxError as err:
                raise InputError(f"{load.report.files[0]}: {err}") from err
            finally:
                load.report.batches += 1

        try:
            self._report = _fill(self._load, add, replace=True)
        except BaseException as err:  # handed to the thread that waits in result()
            self._error = _without_frames(err)
        finally:
            self._pipe.drain()  # a writer still writing is never left waiting
            self._load = None  # the store is closed once the load is over

    @contextlib.contextmanager
    def tap(self, handle: IO[bytes]) -> Iterator[IO[bytes]]:
        """``handle``, and what is written to it also goes to the load; the export ends
        when the block does (without an error; else the load is stopped)."""
        tee = _Tee(handle, self._pipe, self.PIECE)
        try:
            yield tee  # type: ignore[misc]
        except BaseException:
            self.abort()
            raise
        tee.flush_piece()

    def abort(self) -> None:
        """Stop the load, and wait until it has stopped: the export will not be published.
        (A graph that was empty may keep what was fed; one that held triples is untouched.)"""
        self._pipe.finish(aborted=True)
        self._thread.join()

    def result(self) -> LoadReport:
        """End the export (the build is published), wait for the load to complete, and
        return its report, or raise the error that stopped it."""
        self._pipe.finish()
        self._thread.join()
        if self._error is not None:
            if isinstance(self._error, OSError) and not isinstance(self._error, InputError):
                raise StoreError(f"{self._path}: loading failed ({self._error})") from None
            raise self._error
        assert self._report is not None
        return self._report


def _without_frames(err: BaseException) -> BaseException:
    """``err`` and the errors it came from without their tracebacks, whose frames would
    keep the load's store open (and locked) for as long as the error is kept."""
    seen: BaseException | None = err
    while seen is not None:
        seen.__traceback__ = None
        seen = seen.__cause__ or seen.__context__
    return err


class _Pipe(io.RawIOBase):
    """Bytes from a writing thread to a reading one, through a queue of at most ``waiting``
    pieces (so the writer waits when the reader falls behind, and memory stays bounded)."""

    _END, _ABORTED = b"", None

    def __init__(self, waiting: int) -> None:
        self._queue: queue.Queue[bytes | None] = queue.Queue(waiting)
        self._piece = memoryview(b"")
        self._done = False
        self._draining = threading.Event()

    def readable(self) -> bool:
        return True

    def put(self, piece: bytes | None) -> None:
        """Hand ``piece`` to the reader (dropped once the reader has stopped reading)."""
        while not self._draining.is_set():
            try:
                self._queue.put(piece, timeout=0.1)
                return
            except queue.Full:
                continue

    def finish(self, *, aborted: bool = False) -> None:
        """Tell the reader the bytes are over (``aborted``: they ended early)."""
        self.put(self._ABORTED if aborted else self._END)

    def drain(self) -> None:
        """The reader has stopped: writers need not wait for it any more."""
        self._draining.set()

    def readinto(self, buffer: Any) -> int:
        while not self._piece:
            if self._done:
                return 0
            piece = self._queue.get()
            if piece is self._ABORTED:
                self._done = True
                raise OSError("the export was not written to the end")
            if piece == self._END:
                self._done = True
                return 0
            self._piece = memoryview(piece)
        size = min(len(buffer), len(self._piece))
        buffer[:size] = self._piece[:size]
        self._piece = self._piece[size:]
        return size


class _Tee:
    """A binary file that also hands what is written to a :class:`_Pipe`, in pieces of at
    least ``piece`` bytes (the writers write many small strings)."""

    def __init__(self, handle: IO[bytes], pipe: _Pipe, piece: int) -> None:
        self._handle, self._pipe, self._size = handle, pipe, piece
        self._pending: list[bytes] = []
        self._pending_size = 0

    def write(self, data: bytes) -> int:
        written = self._handle.write(data)
        self._pending.append(bytes(data))
        self._pending_size += len(data)
        if self._pending_size >= self._size:
            self.flush_piece()
        return written

    def flush_piece(self) -> None:
        if self._pending:
            self._pipe.put(b"".join(self._pending))
            self._pending, self._pending_size = [], 0

    def __getattr__(self, name: str) -> Any:  # tell, seekable, flush... of the file
        return getattr(self._handle, name)


def _lock_hint(err: OSError) -> str:
    text = str(err)
    if "lock" in text.lower():
        return "it is open in another process, such as citekg serve; stop it first"
    return text


def _in_graph(quads: Iterator[pyoxigraph.Quad], graph: _Graph) -> Iterator[pyoxigraph.Quad]:
    for quad in quads:
        yield pyoxigraph.Quad(quad.subject, quad.predicate, quad.object, graph)


def _counted(quads: Iterator[pyoxigraph.Quad], report: LoadReport) -> Iterator[pyoxigraph.Quad]:
    for quad in quads:
        report.triples += 1
        yield quad


def _batches(files: list[Path], size: int) -> Iterator[bytes]:
    """The triples of ``files`` as N-Triples documents of at most ``size`` triples each."""
    batch: list[pyoxigraph.Triple] = []
    for path in files:
        with _open(path) as handle:
            try:
                for quad in pyoxigraph.parse(handle, format=_rdf_format(path)):
                    batch.append(quad.triple)
                    if len(batch) >= size:
                        yield pyoxigraph.serialize(batch, format=pyoxigraph.RdfFormat.N_TRIPLES)
                        batch = []
            except SyntaxError as err:
                raise InputError(f"{path}: {err}") from err
    if batch:
        yield pyoxigraph.serialize(batch, format=pyoxigraph.RdfFormat.N_TRIPLES)


def _public(url: str) -> str:
    """``url`` without any user:password part, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


def _target(endpoint: str, graph: str | None) -> str:
    """The GSP URL of the default graph (``?default``) or of a named graph (``?graph=``)."""
    parts = urllib.parse.urlsplit(endpoint)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k not in ("default", "graph", "graph-uri")]
    tail = urllib.parse.urlencode([*query, ("graph", graph)]) if graph else "default"
    if not graph and query:
        tail = urllib.parse.urlencode(query) + "&default"
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit(parts._replace(netloc=host, query=tail))


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list[Any] = []
    if user is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, url, user, password or "")
        handlers += [
            urllib.request.HTTPBasicAuthHandler(manager),
            urllib.request.HTTPDigestAuthHandler(manager),
        ]
    return urllib.request.build_opener(*handlers)


def _credentials(endpoint: str) -> tuple[str | None, str | None, str | None]:
    """(user, password, token) from the environment, else from the URL's user:password."""
    parts = urllib.parse.urlsplit(endpoint)
    user = os.environ.get(ENV_USER) or (
        urllib.parse.unquote(parts.username) if parts.username else None
    )
    password = os.environ.get(ENV_PASSWORD) or (
        urllib.parse.unquote(parts.password) if parts.password else None
    )
    return user, password, os.environ.get(ENV_TOKEN)


def push(
    source: str | os.PathLike[str],
    endpoint: str,
    *,
    graph: str | None = None,
    batch_size: int = PUSH_BATCH,
    timeout: float = 600.0,
) -> LoadReport:
    """POST the export ``source`` to the Graph Store Protocol ``endpoint``.

    ``endpoint`` is the server's GSP URL (Oxigraph: ``http://host:7878/store``;
    Virtuoso: ``http://host:8890/sparql-graph-crud-auth``; Fuseki:
    ``http://host:3030/DATASET/data``). Triples go to the default graph
    (``?default``) or to the named graph ``graph`` (``?graph=IRI``; Virtuoso
    needs one), as N-Triples, ``batch_size`` triples per request. Credentials
    come from :data:`ENV_USER` and :data:`ENV_PASSWORD` (HTTP Basic or Digest,
    whichever the server asks for) or :data:`ENV_TOKEN` (a Bearer token), and
    never appear in messages. A server that is down or refuses a batch raises
    :class:`~citekg.errors.StoreError` naming how many batches it had already
    accepted; pushing again is safe, since a store adds no triple twice.
    """
    files = export_files(source)
    url = _target(endpoint, graph)
    shown = _public(url)
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise StoreError(f"{shown}: not an http(s) URL")
    user, password, token = _credentials(endpoint)
    opener = _opener(url, user, password)
    report = LoadReport(target=shown, files=[str(f) for f in files])
    for body in _batches(files, batch_size):
        request = urllib.request.Request(url, data=body, method="POST")
        request.add_header("Content-Type", "application/n-triples")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        elif user is not None and password is not None and _prefers_basic():
            secret = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            request.add_header("Authorization", f"Basic {secret}")
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as err:
            detail = _first_line(err.read())
            raise StoreError(
                f"{shown}: HTTP {err.code} {err.reason}{': ' + detail if detail else ''}"
                f"{_partial(report)}"
            ) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"{shown}: cannot connect ({reason}){_partial(report)}") from None
        report.batches += 1
        report.triples += body.count(b"\n")
    return report


def _prefers_basic() -> bool:
    """Send Basic credentials up front only when asked to (``CITEKG_ENDPOINT_AUTH=basic``);
    otherwise the server's 401 challenge picks Basic or Digest."""
    return os.environ.get("CITEKG_ENDPOINT_AUTH", "").lower() == "basic"


def _partial(report: LoadReport) -> str:
    if not report.batches:
        return "; nothing was loaded"
    return (
        f"; {report.batches} batch(es), {report.triples} triples, were loaded before the "
        "failure: push again to complete it (no triple is added twice)"
    )


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:200] if text else ""
