"""Parse bodies (Tỉnh ủy, HĐND tỉnh, Sở Xây dựng …) and titles (role + body) at a position.

All parsing runs on the article's tone-canonical text with case-insensitive patterns,
plus a folded copy for the gazetteer; both have the article's offsets, so every
match is a span of the article itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Protocol, TypeVar

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.models import OccupancyStatus, OrgKind


def compile_fragment(fragment: str) -> re.Pattern[str]:
    """Compile a lexicon fragment: case-insensitive, any run of spaces where it has one."""
    return re.compile("(?i)(?:" + fragment.replace(" ", r"\s+") + ")")


@dataclass(frozen=True)
class BodyMatch:
    """A body named in the text, before it is tied to a province and minted as an Organization."""

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

    @property
    def is_party_committee(self) -> bool:
        return self.key in {"provincial_committee", "bloc_committee"}


@dataclass(frozen=True)
class TitleMatch:
    """A role in a body: ``Phó Bí thư Thường trực Tỉnh ủy``."""

    start: int
    end: int
    role: str
    body: BodyMatch
    status: OccupancyStatus = OccupancyStatus.CURRENT


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns, built once per process."""

    roles: tuple[tuple[str, re.Pattern[str]], ...]
    role_any: re.Pattern[str]
    organs: tuple[tuple[str, OrgKind, re.Pattern[str], str], ...]
    provincial_committee: re.Pattern[str]
    bloc_committee: re.Pattern[str]
    central: tuple[tuple[str, OrgKind, re.Pattern[str], str], ...]
    provincial: tuple[tuple[str, OrgKind, re.Pattern[str], str], ...]
    departments: tuple[tuple[re.Pattern[str], str], ...]
    fused: tuple[tuple[re.Pattern[str], str, str], ...]
    level: re.Pattern[str] = field(default=compile_fragment(r" (?:" + lx.LEVEL + r")(?![\w])"))
    modifier: re.Pattern[str] = field(
        default=compile_fragment(r"(?:" + lx.FORMER + "|" + lx.ACTING + r") $"))


def _bounded(fragment: str) -> re.Pattern[str]:
    return compile_fragment(fragment + lx.E)


@cache
def grammar() -> Grammar:
    roles = tuple((code, _bounded(p)) for code, p in lx.ROLE_PATTERNS)
    return Grammar(
        roles=roles,
        role_any=compile_fragment(lx.B + "(?:" + "|".join(p for _, p in lx.ROLE_PATTERNS) + ")" + lx.E),
        organs=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.PARTY_ORGANS),
        provincial_committee=_bounded(lx.PROVINCIAL_COMMITTEE),
        bloc_committee=_bounded(lx.BLOC_COMMITTEE),
        central=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.CENTRAL_BODIES),
        provincial=tuple((k, kind, _bounded(p), name) for k, kind, p, name in lx.PROVINCIAL_BODIES),
        departments=tuple((_bounded(p), name) for p, name in lx.DEPARTMENTS),
        fused=tuple((compile_fragment(lx.B + p + lx.E), role, body) for p, role, body in lx.FUSED_TITLES),
    )


_SPACE = re.compile(r"\s+")
_WORD_START = re.compile(r"(?<![\w.])\w")
_SOR = re.compile(r"(?i)sở\s+")
# "Ban Bí thư" is a body and "Đại hội đại biểu" a congress: no role starts there.
_NOT_A_ROLE_BEFORE = re.compile(r"(?i)(?:\bban|đại hội)\s+$")


