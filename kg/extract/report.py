"""The extraction of one article as a JSON record in the shape of the gold annotations.

The keys of ``../shared/gold/FORMAT.md`` come first (``source``, ``published``,
``province``, ``persons`` with ``positions``, ``meetings``, ``events``); IDs and
evidence spans ride along so every value can be traced to the words it came from.
"""

from __future__ import annotations

from typing import Any

from kg import gazetteer
from kg.extract.entities import executive_name
from kg.models import ArticleExtraction, Evidence, Issue, OrgKind

_COMMITTEES = {OrgKind.PROVINCIAL_PARTY_COMMITTEE, OrgKind.BLOC_PARTY_COMMITTEE}


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [{"start": e.start, "end": e.end, "quote": e.quote} for e in items]


def issue_line(issue: Issue, source: str) -> str:
    """``file:start-end: code: message: «quote»`` — one warning per line."""
    e = issue.evidence
    quote = " ".join(e.quote.split())
    if len(quote) > 120:
        quote = quote[:117] + "…"
    return f"{source}:{e.start}-{e.end}: {issue.code}: {issue.message}: «{quote}»"


def record(x: ArticleExtraction) -> dict[str, Any]:
    """One article's facts, gold-shaped, with IDs and evidence."""
    a = x.article
    names = {p.id: p.name for p in x.persons}
    posts = {p.id: p for p in x.posts}
    orgs = {o.id: o for o in x.organizations}
    terms = {t.id: t for t in x.terms}
    persons = []
    for person in x.persons:
        held = sorted((o for o in x.occupancies if o.person == person.id), key=lambda o: o.evidence[0].start)
        if not held:
            continue
        persons.append({
            "id": person.id,
            "name": person.name,
            "positions": [{"label": posts[o.post].label, "status": o.status.value, "post": o.post,
                           "evidence": _evidence(o.evidence)} for o in held],
        })
    meetings = []
    for m in x.meetings:
        term = terms[m.body]
        org = orgs[term.organization]
        meetings.append({
            "id": m.id,
            "body": executive_name(org) if org.kind in _COMMITTEES else org.name,
            "organization": org.id,
            "ordinal": m.ordinal,
            "term": term.ordinal,
            "kind": m.kind.value,
            "date": m.date.iso() if m.date else None,
            "participants": [names[p] for p in m.participants],
            "chairs": [names[p] for p in m.chairs],
            "evidence": _evidence(m.evidence),
        })
    events = [{
        "id": e.id,
        "kind": e.kind.value,
        "person": names[e.person],
        "position": posts[e.post].label if e.post else None,
        "date": e.date.iso() if e.date else None,
        "decided_by": orgs[e.decided_by].name if e.decided_by else None,
        "evidence": _evidence(e.evidence),
    } for e in x.events]
    return {
        "source": a.file,
        "id": a.id,
        "title": a.title,
        "published": a.published.iso() if a.published else None,
        "publisher": a.publisher,
        "byline": a.byline,
        "province": gazetteer.province(x.province).name if x.province else None,
        "province_code": x.province,
        "persons": persons,
        "meetings": meetings,
        "events": events,
        "warnings": [issue_line(i, a.file) for i in x.issues],
    }
