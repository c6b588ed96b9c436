"""The dataset built from the hand-made sample extractions."""

from __future__ import annotations

import pytest
from rdflib import BNode, Dataset, Graph, URIRef

from kg.graph.build import build_quads, concept_iri
from kg.ids import DERIVED_GRAPH, VOCAB_GRAPH, article_graph_iri, entity_iri, role_iri
from kg.models import ArticleExtraction, ChangeKind, MeetingKind, OccupancyStatus
from kg.vocab import KG, ORG, PROV, RDF, RDFS, SKOS

Extractions = tuple[ArticleExtraction, ...]


@pytest.fixture
def dataset(sample_extractions: Extractions) -> Dataset:
    return Dataset().parse(data="".join(build_quads(sample_extractions).nquads()), format="nquads")


def _graph(dataset: Dataset, iri: str) -> Graph:
    return dataset.graph(URIRef(iri))


def _iri(entity_id: str) -> URIRef:
    return URIRef(entity_iri(entity_id))


def test_one_graph_per_article_plus_derived_and_vocabulary(
    dataset: Dataset, sample_extractions: Extractions
) -> None:
    expected = {article_graph_iri(e.article.id) for e in sample_extractions} | {DERIVED_GRAPH, VOCAB_GRAPH}
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == expected


def test_no_blank_nodes(dataset: Dataset) -> None:
    assert not [quad for quad in dataset.quads() if any(isinstance(node, BNode) for node in quad)]


def test_occupancy_links_person_post_role_and_evidence(
    dataset: Dataset, sample_extractions: Extractions
) -> None:
    extraction = sample_extractions[0]
    occupancy = extraction.occupancies[0]
    post = extraction.posts[0]
    graph = _graph(dataset, article_graph_iri(extraction.article.id))
    node = _iri(occupancy.id)
    assert {KG.Occupancy, ORG.Membership} <= set(graph.objects(node, RDF.type))
    assert graph.value(node, ORG.member) == _iri(occupancy.person)
    assert graph.value(node, KG.post) == _iri(post.id)
    assert graph.value(node, ORG.organization) == _iri(post.organization)
    assert graph.value(node, ORG.role) == URIRef(role_iri(post.role))
    assert graph.value(node, KG.status) == concept_iri(OccupancyStatus.CURRENT)
    assert set(graph.objects(node, PROV.wasDerivedFrom)) == {_iri(e.id) for e in occupancy.evidence}
    assert (_iri(occupancy.person), RDF.type, KG.Person) in graph


def test_dates_are_typed_by_precision(dataset: Dataset, sample_extractions: Extractions) -> None:
    meeting_article, election_article = sample_extractions
    graph = _graph(dataset, article_graph_iri(election_article.article.id))
    start = graph.value(_iri(election_article.occupancies[0].id), KG.startDate)
    assert (str(start), start.datatype.fragment) == ("2020-10", "gYearMonth")
    day = _graph(dataset, article_graph_iri(meeting_article.article.id)).value(
        _iri(meeting_article.article.id), KG.datePrecision
    )
    assert str(day) == "day"


def test_evidence_quotes_the_article_at_its_span(
    dataset: Dataset, sample_extractions: Extractions, sample_texts: dict[str, str]
) -> None:
    checked = 0
    for extraction in sample_extractions:
        graph = _graph(dataset, article_graph_iri(extraction.article.id))
        text = sample_texts[extraction.article.id]
        for evidence in graph.subjects(RDF.type, KG.Evidence):
            start = graph.value(evidence, KG.charStart).toPython()
            end = graph.value(evidence, KG.charEnd).toPython()
            assert str(graph.value(evidence, KG.quote)) == text[start:end]
            assert graph.value(evidence, PROV.wasQuotedFrom) == _iri(extraction.article.id)
            checked += 1
    assert checked == 5


def test_shared_entities_are_one_node_citing_every_article(
    dataset: Dataset, sample_extractions: Extractions
) -> None:
    derived = _graph(dataset, DERIVED_GRAPH)
    org = sample_extractions[0].organizations[0]
    assert org == sample_extractions[1].organizations[0]
    assert list(derived.subjects(RDF.type, KG.Organization)) == [_iri(org.id)]
    assert set(derived.objects(_iri(org.id), PROV.wasDerivedFrom)) == {
        _iri(e.article.id) for e in sample_extractions
    }
    assert {KG.ProvincialPartyCommittee, ORG.Organization} <= set(derived.objects(_iri(org.id), RDF.type))


@pytest.mark.parametrize(
    ("kind", "label"),
    [
        (KG.Organization, "Tỉnh ủy Bắc Ninh"),
        (KG.Post, "Bí thư Tỉnh ủy Bắc Ninh"),
        (KG.OrganizationTerm, "Tỉnh ủy Bắc Ninh khóa 20 nhiệm kỳ 2020–2025"),
    ],
)
def test_shared_labels_name_the_province(dataset: Dataset, kind: URIRef, label: str) -> None:
    derived = _graph(dataset, DERIVED_GRAPH)
    (node,) = derived.subjects(RDF.type, kind)
    assert [(str(x), x.language) for x in derived.objects(node, SKOS.prefLabel)] == [(label, "vi")]


def test_meeting_is_labelled_and_held_by_term(dataset: Dataset, sample_extractions: Extractions) -> None:
    extraction = sample_extractions[0]
    meeting = extraction.meetings[0]
    graph = _graph(dataset, article_graph_iri(extraction.article.id))
    node = _iri(meeting.id)
    assert (
        str(graph.value(node, RDFS.label))
        == "Hội nghị lần thứ 2, Tỉnh ủy Bắc Ninh khóa 20 nhiệm kỳ 2020–2025"
    )
    assert graph.value(node, KG.heldBy) == _iri(meeting.body)
    assert graph.value(node, KG.meetingKind) == concept_iri(MeetingKind.REGULAR)
    assert graph.value(node, KG.chair) == _iri(meeting.chairs[0])


def test_vocabulary_graph_holds_roles_provinces_and_concepts(dataset: Dataset) -> None:
    vocabulary = _graph(dataset, VOCAB_GRAPH)
    assert (URIRef(role_iri("secretary")), RDF.type, ORG.Role) in vocabulary
    assert any(vocabulary.subjects(RDF.type, KG.Province))
    for scheme, cls in (
        (OccupancyStatus, KG.OccupancyStatus),
        (MeetingKind, KG.MeetingKind),
        (ChangeKind, KG.ChangeKind),
    ):
        for value in scheme:
            assert (concept_iri(value), RDF.type, cls) in vocabulary
            assert {label.language for label in vocabulary.objects(concept_iri(value), SKOS.prefLabel)} == {
                "vi",
                "en",
            }


def test_undefined_post_is_an_error(sample_extractions: Extractions) -> None:
    """Raised when the article's graph is written (write_graph stages everything, so no build is lost)."""
    broken = sample_extractions[0].model_copy(update={"posts": ()})
    with pytest.raises(ValueError, match="undefined post"):
        list(build_quads([broken]).nquads())
