"""The extraction of one article as a JSON record in the shape of the gold annotations.

The keys of ``../shared/gold/FORMAT.md`` come first (``source``, ``published``,
``province``, ``persons`` with ``positions``, ``meetings``, ``events``); IDs and
evidence spans ride along so every value can be traced to the words it came from.
"""

from __future__ import annotations

from typing import Any

from kg import gazetteer
from kg.extract.entities import executive_name
from kg.models import ArticleExtraction, Evidence, Issue, Occupancy, OccupancyStatus, OrgKind

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


# Which status a post's single entry shows when an article states several: a post the article
# reports being given outranks one written as acting, former, then current.
_STATUS_ORDER = (OccupancyStatus.NEW, OccupancyStatus.ACTING, OccupancyStatus.FORMER, OccupancyStatus.CURRENT)


def _labels(x: ArticleExtraction) -> dict[str, str]:
    """Each post's label as the gold writes it: without the article's province, but with another one's
    (``Chủ tịch Ủy ban nhân dân tỉnh An Giang`` in an article about Cà Mau, or about no one province)."""
    orgs = {o.id: o for o in x.organizations}
    own = gazetteer.province(x.province).name if x.province else None
    labels = {}
    for post in x.posts:
        unit = orgs[post.organization].province
        name = gazetteer.province(unit).name if unit else None
        labels[post.id] = f"{post.label} {name}" if name and name != own else post.label
    return labels


def _positions(held: list[Occupancy], labels: dict[str, str]) -> list[dict[str, Any]]:
    """One entry per post, in order of first mention, with all its evidence; acting shown as ``Quyền …``."""
    by_post: dict[str, list[Occupancy]] = {}
    for o in held:
        by_post.setdefault(o.post, []).append(o)
    out = []
    for post_id, occupancies in by_post.items():
        status = min((o.status for o in occupancies), key=_STATUS_ORDER.index)
        label = labels[post_id]
        out.append({"label": f"Quyền {label}" if status is OccupancyStatus.ACTING else label,
                    "status": status.value, "post": post_id,
                    "evidence": _evidence(tuple(e for o in occupancies for e in o.evidence))})
    return out


def record(x: ArticleExtraction) -> dict[str, Any]:
    """One article's facts, gold-shaped, with IDs and evidence."""
    a = x.article
    names = {p.id: p.name for p in x.persons}
    labels = _labels(x)
    orgs = {o.id: o for o in x.organizations}
    terms = {t.id: t for t in x.terms}
    persons = []
    for person in x.persons:
        held = sorted((o for o in x.occupancies if o.person == person.id), key=lambda o: o.evidence[0].start)
        if held:
            persons.append({"id": person.id, "name": person.name, "positions": _positions(held, labels)})
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
        "position": labels[e.post] if e.post else None,
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
