"""Exports open with their standard readers and carry their evidence; same graph, same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

from kg.cli import main
from kg.export.network import NODE_KINDS, view_graph
from kg.export.tables import TABLES
from kg.graph.store import open_store

POPOLO_FIELDS = {
    "persons": {"id", "name", "sources"},
    "organizations": {"id", "name", "classification"},
    "posts": {"id", "label", "role", "organization_id"},
    "memberships": {"id", "person_id", "post_id", "organization_id", "role", "start_date", "sources"},
    "events": {"id", "name", "organization_id", "classification"},
    "areas": {"id", "name", "classification"},
}


def export(graph: Path, fmt: str, target: Path) -> None:
    assert main(["export", "--graph", str(graph), "--format", fmt, "-o", str(target)]) == 0


def test_csv_tables_open_in_pandas_each_row_with_article_and_quote(built_seeds: Path, tmp_path: Path) -> None:
    export(built_seeds, "csv", tmp_path / "tables")
    for name in TABLES:
        frame = pd.read_csv(tmp_path / "tables" / f"{name}.csv")
        assert len(frame) > 0, name
        assert frame["article"].str.endswith(".txt").all(), name
        assert frame["quote"].notna().all(), name
    text = {f.name: f.read_text(encoding="utf-8") for f in (tmp_path / "tables").iterdir()}
    occupancies = pd.read_csv(tmp_path / "tables" / "occupancies.csv")
    chien = occupancies[occupancies["person"] == "Nguyễn Nhân Chiến"]
    assert "Bí thư Tỉnh ủy Bắc Ninh" in set(chien["post"])
    export(built_seeds, "csv", tmp_path / "again")
    assert {f.name: f.read_text(encoding="utf-8") for f in (tmp_path / "again").iterdir()} == text


def test_popolo_uses_popolo_field_names_and_links_resolve(built_seeds: Path, tmp_path: Path) -> None:
    export(built_seeds, "popolo", tmp_path / "popolo.json")
    doc = json.loads((tmp_path / "popolo.json").read_text(encoding="utf-8"))
    assert set(doc) == set(POPOLO_FIELDS)
    for collection, fields in POPOLO_FIELDS.items():
        assert doc[collection], collection
        assert any(fields <= set(item) for item in doc[collection]), collection
    ids = {c: {item["id"] for item in doc[c]} for c in doc}
    for m in doc["memberships"]:
        assert m["person_id"] in ids["persons"] and m["post_id"] in ids["posts"]
        assert m["organization_id"] in ids["organizations"]
    chien = next(p for p in doc["persons"] if p["name"] == "Nguyễn Nhân Chiến")
    assert any(m["person_id"] == chien["id"] and m["role"] == "Bí thư" for m in doc["memberships"])


@pytest.mark.parametrize(("fmt", "read"), [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_network_files_open_in_networkx_with_every_node(built_seeds: Path, tmp_path: Path, fmt: str,
                                                        read: object) -> None:
    expected = view_graph(open_store(built_seeds))
    export(built_seeds, fmt, tmp_path / f"graph.{fmt}")
    graph = read(tmp_path / f"graph.{fmt}")  # type: ignore[operator]
    assert graph.number_of_nodes() == expected.number_of_nodes()
    assert graph.number_of_edges() == expected.number_of_edges()
    kinds = {data["kind"] for _, data in graph.nodes(data=True)}
    assert kinds == set(NODE_KINDS)
    first = (tmp_path / f"graph.{fmt}").read_bytes()
    export(built_seeds, fmt, tmp_path / f"graph.{fmt}")
    assert (tmp_path / f"graph.{fmt}").read_bytes() == first
