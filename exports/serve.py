"""A read-only SPARQL 1.1 Protocol endpoint over an Oxigraph store, on 127.0.0.1.

For GUI clients (YASGUI, Protégé, SPARQL notebooks) that speak HTTP rather
than Python. ``citekg serve --store kg.db`` answers at
``http://127.0.0.1:7878/sparql``:

- ``GET /sparql?query=...`` and ``POST /sparql`` (``application/sparql-query``
  or a form with ``query=``); ``/query`` is the same endpoint;
- results in the format the ``Accept`` header asks for: SPARQL JSON (the
  default), XML, CSV or TSV for SELECT and ASK; N-Triples, Turtle or RDF/XML
  for CONSTRUCT and DESCRIBE;
- updates are refused (the store is opened read-only, so a build can keep
  loading into it only when the server is stopped: RocksDB allows one writer);
- ``Access-Control-Allow-Origin: *``, so a browser-based client on another
  origin can query it.

It binds to the loopback interface only: it has no authentication, and is
meant for one user's machine.
"""

from __future__ import annotations

import os
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pyoxigraph

from citekg.errors import StoreError

__all__ = ["DEFAULT_PORT", "SparqlServer", "make_server"]

DEFAULT_PORT = 7878
_RESULT_FORMATS = {
    "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,
    "application/json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "application/xml": pyoxigraph.QueryResultsFormat.XML,
    "text/csv": pyoxigraph.QueryResultsFormat.CSV,
    "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
}
_GRAPH_FORMATS = {
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
}
_MAX_BODY = 1 << 20


def _choose(accept: str, table: dict[str, Any], default: str) -> tuple[str, Any]:
    """The first media type of ``accept`` (by q, then order) that ``table`` knows."""
    ranked = []
    for i, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for _, _, media in sorted(ranked):
        if media in table:
            return media, table[media]
        if media in ("*/*", "application/*", "text/*"):
            break
    return default, table[default]


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "citekg-sparql"

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            if url.path == "/":
                text = "citekg SPARQL endpoint (read-only): GET or POST /sparql?query=...\n"
                self._send(HTTPStatus.OK, text.encode(), "text/plain; charset=utf-8")
            else:
                self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path}; use /sparql")
            return
        params = urllib.parse.parse_qs(url.query)
        if "update" in params:
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            return
        queries = params.get("query")
        if not queries:
            self._error(HTTPStatus.BAD_REQUEST, "missing query parameter")
            return
        self._answer(queries[0], params)

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            self._error(HTTPStatus.NOT_FOUND, f"no such path {url.path}; use /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too large")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query)
        if media == "application/sparql-query":
            query = body
        elif media == "application/x-www-form-urlencoded":
            params.update(urllib.parse.parse_qs(body))
            if "update" in params:
                self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
                return
            query = (params.get("query") or [""])[0]
        elif media == "application/sparql-update":
            self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            return
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {media!r}")
            return
        if not query:
            self._error(HTTPStatus.BAD_REQUEST, "missing query")
            return
        self._answer(query, params)

    def _answer(self, query: str, params: dict[str, list[str]]) -> None:
        try:
            results = self.server.store.query(
                query,
                default_graph=[pyoxigraph.NamedNode(g) for g in params.get("default-graph-uri", [])]
                or None,
                named_graphs=[pyoxigraph.NamedNode(g) for g in params.get("named-graph-uri", [])]
                or None,
                use_default_graph_as_union=self.server.union,
            )
            accept = self.headers.get("Accept") or ""
            if isinstance(results, pyoxigraph.QueryTriples):
                media, fmt = _choose(accept, _GRAPH_FORMATS, "application/n-triples")
            else:
                media, fmt = _choose(accept, _RESULT_FORMATS, "application/sparql-results+json")
            body = results.serialize(format=fmt)
        except SyntaxError as err:
            self._error(HTTPStatus.BAD_REQUEST, f"query syntax error: {err}")
            return
        except (OSError, ValueError) as err:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {err}")
            return
        self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8")


class SparqlServer(ThreadingHTTPServer):
    """An HTTP server answering SPARQL queries over ``store``; see :func:`make_server`."""

    daemon_threads = True

    def __init__(
        self, address: tuple[str, int], store: pyoxigraph.Store, *, union: bool, verbose: bool
    ) -> None:
        super().__init__(address, _Handler)
        self.store = store
        self.union = union
        self.verbose = verbose

    @property
    def url(self) -> str:
        """The endpoint's URL, ``http://127.0.0.1:PORT/sparql``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def start(self) -> threading.Thread:
        """Serve in a background thread (for tests and notebooks); ``shutdown()`` stops it."""
        thread = threading.Thread(target=self.serve_forever, name="citekg-sparql", daemon=True)
        thread.start()
        return thread


def make_server(
    store: str | os.PathLike[str],
    *,
    port: int = DEFAULT_PORT,
    host: str = "127.0.0.1",
    union: bool = True,
    verbose: bool = False,
) -> SparqlServer:
    """A :class:`SparqlServer` over the Oxigraph store at ``store``, opened read-only.

    ``port`` 0 picks a free port (see ``.url``). With ``union`` (the default),
    a query without ``FROM`` sees the default graph and every named graph
    together, as Virtuoso and GraphDB do. A missing store or a port in use
    raises :class:`~citekg.errors.StoreError`.
    """
    path = os.fspath(store)
    if not os.path.isdir(path):
        raise StoreError(f"{path}: no such store (create it with citekg load OUT --store {path})")
    try:
        db = pyoxigraph.Store.read_only(path)
    except OSError as err:
        raise StoreError(f"{path}: cannot open the store ({err})") from err
    try:
        return SparqlServer((host, port), db, union=union, verbose=verbose)
    except OSError as err:
        raise StoreError(f"{host}:{port}: cannot listen ({err.strerror or err})") from err
