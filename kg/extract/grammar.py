"""Parse bodies (Tỉnh ủy, HĐND tỉnh, Sở Xây dựng …) and titles (role + body) at a position.

All parsing runs on the article's tone-canonical text with case-insensitive patterns,
plus a folded copy for the gazetteer; both have the article's offsets, so every
match is a span of the article itself.

A body is one of: a Party organ of a committee (``Ban Tổ chức Tỉnh ủy``), a Party
committee (provincial, of a district or commune, of a bloc, of an agency such as
``Đảng ủy UBND tỉnh``, or the Central Committee), an organ of a state body
(``Thường trực HĐND tỉnh``), a central body or ministry, a provincial or local body
(``UBND huyện Đông Hải``), or a department (``Sở Xây dựng``). A place written after a
body is either a province from the gazetteer or a locality below it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from typing import Protocol, TypeVar

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.scan import Scanner
from kg.models import OccupancyStatus, OrgKind
from kg.text import capitalised_run, lower_keeping_offsets


def compile_fragment(fragment: str) -> re.Pattern[str]:
    """Compile a lexicon fragment: case-insensitive, any run of spaces where it has one."""
    return re.compile("(?i)(?:" + fragment.replace(" ", r"\s+") + ")")


def _bounded(fragment: str) -> re.Pattern[str]:
    return compile_fragment(fragment + lx.E)


def _flexible_and(fragment: str) -> str:
    """Department names write "và" also as "-", "–" or "&": Kế hoạch - Đầu tư."""
    return fragment.replace(" và ", r" ?(?:và|-|–|&) ?")


@dataclass(frozen=True)
class BodyMatch:
    """A body named in the text, before it is tied to a province and minted as an Organization.

    ``locality`` is a place below the province (``huyện Đông Hải``); ``of`` is the body
    whose Party committee this is (``Đảng ủy`` + ``UBND tỉnh``); ``bare`` marks a
    ``Đảng ủy`` written alone, which the article's context must resolve.
    """

    start: int
    end: int
    key: str
    kind: OrgKind
    name: str
    scope: lx.Scope
    detail: str = ""
    parent: BodyMatch | None = None
    province_name: str | None = None
    level: str | None = None
    locality: str | None = None
    of: BodyMatch | None = None
    bare: bool = False

    @property
    def is_party_committee(self) -> bool:
        return self.key in PARTY_COMMITTEE_KEYS


PARTY_COMMITTEE_KEYS = frozenset({"provincial_committee", "bloc_committee", "local_committee", "agency_committee"})


@dataclass(frozen=True)
class TitleMatch:
    """A role in a body: ``Phó Bí thư Thường trực Tỉnh ủy``."""

    start: int
    end: int
    role: str
    body: BodyMatch
    status: OccupancyStatus = OccupancyStatus.CURRENT


Entry = tuple[str, OrgKind, re.Pattern[str], str]


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns, built once per process."""

    roles: tuple[tuple[str, re.Pattern[str]], ...]
    role_any: Scanner
    party_organs: tuple[Entry, ...]
    party_organs_any: re.Pattern[str]
    state_organs: tuple[tuple[str, re.Pattern[str], str], ...]
    state_organs_any: re.Pattern[str]
    provincial_committee: re.Pattern[str]
    provincial_organisation: re.Pattern[str]
    local_committees: tuple[tuple[re.Pattern[str], str], ...]
    local_committees_any: re.Pattern[str]
    bloc_committee: re.Pattern[str]
    committee_of: re.Pattern[str]
    central: tuple[Entry, ...]
    central_any: re.Pattern[str]
    provincial: tuple[Entry, ...]
    provincial_any: re.Pattern[str]
    departments: tuple[tuple[re.Pattern[str], str], ...]
    ministries: tuple[tuple[re.Pattern[str], str], ...]
    fused: tuple[tuple[re.Pattern[str], str, str], ...]
    fused_any: Scanner
    level: re.Pattern[str]
    local_level: re.Pattern[str]
    modifier: re.Pattern[str]
    qualifier: re.Pattern[str]
    institution: re.Pattern[str]
    institutions: tuple[tuple[re.Pattern[str], str], ...]
    body_start: Scanner
    caucus: re.Pattern[str]


def _any_of(fragments: Iterable[str], prefix: str = "") -> re.Pattern[str]:
    """One pattern that matches wherever any of ``fragments`` does (and maybe elsewhere): a single
    test that lets a parser skip a list of patterns none of which can match at a place."""
    joined = "|".join(f"(?:{f})" for f in fragments)
    return compile_fragment(prefix + "(?:" + re.sub(r"\(\?P<\w+>", "(?:", joined) + ")")


def _body_start() -> Scanner:
    """Where a body may begin: any body pattern's opening, so :meth:`Parser.bodies` need not try every word."""
    fragments = [p for _, _, p, _ in lx.PARTY_ORGANS] + [p for _, p, _ in lx.STATE_ORGANS]
    fragments += [p for _, _, p, _ in lx.CENTRAL_BODIES] + [p for _, _, p, _ in lx.PROVINCIAL_BODIES]
    fragments += [p for p, _ in lx.LOCAL_COMMITTEES]
    fragments += [lx.PROVINCIAL_COMMITTEE, lx.BLOC_COMMITTEE, lx.PARTY_COMMITTEE_OF, lx.PARTY_CAUCUS, lx.INSTITUTION,
                  r"sở", r"bộ"]
    return Scanner(_any_of(fragments, prefix=lx.B))


