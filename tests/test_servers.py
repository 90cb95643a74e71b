"""The SPARQL server fixtures work: Graph Store Protocol pushes and queries, standard library only.

These tests also pin the behaviour that a "push Turtle to a GSP endpoint" feature relies on
(see the table in :mod:`tests.servers`), so a server upgrade that changes it shows up here.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from email.message import Message
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # registered by pytest_plugins in tests/conftest.py
    from tests.servers import SparqlServer

GRAPH = "https://example.org/g"

TURTLE = """\
@prefix ex: <https://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:m1 a ex:Model ;
    ex:score "84.2"^^xsd:decimal ;
    ex:label "Modèle de langue"@fr ;
    ex:name "Zürich – ünïcødé ✓ 😀" .
""".encode()

NTRIPLES = (
    b"<https://example.org/m2> <https://example.org/name> "
    b'"caf\\u00E9 \\U0001F600"@en .\n'
    b"<https://example.org/m2> <https://example.org/score> "
    b'"7"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
)

MALFORMED = b"""\
@prefix ex: <https://example.org/> .
ex:a ex:p "kept by Virtuoso" .
ex:b ex:p "unterminated .
"""

SELECT = f"""\
PREFIX ex: <https://example.org/>
SELECT ?p ?o (DATATYPE(?o) AS ?dt) (LANG(?o) AS ?lang)
WHERE {{ GRAPH <{GRAPH}> {{ ex:m1 ?p ?o }} }}
ORDER BY ?p
"""

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
EXPECTED_ROWS = [
    {"p": f"{RDF}type", "o": "https://example.org/Model"},
    {
        "p": "https://example.org/label",
        "o": "Modèle de langue",
        "dt": f"{RDF}langString",
        "lang": "fr",
    },
    {
        "p": "https://example.org/name",
        "o": "Zürich – ünïcødé ✓ 😀",
        "dt": f"{XSD}string",
        "lang": "",
    },
    {"p": "https://example.org/score", "o": "84.2", "dt": f"{XSD}decimal", "lang": ""},
]
"""The SELECT's rows as Oxigraph gives them (LANG of an IRI is an error, so unbound)."""

MALFORMED_STATUS = {"oxigraph": 400, "virtuoso": 500}
"""What each server answers to a POST of malformed Turtle (Virtuoso reports a 500, not a 4xx)."""

MALFORMED_KEEPS = {"oxigraph": 0, "virtuoso": 1}
"""Triples left in the graph by that POST: Virtuoso keeps those parsed before the error."""


def send(
    server: SparqlServer,
    url: str,
    body: bytes,
    content_type: str = "text/turtle",
    password: str | None = None,
    method: str = "POST",
) -> tuple[int, Message]:
    """Send ``body`` to ``url`` as ``server``'s user; the HTTP status and headers (errors too)."""
    request = urllib.request.Request(
        url, data=body, method=method, headers={"Content-Type": content_type}
    )
    try:
        with server.opener(password).open(request, timeout=60) as response:
            response.read()
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        error.read()
        return error.code, error.headers


def post(
    server: SparqlServer,
    url: str,
    body: bytes,
    content_type: str = "text/turtle",
    password: str | None = None,
    method: str = "POST",
) -> int:
    """Send ``body`` to ``url`` as ``server``'s user; the HTTP status (errors included)."""
    return send(server, url, body, content_type, password, method)[0]


def count(server: SparqlServer, graph: str = GRAPH) -> int:
    """The number of triples in ``graph`` on ``server``."""
    rows = server.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(rows[0]["n"])


