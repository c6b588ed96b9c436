"""Sessions a Party committee holds: ``Hội nghị (Ban Chấp hành …) (mở rộng) lần thứ N``.

The body comes from the words around the session (``Hội nghị lần thứ 2 Ban Chấp
hành Đảng bộ tỉnh``, ``BCH Đảng bộ tỉnh … tổ chức hội nghị lần thứ 2``); the term
from ``khóa K`` written after a body of the same Party organisation (its Ban Chấp
hành, Ban Thường vụ, Ủy ban Kiểm tra …), never after ``Đại hội`` (a congress opens
the next term); the date from the session's sentence (``Sáng 9-11``), with the year
of publication. A resolution *of* a session (``Nghị quyết Hội nghị lần thứ 11``) is
a reference, not a report.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol, TypeVar

from kg.dates import DAY_MONTH, FULL_DATE, make_date, resolve_day_month
from kg.extract.grammar import BodyMatch, Parser
from kg.models import DatePrecision, MeetingKind, OrgKind, PartialDate
from kg.text import roman_numeral

Span = tuple[int, int]

WORD_ORDINALS = {"nhất": 1, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "lăm": 5, "sáu": 6,
                 "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_UNITS = "mốt|một|hai|ba|bốn|tư|lăm|năm|sáu|bảy|tám|chín"
# "mười bốn" (14), "hai mươi" (20), "hai mươi mốt" (21), or one word: "thứ tám".
_WORD_NUMBER = (rf"(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi|mười)(?:\s+(?:{_UNITS})(?![\w]))?"
                r"|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín")
_ORDINAL = r"(?P<ord>\d{1,3}|[ivxlc]{1,7}(?![\w])|" + _WORD_NUMBER + r")"
_HOI_NGHI = re.compile(r"(?i)(?<![\w])hội\s+nghị(?![\w])")
_KY_HOP = re.compile(r"(?i)(?<![\w])kỳ\s+họp\s+(?:thứ\s+)?" + _ORDINAL + r"(?![\w])")
_PHIEN = re.compile(r"(?i)(?<![\w])(?:họp\s+phiên|phiên\s+họp)\s+(?:thứ\s+)?" + _ORDINAL + r"(?![\w])")
_HELD_BY = re.compile(r"(?i)[^.;]{0,80}?(?:tổ\s+chức|họp)\s+")
_DATED_SITTING = re.compile(r"(?i)(?<![\w])phiên\s+họp\s+(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?"
                            r"\s+(?:của\s+)?")
_DAI_HOI = re.compile(r"(?i)(?<![\w])đại\s+hội(?:\s+đại\s+biểu)?(?![\w])")
_PLENUM_NUMBER = re.compile(r"\s+(?P<ord>\d{1,2})(?P<ext>)(?![\w/.-])")
_AFTER_CONGRESS = re.compile(r"(?i)\s*,?\s+lần\s+(?:thứ\s+)?" + _ORDINAL + r"(?![\w])")
_EXTRAORDINARY_AFTER = re.compile(r"(?i)\s*\(\s*phiên\s+bất\s+thường\s*\)|\s+(?:phiên\s+)?bất\s+thường(?![\w])")
_TRAILING = re.compile(r"(?i)\s*,?\s+(?:(?:ban\s+chấp\s+hành|(?-i:BCH))\s+)?")
_BODY_NEXT = re.compile(r"(?i)\s*,?\s*(?:(?:ban\s+chấp\s+hành|(?-i:BCH))\s+)?")
# The committee a congress has just elected, named by its level only: "Ban Chấp hành Đảng bộ xã".
_NEW_EXECUTIVE = re.compile(r"(?i)\s*,?\s+(?:của\s+)?(?:ban\s+chấp\s+hành|(?-i:BCH))(?:\s+đảng\s+bộ(?:\s+(?:xã|phường|"
                            r"thị\s+trấn|huyện|thị\s+xã|quận|tỉnh|thành\s+phố))?)?(?![\w])")
_TIME_PHRASE = re.compile(r"(?i)\s*,?\s*(?:(?:diễn\s+ra|được\s+tổ\s+chức)\s+(?:vào\s+)?)?"
                          r"(?:sáng|chiều|tối|trưa|ngày)\s+[\d/.-]{3,10}\s*,\s*")
_TRAILING_SITTING = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*,?\s*(?:của\s+)?")
_SPACES = re.compile(r"\s+")
# Bodies a congress elects for a term, whose plenary sessions are numbered like a Party committee's.
_ELECTED = frozenset({OrgKind.FATHERLAND_FRONT, OrgKind.MASS_ORGANIZATION})
_COUNCILS = frozenset({"peoples_council", "national_assembly", "inspection"})
_AFTER_HOI_NGHI = re.compile(
    r"(?i)\s*,?\s+(?:(?:ban chấp hành|bch)\s+)?(?:khóa\s+[ivxlc\d]{1,7}\s*,?\s+)?(?:\([^()\n]{1,20}\)\s+)?"
    r"(?P<ext>mở\s+rộng\s+)?lần\s+(?:thứ\s+)?"
    + _ORDINAL + r"(?![\w])"
)
_TERM = re.compile(r"(?i)\s*,?\s*khóa\s+(?P<k>[ivxlc]{1,7}|\d{1,3})(?![\w])"
                   r"(?:\s*,?\s*nhiệm\s+kỳ\s+(?P<y1>\d{4})\s*[-–]\s*(?P<y2>\d{4}))?")
# What a session's resolution, a goal or a submission names ("trình Kỳ họp thứ 9"; its programme,
# "chương trình Kỳ họp thứ 7", is the session itself).
_REFERENCE_BEFORE = re.compile(r"(?i)(?<![\w])(?:nghị\s+quyết|chào\s+mừng|tiến\s+tới|chuẩn\s+bị|hướng\s+tới|"
                               r"văn\s+kiện|(?<!chương\s)trình)\s+(?:các\s+)?$")
_PLANNED_AFTER = re.compile(r"(?i)[^,.;:\n]{0,60}?\s(?:dự\s+kiến|theo\s+kế\s+hoạch)\s+(?:sẽ\s+)?(?:được\s+)?"
                            r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|họp|triệu\s+tập)(?![\w])")
_CONGRESS_BEFORE = re.compile(r"(?i)đại\s+hội(?:\s+đại\s+biểu)?\s+$")
_TIME_OF_DAY = re.compile(r"(?i)(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:ngày\s+)?$")
_KINDS = (
    (re.compile(r"(?i)bất\s+thường"), MeetingKind.EXTRAORDINARY),
    (re.compile(r"(?i)chuyên\s+đề"), MeetingKind.THEMATIC),
)


def parse_ordinal(token: str) -> int | None:
    """``32``, ``XIX``, ``tám`` or ``mười bốn`` as an integer; None for what is no ordinal (``thứ 0``)."""
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token) or None
    if token in WORD_ORDINALS:
        return WORD_ORDINALS[token]
    words = token.split(" ")
    if all(w in WORD_ORDINALS or w == "mươi" for w in words) and len(words) <= 3:
        tens = 1 if words[0] == "mười" else WORD_ORDINALS[words[0]]
        rest = words[1:] if words[0] == "mười" else words[2:]
        return tens * 10 + (WORD_ORDINALS[rest[0]] if rest else 0)
    return roman_numeral(token)


@dataclass
class MeetingMention:
    """One place the article names a session, before mentions are grouped into meetings."""

    start: int
    end: int
    ordinal: int | None
    kind: MeetingKind
    sentence: Span
    body: BodyMatch | None = None
    term: int | None = None
    period: tuple[int, int] | None = None
    executive_end: int | None = None  # "… lần thứ nhất Ban Chấp hành Đảng bộ xã khóa I": the congress's committee


@dataclass
class MeetingFacts:
    """A session with every place the article mentions it."""

    mentions: list[MeetingMention] = field(default_factory=list)
    date: PartialDate | None = None

    @property
    def first(self) -> MeetingMention:
        return self.mentions[0]


def committee_root(body: BodyMatch) -> BodyMatch:
    """The Party committee a body belongs to (an organ's parent, or itself)."""
    while body.parent is not None:
        body = body.parent
    return body


def same_committee(a: BodyMatch, b: BodyMatch) -> bool:
    """Two bodies of one organisation; an unnamed "Đảng ủy Khối" matches the article's bloc, and a body
    written without its province matches the same body written with it."""
    ra, rb = committee_root(a), committee_root(b)
    details_agree = ra.detail == rb.detail or not ra.detail or not rb.detail
    provinces_agree = ra.province_name == rb.province_name or not ra.province_name or not rb.province_name
    return ra.key == rb.key and provinces_agree and details_agree


def term_after(text: str, body: BodyMatch) -> tuple[int, tuple[int, int] | None] | None:
    """``khóa K`` (and ``nhiệm kỳ Y1-Y2``) written right after a body."""
    m = _TERM.match(text, body.end)
    if not m or _CONGRESS_BEFORE.search(text, max(0, body.start - 20), body.start):
        return None
    ordinal = parse_ordinal(m.group("k"))
    if ordinal is None:
        return None
    period = (int(m.group("y1")), int(m.group("y2"))) if m.group("y1") else None
    return ordinal, period


def _term_at(text: str, pos: int) -> tuple[int, tuple[int, int] | None] | None:
    """``khóa K`` right after a whole session phrase: ``Hội nghị Trung ương 10 khóa XIII``."""
    m = _TERM.match(text, pos)
    ordinal = parse_ordinal(m.group("k")) if m else None
    if m is None or ordinal is None:
        return None
    return ordinal, (int(m.group("y1")), int(m.group("y2"))) if m.group("y1") else None


def sentence_of(sentences: list[Span], pos: int) -> Span:
    """The sentence (of ``sentences``, in text order) holding ``pos``, else the empty span at it."""
    i = bisect_right(sentences, (pos, 1 << 62)) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return (pos, pos)


def find_meeting_mentions(text: str, parser: Parser, sentences: list[Span], bodies: list[BodyMatch],
                          lead_end: int) -> list[MeetingMention]:
    """Every place the article reports a session: conferences, council sittings, congresses."""
    found = [m for a in _HOI_NGHI.finditer(text) if (m := _conference(text, parser, sentences, bodies, a))]
    found += [m for a in _KY_HOP.finditer(text) if (m := _sitting(text, parser, sentences, bodies, a))]
    found += [m for a in _PHIEN.finditer(text) if (m := _plenary_sitting(text, sentences, bodies, a))]
    found += [m for a in _DATED_SITTING.finditer(text) if (m := _dated_sitting(text, parser, sentences, a))]
    found += [m for a in _DAI_HOI.finditer(text) if a.start() < lead_end
              and (m := _congress(text, parser, sentences, bodies, a))]
    congress = next((m.body for m in found if m.kind is MeetingKind.CONGRESS and m.body is not None), None)
    for mention in found:
        if mention.body is None and mention.executive_end is not None and congress is not None:
            mention.body = congress
            term = _term_at(text, mention.executive_end)
            if term:
                mention.term, mention.period = term
        window = text[mention.sentence[0]:mention.sentence[1]]
        for pattern, special in _KINDS:
            if pattern.search(window) and mention.kind is not MeetingKind.CONGRESS:
                mention.kind = special
        if mention.body is not None and mention.term is None:
            term = term_after(text, mention.body) or _term_at(text, mention.end)
            if term:
                mention.term, mention.period = term
    return sorted(found, key=lambda m: m.start)


def _referenced(text: str, anchor: re.Match[str]) -> bool:
    """A session named as the source of a resolution, as a goal (chào mừng, tiến tới …) or as planned
    (``Kỳ họp thứ 10 HĐND tỉnh khóa X dự kiến tổ chức vào …``): not one the article reports."""
    return bool(_REFERENCE_BEFORE.search(text, max(0, anchor.start() - 16), anchor.start())
                or _PLANNED_AFTER.match(text, anchor.end()))


def _conference(text: str, parser: Parser, sentences: list[Span], bodies: list[BodyMatch],
                anchor: re.Match[str]) -> MeetingMention | None:
    """``Hội nghị (Ban Chấp hành …) (mở rộng) lần thứ N``, or an extraordinary one without N."""
    if _referenced(text, anchor):
        return None
    sentence = sentence_of(sentences, anchor.start())
    after = _SPACES.match(text, anchor.end())
    body = parser.body_at(after.end()) if after else None
    tail = _AFTER_HOI_NGHI.match(text, body.end if body else anchor.end())
    if not tail and body is not None and body.key == "central_committee":
        tail = _PLENUM_NUMBER.match(text, body.end)  # "Hội nghị Trung ương 10 khóa XIII"
    if not tail:
        extraordinary = _EXTRAORDINARY_AFTER.match(text, body.end if body else anchor.end())
        if extraordinary is None:
            return _held_by_committee(text, sentence, bodies, anchor)
        if body is None:  # "Ban Chấp hành Đảng bộ … tổ chức hội nghị (phiên bất thường)"
            body = _subject_body(bodies, sentence, anchor.start(), lambda b: b.is_party_committee)
        if body is None or not body.is_party_committee:
            return None
        return MeetingMention(anchor.start(), extraordinary.end(), None, MeetingKind.EXTRAORDINARY, sentence, body)
    ordinal = parse_ordinal(tail.group("ord"))
    if ordinal is None:
        return None
    kind = MeetingKind.EXTENDED if tail.group("ext") else MeetingKind.REGULAR
    end = tail.end()
    for gap in (_TRAILING, _TIME_PHRASE):  # "Hội nghị lần thứ 2 Ban Chấp hành …", "…, chiều 14-10, BCH …"
        trailing = gap.match(text, end) if body is None else None
        body = parser.body_at(trailing.end()) if trailing else body
        if body is not None and trailing is not None:
            end = body.end
    if body is not None and body.bare and _NEW_EXECUTIVE.match(text, tail.end()):
        body, end = None, tail.end()  # "… lần thứ nhất Ban Chấp hành Đảng bộ xã khóa I": the congress's committee
    if body is None:  # "BCH Đảng bộ tỉnh …, Ủy ban MTTQ Việt Nam tỉnh khóa XII … tổ chức Hội nghị lần thứ 9"
        body = _subject_body(bodies, sentence, anchor.start(), lambda b: b.is_party_committee or b.kind in _ELECTED)
    executive = _NEW_EXECUTIVE.match(text, end) if body is None else None
    return MeetingMention(anchor.start(), executive.end() if executive else end, ordinal, kind, sentence, body,
                          executive_end=executive.end() if executive else None)


def _sitting(text: str, parser: Parser, sentences: list[Span], bodies: list[BodyMatch],
             anchor: re.Match[str]) -> MeetingMention | None:
    """``Kỳ họp thứ N`` of a People's Council, the National Assembly or a Party inspection commission."""
    if _referenced(text, anchor):
        return None
    ordinal = parse_ordinal(anchor.group("ord"))
    if ordinal is None:
        return None
    sentence = sentence_of(sentences, anchor.start())
    trailing = _TRAILING_SITTING.match(text, anchor.end())
    body = parser.body_at(trailing.end()) if trailing else None
    if body is None or body.key not in _COUNCILS:
        body = _subject_body(bodies, sentence, anchor.start(), lambda b: b.key in _COUNCILS) or _clause_subject(
            text, sentence, bodies, anchor.end())
    if body is None:
        return None
    return MeetingMention(anchor.start(), max(anchor.end(), body.end if body.start > anchor.start() else 0),
                          ordinal, MeetingKind.REGULAR, sentence, body)


_CLAUSE_BREAK = re.compile(r",\s*$")


def _clause_subject(text: str, sentence: Span, bodies: list[BodyMatch], pos: int) -> BodyMatch | None:
    """``Tại Kỳ họp thứ 19 diễn ra …, Ủy ban Kiểm tra Trung ương khóa XIII đã …``: the council or commission
    that opens the clause after the session's phrase, no other body between."""
    after = [b for b in bodies if pos <= b.start and b.end <= sentence[1]]
    first = after[0] if after else None
    if first is None or first.key not in _COUNCILS or not _CLAUSE_BREAK.search(text, pos, first.start):
        return None
    return first


def _held_by_committee(text: str, sentence: Span, bodies: list[BodyMatch], anchor: re.Match[str]
                       ) -> MeetingMention | None:
    """``Ban Chấp hành Đảng bộ tỉnh khóa XVII … tổ chức hội nghị công bố quyết định …``: a session without a
    number, held by the Party committee the sentence opens with."""
    body = _subject_body(bodies, sentence, anchor.start(), lambda b: b.is_party_committee)
    if body is None or not _HELD_BY.fullmatch(text, body.end, anchor.start()) or _referenced(text, anchor):
        return None
    return MeetingMention(anchor.start(), anchor.end(), None, MeetingKind.REGULAR, sentence, body)


def _dated_sitting(text: str, parser: Parser, sentences: list[Span], anchor: re.Match[str]) -> MeetingMention | None:
    """``phiên họp ngày 28-9 của Ban Thường vụ Tỉnh ủy khóa XXII``: a session known by its day."""
    body = parser.body_at(anchor.end())
    if body is None or (not body.is_party_committee and body.parent is None):
        return None
    return MeetingMention(anchor.start(), body.end, None, MeetingKind.REGULAR, sentence_of(sentences, anchor.start()),
                          body)


def _plenary_sitting(text: str, sentences: list[Span], bodies: list[BodyMatch],
                     anchor: re.Match[str]) -> MeetingMention | None:
    """``Ban Chấp hành … khóa K đã họp phiên thứ nhất``, ``tại phiên họp thứ nhất, Ban Chấp hành …``: a new
    committee's first session."""
    ordinal = parse_ordinal(anchor.group("ord"))
    sentence = sentence_of(sentences, anchor.start())
    body = _subject_body(bodies, sentence, anchor.start(), lambda b: b.is_party_committee) or next(
        (b for b in bodies if anchor.end() <= b.start and b.is_party_committee
         and _BODY_NEXT.fullmatch(text, anchor.end(), b.start)), None)
    if ordinal is None or body is None:
        return None
    return MeetingMention(anchor.start(), anchor.end(), ordinal, MeetingKind.REGULAR, sentence, body)


def _congress(text: str, parser: Parser, sentences: list[Span], bodies: list[BodyMatch],
              anchor: re.Match[str]) -> MeetingMention | None:
    """``Đại hội <body> lần thứ N`` reported in the title or lead (elsewhere a congress is a reference)."""
    if _referenced(text, anchor):
        return None
    after = _SPACES.match(text, anchor.end())
    body = parser.body_at(after.end()) if after else None
    tail = _AFTER_CONGRESS.match(text, body.end if body else anchor.end())
    sentence = sentence_of(sentences, anchor.start())
    if body is None and tail is not None:  # "Đảng bộ xã X tổ chức Đại hội đại biểu lần thứ I"
        body = _subject_body(bodies, sentence, anchor.start(), lambda b: True)
    if body is None or tail is None:
        return None
    ordinal = parse_ordinal(tail.group("ord"))
    if ordinal is None:
        return None
    return MeetingMention(anchor.start(), tail.end(), ordinal, MeetingKind.CONGRESS, sentence, body)


def _subject_body(bodies: list[BodyMatch], sentence: Span, pos: int,
                  accept: Callable[[BodyMatch], bool]) -> BodyMatch | None:
    """The body named in the same sentence before the session: ``BCH … tổ chức hội nghị``."""
    candidates = [b for b in bodies if sentence[0] <= b.start and b.end <= pos and accept(b)]
    return candidates[-1] if candidates else None


def group_meetings(mentions: list[MeetingMention], text: str, bodies: list[BodyMatch],
                   published: PartialDate | None) -> list[MeetingFacts]:
    """One MeetingFacts per (committee, ordinal); fill term and date from all mentions."""
    groups: list[MeetingFacts] = []
    for m in mentions:
        congress = m.kind is MeetingKind.CONGRESS  # "Đại hội … lần thứ I" and the "hội nghị lần thứ nhất" after it
        # A group's body is the most specific its mentions name: in a roundup, the lead's "kỳ họp thứ nhất"
        # joins the first province's sitting, and the next province's is another sitting.
        target = next((g for g in groups if g.first.ordinal == m.ordinal
                       and (m.ordinal is not None or _same_organ(m.body, g.first.body))
                       and (g.first.kind is MeetingKind.CONGRESS) == congress and (
            m.body is None or (known := _group_body(g)) is None or same_committee(m.body, known))), None)
        if target is None:
            target = MeetingFacts()
            groups.append(target)
        target.mentions.append(m)
    for g in groups:
        body = next((m.body for m in g.mentions if m.body is not None), None)
        for m in g.mentions:
            m.body = m.body or body
        stated = next((m for m in g.mentions if m.term is not None), None)
        if stated is not None:
            g.first.term, g.first.period = stated.term, stated.period
        elif body is not None:
            term = article_term(text, bodies, body)
            if term:
                g.first.term, g.first.period = term
        g.date = next((d for m in g.mentions if (d := date_in(text, m.sentence, published, m.start)
                                                  or _same_day(text, m.sentence, published))), None)
        if g.date is not None and g.date.precision is DatePrecision.DAY:
            g.date = _first_day(text, g, g.date, published)
            if g.first.kind is MeetingKind.CONGRESS:
                g.date = _past_preparatory(text, g.date, published)
    congress_group = next((g for g in groups if g.first.kind is MeetingKind.CONGRESS), None)
    for g in groups:
        if g.date is None and congress_group is not None and g is not congress_group and any(
                _AFTER_CLOSING.search(text, *m.sentence) for m in g.mentions):
            g.date = _closing_day(text, congress_group, published)
    return groups


_AFTER_CLOSING = re.compile(r"(?i)ngay\s+sau\s+(?:khi\s+)?(?:(?:đại\s+hội|phiên)\s+)?(?:bế\s+mạc|kết\s+thúc)(?![\w])")
_CLOSED = re.compile(r"(?i)(?<![\w])bế\s+mạc(?![\w])")


def _closing_day(text: str, congress: MeetingFacts, published: PartialDate | None) -> PartialDate | None:
    """The day a congress closed, for the session held "ngay sau khi Đại hội bế mạc": the date written
    nearest its ``bế mạc`` (past a ``từ ngày 14 đến 16-10`` range), else the congress's own day."""
    for m in congress.mentions:
        s, e = m.sentence
        closed = _CLOSED.search(text, s, e)
        if closed:
            after_range = max((r.end() for r in _DAY_RANGE.finditer(text, s, e)), default=s)
            day = date_in(text, (after_range, e), published, closed.start())
            if day is not None:
                return day
    return congress.date


# A day and month (its two groups), and the time of day that may come before it: "chiều 14-5", "sáng ngày 2/10".
_DAY = DAY_MONTH.pattern
_WHEN = r"(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?"
_OPENED = re.compile(rf"(?i)khai\s+mạc\s+(?:phiên\s+chính\s+thức\s+)?(?:từ\s+|vào\s+)?{_WHEN}{_DAY}")
_DAYS_OF_WORK = re.compile(r"(?i)(?:sau|trải\s+qua)\s+(\d|hai|ba|bốn|năm)\s+ngày\s+(?:làm\s+việc|họp|diễn\s+ra)")


def _first_day(text: str, group: MeetingFacts, reported: PartialDate, published: PartialDate | None) -> PartialDate:
    """A session over several days is dated by its first: the day it opened (``Kỳ họp khai mạc từ sáng
    11-12``), else the closing day less the days of work (``Sau 3 ngày làm việc, chiều 13-12, …``)."""
    for m in group.mentions:
        s, e = m.sentence
        opened = _OPENED.search(text, s, min(len(text), e + 300))
        if opened:
            day = resolve_day_month(int(opened.group(1)), int(opened.group(2)), published)
            if day is not None and day.value <= reported.value:
                return day
        days = _DAYS_OF_WORK.search(text, s, e)
        if days and not _DAY_RANGE.search(text, s, e):
            n = int(days.group(1)) if days.group(1).isdigit() else WORD_ORDINALS[days.group(1).lower()]
            return PartialDate(value=reported.value - timedelta(days=n - 1), precision=DatePrecision.DAY)
    return reported


_PREPARATORY_WORDS = rf"(?i)phiên\s+trù\s+bị\s+(?:vào\s+)?{_WHEN}"
# A day written with its time of day, before what was held then: "chiều 14-5 (phiên trù bị)".
_DAY_THEN = rf"(?i)(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?{_DAY}\s*[,(]?\s*"
# "phiên trù bị vào chiều 1/10", "từ chiều 14-5 (phiên trù bị)"
_PREPARATORY_DAYS = (re.compile(_PREPARATORY_WORDS + _DAY), re.compile(_DAY_THEN + r"phiên\s+trù\s+bị"))
_OFFICIAL_OPENING = re.compile(_DAY_THEN + r"(?:phiên\s+(?:họp\s+)?chính\s+thức|phiên\s+khai\s+mạc)")


def _past_preparatory(text: str, day: PartialDate, published: PartialDate | None) -> PartialDate:
    """A congress whose first day was its preparatory session (``phiên trù bị vào chiều 1/10``) is dated by
    its official session (``Sáng 2/10, phiên chính thức của Đại hội khai mạc``), written later."""
    def days(pattern: re.Pattern[str]) -> list[PartialDate]:
        return [d for m in pattern.finditer(text)
                if (d := resolve_day_month(int(m.group(1)), int(m.group(2)), published)) is not None]
    if all(d.value != day.value for pattern in _PREPARATORY_DAYS for d in days(pattern)):
        return day
    return min((d for d in days(_OFFICIAL_OPENING) if d.value > day.value), key=lambda d: d.value, default=day)


def _group_body(group: MeetingFacts) -> BodyMatch | None:
    """The most specific body the group's mentions name: one with its province, else any."""
    bodies = [m.body for m in group.mentions if m.body is not None]
    return next((b for b in bodies if committee_root(b).province_name), bodies[0] if bodies else None)


def _same_organ(a: BodyMatch | None, b: BodyMatch | None) -> bool:
    """Sessions without a number are one only when held by the same organ (a committee or its Ban Thường vụ)."""
    return a is not None and b is not None and a.key == b.key and same_committee(a, b)


def article_term(text: str, bodies: list[BodyMatch], body: BodyMatch) -> tuple[int, tuple[int, int] | None] | None:
    """The term most often written after a body of the same committee anywhere in the article."""
    votes: Counter[int] = Counter()
    periods: dict[int, tuple[int, int]] = {}
    for b in bodies:
        if not same_committee(b, body):
            continue
        term = term_after(text, b)
        if term:
            votes[term[0]] += 1
            if term[1]:
                periods[term[0]] = term[1]
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0], periods.get(ranked[0][0])


