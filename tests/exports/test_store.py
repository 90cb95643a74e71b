"""The database: the embedded Oxigraph store, pushing to real SPARQL servers, and citekg serve."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

import citekg
from citekg.cli import cli
from citekg.errors import InputError, StoreError
from citekg.exports.store import ENV_PASSWORD, ENV_USER, StoreFeed, load_store, push

QUERIES = Path(__file__).parents[2] / "queries"
GRAPH = "https://w3id.org/citekg/id/graph"


def _rows(results) -> list[tuple[str, ...]]:
    """SELECT results as sorted tuples of values (the lexical form of each term)."""
    return sorted(tuple("" if t is None else t.value for t in row) for row in results)


def _json_rows(payload: dict) -> list[tuple[str, ...]]:
    variables = payload["head"]["vars"]
    return sorted(
        tuple(b.get(v, {}).get("value", "") for v in variables)
        for b in payload["results"]["bindings"]
    )


@pytest.fixture(scope="module")
def export(bundled_build, tmp_path_factory) -> Path:
    """A build folder of the bundled corpus with N-Triples and Turtle."""
    out = tmp_path_factory.mktemp("export")
    citekg.build(out_dir=out, formats=["turtle", "ntriples"])
    return out


@pytest.fixture(scope="module")
def triples(export) -> set:
    store = pyoxigraph.Store()
    store.load(path=str(export / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    return {q.triple for q in store}


def test_load_store_twice_adds_nothing(export, triples, tmp_path):
    db = tmp_path / "kg.db"
    first = citekg.load_into(export, store=db)
    assert first.files == [str(export / "papers.nt")]  # N-Triples preferred to Turtle
    assert first.triples == first.added == first.total == len(triples)
    again = citekg.load_into(export / "papers.ttl", store=db)
    assert again.added == 0 and again.total == len(triples)
    store = pyoxigraph.Store.read_only(str(db))
    assert {q.triple for q in store} == triples


def test_load_a_new_batch_adds_only_what_is_new(export, triples, data_dir, tmp_path):
    db = tmp_path / "kg.db"
    load_store(export, db)
    batch = tmp_path / "batch"
    citekg.build(data_dir / "papers.jsonl", out_dir=batch, formats=["ntriples"])
    store = pyoxigraph.Store()
    store.load(path=str(batch / "papers.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    new = {q.triple for q in store} - triples
    assert new  # the batch has papers the bundled corpus lacks
    report = load_store(batch, db)
    assert report.added == len(new) and report.total == len(triples) + len(new)


def test_load_into_a_named_graph_and_from_shards(export, triples, tmp_path):
    shards = tmp_path / "ntriples"
    citekg.export(export / "papers.ttl", shards, format="nt", compress=True, shard_size=4000)
    report = load_store(shards, tmp_path / "db", graph=GRAPH)
    assert len(report.files) == -(-len(triples) // 4000)
    store = pyoxigraph.Store.read_only(str(tmp_path / "db"))
    graph = pyoxigraph.NamedNode(GRAPH)
    assert len(list(store.quads_for_pattern(None, None, None, graph))) == len(triples)


def test_cli_load_store(export, triples, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["load", str(export), "--store", str(tmp_path / "db")])
    assert result.exit_code == 0, result.output
    assert f"{len(triples)} triples" in result.output and f"{len(triples)} new" in result.output
    result = runner.invoke(cli, ["load", str(export), "--store", str(tmp_path / "db")])
    assert result.exit_code == 0 and ", 0 new" in result.output


def test_load_errors_are_one_line(tmp_path):
    runner = CliRunner()
    (tmp_path / "notes.txt").write_text("hello")
    result = runner.invoke(cli, ["load", str(tmp_path / "notes.txt"), "--store", "db"])
    assert result.exit_code == 2 and "not an RDF export" in result.output
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> .\n")
    result = runner.invoke(cli, ["load", str(bad), "--store", str(tmp_path / "db")])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "bad.nt" in result.output
    result = runner.invoke(cli, ["load", str(bad)])
    assert result.exit_code == 2 and "either a store path or an endpoint" in result.output


# --- SPARQL servers ---------------------------------------------------------------------------


def _local(triples: set, query: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """(variables, sorted rows) of ``query`` over ``triples`` in an in-memory Oxigraph."""
    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
    results = store.query(query)
    return [v.value for v in results.variables], _rows(results)


def _remote(server, query: str, variables: list[str]) -> list[tuple[str, ...]]:
    return sorted(tuple(r.get(v, "") for v in variables) for r in server.select(query))


def _count(server, graph: str | None = None) -> int:
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    (row,) = server.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(row["n"])


def test_push_to_the_oxigraph_server(oxigraph_server, export, triples):
    report = push(export, oxigraph_server.gsp, batch_size=5000)
    assert report.triples == len(triples) and report.batches == -(-len(triples) // 5000)
    assert _count(oxigraph_server) == len(triples)
    push(export / "papers.ttl", oxigraph_server.gsp)  # again: no triple added
    assert _count(oxigraph_server) == len(triples)
    query = (QUERIES / "leaderboard.rq").read_text()
    variables, local = _local(triples, query)
    assert _remote(oxigraph_server, query, variables) == local and len(local) >= 3


def test_push_to_virtuoso_with_credentials_from_the_environment(
    virtuoso_server, export, triples, monkeypatch
):
    monkeypatch.setenv(ENV_USER, virtuoso_server.user)
    monkeypatch.setenv(ENV_PASSWORD, virtuoso_server.password)
    runner = CliRunner()
    args = ["load", str(export), "--endpoint", virtuoso_server.gsp, "--graph", GRAPH]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert virtuoso_server.password not in result.output
    # Virtuoso's own system graphs are there too: count ours
    assert _count(virtuoso_server, GRAPH) == len(triples)
    assert runner.invoke(cli, args).exit_code == 0
    assert _count(virtuoso_server, GRAPH) == len(triples)
    for name in ("leaderboard.rq", "top-entities.rq"):
        query = (QUERIES / name).read_text()
        variables, local = _local(triples, query)
        assert _remote(virtuoso_server, query, variables) == local and local, name


def test_virtuoso_refusals_are_one_line_errors(virtuoso_server, export, monkeypatch):
    runner = CliRunner()
    monkeypatch.setenv(ENV_USER, virtuoso_server.user)
    monkeypatch.setenv(ENV_PASSWORD, "wrong-secret")
    result = runner.invoke(cli, ["load", str(export), "--endpoint", virtuoso_server.gsp])
    assert result.exit_code == 1
    assert "HTTP 401" in result.output and "nothing was loaded" in result.output
    assert "wrong-secret" not in result.output and result.output.count("\n") == 1
    monkeypatch.setenv(ENV_PASSWORD, virtuoso_server.password)
    # Virtuoso has no writable default graph: the server's reason is shown
    result = runner.invoke(cli, ["load", str(export), "--endpoint", virtuoso_server.gsp])
    assert result.exit_code == 1 and "HTTP 500" in result.output


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_server_that_is_down(export):
    url = f"http://127.0.0.1:{_closed_port()}/store"
    result = CliRunner().invoke(cli, ["load", str(export), "--endpoint", url])
    assert result.exit_code == 1
    assert result.output.startswith(f"citekg: error: {url}?default: cannot connect")
    assert "nothing was loaded" in result.output and result.output.count("\n") == 1


class _FailsAfterTwo(BaseHTTPRequestHandler):
    """A GSP endpoint that takes two batches, then answers 503."""

    accepted = 0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        if type(self).accepted < 2:
            type(self).accepted += 1
            self.send_response(204)
        else:
            self.send_response(503, "Service Unavailable")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_a_failure_half_way_reports_what_was_loaded(export):
    server = HTTPServer(("127.0.0.1", 0), _FailsAfterTwo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/store"
        with pytest.raises(citekg.StoreError) as err:
            push(export, url, batch_size=1000)
    finally:
        server.shutdown()
    message = str(err.value)
    assert "HTTP 503" in message and "2 batch(es), 2000 triples, were loaded" in message
    assert "push again" in message


def test_credentials_in_the_url_are_never_shown(export):
    url = f"http://alice:s3cret@127.0.0.1:{_closed_port()}/store"
    with pytest.raises(citekg.StoreError) as err:
        push(export, url)
    assert "s3cret" not in str(err.value) and "alice" not in str(err.value)


# --- citekg serve -----------------------------------------------------------------------------


def _free_port() -> int:
    return _closed_port()


def _get(url: str, accept: str | None = None) -> tuple[int, str, bytes]:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def test_serve_answers_sparql_over_http(export, triples, tmp_path):
    db = tmp_path / "db"
    load_store(export, db)
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "citekg", "serve", "--store", str(db), "--port", str(port)],
        stderr=subprocess.PIPE,
        env=env,
    )
    base = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).read()
                break
            except OSError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "citekg serve did not start"
                time.sleep(0.1)
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        status, media, body = _get(f"{base}?{urllib.parse.urlencode({'query': count})}")
        assert status == 200 and media.startswith("application/sparql-results+json")
        assert _json_rows(json.loads(body)) == [(str(len(triples)),)]
        query = (QUERIES / "top-entities.rq").read_text()
        request = urllib.request.Request(
            base,
            data=query.encode(),
            headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            lines = response.read().decode().splitlines()
        assert len(lines) - 1 == len(_local(triples, query)[1]) > 0
        status, _, body = _get(f"{base}?query=SELEC")
        assert status == 400 and b"syntax error" in body
        update = urllib.request.Request(
            base, data=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}
        )
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(update, timeout=30)
        assert err.value.code == 403
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_a_missing_store_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no such store" in result.output


def test_shards_load_in_one_stream_even_without_a_last_newline(tmp_path):
    """Shards are chained into one bulk load: a file whose last line lacks its newline
    must not run into the next file's first line."""
    shards = tmp_path / "ntriples"
    shards.mkdir()
    (shards / "part-00000.nt").write_text('<urn:a> <urn:p> "1" .\n<urn:b> <urn:p> "2" .')
    with gzip.open(shards / "part-00001.nt.gz", "wt") as handle:
        handle.write('<urn:c> <urn:p> "3" .\n')
    report = load_store(shards, tmp_path / "db")
    assert report.triples == report.added == 3 and report.batches == 1
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "part-00000.nt").write_text('<urn:a> <urn:p> "1" .\n')
    (bad / "part-00001.nt").write_text("<urn:a> <urn:p> .\n")
    with pytest.raises(InputError, match="part-0000"):
        load_store(bad, tmp_path / "db2")


