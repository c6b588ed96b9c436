"""Changes of post: who was appointed, elected, moved, retired or died, to or from which post.

A sentence with a trigger verb (``chỉ định``, ``bầu``, ``bổ nhiệm``, ``nghỉ hưu`` …) and
a named official yields an event. The post gained is the one the sentence gives:
``tham gia <Ban Chấp hành …>`` (membership), a title right after the trigger
(``bầu Ủy viên Ủy ban Kiểm tra … đối với đồng chí X``) or after ``giữ chức``/``làm``.
The post left (retirement, removal, death) is the official's own title there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.grammar import BodyMatch, Parser, TitleMatch
from kg.extract.people import Mention, name_before
from kg.models import ChangeKind, OccupancyStatus

Span = tuple[int, int]

TRIGGERS: tuple[tuple[ChangeKind, str], ...] = (
    (ChangeKind.ELECTED, r"(?<!phiếu )(?<!kết quả )bầu(?: bổ sung)?(?! cử)(?! chọn)"),
    (ChangeKind.APPOINTED, r"bổ nhiệm(?: lại)?|chỉ định|chuẩn y|phê chuẩn"),
    (ChangeKind.TRANSFERRED, r"điều động|luân chuyển|chuyển công tác"),
    (ChangeKind.REMOVED, r"miễn nhiệm|bãi nhiệm|cho thôi|thôi giữ chức|cách chức"),
    (ChangeKind.RETIRED, r"nghỉ hưu|về hưu"),
    (ChangeKind.DIED, r"từ trần|qua đời"),
)
GAINS = frozenset({ChangeKind.ELECTED, ChangeKind.APPOINTED, ChangeKind.TRANSFERRED})
_TRIGGER = re.compile("(?i)(?<![\\w])(?:" + "|".join(f"(?P<{k.value}>{p})" for k, p in TRIGGERS) + ")(?![\\w])")
_JOIN = re.compile(r"(?i)\s*(?:tham gia|vào)\s+")
_TAKE_UP = re.compile(r"(?i)(?:giữ chức(?: vụ)?|làm|vào chức(?: vụ)?|chức vụ|giữ)\s+$")
_DECIDED_BY = re.compile(r"(?i)quyết định(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?\s+của\s+")
# What may stand between a person and a trigger that is said of them (``X - …, đã nghỉ hưu``).
_PREDICATE_GAP = re.compile(r"(?i)^[^;.]{0,45}$")
# A trigger followed by its object: ``trao quyết định nghỉ hưu cho đồng chí X``.
_OBJECT_AFTER = re.compile(r"(?i)[^;.]{0,40}?(?:cho|đối với|đồng chí|ông|bà)(?![\w])")


@dataclass(frozen=True)
class EventFacts:
    """A change of post found in one sentence, before it is minted."""

    kind: ChangeKind
    mention: Mention
    title: TitleMatch | None
    membership_of: BodyMatch | None
    decided_by: BodyMatch | None
    sentence: Span


def _decider(text: str, parser: Parser, sentence: Span) -> BodyMatch | None:
    m = _DECIDED_BY.search(text, sentence[0], sentence[1])
    return parser.body_at(m.end()) if m else None


def find_events(text: str, parser: Parser, sentences: list[Span], mentions: list[Mention],
                orphans: list[TitleMatch]) -> list[EventFacts]:
    found: list[EventFacts] = []
    for sentence in sentences:
        s, e = sentence
        triggers = list(_TRIGGER.finditer(text, s, e))
        if not triggers:
            continue
        decided_by = _decider(text, parser, sentence)
        in_sentence = [m for m in mentions if s <= m.extent[0] and m.extent[1] <= e]
        for t in triggers:
            kind = ChangeKind(next(k for k, v in t.groupdict().items() if v))
            for mention in _subjects(text, t, in_sentence, triggers):
                if any(f.mention.key == mention.key and f.kind == kind for f in found):
                    continue
                title, membership = _post_of(text, parser, kind, t, mention, in_sentence, orphans, e)
                found.append(EventFacts(kind, mention, title, membership, decided_by, sentence))
    return found


def _subjects(text: str, trigger: re.Match[str], in_sentence: list[Mention],
              triggers: list[re.Match[str]]) -> list[Mention]:
    """Whom a trigger is about: the person it is said of (``X …, đã nghỉ hưu``) within one list
    item, or else everyone listed after it (``miễn nhiệm … đối với các ông: A; B; C``) except
    those whose own item carries a trigger of its own."""
    before = [m for m in in_sentence if m.extent[1] <= trigger.start()]
    after = [m for m in in_sentence if m.extent[0] >= trigger.end()]
    if before and not (after and _OBJECT_AFTER.match(text, trigger.end())):
        nearest = before[-1]
        if _PREDICATE_GAP.match(text[nearest.extent[1]:trigger.start()]):
            return [nearest]
    return after


def _post_of(text: str, parser: Parser, kind: ChangeKind, trigger: re.Match[str], mention: Mention,
             in_sentence: list[Mention], orphans: list[TitleMatch], sentence_end: int,
             ) -> tuple[TitleMatch | None, BodyMatch | None]:
    """The post gained (appointments, elections, transfers to a named post), or the post named
    after a removal, or the post left (retirements, deaths, transfers elsewhere)."""
    # "bầu Ủy viên Ủy ban Kiểm tra … đối với đồng chí X": the title between trigger and person.
    between = [t for t in orphans if trigger.end() <= t.start and t.end <= mention.extent[0]]
    if between:
        return between[0], None
    if kind in GAINS:
        # "… X, Title giữ chức Title2" / "X được bầu làm Title2" / "tham gia Ban Chấp hành …".
        listed = [m.extent[1] for m in in_sentence if m.extent[0] >= trigger.end()]
        tail_start = max([*listed, mention.extent[1], trigger.end()])
        for t in orphans:
            if tail_start <= t.start < sentence_end and _TAKE_UP.search(text, max(0, t.start - 20), t.start):
                return t, None
        join = _JOIN.match(text, tail_start)
        body = parser.body_at(join.end()) if join else None
        if body is not None:
            return None, body
        if kind is not ChangeKind.TRANSFERRED:
            return None, None
    return _post_left(mention), None


def _post_left(mention: Mention) -> TitleMatch | None:
    """The post a person leaves: the one written as former (``nguyên Giám đốc …``), else their first
    post that is not a committee membership, else their first."""
    former = [t for t in mention.titles if t.status is OccupancyStatus.FORMER]
    offices = [t for t in mention.titles if t.role not in {"member", "alternate_member"}]
    chosen = former or offices or mention.titles
    return chosen[0] if chosen else None


_ELECTED_TO_ROLE = re.compile(
    r"(?i)\s*(?:đã\s+)?được\s+(?:tín\s+nhiệm\s+)?bầu\s+(?:làm|giữ\s+chức(?:\s+vụ)?)\s+"
    r"(?P<role>[^\W\d_]+(?:\s+[^\W\d_]+){0,4}?)(?=\s*(?:[.;,]|$|\(|nhiệm\s+kỳ|khóa))"
)


@dataclass(frozen=True)
class BareElection:
    """``Ông X được bầu làm Chủ tịch``: a role with no body, which the session being reported supplies."""

    name: tuple[str, int, int]
    role: str
    span: Span


def find_bare_elections(text: str, parser: Parser, sentences: list[Span]) -> list[BareElection]:
    found = []
    for s, e in sentences:
        for m in _ELECTED_TO_ROLE.finditer(text, s, e):
            role = next((code for code, pattern in parser.g.roles if pattern.fullmatch(m.group("role"))), None)
            name = name_before(text, m.start())
            if role is not None and name is not None:
                found.append(BareElection(name, role, (name[1], m.end())))
    return found
