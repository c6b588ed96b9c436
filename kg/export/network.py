"""The built graph as a NetworkX graph of people, posts, bodies, meetings and provinces.

One model feeds the interactive view and the GEXF/GraphML exports, so what an analyst
sees in the browser is what Gephi opens. Canonical entities only: article mentions are
folded into the person, post or body they resolve to. Nodes are keyed by their IRI;
every attribute is a string, an int or a bool (GraphML and GEXF take nothing else).
Provinces merged in 2025 keep their own nodes, linked to the province they became.
"""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
import pyoxigraph as ox

from kg.query.engine import Value, run_oxigraph

NODE_KINDS = ("person", "post", "organization", "meeting", "province")

_PERSONS = """
SELECT DISTINCT ?node ?label WHERE {
  ?tenure a kg:Tenure ; org:member ?node . ?node foaf:name ?label .
}"""

_TENURES = """
SELECT ?person ?post ?role ?since ?until ?last (MIN(?q) AS ?quote) (MIN(?file) AS ?article)
       (COUNT(DISTINCT ?file) AS ?articles) WHERE {
  ?tenure a kg:Tenure ; org:member ?person ; kg:post ?post ; org:role/skos:prefLabel ?role .
  FILTER(lang(?role) = "vi")
  OPTIONAL { ?tenure kg:began ?began } OPTIONAL { ?tenure kg:firstSeen ?first }
  OPTIONAL { ?tenure kg:ended ?ended } OPTIONAL { ?tenure kg:endedBefore ?endedBefore }
  OPTIONAL { ?tenure kg:lastSeen ?lastSeen }
  BIND(STR(COALESCE(?began, ?first)) AS ?since)
  BIND(STR(COALESCE(?ended, ?endedBefore)) AS ?until)
  BIND(STR(?lastSeen) AS ?last)
  ?tenure prov:wasDerivedFrom/prov:wasDerivedFrom ?evidence .
  ?evidence kg:quote ?q ; prov:wasQuotedFrom/kg:sourceFile ?file .
} GROUP BY ?person ?post ?role ?since ?until ?last"""

_POSTS = """
SELECT DISTINCT ?node ?label ?org WHERE {
  ?tenure a kg:Tenure ; kg:post ?node . ?node skos:prefLabel ?label ; org:postIn ?org .
}"""

_ORGS = """
SELECT DISTINCT ?node ?label ?parent ?province WHERE {
  ?node a kg:Organization ; skos:prefLabel ?label .
  FILTER NOT EXISTS { ?node kg:resolvedTo ?other }
  FILTER NOT EXISTS { ?node a kg:OrganizationTerm }
  OPTIONAL { ?node org:subOrganizationOf ?parent . FILTER NOT EXISTS { ?parent kg:resolvedTo ?x } }
  OPTIONAL { ?node kg:province ?province }
}"""

_MEETINGS = """
SELECT ?node ?label ?date ?org (MIN(?q) AS ?quote) (MIN(?file) AS ?article) WHERE {
  ?node a kg:Meeting ; rdfs:label ?label ; kg:heldBy ?heldBy .
  OPTIONAL { ?heldBy kg:resolvedTo ?canonicalTerm }
  BIND(COALESCE(?canonicalTerm, ?heldBy) AS ?term)
  ?term kg:termOf ?termOrg .
  OPTIONAL { ?termOrg kg:resolvedTo ?canonicalOrg }
  BIND(COALESCE(?canonicalOrg, ?termOrg) AS ?org)
  OPTIONAL { ?node kg:date ?day } BIND(STR(?day) AS ?date)
  ?node prov:wasDerivedFrom ?evidence .
  ?evidence kg:quote ?q ; prov:wasQuotedFrom/kg:sourceFile ?file .
} GROUP BY ?node ?label ?date ?org"""

_ATTENDANCE = """
SELECT DISTINCT ?meeting ?person ?chair WHERE {
  ?meeting a kg:Meeting .
  { ?meeting kg:chair/kg:resolvedTo ?person . BIND(true AS ?chair) }
  UNION
  { ?meeting kg:participant/kg:resolvedTo ?person .
    FILTER NOT EXISTS { ?meeting kg:chair/kg:resolvedTo ?person } BIND(false AS ?chair) }
}"""

