"""Real SPARQL servers on 127.0.0.1 for tests: Oxigraph and Virtuoso, a fresh empty store per test.

Register the fixtures from a test module (or the top-level conftest) with
``pytest_plugins = ["tests.servers"]``. Each fixture is function-scoped, starts its server on free
loopback ports in a temporary folder, waits until it answers and yields a :class:`SparqlServer`;
the process is stopped and the folder removed at teardown. A missing binary skips the test;
a server that dies or does not answer within :data:`STARTUP_TIMEOUT` fails it, with its log.

Binaries: ``oxigraph`` comes from the PyPI package ``oxigraph`` (looked up next to the running
Python first, then on PATH); ``virtuoso-t`` and ``isql-vt`` from Debian's
``virtuoso-opensource-7-bin`` (``.ci/install-tools`` installs it).

Graph Store Protocol behaviour measured here (oxigraph 0.5.13, Virtuoso 7.2.5.1 from Debian 12):

=====================  ===============================  ======================================
                       Oxigraph ``/store``              Virtuoso ``/sparql-graph-crud-auth``
=====================  ===============================  ======================================
named graph            ``?graph=IRI`` (``graph-uri=``   ``?graph=IRI`` or ``?graph-uri=IRI``
                       is ignored: the POST then
                       creates a new graph, 201)
default graph          ``?default``                     not writable: ``?default`` gives 500
auth                   none                             HTTP Digest (MD5, realm "SPARQL"),
                                                        dba/dba; Basic gets 401
Content-Type           honoured: text/turtle,           ignored: the body is sniffed; but
                       application/n-triples (and       ``application/x-www-form-urlencoded``
                       text/plain as N-Triples), ...;   (urllib's default) loads nothing and
                       a non-RDF type gives 415         still answers 201
POST, new graph        201                              201
POST, existing graph   204                              200
malformed Turtle       400, nothing loaded              500, the triples before the error stay
wrong credentials      (no auth)                        401
query without FROM     default graph only               union of all graphs
SPARQL update          ``/update``                      ``/sparql-auth`` (Digest); ``/sparql``
                                                        refuses updates
50 MB N-Triples POST   201 in ~12 s                     201 in ~15 s (~19 s with urllib, which
                                                        sends the body again after the 401)
=====================  ===============================  ======================================

Other traps: Oxigraph treats a POST to ``/store`` without ``graph=`` (e.g. with ``graph-uri=``)
as "create a new graph" and answers 201 with a fresh graph IRI in ``Location``. Virtuoso answers
201 to an empty body too, and its ``DATATYPE()`` of a language-tagged literal is unbound (SPARQL
1.0) where Oxigraph gives ``rdf:langString``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = [
    "STARTUP_TIMEOUT",
    "SparqlServer",
    "http_opener",
    "oxigraph_server",
    "sparql_select",
    "virtuoso_server",
]

STARTUP_TIMEOUT = 30.0
"""Seconds a server gets to answer its first query (Oxigraph needs ~0.1 s, Virtuoso ~2.5 s)."""

STOP_TIMEOUT = 10.0
"""Seconds a server gets to exit at teardown before it is killed."""

START_ATTEMPTS = 3
"""Starts tried with new ports when a server dies at startup (a free port can be taken between
the moment it is picked and the moment the server binds it)."""

LOG_TAIL = 4000
"""Characters of a server's log quoted in a failure message."""

INSTALL_HINT = "run .ci/install-tools (Debian: apt-get install virtuoso-opensource-7-bin)"


@dataclass(frozen=True)
class SparqlServer:
    """A running SPARQL server: where to push graphs (GSP), where to query and how to log in."""

    name: str
    """``"oxigraph"`` or ``"virtuoso"``."""
    base: str
    """``http://127.0.0.1:PORT``, without a trailing slash."""
    gsp: str
    """The SPARQL 1.1 Graph Store Protocol endpoint (indirect graph identification)."""
    query: str
    """The SPARQL 1.1 query endpoint."""
    update: str | None = None
    """The SPARQL 1.1 update endpoint (on Virtuoso ``/sparql-auth``, with :attr:`user`)."""
    user: str | None = None
    """User name for the GSP endpoint (HTTP Digest on Virtuoso), or None without auth."""
    password: str | None = None
    """Password for :attr:`user`."""
    default_graph_writable: bool = True
    """Whether ``gsp?default`` accepts data (Virtuoso's answers 500: it has no default graph)."""
    union_default_graph: bool = False
    """Whether a query without FROM sees the triples of named graphs."""
    directory: Path | None = None
    """The server's data folder (removed at teardown)."""
    startup_seconds: float = 0.0
    """How long the server took to answer its first query."""

    def gsp_url(self, graph: str | None = None) -> str:
        """The GSP URL for the named graph ``graph``, or for the default graph when None."""
        if graph is None:
            return f"{self.gsp}?default"
        return f"{self.gsp}?{urllib.parse.urlencode({'graph': graph})}"

    def opener(self, password: str | None = None) -> urllib.request.OpenerDirector:
        """A urllib opener that logs in to this server when asked (see :func:`http_opener`).

        ``password`` replaces :attr:`password` (to try wrong credentials).
        """
        return http_opener(self.base, self.user, password or self.password)

    def select(self, query: str) -> list[dict[str, str]]:
        """The rows of a SELECT query at :attr:`query` (see :func:`sparql_select`)."""
        return sparql_select(self.query, query)