_DAY_RANGE = re.compile(r"(?i)(?:ngày\s+|\(\s*(?:từ\s+)?|từ\s+)(\d{1,2})"
                        r"\s*(?:và|đến|-|–)\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})"
                        r"(?:\s*[/.-]\s*((?:19|20)\d\d))?(?!\d)")


def date_in(text: str, sentence: Span, published: PartialDate | None, near: int | None = None) -> PartialDate | None:
    """The day a sentence reports: ``Sáng 9-11``, ``ngày 25/3/2020``, a day-month leading the sentence,
    or the first day of a range (``trong 2 ngày 21 và 22/6/2018``). With ``near``, of several such dates
    the one closest to that position (``Ngày 30/8, … tại kỳ họp diễn ra ngày 26/8``)."""
    s, e = sentence
    found: list[tuple[int, int, PartialDate | None]] = []  # start, end, date
    for span in _DAY_RANGE.finditer(text, s, e):
        day, month = int(span.group(1)), int(span.group(3))
        year = int(span.group(4)) if span.group(4) else None
        found.append((span.start(), span.end(), _dated(year, month, day, published)))
    for full in FULL_DATE.finditer(text, s, e):
        if _TIME_OF_DAY.search(text, max(s, full.start() - 12), full.start()) and not _covered(found, full.start()):
            found.append((full.start(), full.end(),
                          _dated(int(full.group(3)), int(full.group(2)), int(full.group(1)), published)))
    for m in DAY_MONTH.finditer(text, s, e):
        at_start = not text[s:m.start()].strip(" (-–")
        prefixed = _TIME_OF_DAY.search(text, max(s, m.start() - 12), m.start())
        if (prefixed or at_start) and not _covered(found, m.start()):
            found.append((m.start(), m.end(), resolve_day_month(int(m.group(1)), int(m.group(2)), published)))
    # The preparatory session the day before ("sau phiên trù bị chiều 11-8") is not the session reported.
    dated = [(pos, d) for pos, _, d in found if d is not None
             and not _PREPARATORY.search(text, max(s, pos - 30), pos)]
    if not dated:
        return None
    ranges = [(pos, d) for pos, d in dated if _DAY_RANGE.match(text, pos)]
    if ranges:  # a session over several days is dated by its first
        return ranges[0][1]
    if near is None:
        return min(dated, key=lambda x: x[0])[1]
    return min(dated, key=lambda x: abs(x[0] - near))[1]


