"""Who is who across articles: article persons joined into canonical persons, conservatively.

Two article persons are one person only with the same normalised name *and* compatible
context: posts in the same province (the 2025 merger's continuing province counts as the
same) and a body in common, or, for national figures with no province, a central body in
common. A common name alone joins nothing: Nguyễn Văn Hùng of two provinces stays two.
Each mention is compared with the persons already formed under its name, every comparison
kept as a :class:`Link` with its score and reason; manual decisions (``merge``, ``split``)
are applied on top without editing any extracted record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from kg import gazetteer
from kg.ids import Kind, mint
from kg.models import ArticleExtraction, CanonicalPerson, Link, Occupancy, Record
from kg.resolve.bodies import ArticleProvince, Bodies
from kg.text import display_name, normalize_name

MERGE_SCORE = 0.9


class PersonRef(Record):
    """A person as an analyst names one: the name and the article file it is read in."""

    name: str
    source: str


class Decision(Record):
    """A manual decision: these mentions are one person (``merge``) or must not be (``split``)."""

    action: Literal["merge", "split"]
    persons: tuple[PersonRef, ...] = Field(min_length=2)
    by: str
    why: str


class DecisionError(Exception):
    """The decisions file cannot be used; the message names the file and the problem."""


def load_decisions(path: Path) -> list[Decision]:
    """Read the decisions file (JSON: ``{"decisions": [...]}``); a missing file means no decisions."""
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Decision.model_validate(d) for d in data.get("decisions", [])]
    except (json.JSONDecodeError, ValidationError, AttributeError) as exc:
        raise DecisionError(f"{path}: not a valid decisions file: {exc}") from None


@dataclass(frozen=True)
class Candidate:
    """An article person with the context that may tie them to others."""

    id: str
    name: str
    key: str
    source: str
    provinces: frozenset[str]
    tracks: frozenset[tuple[str, str, str, str | None]]
    order: tuple[str, str]


def candidates(extractions: list[ArticleExtraction], bodies: Bodies,
               provinces: dict[str, ArticleProvince]) -> list[Candidate]:
    """Every article person who holds a post, with their provinces and bodies."""
    found = []
    for x in extractions:
        posts = {p.id: p for p in x.posts}
        article_province = provinces[x.article.id].code
        seen = x.article.published.iso() if x.article.published else ""
        held_by: dict[str, list[Occupancy]] = {}
        for o in x.occupancies:
            held_by.setdefault(o.person, []).append(o)
        for person in x.persons:
            held = held_by.get(person.id)
            if not held:
                continue
            orgs = [bodies.organizations[bodies.org_of[posts[o.post].organization]] for o in held]
            codes = {o.province for o in orgs if o.province}
            if not codes and article_province and any(o.kind.value not in _CENTRAL for o in orgs):
                codes = {article_province}
            found.append(Candidate(
                id=person.id, name=person.name, key=normalize_name(person.name), source=x.article.file,
                provinces=frozenset(gazetteer.successor(c) or c for c in codes),
                tracks=frozenset(bodies.track(o.id) for o in orgs), order=(seen, x.article.file)))
    return sorted(found, key=lambda c: (c.key, c.order, c.id))


_CENTRAL = {"CentralPartyBody", "CentralStateBody"}


def compare(a: Candidate, b: Candidate) -> Link:
    """Whether two namesakes are one person, with the score and the reason."""
    shared = a.tracks & b.tracks
    if a.provinces and b.provinces:
        common = a.provinces & b.provinces
        if not common:
            where = f"{_places(a.provinces)} vs {_places(b.provinces)}"
            return Link(a=a.id, b=b.id, merged=False, score=0.0, reason=f"same name, different provinces: {where}")
        place = _places(common)
        if shared:
            return Link(a=a.id, b=b.id, merged=True, score=MERGE_SCORE,
                        reason=f"same name; same province {place}; bodies in common: {_bodies(shared)}")
        return Link(a=a.id, b=b.id, merged=False, score=0.4,
                    reason=f"same name and province {place}, but no body in common")
    if not a.provinces and not b.provinces and shared:
        return Link(a=a.id, b=b.id, merged=True, score=0.8,
                    reason=f"same name; national posts in common: {_bodies(shared)}")
    return Link(a=a.id, b=b.id, merged=False, score=0.2,
                reason="same name, but the province of one of them is unknown")


@lru_cache(maxsize=4096)  # a build compares many namesakes over few sets of provinces
def _places(codes: frozenset[str]) -> str:
    return ", ".join(sorted(gazetteer.province(c).name for c in codes))


def _bodies(tracks: frozenset[tuple[str, str, str, str | None]]) -> str:
    return ", ".join(sorted(t[1] + (f" {t[2]}" if t[2] else "") for t in tracks))


class _Clusters:
    """Union-find that refuses a union joining two mentions a decision split apart."""

    def __init__(self, ids: Iterable[str], apart: set[frozenset[str]]) -> None:
        self.parent = {i: i for i in ids}
        self.members = {i: [i] for i in self.parent}  # of each root
        self.apart = apart

    def find(self, i: str) -> str:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and self.apart and any(
                frozenset({x, y}) in self.apart for x in self.members[ra] for y in self.members[rb]):
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.members[root].extend(self.members.pop(child))
        return True


Context = tuple[str | None, tuple[str, str, str, str | None]]


def _contexts(c: Candidate) -> list[Context]:
    """The (province, body) pairs of a mention: two namesakes are one person when they share one (a
    mention with no province pairs its bodies with None)."""
    return [(p, t) for p in (c.provinces or {None}) for t in c.tracks]


def _link_namesakes(same: list[Candidate], groups: _Clusters) -> Iterator[Link]:
    """Each mention of one name, in order, compared with the persons already formed under it: joined to
    every earlier mention it shares a (province, body) context with, and set apart from the other persons
    by one link to their first mention. An index of contexts finds the matches, so the work and the links
    grow with the mentions times the namesakes, not with the square of the mentions."""
    holders: dict[Context, list[Candidate]] = {}  # per context, one mention of each person holding it
    firsts: list[Candidate] = []  # the first mention of each person formed, in order
    position = {c.id: i for i, c in enumerate(same)}
    for c in same:
        matched = sorted({m.id: m for ctx in _contexts(c) for m in holders.get(ctx, ())}.values(),
                         key=lambda m: position[m.id])
        for m in matched:
            link = compare(m, c)
            if not groups.union(m.id, c.id):
                link = link.model_copy(update={"merged": False, "reason": link.reason + "; split by decision"})
            yield link
        root = groups.find(c.id)
        joined = {groups.find(m.id) for m in matched}
        apart_from: dict[str, Candidate] = {}  # a person not joined, by its root
        formed = set()
        for first in firsts:
            other = groups.find(first.id)
            formed.add(other)
            if other != root and other not in joined:
                apart_from.setdefault(other, first)
        yield from (compare(first, c) for first in apart_from.values())
        for ctx in _contexts(c):
            held = holders.setdefault(ctx, [])
            if all(groups.find(m.id) != root for m in held):
                held.append(c)
        if root not in formed:
            firsts.append(c)


def _refs(decision: Decision, by_ref: dict[tuple[str, str], str], problems: list[str]) -> list[str]:
    ids = []
    for ref in decision.persons:
        found = by_ref.get((normalize_name(ref.name), ref.source))
        if found is None:
            problems.append(f"decision ({decision.action}, {decision.why!r}): no person {ref.name!r} in {ref.source}")
        else:
            ids.append(found)
    return ids


def cluster(cands: list[Candidate], decisions: list[Decision]
            ) -> tuple[list[CanonicalPerson], dict[str, str], list[Link], list[str]]:
    """Canonical persons, the map from article person to canonical person, every link, and problems."""
    by_ref = {(c.key, c.source): c.id for c in cands}
    problems: list[str] = []
    apart = set()
    for d in decisions:
        if d.action == "split":
            ids = _refs(d, by_ref, problems)
            apart |= {frozenset({x, y}) for x in ids for y in ids if x < y}
    groups = _Clusters((c.id for c in cands), apart)
    links: list[Link] = []
    by_key: dict[str, list[Candidate]] = {}
    for c in cands:
        by_key.setdefault(c.key, []).append(c)
    for same in by_key.values():
        links.extend(_link_namesakes(same, groups))
    for d in decisions:
        if d.action == "merge":
            ids = _refs(d, by_ref, problems)
            for other in ids[1:]:
                groups.union(ids[0], other, force=True)
                links.append(Link(a=ids[0], b=other, merged=True, score=1.0,
                                  reason=f"merged by decision of {d.by}: {d.why}"))
    roots: dict[str, list[Candidate]] = {}
    for c in cands:
        roots.setdefault(groups.find(c.id), []).append(c)
    persons, person_of = [], {}
    for members in roots.values():
        first = min(members, key=lambda c: (c.order, c.id))
        canonical_id = mint(Kind.CANONICAL_PERSON, first.key, first.id)
        provinces = sorted({p for m in members for p in m.provinces})
        persons.append(CanonicalPerson(id=canonical_id, name=display_name(first.name), provinces=tuple(provinces),
                                       members=tuple(sorted(m.id for m in members))))
        person_of.update({m.id: canonical_id for m in members})
    return sorted(persons, key=lambda p: p.id), person_of, links, problems
