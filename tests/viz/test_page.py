"""The view page: self-contained, every node of the graph, text escaped, the same bytes each time."""

from __future__ import annotations

import re
from pathlib import Path

import networkx as nx

from kg.cli import main
from kg.export.network import view_graph
from kg.graph.store import open_store
from kg.viz.page import PHYSICS_LIMIT, render

HOSTILE = '<img src=x onerror="alert(1)">Nguyễn Văn A</script>'


def small_graph(label: str = "Nguyễn Văn A") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("p", kind="person", label=label, province="Bắc Ninh")
    graph.add_node("q", kind="post", label="Bí thư Tỉnh ủy Bắc Ninh", province="Bắc Ninh")
    graph.add_edge("p", "q", key="holds", kind="holds", label="Bí thư", since="2020-11-09", until="",
                   last_seen="2020-11-09", quote=HOSTILE, article="a.txt", articles=1)
    return graph


def test_the_page_loads_nothing_from_elsewhere(built_seeds: Path) -> None:
    page = (built_seeds / "view.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "new vis.Network" in page and "Người · person" in page


def test_article_text_never_becomes_markup() -> None:
    page = render(small_graph(HOSTILE))
    assert "<img src=x" not in page
    # escaped as HTML inside the tooltip markup, which the page's data then escapes as JSON
    assert "\\u0026lt;img src=x onerror=" in page


def test_every_node_of_the_graph_is_drawn_and_the_build_writes_the_view(built_seeds: Path, tmp_path: Path) -> None:
    graph = view_graph(open_store(built_seeds))
    page = (built_seeds / "view.html").read_text(encoding="utf-8")
    assert all(f'"id": "{node}"' in page for node in graph.nodes)
    assert main(["viz", "--graph", str(built_seeds), "-o", str(tmp_path / "v.html")]) == 0
    assert (tmp_path / "v.html").read_bytes() == (built_seeds / "view.html").read_bytes()


def test_large_graphs_get_a_fixed_layout_without_physics() -> None:
    graph = nx.MultiDiGraph()
    for i in range(PHYSICS_LIMIT + 1):
        graph.add_node(f"n{i}", kind="person", label=f"Người {i}", province="")
    page = render(graph)
    assert '"physics": {"enabled": false' in page
    assert re.search(r'"x": -?\d+, "y": -?\d+', page)
    assert render(graph) == page
