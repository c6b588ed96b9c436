"""Read a built graph (``out/``) back into plain rows: tenures, transitions, meetings.

The analysis commands, the analyses and the notebook read what ``kg build`` wrote, not
the extractor's memory, so they work on any graph directory, including one built
elsewhere. Queries run over the union of the named graphs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset
from rdflib.query import ResultRow

from kg.graph.store import GraphError, graph_file
from kg.vocab import DCTERMS, FOAF, KG, ORG, PROV, SKOS

__all__ = ["Careers", "GraphError", "MeetingRow", "TenureRow", "TransitionRow", "load", "open_graph", "read"]

_PREFIXES = {"kg": KG._NS, "org": ORG, "prov": PROV, "skos": SKOS, "foaf": FOAF, "dcterms": DCTERMS}


@dataclass(frozen=True)
class TenureRow:
    person_id: str
    person: str
    province: str | None
    post: str
    organization: str
    role: str
    sole: bool
    rank: int
    status: str
    start: str | None
    end: str | None
    ended_before: str | None
    first_seen: str | None
    last_seen: str | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class TransitionRow:
    person_id: str
    person: str
    province: str | None
    from_post: str | None
    to_post: str | None
    after: str | None
    by: str | None
    kind: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: str
    body: str
    ordinal: int | None
    date: str | None
    participants: tuple[str, ...]
    chairs: tuple[str, ...]


@dataclass
class Careers:
    """What a graph says about careers, read back from its files."""

    tenures: list[TenureRow] = field(default_factory=list)
    transitions: list[TransitionRow] = field(default_factory=list)
    meetings: list[MeetingRow] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)


def _local(iri: object) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _without_province(label: str, province: str | None) -> str:
    """``Bí thư Tỉnh ủy Bắc Ninh`` → ``Bí thư Tỉnh ủy``: the province is its own column."""
    return label[: -len(province) - 1] if province and label.endswith(" " + province) else label


def _rows(ds: Dataset, query: str) -> list[ResultRow]:
    return list(ds.query(query, initNs=_PREFIXES))  # type: ignore[arg-type]


def open_graph(graph_dir: Path) -> Dataset:
    """The union of the named graphs in ``graph_dir/graph.trig``."""
    path = graph_file(graph_dir, "graph.trig")
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format="trig")
    except Exception as exc:  # rdflib raises many parser-specific errors
        raise GraphError(f"{path}: not a readable TriG graph: {exc}") from None
    return ds


def load(graph_dir: Path) -> Careers:
    """Read ``graph.trig`` from ``graph_dir``."""
    return read(open_graph(graph_dir))


def read(ds: Dataset) -> Careers:
    """Tenures, transitions and meetings from an opened graph."""
    careers = Careers()
    sources = _sources(ds)
    for r in _rows(ds, _TENURES):
        province = _text(r.province)
        careers.names[_local(r.person)] = str(r.name)
        statuses = {str(s) for s in str(r.statuses or "").split("|") if s}
        status = next((s for s in ("new", "acting", "current", "former") if s in statuses), "current")
        careers.tenures.append(TenureRow(
            person_id=_local(r.person), person=str(r.name), province=province,
            post=_without_province(str(r.postLabel), province), organization=str(r.orgLabel),
            role=_local(r.role), sole=str(r.sole).lower() == "true", rank=int(r.rank),
            status=status, start=_text(r.began), end=_text(r.ended), ended_before=_text(r.endedBefore),
            first_seen=_text(r.first), last_seen=_text(r.last), sources=sources.get(str(r.tenure), ())))
    seen: set[str] = set()
    for r in _rows(ds, _TRANSITIONS):
        if str(r.t) in seen:  # one row per transition, whichever of its posts gave the province
            continue
        seen.add(str(r.t))
        province = _text(r.province)
        careers.transitions.append(TransitionRow(
            person_id=_local(r.person), person=str(r.name), province=province,
            from_post=_without_province(str(r.fromLabel), province) if r.fromLabel else None,
            to_post=_without_province(str(r.toLabel), province) if r.toLabel else None,
            after=_text(r.after), by=_text(r.by), kind=str(r.kind), sources=sources.get(str(r.t), ())))
    meetings: dict[str, dict[str, set[str] | str | int | None]] = {}
    for r in _rows(ds, _MEETINGS):
        m = meetings.setdefault(str(r.m), {"body": str(r.body), "ordinal": r.ordinal and int(r.ordinal),
                                           "date": _text(r.date), "participants": set(), "chairs": set()})
        if r.participant is not None:
            m["participants"].add(_local(r.participant))  # type: ignore[union-attr]
        if r.chair is not None:
            m["chairs"].add(_local(r.chair))  # type: ignore[union-attr]
    careers.meetings = [MeetingRow(_local(k), str(v["body"]), v["ordinal"], v["date"],  # type: ignore[arg-type]
                                   tuple(sorted(v["participants"])), tuple(sorted(v["chairs"])))  # type: ignore[arg-type]
                        for k, v in sorted(meetings.items())]
    careers.tenures.sort(key=lambda t: (t.person, t.first_seen or "", t.post))
    careers.transitions.sort(key=lambda t: (t.person, t.by or "", t.kind))
    return careers


def _sources(ds: Dataset) -> dict[str, tuple[str, ...]]:
    """Each derived fact's source files, through the occupancies or changes of post it rests on."""
    found: dict[str, set[str]] = {}
    for r in _rows(ds, _SOURCES):
        found.setdefault(str(r.fact), set()).add(str(r.file))
    return {k: tuple(sorted(v)) for k, v in found.items()}


