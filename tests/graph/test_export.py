"""The four serialisations: they parse back to the same data, are byte-stable and are written atomically."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Dataset, Graph

from kg.graph import export
from kg.graph.build import Quads, build_quads
from kg.graph.export import make_and_write_graph, write_graph
from kg.graph.store import open_store, store_is_current
from kg.ids import Kind, content_hash, mint
from kg.models import ArticleExtraction, Organization, OrgKind

Extractions = tuple[ArticleExtraction, ...]
FILES = ["graph.trig", "graph.ttl", "graph.jsonld", "graph.nq"]
INDEX = ["manifest.json", "store", "store.json"]  # where each graph lies; the query store and its graph.nq

# Builds and exports the extractions given as JSON lines on stdin, in a fresh interpreter.
_EXPORT_SCRIPT = """
import sys
from pathlib import Path
from kg.graph.build import build_quads
from kg.graph.export import write_graph
from kg.ids import Kind, content_hash, mint
from kg.models import ArticleExtraction, Organization, OrgKind
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

    def fail(*_: object) -> bytes:
        raise RuntimeError("serializer crashed")

    monkeypatch.setattr(export.Format, "part", fail)  # graph.nq is staged, the three others fail
    with pytest.raises(RuntimeError, match="serializer crashed"):
        write_graph(build_quads([]), tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*FILES, *INDEX, "report.txt"])


def _built(extractions: Extractions, out: Path, extractor: str | None = "v1") -> list[str]:
    """Build into ``out``; return what the build said."""
    said: list[str] = []
    write_graph(build_quads(extractions, extractor=extractor), out, log=said.append)
    return said


def _same_build(one: Path, other: Path) -> None:
    assert {name: (one / name).read_bytes() for name in FILES} == {name: (other / name).read_bytes() for name in FILES}
    stores = [open_store(path) for path in (one, other)]
    assert store_is_current(one) and store_is_current(other)
    assert sorted(map(str, stores[0])) == sorted(map(str, stores[1]))
    assert sorted(map(str, stores[0].named_graphs())) == sorted(map(str, stores[1].named_graphs()))