_PREPARATORY = re.compile(_PREPARATORY_WORDS + "$")
_SAME_DAY = re.compile(r"(?i)\b(?:cùng\s+ngày|cũng\s+trong\s+ngày)\b")


def _same_day(text: str, sentence: Span, published: PartialDate | None) -> PartialDate | None:
    """``Chiều cùng ngày, …``: the day of the nearest date written before the sentence."""
    s, e = sentence
    if not _SAME_DAY.search(text, s, e):
        return None
    return date_in(text, (0, s), published, near=s)


def _covered(found: list[tuple[int, int, PartialDate | None]], pos: int) -> bool:
    """Whether a date read already spans ``pos`` (the day-month inside a full date or a range)."""
    return any(start <= pos < end for start, end, _ in found)


def _dated(year: int | None, month: int, day: int, published: PartialDate | None) -> PartialDate | None:
    if year is None:
        return resolve_day_month(day, month, published)
    d = make_date(year, month, day)
    return PartialDate(value=d, precision=DatePrecision.DAY) if d else None


# --- who chaired and who took part ----------------------------------------------------------
# Chairs written after the verb: "dưới sự chủ trì của A", "Dự và chủ trì hội nghị có A; B".
_CHAIR_OF = re.compile(r"(?i)sự\s+chủ\s+trì\s+của|chủ\s+trì(?:\s+(?:hội\s+nghị|kỳ\s+họp|buổi\s+\w+|cuộc\s+họp))?"
                       r"\s+(?:có|gồm)(?![\w])")
