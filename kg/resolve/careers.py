"""Careers from observations: tenures, transitions between posts, and who followed whom.

An article observes a person in a post on a day. A tenure is a person in a post across
articles: first and last seen, a start or end where a change of post says so, and, once
a successor is seen, the day by which it had ended. A transition is read between two
days a person was seen: a different role in the same body (promotion, demotion or a
lateral move, by the rank of ``ontology/vocab/roles.ttl``), a post added while the others
are kept, a move to another province, a retirement or a removal. A post is only taken
as newly added when the earlier article *introduced* the person with their titles
(``đồng chí X, Title, Title``), not when it merely referred to them by one title.

The 2025 merger is continuity: a body of a province and the same body of the province
it merged into are one track, so the same post across 1 July 2025 is no move.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, pairwise

from kg.ids import Kind, mint
from kg.models import (
    ArticleExtraction,
    ChangeKind,
    OccupancyStatus,
    PartialDate,
    Tenure,
    Transition,
    TransitionKind,
)
from kg.resolve.bodies import Bodies
from kg.roles import role
from kg.text import normalize_name

Track = tuple[str, str, str, str | None]
_STARTS = {ChangeKind.APPOINTED, ChangeKind.ELECTED, ChangeKind.TRANSFERRED}
_ENDS = {ChangeKind.REMOVED, ChangeKind.RETIRED, ChangeKind.DIED}


@dataclass(frozen=True)
class Observation:
    """One article seeing one person in one post on one day."""

    person: str
    post: str
    track: Track
    role: str
    province: str | None
    day: PartialDate
    status: OccupancyStatus
    introduced: bool
    occupancy: str


@dataclass(frozen=True)
class Change:
    """A change of post an article reports, mapped to canonical person and post."""

    id: str
    person: str
    kind: ChangeKind
    post: str | None
    day: PartialDate | None


def observe(extractions: list[ArticleExtraction], bodies: Bodies, person_of: dict[str, str]
            ) -> tuple[list[Observation], list[Change]]:
    """Every dated observation of a canonical person in a canonical post, and every change of post."""
    found: list[Observation] = []
    changes: list[Change] = []
    for x in extractions:
        names = {p.id: normalize_name(p.name) for p in x.persons}
        for o in x.occupancies:
            day = o.observed or x.article.published
            if day is None or o.person not in person_of:
                continue
            post_id = bodies.post_of[o.post]
            post = bodies.posts[post_id]
            org = bodies.organizations[post.organization]
            introduced = any(normalize_name(e.quote).startswith(names[o.person]) for e in o.evidence)
            found.append(Observation(person_of[o.person], post_id, bodies.track(org.id), post.role, org.province,
                                     day, o.status, introduced, o.id))
        for e in x.events:
            if e.person in person_of:
                changes.append(Change(e.id, person_of[e.person], e.kind, bodies.post_of.get(e.post or ""), e.date))
    return found, changes


def _earliest(days: list[PartialDate]) -> PartialDate | None:
    return min(days, key=lambda d: d.value) if days else None


def _latest(days: list[PartialDate]) -> PartialDate | None:
    return max(days, key=lambda d: d.value) if days else None


def tenures(observations: list[Observation], changes: list[Change], post_track: Callable[[str], tuple[str, Track]]
            ) -> list[Tenure]:
    """Each person's stay in each post, with the day by which it ended once a successor is seen."""
    groups: dict[tuple[str, str], list[Observation]] = {}
    for ob in observations:
        groups.setdefault((ob.person, ob.post), []).append(ob)
    changes_of: dict[tuple[str, str | None], list[Change]] = {}
    for c in changes:
        changes_of.setdefault((c.person, c.post), []).append(c)
    found = []
    for (person, post), obs in sorted(groups.items()):
        related = changes_of.get((person, post), [])
        starts = [c.day for c in related if c.kind in _STARTS and c.day]
        starts += [ob.day for ob in obs if ob.status is OccupancyStatus.NEW]
        ends = [c.day for c in related if c.kind in _ENDS and c.day]
        seen = [ob.day for ob in obs if ob.status is not OccupancyStatus.NEW]
        found.append(Tenure(
            id=mint(Kind.TENURE, person, post), person=person, post=post,
            first_seen=_earliest(seen), last_seen=_latest(seen), start=_earliest(starts), end=_latest(ends),
            former=any(ob.status is OccupancyStatus.FORMER for ob in obs),
            occupancies=tuple(sorted({ob.occupancy for ob in obs})), events=tuple(sorted(c.id for c in related))))
    return _with_concurrency(_with_successors(found, post_track))


