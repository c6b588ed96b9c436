"""The graph as Popolo JSON (popoloproject.com): persons, organizations, posts, memberships, events, areas.

Canonical entities only; a membership is a tenure (a person in a post over time), with
the articles it rests on as ``sources``. Popolo's own field names, so tools that read
Popolo (pupa, EveryPolitician loaders) take it as is.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from kg.query.engine import Value, run_oxigraph, with_local_ids

_PERSONS = """
SELECT ?person_id ?name (GROUP_CONCAT(DISTINCT ?file; separator="\\n") AS ?files) WHERE {
  ?person a kg:Person ; foaf:name ?name . FILTER NOT EXISTS { ?person kg:resolvedTo ?x }
  ?mention kg:resolvedTo ?person ; prov:wasDerivedFrom/prov:wasQuotedFrom/kg:sourceFile ?file .
  LOCAL_ID(person)
} GROUP BY ?person_id ?name ORDER BY ?person_id"""

_ORGANIZATIONS = """
SELECT ?org_id ?name ?classification ?parent_id ?area_id WHERE {
  ?org a kg:Organization ; skos:prefLabel ?name ; a ?class .
  FILTER NOT EXISTS { ?org kg:resolvedTo ?x } FILTER NOT EXISTS { ?org a kg:OrganizationTerm }
  FILTER(STRSTARTS(STR(?class), STR(kg:)) && ?class != kg:Organization)
  BIND(STRAFTER(STR(?class), "#") AS ?classification)
  OPTIONAL { ?org org:subOrganizationOf ?parent . BIND(STRAFTER(STR(?parent), "/id/") AS ?parent_id) }
  OPTIONAL { ?org kg:province ?area . BIND(STRAFTER(STR(?area), "/province/") AS ?area_id) }
  LOCAL_ID(org)
} ORDER BY ?org_id"""

_POSTS = """
SELECT DISTINCT ?post_id ?label ?role ?org_id WHERE {
  ?tenure a kg:Tenure ; kg:post ?post .
  ?post skos:prefLabel ?label ; org:postIn ?org ; org:role/skos:prefLabel ?role . FILTER(lang(?role) = "vi")
  LOCAL_ID(post) LOCAL_ID(org)
} ORDER BY ?post_id"""

_MEMBERSHIPS = """
SELECT ?tenure_id ?person_id ?post_id ?org_id ?role ?start_date ?end_date
       (GROUP_CONCAT(DISTINCT ?file; separator="\\n") AS ?files) WHERE {
  ?tenure a kg:Tenure ; org:member ?person ; kg:post ?post ; org:organization ?org ;
          org:role/skos:prefLabel ?role . FILTER(lang(?role) = "vi")
  OPTIONAL { ?tenure kg:began ?began } OPTIONAL { ?tenure kg:firstSeen ?first }
  OPTIONAL { ?tenure kg:ended ?ended } OPTIONAL { ?tenure kg:endedBefore ?before }
  BIND(STR(COALESCE(?began, ?first)) AS ?start_date) BIND(STR(COALESCE(?ended, ?before)) AS ?end_date)
  ?tenure prov:wasDerivedFrom/prov:wasDerivedFrom/prov:wasQuotedFrom/kg:sourceFile ?file .
  LOCAL_ID(tenure) LOCAL_ID(person) LOCAL_ID(post) LOCAL_ID(org)
} GROUP BY ?tenure_id ?person_id ?post_id ?org_id ?role ?start_date ?end_date ORDER BY ?tenure_id"""

_EVENTS = """
SELECT ?meeting_id ?name ?start_date ?org_id ?classification WHERE {
  ?meeting a kg:Meeting ; rdfs:label ?name ; kg:meetingKind/skos:notation ?classification ; kg:heldBy ?heldBy .
  OPTIONAL { ?heldBy kg:resolvedTo ?canonicalTerm } BIND(COALESCE(?canonicalTerm, ?heldBy) AS ?term)
  ?term kg:termOf ?termOrg . OPTIONAL { ?termOrg kg:resolvedTo ?canonicalOrg }
  BIND(COALESCE(?canonicalOrg, ?termOrg) AS ?org)
  OPTIONAL { ?meeting kg:date ?d } BIND(STR(?d) AS ?start_date)
  LOCAL_ID(meeting) LOCAL_ID(org)
} ORDER BY ?meeting_id"""

_AREAS = """
SELECT ?area_id ?name ?valid_until WHERE {
  ?area a kg:Province ; skos:prefLabel ?name . FILTER(lang(?name) = "vi")
  OPTIONAL { ?area kg:validUntil ?until } BIND(STR(?until) AS ?valid_until)
  BIND(STRAFTER(STR(?area), "/province/") AS ?area_id)
} ORDER BY ?area_id"""


def _query(store: ox.Store, text: str) -> list[dict[str, Value]]:
    return run_oxigraph(store, with_local_ids(text)).rows


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    """Popolo omits unknown fields rather than writing null."""
    return {key: value for key, value in item.items() if value not in (None, "", [])}


def _sources(files: Value) -> list[dict[str, str]]:
    return [{"url": name, "note": "article file"} for name in sorted(str(files or "").split("\n")) if name]


def popolo(store: ox.Store) -> dict[str, list[dict[str, Any]]]:
    """The Popolo document for the graph in ``store``."""
    return {
        "persons": [_clean({"id": r["person_id"], "name": r["name"], "sources": _sources(r["files"])})
                    for r in _query(store, _PERSONS)],
        "organizations": [_clean({"id": r["org_id"], "name": r["name"], "classification": r["classification"],
                                  "parent_id": r["parent_id"], "area_id": r["area_id"]})
                          for r in _query(store, _ORGANIZATIONS)],
        "posts": [_clean({"id": r["post_id"], "label": r["label"], "role": r["role"],
                          "organization_id": r["org_id"]}) for r in _query(store, _POSTS)],
        "memberships": [_clean({"id": r["tenure_id"], "person_id": r["person_id"], "post_id": r["post_id"],
                                "organization_id": r["org_id"], "role": r["role"], "start_date": r["start_date"],
                                "end_date": r["end_date"], "sources": _sources(r["files"])})
                        for r in _query(store, _MEMBERSHIPS)],
        "events": [_clean({"id": r["meeting_id"], "name": r["name"], "start_date": r["start_date"],
                           "organization_id": r["org_id"], "classification": r["classification"]})
                   for r in _query(store, _EVENTS)],
        "areas": [_clean({"id": r["area_id"], "name": r["name"], "classification": "province",
                          "dissolution_date": r["valid_until"]}) for r in _query(store, _AREAS)],
    }
