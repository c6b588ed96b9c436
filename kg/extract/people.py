"""Find officials: names tied to titles in the arrangements Vietnamese news uses.

- ``Title Name``: ``Bí thư Tỉnh ủy Đào Hồng Lan phát biểu``
- ``Name, Title, Title;``: ``đồng chí Nguyễn Quốc Chung, Phó Bí thư …, Chủ tịch HĐND tỉnh;``
- ``Name - Title``: ``Hồ Quốc Dũng - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy``
- ``Title - Name``: ``Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh - Lê Thị Ái Nam``
- colon lists of the two forms above: ``các đồng chí: A, Title; B, Title``
- a title shared by a plural list: ``các Phó Chủ tịch HĐND tỉnh A, B``, ``các Ủy viên Bộ Chính
  trị: Chủ tịch nước A, Thủ tướng Chính phủ B``

A name is a run of capitalised syllables; honorifics (đồng chí, ông, bà) and academic
prefixes are not part of it. A capitalised run with no title is not an official.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg import gazetteer
from kg.extract import lexicon as lx
from kg.extract.grammar import BodyMatch, TitleMatch
from kg.models import OccupancyStatus
from kg.roles import role
from kg.text import NAME_WORD, capitalised_run, display_name, is_capitalised, normalize_name

_WORD = re.compile(NAME_WORD)
_WORD_AT_END = re.compile(rf"([A-ZĐ]['’]|{NAME_WORD})$")  # checked again by _WORD, in its context
_GAP = re.compile(r"[ \t\xa0]+")
# Between two titles of one person: a comma, a dash, "kiêm" (concurrently), or a comma and "kiêm".
_CHAIN_GAP = re.compile(r"(?i)^(?:\s+khóa\s+[ivxlc\d]{1,7}(?:\s*,?\s*nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4})?)?"
                        r"\s*(?:,\s*(?:kiêm\s+)?|kiêm\s+|[-–]\s*)$")
_DASH = re.compile(r"\s*[-–]\s*")
# Before a title list ending in a name, words that make its first title someone else's: "Báo cáo với Phó Thủ
# tướng, …", "Thay mặt Chủ tịch nước, Phó Chủ tịch X", "Thừa ủy quyền của Bộ trưởng, Thứ trưởng X".
_OBJECT_BEFORE = re.compile(r"(?i)(?<![\w])(?:với|cho|tới|lên|gửi|mời|thay\s+mặt|"
                            r"(?:thừa\s+|theo\s+|được\s+)?[uủ][yỷ]\s+quyền(?:\s+của)?|thừa\s+lệnh)\s+$")
_PLURAL_BEFORE = re.compile(r"(?i)(?<![\w])các\s+(?:đồng\s+chí\s+)?$")
_LIST_START = re.compile(r"\s*:?\s*")
_HONORIFIC_WORD = r"(?i)(?<![\w])(?:đồng\s+chí|ông|bà)\s+"
_ITEM_HONORIFIC = re.compile(_HONORIFIC_WORD)
# A title's term may end a list item: "A, Phó Chủ tịch Hội LHPN tỉnh khóa XII và B".
LIST_SEPARATOR = re.compile(r"(?i)(?:\s+khóa\s+[ivxlc\d]{1,7}(?![\w]))?\s*(?:[,;]|và)\s*")
_MAX_NAME_WORDS = 5
# What may stand between a name and its titles: an alias in brackets, an age or a birth year
# ("ông X (tên thường gọi là Tư X), …", "ông X, 57 tuổi, cựu phó chủ tịch …", "X, SN 1968, …").
# Titles shared by the names listed before them: "A và B - cùng là …", "A, B đều là …".
_BOTH_BEFORE = re.compile(r"(?i)\s*(?:,|[-–—])?\s*(?:cùng|đều)\s+là\s+$")
_ASIDE_BEFORE = re.compile(r"(?i)(?:\s*\([^()\n]{1,50}\)|\s*,\s*(?:\d{1,3}\s+tuổi|(?:sn|sinh\s+năm)\s+\d{4}))$")


class Covered:
    """The characters that spans already found cover: a constant-time test of a position."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._mask = bytearray()
        for start, end in spans:
            if end > len(self._mask):
                self._mask.extend(bytes(end - len(self._mask)))
            self._mask[start:end] = b"\x01" * (end - start)

    def __contains__(self, pos: int) -> bool:
        return 0 <= pos < len(self._mask) and self._mask[pos] == 1


