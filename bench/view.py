#!/usr/bin/env python3
"""How long a view takes to draw in headless Chromium, by node count (not part of the test suite).

    .venv/bin/python bench/view.py [500 2000 5000]

Builds a synthetic view graph of persons, posts and bodies of that size, renders it as
`kg viz` does, opens it from the file and times from navigation to the first drawn frame.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import sync_playwright

from kg.viz.page import render

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def synthetic(nodes: int) -> nx.MultiDiGraph:
    """A quarter bodies, a quarter posts, half persons; each post in a body, each person in a post."""
    graph = nx.MultiDiGraph()
    bodies, posts = nodes // 4, nodes // 4
    for i in range(bodies):
        graph.add_node(f"org{i}", kind="organization", label=f"Cơ quan {i}", province=f"Tỉnh {i % 34}")
    for i in range(posts):
        graph.add_node(f"post{i}", kind="post", label=f"Chức vụ {i}", province=f"Tỉnh {i % 34}")
        graph.add_edge(f"post{i}", f"org{i % bodies}", key="post_in", kind="post_in", label="chức vụ tại",
                       since="", until="")
    for i in range(nodes - bodies - posts):
        graph.add_node(f"person{i}", kind="person", label=f"Người {i}", province=f"Tỉnh {i % 34}")
        for k in range(2):
            graph.add_edge(f"person{i}", f"post{(i * 7 + k * 13) % posts}", key=f"holds{k}", kind="holds",
                           label="Ủy viên", since="2020-01-01", until="", last_seen="2021-01-01", quote="…",
                           article="a.txt", articles=1)
    return graph


def main(sizes: list[int]) -> None:
    print("| nodes | edges | page (MB) | render (s) | draw in Chromium (s) |")
    print("|---:|---:|---:|---:|---:|")
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as tmp:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for size in sizes:
            graph = synthetic(size)
            started = time.perf_counter()
            page_text = render(graph)
            rendered = time.perf_counter() - started
            path = Path(tmp) / f"view-{size}.html"
            path.write_text(page_text, encoding="utf-8")
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("() => typeof network !== 'undefined' && network.body !== undefined")
            page.evaluate("() => new Promise(done => { network.once('afterDrawing', done); network.redraw(); })")
            drawn = time.perf_counter() - started
            page.close()
            print(f"| {size} | {graph.number_of_edges()} | {len(page_text.encode()) / 1e6:.1f} | {rendered:.2f} "
                  f"| {drawn:.2f} |")
        browser.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 2000, 5000])
