"""The report of the bundled build, opened in headless Chromium after its scripts ran.

``tests/js/check_report.mjs`` drives Debian's Chromium through playwright-core with the flags
the issue names and a fresh user-data folder; every request the page makes is recorded, and
any that would leave the machine is refused and reported. Skipped without Node.js, the npm
packages of tests/js or Chromium (``.ci/run`` installs all three).
"""

from __future__ import annotations

import pytest

from citekg.graph.stats import CHART_KINDS, corpus_stats
from tests.nodejs import check_report_in_chromium

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def seen(bundled_build, tmp_path_factory):
    """What Chromium showed, plus the screenshot's path."""
    _, out = bundled_build
    folder = tmp_path_factory.mktemp("chromium")
    screenshot = folder / "report.png"
    result = check_report_in_chromium(out / "report.html", screenshot, folder / "profile", "gpt4")
    result["screenshot"] = screenshot
    return result


@pytest.fixture(scope="module")
def stats(bundled_build):
    return corpus_stats(bundled_build[0], rejected=0)


def test_no_console_error_and_nothing_left_the_machine(seen):
    assert seen["consoleErrors"] == []
    assert seen["reportErrors"] == []
    assert seen["blocked"] == []
    assert seen["requests"] and all(url.startswith("file:") for url in seen["requests"])


def test_the_numbers_shown_are_the_graphs(seen, stats):
    shown = seen["stats"]
    for name, value in stats.headline.items():
        if name == "coverage":
            assert shown[name]["text"] == f"{100 * value:.1f}%"
        else:
            assert shown[name]["text"] == f"{value:,}", name
    for kind in CHART_KINDS:
        for measure in ("papers", "citations"):
            bars = seen["charts"][f"{kind}/{measure}"]
            expected = [(t.node, getattr(t, measure)) for t in stats.top[kind][measure]]
            assert [(node, value) for node, value, _ in bars] == expected
            assert [text for _, _, text in bars] == [f"{v:,}" for _, v in expected]
    boards = seen["boards"]
    assert len(boards) == len(stats.leaderboards)
    gsm8k = next(b for b in stats.leaderboards if b.label == "GSM8K")
    assert boards[gsm8k.benchmark][0][1:3] == ["Qwen2-72B", "89.5"]
    assert seen["buildsOnRows"] == len(stats.builds_on)


def test_the_network_view_rendered_its_nodes(seen, bundled_build):
    kg = bundled_build[0]
    drawn = sum(1 for _, kind in kg.nx.nodes(data="kind") if kind != "result")
    network = seen["network"]
    assert network is not None, "sigma.js did not start"
    assert network["order"] == drawn
    assert network["canvases"] >= 2 and network["width"] > 300 and network["height"] > 300
    # kind-coloured pixels on the canvas: the nodes were drawn, not just the container
    assert seen["painted"]["colored"] > 2000
    assert seen["buildsOn"] is not None and seen["buildsOn"]["order"] > 0


def test_searching_gpt4_selects_gpt_4(seen, bundled_build):
    kg = bundled_build[0]
    search = seen["search"]
    assert seen["suggestions"][0] == "model/gpt-4"
    assert search["selected"] == search["attribute"] == "model/gpt-4"
    assert search["heading"] == "GPT-4"
    assert int(search["papers"]) == len(kg.papers_mentioning("GPT-4"))
    assert len(search["evidence"]) == int(search["papers"])
    assert set(search["marked"]) == {"GPT-4"}


def test_zoom_button_and_a_mouse_click_on_a_node(seen, bundled_build):
    kg = bundled_build[0]
    assert seen["zoomRatio"] < 1  # the + button zoomed in
    clicked = seen["clicked"]
    assert clicked is not None
    # GPT-3 when no other node is drawn over it, else the first entity the mouse reaches
    node = clicked["target"]
    assert node.startswith(("model/", "dataset/", "benchmark/"))
    assert clicked["selected"] == node and clicked["heading"] == kg.label(node)
    assert int(clicked["papers"]) == len(kg.papers_mentioning(node))


def test_a_screenshot_was_saved(seen):
    data = seen["screenshot"].read_bytes()
    assert data.startswith(PNG_MAGIC) and len(data) > 20_000


def test_without_webgl_the_page_says_so_and_the_rest_works(bundled_build, tmp_path, stats):
    _, out = bundled_build
    seen = check_report_in_chromium(
        out / "report.html",
        tmp_path / "no-webgl.png",
        tmp_path / "profile",
        "gpt4",
        extra_args="--disable-webgl --disable-3d-apis",
    )
    assert seen["consoleErrors"] == [] and seen["blocked"] == []
    assert seen["network"] is None and "needs WebGL" in seen["notice"]
    assert seen["stats"]["papers"]["text"] == str(stats.papers)
    # the search and the panel work without the drawing
    assert seen["search"]["selected"] == "model/gpt-4" and seen["search"]["heading"] == "GPT-4"