@dataclass
class Mention:
    """One place an article names a person, with the titles attached there."""

    name: str
    start: int
    end: int
    titles: list[TitleMatch] = field(default_factory=list)

    @property
    def key(self) -> str:
        return normalize_name(self.name)

    @property
    def extent(self) -> tuple[int, int]:
        """From the first character of name or title to the last: the evidence span."""
        starts = [self.start, *(t.start for t in self.titles)]
        ends = [self.end, *(t.end for t in self.titles)]
        return min(starts), max(ends)


def _words_backward(text: str, end: int) -> list[re.Match[str]]:
    """Capitalised words ending at ``end``, separated by single spaces, nearest last."""
    words: list[re.Match[str]] = []
    pos = end
    while len(words) < _MAX_NAME_WORDS + 2:
        m = _WORD_AT_END.search(text[max(0, pos - 30):pos])
        if not m:
            break
        start = pos - len(m.group(1))
        word = _WORD.match(text, start)
        if word is None or not is_capitalised(word.group(0)):
            break
        words.insert(0, word)
        gap = re.search(r"[ \t\xa0]+$", text[max(0, start - 3):start])
        if not gap:
            break
        pos = start - len(gap.group(0))
    return words


def _words_forward(text: str, start: int) -> list[re.Match[str]]:
    """Capitalised words from ``start``, separated by single spaces."""
    return capitalised_run(text, start, _MAX_NAME_WORDS + 1)


def _clean(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop honorifics, academic prefixes and title words from the edges of a name run."""
    while words:
        first = words[0].group(0).lower()
        if first == "đồng" and len(words) > 1 and words[1].group(0).lower() == "chí":
            words = words[2:]  # "Đồng chí"; "Đồng" alone is a surname (Đồng Văn Thắng)
        elif first in {"ông", "bà", "anh", "chị"} or first in lx.ACADEMIC:
            words = words[1:]
        else:
            break
    while words and words[0].group(0).lower() in lx.NOT_NAME_WORDS:
        words = words[1:]
    while words and words[-1].group(0).lower() in lx.NOT_NAME_WORDS:
        words = words[:-1]
    return words


_LEVEL_BEFORE = re.compile(r"(?i)(?<![\w])(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường)\s+$")
# Lowercase nouns that name a place, never a person: "tại cảng Chu Lai, Phó Thủ tướng …".
_PLACE_NOUN_BEFORE = re.compile(r"(?<![\w])(?:cảng|sân bay|ga|(?<!yêu )cầu|sông|đèo|đảo|bến|chợ|thôn|bản|làng|"
                                r"khu kinh tế(?: mở)?|khu công nghiệp|khu du lịch|nhà máy)\s+$")


Named = tuple[str, int, int]  # a name and its span


def _name_from(words: list[re.Match[str]], text: str) -> Named | None:
    one_word_name = len(words) == 1 and any(q in words[0].group(0) for q in "'’")  # K'Bròn
    if not (2 <= len(words) <= _MAX_NAME_WORDS or one_word_name):
        return None
    if any(w.group(0).lower() in lx.NOT_NAME_WORDS for w in words):
        return None
    start, end = words[0].start(), words[-1].end()
    name = display_name(text[start:end])
    if normalize_name(name) in lx.NOT_PERSON_NAMES or gazetteer.is_name(name):
        return None  # a country or a province, not a person
    if (len(words) == 2 and words[0].group(0).lower() not in lx.SURNAMES
            and _LEVEL_BEFORE.search(text, max(0, start - 12), start)):
        return None  # "tỉnh Vĩnh Phú": a two-word place after its level word, not a person
    if _PLACE_NOUN_BEFORE.search(text, max(0, start - 20), start):
        return None
    return name, start, end


def name_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """A name that ends just before ``pos`` (its titles follow after a comma or dash)."""
    words = _clean(_words_backward(text, pos))
    for k in (3, 2, 1):  # "Bí thư Thành ủy Đà Nẵng Nguyễn Đình Khoa, …": the place ends the title before
        if len(words) - k >= 2 and gazetteer.is_name(text[words[0].start():words[k - 1].end()]):
            words = words[k:]
            break
    if len(words) > _MAX_NAME_WORDS:
        words = words[-_MAX_NAME_WORDS:]
    return _name_from(words, text)


def name_after(text: str, pos: int, gap: re.Pattern[str] = _GAP) -> tuple[str, int, int] | None:
    """A name that starts right after ``pos`` following only spaces (``Bí thư Tỉnh ủy X``), or ``gap``."""
    sep = gap.match(text, pos)
    if not sep:
        return None
    words = _words_forward(text, sep.end())
    words = _clean(words)
    if len(words) > _MAX_NAME_WORDS:
        return None
    return _name_from(words, text)


def chains(titles: list[TitleMatch], text: str) -> list[list[TitleMatch]]:
    """Group titles written as one person's list: ``T1, T2 kiêm T3``."""
    groups: list[list[TitleMatch]] = []
    for t in titles:
        if groups and _CHAIN_GAP.match(text[groups[-1][-1].end:t.start]):
            groups[-1].append(t)
        else:
            groups.append([t])
    return groups


_CAPITALS_NAME_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)[ \t]+"
                                 r"(?P<name>[^\W\d_'’]+(?:['’][^\W\d_]+)?(?:[ \t]+[^\W\d_'’]+(?:['’][^\W\d_]+)?){1,4})"
                                 r"[ \t]*\n[ \t]*$")


