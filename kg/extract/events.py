"""Changes of post: who was appointed, elected, moved, removed, retired or died, to or from which post.

A sentence with a trigger verb (``chỉ định``, ``bầu``, ``bổ nhiệm``, ``nghỉ hưu`` …) and a
named official yields an event. Whom it is about: the person it is said of within one
list item (``X - …, đã nghỉ hưu``), or everyone listed after it up to the next trigger
that opens a clause of its own (``…; trao quyết định nghỉ hưu cho đồng chí Y``).

The post gained is the one the sentence gives: a title right after the trigger
(``bầu Ủy viên Ủy ban Kiểm tra … đối với đồng chí X``), the bodies after ``tham gia``
(``tham gia Ban Chấp hành, Ban Thường vụ``) and the title after ``giữ chức``/``làm``,
the nearest ones after the person. A removal's post is the one named after it; the
post left on retirement, death or a transfer elsewhere is the person's own (former)
title. A nomination (``giới thiệu … để … bầu``) is not yet a change.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from kg.extract.grammar import BodyMatch, Parser, TitleMatch, party_committee_of, with_committee
from kg.extract.lexicon import ACADEMIC_PREFIX, RANK, Scope
from kg.extract.people import LIST_SEPARATOR, Mention, name_before
from kg.models import ChangeKind, OccupancyStatus, OrgKind

Span = tuple[int, int]

TRIGGERS: tuple[tuple[ChangeKind, str], ...] = (
    # "bỏ phiếu bầu" (voted to elect) elects; "phiếu bầu" (a ballot) does not. "trúng cử với số phiếu …" is
    # the outcome of a vote told before it, not a change of its own.
    (ChangeKind.ELECTED, r"(?:chuẩn y|phê chuẩn) kết quả bầu(?: cử)?|hiệp thương cử|tái (?:đắc )?cử"
                         r"|trúng cử(?! với)(?!\s*[.,;])"
                         r"|(?<!(?<!bỏ )phiếu )(?<!kết quả )bầu(?: bổ sung)?(?! cử)(?! chọn)"),
    # "giao quyền X": acting X; "công nhận X giữ chức Hiệu trưởng": a head a ministry confirms (a "bằng công
    # nhận" is a certificate, not a decision on a post).
    (ChangeKind.APPOINTED, r"bổ nhiệm(?: lại)?|chỉ định|chuẩn y|giao(?= quyền )|(?<!bằng )công nhận(?! kết quả)"),
    (ChangeKind.TRANSFERRED, r"điều động|luân chuyển|chuyển công tác"),
    (ChangeKind.REMOVED, r"miễn nhiệm|bãi nhiệm|(?:cho )?thôi tham gia|cho thôi|thôi giữ chức|cách chức"),
    (ChangeKind.RETIRED, r"nghỉ hưu|về hưu|nghỉ chuẩn bị hưu|nghỉ chờ hưu"),
    (ChangeKind.DIED, r"từ trần|qua đời"),
)
GAINS = frozenset({ChangeKind.ELECTED, ChangeKind.APPOINTED, ChangeKind.TRANSFERRED})
_TRIGGER = re.compile("(?i)(?<![\\w])(?:" + "|".join(f"(?P<{k.value}>{p})" for k, p in TRIGGERS) + ")(?![\\w])")
_JOIN = re.compile(r"(?i)\s*,?\s*(?:tham gia|vào)\s+")
# "tham gia" further on, after where the person is sent: "điều động X, đến nhận công tác tại Đảng bộ tỉnh Y,
# chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy".
_LATER_JOIN = re.compile(r"(?i)(?:,\s*|(?<![\w])chỉ\s+định\s+)tham\s+gia\s+")
_TAKE_UP = re.compile(r"(?i)(?<!thôi )(?<!thôi\xa0)"
                      r"(?:giữ chức(?: vụ)?|làm|vào chức(?: vụ)?|chức vụ|(?<!giữ )chức|giữ)\s+$")
_CHAINED = re.compile(r"(?i)\s*(?:,|kiêm|và)\s*")
_DECIDED_BY = re.compile(r"(?i)quyết định(?:\s+số\s+\S+)?(?:\s+ngày\s+\S+)?\s+của\s+")
# What may stand between a person and a trigger that is said of them (``X - …, đã nghỉ hưu``).
_PREDICATE_GAP = re.compile(r"(?i)^[^;.]{0,45}$")
# A trigger followed by its object: ``trao quyết định nghỉ hưu cho đồng chí X``.
_OBJECT_AFTER = re.compile(r"(?i)[^;.]{0,40}?(?<![\w])(?<!, )(?:cho|đối với|đồng chí|ông|bà|" + RANK + r")(?![\w])")
# What may stand between a trigger and its object's name: an academic or professional prefix (BS.CKII, PGS.TS).
_OBJECT_GAP = re.compile(r"\s+(?:" + ACADEMIC_PREFIX + r"\s+)?")
# A change proposed, not made: "giới thiệu … để … bầu", "sẽ bầu", "dự kiến bổ nhiệm".
_HYPOTHETICAL_BEFORE = re.compile(
    r"(?i)(?:giới\s+thiệu|đề\s+cử|ứng\s+cử|dự\s+kiến|(?<![\w])sẽ|(?<![\w])để)[^.;]{0,50}$")
# The person a newcomer replaces (``bầu A …, thay đồng chí B nghỉ hưu``) is not elected.
_REPLACED_BEFORE = re.compile(r"(?i)(?<![\w])thay(?:\s+thế)?(?:\s+cho)?\s+(?:(?:đồng chí|ông|bà|" + RANK
                              + r")\s+)?$")
# A predicate joined to the previous one, of the same person: "… và thôi giữ chức …", "… để nghỉ hưu".
_NEXT_PREDICATE = re.compile(r"[^;.]{0,80}?(?:,|(?<![\w])và|(?<![\w])để)\s*$")
# A change said not to happen ("không tái cử", "chưa được bổ nhiệm"), or only pointed back to as a time
# ("Trước khi được bổ nhiệm, ông …"), the change itself told elsewhere.
_NOT_A_CHANGE_BEFORE = re.compile(r"(?i)(?<![\w])(?:không|chưa|trước\s+khi)\s+(?:được\s+)?$")
# The day a change takes effect: "kể từ ngày 1/8/2019", "từ ngày 01/4".
_EFFECTIVE = re.compile(r"(?i)(?:kể\s+)?từ\s+ngày\s+(?=\d{1,2}\s*[/.-]\s*\d{1,2})")
_COORDINATION = re.compile(r"(?i)\s*(?:,|và)\s*")
# Others named between a person and a trigger are whom it is said of: "ông X chúc mừng các đồng chí vừa được bầu".
_OTHERS = re.compile(r"(?i)(?<![\w])(?:các|những)\s+(?:đồng\s+chí|ông|bà|vị|cán\s+bộ|đại\s+biểu)(?![\w])")
_ASIDE_AFTER = re.compile(r"^\s*\([^()\n]{1,80}\)")
_COLON_BEFORE = re.compile(r":\s*(?:(?:đồng chí|ông|bà)\s+)?$")
_SUBJECT_GAP = re.compile(r"(?i)\s+(?:đã\s+|vừa\s+|cũng\s+)?(?:(?:ban\s+hành|có|ra)\s+)?(?:quyết\s+định\s+)?$")
_WORD_START = re.compile(r"(?<![\w.])\w")
# The executive committee written alone after "tham gia": the committee of the article's context.
_BARE_EXECUTIVE = re.compile(r"(?i)ban\s+chấp\s+hành(?![\w])(?!\s+(?:đảng|trung|công|hội))")


@dataclass(frozen=True)
class EventFacts:
    """A change of post found in one sentence, before it is minted; ``titles`` are the posts concerned,
    ``effective`` the position of a stated date (``kể từ ngày 1/8/2019``), if any."""

    kind: ChangeKind
    mention: Mention
    titles: tuple[TitleMatch, ...]
    decided_by: BodyMatch | None
    sentence: Span
    effective: int | None = None


def _decider(text: str, parser: Parser, sentence: Span, trigger: re.Match[str],
             titles: list[Span]) -> BodyMatch | None:
    """``Quyết định của <body>`` in the sentence, or the body that is the trigger's subject
    (``Bộ Chính trị điều động …``, ``HĐND tỉnh đã bầu …``) and not part of someone's title."""
    if _kind(trigger) is ChangeKind.DIED:
        return None
    m = _DECIDED_BY.search(text, sentence[0], sentence[1])
    if m:
        return parser.body_at(m.end())
    gap = _SUBJECT_GAP.search(text, max(sentence[0], trigger.start() - 30), trigger.start())
    end = gap.start() if gap else trigger.start()
    for start in (w.start() for w in _WORD_START.finditer(text, max(sentence[0], end - 60), end)):
        body = parser.body_at(start)
        if body is not None and body.end == end and not any(s <= start < e for s, e in titles):
            return body
    return None