def comparable(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """``rows`` without the DATATYPE of language-tagged literals (unbound on Virtuoso)."""
    return [{k: v for k, v in row.items() if not (k == "dt" and row.get("lang"))} for row in rows]


@pytest.fixture(params=["oxigraph_server", "virtuoso_server"])
def server(request: pytest.FixtureRequest) -> SparqlServer:
    """Each SPARQL server in turn."""
    return request.getfixturevalue(request.param)


def test_same_rows_on_both_servers(
    oxigraph_server: SparqlServer, virtuoso_server: SparqlServer
) -> None:
    """One Turtle document POSTed to both servers' GSP endpoints gives the same SELECT rows.

    Typed, language-tagged and non-ASCII literals come back intact. The one difference: Virtuoso
    follows SPARQL 1.0 and leaves DATATYPE("..."@fr) unbound instead of rdf:langString.
    """
    rows = {}
    for srv in (oxigraph_server, virtuoso_server):
        assert post(srv, srv.gsp_url(GRAPH), TURTLE) == 201, srv.name
        rows[srv.name] = srv.select(SELECT)
    assert rows["oxigraph"] == EXPECTED_ROWS
    assert comparable(rows["virtuoso"]) == comparable(EXPECTED_ROWS)
    assert "dt" not in rows["virtuoso"][1]


def test_posting_twice_changes_nothing(server: SparqlServer) -> None:
    """A second POST of the same (blank-node-free) document adds no triple: 204 or 200."""
    assert post(server, server.gsp_url(GRAPH), TURTLE) == 201
    assert count(server) == 4
    again = post(server, server.gsp_url(GRAPH), TURTLE)
    assert again == {"oxigraph": 204, "virtuoso": 200}[server.name]
    assert count(server) == 4


def test_malformed_turtle_is_rejected(server: SparqlServer) -> None:
    """Malformed Turtle gets an error status; only Virtuoso keeps the triples before the error."""
    status = post(server, server.gsp_url(GRAPH), MALFORMED)
    assert status == MALFORMED_STATUS[server.name]
    assert count(server) == MALFORMED_KEEPS[server.name]


def test_ntriples_put_and_default_graph(server: SparqlServer) -> None:
    """N-Triples is accepted, PUT replaces a graph, and only Oxigraph writes the default graph."""
    assert post(server, server.gsp_url(GRAPH), NTRIPLES, "application/n-triples") == 201
    assert count(server) == 2
    assert post(server, server.gsp_url(GRAPH), TURTLE, method="PUT") in (200, 204)
    assert count(server) == 4
    rows = server.select("SELECT ?s WHERE { ?s ?p 84.2 }")
    assert [row["s"] for row in rows] == (
        ["https://example.org/m1"] if server.union_default_graph else []
    )
    status = post(server, server.gsp_url(None), NTRIPLES, "application/n-triples")
    if server.default_graph_writable:
        assert status in (201, 204)
        rows = server.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert rows == [{"n": "2"}]
    else:
        assert status == 500


def test_virtuoso_needs_digest_credentials(virtuoso_server: SparqlServer) -> None:
    """Virtuoso's GSP endpoint answers 401 to a wrong password and to no credentials."""
    url = virtuoso_server.gsp_url(GRAPH)
    assert post(virtuoso_server, url, TURTLE, password="wrong") == 401
    anonymous = urllib.request.Request(
        url, data=TURTLE, method="POST", headers={"Content-Type": "text/turtle"}
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.build_opener(urllib.request.ProxyHandler({})).open(anonymous, timeout=60)
    assert error.value.code == 401
    assert error.value.headers["WWW-Authenticate"].startswith("Digest ")
    assert count(virtuoso_server) == 0


def test_gsp_traps(server: SparqlServer) -> None:
    """Requests that answer 201 but do not load the data into the graph asked for."""
    if server.name == "oxigraph":
        # graph-uri= is not Oxigraph's parameter: the POST creates a new graph of its own naming
        status, headers = send(server, f"{server.gsp}?graph-uri={GRAPH}", TURTLE)
        assert status == 201
        assert headers["Location"].startswith(f"{server.gsp}/")
        assert count(server) == 0
        assert count(server, headers["Location"]) == 4
    else:
        # Virtuoso sniffs the body, but takes a form-encoded one for form fields: nothing loaded
        assert (
            post(server, server.gsp_url(GRAPH), TURTLE, "application/x-www-form-urlencoded") == 201
        )
        assert post(server, server.gsp_url(GRAPH), b"") == 201
        assert count(server) == 0
        # any other Content-Type is ignored: Turtle sent as text/plain loads
        assert post(server, server.gsp_url(GRAPH), TURTLE, "text/plain") == 201
        assert count(server) == 4
