"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint that SPARQLWrapper talks to."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.cli import main
from kg.query.serve import port_free

Serve = Callable[[list[str], int], AbstractContextManager[None]]  # the conftest fixture


@pytest.fixture
def endpoint(built_seeds: Path, free_port: int, serve: Serve) -> Iterator[str]:
    with serve([sys.executable, "-m", "kg.cli", "serve", "--graph", str(built_seeds), "--port", str(free_port)],
               free_port):
        yield f"http://127.0.0.1:{free_port}/query"


def test_ask_and_select_over_get_and_post(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    client.setQuery("PREFIX kg: <https://w3id.org/vnkg/ontology#> ASK { ?m a kg:Meeting }")
    assert client.query().convert()["boolean"] is True
    client.setQuery("""PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX kg: <https://w3id.org/vnkg/ontology#>
        SELECT DISTINCT ?name WHERE { ?t a kg:Tenure ; org:member/foaf:name ?name } ORDER BY ?name""")
    for method in ("GET", POST):
        client.setMethod(method)
        names = [b["name"]["value"] for b in client.query().convert()["results"]["bindings"]]
        assert "Nguyễn Nhân Chiến" in names and "Trần Quốc Tỏ" in names


def test_the_endpoint_refuses_updates(endpoint: str) -> None:
    client = SPARQLWrapper(endpoint.replace("/query", "/update"))
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <https://e.org/s> <https://e.org/p> <https://e.org/o> }")
    with pytest.raises(Exception):  # noqa: B017 -- SPARQLWrapper raises a different class per status
        client.query()


def test_a_port_in_use_is_reported(built_seeds: Path, endpoint: str, capsys: pytest.CaptureFixture[str]) -> None:
    port = int(endpoint.split(":")[2].split("/")[0])
    assert main(["serve", "--graph", str(built_seeds), "--port", str(port)]) == 2
    assert f"port {port}" in capsys.readouterr().err


def test_stopping_kg_serve_stops_the_server(built_seeds: Path, free_port: int, serve: Serve) -> None:
    with serve([sys.executable, "-m", "kg.cli", "serve", "--graph", str(built_seeds), "--port", str(free_port)],
               free_port):
        pass
    assert port_free(free_port), "the oxigraph server outlived `kg serve`"