def find_events(text: str, parser: Parser, sentences: list[Span], mentions: list[Mention],
                orphans: list[TitleMatch]) -> list[EventFacts]:
    found: list[EventFacts] = []
    by_extent = sorted(((m.extent, m) for m in mentions), key=lambda em: em[0])
    for sentence in sentences:
        s, e = sentence
        triggers = [t for t in _TRIGGER.finditer(text, s, e)
                    if not _proposed(text, s, t) and not _within_transfer(text, t)
                    and not _NOT_A_CHANGE_BEFORE.search(text, max(s, t.start() - 20), t.start())]
        if not triggers:
            continue
        in_sentence = [m for (start, end), m in by_extent if s <= start and end <= e]
        title_spans = [(t.start, t.end) for m in in_sentence for t in m.titles] + [(t.start, t.end) for t in orphans]
        previous: tuple[re.Match[str], list[Mention]] | None = None
        for t in triggers:
            kind = _kind(t)
            decided_by = _decider(text, parser, sentence, t, title_spans)
            # A person a later trigger of the same kind is said of is that trigger's, not this one's:
            # "đã bầu Ban Thường vụ …; đồng chí A tái cử …; đồng chí B được bầu …".
            claimed = {m.key for later in triggers if later.start() > t.end() and _kind(later) is kind
                       for m in _said_of(text, later, in_sentence)}
            own = _said_of(text, t, in_sentence)
            subjects = own or [m for m in _subjects(text, t, in_sentence, triggers) if m.key not in claimed]
            if not subjects and previous and _NEXT_PREDICATE.match(text, previous[0].end(), t.start()):
                subjects = previous[1]  # "thôi tham gia Ban Chấp hành … và thôi giữ chức … để nghỉ hưu"
            previous = (t, subjects)
            for i, mention in enumerate(subjects):
                limit = subjects[i + 1].extent[0] if i + 1 < len(subjects) else (
                    _clause_end(text, t, in_sentence, triggers) or e)
                since = max(t.end(), subjects[i - 1].extent[1] if i else t.end())
                first = subjects[0].extent[0]
                titles = _posts_of(text, parser, kind, t, mention, orphans, (mention.extent[1], limit), since, first)
                if not titles and subjects[-1] is not mention:  # "chỉ định A, … và B, … tham gia …"
                    titles = _posts_of(text, parser, kind, t, mention, orphans, (subjects[-1].extent[1], e), since,
                                       first)
                # Told twice in one sentence ("điều động, bổ nhiệm …"): one change, unless of other posts
                # ("thôi tham gia Ban Chấp hành … và thôi giữ chức Phó Bí thư").
                if any(f.mention.key == mention.key and f.kind == kind and f.sentence == sentence
                       and (f.titles == titles or not titles) for f in found):
                    continue
                # The trigger's own clause states its date, before any other trigger's reason begins.
                clause_end = text.find(";", t.end(), e)
                next_trigger = min((o.start() for o in triggers if o.start() > t.end()), default=e)
                effective = _EFFECTIVE.search(text, t.start(), min(e if clause_end < 0 else clause_end, next_trigger))
                found.append(EventFacts(kind, mention, titles, decided_by, sentence,
                                        effective.start() if effective else None))
    return [_retired_from_post_removed(_replaced_post(text, f, found), found) for f in found]


