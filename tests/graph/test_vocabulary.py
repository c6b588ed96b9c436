from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import vocab as ns  # a module alias: pytest's collection warns on a bare XSD import
from kg.graph.vocabulary import (
    province_graph,
    role_graph,
    vocabulary_graph,
    write_vocabulary_files,
)
from kg.ids import ONTOLOGY as KG_NS
from kg.ids import province_iri
from kg.roles import roles

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


@pytest.mark.parametrize(
    ("filename", "build"), [("roles.ttl", role_graph), ("provinces.ttl", province_graph)]
)
def test_committed_files_match_the_data(filename: str, build: Callable[[], Graph]) -> None:
    committed = Graph().parse(ONTOLOGY / "vocab" / filename, format="turtle")
    assert isomorphic(committed, build()), "regenerate with: python -m kg.graph.vocabulary ontology/"


def test_writing_is_deterministic(tmp_path: Path) -> None:
    write_vocabulary_files(tmp_path)
    first = {p.name: p.read_bytes() for p in (tmp_path / "vocab").iterdir()}
    write_vocabulary_files(tmp_path)
    assert first == {p.name: p.read_bytes() for p in (tmp_path / "vocab").iterdir()}
    assert first.keys() == {"roles.ttl", "provinces.ttl"}
    assert first["roles.ttl"].startswith(b"# Generated from kg/data/roles.csv")


def test_every_role_has_both_labels_and_an_integer_rank() -> None:
    graph = role_graph()
    concepts = set(graph.subjects(ns.RDF.type, ns.ORG.Role))
    assert len(concepts) == len(roles())
    for concept in concepts:
        labels = {
            lit.language for lit in graph.objects(concept, ns.SKOS.prefLabel) if isinstance(lit, Literal)
        }
        assert labels == {"vi", "en"}
        (rank,) = graph.objects(concept, ns.KG.rank)
        assert isinstance(rank, Literal) and rank.datatype == ns.XSD.integer


def _count_in_force(graph: Graph, day: str) -> int:
    query = """
        SELECT (COUNT(?p) AS ?n) WHERE {
            ?p a kg:Province .
            OPTIONAL { ?p kg:validFrom ?from }
            OPTIONAL { ?p kg:validUntil ?until }
            FILTER ((!BOUND(?from) || ?from <= ?day) && (!BOUND(?until) || ?day <= ?until))
        }"""
    (row,) = graph.query(
        query, initNs={"kg": KG_NS}, initBindings={"day": Literal(day, datatype=ns.XSD.date)}
    )
    return int(row[0])


def test_sixty_three_then_thirty_four_provinces() -> None:
    graph = province_graph()
    assert _count_in_force(graph, "2025-06-30") == 63
    assert _count_in_force(graph, "2025-07-01") == 34


def test_each_merger_joins_originals_into_one_result() -> None:
    graph = province_graph()
    events = {e for e in graph.subjects(ns.RDF.type, ns.ORG.ChangeEvent)
              if (e, ns.DCTERMS.date, Literal("2025-07-01", datatype=ns.XSD.date)) in graph}
    assert len(events) == 23
    assert len(set(graph.subjects(ns.RDF.type, ns.ORG.ChangeEvent))) == 24  # and Huế's change of status
    for event in events:
        originals = set(graph.objects(event, ns.ORG.originalOrganization))
        (result,) = graph.objects(event, ns.ORG.resultingOrganization)
        assert len(originals) >= 2
        assert (result, ns.ORG.resultedFrom, event) in graph
        assert all((original, ns.ORG.changedBy, event) in graph for original in originals)
        assert (event, ns.DCTERMS.date, Literal("2025-07-01", datatype=ns.XSD.date)) in graph


def test_no_blank_nodes_and_vocabulary_is_the_union() -> None:
    graph = vocabulary_graph()
    assert all(isinstance(term, URIRef | Literal) for triple in graph for term in triple)
    assert len(graph) == len(role_graph()) + len(province_graph())
    assert (URIRef(province_iri("VN-26")), ns.SKOS.prefLabel, Literal("Thừa Thiên Huế", lang="vi")) in graph