def _coordinated_names(text: str, end: int) -> list[tuple[str, int, int]]:
    """The names ending at ``end`` joined by commas or ``và``: ``A, B và C``, nearest last."""
    names: list[tuple[str, int, int]] = []
    while (name := name_before(text, end)) is not None:
        names.insert(0, name)
        joint = re.search(r"(?i)\s*(?:,|và)\s*$", text[max(0, name[1] - 6):name[1]])
        if not joint:
            break
        end = name[1] - len(joint.group(0))
    return names


def _capitals_line_before(text: str, pos: int) -> tuple[str, int, int] | None:
    """An obituary notice: ``Đồng chí CHÂU VĂN LẮM`` on its own line, the titles on the next."""
    m = _CAPITALS_NAME_LINE.search(text, max(0, pos - 80), pos)
    if m is None or not m.group("name").isupper():
        return None
    name = re.sub(r"[^\W\d_]+", lambda w: w.group(0).capitalize(), m.group("name"))  # K'BRÒN → K'Bròn
    return display_name(name), m.start("name"), m.end("name")


def find_mentions(text: str, titles: list[TitleMatch]) -> tuple[list[Mention], list[TitleMatch]]:
    """Mentions of named officials, and the titles left without a name."""
    mentions: list[Mention] = []
    orphans: list[TitleMatch] = []
    plural: list[list[TitleMatch]] = []
    for chain in chains(titles, text):
        before = None
        gap_start = chain[0].start
        gap = re.search(r"\s*(?:,|[-–—])\s*$", text[max(0, gap_start - 4):gap_start])
        both = _BOTH_BEFORE.search(text, max(0, gap_start - 16), gap_start)
        if _PLURAL_BEFORE.search(text, max(0, gap_start - 20), gap_start):
            plural.append(chain)
        elif both:  # "A và B - cùng là Phó Giám đốc Sở …": each holds the titles
            for name in _coordinated_names(text, both.start()):
                mentions.append(Mention(name[0], name[1], name[2], list(chain)))
            continue
        elif gap:
            end = gap_start - len(gap.group(0))
            aside = _ASIDE_BEFORE.search(text, max(0, end - 60), end)
            before = name_before(text, aside.start() if aside else end)
        else:
            before = _capitals_line_before(text, gap_start)
        after = name_after(text, chain[-1].end) or (None if before else name_after(text, chain[-1].end, _DASH))
        if after and not before and len(chain) > 1 and _OBJECT_BEFORE.search(text, max(0, gap_start - 24), gap_start):
            orphans.extend(chain[:-1])
            mentions.append(Mention(after[0], after[1], after[2], chain[-1:]))
        elif after and before:
            mentions.append(Mention(before[0], before[1], before[2], chain[:-1]))
            mentions.append(Mention(after[0], after[1], after[2], chain[-1:]))
        elif before:
            mentions.append(Mention(before[0], before[1], before[2], chain))
        elif after:
            mentions.append(Mention(after[0], after[1], after[2], chain))
        else:
            orphans.extend(chain)
    mentions = [m for m in mentions if m.titles]
    shared = [m for chain in plural for m in _shared(text, chain, mentions)]
    return mentions + shared, [t for t in orphans if not any(t in m.titles for m in shared)]