class Parser:
    """Title and body parsing over one article's text."""

    def __init__(self, canon: str, folded: str) -> None:
        self.canon = canon
        self.folded = folded
        self.g = grammar()

    # -- location ------------------------------------------------------------------------
    def _location(self, pos: int, allow_bare_name: bool) -> tuple[int, str | None, str | None]:
        """After a body: an optional level word (tỉnh, thành phố) and province name."""
        level = None
        m = self.g.level.match(self.canon, pos)
        if m:
            level = "thành phố" if m.group(0).strip().lower().startswith(("thành", "tp")) else "tỉnh"
            pos = m.end()
        if level or allow_bare_name:
            sp = _SPACE.match(self.canon, pos)
            if sp:
                pm = gazetteer.name_regex().match(self.folded, sp.end())
                if pm:
                    return pm.end(), self.canon[pm.start():pm.end()], level
        return pos, None, level

    @staticmethod
    def _level_of(text: str) -> str | None:
        low = text.lower()
        if "thành" in low:
            return "thành phố"
        if "tỉnh" in low or low.strip() == "tu":
            return "tỉnh"
        return None

    # -- committees ------------------------------------------------------------------------
    def _committee(self, pos: int) -> BodyMatch | None:
        """A Party committee at ``pos``: provincial, bloc or the Central Committee."""
        m = self.g.bloc_committee.match(self.canon, pos)
        if m:
            bloc = (m.group("bloc") or "").strip()
            end, prov, level = self._location(m.end(), allow_bare_name=False)
            written_level = level or self._level_of(m.group(0).split("khối")[-1] if bloc else "")
            return BodyMatch(pos, end, "bloc_committee", OrgKind.BLOC_PARTY_COMMITTEE,
                             "Đảng ủy Khối", lx.Scope.PROVINCIAL, detail=" ".join(bloc.lower().split()),
                             province_name=prov, level=written_level)
        m = self.g.provincial_committee.match(self.canon, pos)
        if m:
            end, prov, _ = self._location(m.end(), allow_bare_name=True)
            return BodyMatch(pos, end, "provincial_committee", OrgKind.PROVINCIAL_PARTY_COMMITTEE,
                             "{committee}", lx.Scope.PROVINCIAL, province_name=prov,
                             level=self._level_of(m.group(0)) or "tỉnh")
        for key, kind, pattern, name in self.g.central:
            if key != "central_committee":
                continue
            m = pattern.match(self.canon, pos)
            if m:
                return BodyMatch(pos, m.end(), key, kind, name, lx.Scope.CENTRAL)
        return None

    def _organ(self, pos: int) -> BodyMatch | None:
        for key, kind, pattern, name in self.g.organs:
            m = pattern.match(self.canon, pos)
            if not m:
                continue
            sp = _SPACE.match(self.canon, m.end())
            committee = self._committee(sp.end()) if sp else None
            if committee is None:
                if key != "standing_committee":
                    continue
                # "Ủy viên Ban Thường vụ" with the committee left implicit: the provincial one.
                committee = BodyMatch(m.end(), m.end(), "provincial_committee",
                                      OrgKind.PROVINCIAL_PARTY_COMMITTEE, "{committee}", lx.Scope.PROVINCIAL,
                                      level="tỉnh")
                return BodyMatch(pos, m.end(), key, kind, name, lx.Scope.PROVINCIAL, parent=committee)
            scope = committee.scope
            return BodyMatch(pos, committee.end, key, kind, name, scope, parent=committee,
                             province_name=committee.province_name, level=committee.level)
        return None

    def body_at(self, pos: int) -> BodyMatch | None:
        """The longest body that starts exactly at ``pos``."""
        organ = self._organ(pos)
        if organ:
            return organ
        for key, kind, pattern, name in self.g.central:
            if key == "central_committee":
                continue
            m = pattern.match(self.canon, pos)
            if m:
                return BodyMatch(pos, m.end(), key, kind, name, lx.Scope.CENTRAL)
        committee = self._committee(pos)
        if committee:
            return committee
        for key, kind, pattern, name in self.g.provincial:
            m = pattern.match(self.canon, pos)
            if m:
                end, prov, level = self._location(m.end(), allow_bare_name=False)
                return BodyMatch(pos, end, key, kind, name, lx.Scope.PROVINCIAL, province_name=prov, level=level)
        m = _SOR.match(self.canon, pos)
        if m:
            for pattern, dept in self.g.departments:
                d = pattern.match(self.canon, m.end())
                if d:
                    end, prov, level = self._location(d.end(), allow_bare_name=False)
                    return BodyMatch(pos, end, "department", OrgKind.DEPARTMENT, f"Sở {dept}",
                                     lx.Scope.PROVINCIAL, detail=dept.lower(), province_name=prov, level=level)
        return None

    # -- titles ----------------------------------------------------------------------------
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
            sp = _SPACE.match(self.canon, m.end())
            found = self.body_at(sp.end()) if sp else None
            if found is None or (role in lx.ELECTED_ROLES and found.key not in lx.ELECTED_BODIES):
                return None
            start, status = self._status_before(pos)
            return TitleMatch(start, found.end, role, found, status)
        return None

    def _fused_body(self, key: str, start: int, end: int) -> BodyMatch:
        if key == "provincial_committee":
            word = self.canon[start:end].lower()
            end, prov, _ = self._location(end, allow_bare_name=True)
            level = "thành phố" if word.startswith("thành") else "tỉnh"
            return BodyMatch(start, end, key, OrgKind.PROVINCIAL_PARTY_COMMITTEE, "{committee}",
                             lx.Scope.PROVINCIAL, province_name=prov, level=level)
        for k, kind, _, name in self.g.central:
            if k == key:
                return BodyMatch(start, end, k, kind, name, lx.Scope.CENTRAL)
        raise KeyError(f"fused title names unknown body {key!r}")

    def titles(self) -> list[TitleMatch]:
        """Every title in the text, left to right, non-overlapping."""
        starts = {m.start() for m in self.g.role_any.finditer(self.canon)}
        starts |= {m.start() for p, _, _ in self.g.fused for m in p.finditer(self.canon)}
        return _scan(sorted(starts), self.title_at)

    def bodies(self) -> list[BodyMatch]:
        """Every body named in the text, left to right, non-overlapping (titles' bodies included)."""
        return _scan([m.start() for m in _WORD_START.finditer(self.canon)], self.body_at)


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
