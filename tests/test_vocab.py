"""kg.vocab.KG and ontology/kg.ttl must declare exactly the same kg: terms."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.ids import ONTOLOGY
from kg.models import OrgKind
from kg.vocab import KG, OWL, RDF, RDFS, SKOS

ONTOLOGY_FILE = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
_DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE)


def _namespace_terms() -> set[URIRef]:
    return {URIRef(ONTOLOGY + name) for name in KG.__annotations__}


def _declared(ontology: Graph) -> set[URIRef]:
    return {
        term
        for kind in _DECLARATIONS
        for term in ontology.subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(ONTOLOGY)
    }


def test_every_namespace_term_is_declared(ontology: Graph) -> None:
    assert sorted(_namespace_terms() - _declared(ontology)) == []


def test_every_declared_term_is_in_namespace(ontology: Graph) -> None:
    assert sorted(_declared(ontology) - _namespace_terms()) == []


def test_no_other_term_in_kg_namespace(ontology: Graph) -> None:
    """A kg: IRI used anywhere in kg.ttl (say, a typo in a domain) must be a declared term."""
    used = {node for triple in ontology for node in triple if isinstance(node, URIRef)}
    assert sorted(term for term in used if term.startswith(ONTOLOGY)) == sorted(_namespace_terms())


@pytest.mark.parametrize("term", sorted(_namespace_terms()))
def test_term_is_labelled_and_commented(ontology: Graph, term: URIRef) -> None:
    languages = {label.language for label in ontology.objects(term, SKOS.prefLabel)}
    assert {"vi", "en"} <= languages
    assert len(languages) == len(list(ontology.objects(term, SKOS.prefLabel))), "one prefLabel per language"
    assert any(ontology.objects(term, RDFS.comment))


@pytest.mark.parametrize("kind", list(OrgKind))
def test_org_kind_is_organization_subclass(ontology: Graph, kind: OrgKind) -> None:
    assert (KG[kind.value], RDFS.subClassOf, KG.Organization) in ontology