def _retired_from_post_removed(facts: EventFacts, found: list[EventFacts]) -> EventFacts:
    """``miễn nhiệm chức vụ P đối với ông X do nghỉ hưu``: a retirement with no post of its own is from P."""
    if facts.kind is not ChangeKind.RETIRED or facts.titles:
        return facts
    removal = next((f for f in found if f.sentence == facts.sentence and f.kind is ChangeKind.REMOVED
                    and f.mention.key == facts.mention.key and f.titles), None)
    return replace(facts, titles=removal.titles) if removal else facts


def _replaced_post(text: str, facts: EventFacts, found: list[EventFacts]) -> EventFacts:
    """``bầu A giữ chức P, thay đồng chí B đã nghỉ hưu``: B's leaving, with no post of its own, is of P."""
    start = facts.mention.extent[0]
    if facts.titles or facts.kind in GAINS or not _REPLACED_BEFORE.search(text, max(0, start - 24), start):
        return facts
    successor = next((f for f in found if f.sentence == facts.sentence and f.kind in GAINS and f.titles
                      and f.mention.extent[0] < start), None)
    return replace(facts, titles=successor.titles) if successor else facts


def _kind(trigger: re.Match[str]) -> ChangeKind:
    return ChangeKind(next(k for k, v in trigger.groupdict().items() if v))