def test_a_graph_written_in_pieces_is_what_the_serialiser_writes_for_the_whole_dataset(
    quads: Quads, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_PIECE", 1)  # every subject of the derived graph a piece of its own
    write_graph(quads, tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["parts"]) > 2 * len({graph for graph, *_ in manifest["parts"]})
    for name, syntax, prefixes in [("graph.trig", pyoxigraph.RdfFormat.TRIG, export.PREFIXES),
                                   ("graph.jsonld", pyoxigraph.RdfFormat.JSON_LD, None)]:
        dataset = pyoxigraph.parse(path=tmp_path / "graph.nq", format=pyoxigraph.RdfFormat.N_QUADS)
        assert (tmp_path / name).read_bytes() == pyoxigraph.serialize(dataset, format=syntax, prefixes=prefixes)


def _another_province(extraction: ArticleExtraction) -> ArticleExtraction:
    """An article about another province's committee, whose derived entities are its own."""
    digest = content_hash(b"another province")
    article = extraction.article.model_copy(update={"id": mint(Kind.ARTICLE, digest), "file": "another.txt",
                                                    "content_hash": digest})
    org = Organization(id=mint(Kind.ORGANIZATION, "ProvincialPartyCommittee", "VN-01"),
                       kind=OrgKind.PROVINCIAL_PARTY_COMMITTEE, name="Tỉnh ủy", province="VN-01")
    return ArticleExtraction(article=article, province="VN-01", organizations=(org,))


def test_an_added_article_serialises_only_the_pieces_it_changes(
    sample_extractions: Extractions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "_PIECE", 1)
    _built(sample_extractions, tmp_path / "out")
    more = (*sample_extractions, _another_province(sample_extractions[0]))
    said = _built(more, tmp_path / "out")
    assert "3 of 5 graphs unchanged since the last build, copied, and 3 of the 4 pieces of the others" in said
    assert said[-1] == "writing graph.trig, graph.ttl, graph.jsonld; updating the query store"
    _built(more, tmp_path / "clean")
    _same_build(tmp_path / "out", tmp_path / "clean")


@pytest.mark.parametrize("piece", [1, 128])
@pytest.mark.parametrize("store", ["updated", "loaded again"])
def test_an_added_article_copies_the_graphs_already_built_and_equals_a_clean_build(
    sample_extractions: Extractions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, store: str, piece: int
) -> None:
    monkeypatch.setattr(export, "_UPDATE_LIMIT", 1.0 if store == "updated" else 0.0)
    monkeypatch.setattr(export, "_PIECE", piece)
    assert not any("unchanged" in line for line in _built(sample_extractions[:1], tmp_path / "out"))
    said = _built(sample_extractions, tmp_path / "out")
    assert "2 of 4 graphs unchanged since the last build, copied" in said  # first's own and the vocabulary
    _built(sample_extractions, tmp_path / "clean")
    _same_build(tmp_path / "out", tmp_path / "clean")


@pytest.mark.parametrize("piece", [1, 128])
def test_a_removed_article_leaves_neither_its_graph_nor_its_quads(
    sample_extractions: Extractions, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    monkeypatch.setattr(export, "_UPDATE_LIMIT", 1.0)  # the store updated, not loaded again
    monkeypatch.setattr(export, "_PIECE", piece)
    _built(sample_extractions, tmp_path / "out")
    _built(sample_extractions[:1], tmp_path / "out")
    _built(sample_extractions[:1], tmp_path / "clean")
    _same_build(tmp_path / "out", tmp_path / "clean")


def test_graphs_are_known_by_their_lines_without_the_extractors_version(sample_extractions: Extractions,
                                                                       tmp_path: Path) -> None:
    _built(sample_extractions, tmp_path / "out", extractor=None)
    assert "4 of 4 graphs unchanged since the last build, copied" in _built(sample_extractions, tmp_path / "out",
                                                                             extractor=None)
    _built(sample_extractions, tmp_path / "clean", extractor=None)
    _same_build(tmp_path / "out", tmp_path / "clean")


@pytest.mark.parametrize("damage", ["edited", "manifest"])
def test_files_changed_since_the_build_are_not_copied_from(sample_extractions: Extractions, tmp_path: Path,
                                                           damage: str) -> None:
    out = tmp_path / "out"
    _built(sample_extractions, out)
    if damage == "edited":  # by hand: the manifest's offsets no longer hold
        (out / "graph.trig").write_bytes(b"# a note\n" + (out / "graph.trig").read_bytes())
    else:
        (out / "manifest.json").write_text("{not json", encoding="utf-8")
    said = _built(sample_extractions, out)  # built as if for the first time
    assert not any("unchanged" in line for line in said) and "loading the query store from graph.nq" in said[-1]
    _built(sample_extractions, tmp_path / "clean")
    _same_build(out, tmp_path / "clean")


def test_a_graph_made_in_its_own_process_is_written_the_same(sample_extractions: Extractions,
                                                             tmp_path: Path) -> None:
    write_graph(build_quads(sample_extractions), tmp_path / "here")
    paths, made = make_and_write_graph(lambda: (build_quads(sample_extractions), os.getpid()), tmp_path / "apart")
    assert made != os.getpid()  # made elsewhere, and what it returned came back
    assert [p.name for p in paths] == [*FILES, "store"]
    _same_build(tmp_path / "here", tmp_path / "apart")


def test_a_failure_while_the_graph_is_made_reaches_the_caller_and_keeps_the_build(
        quads: Quads, tmp_path: Path) -> None:
    write_graph(quads, tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in FILES}

    def broken() -> tuple[Quads, None]:
        raise LookupError("no such body")

    with pytest.raises(LookupError, match="no such body"):
        make_and_write_graph(broken, tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in FILES} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(FILES + INDEX)


def test_a_graph_maker_that_dies_is_reported(tmp_path: Path) -> None:
    def dying() -> tuple[Quads, None]:
        os._exit(3)

    with pytest.raises(RuntimeError, match=r"died \(exit status 3\)"):
        make_and_write_graph(dying, tmp_path)