@cache
def grammar() -> Grammar:
    return Grammar(
        roles=tuple((code, _bounded(p)) for code, p in lx.ROLE_PATTERNS),
        role_any=Scanner(compile_fragment(lx.B + "(?:" + "|".join(p for _, p in lx.ROLE_PATTERNS) + ")" + lx.E)),
        party_organs=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.PARTY_ORGANS),
        party_organs_any=_any_of(p for _, _, p, _ in lx.PARTY_ORGANS),
        state_organs=tuple((k, _bounded(p), name) for k, p, name in lx.STATE_ORGANS),
        state_organs_any=_any_of(p for _, p, _ in lx.STATE_ORGANS),
        provincial_committee=_bounded(lx.PROVINCIAL_COMMITTEE),
        provincial_organisation=_bounded(lx.PROVINCIAL_ORGANISATION),
        local_committees=tuple((_bounded(p), level) for p, level in lx.LOCAL_COMMITTEES),
        local_committees_any=_any_of(p for p, _ in lx.LOCAL_COMMITTEES),
        bloc_committee=_bounded(lx.BLOC_COMMITTEE),
        committee_of=_bounded(lx.PARTY_COMMITTEE_OF),
        caucus=_bounded(lx.PARTY_CAUCUS),
        central=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.CENTRAL_BODIES),
        central_any=_any_of(p for _, _, p, _ in lx.CENTRAL_BODIES),
        provincial=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.PROVINCIAL_BODIES),
        provincial_any=_any_of(p for _, _, p, _ in lx.PROVINCIAL_BODIES),
        departments=tuple((_bounded(_flexible_and(p)), name) for p, name in lx.DEPARTMENTS),
        ministries=tuple((_bounded(_flexible_and(p)), name) for p, name in lx.MINISTRIES),
        fused=tuple((compile_fragment(lx.B + p + lx.E), role, body) for p, role, body in lx.FUSED_TITLES),
        fused_any=Scanner(compile_fragment(lx.B + "(?:" + "|".join(p for p, _, _ in lx.FUSED_TITLES) + ")" + lx.E)),
        level=compile_fragment(r" (?:" + lx.LEVEL + r")(?![\w])"),
        local_level=compile_fragment(r"(?:" + lx.LOCAL_LEVEL + r")(?![\w])[\x20\t\xa0]*"),  # a place is on its line
        modifier=compile_fragment(r"(?:" + lx.FORMER + "|" + lx.ACTING + r") $"),
        qualifier=compile_fragment(r" (?:" + lx.ROLE_QUALIFIER + r")(?![\w])"),
        institution=_bounded(lx.INSTITUTION),
        institutions=tuple((compile_fragment(p), name) for p, name in lx.INSTITUTIONS),
        body_start=_body_start(),
    )


_SPACE = re.compile(r"\s+")
# Mass organisations and the Front have a Ban Tổ chức, an Ủy ban Kiểm tra … of their own.
_ORGANS_OF_THEIR_OWN = frozenset({OrgKind.MASS_ORGANIZATION, OrgKind.FATHERLAND_FRONT})
_BARE_COMMITTEE = re.compile(r"(?i)ủy\s+ban(?=\s*,)")
_SHARED_GAP = re.compile(r"\s*,\s*")
_CONCURRENT = re.compile(r"(?i)\s+kiêm\s+|\s+[-–]\s+")  # "Phó Chỉ huy trưởng kiêm (or -) Tham mưu trưởng Bộ CHQS"
_GAP = re.compile(r"[ \t\xa0]+")
_SOR = re.compile(r"(?i)sở\s+")
_DASH = re.compile(r"\s*[-–]\s*")
_PHONG = re.compile(r"(?i)phòng\s+")  # a district's department: "Phòng Tài nguyên và Môi trường huyện X"
_MILITARY = re.compile(r"(?i)quân\s+sự(?![\w])")
_BORDER_POST = re.compile(r"(?i)đồn\s+biên\s+phòng\s+")
_BO = re.compile(r"(?i)bộ\s+")
# A department (Cục) or division (Vụ) of a ministry or the army: its name is a capitalised word and
# lowercase ones (Vietnamese capitalises only the first), up to punctuation or the next capital.
_CENTRAL_UNIT = re.compile(r"(?P<unit>Tổng cục|Cục|Vụ|[Pp]hòng)\s+"
                           r"(?P<name>[^\W\d_][\w-]*(?:\s+(?:-\s+)?[^\W\d_][\w-]*){0,12})")
_UNIT_PARENT_GAP = re.compile(r"\s*,?\s+(?:thuộc\s+)?")
_ROMAN_NUMBER = re.compile(r"[IVX]{1,4}")  # "Vụ Địa phương II"
# "Ban Bí thư" is a body and "Đại hội đại biểu" a congress: no role starts there.
_NOT_A_ROLE_BEFORE = re.compile(r"(?i)(?:\bban|đại hội)\s+$")
_MAX_PLACE_WORDS = 3
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’]*|\d{1,2}(?![\w])|[-–](?=\s)")
_MAX_INSTITUTION_WORDS = 10
_NUMBERED_REGION = re.compile(r"(?i)quân\s+khu\s+(\d{1,2})(?![\w])")
LOCAL_LEVELS = frozenset({"huyện", "thị xã", "quận", "xã", "phường", "thị trấn"})
_COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})