def _proposed(text: str, sentence_start: int, trigger: re.Match[str]) -> bool:
    """An appointment or election only proposed (``giới thiệu … để … bầu``), not made."""
    return _kind(trigger) in GAINS and bool(
        _HYPOTHETICAL_BEFORE.search(text, max(sentence_start, trigger.start() - 60), trigger.start()))


def _within_transfer(text: str, trigger: re.Match[str]) -> bool:
    """``điều động X thôi giữ chức A, đến nhận công tác và giữ chức B``: the leaving is part of the transfer."""
    if _kind(trigger) is not ChangeKind.REMOVED or not trigger.group(0).lower().startswith("thôi"):
        return False
    clause = text[text.rfind(";", 0, trigger.start()) + 1:trigger.start()]
    return any(_kind(t) is ChangeKind.TRANSFERRED for t in _TRIGGER.finditer(clause))


def _coordinated(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """``điều động, bổ nhiệm``: two triggers written as one act share its subjects."""
    return bool(_COORDINATION.fullmatch(text[first.end():second.start()]))


def _opens_clause(text: str, trigger: re.Match[str], in_sentence: list[Mention]) -> bool:
    """A trigger that starts a clause of its own (``…; trao quyết định nghỉ hưu cho Y``), not one said of
    the person just before it."""
    clause_start = text.rfind(";", 0, trigger.start()) + 1
    before = [m for m in in_sentence if clause_start <= m.extent[0] and m.extent[1] <= trigger.start()]
    return not before or bool(_OBJECT_AFTER.match(text, trigger.end()))


def _said_of(text: str, trigger: re.Match[str], in_sentence: list[Mention]) -> list[Mention]:
    """The persons a trigger is said of, written just before it (``X …, đã nghỉ hưu``; ``các ông, bà:
    A, B được hiệp thương cử …``), unless the trigger has an object after it."""
    before = [m for m in in_sentence if m.extent[1] <= trigger.start()]
    after = [m for m in in_sentence if m.extent[0] >= trigger.end()]
    # An object: "cho"/"đối với"/an honorific, or a person named right after ("bổ nhiệm BS.CKII X, …").
    if not before or (after and (_OBJECT_AFTER.match(text, trigger.end())
                                 or _OBJECT_GAP.fullmatch(text, trigger.end(), after[0].extent[0]))):
        return []
    nearest = before[-1]
    gap = text[nearest.extent[1]:trigger.start()]
    if not _PREDICATE_GAP.match(gap) or _OTHERS.search(gap):
        return []
    listed = [nearest]
    for m in reversed(before[:-1]):
        # "A, B (Phó Chủ tịch … nhiệm kỳ trước) và C": an aside in brackets may close an item
        if not LIST_SEPARATOR.fullmatch(_ASIDE_AFTER.sub("", text[m.extent[1]:listed[0].extent[0]], count=1)):
            break
        listed.insert(0, m)
    # Items separated by semicolons form one list only when a colon opens it ("Các đồng chí: A, …; B, …").
    while len(listed) > 1 and not _COLON_BEFORE.search(text, max(0, listed[0].extent[0] - 30), listed[0].extent[0]):
        gaps = [text[a.extent[1]:b.extent[0]] for a, b in itertools.pairwise(listed)]
        if not any(";" in g for g in gaps):
            break
        listed = listed[max(i for i, g in enumerate(gaps) if ";" in g) + 1:]
    return listed


def _subjects(text: str, trigger: re.Match[str], in_sentence: list[Mention],
              triggers: list[re.Match[str]]) -> list[Mention]:
    """Whom a trigger with no person it is said of is about: everyone listed after it, up to a trigger
    that opens a clause of its own."""
    after = [m for m in in_sentence if m.extent[0] >= trigger.end()]
    stop = _clause_end(text, trigger, in_sentence, triggers)
    return [m for m in after if (stop is None or m.extent[0] < stop)
            and not _REPLACED_BEFORE.search(text, max(0, m.extent[0] - 24), m.extent[0])]


def _clause_end(text: str, trigger: re.Match[str], in_sentence: list[Mention],
                triggers: list[re.Match[str]]) -> int | None:
    """Where the next trigger opening a clause of its own begins: ``bầu A vào …; bầu B giữ chức …``."""
    return next((t.start() for t in triggers if t.start() > trigger.end() and not _coordinated(text, trigger, t)
                 and _opens_clause(text, t, in_sentence)), None)


def _posts_of(text: str, parser: Parser, kind: ChangeKind, trigger: re.Match[str], mention: Mention,
              orphans: list[TitleMatch], window: Span, since: int, first_subject: int) -> tuple[TitleMatch, ...]:
    """The posts gained (appointments, elections, transfers to a named post) within ``window``, or the
    post named after a removal (between the previous subject, ``since``, and this one), or the post left
    (retirements, deaths, transfers elsewhere)."""
    # A post between two subjects, unless it is the previous one's (``A, … giữ chức X; B, … giữ chức Y``).
    between = [t for t in orphans if since <= t.start and t.end <= mention.extent[0]
               and (since == trigger.end() or not _TAKE_UP.search(text, max(0, t.start - 20), t.start))]
    if not between and since > trigger.end():  # the post named before the first subject applies to all
        between = [t for t in orphans if trigger.end() <= t.start and t.end <= first_subject]
    if not between and kind in GAINS:  # "bầu các Phó Bí thư: A, B": the title shared by the list
        between = [t for t in mention.titles if trigger.end() <= t.start and t.end <= mention.start
                   and ":" in text[t.end:mention.start]]
    if kind is ChangeKind.REMOVED and trigger.group(0).lower().endswith("tham gia"):
        # "thôi tham gia Ban Chấp hành, Ban Thường vụ": the memberships left
        return tuple(_joined(text, parser, trigger.end() - len("tham gia"), mention, None))
    named = [t for t in orphans if 0 <= t.start - trigger.end() <= 12]  # "thôi giữ chức <title>"
    if between or (kind is ChangeKind.REMOVED and named):
        return ((between or named)[0],)
    if kind in GAINS and named and mention.extent[1] <= trigger.start():
        return (named[0],)  # "X, … tái đắc cử Chủ tịch Hội LHPN tỉnh": the title the trigger names
    if kind in GAINS:
        start, limit = max(window[0], trigger.end()), window[1]
        take_up = next((t for t in orphans if start <= t.start < limit
                        and _TAKE_UP.search(text, max(0, t.start - 20), t.start)), None)
        context = party_committee_of(take_up.body) if take_up else None
        gained = _joined(text, parser, start, mention, context, take_up.start if take_up else limit)
        if take_up is not None:  # "giữ chức Phó Chỉ huy trưởng kiêm Tham mưu trưởng Bộ CHQS tỉnh": both
            gained.append(take_up)
            for t in sorted(orphans, key=lambda t: t.start):
                if t.start > gained[-1].start and _CHAINED.fullmatch(text[gained[-1].end:t.start]):
                    gained.append(t)
        if gained or kind is not ChangeKind.TRANSFERRED:
            return tuple(gained)
    left = _post_left(mention)
    return (left,) if left else ()


def _joined(text: str, parser: Parser, start: int, mention: Mention,
            context: BodyMatch | None, limit: int | None = None) -> list[TitleMatch]:
    """``tham gia Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy`` → membership of each body named.

    The bodies follow ``start``, or a ``tham gia`` before ``limit``. A bare ``Ban Chấp hành`` or
    ``Ban Thường vụ`` is the committee of the post being taken up
    (``… và giữ chức Bí thư Đảng ủy phường X``), else of the person's own Party post."""
    join = _JOIN.match(text, start) or (_LATER_JOIN.search(text, start, limit) if limit else None)
    named: list[BodyMatch | Span] = []  # bodies, or spans of a bare "Ban Chấp hành"
    pos = join.end() if join else -1
    while pos >= 0:
        body = parser.body_at(pos)
        bare = _BARE_EXECUTIVE.match(text, pos) if body is None else None
        if body is None and bare is None:
            break
        named.append(body if body is not None else (pos, bare.end()))  # type: ignore[union-attr]
        end = body.end if body is not None else bare.end()  # type: ignore[union-attr]
        sep = _COORDINATION.match(text, end)
        pos = sep.end() if sep and not text.startswith("giữ", sep.end()) else -1
    # A bare "Ban Chấp hành"/"Ban Thường vụ" belongs to: the post taken up, the person's own Party
    # committee, a committee named in the same list, or else the provincial one.
    explicit = next((c for b in named if isinstance(b, BodyMatch) and (c := party_committee_of(b)) and not c.bare),
                    None)
    committee = context or _own_committee(mention, start, start) or explicit
    found: list[TitleMatch] = []
    for item in named:
        if isinstance(item, BodyMatch):
            body = item
            if body.parent is not None and body.parent.bare:
                body = with_committee(body, committee or replace(body.parent, bare=False))
        else:
            body = replace(committee, start=item[0], end=item[1]) if committee else BodyMatch(
                item[0], item[1], "provincial_committee", OrgKind.PROVINCIAL_PARTY_COMMITTEE, "{committee}",
                Scope.PROVINCIAL, level="tỉnh")
        found.append(TitleMatch(body.start, body.end, "member", body))
    return found


def _own_committee(mention: Mention, start: int, end: int) -> BodyMatch | None:
    """The Party committee of the first Party post a person holds, for a bare ``Ban Chấp hành``."""
    for t in mention.titles:
        committee = t.body
        while committee.parent is not None:
            committee = committee.parent
        if committee.is_party_committee:
            return BodyMatch(start, end, committee.key, committee.kind, committee.name, committee.scope,
                             detail=committee.detail, province_name=committee.province_name, level=committee.level,
                             locality=committee.locality)
    return None


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

    name: tuple[str, int, int] | None
    role: str
    span: Span
    at: int


def find_bare_elections(text: str, parser: Parser, sentences: list[Span]) -> list[BareElection]:
    """``X được bầu làm Chủ tịch``, with the name when it stands right before (else the caller finds the
    person, ``X, Phó Chủ nhiệm … được bầu giữ chức Chủ nhiệm``)."""
    found = []
    for s, e in sentences:
        for m in _ELECTED_TO_ROLE.finditer(text, s, e):
            role = next((code for code, pattern in parser.g.roles if pattern.fullmatch(m.group("role"))), None)
            name = name_before(text, m.start())
            if role is not None:
                found.append(BareElection(name, role, (name[1] if name else m.start(), m.end()), m.start()))
    return found
