"""Entity models: what the extractor produces and the graph is built from.

Modelled on Popolo and FollowTheMoney: a Person, an Organization (and each of its
terms), a Post (a role in an organization) and the dated Occupancy that links a
person to a post are separate records. Every fact carries the Evidence it rests on.
All models are immutable and reject unknown keys.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class PartialDate(Record):
    """A date known to a day, a month or a year; ``value`` is its first day."""

    value: date
    precision: DatePrecision = DatePrecision.DAY

    def iso(self) -> str:
        """``2020-11-09``, ``2020-11`` or ``2020`` by precision."""
        full = self.value.isoformat()
        return {DatePrecision.DAY: full, DatePrecision.MONTH: full[:7], DatePrecision.YEAR: full[:4]}[
            self.precision
        ]


class Article(Record):
    """One source text. Its ID comes from its content, so a renamed copy is the same article."""

    id: str
    file: str
    title: str | None = None
    published: PartialDate | None = None
    publisher: str | None = None
    byline: str | None = None
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class Evidence(Record):
    """Where a fact was read: the article, the character span and the exact text there."""

    id: str
    article: str
    start: Annotated[int, Field(ge=0)]
    end: int
    quote: Annotated[str, Field(min_length=1)]

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError(f"span {self.start}-{self.end} does not fit quote of length {len(self.quote)}")
        return self


class Province(Record):
    """A first-level administrative unit, before or after the 1 July 2025 reorganisation.

    ``code`` is our stable identifier: the ISO 3166-2:VN code for the 63 units in force
    until 30 June 2025, and a distinct code for each unit the 2025 merger created.
    """

    code: str
    iso_code: str | None = None
    name: str
    name_en: str
    aliases: tuple[str, ...] = ()
    centrally_run: bool = False
    valid_from: date | None = None
    valid_until: date | None = None


class OrgKind(StrEnum):
    """Closed list of body kinds; the value is the ontology class name."""

    PROVINCIAL_PARTY_COMMITTEE = "ProvincialPartyCommittee"
    PARTY_STANDING_COMMITTEE = "PartyStandingCommittee"
    PARTY_STANDING_BOARD = "PartyStandingBoard"
    PARTY_COMMISSION = "PartyCommission"
    PARTY_INSPECTION_COMMISSION = "PartyInspectionCommission"
    LOCAL_PARTY_COMMITTEE = "LocalPartyCommittee"
    BLOC_PARTY_COMMITTEE = "BlocPartyCommittee"
    PEOPLES_COUNCIL = "PeoplesCouncil"
    PEOPLES_COMMITTEE = "PeoplesCommittee"
    NATIONAL_ASSEMBLY_DELEGATION = "NationalAssemblyDelegation"
    DEPARTMENT = "Department"
    FATHERLAND_FRONT = "FatherlandFront"
    MASS_ORGANIZATION = "MassOrganization"
    CENTRAL_PARTY_BODY = "CentralPartyBody"
    CENTRAL_STATE_BODY = "CentralStateBody"
    ARMED_FORCES_UNIT = "ArmedForcesUnit"
    PUBLIC_INSTITUTION = "PublicInstitution"


class Organization(Record):
    """A timeless body. ``name`` omits the province, which ``province`` (a code) carries.

    ``key`` and ``detail`` are the parts its ID was minted from (with kind, province and
    ``parent`` or ``of``), so resolution can re-mint it once an unknown province is known;
    ``of`` is the body whose Party committee this is (Đảng ủy UBND tỉnh).
    """

    id: str
    kind: OrgKind
    name: str
    province: str | None = None
    parent: str | None = None
    key: str = ""
    detail: str = ""
    of: str | None = None


class OrganizationTerm(Record):
    """A body in one term (khóa); ordinal None where the article does not say which."""

    id: str
    organization: str
    ordinal: Annotated[int, Field(ge=1)] | None = None
    start_year: int | None = None
    end_year: int | None = None

    @model_validator(mode="after")
    def _period_ordered(self) -> OrganizationTerm:
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValueError("term ends before it starts")
        return self


class Role(Record):
    """A controlled role (Bí thư, Phó Chủ tịch …); ``rank`` orders seniority within a body, and ``sole``
    says one person holds it at a time (a body has one Bí thư, several Phó Bí thư): only such posts
    have a succession."""

    code: str
    label_vi: str
    label_en: str
    rank: int
    sole: bool = False


class Post(Record):
    """A role in an organization, e.g. Bí thư × Tỉnh ủy Bắc Ninh."""

    id: str
    role: str
    organization: str
    label: str


class OccupancyStatus(StrEnum):
    CURRENT = "current"
    FORMER = "former"
    ACTING = "acting"
    NEW = "new"


class Occupancy(Record):
    """A person holding a post, as observed by one article on one date."""

    id: str
    person: str
    post: str
    status: OccupancyStatus
    observed: PartialDate | None = None
    term: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    evidence: Annotated[tuple[Evidence, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _interval_ordered(self) -> Occupancy:
        if self.start and self.end and self.end.value < self.start.value:
            raise ValueError("occupancy ends before it starts")
        return self


class Person(Record):
    """A person as named in one article; resolution across articles maps these to canonical people."""

    id: str
    name: str
    article: str
    evidence: Annotated[tuple[Evidence, ...], Field(min_length=1)]


class MeetingKind(StrEnum):
    REGULAR = "regular"
    EXTENDED = "extended"
    EXTRAORDINARY = "extraordinary"
    THEMATIC = "thematic"
    CONGRESS = "congress"


class Meeting(Record):
    """A session of a body in one term: Hội nghị lần thứ N, kỳ họp thứ N, Đại hội …"""

    id: str
    body: str
    ordinal: Annotated[int, Field(ge=1)] | None = None
    kind: MeetingKind = MeetingKind.REGULAR
    date: PartialDate | None = None
    chairs: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    evidence: Annotated[tuple[Evidence, ...], Field(min_length=1)]

    @model_validator(mode="after")
    def _chairs_participate(self) -> Meeting:
        missing = set(self.chairs) - set(self.participants)
        if missing:
            raise ValueError(f"chairs not among participants: {sorted(missing)}")
        return self


class ChangeKind(StrEnum):
    APPOINTED = "appointed"
    ELECTED = "elected"
    REMOVED = "removed"
    RETIRED = "retired"
    TRANSFERRED = "transferred"
    DIED = "died"


class ChangeEvent(Record):
    """A change of post an article reports: who, which post, when and by whose decision."""

    id: str
    kind: ChangeKind
    person: str
    post: str | None = None
    date: PartialDate | None = None
    decided_by: str | None = None
    evidence: Annotated[tuple[Evidence, ...], Field(min_length=1)]


class Issue(Record):
    """Text the extractor could not interpret, reported rather than guessed."""

    code: str
    message: str
    evidence: Evidence


class ArticleExtraction(Record):
    """Everything one article yields, with the shared entities (bodies, terms, posts) it refers to."""

    article: Article
    province: str | None = None
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    terms: tuple[OrganizationTerm, ...] = ()
    posts: tuple[Post, ...] = ()
    occupancies: tuple[Occupancy, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    events: tuple[ChangeEvent, ...] = ()
    issues: tuple[Issue, ...] = ()
    notes: tuple[str, ...] = ()  # how the file was read (``decoded as VNI``), kept so a cached result says it too


# --- Derived across articles (resolution) ---------------------------------------------------


class Link(Record):
    """Whether two article persons were taken for one person, and why: a merge decision as data."""

    a: str
    b: str
    merged: bool
    score: float
    reason: str


class CanonicalPerson(Record):
    """One person across articles: the article persons it stands for and the links that joined them."""

    id: str
    name: str
    provinces: tuple[str, ...] = ()
    members: Annotated[tuple[str, ...], Field(min_length=1)]


class Tenure(Record):
    """A person in a post across articles: when first and last seen, and when it began or ended where
    an article says so. ``ended_before`` is the first sighting of a successor: the post ended somewhere
    between ``last_seen`` and that day."""

    id: str
    person: str
    post: str
    first_seen: PartialDate | None = None
    last_seen: PartialDate | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    ended_before: PartialDate | None = None
    former: bool = False
    occupancies: Annotated[tuple[str, ...], Field(min_length=1)]
    events: tuple[str, ...] = ()
    concurrent_with: tuple[str, ...] = ()  # the same person's tenures that overlap this one


class TransitionKind(StrEnum):
    PROMOTION = "promotion"
    DEMOTION = "demotion"
    LATERAL = "lateral"
    POST_ADDED = "post_added"
    POST_DROPPED = "post_dropped"
    PROVINCE_MOVE = "province_move"
    RETIREMENT = "retirement"


class Transition(Record):
    """A move between posts: it happened after ``after`` (last seen before) and by ``by`` (first seen after)."""

    id: str
    person: str
    kind: TransitionKind
    from_post: str | None = None
    to_post: str | None = None
    after: PartialDate | None = None
    by: PartialDate | None = None
    sources: Annotated[tuple[str, ...], Field(min_length=1)]
