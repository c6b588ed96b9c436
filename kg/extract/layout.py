"""The shape of a saved news page: chrome, title, dateline, lead, body, byline, source line.

Pages arrive as plain text copied or crawled from newspapers and provincial portals.
Around the article sit navigation words, hotlines, view counters, a crawl date,
photo markers, a byline and a "Nguồn:" line; this module tells them apart so the
extractor reads only the article and knows its title, date and publisher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from kg.dates import FULL_DATE, parse_full_date
from kg.models import PartialDate

Span = tuple[int, int]

_CHROME_WORDS = (
    r"(?:^|\s)(?:rss|youtube|facebook|zalo|twitter|hotline|emailprint\w*|email|print|"
    r"số lượt xem|số lượt đọc|lượt xem|lượt đọc|chia sẻ|in bài|bình luận|ý kiến bạn đọc|các tin đã đưa|"
    r"tin liên quan|xem thêm|trang chủ|đăng nhập|\[img\])(?=\s|:|$)"
)
_CHROME = re.compile(_CHROME_WORDS, re.IGNORECASE)
# The same words, to search a lower-cased line: the engine skips a case-sensitive alternative at its
# first letter, so this is twice as fast on the long lines of a body.
_CHROME_LOWER = re.compile(_CHROME_WORDS)
_DATE_ONLY = re.compile(
    r"(?i)^(?=.*\d)[\s|,\-–]*(?:(?:thứ\s+\w+|chủ nhật|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|"
    r"[([]?gmt\s*\+?\s*\d*[)\]]?)[\s|,\-–]*)+$"
)
# The last part of the page's address, copied with the text: "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-5".
_SLUG = re.compile(r"^\s*[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?\s*$")
_SOURCE_LABEL = r"(?i)^\s*(?:nguồn|theo)\s*:"
_SOURCE_LINE = re.compile(_SOURCE_LABEL + r"\s*(?P<name>[^|]+?)\s*(?:\|.*)?$")
# Around a dateline: its source before it, a relative update after ("Nguồn: Báo X | 02/03/2021 09:10 |
# Cập nhật 2 ngày trước").
_SOURCE_BEFORE_DATE = re.compile(_SOURCE_LABEL + r"[^|]{1,60}\|")
_UPDATED_AFTER_DATE = re.compile(r"(?i)\|\s*cập\s+nhật[^|\d]*(?:\d+\s+\w+\s+trước)?[^|\d]*$")
_LEAD_OUTLET = re.compile(r"\((?P<name>[^()\n]{1,40})\)\s*[-–—]?\s*")
_INITIALS = re.compile(r"^(?:[A-ZĐ]\.){1,3}[A-ZĐ]\.?$|^[A-ZĐ]{1,3}\.[A-ZĐ]{1,3}$")
_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][A-Za-zđĐà-ỹÀ-Ỹ.]*$")
_BRACKET_END = re.compile(r"[^()\n]{0,60}\)[\s.]*$")  # the rest of a line after its opening bracket
_AUTHOR_LABEL = re.compile(r"(?i)^\s*(?:tác giả|bài và ảnh|bài, ảnh|ảnh|bài)\s*:\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”)]?\s+(?=[\"“(]?[A-ZĐÀ-ỸẠ-Ỹ0-9])")
_ABBREVIATION_BEFORE = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|GS|PGS|BS|KS|Th|St|Mr|Dr|[A-ZĐ])\.)$")


@dataclass(frozen=True)
class Layout:
    """Where things are in one article's text."""

    title: str | None
    title_span: Span | None
    published: PartialDate | None
    publisher: str | None
    byline: str | None
    body: Span
    outlets: tuple[str, ...] = ()