def _shared(text: str, chain: list[TitleMatch], mentions: list[Mention]) -> list[Mention]:
    """The persons listed after a plural title (``các Phó Chủ tịch …: A, B``), each given that title."""
    found: list[Mention] = []
    pos = _LIST_START.match(text, chain[-1].end).end()  # type: ignore[union-attr]
    # "…: ông A, ông B": items may open with an honorific if the first does; otherwise one that
    # does ("…: A, Title; B, Title; đồng chí C, …") is past the list.
    honorific = _ITEM_HONORIFIC.match(text, pos)
    while True:
        if honorific:
            pos = honorific.end()
        item = next((m for m in mentions if m.extent[0] == pos), None)
        if item is not None:
            found.append(Mention(item.name, item.start, item.end, list(chain)))
            pos = item.extent[1]
        else:
            name = name_after(text, pos, _LIST_START)
            if name is None:
                break
            found.append(Mention(name[0], name[1], name[2], list(chain)))
            pos = next((m.extent[1] for m in mentions if m.start == name[1]), name[2])
        sep = LIST_SEPARATOR.match(text, pos)
        if not sep:
            break
        pos = sep.end()
        honorific = _ITEM_HONORIFIC.match(text, pos) if honorific else None
    return found


def bare_mentions(text: str, names: Iterable[str], taken: list[Mention]) -> list[Mention]:
    """Further mentions of already-known officials by full name, with no title attached."""
    covered = Covered((m.start, m.end) for m in taken)
    found: list[Mention] = []
    for start, end, name in _name_occurrences(text, set(names)):
        if start not in covered:
            found.append(Mention(name, start, end))
    return sorted(found, key=lambda m: (m.name, m.start))


def _name_occurrences(text: str, names: set[str]) -> list[tuple[int, int, str]]:
    """Where each name stands as whole words, its words any whitespace apart; left to right, not
    overlapping, the longest name where two start together ("Lê Văn An" before "Lê Văn")."""
    hits: list[tuple[int, int, str]] = []
    for name in names:
        first, *rest = name.split()
        pos = text.find(first)
        while pos != -1:
            end = _words_from(text, pos + len(first), rest)
            if end is not None and not _in_word(text, pos - 1) and not _in_word(text, end):
                hits.append((pos, end, name))
            pos = text.find(first, pos + 1)
    found: list[tuple[int, int, str]] = []
    for start, end, name in sorted(hits, key=lambda h: (h[0], h[0] - h[1], h[2])):
        if not found or start >= found[-1][1]:
            found.append((start, end, name))
    return found


def _words_from(text: str, pos: int, words: list[str]) -> int | None:
    """The end of ``words`` read from ``pos``, each after a run of whitespace; None if they are not there."""
    for word in words:
        gap = _WHITESPACE.match(text, pos)
        if gap is None or not text.startswith(word, gap.end()):
            return None
        pos = gap.end() + len(word)
    return pos