def _with_successors(found: list[Tenure], post_track: Callable[[str], tuple[str, Track]]) -> list[Tenure]:
    """Set ``ended_before`` to the next holder's first sighting, for each post one person holds at a time."""
    key_of = {t.post: post_track(t.post) for t in found}
    sightings: dict[tuple[str, Track], list[tuple[dt.date, str]]] = {}
    for t in found:
        if t.first_seen:
            sightings.setdefault(key_of[t.post], []).append((t.first_seen.value, t.person))
    for held in sightings.values():
        held.sort()
    out = []
    for t in found:
        key = key_of[t.post]
        if t.last_seen is None or not role(key[0]).sole:
            out.append(t)
            continue
        held = sightings.get(key, [])
        after = bisect.bisect_right(held, (t.last_seen.value, "\uffff"))
        nxt = next((held[i][0] for i in range(after, len(held)) if held[i][1] != t.person), None)
        out.append(t.model_copy(update={"ended_before": PartialDate(value=nxt)}) if nxt else t)
    return out


def _since(tenure: Tenure) -> str | None:
    day = tenure.start or tenure.first_seen
    return day.iso() if day else None


def _began_before_end_of(later: Tenure, tenure: Tenure) -> bool:
    """``later`` began (or was first seen) before ``tenure`` ended or was taken over, or, with no end known,
    on or before the day ``tenure`` was last seen. Dates compare as written (2020 before 2020-05-01)."""
    since = _since(later)
    end = tenure.end or tenure.ended_before
    if since is None:
        return False
    if end is not None:
        return since < end.iso()
    return tenure.last_seen is not None and since <= tenure.last_seen.iso()


def _with_concurrency(found: list[Tenure]) -> list[Tenure]:
    """Set ``concurrent_with``: the person's other tenures that overlap each one (kiêm nhiệm), so that a
    query need not compare every pair of a person's tenures."""
    by_person: dict[str, list[Tenure]] = {}
    for t in found:
        by_person.setdefault(t.person, []).append(t)
    overlapping: dict[str, list[str]] = {}
    for held in by_person.values():
        for a, b in combinations(held, 2):
            if _began_before_end_of(b, a) and _began_before_end_of(a, b):
                overlapping.setdefault(a.id, []).append(b.id)
                overlapping.setdefault(b.id, []).append(a.id)
    return [t.model_copy(update={"concurrent_with": tuple(sorted(overlapping[t.id]))}) if t.id in overlapping else t
            for t in found]


def succession(found: list[Tenure], post_track: Callable[[str], tuple[str, Track]], min_holders: int = 2
               ) -> list[tuple[tuple[str, Track], list[Tenure]]]:
    """Holders of each post one person holds at a time, in the order they were first seen (as current
    holders: a post written as former is history, not a sighting of the holder in office)."""
    by_post: dict[tuple[str, Track], list[Tenure]] = {}
    for t in found:
        key = post_track(t.post)
        if t.first_seen and not t.former and role(key[0]).sole:
            by_post.setdefault(key, []).append(t)
    rows = []
    for key, held in sorted(by_post.items(), key=lambda item: str(item[0])):
        ordered = sorted(held, key=lambda t: (t.first_seen.value if t.first_seen else t.id, t.person))
        if len({t.person for t in ordered}) >= min_holders:
            rows.append((key, ordered))
    return rows