_PROVINCES = """
SELECT ?node ?label ?until ?became WHERE {
  ?node a kg:Province ; skos:prefLabel ?label . FILTER(lang(?label) = "vi")
  OPTIONAL { ?node kg:validUntil ?end } BIND(STR(?end) AS ?until)
  OPTIONAL { ?node org:changedBy/org:resultingOrganization ?became }
}"""


def _rows(store: ox.Store, query: str) -> Iterator[dict[str, Value]]:
    yield from run_oxigraph(store, query).rows


def _text(value: Value) -> str:
    return "" if value is None else str(value)


def view_graph(store: ox.Store) -> nx.MultiDiGraph:
    """People, their posts, the bodies and provinces of those posts, and the meetings they attended."""
    graph = nx.MultiDiGraph()
    provinces = {str(r["node"]): r for r in _rows(store, _PROVINCES)}
    orgs = {str(r["node"]): r for r in _rows(store, _ORGS)}
    province_of_org = {node: _text(r["province"]) for node, r in orgs.items()}

    def add_province(iri: str) -> None:
        if iri and iri not in graph and iri in provinces:
            row = provinces[iri]
            name, until = _text(row["label"]), _text(row["until"])
            # Two units may share a name across the 2025 reform (Thái Nguyên before and after): say which.
            label = f"{name} (đến {until[:4]})" if until else name
            graph.add_node(iri, kind="province", label=label, province=name, until=until)
            became = _text(row["became"])
            if became and became != iri:
                add_province(became)
                graph.add_edge(iri, became, key="became", kind="became", label="trở thành", since=_text(row["until"]),
                               until="")

    def add_org(iri: str) -> None:
        if iri in graph or iri not in orgs:
            return
        row = orgs[iri]
        province = province_of_org[iri]
        add_province(province)
        graph.add_node(iri, kind="organization", label=_text(row["label"]),
                       province=graph.nodes[province]["province"] if province in graph else "")
        if province in graph:
            graph.add_edge(iri, province, key="in", kind="in", label="thuộc", since="", until="")
        parent = _text(row["parent"])
        if parent and parent != iri:
            add_org(parent)
            if parent in graph:
                graph.add_edge(iri, parent, key="part_of", kind="part_of", label="trực thuộc", since="", until="")

    for row in _rows(store, _PERSONS):
        graph.add_node(str(row["node"]), kind="person", label=_text(row["label"]), province="")
    for row in _rows(store, _POSTS):
        org = str(row["org"])
        add_org(org)
        graph.add_node(str(row["node"]), kind="post", label=_text(row["label"]),
                       province=graph.nodes[org]["province"] if org in graph else "")
        if org in graph:
            graph.add_edge(str(row["node"]), org, key="post_in", kind="post_in", label="chức vụ tại", since="",
                           until="")
    for row in _rows(store, _TENURES):
        person, post = str(row["person"]), str(row["post"])
        graph.add_edge(person, post, key="holds", kind="holds", label=_text(row["role"]), since=_text(row["since"]),
                       until=_text(row["until"]), last_seen=_text(row["last"]), quote=_text(row["quote"]),
                       article=_text(row["article"]), articles=int(row["articles"] or 0))
    for row in _rows(store, _MEETINGS):
        node, org = str(row["node"]), str(row["org"])
        add_org(org)
        graph.add_node(node, kind="meeting", label=_text(row["label"]), date=_text(row["date"]),
                       province=graph.nodes[org]["province"] if org in graph else "", quote=_text(row["quote"]),
                       article=_text(row["article"]))
        if org in graph:
            graph.add_edge(node, org, key="held_by", kind="held_by", label="của", since=_text(row["date"]), until="")
    for row in _rows(store, _ATTENDANCE):
        meeting, person = str(row["meeting"]), str(row["person"])
        if meeting in graph and person in graph:
            kind = "chaired" if row["chair"] else "attended"
            graph.add_edge(person, meeting, key=kind, kind=kind, label="chủ trì" if row["chair"] else "dự",
                           since=graph.nodes[meeting]["date"], until="")
    for node, data in graph.nodes(data=True):
        if data["kind"] == "person":
            places = sorted({graph.nodes[post]["province"] for _, post, k in graph.out_edges(node, keys=True)
                             if k == "holds" and graph.nodes[post]["province"]})
            data["province"] = "; ".join(places)
    ordered = nx.MultiDiGraph()  # sorted, so every writer emits the same bytes for the same graph
    ordered.add_nodes_from(sorted(graph.nodes(data=True), key=lambda n: n[0]))
    ordered.add_edges_from(sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])))
    return ordered