def _in_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


_HONORIFIC_BEFORE = re.compile(_HONORIFIC_WORD + "$")
_HONORIFIC_THEN_WORD = re.compile(_HONORIFIC_WORD + "(" + NAME_WORD + r")(?![\w'’])")
_WHITESPACE = re.compile(r"\s+")


def given_name_mentions(text: str, officials: list[Mention], taken: list[Mention]) -> list[Mention]:
    """``ông Long``, ``bà Giang``: a later mention by honorific and given name, when exactly one of
    the article's officials has that given name."""
    by_given: dict[str, set[str]] = {}
    for m in officials:
        by_given.setdefault(m.name.split()[-1].lower(), set()).add(m.name)
    covered = Covered(m.extent for m in taken)
    found: list[Mention] = []
    for hit in _HONORIFIC_THEN_WORD.finditer(text):
        word = hit.group(1)
        if len(by_given.get(word.lower(), ())) != 1 or not is_capitalised(word) \
                or hit.start(1) in covered:
            continue
        following = _WORD.match(text, hit.end() + 1) if text[hit.end():hit.end() + 1] == " " else None
        if following and is_capitalised(following.group(0)):
            continue  # the start of another full name
        found.append(Mention(next(iter(by_given[word.lower()])), hit.start(1), hit.end(1)))
    return found


def title_mentions(text: str, officials: list[Mention], orphans: list[TitleMatch]) -> list[Mention]:
    """``đồng chí Bí thư Tỉnh ủy khẳng định``: a title with no name, held by exactly one of the article's
    officials."""
    holders: dict[tuple[str, str, str, str | None], set[str]] = {}
    for m in officials:
        for t in m.titles:
            holders.setdefault(_post_key(t), set()).add(m.name)
    found: list[Mention] = []
    for t in orphans:
        names = holders.get(_post_key(t), set())
        if len(names) == 1 and _HONORIFIC_BEFORE.search(text, max(0, t.start - 12), t.start):
            found.append(Mention(next(iter(names)), t.start, t.end))
    return found


def _post_key(title: TitleMatch) -> tuple[str, str, str, str | None]:
    b = title.body
    return title.role, b.key, b.detail or (b.locality or ""), b.province_name


# A military or police rank, or an academic prefix, introduces a name as an honorific does: "bổ nhiệm Đại tá
# X giữ chức …", "công nhận PGS.TS X giữ chức Hiệu trưởng …".
_HONORIFIC = re.compile(r"(?i)(?<![\w])(?:đồng\s+chí|ông|bà|" + lx.RANK + "|" + lx.ACADEMIC_PREFIX
                        + r")\s+(?=[^\W\d_])")
_HONORIFIC_LIST = re.compile(r"(?i)(?<![\w])các\s+(?:đồng\s+chí|ông|bà)(?:\s*,\s*(?:ông|bà))?\s*:?\s*")
_TITLE_AFTER_NAME = re.compile(r"\s*(?:,|[-–])\s*(?=[^\W\d_])")
_PHRASE = re.compile(r"[^,;.()\n]{1,80}")
# Posts in companies are not public posts, and not gaps in the grammar either.
_PRIVATE = re.compile(r"(?i)công\s+ty|tập\s+đoàn|(?-i:HĐQT)|hội\s+đồng\s+quản\s+trị|doanh\s+nghiệp|liên\s+doanh|"
                      r"ngân\s+hàng\s+(?:thương\s+mại|tmcp)|hợp\s+tác\s+xã")


def honorific_names(text: str) -> list[Named]:
    """The names an honorific introduces (``đồng chí``, ``ông``, ``bà``, a rank, an academic prefix),
    found once for the two readers of them below."""
    found = []
    for h in _HONORIFIC.finditer(text):
        name = _name_from(_clean(_words_forward(text, h.end())), text)
        if name is not None:
            found.append(name)
    return found


