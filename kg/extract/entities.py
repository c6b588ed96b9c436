"""Turn matches in one article into minted records: evidence, bodies, terms, posts.

Bodies of the article's own province (or of a province the text names) get IDs
shared across articles, so "Tỉnh ủy Bắc Ninh" is one organization wherever it is
read. A provincial body whose province is unknown gets an ID scoped to the article:
two unknown provinces are never merged by accident.
"""

from __future__ import annotations

from datetime import date

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.grammar import BodyMatch, TitleMatch
from kg.ids import Kind, mint
from kg.models import (
    Article,
    Evidence,
    Issue,
    Organization,
    OrganizationTerm,
    OrgKind,
    Post,
    Province,
)
from kg.roles import role

_PARTY_COMMITTEES = {"provincial_committee", "bloc_committee", "central_committee", "local_committee",
                     "agency_committee"}
# Roles whose Vietnamese name already names the body: Tổng Bí thư, Chủ tịch nước.
_SELF_NAMED_ROLES = {"general_secretary", "president", "vice_president"}
_MEMBER_ROLES = {"member", "alternate_member"}


class ArticleContext:
    """Mints the records of one article and remembers the shared ones it used."""

    def __init__(self, article: Article, text: str, province: Province | None, bloc_detail: str) -> None:
        self.article = article
        self.text = text
        self.province = province
        self.on: date | None = article.published.value if article.published else None
        self.bloc_detail = bloc_detail
        self.organizations: dict[str, Organization] = {}
        self.terms: dict[str, OrganizationTerm] = {}
        self.posts: dict[str, Post] = {}
        self.issues: list[Issue] = []

    # -- evidence and issues -------------------------------------------------------------
    def evidence(self, start: int, end: int) -> Evidence:
        quote = self.text[start:end]
        return Evidence(id=mint(Kind.EVIDENCE, self.article.id, start, end), article=self.article.id,
                        start=start, end=end, quote=quote)

    def report(self, code: str, message: str, start: int, end: int) -> None:
        """Record text we could not interpret, once per distinct text; ``kg extract --warnings`` lists these."""
        quote = " ".join(self.text[start:end].split())
        if any(i.code == code and " ".join(i.evidence.quote.split()) == quote for i in self.issues):
            return
        self.issues.append(Issue(code=code, message=message, evidence=self.evidence(start, end)))

    # -- bodies ----------------------------------------------------------------------------
    def _province_of(self, body: BodyMatch) -> Province | None:
        if body.scope is lx.Scope.CENTRAL:
            return None
        if body.province_name:
            # A unit dissolved before the article ("nguyên Bí thư Tỉnh ủy Yên Bái" after the 2025 merger) is
            # still the only unit of its name: history is named, not renamed.
            named = gazetteer.lookup(body.province_name, self.on) or gazetteer.lookup(body.province_name)
            if named is None:
                self.report("unknown-province", f"province name {body.province_name!r} is ambiguous here",
                            body.start, body.end)
            return named
        return self.province

    def _level(self, body: BodyMatch, province: Province | None) -> str:
        if province is not None:
            return "thành phố" if province.centrally_run else "tỉnh"
        return body.level or "tỉnh"

    def _name(self, body: BodyMatch, province: Province | None, parent: Organization | None) -> str:
        level = body.locality or self._level(body, province)
        committee = "Thành ủy" if level == "thành phố" else "Tỉnh ủy"
        if body.key == "bloc_committee":
            detail = body.detail or self.bloc_detail
            return " ".join(filter(None, ["Đảng ủy Khối", detail, level]))
        if body.of is not None:  # the military command's is "Đảng ủy Quân sự tỉnh"
            inner = self.organization(body.of).name
            return f"{body.name} {inner.removeprefix('Bộ Chỉ huy ') if body.of.key == 'military_command' else inner}"
        if parent is not None:
            anchor = "Trung ương" if parent.kind is OrgKind.CENTRAL_PARTY_BODY else parent.name
            return f"{body.name} {anchor}"
        return body.name.format(level=level, committee=committee)

    def organization(self, body: BodyMatch) -> Organization:
        """The Organization a body match names, minted once per article context."""
        parent = self.organization(body.parent) if body.parent else None
        inner = self.organization(body.of) if body.of else None
        anchor = parent or inner
        province = parent_province(anchor) if anchor else self._province_of(body)
        if body.key == "bloc_committee" and not (body.detail or self.bloc_detail):
            self.report("unnamed-bloc", "a bloc Party committee (Đảng ủy Khối) the article never names in full",
                        body.start, body.end)
        scope_article = (self.article.id if body.scope is lx.Scope.PROVINCIAL and province is None else None)
        detail = body.detail or body.locality or (self.bloc_detail if body.key == "bloc_committee" else "")
        org_id = mint(Kind.ORGANIZATION, body.kind.value, province.code if province else None, body.key,
                      detail, anchor.id if anchor else None, scope_article)
        org = self.organizations.get(org_id)
        if org is None:
            org = Organization(id=org_id, kind=body.kind, name=self._name(body, province, parent),
                               province=province.code if province else None,
                               parent=parent.id if parent else None, key=body.key, detail=detail,
                               of=inner.id if inner else None)
            self.organizations[org_id] = org
        return org

    # -- terms and posts -------------------------------------------------------------------
    def term(self, org: Organization, ordinal: int | None, period: tuple[int, int] | None) -> OrganizationTerm:
        """A body in one term; an unknown term is the article's own, never shared."""
        term_id = mint(Kind.TERM, org.id, ordinal, None if ordinal else self.article.id)
        known = self.terms.get(term_id)
        if known is None or (period and known.start_year is None):
            self.terms[term_id] = OrganizationTerm(
                id=term_id, organization=org.id, ordinal=ordinal,
                start_year=period[0] if period else None, end_year=period[1] if period else None)
        return self.terms[term_id]

    def post(self, title: TitleMatch) -> Post:
        org = self.organization(title.body)
        post_id = mint(Kind.POST, org.id, title.role)
        post = self.posts.get(post_id)
        if post is None:
            post = Post(id=post_id, role=title.role, organization=org.id, label=self.post_label(title.role, org, title))
            self.posts[post_id] = post
        return post

    def post_label(self, role_code: str, org: Organization, title: TitleMatch) -> str:
        """``Bí thư Tỉnh ủy``; a committee member is a member of its Ban Chấp hành."""
        label = role(role_code).label_vi
        if role_code in _SELF_NAMED_ROLES:
            return label
        if role_code == "secretary" and title.body.key == "central_committee":
            return "Bí thư Trung ương Đảng"  # a member of the Secretariat
        if role_code in _MEMBER_ROLES and title.body.key in _PARTY_COMMITTEES:
            return f"{label} {executive_name(org)}"
        return f"{label} {org.name}"


def parent_province(parent: Organization) -> Province | None:
    return gazetteer.province(parent.province) if parent.province else None


_COMMITTEE_LEVELS = {"Tỉnh ủy": "tỉnh", "Thành ủy": "thành phố", "Huyện ủy": "huyện", "Thị ủy": "thị xã",
                     "Quận ủy": "quận", "Đảng ủy": ""}


def executive_name(org: Organization) -> str:
    """A Party committee as its elected executive: ``Ban Chấp hành Đảng bộ tỉnh``, ``… huyện Hoài Ân``."""
    if org.kind not in {OrgKind.PROVINCIAL_PARTY_COMMITTEE, OrgKind.LOCAL_PARTY_COMMITTEE,
                        OrgKind.BLOC_PARTY_COMMITTEE}:
        return org.name
    for word, level in _COMMITTEE_LEVELS.items():
        if org.name.startswith(word):
            rest = org.name[len(word):].strip()
            return " ".join(filter(None, ["Ban Chấp hành Đảng bộ", level, rest]))
    return org.name