_CHAIRED = re.compile(r"(?i)(?<![\w])(?:đồng\s+)?chủ\s+trì(?![\w])")
_LIST_GAP = re.compile(r"(?i)^\s*(?:[;,:]|và)?\s*(?:các\s+)?(?:đồng\s+chí|ông|bà)?\s*:?\s*$")
_LEAD_IN = re.compile(r"(?i)^\s*(?:các\s+)?(?:đồng\s+chí|ông|bà)?[^.;!?\n]{0,40}?:?\s*$")
_TRAILER = re.compile(r"(?i)^\s*(?:,?\s*cùng\s+[^.;!?\n]{0,60})?$")
_ATTEND = re.compile(
    r"(?i)(?<![\w])(?:cùng\s+dự|tham\s+dự|có\s+mặt|dự\s+có|dự\s+(?:hội\s+nghị|buổi|kỳ\s+họp|lễ|đại\s+hội|"
    r"phiên|cuộc|họp))(?![\w])"
)
_ACTS_AFTER = re.compile(
    r"(?i)[\s,]*(?:\([^()]{0,30}\)\s*)?(?:đã\s+|cũng\s+)?(?:phát\s+biểu|báo\s+cáo|nhấn\s+mạnh|kết\s+luận|"
    r"trình\s+bày|chỉ\s+rõ|đề\s+nghị|yêu\s+cầu|giao|khẳng\s+định|cho\s+biết|chỉ\s+đạo|khai\s+mạc|"
    r"bế\s+mạc|quán\s+triệt|truyền\s+đạt|công\s+bố|điều\s+hành|đánh\s+giá|chủ\s+trì)(?![\w])"
)
_ACTS_BEFORE = re.compile(
    r"(?i)(?:(?<![\w])nghe|(?:phát\s+biểu|kết\s+luận)[^,.;\n]{0,30},)\s*(?:các\s+)?(?:đồng\s+chí\s+)?$"
)