def unknown_titles(text: str, officials: set[str], honorifics: list[Named]) -> list[tuple[int, int]]:
    """Spans of what follows ``ông X,`` / ``bà X -`` when it looks like a post (it is capitalised)
    yet is not one the grammar knows: gaps in the vocabulary, for ``kg extract --warnings``.
    ``honorifics`` is ``honorific_names(text)``."""
    spans: list[tuple[int, int]] = []
    for name in honorifics:
        if normalize_name(name[0]) in officials:
            continue
        sep = _TITLE_AFTER_NAME.match(text, name[2])
        phrase = _PHRASE.match(text, sep.end()) if sep else None
        if phrase and is_capitalised(phrase.group(0).split()[0]) and not _PRIVATE.search(phrase.group(0)):
            spans.append((phrase.start(), phrase.end()))
    return spans


def honorific_mentions(text: str, taken: list[Mention], honorifics: list[Named]) -> list[Mention]:
    """Names introduced by ``đồng chí``/``ông``/``bà`` with no title there: not officials by themselves,
    but the subjects of changes of post (``bầu đồng chí X giữ chức …``, ``miễn nhiệm … đối với ông Y``).
    ``honorifics`` is ``honorific_names(text)``."""
    covered = Covered(m.extent for m in taken)
    found: list[Mention] = []
    for introduced in honorifics:
        if introduced[1] not in covered:
            found.append(Mention(*introduced))
    # "các ông, bà: A, B được …", "các bà: A, Title khóa XII và B được …", "Các ông, bà A, B được …"
    for h in _HONORIFIC_LIST.finditer(text):
        pos = h.end()
        while (name := _name_from(_clean(_words_forward(text, pos)), text)) is not None:
            if name[1] not in covered and all(m.start != name[1] for m in found):
                found.append(Mention(name[0], name[1], name[2]))
            sep = LIST_SEPARATOR.match(text, next((m.extent[1] for m in taken if m.start == name[1]), name[2]))
            if not sep:
                break
            pos = sep.end()
    return sorted(found, key=lambda m: m.start)


_DELEGATE = re.compile(r"(?i)(?<![\w])đại\s+biểu\s+(?=[^\W\d_])")


def delegate_mentions(text: str, council: BodyMatch, taken: list[Mention]) -> list[Mention]:
    """At a council sitting, ``đại biểu X`` (no body written) is a member of that council."""
    covered = Covered(m.extent for m in taken)
    found: list[Mention] = []
    for m in _DELEGATE.finditer(text):
        name = _name_from(_clean(_words_forward(text, m.end())), text)
        if name is None or name[1] in covered:
            continue
        found.append(Mention(name[0], name[1], name[2], [TitleMatch(m.start(), m.end(), "delegate", council)]))
    return found


_HISTORY = re.compile(r"(?i)(?:từng\s+(?:giữ|đảm\s+nhiệm|kinh\s+qua)(?:\s+(?:các|nhiều))?"
                      r"(?:\s+(?:chức\s+vụ|chức\s+danh|cương\s+vị))?|từng\s+là)\s*:?\s*$")


def history_mentions(text: str, chains_without_name: list[list[TitleMatch]], people: list[Mention]) -> list[Mention]:
    """``Trước đó, đồng chí X từng giữ các chức vụ A, B``: posts the person held before, as former."""
    found: list[Mention] = []
    for chain in chains_without_name:
        if not _HISTORY.search(text, max(0, chain[0].start - 60), chain[0].start):
            continue
        sentence_start = max(text.rfind(".", 0, chain[0].start), text.rfind("\n", 0, chain[0].start)) + 1
        before = [m for m in people if sentence_start <= m.start and m.end <= chain[0].start]
        if before:
            holder = before[-1]
            former = [replace(t, status=OccupancyStatus.FORMER) for t in chain]
            found.append(Mention(holder.name, holder.start, holder.end, former))
    return found


