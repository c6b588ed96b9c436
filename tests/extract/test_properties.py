"""Properties of extraction on any text: it never raises, and every piece of evidence quotes the text
exactly at its span. Random text finds crashes in the plumbing; text put together from the pieces of
real articles (titles, names, posts, dates, verbs of appointment, page furniture) drives the grammar."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.extract.article import extract
from kg.ids import content_hash
from kg.ingest import Source
from kg.models import ArticleExtraction, Evidence
from kg.text import nfc

# About 200 examples in all (80 + 80 + 40), the same ones on every run.
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

HEADLINES = ["Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XX", "Kỳ họp thứ 10 HĐND tỉnh khóa XVIII",
             "Bổ nhiệm Giám đốc Sở Y tế", "Đại hội đại biểu Đảng bộ huyện Yên Phong lần thứ XXI",
             "BÁO ĐIỆN TỬ CHÍNH PHỦ", "Tin tức"]
NAMES = ["Nguyễn Văn An", "Đào Hồng Lan", "Trần Quốc Tỏ", "Lê Thị Hoa", "Nguyễn Hương Giang", "CHÂU VĂN LẮM",
         "Hà Thị Hòa", "Y Thanh Hà Niê Kđăm"]
POSTS = ["Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch UBND tỉnh", "Chủ tịch HĐND tỉnh",
         "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Sở Nội vụ", "Phó Chủ tịch UBND huyện Yên Phong",
         "Bí thư Đảng ủy xã Tân Lập", "Ủy viên Dự khuyết T.Ư Đảng", "Chánh án TAND tỉnh", "nguyên Bí thư Huyện ủy",
         "Trưởng Ban Tổ chức Tỉnh ủy", "Phó Chủ tịch", "các Phó Chủ tịch:", "Đảng ủy", "Tỉnh ủy Bắc Ninh khóa XX"]
PHRASES = ["Đồng chí", "ông", "bà", "chủ trì hội nghị", "được bầu giữ chức", "được bổ nhiệm giữ chức",
           "nghỉ hưu theo chế độ", "phát biểu kết luận", "thay đồng chí", "đã từ trần", "miễn nhiệm",
           "điều động", "tham dự", "Cùng dự có các đồng chí:", "tổ chức Hội nghị lần thứ", "Kỳ họp thứ",
           "Quyết định của Ban Thường vụ Tỉnh ủy", "đối với các ông:", "không tái cử", "Trước khi được bổ nhiệm",
           "tại tỉnh", "thành phố", "Tỉnh ủy", "HĐND", "UBND", "nhiệm kỳ 2020-2025", "khóa", "lần thứ",
           "(UBKT)", "Hội đồng nhân dân", "Ban Chấp hành Đảng bộ tỉnh", "Bắc Ninh", "Thái Nguyên", "Bạc Liêu"]
FURNITURE = ["Nguồn: Báo Bắc Ninh", "Số lượt xem: 57", "Trang chủ | Chính trị", "Ảnh: N.H", "Các tin khác:",
             "BBN - ", "(Baobacninh) -", "Tác giả: Xuân Bình", "Chính trị > Xây dựng Đảng", "baobacninh.vn"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", ": ", " - ", "\n", "\n\n", " (", ") ", "“", "”", "…"]


@st.composite
def dates(draw: st.DrawFn) -> str:
    """Dates in the forms articles write them, real or not (31/2, month 13)."""
    day, month = draw(st.integers(0, 32)), draw(st.integers(0, 13))
    year = draw(st.integers(1975, 2030))
    forms = [f"{day:02d}/{month:02d}/{year}", f"Sáng {day}-{month}", f"ngày {day}.{month}",
             f"tháng {month}-{year}", f"{day:02d}/{month:02d}/{year} {draw(st.integers(0, 23))}:45",
             f"ngày {day} tháng {month} năm {year}", f"{year}-{year + 5}"]
    return draw(st.sampled_from(forms))


CHARACTERS = st.characters(exclude_categories=["Cs"])  # no lone surrogates: a decoded file has none
FRAGMENTS = st.one_of(st.sampled_from(NAMES), st.sampled_from(POSTS), st.sampled_from(PHRASES),
                      st.sampled_from(FURNITURE), dates(), st.text(CHARACTERS, max_size=4))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """The shapes the grammar reads (``Đồng chí A, <post>, <verb> …``, ``<post> A``, ``A - <post>``), filled
    at random, or loose fragments."""
    name, post, phrase = draw(st.sampled_from(NAMES)), draw(st.sampled_from(POSTS)), draw(st.sampled_from(PHRASES))
    shapes = [f"Đồng chí {name}, {post}, {phrase} {draw(dates())}",
              f"{phrase} {post} {name}",
              f"{name} - {post}",
              f"ông {name}, {post} {draw(st.sampled_from(POSTS))}, {phrase} {post}",
              f"{draw(dates())}, {post} tổ chức {phrase} {draw(st.integers(1, 30))}",
              " ".join(draw(st.lists(FRAGMENTS, max_size=12)))]
    return draw(st.sampled_from(shapes))


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A headline, maybe a dateline, and a body of sentences joined by punctuation and line breaks."""
    head = draw(st.sampled_from(HEADLINES)) + "\n\n"
    if draw(st.booleans()):
        head += draw(dates()) + "\n\n"
    body = "".join(part + draw(st.sampled_from(SEPARATORS))
                   for part in draw(st.lists(sentences(), min_size=1, max_size=12)))
    return head + body


def _extract(text: str) -> tuple[str, ArticleExtraction]:
    text = nfc(text)
    source = Source(path=Path("property.txt"), content_hash=content_hash(text.encode()), text=text)
    return text, extract(source)


def _evidence(x: ArticleExtraction) -> list[Evidence]:
    return [e for records in (x.persons, x.occupancies, x.meetings, x.events) for r in records for e in r.evidence] \
        + [issue.evidence for issue in x.issues]


def _quotes_exactly(text: str, x: ArticleExtraction) -> None:
    for e in _evidence(x):
        assert text[e.start:e.end] == e.quote, e


@SETTINGS
@given(st.text(CHARACTERS, max_size=400))
def test_any_text_extracts_and_quotes_exactly(text: str) -> None:
    _quotes_exactly(*_extract(text))


@SETTINGS
@given(articles())
def test_article_like_text_extracts_and_quotes_exactly(text: str) -> None:
    _quotes_exactly(*_extract(text))


@st.composite
def numbered_sessions(draw: st.DrawFn) -> str:
    """A session with any number and a term with any years, in either order: what a typo makes of them."""
    body = draw(st.sampled_from(["HĐND", "HĐND tỉnh Bắc Ninh", "Tỉnh ủy Bắc Ninh"]))
    term = draw(st.sampled_from(["", " khóa X", " khóa XX"]))
    years = f" nhiệm kỳ {draw(st.integers(1945, 2035))}-{draw(st.integers(1945, 2035))}" if draw(st.booleans()) else ""
    session = draw(st.sampled_from(["kỳ họp thứ", "tổ chức Hội nghị lần thứ"]))
    return f"{body}{term}{years} {session} {draw(st.integers(0, 99))}"


@settings(SETTINGS, max_examples=40)
@given(st.lists(numbered_sessions(), min_size=1, max_size=4).map(". ".join))
@example("HĐND kỳ họp thứ 0")
@example("HĐND khóa X nhiệm kỳ 2025-2020 kỳ họp thứ 2")
def test_sessions_and_terms_numbered_anyhow_extract(text: str) -> None:
    _quotes_exactly(*_extract(text))
