"""Flat tables of a built graph, each row with the article it comes from and the quote.

For pandas, Excel and R: persons, posts, occupancies, meetings, participations and
events. Facts are the extractor's records (one row per article that states them), with
the canonical person and post they resolve to, so a row can be checked against its
source and grouped by the entity. Where a fact has several pieces of evidence, the
row cites the first (by IRI), article and quote together.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.query.engine import Result, run_oxigraph, with_local_ids

# The evidence a fact ?fact cites first, with its article: appended to each table's pattern.
_FIRST_EVIDENCE = """
  { SELECT ?fact (MIN(STR(?e)) AS ?firstEvidence) WHERE { ?fact prov:wasDerivedFrom ?e . ?e a kg:Evidence }
    GROUP BY ?fact }
  BIND(IRI(?firstEvidence) AS ?evidence)
  ?evidence kg:quote ?quote ; kg:charStart ?char_start ; kg:charEnd ?char_end ; prov:wasQuotedFrom ?source .
  ?source kg:sourceFile ?article .
  OPTIONAL { ?source dcterms:issued ?issued } BIND(STR(?issued) AS ?published)
"""

TABLES: dict[str, str] = {
    "persons": """
SELECT ?person_id ?name ?mentions ?article ?published ?quote ?char_start ?char_end WHERE {
  { SELECT ?person (COUNT(DISTINCT ?mention) AS ?mentions) (MIN(STR(?mention)) AS ?firstMention) WHERE {
      ?mention kg:resolvedTo ?person . ?person a kg:Person } GROUP BY ?person }
  ?person foaf:name ?name .
  BIND(IRI(?firstMention) AS ?fact)
  FIRST_EVIDENCE
  LOCAL_ID(person)
} ORDER BY ?name ?person_id""",
    "posts": """
SELECT ?post_id ?label ?role ?organization_id ?organization ?province ?article ?published ?quote ?char_start
       ?char_end WHERE {
  { SELECT ?post (MIN(STR(?occupancy)) AS ?firstOccupancy) WHERE {
      ?occupancy a kg:Occupancy ; kg:post ?mentioned .
      OPTIONAL { ?mentioned kg:resolvedTo ?canonical } BIND(COALESCE(?canonical, ?mentioned) AS ?post)
    } GROUP BY ?post }
  ?post skos:prefLabel ?label ; org:role/skos:prefLabel ?role ; org:postIn ?organizationNode .
  FILTER(lang(?role) = "vi")
  ?organizationNode skos:prefLabel ?organization .
  OPTIONAL { ?organizationNode kg:province/skos:prefLabel ?province . FILTER(lang(?province) = "vi") }
  BIND(IRI(?firstOccupancy) AS ?fact)
  FIRST_EVIDENCE
  LOCAL_ID(post) BIND(STRAFTER(STR(?organizationNode), "/id/") AS ?organization_id)
} ORDER BY ?label ?post_id""",
    "occupancies": """
SELECT ?occupancy_id ?person_id ?person ?post_id ?post ?status ?observed ?start ?end ?article ?published ?quote
       ?char_start ?char_end WHERE {
  ?fact a kg:Occupancy ; org:member/kg:resolvedTo ?canonicalPerson ; kg:post ?mentioned ;
        kg:status/skos:notation ?status .
  ?canonicalPerson foaf:name ?person .
  OPTIONAL { ?mentioned kg:resolvedTo ?canonicalPost } BIND(COALESCE(?canonicalPost, ?mentioned) AS ?postNode)
  ?postNode skos:prefLabel ?post .
  OPTIONAL { ?fact kg:observedOn ?o } OPTIONAL { ?fact kg:startDate ?s } OPTIONAL { ?fact kg:endDate ?e }
  BIND(STR(?o) AS ?observed) BIND(STR(?s) AS ?start) BIND(STR(?e) AS ?end)
  FIRST_EVIDENCE
  BIND(STRAFTER(STR(?fact), "/id/") AS ?occupancy_id) BIND(STRAFTER(STR(?canonicalPerson), "/id/") AS ?person_id)
  BIND(STRAFTER(STR(?postNode), "/id/") AS ?post_id)
} ORDER BY ?person ?person_id ?observed ?post ?occupancy_id""",
    "meetings": """
SELECT ?meeting_id ?label ?kind ?ordinal ?date ?body ?article ?published ?quote ?char_start ?char_end WHERE {
  ?fact a kg:Meeting ; rdfs:label ?label ; kg:meetingKind/skos:notation ?kind ; kg:heldBy ?heldBy .
  OPTIONAL { ?heldBy kg:resolvedTo ?canonicalTerm } BIND(COALESCE(?canonicalTerm, ?heldBy) AS ?term)
  ?term skos:prefLabel ?body .
  OPTIONAL { ?fact kg:ordinal ?ordinal } OPTIONAL { ?fact kg:date ?d } BIND(STR(?d) AS ?date)
  FIRST_EVIDENCE
  BIND(STRAFTER(STR(?fact), "/id/") AS ?meeting_id)
} ORDER BY ?body ?date ?ordinal ?meeting_id""",
    "participations": """
SELECT ?meeting_id ?meeting ?person_id ?person ?chair ?article ?published ?quote ?char_start ?char_end WHERE {
  ?fact a kg:Meeting ; rdfs:label ?meeting .
  { ?fact kg:chair ?mention . BIND(true AS ?chair) }
  UNION { ?fact kg:participant ?mention . FILTER NOT EXISTS { ?fact kg:chair ?mention } BIND(false AS ?chair) }
  ?mention kg:resolvedTo ?canonicalPerson . ?canonicalPerson foaf:name ?person .
  FIRST_EVIDENCE
  BIND(STRAFTER(STR(?fact), "/id/") AS ?meeting_id) BIND(STRAFTER(STR(?canonicalPerson), "/id/") AS ?person_id)
} ORDER BY ?meeting_id ?person ?person_id""",
    "events": """
SELECT ?event_id ?kind ?person_id ?person ?post_id ?post ?date ?decided_by ?article ?published ?quote ?char_start
       ?char_end WHERE {
  ?fact a kg:ChangeEvent ; kg:changeKind/skos:notation ?kind ; kg:person/kg:resolvedTo ?canonicalPerson .
  ?canonicalPerson foaf:name ?person .
  OPTIONAL { ?fact kg:post ?mentioned . OPTIONAL { ?mentioned kg:resolvedTo ?canonicalPost }
             BIND(COALESCE(?canonicalPost, ?mentioned) AS ?postNode) ?postNode skos:prefLabel ?post }
  OPTIONAL { ?fact kg:date ?d } BIND(STR(?d) AS ?date)
  OPTIONAL { ?fact kg:decidedBy/skos:prefLabel ?decided_by }
  FIRST_EVIDENCE
  BIND(STRAFTER(STR(?fact), "/id/") AS ?event_id) BIND(STRAFTER(STR(?canonicalPerson), "/id/") AS ?person_id)
  BIND(STRAFTER(STR(?postNode), "/id/") AS ?post_id)
} ORDER BY ?person ?date ?kind ?event_id""",
}
TABLES = {name: with_local_ids(query.replace("FIRST_EVIDENCE", _FIRST_EVIDENCE)) for name, query in TABLES.items()}


def tables(store: ox.Store) -> dict[str, Result]:
    """Each table's columns and rows, by table name."""
    return {name: run_oxigraph(store, query) for name, query in TABLES.items()}
