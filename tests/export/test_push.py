"""`kg push` against a real Oxigraph server on loopback: every named graph arrives, intact."""

from __future__ import annotations

import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.cli import main
from kg.export.push import named_graphs
from kg.query.serve import oxigraph_binary

Serve = Callable[[list[str], int], AbstractContextManager[None]]  # the conftest fixture


@pytest.fixture
def server(tmp_path: Path, free_port: int, serve: Serve) -> Iterator[str]:
    """A writable Oxigraph server with an empty store; yields its base URL."""
    with serve([oxigraph_binary(), "serve", "--location", str(tmp_path / "remote"),
                "--bind", f"127.0.0.1:{free_port}"], free_port):
        yield f"http://127.0.0.1:{free_port}"


def _quads(nquads: bytes) -> set[str]:
    """The quads as Oxigraph holds them: it stores xsd:nonNegativeInteger values as xsd:integer."""
    store = ox.Store()
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    return {str(quad) for quad in store}


def test_push_round_trips_every_named_graph(built_seeds: Path, server: str) -> None:
    assert main(["push", "--graph", str(built_seeds), "--endpoint", f"{server}/store"]) == 0
    request = urllib.request.Request(f"{server}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request, timeout=30) as response:
        remote = _quads(response.read())
    assert remote == _quads((built_seeds / "graph.nq").read_bytes())
    # Pushing again replaces each graph: the store is unchanged, not doubled.
    assert main(["push", "--graph", str(built_seeds), "--endpoint", f"{server}/store"]) == 0
    with urllib.request.urlopen(request, timeout=30) as response:
        assert _quads(response.read()) == remote


def test_an_unreachable_or_refusing_server_is_reported(built_seeds: Path, server: str, free_port: int,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", "--graph", str(built_seeds), "--endpoint", "http://127.0.0.1:9/store"]) == 1
    assert "cannot reach the server" in capsys.readouterr().err
    assert main(["push", "--graph", str(built_seeds), "--endpoint", f"{server}/query"]) == 1
    assert "HTTP 4" in capsys.readouterr().err
    assert main(["push", "--graph", str(built_seeds), "--endpoint", "ftp://example.org/"]) == 1
    assert "http:// or https://" in capsys.readouterr().err


def test_the_graphs_sent_are_the_graphs_built(built_seeds: Path) -> None:
    sent = named_graphs(built_seeds)
    lines = [line for line in (built_seeds / "graph.nq").read_text(encoding="utf-8").splitlines() if line]
    assert sum(len(triples) for triples in sent.values()) == len(lines)
    assert any("XMLSchema#nonNegativeInteger" in t for triples in sent.values() for t in triples)
