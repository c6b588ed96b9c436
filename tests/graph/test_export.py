"""The four serialisations: they parse back to the same data, are byte-stable and are written atomically."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.graph import export
from kg.graph.build import Quads, build_quads
from kg.graph.export import write_graph
from kg.graph.store import store_is_current
from kg.models import ArticleExtraction

Extractions = tuple[ArticleExtraction, ...]
FILES = ["graph.trig", "graph.ttl", "graph.jsonld", "graph.nq"]
INDEX = ["store", "store.json"]  # the query store, and the graph.nq it was built from

# Builds and exports the extractions given as JSON lines on stdin, in a fresh interpreter.
_EXPORT_SCRIPT = """
import sys
from pathlib import Path
from kg.graph.build import build_quads
from kg.graph.export import write_graph
from kg.models import ArticleExtraction
extractions = [ArticleExtraction.model_validate_json(line) for line in sys.stdin if line.strip()]
write_graph(build_quads(extractions), Path(sys.argv[1]))
"""


@pytest.fixture
def quads(sample_extractions: Extractions) -> Quads:
    return build_quads(sample_extractions)


@pytest.fixture
def dataset(quads: Quads) -> Dataset:
    return Dataset().parse(data="".join(quads.nquads()), format="nquads")


def _quads(dataset: Dataset) -> set[tuple[object, ...]]:
    return set(dataset.quads())


def test_writes_four_files(quads: Quads, tmp_path: Path) -> None:
    paths = write_graph(quads, tmp_path / "out")
    assert [p.name for p in paths] == [*FILES, "store"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(FILES + INDEX), "no temporary leftovers"
    assert store_is_current(tmp_path / "out")


@pytest.mark.parametrize(
    ("name", "fmt"), [("graph.trig", "trig"), ("graph.nq", "nquads"), ("graph.jsonld", "json-ld")]
)
def test_dataset_formats_parse_back_to_the_same_quads(
    quads: Quads, dataset: Dataset, tmp_path: Path, name: str, fmt: str
) -> None:
    write_graph(quads, tmp_path)
    parsed = Dataset()
    parsed.parse(tmp_path / name, format=fmt)
    assert len(_quads(parsed)) == len(_quads(dataset))
    assert _quads(parsed) == _quads(dataset)


def test_turtle_is_the_union_of_all_graphs(quads: Quads, dataset: Dataset, tmp_path: Path) -> None:
    write_graph(quads, tmp_path)
    parsed = Graph().parse(tmp_path / "graph.ttl", format="turtle")
    assert set(parsed) == {(s, p, o) for s, p, o, _ in dataset.quads()}


def test_nquads_lines_come_graph_by_graph_sorted_within_each(quads: Quads, tmp_path: Path) -> None:
    """A stable order a diff can read, the same TriG is written in."""
    write_graph(quads, tmp_path)
    lines = (tmp_path / "graph.nq").read_text(encoding="utf-8").splitlines()
    graph_of = [line.rsplit(" ", 2)[1] for line in lines]
    assert graph_of == sorted(graph_of)
    assert lines == sorted(lines, key=lambda line: (line.rsplit(" ", 2)[1], line))


def test_output_is_byte_identical_across_hash_seeds(sample_extractions: Extractions, tmp_path: Path) -> None:
    payload = "".join(f"{e.model_dump_json()}\n" for e in sample_extractions)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        subprocess.run(
            [sys.executable, "-c", _EXPORT_SCRIPT, str(out)],
            input=payload,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.append({name: (out / name).read_bytes() for name in FILES})
    assert outputs[0] == outputs[1]


def test_failed_serialisation_keeps_the_previous_build(
    quads: Quads, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_graph(quads, tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in FILES}
    (tmp_path / "report.txt").write_text("not ours")

    def fail(*_: object) -> None:
        raise RuntimeError("serializer crashed")

    monkeypatch.setitem(export.SERIALIZERS, "graph.extra", fail)  # the last one, after three are staged
    with pytest.raises(RuntimeError, match="serializer crashed"):
        write_graph(build_quads([]), tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*FILES, *INDEX, "report.txt"])
