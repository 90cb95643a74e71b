"""The HTML report as a file: self-contained, escaped, deterministic, true to the graph.

What the page shows after its scripts ran is checked in a real browser in
``test_report_browser.py``; here the HTML itself is parsed with the standard library.
"""

from __future__ import annotations

import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from citekg.exports.report import (
    VENDORED,
    render_report,
    report_data,
    vendored_libraries,
    write_report,
)
from citekg.graph.kg import KnowledgeGraph
from citekg.graph.stats import corpus_stats

JS_MODULES = Path(__file__).parents[1] / "js" / "node_modules"
VENDOR_DIR = Path(__file__).parents[2] / "exports" / "report_assets" / "vendor"


class Page(HTMLParser):
    """The elements of a page: tags with attributes, script bodies, the data block."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None
        self._body: list[str] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._script, self._body = dict(attrs), []

    def handle_data(self, data):
        if self._script is not None:
            self._body.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._body)))
            self._script = None

    def data(self) -> dict:
        block = next(body for attrs, body in self.scripts if attrs.get("id") == "citekg-data")
        return json.loads(block)


@pytest.fixture(scope="module")
def kg(bundled_build) -> KnowledgeGraph:
    return bundled_build[0]


@pytest.fixture(scope="module")
def page_text(bundled_build) -> str:
    return (bundled_build[1] / "report.html").read_text("utf-8")


@pytest.fixture(scope="module")
def page(page_text) -> Page:
    return Page(page_text)


def test_build_writes_the_report_and_lists_it(bundled_build):
    _, out = bundled_build
    manifest = json.loads((out / "build.json").read_text())
    assert manifest["report"] is True
    digest = hashlib.sha256((out / "report.html").read_bytes()).hexdigest()
    assert manifest["files"]["report.html"]["sha256"] == digest


def test_nothing_is_loaded_from_elsewhere(page):
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "data", "poster"):
            value = attrs.get(name) or ""
            assert not re.match(r"^\s*(https?:|//|ftp:)", value), (tag, name, value)
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), attrs
    assert all("src" not in attrs for attrs, _ in page.scripts)
    csp = [
        a for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp and "connect-src 'none'" in csp[0]["content"]


def test_the_libraries_are_inlined_with_their_licences(page, page_text):
    bodies = [body for _, body in page.scripts]
    for lib in vendored_libraries():
        code = (VENDOR_DIR / lib["file"]).read_text("utf-8")
        first_line = code.splitlines()[0]
        assert any(first_line in body for body in bodies), lib["name"]
        assert "sourceMappingURL" not in "".join(bodies)
        licence = (VENDOR_DIR / lib["license_file"]).read_text("utf-8")
        copyright_line = next(line for line in licence.splitlines() if "Copyright" in line)
        assert copyright_line.replace("&", "&amp;") in page_text or copyright_line in page_text
        assert f"{lib['name']} {lib['version']}" in page_text


def test_vendored_files_are_the_npm_packages_unmodified():
    """Each shipped library is byte for byte the file of the pinned npm package."""
    libraries = vendored_libraries()
    assert [lib["file"] for lib in libraries] == list(VENDORED)
    lock = json.loads((JS_MODULES.parent / "package-lock.json").read_text())
    for lib in libraries:
        shipped = (VENDOR_DIR / lib["file"]).read_bytes()
        assert hashlib.sha256(shipped).hexdigest() == lib["sha256"], lib["name"]
        locked = lock["packages"][f"node_modules/{lib['name']}"]
        assert (locked["version"], locked["integrity"]) == (lib["version"], lib["npm_integrity"])
        installed = JS_MODULES / lib["name"] / lib["package_path"]
        if not installed.exists():
            pytest.skip("npm packages not installed in tests/js (run .ci/install-node)")
        assert installed.read_bytes() == shipped, lib["name"]


def test_headline_numbers_are_the_graphs(kg, page):
    G = kg.nx
    shown = {a["data-stat"]: a["data-value"] for t, a in page.tags if "data-stat" in a}
    kinds = [d["kind"] for _, d in G.nodes(data=True)]
    assert shown["papers"] == str(kinds.count("paper"))
    assert shown["models"] == str(kinds.count("model"))
    assert shown["organizations"] == str(kinds.count("organization"))
    assert shown["edges"] == str(G.number_of_edges())
    assert shown["rejected"] == "0"
    assert 0 < float(shown["coverage"]) <= 1


def test_every_paper_and_entity_is_in_the_network(kg, page):
    data = page.data()
    drawn = {row[0] for row in data["network"]["nodes"]}
    wanted = {n for n, k in kg.nx.nodes(data="kind") if k not in ("result",)}
    assert drawn == wanted
    assert all(
        -1000 <= row[3] <= 1000 and -1000 <= row[4] <= 1000 for row in data["network"]["nodes"]
    )
    mentions = sum(1 for _, _, k in kg.nx.edges(keys=True) if k == "mentions")
    assert sum(1 for e in data["network"]["edges"] if e[2] == "mentions") == mentions


def test_search_names_include_aliases(kg, page):
    names = {(folded, node) for folded, node, _ in page.data()["names"]}
    assert ("gpt4", "model/gpt-4") in names
    aliased = next(
        (n, a) for n, d in kg.nx.nodes(data=True) if d.get("aliases") for a in d["aliases"][:1]
    )
    from citekg.extract.naming import fold_name

    assert (fold_name(aliased[1]), aliased[0]) in names


def test_the_click_panel_has_evidence_sentences(kg, page):
    details = page.data()["details"]["model/gpt-4"]
    assert details["count"] == len(kg.papers_mentioning("GPT-4"))
    assert all("GPT-4" in sentence for _, sentence, _ in details["papers"])
    assert details["introduced_by"] == ["paper/gpt-4-technical-report"]


def test_same_graph_same_bytes_whatever_the_order(kg):
    G = kg.nx
    shuffled = nx.MultiDiGraph()
    shuffled.graph.update(G.graph)
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert render_report(KnowledgeGraph(shuffled)) == render_report(kg)


HOSTILE = '</script><script>alert("x")</script><img src=x onerror=alert(1)> & "q" \u2028'


def test_text_from_the_input_cannot_become_markup(tmp_path):
    G = nx.MultiDiGraph()
    G.add_node("paper/p", kind="paper", label=HOSTILE, title=HOSTILE, citations=5)
    G.add_node("model/m", kind="model", label=HOSTILE, aliases=["<b>bold</b>"])
    G.add_node("benchmark/b", kind="benchmark", label="</style><b>")
    G.add_node("result/r", kind="result", value=1.5, metric=HOSTILE)
    G.add_edge("paper/p", "model/m", key="mentions", kind="mentions", sentence=HOSTILE, text="x")
    G.add_edge("paper/p", "benchmark/b", key="mentions", kind="mentions", sentence="s", text="s")
    G.add_edge("paper/p", "result/r", key="reports", kind="reports")
    G.add_edge("result/r", "benchmark/b", key="on_benchmark", kind="on_benchmark")
    G.add_edge("result/r", "model/m", key="of_model", kind="of_model")
    path = write_report(KnowledgeGraph(G), tmp_path / "report.html")
    text = path.read_text("utf-8")
    page = Page(text)
    assert [t for t, _ in page.tags].count("script") == 2 + len(VENDORED)
    assert "img" not in [t for t, _ in page.tags]
    assert "b" not in [t for t, _ in page.tags]
    data = page.data()  # the JSON block parses, and holds the text as it was
    assert HOSTILE in {row[1] for row in data["network"]["nodes"]}


def test_the_network_is_capped_and_says_so(kg):
    stats = corpus_stats(kg)
    data = report_data(kg, stats, max_nodes=50)
    nodes = [row[0] for row in data["network"]["nodes"]]
    assert len(nodes) == 50
    assert "model/gpt-4" in nodes  # the most mentioned entities stay
    text = render_report(kg, max_nodes=50, stats=stats)
    total = data["network_total"]
    assert f"The 50 most cited papers and most mentioned entities, of {total}" in text


def test_an_empty_graph_gives_a_page(tmp_path):
    path = write_report(KnowledgeGraph(nx.MultiDiGraph()), tmp_path / "r.html")
    text = path.read_text("utf-8")
    assert "No result was extracted" in text and "No paper of this corpus builds on" in text