def _nt(lines: list[str], path: Path) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _quads(db: Path, graph: pyoxigraph.NamedNode | pyoxigraph.DefaultGraph) -> set[str]:
    store = pyoxigraph.Store.read_only(str(db))
    return {str(q.triple) for q in store.quads_for_pattern(None, None, None, graph)}


def test_replace_into_an_empty_graph_is_a_plain_load(export, triples, tmp_path):
    db = tmp_path / "kg.db"
    report = load_store(export / "papers.ttl", db, replace=True)
    assert report.triples == report.added == report.total == len(triples)
    assert report.removed == 0
    assert _quads(db, pyoxigraph.DefaultGraph()) == {str(t) for t in triples}
    again = load_store(export / "papers.ttl", db, replace=True)  # now a comparison
    assert (again.triples, again.added, again.removed) == (len(triples), 0, 0)
    # nothing is left beside the store: the comparison's temporary store is gone
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.db"]


@pytest.mark.parametrize("graph", [None, GRAPH])
def test_replace_changes_exactly_what_differs(tmp_path, graph):
    kept = [f'<{EX}p{i}> <{EX}title> "Paper {i}" .' for i in range(250)]
    old = [
        *kept,
        f'<{EX}p1> <{EX}citations> "12"^^<{XSD}integer> .',
        f"<{EX}p2> <{EX}mentions> <{EX}gpt-4> .",
    ]
    new = [
        *kept,
        # Oxigraph stores this as an xsd:integer: loading it again must change nothing
        f'<{EX}p0> <{EX}rank> "3"^^<{XSD}nonNegativeInteger> .',
        f'<{EX}p1> <{EX}citations> "13"^^<{XSD}integer> .',
        f"<{EX}p3> <{EX}mentions> <{EX}llama-2> .",
    ]
    db = tmp_path / "kg.db"
    other = pyoxigraph.NamedNode(f"{EX}other")
    with_other = pyoxigraph.Store(str(db))
    with_other.add(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode(f"{EX}x"),
            pyoxigraph.NamedNode(f"{EX}y"),
            pyoxigraph.Literal("kept"),
            other,
        )
    )
    del with_other
    first = load_store(_nt(old, tmp_path / "old.nt"), db, graph=graph, replace=True)
    assert (first.added, first.removed) == (len(old), 0)
    second = load_store(_nt(new, tmp_path / "new.nt"), db, graph=graph, replace=True)
    assert (second.added, second.removed) == (3, 2)
    target = pyoxigraph.NamedNode(graph) if graph else pyoxigraph.DefaultGraph()
    expected = pyoxigraph.Store()
    expected.load(path=str(tmp_path / "new.nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert _quads(db, target) == {str(q.triple) for q in expected}
    assert _quads(db, other) == {f'<{EX}x> <{EX}y> "kept"'}  # another graph is left alone
    again = load_store(tmp_path / "new.nt", db, graph=graph, replace=True)
    assert (again.added, again.removed) == (0, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.db", "new.nt", "old.nt"]


# --- feeding the store while the export is written (citekg build --store) ----------------------


def _feed_in_pieces(feed: StoreFeed, path: Path, data: bytes, piece: int) -> None:
    """Write ``data`` to ``path`` through ``feed``'s tap, ``piece`` bytes a write."""
    with open(path, "wb") as handle, feed.tap(handle) as out:
        for start in range(0, len(data), piece):
            out.write(data[start : start + piece])


def test_a_store_feed_loads_what_is_written_and_replaces_what_differs(export, triples, tmp_path):
    db = tmp_path / "kg.db"
    data = (export / "papers.ttl").read_bytes()
    feed = StoreFeed(db, tmp_path / "papers.ttl")
    feed.PIECE = 50_000  # many pieces through the queue, smaller and larger than a write
    _feed_in_pieces(feed, tmp_path / "papers.ttl", data, 7_777)
    report = feed.result()
    assert (tmp_path / "papers.ttl").read_bytes() == data  # the file is written unchanged
    assert report.triples == report.added == report.total == len(triples)
    assert _quads(db, pyoxigraph.DefaultGraph()) == {str(t) for t in triples}
    # a store that holds a graph ends up holding exactly the new export
    lines = [f'<{EX}p{i}> <{EX}title> "Paper {i}" .' for i in range(3)]
    feed = StoreFeed(db, tmp_path / "small.nt")
    _feed_in_pieces(feed, tmp_path / "small.nt", "\n".join(lines).encode() + b"\n", 10)
    report = feed.result()
    assert (report.triples, report.added, report.removed) == (3, 3, len(triples))
    assert len(_quads(db, pyoxigraph.DefaultGraph())) == 3


def test_a_store_feed_whose_export_stops_half_way_reports_it(export, tmp_path):
    data = (export / "papers.nt").read_bytes()
    feed = StoreFeed(tmp_path / "kg.db", tmp_path / "papers.nt")
    with (
        pytest.raises(KeyError),
        open(tmp_path / "papers.nt", "wb") as handle,
        feed.tap(handle) as out,
    ):
        out.write(data[: len(data) // 2])
        raise KeyError("the writer failed")
    with pytest.raises(StoreError, match="not written to the end"):
        feed.result()


def test_a_locked_store_stops_the_build_before_it_writes(export, tmp_path):
    out = tmp_path / "out"
    citekg.build(out_dir=out, formats=["turtle"], html_report=False)
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    db = tmp_path / "kg.db"
    held = pyoxigraph.Store(str(db))  # open here: another opener finds it locked
    with pytest.raises(StoreError, match="cannot open the store"):
        citekg.build(out_dir=out, formats=["turtle"], html_report=False, store=db)
    del held
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


def test_a_build_that_fails_after_feeding_its_store_is_mended_by_the_next(
    tmp_path, data_dir, monkeypatch
):
    from citekg.exports import graphml

    out, db = tmp_path / "out", tmp_path / "kg.db"
    first = citekg.build(out_dir=out, formats=["turtle"], html_report=False, store=db)
    published = (out / "papers.ttl").read_bytes()

    def broken(*args, **kwargs):
        raise OSError("disk full")

    # the Turtle is written and fed to the store, then the GraphML fails: nothing of the
    # second build is published, and the store's load is stopped or finishes
    monkeypatch.setattr(graphml, "write_graphml", broken)
    with pytest.raises(OSError, match="disk full"):
        citekg.build([data_dir / "papers.jsonl"], out_dir=out, store=db, html_report=False)
    assert (out / "papers.ttl").read_bytes() == published
    monkeypatch.undo()
    again = citekg.build(out_dir=out, formats=["turtle"], html_report=False, store=db)
    assert (out / "papers.ttl").read_bytes() == published
    assert again.report.store.total == first.report.store.total
    expected = pyoxigraph.Store()
    expected.load(path=str(out / "papers.ttl"), format=pyoxigraph.RdfFormat.TURTLE)
    assert _quads(db, pyoxigraph.DefaultGraph()) == {str(q.triple) for q in expected}