def lines(text: str) -> list[Span]:
    """Spans of the non-empty lines, without their line breaks and surrounding spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_NAVIGATION = re.compile(r"\|.*\||»|\s[>›]\s|(?i:^\s*hôm nay\b)")
_MASTHEAD = re.compile(
    r"(?i)^\s*(?:báo|cổng thông tin|cổng ttđt|trang thông tin|đài phát thanh|tạp chí|cơ quan của)(?![\w])")
_BREADCRUMB = re.compile(r"\S\s+[>›»]\s+\S")
_HEAD_LINES = 15
_LEAD_INITIALS = re.compile(r"(?P<name>[A-ZĐ][A-ZĐ.]{1,9})\s+[-–]\s+")


def is_chrome(line: str) -> bool:
    """Navigation, counters, photo markers, an address's slug and other page furniture."""
    return bool(_CHROME_LOWER.search(line.lower()) or _DATE_ONLY.match(line) or _NAVIGATION.search(line)
                or _SLUG.match(line))


def is_masthead(line: str) -> bool:
    """The outlet's name above the article: ``BÁO ĐIỆN TỬ CHÍNH PHỦ``, ``Báo Cà Mau điện tử | …``."""
    letters = [c for c in line if c.isalpha()]
    shouting = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return shouting or bool(_MASTHEAD.match(line) and len(re.split(r"[|–]| - ", line)[0].split()) <= 10)


_DOMAIN = re.compile(r"(?i)^\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)(?:/\S*)?\s*$")
_RELATED = re.compile(r"(?i)^\s*(?:các tin khác|tin khác|tin liên quan|bài liên quan|các tin đã đưa|"
                      r"tin cùng chuyên mục|xem thêm|đọc thêm|có thể bạn quan tâm)\s*:?\s*$")
# The outlet before a dateline: initials ("BTN - 25/03/2020") or its domain ("VOV.VN | Thứ Năm, 23/04/2026").
_DATELINE_OUTLET = re.compile(r"^\s*(?:\(?[A-ZĐ]{2,6}\)?\s*[-–]\s*|(?:[\w-]+\.)+(?i:vn|com|net)\s*[|–-]\s*)")
_DATE_LABEL = re.compile(r"(?i)^\s*(?:cập nhật(?: ngày| lúc)?|ngày đăng|đăng ngày|đăng lúc|xuất bản|thời gian)\s*:?\s*")


def _is_dateline(line: str) -> bool:
    """A line that is only the publication date, with its label, outlet, author and time. Asked of every
    line of the page, so a line without a full date is answered first."""
    if not FULL_DATE.search(line):
        return False
    line = _UPDATED_AFTER_DATE.sub("", _SOURCE_BEFORE_DATE.sub("", line))
    stripped = _DATE_LABEL.sub("", _DATELINE_OUTLET.sub("", _CHROME.split(line)[0].strip().strip("()")))
    return bool(_DATE_ONLY.match(_without_author(stripped)))


def _without_author(line: str) -> str:
    """``MINH NGUYỆT | 21/07/2020 15:48``: the author in capitals before the date goes."""
    author, bar, rest = line.partition("|")
    return rest if bar and author.strip().isupper() and len(author.split()) <= 5 else line


def _looks_like_byline(line: str) -> str | None:
    """A trailing author or credit line: a few capitalised words or initials, no sentence; perhaps an outlet
    in brackets after them (``Minh Anh (Báo X)``), not a sentence going on after a bracket."""
    head, bracket, rest = _AUTHOR_LABEL.sub("", line).partition("(")
    head = head.strip()
    if bracket and not _BRACKET_END.match(rest):
        return None
    if not head or len(head) > 60 or (head.endswith((".", ":", ";", ",")) and not _INITIALS.match(head)):
        return None
    words = re.split(r"\s+|-|–", head)
    words = [w for w in words if w]
    if not 1 <= len(words) <= 8:
        return None
    if all(_NAME_WORD.match(w) or _INITIALS.match(w) for w in words):
        return head
    return None


def _is_section_label(line: str, text: str, spans: list[Span]) -> bool:
    """A word or two that is also an item of the page's navigation bar: the section, not the headline."""
    label = line.strip()
    return len(label.split()) <= 3 and any(
        label in (item.strip() for item in re.split(r"[|»>]", text[s:e])) for s, e in spans
        if _NAVIGATION.search(text[s:e]) and text[s:e].strip() != label)


