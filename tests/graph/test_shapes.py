"""SHACL shapes accept the built sample and reject each kind of broken fact."""

from __future__ import annotations

from collections.abc import Callable

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.graph.build import ONTOLOGY_FILE, SHAPES_FILE, build_quads
from kg.ids import entity_iri
from kg.models import ArticleExtraction
from kg.vocab import KG, ORG, PROV, RDF, SH, XSD

Extractions = tuple[ArticleExtraction, ...]
Violation = tuple[Node, Node | None]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


@pytest.fixture
def union(sample_extractions: Extractions) -> Graph:
    quads = build_quads(sample_extractions)
    lines = (f"{t.decode()} .\n" for graph in quads.names() for t in quads.lines(graph))
    return Graph().parse(data="".join(lines), format="nt")


@pytest.fixture
def validate(shapes: Graph, ontology: Graph) -> Callable[[Graph], set[Violation]]:
    """Validate as the build does; return (focus node, path) of each violation."""

    def run(data: Graph) -> set[Violation]:
        conforms, report, _ = pyshacl.validate(
            data_graph=data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs", advanced=False
        )
        violations = {
            (report.value(result, SH.focusNode), report.value(result, SH.resultPath))
            for result in report.objects(None, SH.result)
        }
        assert conforms == (not violations)
        return violations

    return run


def _iri(entity_id: str) -> URIRef:
    return URIRef(entity_iri(entity_id))


def _replace(graph: Graph, subject: Node, predicate: URIRef, value: Node | None) -> None:
    graph.remove((subject, predicate, None))
    if value is not None:
        graph.add((subject, predicate, value))


def test_sample_conforms(union: Graph, validate: Callable[[Graph], set[Violation]]) -> None:
    assert validate(union) == set()


def test_organization_kind_counts_as_organization(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    """With RDFS inference over kg.ttl, sh:class kg:Organization accepts a ProvincialPartyCommittee."""
    org = _iri(sample_extractions[0].organizations[0].id)
    union.remove((org, RDF.type, KG.Organization))
    union.remove((org, RDF.type, ORG.Organization))
    assert validate(union) == set()


def test_occupancy_without_evidence(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    occupancy = _iri(sample_extractions[0].occupancies[0].id)
    _replace(union, occupancy, PROV.wasDerivedFrom, None)
    assert validate(union) == {(occupancy, PROV.wasDerivedFrom)}


def test_evidence_with_empty_quote(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    evidence = _iri(sample_extractions[0].persons[0].evidence[0].id)
    _replace(union, evidence, KG.quote, Literal(""))
    assert (evidence, KG.quote) in validate(union)


def test_evidence_quote_must_fit_its_span(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    evidence = _iri(sample_extractions[0].persons[0].evidence[0].id)
    _replace(union, evidence, KG.quote, Literal("Nguyễn Văn"))
    assert validate(union) == {(evidence, None)}


def test_evidence_span_must_not_be_empty(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    evidence = _iri(sample_extractions[0].persons[0].evidence[0].id)
    start = union.value(evidence, KG.charStart)
    _replace(union, evidence, KG.charEnd, start)
    assert (evidence, KG.charStart) in validate(union)


@pytest.mark.parametrize(
    ("end", "conforms"),
    [
        (Literal("2020-09", datatype=XSD.gYearMonth), False),
        (Literal("2019-12-31", datatype=XSD.date), False),
        (Literal("2019", datatype=XSD.gYear), False),
        (Literal("2020-10", datatype=XSD.gYearMonth), True),
        (Literal("2020-10-01", datatype=XSD.date), True),
        (Literal("2020", datatype=XSD.gYear), True),
        (Literal("2021-03-05", datatype=XSD.date), True),
    ],
)
def test_occupancy_end_not_before_start(
    union: Graph,
    validate: Callable[[Graph], set[Violation]],
    sample_extractions: Extractions,
    end: Literal,
    conforms: bool,
) -> None:
    """The sample starts in 2020-10; dates compare at the coarser of the two precisions."""
    occupancy = _iri(sample_extractions[1].occupancies[0].id)
    assert str(union.value(occupancy, KG.startDate)) == "2020-10"
    _replace(union, occupancy, KG.endDate, end)
    assert validate(union) == (set() if conforms else {(occupancy, KG.endDate)})


def test_term_end_not_before_start(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    term = _iri(sample_extractions[0].terms[0].id)
    _replace(union, term, KG.periodEnd, Literal("2019", datatype=XSD.gYear))
    assert validate(union) == {(term, KG.periodEnd)}


def test_ill_formed_date(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    meeting = _iri(sample_extractions[0].meetings[0].id)
    _replace(union, meeting, KG.date, Literal("9-11-2020"))
    assert validate(union) == {(meeting, KG.date)}


def test_post_needs_a_known_role(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    post = _iri(sample_extractions[0].posts[0].id)
    _replace(union, post, ORG.role, URIRef("https://w3id.org/vnkg/role/no-such-role"))
    assert validate(union) == {(post, ORG.role)}


def test_occupancy_needs_a_status(
    union: Graph, validate: Callable[[Graph], set[Violation]], sample_extractions: Extractions
) -> None:
    occupancy = _iri(sample_extractions[0].occupancies[0].id)
    _replace(union, occupancy, KG.status, None)
    assert validate(union) == {(occupancy, KG.status)}
