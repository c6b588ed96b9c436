"""The controlled vocabularies as RDF: roles and provinces, with the 2025 province mergers.

The single source of ``ontology/vocab/*.ttl`` and of the build's vocabulary named graph,
generated from ``kg/data`` so the files cannot drift from what the extractor uses.
Every node has a minted IRI (no blank nodes), so the output is deterministic.
Regenerate the files with ``python -m kg.graph.vocabulary ontology/``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg import gazetteer
from kg.ids import BASE, ONTOLOGY, merger_iri, province_iri, role_iri
from kg.models import Province
from kg.roles import roles
from kg.text import normalize_name
from kg.vocab import DCTERMS, KG, ORG, PROV, RDF, RDFS, SKOS, XSD

ROLE_SCHEME = URIRef(f"{BASE}role/")

_PREFIXES = {
    "kg": ONTOLOGY,
    "org": ORG,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "xsd": XSD,
    "rdfs": RDFS,
    "prov": PROV,
}


def _graph() -> Graph:
    graph = Graph(bind_namespaces="none")
    for prefix, namespace in _PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def role_graph() -> Graph:
    """Each role of ``kg/data/roles.csv`` as a SKOS concept and ``org:Role``."""
    graph = _graph()
    graph.add((ROLE_SCHEME, RDF.type, SKOS.ConceptScheme))
    graph.add((ROLE_SCHEME, SKOS.prefLabel, Literal("Chức danh", lang="vi")))
    graph.add((ROLE_SCHEME, SKOS.prefLabel, Literal("Roles", lang="en")))
    for role in roles().values():
        iri = URIRef(role_iri(role.code))
        graph.add((iri, RDF.type, ORG.Role))
        graph.add((iri, RDF.type, SKOS.Concept))
        graph.add((iri, SKOS.inScheme, ROLE_SCHEME))
        graph.add((iri, SKOS.prefLabel, Literal(role.label_vi, lang="vi")))
        graph.add((iri, SKOS.prefLabel, Literal(role.label_en, lang="en")))
        graph.add((iri, KG.rank, Literal(role.rank)))
        graph.add((iri, KG.soleHolder, Literal(role.sole)))
        graph.add((iri, KG.roleCode, Literal(role.code)))
    return graph


def _designation(unit: Province) -> str:
    """The unit as a Vietnamese legal text names it: "tỉnh Bắc Ninh", "thành phố Đà Nẵng"."""
    if unit.name.startswith("Thành phố"):
        return unit.name
    return f"{'thành phố' if unit.centrally_run else 'tỉnh'} {unit.name}"


def _enumerate(items: list[str], conjunction: str) -> str:
    """ "a, b and c" in the language of ``conjunction``."""
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def province_graph() -> Graph:
    """Each unit as a ``kg:Province`` and each 2025 change (merger, change of status) as an ``org:ChangeEvent``."""
    graph = _graph()
    for unit in gazetteer.provinces():
        iri = URIRef(province_iri(unit.code))
        graph.add((iri, RDF.type, KG.Province))
        graph.add((iri, SKOS.prefLabel, Literal(unit.name, lang="vi")))
        graph.add((iri, SKOS.prefLabel, Literal(unit.name_en, lang="en")))
        for alias in unit.aliases:
            graph.add((iri, SKOS.altLabel, Literal(alias, lang="vi")))
        graph.add((iri, KG.lookupKey, Literal(normalize_name(unit.name))))
        if unit.iso_code:
            graph.add((iri, KG.isoCode, Literal(unit.iso_code)))
        graph.add((iri, KG.centrallyRun, Literal(unit.centrally_run)))
        if unit.valid_from:
            graph.add((iri, KG.validFrom, Literal(unit.valid_from)))
        if unit.valid_until:
            graph.add((iri, KG.validUntil, Literal(unit.valid_until)))
    for merger in gazetteer.mergers():
        event = URIRef(merger_iri(merger.result))
        result = gazetteer.province(merger.result)
        originals = [gazetteer.province(code) for code in merger.originals]
        graph.add((event, RDF.type, ORG.ChangeEvent))
        graph.add((event, DCTERMS.date, Literal(merger.date)))
        graph.add((event, DCTERMS.source, Literal(merger.source)))
        if len(originals) == 1:  # a change of status: Thừa Thiên Huế province became Huế city
            label_vi = f"{_designation(originals[0])} trở thành {_designation(result)} ({merger.date.year})"
            label_en = f"{originals[0].name_en} became {result.name_en} ({merger.date.year})"
        else:
            label_vi = (
                f"Hợp nhất {_enumerate([_designation(p) for p in originals], 'và')} "
                f"thành {_designation(result)} ({merger.date.year})"
            )
            label_en = (
                f"Merger of {_enumerate([p.name_en for p in originals], 'and')} "
                f"into {result.name_en} ({merger.date.year})"
            )
        graph.add((event, RDFS.label, Literal(label_vi, lang="vi")))
        graph.add((event, RDFS.label, Literal(label_en, lang="en")))
        for original in originals:
            graph.add((event, ORG.originalOrganization, URIRef(province_iri(original.code))))
            graph.add((URIRef(province_iri(original.code)), ORG.changedBy, event))
        graph.add((event, ORG.resultingOrganization, URIRef(province_iri(result.code))))
        graph.add((URIRef(province_iri(result.code)), ORG.resultedFrom, event))
    return graph


def vocabulary_graph() -> Graph:
    """Roles and provinces together: the build's vocabulary named graph."""
    graph = _graph()
    for part in (role_graph(), province_graph()):
        for triple in part:
            graph.add(triple)
    return graph


def _header(source: str) -> str:
    return (
        f"# Generated from {source} by kg/graph/vocabulary.py; do not edit by hand.\n"
        "# Regenerate with: python -m kg.graph.vocabulary ontology/\n\n"
    )


def write_vocabulary_files(ontology_dir: Path) -> None:
    """Write ``vocab/roles.ttl`` and ``vocab/provinces.ttl`` under ``ontology_dir``."""
    vocab_dir = ontology_dir / "vocab"
    vocab_dir.mkdir(parents=True, exist_ok=True)
    files = {
        "roles.ttl": ("kg/data/roles.csv", role_graph()),
        "provinces.ttl": ("kg/data/provinces.csv and kg/data/province_mergers.csv", province_graph()),
    }
    for filename, (source, graph) in files.items():
        text = _header(source) + graph.serialize(format="turtle")
        (vocab_dir / filename).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write ontology/vocab/*.ttl from kg/data.")
    parser.add_argument("ontology_dir", type=Path, help="the ontology directory, e.g. ontology/")
    write_vocabulary_files(parser.parse_args().ontology_dir)