def _until_capital(words: list[re.Match[str]]) -> Iterable[re.Match[str]]:
    """The lowercase words of a unit's name, up to the first capitalised one (a place or a person); a
    capital after a dash goes on (``Kế hoạch - Tài chính``)."""
    previous = ""
    for word, after in zip(words, [*words[1:], None], strict=True):
        token = word.group(0)
        if token[0].isupper() and not _ROMAN_NUMBER.fullmatch(token) and previous != "-":
            return
        if token in lx.UNIT_NAME_STOP or (token == "công" and after is not None and after.group(0) == "bố"):
            return
        previous = token
        yield word


def place_words(text: str, pos: int) -> list[re.Match[str]]:
    """Capitalised words (or numbers: Phường 1) from ``pos``: a place, perhaps followed by a person's name."""
    return capitalised_run(text, pos, _MAX_PLACE_WORDS + 5, numbers=True)


def _surname_rank(word: str) -> int | None:
    """0 for the commonest surname, higher for rarer ones, None for a word that is no surname."""
    low = word.lower()
    if low in lx.COMMON_SURNAMES:
        return lx.COMMON_SURNAMES.index(low)
    return len(lx.COMMON_SURNAMES) if low in lx.SURNAMES else None


def party_committee_of(body: BodyMatch) -> BodyMatch | None:
    """The Party committee a body is, or is an organ of; None for a state body."""
    while body.parent is not None:
        body = body.parent
    return body if body.is_party_committee or body.key == "central_committee" else None


# Party posts that, written bare before a state post, hold in the Party committee of that post's level.
_PARTY_ROLES = frozenset({"secretary", "deputy_secretary", "standing_deputy_secretary"})
# A district's committee by the district's level word: huyện → Huyện ủy (a city's is told apart by name).
_DISTRICT_COMMITTEES = {level: word.capitalize() for word, level in lx.LOCAL_COMMITTEES if level != "thành phố"}


def committee_of_locality(start: int, end: int, locality: str, bare: bool = False,
                          word: str = "") -> BodyMatch | None:
    """The Party committee of a place below the province: ``Đảng ủy xã X`` of ``xã X``, ``Huyện ủy X`` of
    ``huyện X`` (``bare`` where only the level is written; ``word`` "Đảng ủy" where the text calls a
    district's so: ``Đảng ủy huyện X``); None for a city within the province."""
    level = next((lv for lv in LOCAL_LEVELS if locality == lv or locality.startswith(lv + " ")), None)
    if level in _COMMUNE_LEVELS or (level is not None and word == "Đảng ủy"):
        name = f"Đảng ủy {locality}"
    elif level in _DISTRICT_COMMITTEES:
        name = f"{_DISTRICT_COMMITTEES[level]} {locality[len(level):].strip()}".strip()
    else:
        return None
    return BodyMatch(start, end, "local_committee", OrgKind.LOCAL_PARTY_COMMITTEE, name, lx.Scope.PROVINCIAL,
                     locality=locality, bare=bare)


def committee_at_level(body: BodyMatch) -> BodyMatch | None:
    """The Party committee at a provincial state body's level: the province's (``Tỉnh ủy``), a district's
    or a commune's; None for a central body or a city within a province."""
    if body.scope is not lx.Scope.PROVINCIAL:
        return None
    if body.locality is None:
        return BodyMatch(body.start, body.end, "provincial_committee", OrgKind.PROVINCIAL_PARTY_COMMITTEE,
                         "{committee}", lx.Scope.PROVINCIAL, province_name=body.province_name,
                         level=body.level or "tỉnh")
    return committee_of_locality(body.start, body.end, body.locality, bare=body.bare)


def with_committee(organ: BodyMatch, committee: BodyMatch) -> BodyMatch:
    """An organ written without its committee (``Ban Thường vụ``), given the committee context supplies."""
    return BodyMatch(organ.start, organ.end, organ.key, organ.kind, organ.name, committee.scope,
                     parent=committee, province_name=committee.province_name, level=committee.level,
                     locality=committee.locality)


def _person_after(words: list[re.Match[str]]) -> tuple[int, int | None]:
    """Where a person's name may start after a place or an institution's name: before the commonest
    surname that leaves 2–5 words; (0, None) where none does."""
    best, best_rank = 0, None
    for i in range(1, len(words)):
        rank = _surname_rank(words[i].group(0))
        if rank is not None and 2 <= len(words) - i <= 5 and (best_rank is None or rank < best_rank):
            best, best_rank = i, rank
    return best, best_rank


def split_place(words: list[re.Match[str]], commune: bool = False) -> int:
    """How many of ``words`` name a place; the rest, if any, is a person's name after it.

    Place names are short and persons' names start with a surname, so the split falls
    before the most common surname that leaves 2–5 words of name. A run of three or more
    words that starts with a surname is a person, not a place (0), unless a more common surname
    starts later (``Lâm Hà Trương Thị Mai Hương``). Communes and wards are often named after
    people (*phường Lê Hồng Phong*, *xã An Ninh Tây*), so after ``xã``/``phường`` (``commune``)
    such a run is a place unless it has a middle name (*Thị*, *Văn*).
    """
    first = _surname_rank(words[0].group(0)) if words else None
    best, best_rank = _person_after(words)
    middle = len(words) >= 3 and words[1].group(0).lower() in lx.MIDDLE_NAMES
    person_like = len(words) >= 3 and first is not None and (middle or not commune)
    if person_like and (best_rank is None or best_rank >= first):  # type: ignore[operator]
        return 0
    return best if best_rank is not None else min(len(words), _MAX_PLACE_WORDS)


