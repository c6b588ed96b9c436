"""The view in headless Chromium: no console error, no network request, a drawn canvas, every node,
filters that answer "who held what on that day", and article text that stays text."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export.network import view_graph
from kg.graph.store import open_store
from kg.viz.page import render

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing; .ci/run installs Debian's chromium")
        pytest.skip(f"{CHROMIUM} not found (set KG_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Page:
    """A view opened from its file, with what it logged and requested."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page()
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(path.as_uri())
        self.page.wait_for_function("() => typeof network !== 'undefined' && network.body !== undefined")
        self.page.evaluate("() => new Promise(done => { network.once('afterDrawing', done); network.redraw(); })")

    def visible(self) -> list[str]:
        names: list[str] = self.page.evaluate("nodes.get({filter: n => !n.hidden}).map(n => n.fullname)")
        return names

    def painted_pixels(self) -> int:
        count: int = self.page.evaluate("""() => {
            const canvas = document.querySelector('#mynetwork canvas');
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }
            return painted; }""")
        return count


def test_the_built_view_loads_offline_and_draws_every_node(browser: Any, built_seeds: Path) -> None:
    page = Page(browser, built_seeds / "view.html")
    assert page.errors == []
    assert [url for url in page.requests if not url.startswith("file://")] == []
    assert page.painted_pixels() > 1000
    expected = view_graph(open_store(built_seeds)).number_of_nodes()
    assert page.page.evaluate("network.body.data.nodes.length") == expected
    assert page.page.evaluate("document.getElementById('kg-count').textContent") == str(expected)


def test_filters_by_province_day_and_person(browser: Any, built_seeds: Path) -> None:
    page = Page(browser, built_seeds / "view.html")
    page.page.select_option("#kg-province", "Bắc Ninh")
    assert "Trần Quốc Tỏ" not in page.visible() and "Nguyễn Nhân Chiến" in page.visible()
    page.page.fill("#kg-date", "2020-06-01")
    page.page.evaluate("kgApplyFilters()")
    held = page.page.evaluate("""edges.get({filter: e => !e.hidden && e.kind === 'holds'})
        .map(e => nodes.get(e.from).fullname + ' → ' + nodes.get(e.to).fullname)""")
    assert "Nguyễn Nhân Chiến → Bí thư Tỉnh ủy Bắc Ninh" in held
    assert "Đào Hồng Lan → Bí thư Tỉnh ủy Bắc Ninh" not in held  # she took over in November
    assert "Đào Hồng Lan → Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh" in held
    page.page.click("#kg-reset")
    page.page.fill("#kg-person", "trần quốc tỏ")
    page.page.evaluate("kgApplyFilters()")
    near = page.visible()
    assert "Trần Quốc Tỏ" in near and "Bí thư Tỉnh ủy Thái Nguyên" in near and "Đào Hồng Lan" not in near
    assert page.errors == []


def test_hostile_article_text_stays_text(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    hostile = '<img src=x onerror="alert(1)">'
    graph.add_node("p", kind="person", label="Nguyễn Văn A", province="")
    graph.add_node("q", kind="post", label="Bí thư Tỉnh ủy", province="")
    graph.add_edge("p", "q", key="holds", kind="holds", label="Bí thư", since="2020-01-01", until="",
                   last_seen="2020-01-01", quote=hostile, article="a.txt", articles=1)
    path = tmp_path / "view.html"
    path.write_text(render(graph), encoding="utf-8")
    page = Page(browser, path)
    tooltip = page.page.evaluate("edges.get()[0].title.textContent")
    assert hostile in tooltip  # shown as the text it is
    assert page.page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.dialogs == [] and page.errors == []


def test_a_two_thousand_node_view_draws(browser: Any, tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    for i in range(500):
        graph.add_node(f"org{i}", kind="organization", label=f"Cơ quan {i}", province=f"Tỉnh {i % 34}")
        graph.add_node(f"post{i}", kind="post", label=f"Chức vụ {i}", province=f"Tỉnh {i % 34}")
        graph.add_edge(f"post{i}", f"org{i}", key="post_in", kind="post_in", label="chức vụ tại", since="",
                       until="")
    for i in range(1000):
        graph.add_node(f"person{i}", kind="person", label=f"Người {i}", province=f"Tỉnh {i % 34}")
        graph.add_edge(f"person{i}", f"post{i % 500}", key="holds", kind="holds", label="Ủy viên",
                       since="2020-01-01", until="", last_seen="2021-01-01", quote="…", article="a.txt", articles=1)
    path = tmp_path / "big.html"
    path.write_text(render(graph), encoding="utf-8")
    page = Page(browser, path)
    assert page.page.evaluate("network.body.data.nodes.length") == 2000
    assert page.painted_pixels() > 1000
    assert page.errors == []