_DEATH = re.compile(r"(?i)(?<![\w])(?:từ\s+trần|qua\s+đời|tạ\s+thế|vĩnh\s+biệt)(?![\w])")
_PRONOUN = re.compile(r"(?<![\w])(?:[Ôô]ng|[Bb]à|[Đđ]ồng\s+chí)\s+(?P<next>\w)")
_TAKES_POST = re.compile(r"(?i)(?:là|làm|giữ\s+(?:các\s+)?chức(?:\s+vụ)?\s*:?"
                         r"|được\s+(?:bầu|phân\s+công|bổ\s+nhiệm)(?:\s+làm)?|rồi|lần\s+lượt\s+là)\s*,?\s*$")


def _pronoun_in(text: str, start: int, end: int) -> bool:
    """``ông``/``bà``/``đồng chí`` standing for a person, not introducing a name: "Năm 1994, ông nghỉ hưu"."""
    return any(not m.group("next").isupper() for m in _PRONOUN.finditer(text, start, end))


def obituary_mentions(text: str, chains_without_name: list[list[TitleMatch]], people: list[Mention],
                      sentences: list[tuple[int, int]]) -> list[Mention]:
    """In an obituary, a career told of ``ông``/``bà`` (``ông được bầu làm Ủy viên Ban Thường vụ …, giữ
    chức …``; ``Ông cũng là đại biểu Quốc hội khóa VIII``) belongs to the one person who died, as former."""
    deaths = [(s, e) for s, e in sentences if _DEATH.search(text, s, e)]
    dead = [m for m in people if any(s <= m.start < e for s, e in deaths)]
    if len({m.key for m in dead}) != 1:
        return []
    holder, found = dead[0], []
    for chain in chains_without_name:
        s, _ = next(((s, e) for s, e in sentences if s <= chain[0].start < e), (chain[0].start, chain[0].start))
        named_here = [m for m in people if s <= m.start < chain[0].start]
        after = text[chain[-1].end:chain[-1].end + 2]
        unread = after[:1] == " " and after[1:].isupper()  # "Tỉnh ủy Bình Trị Thiên": a place we do not know
        if (unread or s <= holder.start or named_here or not _pronoun_in(text, s, chain[0].start)
                or not _TAKES_POST.search(text, max(s, chain[0].start - 40), chain[0].start)):
            continue
        found.append(Mention(holder.name, holder.start, holder.end,
                             [replace(t, status=OccupancyStatus.FORMER) for t in chain]))
    return found


_PLURAL_BARE_ROLE = re.compile(r"(?i)(?<![\w])các\s+(?P<role>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)\s*:\s*")


def plural_role_mentions(text: str, roles: Iterable[tuple[str, re.Pattern[str]]], titles: list[TitleMatch],
                         taken: list[Mention], sentences: list[tuple[int, int]]) -> list[Mention]:
    """``… giữ chức Chủ tịch LĐLĐ tỉnh; các Phó Chủ tịch: A, B``: a plural role written without its body
    is of the body whose head the same sentence has just named."""
    covered = Covered(m.extent for m in taken)
    found: list[Mention] = []
    for m in _PLURAL_BARE_ROLE.finditer(text):
        code = next((c for c, pattern in roles if pattern.fullmatch(m.group("role"))), None)
        if code is None or not role(code).label_vi.startswith("Phó "):
            continue
        label = role(code).label_vi
        s, _ = next(((s, e) for s, e in sentences if s <= m.start() < e), (m.start(), m.start()))
        head = [t for t in titles if s <= t.start < m.start() and role(t.role).label_vi == label[4:]]
        if not head:
            continue
        title = TitleMatch(m.start("role"), m.end("role"), code, head[-1].body)
        pos = m.end()
        while (name := _name_from(_clean(_words_forward(text, pos)), text)) is not None:
            if name[1] not in covered:
                found.append(Mention(name[0], name[1], name[2], [title]))
            sep = LIST_SEPARATOR.match(text, name[2])
            if not sep:
                break
            pos = sep.end()
    return found