def http_opener(
    url: str, user: str | None = None, password: str | None = None
) -> urllib.request.OpenerDirector:
    """A urllib opener that bypasses proxies and answers Digest and Basic challenges for ``url``.

    Without ``user`` it sends no credentials. Note that urllib sends a request body again after
    each 401 challenge, and retries wrong credentials 5 times before raising a 401 HTTPError.
    """
    handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({})]
    if user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, url, user, password or "")
        handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        handlers.append(urllib.request.HTTPBasicAuthHandler(passwords))
    return urllib.request.build_opener(*handlers)


def sparql_select(
    url: str,
    query: str,
    user: str | None = None,
    password: str | None = None,
    timeout: float = 60.0,
) -> list[dict[str, str]]:
    """Run a SELECT query at the endpoint ``url``; the rows as ``{variable: value}``.

    The query is POSTed form-encoded and the answer read as SPARQL JSON results. Each value is
    the term's lexical form (IRI, literal text or blank node label, without datatype or language);
    unbound variables are left out of their row.
    """
    body = urllib.parse.urlencode({"query": query}).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json",
        },
    )
    with http_opener(url, user, password).open(request, timeout=timeout) as response:
        results = json.load(response)
    return [
        {var: term["value"] for var, term in binding.items()}
        for binding in results["results"]["bindings"]
    ]


class _ServerDied(RuntimeError):
    """The server process exited before it answered."""


def _free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports on 127.0.0.1 that were free a moment ago."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _log_tail(path: Path) -> str:
    """The last :data:`LOG_TAIL` characters of a server log, or a note that it is empty."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    return text[-LOG_TAIL:] if text.strip() else "(the server printed nothing)"


def _wait_until_ready(process: subprocess.Popen[bytes], probe: str, timeout: float) -> float:
    """Poll ``probe`` until it answers 200; the seconds it took.

    Raises :class:`_ServerDied` if the process exits and :class:`TimeoutError` after ``timeout``.
    """
    opener = http_opener(probe)
    start = time.monotonic()
    while True:
        if process.poll() is not None:
            raise _ServerDied(f"exit code {process.returncode}")
        try:
            with opener.open(probe, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - start
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"no answer from {probe} within {timeout:.0f} s")
        time.sleep(0.05)


def _stop(process: subprocess.Popen[bytes], timeout: float = STOP_TIMEOUT) -> None:
    """Terminate ``process`` (SIGTERM), and kill it if it is still there after ``timeout``."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout)


def _start(
    name: str,
    launch: Callable[[Path], tuple[subprocess.Popen[bytes], str, Path]],
    workdir: Path,
) -> tuple[subprocess.Popen[bytes], float]:
    """Start a server with ``launch``; the process and the seconds it took to answer.

    ``launch(attempt_dir)`` picks ports, starts the process and returns it, the URL to probe and
    its log file. A process that dies at startup is retried with new ports
    (:data:`START_ATTEMPTS` times); if none answers, the test fails with the server's log.
    """
    for attempt in range(1, START_ATTEMPTS + 1):
        attempt_dir = workdir / f"attempt{attempt}"
        attempt_dir.mkdir()
        process, probe, log = launch(attempt_dir)
        try:
            return process, _wait_until_ready(process, probe, STARTUP_TIMEOUT)
        except _ServerDied as exc:
            if attempt == START_ATTEMPTS:
                pytest.fail(f"{name} died at startup ({exc}); its log:\n{_log_tail(log)}")
        except TimeoutError as exc:
            _stop(process)
            pytest.fail(f"{name}: {exc}; its log:\n{_log_tail(log)}")
        _stop(process)
    raise AssertionError("unreachable")  # pragma: no cover