def _kind(from_role: str, to_role: str) -> TransitionKind:
    a, b = role(from_role).rank, role(to_role).rank
    return TransitionKind.PROMOTION if b > a else TransitionKind.DEMOTION if b < a else TransitionKind.LATERAL


def _transition(person: str, kind: TransitionKind, old: Observation | None, new: Observation | None,
                sources: tuple[str, ...], after: PartialDate | None = None) -> Transition:
    return Transition(
        id=mint(Kind.TRANSITION, person, kind.value, old.post if old else None, new.post if new else None),
        person=person, kind=kind, from_post=old.post if old else None, to_post=new.post if new else None,
        after=after or (old.day if old else None), by=new.day if new else None, sources=sources)


def _best(obs: list[Observation]) -> Observation:
    return max(obs, key=lambda o: (role(o.role).rank, o.post))


def transitions(observations: list[Observation], changes: list[Change]) -> list[Transition]:
    """Each person's moves between the days they were seen, and the retirements and removals reported."""
    found: dict[str, Transition] = {}
    by_person: dict[str, list[Observation]] = {}
    in_post: dict[tuple[str, str], list[Observation]] = {}
    for ob in observations:
        if ob.status is not OccupancyStatus.FORMER:
            by_person.setdefault(ob.person, []).append(ob)
        in_post.setdefault((ob.person, ob.post), []).append(ob)
    for person, obs in sorted(by_person.items()):
        for t in _moves(person, obs):
            found.setdefault(t.id, t)
    for c in changes:
        if c.kind in {ChangeKind.RETIRED, ChangeKind.REMOVED} and c.post:
            kind = TransitionKind.RETIREMENT if c.kind is ChangeKind.RETIRED else TransitionKind.POST_DROPPED
            held = in_post.get((c.person, c.post), [])
            # The last sighting in the post before the change: an article may report a retirement that
            # took effect before the day it observes the person under the old title.
            last = _latest([o.day for o in held if c.day is None or o.day.value < c.day.value])
            t = Transition(id=mint(Kind.TRANSITION, c.person, kind.value, c.post, None), person=c.person,
                           kind=kind, from_post=c.post, after=last, by=c.day,
                           sources=tuple(sorted({c.id, *(o.occupancy for o in held)})))
            found.setdefault(t.id, t)
    # Dated transitions in date order, then undated ones (a date and an ID do not compare).
    return sorted(found.values(), key=lambda t: (t.person, t.by is None, t.by.value if t.by else dt.date.min, t.id))


def _moves(person: str, obs: list[Observation]) -> list[Transition]:
    at: dict[dt.date, list[Observation]] = {}
    for ob in obs:
        at.setdefault(ob.day.value, []).append(ob)
    days = sorted(at)
    moves: list[Transition] = []
    for d1, d2 in pairwise(days):
        before, after = at[d1], at[d2]
        tracks1, tracks2 = {o.track for o in before}, {o.track for o in after}
        for track in sorted(tracks1 & tracks2, key=str):
            old = [o for o in before if o.track == track]
            new = [o for o in after if o.track == track]
            gone = [o for o in old if o.role not in {n.role for n in new}]
            came = [n for n in new if n.role not in {o.role for o in old}]
            if gone and came:
                a, b = _best(gone), _best(came)
                moves.append(_transition(person, _kind(a.role, b.role), a, b, (a.occupancy, b.occupancy)))
        introduced_before = any(o.introduced for o in before)
        if introduced_before and tracks1 <= tracks2:
            for track in sorted(tracks2 - tracks1, key=str):
                b = _best([n for n in after if n.track == track])
                kept = _best(before)
                moves.append(_transition(person, TransitionKind.POST_ADDED, None, b, (kept.occupancy, b.occupancy),
                                         after=kept.day))
        provinces1 = {o.province for o in before if o.province}
        provinces2 = {o.province for o in after if o.province}
        if provinces1 and provinces2 and not provinces1 & provinces2 and not tracks1 & tracks2:
            a, b = _best(before), _best(after)
            moves.append(_transition(person, TransitionKind.PROVINCE_MOVE, a, b, (a.occupancy, b.occupancy)))
    return moves
