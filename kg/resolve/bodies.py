"""Articles' provinces, and bodies and posts as one across articles.

An article whose province the text did not settle (``null`` at extraction) takes the
province of the articles it shares at least two named officials with (across them), when
no other province shares any: "the same officials seen in another article"; failing that,
the one province its outlet's other articles are about ("a newspaper's initials"). Its bodies, minted for that
article alone, are then re-minted with the province and so become the bodies other
articles name ("Tỉnh ủy Bắc Ninh" is one organization). Extracted records are never
edited: resolution only maps their IDs to canonical ones.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from kg import gazetteer
from kg.ids import Kind, mint
from kg.models import ArticleExtraction, Organization, OrganizationTerm, Post
from kg.text import normalize_name

MIN_SHARED_OFFICIALS = 2


@dataclass(frozen=True)
class ArticleProvince:
    """An article's province and how it is known (``stated`` in the text, or ``inferred``)."""

    code: str | None
    reason: str


def _officials(x: ArticleExtraction) -> set[str]:
    holders = {o.person for o in x.occupancies}
    return {normalize_name(p.name) for p in x.persons if p.id in holders}


def _in_force(code: str, on: date | None) -> bool:
    """Whether a unit existed on a day: an article of 2020 is not about a province formed in 2025."""
    unit = gazetteer.province(code)
    if on is None:
        return True
    return (unit.valid_from is None or unit.valid_from <= on) and (unit.valid_until is None or on <= unit.valid_until)


def article_provinces(extractions: list[ArticleExtraction]) -> dict[str, ArticleProvince]:
    """Each article's province: as extracted, or inferred from officials shared with other articles."""
    out = {x.article.id: ArticleProvince(x.province, "stated") for x in extractions if x.province}
    officials = {x.article.id: _officials(x) for x in extractions}
    stated_in: dict[str, set[str]] = {}  # official's name → provinces of the articles stating one
    for x in extractions:
        if x.province:
            for name in officials[x.article.id]:
                stated_in.setdefault(name, set()).add(x.province)
    for x in extractions:
        if x.province:
            continue
        on = x.article.published.value if x.article.published else None
        shared_names: dict[str, set[str]] = {}
        for name in officials[x.article.id]:
            for code in stated_in.get(name, ()):
                if _in_force(code, on):
                    shared_names.setdefault(code, set()).add(name)
        votes = Counter({code: len(names) for code, names in shared_names.items()
                         if len(names) >= MIN_SHARED_OFFICIALS})
        if len(votes) == 1 and len(shared_names) == 1:
            code = next(iter(votes))
            names = ", ".join(sorted(shared_names[code]))
            out[x.article.id] = ArticleProvince(code, f"inferred: officials also named in articles about "
                                                      f"{gazetteer.province(code).name} ({names})")
        else:
            out[x.article.id] = ArticleProvince(None, "unknown" if not votes else "ambiguous: officials shared "
                                                "with articles about several provinces")
    return _by_outlet(extractions, out)


def _by_outlet(extractions: list[ArticleExtraction], found: dict[str, ArticleProvince]) -> dict[str, ArticleProvince]:
    """An article still without a province takes the one province every other article of its outlet
    (``(BĐ)``, ``Báo Cà Mau``) is about; an outlet seen with two provinces settles nothing."""
    by_outlet: dict[str, set[str]] = {}
    for x in extractions:
        code = found[x.article.id].code
        if x.article.publisher and code:
            by_outlet.setdefault(normalize_name(x.article.publisher), set()).add(code)
    out = dict(found)
    for x in extractions:
        outlet = normalize_name(x.article.publisher) if x.article.publisher else None
        codes = by_outlet.get(outlet or "", set())
        on = x.article.published.value if x.article.published else None
        if found[x.article.id].code is None and len(codes) == 1 and _in_force(next(iter(codes)), on):
            code = next(iter(codes))
            out[x.article.id] = ArticleProvince(code, f"inferred: its outlet {x.article.publisher} publishes "
                                                      f"articles about {gazetteer.province(code).name}")
    return out