def _oxigraph_binary() -> str | None:
    """The ``oxigraph`` CLI of the running environment, else the one on PATH, else None."""
    beside_python = Path(sys.executable).with_name("oxigraph")
    if beside_python.is_file() and os.access(beside_python, os.X_OK):
        return str(beside_python)
    return shutil.which("oxigraph")


@pytest.fixture
def oxigraph_server() -> Iterator[SparqlServer]:
    """An ``oxigraph serve`` (read-write) with an empty store on a free loopback port."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph CLI is missing; install it with `pip install oxigraph==0.5.13`")
    with tempfile.TemporaryDirectory(prefix="citekg-oxigraph-") as tmp:
        ports: list[int] = []

        def launch(attempt_dir: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
            (port,) = _free_ports(1)
            ports[:] = [port]
            log = attempt_dir / "oxigraph.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [
                        binary,
                        "serve",
                        "--location",
                        str(attempt_dir / "store"),
                        "--bind",
                        f"127.0.0.1:{port}",
                    ],
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=attempt_dir,
                )
            return process, f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", log

        process, seconds = _start("oxigraph", launch, Path(tmp))
        base = f"http://127.0.0.1:{ports[0]}"
        try:
            yield SparqlServer(
                name="oxigraph",
                base=base,
                gsp=f"{base}/store",
                query=f"{base}/query",
                update=f"{base}/update",
                directory=Path(tmp),
                startup_seconds=seconds,
            )
        finally:
            _stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DirsAllowed        = ., {dir}
NumberOfBuffers    = 10000
MaxDirtyBuffers    = 6000
CheckpointInterval = 0

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {dir}
ServerThreads        = 10
MaxClientConnections = 10

[SPARQL]
; the defaults (10000 rows, 60 s) silently truncate results
ResultSetMaxRows       = 1000000
MaxQueryExecutionTime  = 600
"""
"""A Virtuoso configuration that keeps every file in ``{dir}`` and listens on loopback only."""


def _shutdown_virtuoso(process: subprocess.Popen[bytes], sql_port: int) -> None:
    """Stop Virtuoso: ``shutdown;`` through isql, then SIGTERM, then SIGKILL."""
    isql = shutil.which("isql-vt")
    if isql is not None and process.poll() is None:
        try:
            subprocess.run(
                [isql, f"127.0.0.1:{sql_port}", "dba", "dba", "exec=shutdown;"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=STOP_TIMEOUT,
                check=False,
            )
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pass
    _stop(process)


@pytest.fixture
def virtuoso_server() -> Iterator[SparqlServer]:
    """A Virtuoso 7 with an empty database in a temporary folder, on free loopback ports.

    ``.gsp`` is ``/sparql-graph-crud-auth`` and ``.update`` is ``/sparql-auth`` (both HTTP Digest,
    dba/dba); ``.query`` is ``/sparql`` (anonymous, read-only).
    """
    binary = shutil.which("virtuoso-t")
    if binary is None:
        pytest.skip(f"virtuoso-t is missing; {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="citekg-virtuoso-") as tmp:
        ports: list[int] = []

        def launch(attempt_dir: Path) -> tuple[subprocess.Popen[bytes], str, Path]:
            sql_port, http_port = _free_ports(2)
            ports[:] = [sql_port, http_port]
            ini = attempt_dir / "virtuoso.ini"
            ini.write_text(
                VIRTUOSO_INI.format(dir=attempt_dir, sql_port=sql_port, http_port=http_port),
                encoding="utf-8",
            )
            log = attempt_dir / "stdout.log"
            with log.open("wb") as out:
                process = subprocess.Popen(
                    [binary, "+configfile", str(ini), "+foreground"],
                    stdin=subprocess.DEVNULL,
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    cwd=attempt_dir,
                )
            return process, f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", log

        process, seconds = _start("virtuoso", launch, Path(tmp))
        sql_port, http_port = ports
        base = f"http://127.0.0.1:{http_port}"
        try:
            yield SparqlServer(
                name="virtuoso",
                base=base,
                gsp=f"{base}/sparql-graph-crud-auth",
                query=f"{base}/sparql",
                update=f"{base}/sparql-auth",
                user="dba",
                password="dba",
                default_graph_writable=False,
                union_default_graph=True,
                directory=Path(tmp),
                startup_seconds=seconds,
            )
        finally:
            _shutdown_virtuoso(process, sql_port)