_TENURES = """
SELECT ?tenure ?person ?name ?postLabel ?orgLabel ?province ?role ?rank ?sole ?first ?last ?began ?ended
       ?endedBefore (GROUP_CONCAT(DISTINCT ?statusCode; separator="|") AS ?statuses)
WHERE {
  ?tenure a kg:Tenure ; org:member ?person ; kg:post ?post ; org:role ?role .
  ?person foaf:name ?name .
  ?post skos:prefLabel ?postLabel ; org:postIn ?org .
  ?org skos:prefLabel ?orgLabel .
  ?role kg:rank ?rank .
  OPTIONAL { ?role kg:soleHolder ?sole }
  OPTIONAL { ?org kg:province ?unit . ?unit skos:prefLabel ?province . FILTER(lang(?province) = "vi") }
  OPTIONAL { ?tenure kg:firstSeen ?first } OPTIONAL { ?tenure kg:lastSeen ?last }
  OPTIONAL { ?tenure kg:began ?began } OPTIONAL { ?tenure kg:ended ?ended }
  OPTIONAL { ?tenure kg:endedBefore ?endedBefore }
  OPTIONAL { ?tenure prov:wasDerivedFrom ?occ . ?occ kg:status ?status . ?status skos:notation ?statusCode }
}
GROUP BY ?tenure ?person ?name ?postLabel ?orgLabel ?province ?role ?rank ?sole ?first ?last ?began ?ended
         ?endedBefore
"""

_TRANSITIONS = """
SELECT ?t ?person ?name ?kind ?fromLabel ?toLabel ?after ?by ?province WHERE {
  ?t a kg:Transition ; kg:transitionOf ?person ; kg:transitionKind ?k .
  ?k skos:notation ?kind .
  ?person foaf:name ?name .
  OPTIONAL { ?t kg:fromPost ?from . ?from skos:prefLabel ?fromLabel }
  OPTIONAL { ?t kg:toPost ?to . ?to skos:prefLabel ?toLabel }
  OPTIONAL { ?t kg:after ?after } OPTIONAL { ?t kg:by ?by }
  OPTIONAL { { ?t kg:toPost ?p } UNION { ?t kg:fromPost ?p }
             ?p org:postIn ?org . ?org kg:province ?unit . ?unit skos:prefLabel ?province .
             FILTER(lang(?province) = "vi") }
}
"""

_MEETINGS = """
SELECT ?m ?body ?ordinal ?date ?participant ?chair WHERE {
  ?m a kg:Meeting ; kg:heldBy ?term .
  ?term skos:prefLabel ?body .
  OPTIONAL { ?m kg:ordinal ?ordinal } OPTIONAL { ?m kg:date ?date }
  OPTIONAL { ?m kg:participant ?a . ?a kg:resolvedTo ?participant }
  OPTIONAL { ?m kg:chair ?c . ?c kg:resolvedTo ?chair }
}
"""

_SOURCES = """
SELECT DISTINCT ?fact ?file WHERE {
  { ?fact a kg:Tenure } UNION { ?fact a kg:Transition }
  ?fact prov:wasDerivedFrom ?basis .
  ?basis prov:wasDerivedFrom ?evidence .
  ?evidence prov:wasQuotedFrom ?article .
  ?article kg:sourceFile ?file .
}
"""