@dataclass
class Bodies:
    """Canonical organizations and posts, and the map from every extracted ID to its canonical one."""

    organizations: dict[str, Organization] = field(default_factory=dict)
    org_of: dict[str, str] = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)
    post_of: dict[str, str] = field(default_factory=dict)
    terms: dict[str, OrganizationTerm] = field(default_factory=dict)
    term_of: dict[str, str] = field(default_factory=dict)

    # Each body's track, worked out when first asked for: after resolve_bodies, when the bodies are all known.
    tracks: dict[str, tuple[str, str, str, str | None]] = field(default_factory=dict, repr=False, compare=False)

    def track(self, org_id: str) -> tuple[str, str, str, str | None]:
        """A body's identity across the 2025 merger: the same kind of body of the continuing province."""
        found = self.tracks.get(org_id)
        if found is None:
            org = self.organizations[self.org_of.get(org_id, org_id)]
            province = gazetteer.successor(org.province) if org.province else None
            found = self.tracks[org_id] = (org.kind.value, org.key, org.detail, province)
        return found


def _scoped(org: Organization) -> bool:
    """A provincial body of an article whose province was unknown: its ID carries the article."""
    anchor = org.parent or org.of
    return org.province is None and mint(Kind.ORGANIZATION, org.kind.value, None, org.key, org.detail,
                                          anchor, None) != org.id


def _canonical(org_id: str, by_id: dict[str, Organization], code: str | None, bodies: Bodies) -> str:
    """The canonical ID of one of an article's bodies, re-minted with the article's inferred province."""
    if org_id in bodies.org_of:
        return bodies.org_of[org_id]
    org = by_id[org_id]
    if code is None or not _scoped(org):
        new = org
    else:
        parent = _canonical(org.parent, by_id, code, bodies) if org.parent else None
        inner = _canonical(org.of, by_id, code, bodies) if org.of else None
        new_id = mint(Kind.ORGANIZATION, org.kind.value, code, org.key, org.detail, parent or inner, None)
        new = org.model_copy(update={"id": new_id, "province": code, "parent": parent, "of": inner})
    bodies.org_of[org_id] = new.id
    bodies.organizations.setdefault(new.id, new)
    return new.id


def resolve_bodies(extractions: list[ArticleExtraction], provinces: dict[str, ArticleProvince]) -> Bodies:
    """Re-mint the bodies and posts of articles whose province was inferred; keep every other one as is."""
    bodies = Bodies()
    for x in extractions:
        code = provinces[x.article.id].code
        by_id = {o.id: o for o in x.organizations}
        for org in x.organizations:
            _canonical(org.id, by_id, code, bodies)
        for post in x.posts:
            org_id = bodies.org_of[post.organization]
            post_id = mint(Kind.POST, org_id, post.role)
            bodies.post_of[post.id] = post_id
            if post_id not in bodies.posts:  # the first article's record of it
                bodies.posts[post_id] = post.model_copy(update={"id": post_id, "organization": org_id})
        for term in x.terms:
            _canonical_term(term, bodies)
    return bodies


def _canonical_term(term: OrganizationTerm, bodies: Bodies) -> None:
    """One term (khóa XX) of one canonical body across articles; a term without its number stays the article's."""
    if term.ordinal is None:
        bodies.term_of[term.id] = term.id
        bodies.terms.setdefault(term.id, term)
        return
    org_id = bodies.org_of[term.organization]
    term_id = mint(Kind.TERM, org_id, term.ordinal, None)
    bodies.term_of[term.id] = term_id
    known = bodies.terms.get(term_id)
    if known is None or (known.start_year is None and term.start_year is not None):
        bodies.terms[term_id] = term.model_copy(update={"id": term_id, "organization": org_id})