def analyse(text: str) -> Layout:
    """Find title, dateline, publisher, byline and the body span."""
    spans = lines(text)
    outlets: list[str] = []
    content: list[Span] = []
    for s, e in spans:
        line = text[s:e]
        if not content and (is_masthead(line) or _DOMAIN.match(line)):
            outlets.append(re.split(r"[|–]| - ", line)[0].strip())
        elif not (is_chrome(line) or _is_dateline(line)):
            content.append((s, e))
    # Breadcrumbs ("Xây dựng Đảng > Đại hội Đảng các cấp") sit right above the headline: what comes
    # before them in the page head is a banner or a slogan, not the title.
    crumb = next((s for s, e in spans[:_HEAD_LINES] if _BREADCRUMB.search(text[s:e])), None)
    if crumb is not None and any(c[0] > crumb for c in content):
        content = [c for c in content if c[0] > crumb]
    title_span: Span | None = None
    if len(content) > 1 and _is_section_label(text[content[0][0]:content[0][1]], text, spans):
        content = content[1:]  # a section label ("Chính trị") above the headline
    if content:
        title_span = content[0]
        first = text[title_span[0]:title_span[1]]
        if len(content) > 1:
            second = text[content[1][0]:content[1][1]]
            # A page title "Headline - Site - Section" followed by the bare headline.
            if first != second and first.startswith(second + " -"):
                title_span = content[1]
                outlets.append(first[len(second) + 2:])
    title = text[title_span[0]:title_span[1]] if title_span else None

    published = None
    # The dateline is among the first lines after the title, past page furniture, the outlet's name
    # and the title written again (a page title above the article's own).
    after_title = list(islice((sp for sp in spans if title_span and sp[0] > title_span[0]
                               and (_is_dateline(text[sp[0]:sp[1]]) or not (
                                   is_chrome(text[sp[0]:sp[1]]) or is_masthead(text[sp[0]:sp[1]])
                                   or text[sp[0]:sp[1]] == title))), 4))
    before_title = [sp for sp in spans if title_span and sp[0] < title_span[0]]
    for s, e in after_title + before_title:
        if _is_dateline(text[s:e]):
            published = parse_full_date(text[s:e])
            if published:
                break

    publisher = None
    for s, e in reversed(spans):
        m = _SOURCE_LINE.match(text[s:e])
        if m:
            publisher = m.group("name").strip()
            outlets.append(publisher)
            break
    body_start = title_span[1] if title_span else 0
    for s, e in after_title:
        if _is_dateline(text[s:e]):
            body_start = max(body_start, e)
    lead_at = body_start + len(text[body_start:]) - len(text[body_start:].lstrip())
    lead = _LEAD_OUTLET.match(text, lead_at) or _LEAD_INITIALS.match(text, lead_at)
    if lead:
        outlets.append(lead.group("name").strip())
        publisher = publisher or lead.group("name").strip()

    # Links to other stories under a "Các tin khác:" heading are not this article.
    body_end = next((s for s, e in spans if s > body_start and _RELATED.match(text[s:e])), len(text))
    byline = None
    for s, e in reversed([sp for sp in spans if sp[0] < body_end]):
        if s < body_start:
            break
        line = text[s:e]
        if is_chrome(line) or _SOURCE_LINE.match(line):
            body_end = s
            continue
        if byline is None:
            byline = _looks_like_byline(line)
            if byline:
                body_end = s
                continue
        break
    body = (body_start, max(body_start, body_end))
    return Layout(title, title_span, published, publisher, byline, body, tuple(outlets))


def sentences(text: str, span: Span) -> list[Span]:
    """Sentence spans inside ``span``: split at line breaks and at sentence-final punctuation."""
    out: list[Span] = []
    for ls, le in lines(text[span[0]:span[1]]):
        start = span[0] + ls
        end = span[0] + le
        cursor = start
        for m in _SENTENCE_END.finditer(text, start, end):
            if _ABBREVIATION_BEFORE.search(text, max(start, m.start() - 5), m.start()):
                continue
            out.append((cursor, m.start()))
            cursor = m.end()
        out.append((cursor, end))
    return [(s, e) for s, e in out if e > s]
