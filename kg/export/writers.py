"""``kg export``: write the graph in a format other tools open, each file written aside then renamed."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.export.network import view_graph
from kg.export.popolo import popolo
from kg.export.tables import tables
from kg.files import write_atomic
from kg.tables import write_rows

FORMATS = {"csv": "tables", "popolo": "popolo.json", "gexf": "graph.gexf", "graphml": "graph.graphml"}
# NetworkX stamps GEXF files with today's date; the same graph must give the same bytes.
_GEXF_DATE = re.compile(rb' lastmodifieddate="[^"]*"')


def default_target(graph_dir: Path, fmt: str) -> Path:
    return graph_dir / FORMATS[fmt]


def _csv(store: ox.Store, folder: Path) -> list[Path]:
    written = []
    for name, result in tables(store).items():
        text = io.StringIO()
        write_rows(result.rows, "csv", text, columns=result.columns)
        written.append(write_atomic(folder / f"{name}.csv", text.getvalue().encode("utf-8")))
    return written


def _network(store: ox.Store, fmt: str) -> bytes:
    buffer = io.BytesIO()
    graph = view_graph(store)
    if fmt == "gexf":
        nx.write_gexf(graph, buffer)
        return _GEXF_DATE.sub(b"", buffer.getvalue())
    nx.write_graphml(graph, buffer)
    return buffer.getvalue()


def export(store: ox.Store, fmt: str, target: Path) -> list[Path]:
    """Write ``store`` as ``fmt`` (csv: a folder of tables; popolo, gexf, graphml: one file) to ``target``."""
    if fmt == "csv":
        return _csv(store, target)
    if fmt == "popolo":
        text = json.dumps(popolo(store), ensure_ascii=False, indent=1) + "\n"
        return [write_atomic(target, text.encode("utf-8"))]
    return [write_atomic(target, _network(store, fmt))]