class Parser:
    """Title and body parsing over one article's text."""

    def __init__(self, canon: str, folded: str) -> None:
        self.canon = canon
        self.folded = folded
        self.g = grammar()

    @cached_property
    def _lowered(self) -> str:
        """The text lower-cased, for the scans (``folded`` is lowered before abbreviations are blanked)."""
        return lower_keeping_offsets(self.canon)

    @cached_property
    def _numbered_regions(self) -> frozenset[str]:
        """The military regions the article names with their number (``Quân khu 2``)."""
        return frozenset(m.group(1) for m in _NUMBERED_REGION.finditer(self.canon))

    # -- places ----------------------------------------------------------------------------
    def _province_at(self, pos: int) -> tuple[int, str] | None:
        sp = _SPACE.match(self.canon, pos)
        if sp:
            pm = gazetteer.name_regex().match(self.folded, sp.end())
            if pm:
                return pm.end(), self.canon[pm.start():pm.end()]
        return None

    def _locality(self, pos: int) -> tuple[int, str] | None:
        """``huyện Đông Hải``, ``xã Định Thành``, ``thành phố Quy Nhơn`` after ``pos``."""
        sp = _SPACE.match(self.canon, pos)
        if not sp:
            return None
        m = self.g.local_level.match(self.canon, sp.end())
        if not m:
            return None
        words = place_words(self.canon, m.end())
        level = " ".join(m.group(0).split()).lower()
        size = split_place(words, commune=level in _COMMUNE_LEVELS)
        if not size:
            if level.startswith(("thành phố", "tp")):
                return None  # "UBND TP Phan Văn Mãi": the city itself, then a person
            return m.end() - len(m.group(0)) + len(m.group(0).rstrip()), level  # "UBND huyện": placed by the article
        last = words[size - 1]
        place = " ".join(self.canon[words[0].start():last.end()].split())
        return last.end(), f"{'thành phố' if level.startswith('tp') else level} {place}"

    def _location(self, pos: int, allow_bare_name: bool) -> tuple[int, str | None, str | None, str | None]:
        """After a body: a province (``tỉnh Bắc Ninh``, ``Bắc Ninh``) or a locality (``huyện X``).

        Returns the end, the province name, the level word (tỉnh / thành phố) and the locality.
        """
        province = self._province_at(pos) if allow_bare_name else None
        if province:
            return province[0], province[1], None, None
        m = self.g.level.match(self.canon, pos)
        if m:
            word = m.group(0).strip().lower()
            level = "thành phố" if word.startswith(("thành", "tp")) else "tỉnh"
            province = self._province_at(m.end())
            if province:
                return province[0], province[1], level, None
            if level == "tỉnh":
                return m.end(), None, level, None
        local = self._locality(pos)
        if local:
            return local[0], None, None, local[1]
        if m:
            return m.end(), None, "thành phố", None
        return pos, None, None, None

    @staticmethod
    def _level_of(text: str) -> str | None:
        low = text.lower()
        if "thành" in low:
            return "thành phố"
        if "tỉnh" in low or low.strip() == "tu":
            return "tỉnh"
        return None

    # -- committees --------------------------------------------------------------------------
    def _committee(self, pos: int) -> BodyMatch | None:
        """A Party committee at ``pos``: bloc, provincial, district, agency or commune, or central."""
        m = self.g.bloc_committee.match(self.canon, pos)
        if m:
            bloc = (m.group("bloc") or "").strip()
            end, prov, level, _ = self._location(m.end(), allow_bare_name=False)
            written_level = level or self._level_of(m.group(0).split("khối")[-1] if bloc else "")
            return BodyMatch(pos, end, "bloc_committee", OrgKind.BLOC_PARTY_COMMITTEE, "Đảng ủy Khối",
                             lx.Scope.PROVINCIAL, detail=" ".join(bloc.lower().split()), province_name=prov,
                             level=written_level)
        for pattern, level in self.g.local_committees if self.g.local_committees_any.match(self.canon, pos) else ():
            m = pattern.match(self.canon, pos)
            # "Thành ủy Hà Nội" is a province's; a district's committee may bear a province's name (Huyện ủy Quảng Ninh)
            if m is None or (level == "thành phố" and self._province_at(m.end())):
                continue
            name = self.canon[m.start():m.end()].split()[0].capitalize() + " ủy"
            gap = _GAP.match(self.canon, m.end())
            words = place_words(self.canon, gap.end()) if gap else []
            size = split_place(words)
            if size:
                last = words[size - 1]
                place = " ".join(self.canon[words[0].start():last.end()].split())
                return BodyMatch(pos, last.end(), "local_committee", OrgKind.LOCAL_PARTY_COMMITTEE,
                                 f"{name} {place}", lx.Scope.PROVINCIAL, locality=f"{level} {place}")
            if level != "thành phố":  # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện X": placed by the article
                return BodyMatch(pos, m.end(), "local_committee", OrgKind.LOCAL_PARTY_COMMITTEE, name,
                                 lx.Scope.PROVINCIAL, locality=level, bare=True)
        m = self.g.provincial_committee.match(self.canon, pos)
        if m:
            end, prov, _, locality = self._location(m.end(), allow_bare_name=True)
            if locality:  # "Thành ủy TP Thủ Đức": a city under the province
                return BodyMatch(pos, end, "local_committee", OrgKind.LOCAL_PARTY_COMMITTEE,
                                 f"Thành ủy {locality}", lx.Scope.PROVINCIAL, locality=locality)
            return BodyMatch(pos, end, "provincial_committee", OrgKind.PROVINCIAL_PARTY_COMMITTEE,
                             "{committee}", lx.Scope.PROVINCIAL, province_name=prov,
                             level=self._level_of(m.group(0)) or "tỉnh")
        m = self.g.provincial_organisation.match(self.canon, pos)
        province = self._province_at(m.end()) if m else None
        if m and province:  # "Ban Chấp hành Đảng bộ TPHCM"
            return BodyMatch(pos, province[0], "provincial_committee", OrgKind.PROVINCIAL_PARTY_COMMITTEE,
                             "{committee}", lx.Scope.PROVINCIAL, province_name=province[1])
        inner = self._agency(m.end()) if m else None
        if inner is not None:  # "Ban Chấp hành Đảng bộ Công an tỉnh"
            return self._agency_committee(pos, inner)
        m = self.g.committee_of.match(self.canon, pos)
        if m:
            return self._committee_of(pos, m.end())
        m = self.g.caucus.match(self.canon, pos)
        if m:
            return self._caucus(pos, m.end())
        for key, kind, pattern, name in self.g.central if self.g.central_any.match(self.canon, pos) else ():
            if key == "central_committee":
                m = pattern.match(self.canon, pos)
                if m:
                    return BodyMatch(pos, m.end(), key, kind, name, lx.Scope.CENTRAL)
        return None

    def _caucus(self, pos: int, end: int) -> BodyMatch | None:
        """``Ban cán sự đảng Bộ Y tế``, ``Ban cán sự đảng UBND tỉnh``; written bare before the next title
        (``Ủy viên Ban cán sự đảng, Thứ trưởng Bộ GTVT``), the caucus of that title's body."""
        sp = _SPACE.match(self.canon, end)
        written = (self._central(sp.end()) or self._agency(end)) if sp else None
        if written is not None:
            inner, end = written, written.end
        else:
            sep = _SHARED_GAP.match(self.canon, end)
            following = self.title_at(sep.end()) if sep and sep.end() > end else None
            if following is None or party_committee_of(following.body) is not None:
                return None
            inner = following.body
        return BodyMatch(pos, end, "party_caucus", OrgKind.BLOC_PARTY_COMMITTEE, "Ban cán sự đảng", inner.scope,
                         of=inner, province_name=inner.province_name, level=inner.level, locality=inner.locality)

    def _committee_of(self, pos: int, end: int) -> BodyMatch:
        """``Đảng ủy xã X`` (a commune's committee), ``Đảng ủy UBND tỉnh`` (an agency's), or bare."""
        local = self._locality(end)
        if local:  # "Đảng ủy xã Mường Nhé", or "Đảng ủy xã" with the commune left to the article
            return BodyMatch(pos, local[0], "local_committee", OrgKind.LOCAL_PARTY_COMMITTEE,
                             f"Đảng ủy {local[1]}", lx.Scope.PROVINCIAL, locality=local[1],
                             bare=local[1] in LOCAL_LEVELS)
        inner = self._agency(end)
        if inner is not None:
            return self._agency_committee(pos, inner)
        return BodyMatch(pos, end, "agency_committee", OrgKind.BLOC_PARTY_COMMITTEE, "Đảng ủy",
                         lx.Scope.PROVINCIAL, bare=True)

    def _agency(self, pos: int) -> BodyMatch | None:
        """The body after ``Đảng ủy``/``Đảng bộ`` whose Party committee it is: ``Công an tỉnh``, ``UBND tỉnh``;
        ``Quân sự tỉnh`` stands for the provincial military command (``Đảng ủy Quân sự tỉnh``)."""
        sp = _SPACE.match(self.canon, pos)
        if sp is None:
            return None
        military = _MILITARY.match(self.canon, sp.end())
        if military is None:
            return self._state_body(sp.end())
        key, kind, _, name = next(entry for entry in self.g.provincial if entry[0] == "military_command")
        end, prov, level, locality = self._location(military.end(), allow_bare_name=True)
        return BodyMatch(sp.end(), end, key, kind, name, lx.Scope.PROVINCIAL, province_name=prov, level=level,
                         locality=locality, detail=locality or "")

    @staticmethod
    def _agency_committee(pos: int, inner: BodyMatch) -> BodyMatch:
        return BodyMatch(pos, inner.end, "agency_committee", OrgKind.BLOC_PARTY_COMMITTEE, "Đảng ủy", inner.scope,
                         of=inner, province_name=inner.province_name, level=inner.level, locality=inner.locality)

    def _party_organ(self, pos: int) -> BodyMatch | None:
        if not self.g.party_organs_any.match(self.canon, pos):
            return None
        for key, kind, pattern, name in self.g.party_organs:
            m = pattern.match(self.canon, pos)
            if not m:
                continue
            sp = _SPACE.match(self.canon, m.end())
            committee = self._committee(sp.end()) if sp else None
            organisation = self._state_body(sp.end()) if sp and committee is None else None
            if organisation is not None and organisation.kind in _ORGANS_OF_THEIR_OWN:
                # "Trưởng Ban Tổ chức LĐLĐ tỉnh", "Chủ nhiệm Ủy ban Kiểm tra Công đoàn tỉnh"
                return BodyMatch(pos, organisation.end, key, kind, name, organisation.scope, parent=organisation,
                                 province_name=organisation.province_name, level=organisation.level,
                                 locality=organisation.locality)
            if committee is None:
                if key != "standing_committee":
                    continue
                # "Ủy viên Ban Thường vụ" with the committee left implicit: the article resolves it
                # from the neighbouring title, else it is the provincial one.
                committee = BodyMatch(m.end(), m.end(), "provincial_committee",
                                      OrgKind.PROVINCIAL_PARTY_COMMITTEE, "{committee}", lx.Scope.PROVINCIAL,
                                      level="tỉnh", bare=True)
                return BodyMatch(pos, m.end(), key, kind, name, lx.Scope.PROVINCIAL, parent=committee)
            # A bare committee ("Ủy viên Ban Thường vụ Đảng ủy, …") stays the parent, for the article to place.
            return BodyMatch(pos, committee.end, key, kind, name, committee.scope, parent=committee,
                             province_name=committee.province_name, level=committee.level)
        return None

    def _state_organ(self, pos: int) -> BodyMatch | None:
        if not self.g.state_organs_any.match(self.canon, pos):
            return None
        for key, pattern, name in self.g.state_organs:
            m = pattern.match(self.canon, pos)
            if not m:
                continue
            sp = _SPACE.match(self.canon, m.end())
            parent = (self._central(sp.end()) or self._state_body(sp.end())) if sp else None
            if parent is not None and parent.key in lx.STATE_ORGAN_PARENTS:
                return BodyMatch(pos, parent.end, key, parent.kind, name, parent.scope, parent=parent,
                                 province_name=parent.province_name, level=parent.level, locality=parent.locality)
            if key in lx.COUNCIL_COMMITTEES and self._location(m.end(), allow_bare_name=True)[0] == m.end():
                # "Trưởng Ban Pháp chế" alone: a committee of the council the article places (bare)
                council = BodyMatch(m.end(), m.end(), "peoples_council", OrgKind.PEOPLES_COUNCIL,
                                    "Hội đồng nhân dân {level}", lx.Scope.PROVINCIAL, bare=True)
                return BodyMatch(pos, m.end(), key, OrgKind.PEOPLES_COUNCIL, name, lx.Scope.PROVINCIAL, parent=council)
        return None

    # -- bodies ------------------------------------------------------------------------------
    def _central(self, pos: int) -> BodyMatch | None:
        for key, kind, pattern, name in self.g.central if self.g.central_any.match(self.canon, pos) else ():
            if key == "central_committee":
                continue
            m = pattern.match(self.canon, pos)
            if m:
                detail = m.groupdict().get("detail") or ""
                if key == "military_region" and not detail:
                    if len(self._numbered_regions) != 1:
                        continue  # which region is meant the article does not settle
                    detail = next(iter(self._numbered_regions))
                return BodyMatch(pos, m.end(), key, kind, name.format(detail=detail), lx.Scope.CENTRAL,
                                 detail=detail)
        m = _BO.match(self.canon, pos)
        if m:
            for pattern, ministry in self.g.ministries:
                d = pattern.match(self.canon, m.end())
                if d:
                    return BodyMatch(pos, d.end(), "ministry", OrgKind.CENTRAL_STATE_BODY, f"Bộ {ministry}",
                                     lx.Scope.CENTRAL, detail=ministry.lower())
        return None

    def _state_body(self, pos: int) -> BodyMatch | None:
        """A provincial or local state body, mass organisation or department."""
        for key, kind, pattern, name in self.g.provincial if self.g.provincial_any.match(self.canon, pos) else ():
            m = pattern.match(self.canon, pos)
            if m:
                numbered = m.groupdict().get("detail")  # "TAND khu vực 10": a numbered unit, named by its number
                if numbered:
                    end, numbered = self._place_after_number(m.end(), numbered)
                    return BodyMatch(pos, end, key, kind, name.replace("{detail}", numbered),
                                     lx.Scope.PROVINCIAL, detail=numbered)
                end, prov, level, locality = self._location(m.end(), allow_bare_name=True)
                return BodyMatch(pos, end, key, kind, name, lx.Scope.PROVINCIAL, province_name=prov, level=level,
                                 locality=locality, detail=locality or "", bare=locality in LOCAL_LEVELS)
        m = _BORDER_POST.match(self.canon, pos)
        words = place_words(self.canon, m.end()) if m else []
        if m and words and split_place(words):
            last = words[split_place(words) - 1]
            place = " ".join(self.canon[words[0].start():last.end()].split())
            return BodyMatch(pos, last.end(), "border_post", OrgKind.ARMED_FORCES_UNIT, f"Đồn Biên phòng {place}",
                             lx.Scope.PROVINCIAL, detail=place.lower())
        institution = self._institution(pos)
        if institution is not None:
            return institution
        m = _SOR.match(self.canon, pos)
        if m:
            for pattern, dept in self.g.departments:
                d = pattern.match(self.canon, m.end())
                if d:
                    end, prov, level, _ = self._location(d.end(), allow_bare_name=False)
                    return BodyMatch(pos, end, "department", OrgKind.DEPARTMENT, f"Sở {dept}",
                                     lx.Scope.PROVINCIAL, detail=dept.lower(), province_name=prov, level=level)
        m = _PHONG.match(self.canon, pos)
        if m:
            for pattern, dept in self.g.departments:
                d = pattern.match(self.canon, m.end())
                local = self._locality(d.end()) if d else None
                if local is not None and local[1] not in LOCAL_LEVELS:  # only with its district named
                    return BodyMatch(pos, local[0], "district_department", OrgKind.DEPARTMENT,
                                     f"Phòng {dept} {{level}}", lx.Scope.PROVINCIAL, detail=local[1], locality=local[1])
        return None

    def _place_after_number(self, pos: int, number: str) -> tuple[int, str]:
        """A numbered unit's place after a dash, part of its name: ``khu vực 3 - X``."""
        dash = _DASH.match(self.canon, pos)
        words = place_words(self.canon, dash.end()) if dash else []
        size = split_place(words) if words else 0
        if not size:
            return pos, number
        last = words[size - 1]
        return last.end(), f"{number} - {' '.join(self.canon[words[0].start():last.end()].split())}"

    def _institution(self, pos: int) -> BodyMatch | None:
        """``Trường Đại học Tây Nguyên``, ``Học viện Chính trị quốc gia Hồ Chí Minh``, ``Bệnh viện Đa khoa
        tỉnh``: a public institution and its own name, which starts with a capital. The name runs on through
        capitalised words and the lowercase ones of a compound (``Kinh tế quốc dân``), up to punctuation, a
        level word (``tỉnh``, then the province) or a word that goes on with the sentence; a person's name
        right after it is cut off as after a place."""
        m = self.g.institution.match(self.canon, pos)
        if m is None:
            return None
        words: list[re.Match[str]] = []
        at = m.end()
        while len(words) < _MAX_INSTITUTION_WORDS and (gap := _GAP.match(self.canon, at)):
            word = _NAME_TOKEN.match(self.canon, gap.end())
            if word is None:
                break
            token = word.group(0)
            lower = not token[0].isupper() and not token[0].isdigit() and token not in "-–"
            if (not words and lower) or (lower and token.lower() in lx.INSTITUTION_NAME_STOP):
                break
            words.append(word)
            at = word.end()
        while words and (words[-1].group(0) in "-–"):
            words.pop()
        if not words:
            return None
        tail = len(words) - next((i for i, w in enumerate(reversed(words)) if not w.group(0)[0].isupper()), len(words))
        cut, _ = _person_after(words[tail:]) if len(words) - tail >= 3 else (0, None)
        if cut:
            words = words[:tail + cut]
        kind_word = next(name for pattern, name in self.g.institutions if pattern.fullmatch(m.group(0)))
        name = f"{kind_word} {' '.join(self.canon[words[0].start():words[-1].end()].split())}"
        end, prov, level, locality = self._location(words[-1].end(), allow_bare_name=False)
        if prov or level or locality:
            return BodyMatch(pos, end, "institution", OrgKind.PUBLIC_INSTITUTION, f"{name} {{level}}",
                             lx.Scope.PROVINCIAL, detail=name.lower(), province_name=prov, level=level,
                             locality=locality)
        return BodyMatch(pos, words[-1].end(), "institution", OrgKind.PUBLIC_INSTITUTION, name, lx.Scope.CENTRAL,
                         detail=name.lower())

    def _central_unit(self, pos: int) -> BodyMatch | None:
        """``Cục Tổ chức cán bộ, Bộ Công an``, ``Cục Chính trị Quân khu 5``, ``Vụ Địa phương``; an office of a
        department or the police with its parent, ``Phòng Cảnh sát hình sự, Công an tỉnh``."""
        m = _CENTRAL_UNIT.match(self.canon, pos)
        if m is None or not m.group("name")[0].isupper():
            return None
        words = list(re.finditer(r"\S+", m.group("name")))
        kept = words[:1] + [w for w in _until_capital(words[1:])]
        name = " ".join(w.group(0) for w in kept)
        end = m.start("name") + kept[-1].end()
        gap = _UNIT_PARENT_GAP.match(self.canon, end)
        parent = self.body_at(gap.end()) if gap else None  # "…, Bộ Công an", "… Ban Tổ chức Trung ương"
        unit = f"{m.group('unit').capitalize()} {name}"
        if unit.startswith("Phòng"):  # an office of a department or of the police: only with its parent
            if parent is None:
                return None
            return BodyMatch(pos, parent.end, "office", OrgKind.DEPARTMENT, unit, parent.scope, detail=unit.lower(),
                             parent=parent, province_name=parent.province_name, level=parent.level,
                             locality=parent.locality)
        if parent is not None and parent.scope is lx.Scope.CENTRAL:
            return BodyMatch(pos, parent.end, "central_unit", OrgKind.CENTRAL_STATE_BODY, unit, lx.Scope.CENTRAL,
                             detail=unit.lower(), parent=parent)
        return BodyMatch(pos, end, "central_unit", OrgKind.CENTRAL_STATE_BODY, unit, lx.Scope.CENTRAL,
                         detail=unit.lower())

    def body_at(self, pos: int) -> BodyMatch | None:
        """The longest body that starts exactly at ``pos``."""
        for parse in (self._party_organ, self._state_organ, self._central, self._committee, self._state_body,
                      self._central_unit):
            found = parse(pos)
            if found is not None:
                return found
        return None

    # -- titles ------------------------------------------------------------------------------
    def _status_before(self, pos: int) -> tuple[int, OccupancyStatus]:
        m = self.g.modifier.search(self.canon, max(0, pos - 8), pos)
        if m and m.end() == pos:
            word = m.group(0).strip().lower()
            status = OccupancyStatus.ACTING if word == "quyền" else OccupancyStatus.FORMER
            return m.start(), status
        return pos, OccupancyStatus.CURRENT

    def title_at(self, pos: int) -> TitleMatch | None:
        """A title (role + body, or a one-word title) starting at ``pos``."""
        for pattern, role, body_key in self.g.fused:
            m = pattern.match(self.canon, pos)
            if m:
                body = self._fused_body(body_key, m.start(), m.end())
                start, status = self._status_before(pos)
                return TitleMatch(start, body.end, role, body, status)
        if _NOT_A_ROLE_BEFORE.search(self.canon, max(0, pos - 12), pos):
            return None
        for role, pattern in self.g.roles:
            m = pattern.match(self.canon, pos)
            if not m:
                continue
            qualified = self.g.qualifier.match(self.canon, m.end())
            sp = _SPACE.match(self.canon, qualified.end() if qualified else m.end())
            found = self.body_at(sp.end()) if sp else None
            concurrent = _CONCURRENT.match(self.canon, m.end()) if found is None else None
            if concurrent and "kiêm" not in concurrent.group(0) and len(m.group(0).split()) < 2:
                concurrent = None  # "Tạ Xuân Chánh - Tỉnh ủy viên": a name ending like a role, then its titles
            shared = self.title_at(concurrent.end()) if concurrent else None
            if shared is not None:  # "Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh": one body for both
                start, status = self._status_before(pos)
                return TitleMatch(start, m.end(), role, shared.body, status)
            if found is None and sp is not None:
                found = self._organ_shared_with_next(sp.end())
            if found is None and len(m.group(0).split()) > 1:  # one word may end a name: "Tạ Xuân Chánh, …"
                shared_body = self._body_shared_with_next(role, m.end())
                if shared_body is not None:
                    start, status = self._status_before(pos)
                    return TitleMatch(start, m.end(), role, shared_body, status)
            if found is None or (role in lx.ELECTED_ROLES and found.key not in lx.ELECTED_BODIES):
                return None
            start, status = self._status_before(pos)
            return TitleMatch(start, found.end, role, found, status)
        return None

    def _body_shared_with_next(self, role: str, pos: int) -> BodyMatch | None:
        """A role written bare before a comma and the next title: ``Phó Tư lệnh, Tham mưu trưởng Quân khu N``
        (the next title's body), ``Phó Bí thư, Chủ tịch UBND tỉnh`` (the Party committee of its level)."""
        sep = _SHARED_GAP.match(self.canon, pos)
        following = self.title_at(sep.end()) if sep and sep.end() > pos else None
        if following is None:
            return None
        body = following.body
        if role not in _PARTY_ROLES:
            return None if party_committee_of(body) or following.role in _PARTY_ROLES else body
        return party_committee_of(body) or committee_at_level(body)

    def _organ_shared_with_next(self, pos: int) -> BodyMatch | None:
        """``Ủy viên Ban Thường trực, Trưởng Ban Phong trào Ủy ban MTTQ tỉnh``, ``Ủy viên Ủy ban, Ủy viên Ban
        Thường trực Ủy ban MTTQ tỉnh``: an organ (or the committee itself) written bare, of the body the next
        title names."""
        # The word itself: the committee ("Ủy ban"), or one of its organs ("Ban Thường trực", key, name).
        bare = _BARE_COMMITTEE.match(self.canon, pos)
        organ = None if bare else next(((key, m, name) for key, pattern, name in self.g.state_organs
                                        if (m := pattern.match(self.canon, pos))), None)
        word = bare or (organ[1] if organ else None)
        sep = _SHARED_GAP.match(self.canon, word.end()) if word else None
        following = self.title_at(sep.end()) if sep else None
        if word is None or following is None:
            return None
        body = following.body
        parent = body if body.key in lx.STATE_ORGAN_PARENTS else body.parent
        if parent is None or parent.key not in lx.STATE_ORGAN_PARENTS:
            return None
        if organ is None:
            return replace(parent, start=pos, end=word.end())
        key, _, name = organ
        return BodyMatch(pos, word.end(), key, parent.kind, name, parent.scope, parent=parent,
                         province_name=parent.province_name, level=parent.level, locality=parent.locality)

    def _fused_body(self, key: str, start: int, end: int) -> BodyMatch:
        if key == "local_committee":  # "Huyện ủy viên": the district is the article's
            word = self.canon[start:end].split()[0].capitalize() + " ủy"
            level = next(lv for lv, committee in _DISTRICT_COMMITTEES.items() if committee == word)
            return BodyMatch(start, end, key, OrgKind.LOCAL_PARTY_COMMITTEE, word, lx.Scope.PROVINCIAL,
                             locality=level, bare=True)
        if key == "provincial_committee":
            word = self.canon[start:end].lower()
            end, prov, _, _ = self._location(end, allow_bare_name=True)
            level = "thành phố" if word.startswith("thành") else "tỉnh"
            return BodyMatch(start, end, key, OrgKind.PROVINCIAL_PARTY_COMMITTEE, "{committee}",
                             lx.Scope.PROVINCIAL, province_name=prov, level=level)
        for k, kind, _, name in self.g.central:
            if k == key:
                return BodyMatch(start, end, k, kind, name, lx.Scope.CENTRAL)
        raise KeyError(f"fused title names unknown body {key!r}")

    def titles(self) -> list[TitleMatch]:
        """Every title in the text, left to right, non-overlapping."""
        starts = {m.start() for m in self.g.role_any.finditer(self.canon, self._lowered)}
        starts |= {m.start() for m in self.g.fused_any.finditer(self.canon, self._lowered)}
        return _scan(sorted(starts), self.title_at)

    def bodies(self) -> list[BodyMatch]:
        """Every body named in the text, left to right, non-overlapping (titles' bodies included)."""
        return _scan([m.start() for m in self.g.body_start.finditer(self.canon, self._lowered)], self.body_at)


class _Spanned(Protocol):
    @property
    def end(self) -> int: ...


SpannedT = TypeVar("SpannedT", bound=_Spanned)


def _scan(starts: Iterable[int], parse_at: Callable[[int], SpannedT | None]) -> list[SpannedT]:
    """Parse at each candidate start, skipping starts inside what was already found."""
    found: list[SpannedT] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        match = parse_at(start)
        if match is not None:
            found.append(match)
            pos = match.end
    return found