class HasExtent(Protocol):
    """Anything with an evidence span (a person mention)."""

    @property
    def extent(self) -> tuple[int, int]: ...


MentionT = TypeVar("MentionT", bound=HasExtent)


def _contiguous(text: str, items: list[MentionT], forward: bool) -> list[MentionT]:
    """The run of mentions written as one list (``A, …; B, …; C``), from the list's start."""
    run: list[MentionT] = []
    for m in items if forward else reversed(items):
        if run:
            a, b = (run[-1], m) if forward else (m, run[-1])
            if not _LIST_GAP.match(text[a.extent[1]:b.extent[0]]):
                break
        run.append(m)
    return run if forward else run[::-1]


def chairs_in(text: str, sentence: Span, mentions: list[MentionT]) -> list[MentionT]:
    """``dưới sự chủ trì của A, B``, ``Dự và chủ trì … có A; B`` or ``A, B chủ trì``: those listed as chairing."""
    s, e = sentence
    of = _CHAIR_OF.search(text, s, e)
    chaired = None if of else _CHAIRED.search(text, s, e)
    if not (of or chaired):
        return []
    in_sentence = sorted((m for m in mentions if s <= m.extent[0] < e), key=lambda m: m.extent)
    if of:
        after = [m for m in in_sentence if m.extent[0] >= of.end()]
        if after and _LEAD_IN.match(text[of.end():after[0].extent[0]]):
            return _contiguous(text, after, forward=True)
        return []
    if chaired:
        before = [m for m in in_sentence if m.extent[1] <= chaired.start()]
        if before and _TRAILER.match(text[before[-1].extent[1]:chaired.start()]):
            return _contiguous(text, before, forward=False)
    return []


def takes_part(text: str, sentence: Span, mention: MentionT) -> bool:
    """Listed as attending, or speaking, reporting or concluding at the session."""
    start, end = mention.extent
    if _ACTS_AFTER.match(text, end) or _ACTS_BEFORE.search(text, max(0, start - 60), start):
        return True
    attend = _ATTEND.search(text, sentence[0], start)
    return attend is not None
