"""The rows of ``kg timeline``, ``kg transitions``, ``kg succession``, ``kg analyze`` and
``kg resolve --explain``, from a graph read back by :mod:`kg.analysis.load`."""

from __future__ import annotations

from typing import Any

from rdflib import Dataset

from kg.analysis import networks
from kg.analysis.load import Careers
from kg.text import normalize_name
from kg.vocab import FOAF, KG

Row = dict[str, Any]


def timeline(careers: Careers, person: str | None = None) -> list[Row]:
    """One row per person and post: status, start and end where stated, first and last seen, sources."""
    wanted = normalize_name(person) if person else None
    return [{
        "person_id": t.person_id, "person": t.person, "province": t.province, "post": t.post,
        "organization": t.organization, "status": t.status, "start": t.start, "end": t.end,
        "first_seen": t.first_seen, "last_seen": t.last_seen, "sources": list(t.sources),
    } for t in careers.tenures if wanted is None or normalize_name(t.person) == wanted]


def transitions(careers: Careers) -> list[Row]:
    return [{
        "person_id": t.person_id, "person": t.person, "province": t.province, "from": t.from_post, "to": t.to_post,
        "after": t.after, "by": t.by, "kind": t.kind, "sources": list(t.sources),
    } for t in careers.transitions]


def succession(careers: Careers, min_holders: int = 2) -> list[Row]:
    """Holders of each post one person holds at a time, in the order first seen; a post ended between its
    holder's last sighting and the next holder's first."""
    by_post: dict[tuple[str, str | None], list[Any]] = {}
    for t in careers.tenures:
        if t.sole and t.status != "former" and t.first_seen:
            by_post.setdefault((t.post, t.province), []).append(t)
    rows = []
    for (post, province), held in sorted(by_post.items(), key=lambda kv: (kv[0][1] or "", kv[0][0])):
        ordered = sorted(held, key=lambda t: (t.first_seen, t.person))
        if len({t.person_id for t in ordered}) >= min_holders:
            rows.append({"post": post, "province": province, "holders": [
                {"person_id": t.person_id, "person": t.person, "first_seen": t.first_seen, "last_seen": t.last_seen}
                for t in ordered]})
    return rows


def analyze(careers: Careers, top: int = 10) -> dict[str, list[Row]]:
    """Centrality of persons in the co-attendance and person × organization graphs, communities of
    co-attendance, and the most travelled career paths."""
    names = careers.names
    attendance = networks.coattendance_graph(careers.meetings)
    memberships = networks.person_org_graph(careers.tenures)
    tables: dict[str, list[Row]] = {}
    for label, graph in (("coattendance_centrality", attendance), ("membership_centrality", memberships)):
        scores = networks.centrality(graph)
        people = [(n, s) for n, s in scores.items() if n in names]
        people.sort(key=lambda item: (-item[1]["betweenness"], -item[1]["degree"], item[0]))
        tables[label] = [{"person_id": n, "person": names[n], **{k: round(v, 4) for k, v in s.items()}}
                         for n, s in people[:top]]
    tables["communities"] = [{"community": i + 1, "persons": sorted(names.get(n, n) for n in c)}
                             for i, c in enumerate(networks.communities(attendance)) if len(c) > 1]
    paths = networks.career_paths(careers.transitions)
    tables["career_paths"] = sorted(({"from": a, "to": b, "people": d["weight"], "kind": d["kind"]}
                                     for a, b, d in paths.edges(data=True)),
                                    key=lambda r: (-r["people"], r["from"], r["to"]))
    return tables


def explain(ds: Dataset, name: str) -> list[Row]:
    """Every comparison resolution made between article persons of this name, and its reason."""
    wanted = normalize_name(name)
    rows = []
    for r in ds.query(_LINKS, initNs={"kg": KG._NS, "foaf": FOAF}):
        if normalize_name(str(r.name)) != wanted:  # type: ignore[union-attr]
            continue
        rows.append({"left": str(r.leftFile), "right": str(r.rightFile),  # type: ignore[union-attr]
                     "merged": str(r.merged).lower() == "true", "score": float(r.score),  # type: ignore[union-attr]
                     "reason": str(r.reason), "same_person": r.leftTo == r.rightTo})  # type: ignore[union-attr]
    return sorted(rows, key=lambda r: (r["left"], r["right"]))


_LINKS = """
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT DISTINCT ?name ?leftFile ?rightFile ?merged ?score ?reason ?leftTo ?rightTo WHERE {
  ?link a kg:Link ; kg:left ?l ; kg:right ?r ; kg:merged ?merged ; kg:score ?score ; kg:reason ?reason .
  ?l foaf:name ?name ; kg:resolvedTo ?leftTo ; prov:wasDerivedFrom/prov:wasQuotedFrom/kg:sourceFile ?leftFile .
  ?r kg:resolvedTo ?rightTo ; prov:wasDerivedFrom/prov:wasQuotedFrom/kg:sourceFile ?rightFile .
}"""
