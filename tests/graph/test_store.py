"""The query store beside the graph files: used when current, never answering from a stale copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.graph import store
from kg.graph.store import GraphError, open_store, store_is_current, write_store


def test_build_writes_a_current_store_with_every_quad(built_seeds: Path) -> None:
    assert store_is_current(built_seeds)
    lines = [line for line in (built_seeds / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    assert len(open_store(built_seeds)) == len(lines)


def test_a_replaced_graph_is_read_from_the_file_not_the_stale_store(built_seeds: Path, tmp_path: Path) -> None:
    copy = tmp_path / "graph"
    shutil.copytree(built_seeds, copy)
    (copy / "graph.nq").write_text("<https://e.org/s> <https://e.org/p> <https://e.org/o> <https://e.org/g> .\n",
                                   encoding="utf-8")
    assert not store_is_current(copy)
    assert len(open_store(copy)) == 1
    write_store(copy)
    assert store_is_current(copy) and len(open_store(copy)) == 1
    assert not list(copy.glob(".store-*")), "the staging folder is cleaned up"


def test_missing_or_broken_graphs_are_named(tmp_path: Path) -> None:
    with pytest.raises(GraphError, match="run `kg build` first"):
        open_store(tmp_path)
    (tmp_path / "graph.nq").write_text("not n-quads\n", encoding="utf-8")
    with pytest.raises(GraphError, match=r"graph\.nq: not a readable N-Quads graph"):
        open_store(tmp_path)


def test_a_graph_longer_than_one_load_slice_is_loaded_whole(built_seeds: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "graph"
    shutil.copytree(built_seeds, copy)
    monkeypatch.setattr(store, "LOAD_SLICE", 7)
    write_store(copy)
    lines = {line for line in (copy / "graph.nq").read_text(encoding="utf-8").splitlines() if line}
    assert len(lines) > 7 * 3
    assert len(open_store(copy)) == len(lines)
