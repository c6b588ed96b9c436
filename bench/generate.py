#!/usr/bin/env python3
"""Synthetic Vietnamese provincial news for the extraction, build-time and memory benchmarks (not the test suite).

    .venv/bin/python bench/generate.py OUT_DIR --count 10000 [--seed 0] [--force]

Writes OUT_DIR/a000001.txt, a000002.txt, ...: pages shaped like the provincial news sites in
/work/shared (site chrome, date lines, "(BĐ) - Sáng 9-11, ..." datelines, attendee lists, photo
captions, bylines) but filled from a simulated world, so that a benchmark exercises the whole
pipeline at realistic scale. Every province has a stable set of about fifty posts whose holders
change over the years (promotions, retirements, transfers, the 2025 reforms and mergers), so the
same officials recur across a province's articles as in a real corpus. Same arguments, same bytes;
articles are written one at a time, never held together in memory.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import functools
import heapq
import os
import random
import re
import sys
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "kg" / "data"
FIRST_DAY, LAST_DAY = date(2015, 1, 1), date(2026, 12, 31)  # publication dates
SIM_START = date(2010, 1, 1)  # the world runs from here, so 2015 opens mid-career
REFORM = date(2025, 3, 1)  # departments and Party boards merged
MERGER = date(2025, 7, 1)  # 34 provinces, no district level
YEAR = 365.25
ARTICLE_NAME = re.compile(r"a\d{6}\.txt")

# Kinds of article and their shares; a fixed mix, drawn per article by the seeded RNG.
KINDS: tuple[tuple[str, int], ...] = (
    ("conference", 30),
    ("council", 22),
    ("personnel", 28),
    ("congress", 15),
    ("obituary", 5),
)

# ---------------------------------------------------------------------------------------------
# Names

SURNAMES = (
    ("Nguyễn", 310), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 40), ("Huỳnh", 30), ("Phan", 45),
    ("Vũ", 30), ("Võ", 30), ("Đặng", 20), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13), ("Ngô", 13), ("Dương", 10),
    ("Lý", 5), ("Đào", 8), ("Đoàn", 8), ("Đinh", 8), ("Lâm", 6), ("Mai", 5), ("Trịnh", 6), ("Lương", 5),
    ("Hà", 6), ("Cao", 5), ("Tạ", 3), ("Vương", 3), ("Châu", 3), ("Lưu", 4), ("Triệu", 3), ("Tô", 3),
    ("Quách", 2), ("Thái", 3), ("Chu", 2), ("Kiều", 2), ("Nông", 3), ("Lò", 1),
)
SURNAME_POOL = tuple(s for s, _ in SURNAMES)
SURNAME_CUM = tuple(sum(w for _, w in SURNAMES[: i + 1]) for i in range(len(SURNAMES)))
MALE_MIDDLES = (
    "Văn", "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Anh", "Hồng",
    "Duy", "Đình", "Quang", "Tuấn", "Trọng", "Tiến", "Hoàng", "Kim", "Bá", "Thế", "Mạnh", "Nhân", "Tự",
    "Phước", "Khắc", "Trung", "Việt", "Hải", "Chí", "Thành",
)
FEMALE_MIDDLES = (
    "Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc", "Kim", "Minh", "Hồng", "Thúy", "Hương", "Phương",
    "Mai", "Bích", "Hoài",
)
MALE_SECOND_MIDDLES = ("Công", "Minh", "Thanh", "Hồng", "Xuân", "Ngọc", "Quốc", "Anh")
FEMALE_SECOND_MIDDLES = ("Phong", "Ái", "Thúy", "Kim", "Ngọc", "Thanh", "Minh", "Thu")
MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Hải", "Nam", "Thành", "Trung", "Hoàng", "Long", "Sơn", "Minh", "Quang", "Bình",
    "Chiến", "Toàn", "Tâm", "Phong", "Khánh", "Cường", "Hưng", "Thắng", "Lâm", "Tùng", "Huy", "Thịnh", "Phúc",
    "Đạt", "Vinh", "Nghĩa", "Chung", "Hòa", "Tú", "Kiên", "Thuận", "Lợi", "Tân", "Phi", "Nghi", "Chánh",
    "Hiếu", "Việt", "Dương", "An", "Đông", "Quý", "Trí", "Sỹ", "Thạch", "Bắc", "Tỏ", "Hậu", "Lực", "Khải",
    "Thiện", "Đức", "Quân", "Vũ", "Tiến", "Hiển", "Lộc",
)
FEMALE_GIVEN = (
    "Lan", "Hương", "Giang", "Vân", "Hà", "Thủy", "Hạnh", "Mai", "Hoa", "Nga", "Linh", "Nhung", "Thảo",
    "Yến", "Huyền", "Phượng", "Hiền", "Trang", "Dung", "Liên", "Oanh", "Hằng", "Loan", "Ngân", "Tuyết",
    "Nam", "Vũ", "Châu", "Anh", "Quyên",
)
PLACE_SYLLABLES = (
    "An", "Bình", "Phú", "Tân", "Thạnh", "Hòa", "Đông", "Tây", "Nam", "Bắc", "Vĩnh", "Long", "Mỹ", "Hưng",
    "Thuận", "Lộc", "Phước", "Thái", "Hải", "Sơn", "Yên", "Quảng", "Kim", "Lạc", "Gia", "Hoài", "Vân", "Châu",
    "Thủy", "Trung", "Hiệp", "Xuân", "Cẩm", "Đức", "Thanh", "Hương", "Tam", "Cát", "Hồng", "Ninh", "Định",
)
MINISTRIES = (
    "Nội vụ", "Kế hoạch và Đầu tư", "Tài chính", "Xây dựng", "Giao thông vận tải",
    "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường", "Công Thương", "Y tế",
    "Giáo dục và Đào tạo", "Tư pháp",
)
CENTRAL_BOARDS = ("Tổ chức", "Tuyên giáo", "Kinh tế", "Nội chính", "Dân vận")
MID_TITLES = (
    "Phó Trưởng Ban Tổ chức {TU}", "Phó Chánh Văn phòng {TU}", "Phó Giám đốc Sở Kế hoạch và Đầu tư",
    "Phó Giám đốc Sở Nội vụ", "Phó Chánh Văn phòng UBND {u}", "Phó Trưởng Ban Tuyên giáo {TU}",
)


def person_name(rng: random.Random, female: bool) -> str:
    """A name drawn with the real frequency of Vietnamese surnames, sometimes with two middle names."""
    surname = rng.choices(SURNAME_POOL, cum_weights=SURNAME_CUM)[0]
    middle = rng.choice(FEMALE_MIDDLES if female else MALE_MIDDLES)
    given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
    if rng.random() < 0.12:
        second = rng.choice(FEMALE_SECOND_MIDDLES if female else MALE_SECOND_MIDDLES)
        if second not in (middle, given):
            middle = f"{middle} {second}"
    if middle.endswith(given) or given == surname:
        middle = "Thị" if female else "Văn"
        given = "Hạnh" if female else "Hùng"
    return f"{surname} {middle} {given}"


def place_name(rng: random.Random) -> str:
    """A two-syllable district or commune name such as Hoài Ân or Đông Hải."""
    first, second = rng.sample(PLACE_SYLLABLES, 2)
    return f"{first} {second}"


def fold(text: str) -> str:
    """ASCII letters of a Vietnamese name, for a site's domain."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if c.isascii() and c.isalnum()).lower()


def roman(n: int) -> str:
    """Roman numerals, as Vietnamese writes the terms of Party committees and councils."""
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def vn_number(x: float, decimals: int = 0) -> str:
    """A number as Vietnamese prints it: 16.500,25."""
    return f"{x:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def dmy(d: date) -> str:
    """A date as 5/3/2021."""
    return f"{d.day}/{d.month}/{d.year}"


def random_day(rng: random.Random, lo: date = FIRST_DAY, hi: date = LAST_DAY) -> date:
    """A day drawn uniformly from lo..hi inclusive."""
    return lo + timedelta(days=rng.randrange((hi - lo).days + 1))


def stable_int(text: str, modulo: int) -> int:
    """A number fixed by a text, so that every article about the same session agrees on its date."""
    return zlib.crc32(text.encode()) % max(modulo, 1)


# ---------------------------------------------------------------------------------------------
# Provinces, posts and the simulated world


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    city: bool
    start: date  # first day in force (SIM_START where the file asserts none)
    end: date
    originals: tuple[str, ...]  # the units it was formed from, namesake first; () for the 63


def load_provinces() -> list[Province]:
    """The 63 units before 1 July 2025 and the 34 after it, from kg/data."""
    def rows(name: str) -> list[dict[str, str]]:
        with (DATA / name).open(encoding="utf-8") as f:
            return list(csv.DictReader(line for line in f if not line.startswith("#")))

    originals = {r["result"]: tuple(r["originals"].split("|")) for r in rows("province_mergers.csv")}
    return [
        Province(code=r["code"], name=r["name"], city=r["centrally_run"] == "true",
                 start=date.fromisoformat(r["valid_from"]) if r["valid_from"] else SIM_START,
                 end=min(date.fromisoformat(r["valid_until"]), LAST_DAY) if r["valid_until"] else LAST_DAY,
                 originals=originals.get(r["code"], ()))
        for r in rows("provinces.csv")
    ]


@dataclass(frozen=True)
class Post:
    """A post every province has. Titles use {TU} (Tỉnh ủy/Thành ủy), {u} (tỉnh/thành phố), {doan} and {D}
    (the district); `via` is the body that fills it, which decides how news reports the change."""

    key: str
    titles: tuple[str, ...]
    party: str  # "tw" central committee, "btv" standing committee, "tu" provincial committee, "" none
    via: str  # politburo, btv, council, ubnd, ministry, mass
    feeders: tuple[str, ...] = ()  # posts whose holders are promoted into this one
    short: int = 0  # which title a headline puts before the name
    until: date | None = None  # abolished after this day
    renamed: tuple[str, ...] = ()  # titles from REFORM on
    rank: bool = False  # police and army officers carry a rank before the name
    female: bool = False


POSTS: tuple[Post, ...] = (
    Post("bt", ("Bí thư {TU}",), "tw", "politburo", ("pbt", "ct_ubnd")),
    Post("pbt", ("Phó Bí thư Thường trực {TU}",), "", "politburo", ("pct_ubnd_tt", "tbtc", "cnkt", "pct_hdnd")),
    Post("ct_ubnd", ("Phó Bí thư {TU}", "Chủ tịch UBND {u}"), "", "council", ("pct_ubnd_tt", "pct_ubnd"), short=1),
    Post("pct_ubnd_tt", ("Phó Chủ tịch Thường trực UBND {u}",), "btv", "council",
         ("pct_ubnd", "gd_tc", "gd_kh", "bt_huyen")),
    Post("pct_ubnd", ("Phó Chủ tịch UBND {u}",), "btv", "council",
         ("gd_noivu", "gd_xd", "gd_nn", "cvp_ubnd", "bt_huyen")),
    Post("pct_ubnd2", ("Phó Chủ tịch UBND {u}",), "tu", "council", ("gd_yt", "gd_gd", "gd_ct", "gd_tn", "ct_huyen")),
    Post("pct_hdnd", ("Phó Chủ tịch Thường trực HĐND {u}",), "btv", "council", ("tb_ktns", "tbdv", "bt_huyen")),
    Post("pct_hdnd2", ("Phó Chủ tịch HĐND {u}",), "tu", "council", ("tb_pc", "tb_ktns", "ct_hnd")),
    Post("tbtc", ("Trưởng Ban Tổ chức {TU}",), "btv", "btv", ("gd_noivu", "pbtc", "bt_huyen")),
    Post("cnkt", ("Chủ nhiệm Ủy ban Kiểm tra {TU}",), "btv", "btv", ("bt_huyen", "cvp_tu")),
    Post("tbtg", ("Trưởng Ban Tuyên giáo {TU}",), "btv", "btv", ("bt_huyen", "bt_doan"),
         renamed=("Trưởng Ban Tuyên giáo và Dân vận {TU}",)),
    Post("tbdv", ("Trưởng Ban Dân vận {TU}",), "btv", "btv", ("ct_hnd", "ct_ldld", "bt_huyen"),
         until=REFORM - timedelta(days=1)),
    Post("tbnc", ("Trưởng Ban Nội chính {TU}",), "btv", "btv", ("ct_tt", "bt_huyen")),
    Post("ct_mttq", ("Chủ tịch Ủy ban MTTQ Việt Nam {u}",), "btv", "mass", ("tbdv", "ct_hnd", "ct_ldld", "bt_huyen")),
    Post("gd_ca", ("Giám đốc Công an {u}",), "btv", "ministry", rank=True),
    Post("cht_qs", ("Chỉ huy trưởng Bộ Chỉ huy Quân sự {u}",), "btv", "ministry", rank=True),
    Post("cvp_tu", ("Chánh Văn phòng {TU}",), "tu", "btv", ("bt_huyen", "pbtc")),
    Post("pbtc", ("Phó Trưởng Ban Thường trực Ban Tổ chức {TU}",), "", "btv"),
    Post("gd_noivu", ("Giám đốc Sở Nội vụ",), "tu", "ubnd", ("pbtc", "ct_huyen")),
    Post("gd_tc", ("Giám đốc Sở Tài chính",), "tu", "ubnd", ("gd_kh", "ct_huyen")),
    Post("gd_kh", ("Giám đốc Sở Kế hoạch và Đầu tư",), "tu", "ubnd", ("ct_huyen",), until=REFORM - timedelta(days=1)),
    Post("gd_xd", ("Giám đốc Sở Xây dựng",), "tu", "ubnd", ("pgd_xd", "ct_huyen")),
    Post("gd_yt", ("Giám đốc Sở Y tế",), "", "ubnd", ("pgd_yt",)),
    Post("gd_gd", ("Giám đốc Sở Giáo dục và Đào tạo",), "", "ubnd"),
    Post("gd_nn", ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn",), "tu", "ubnd", ("ct_huyen",),
         renamed=("Giám đốc Sở Nông nghiệp và Môi trường",)),
    Post("gd_tn", ("Giám đốc Sở Tài nguyên và Môi trường",), "", "ubnd", until=REFORM - timedelta(days=1)),
    Post("gd_tp", ("Giám đốc Sở Tư pháp",), "", "ubnd"),
    Post("gd_ct", ("Giám đốc Sở Công Thương",), "", "ubnd"),
    Post("cvp_ubnd", ("Chánh Văn phòng UBND {u}",), "", "ubnd"),
    Post("ct_tt", ("Chánh Thanh tra {u}",), "", "ubnd"),
    Post("ct_ldld", ("Chủ tịch Liên đoàn Lao động {u}",), "", "mass"),
    Post("ct_hnd", ("Chủ tịch Hội Nông dân {u}",), "", "mass"),
    Post("ct_hlhpn", ("Chủ tịch Hội Liên hiệp Phụ nữ {u}",), "tu", "mass", female=True),
    Post("bt_doan", ("Bí thư {doan}",), "tu", "mass"),
    Post("tb_ktns", ("Trưởng ban Kinh tế - Ngân sách HĐND {u}",), "", "council"),
    Post("tb_pc", ("Trưởng ban Pháp chế HĐND {u}",), "", "council"),
    Post("pgd_xd", ("Phó Giám đốc Sở Xây dựng",), "", "ubnd"),
    Post("pgd_yt", ("Phó Giám đốc Sở Y tế",), "", "ubnd"),
)
DISTRICT_POSTS: tuple[Post, ...] = (
    Post("bt_huyen", ("Bí thư Huyện ủy {D}",), "tu", "btv", ("ct_huyen",), until=MERGER - timedelta(days=1)),
    Post("ct_huyen", ("Chủ tịch UBND huyện {D}",), "", "council", until=MERGER - timedelta(days=1)),
)
DISTRICTS = 6
TOP_POSTS = ("bt", "pbt", "ct_ubnd")  # often filled from outside the province


@dataclass(eq=False)
class Person:
    name: str
    female: bool
    born: int
    retire: date
    rank: str = ""
    central: str = ""  # membership of the Party Central Committee, once a provincial secretary
    tenures: list[Tenure] = field(default_factory=list)


@dataclass(eq=False)
class Slot:
    """One post in one province (a district post once per district), with its holders in order."""

    world: str
    post: Post
    district: str
    tenures: list[Tenure] = field(default_factory=list)
    starts: list[date] = field(default_factory=list)

    def holder(self, d: date) -> Person | None:
        if self.post.until is not None and d > self.post.until:
            return None
        i = bisect.bisect_right(self.starts, d) - 1
        if i < 0:
            return None
        tenure = self.tenures[i]
        return tenure.person if tenure.end is None or d < tenure.end else None


@dataclass(eq=False)
class Tenure:
    slot: Slot
    person: Person
    start: date
    end: date | None = None


@dataclass(frozen=True, eq=False)
class Change:
    """A change of holder: who came (and from which post), who left and why."""

    day: date
    slot: Slot
    incoming: Person | None
    outgoing: Person | None
    reason: str  # why the outgoing holder left: retired, transferred, promoted, abolished
    prior: str  # the incoming holder's post before, in full
    promoted: bool  # the incoming holder came from another post of this province


@dataclass(frozen=True)
class Term:
    start: date
    khoa: int | None  # None for the appointed committees of the merged provinces before their first congress
    span: str


@dataclass(frozen=True)
class Session:
    n: int
    day: date
    term: Term


@dataclass(frozen=True)
class Schedule:
    """Sessions of one body, numbered from each term's start at a steady pace with a fixed jitter, so every
    article about session n of a term gives it the same date."""

    key: str
    terms: tuple[Term, ...]
    every: float  # days between sessions

    def term_at(self, d: date) -> Term:
        current = self.terms[0]
        for term in self.terms:
            if term.start <= d:
                current = term
        return current

    def day_of(self, term: Term, n: int) -> date:
        if n <= 1:
            return term.start
        jitter = stable_int(f"{self.key}/{term.start}/{n}", int(self.every * 0.4))
        return term.start + timedelta(days=int((n - 1) * self.every) + jitter)

    def session(self, d: date, since: date = SIM_START) -> Session:
        """The latest session held on or before d, or the next one if that was before `since` (Huế took over
        the numbering of Thừa Thiên Huế's sessions, not the sessions themselves)."""
        term = self.term_at(d)
        n = max(1, int((d - term.start).days / self.every) + 1)
        if n > 1 and self.day_of(term, n) > d:
            n -= 1
        if self.day_of(term, n) < since:
            n += 1
        return Session(n, self.day_of(term, n), term)

    def next_session(self, d: date) -> Session:
        """The first session held on or after d: where a change of post made on d is voted."""
        held = self.session(d)
        return held if held.day >= d else Session(held.n + 1, self.day_of(held.term, held.n + 1), held.term)


@dataclass(frozen=True)
class Outlet:
    """A news site: its name, how its leads are tagged, its page layout and its staff."""

    name: str
    tag: str
    layout: str
    dm: str  # how a lead writes day and month: "9/11", "9-11", "9.11"
    pad: bool  # zero-padded day in the lead ("09/11")
    bylines: tuple[str, ...]
    credits: tuple[str, ...]
    swaps: tuple[tuple[str, str], ...]  # house abbreviations: "Ủy viên T.Ư Đảng", "UBND", "BTV"
    arabic: bool  # "khóa 20" rather than "khóa XX"
    old_tones: bool  # "Tỉnh uỷ", "Hoà"


class World:
    """One province: its posts and their holders from 2010 to the end of its existence, its schedules of
    Party committee and council sessions, its districts and its news outlets."""

    def __init__(self, province: Province, seed: int, originals: Sequence[World]) -> None:
        rng = random.Random(f"{seed}:{province.code}")
        self.seed = seed
        self.code = province.code
        self.name = province.name
        self.city = province.city
        self.start, self.end = province.start, province.end
        self.u = "thành phố" if province.city else "tỉnh"
        self.tu = "Thành ủy" if province.city else "Tỉnh ủy"
        self.doan = "Thành đoàn" if province.city else "Tỉnh đoàn"
        self.place = self.name if self.name.startswith("Thành phố") else f"{self.u} {self.name}"  # "tỉnh Bắc Ninh"
        self.words = {"u": self.u, "TU": self.tu, "P": self.name, "place": self.place, "doan": self.doan}
        self.secretary_chairs_council = rng.random() < 0.35
        self.names: set[str] = set().union(*(o.names for o in originals))
        self.districts = [] if originals else self._districts(rng)
        self.district_base = [rng.randint(18, 27) for _ in self.districts]
        self.party, self.party_base = self._party(rng, originals)
        self.council, self.council_base = self._council(rng, originals)
        self.slots = [Slot(self.code, p, "") for p in POSTS if p.until is None or p.until >= self.start]
        self.slots += [Slot(self.code, p, d) for d in self.districts for p in DISTRICT_POSTS]
        self.by_key = {s.post.key: s for s in self.slots if not s.district}
        self.title_cache: dict[tuple[int, bool, bool], tuple[str, ...]] = {}
        self.changes: list[Change] = []
        self.deaths: list[tuple[date, Person]] = []
        self._simulate(rng, originals)
        self.changes.sort(key=lambda c: c.day)
        self.change_days = [c.day for c in self.changes]
        self.deaths.sort(key=lambda x: x[0])
        self.death_days = [d for d, _ in self.deaths]
        self.outlets = self._outlets(rng)

    # -- setup ---------------------------------------------------------------------------------

    def _districts(self, rng: random.Random) -> list[str]:
        names: list[str] = []
        while len(names) < DISTRICTS:
            name = place_name(rng)
            if name not in names:
                names.append(name)
        return names

    def _party(self, rng: random.Random, originals: Sequence[World]) -> tuple[Schedule, int]:
        """Provincial Party congresses every five years in the autumn; merged provinces start at the merger
        with an appointed committee and number their first congress I."""
        def congress(year: int) -> date:
            return date(year, 9, 22) + timedelta(days=rng.randint(0, 35))

        c2025 = congress(2025)
        terms: tuple[Term, ...]
        if len(originals) > 1:
            terms = (Term(self.start, None, "2020-2025"), Term(c2025, 1, "2025-2030"))
            return Schedule(self.code, terms, rng.uniform(38, 75)), 0
        if originals:  # the same territory under a new name (Huế): the old numbering continues
            old = originals[0]
            terms = (*old.party.terms, Term(c2025, old.party_base + 2, "2025-2030"))
            return Schedule(old.party.key, terms, old.party.every), old.party_base
        base = rng.randint(15, 21)
        terms = tuple(Term(congress(y), base + (y - 2015) // 5, f"{y}-{y + 5}") for y in (2010, 2015, 2020))
        if self.end > c2025:
            terms = (*terms, Term(c2025, base + 2, "2025-2030"))
        return Schedule(self.code, terms, rng.uniform(38, 75)), base

    def _council(self, rng: random.Random, originals: Sequence[World]) -> tuple[Schedule, int]:
        """People's Council terms from the elections of 2011, 2016, 2021 and 2026; merged councils restart
        their session count at the merger but keep the namesake's term number."""
        e2026 = date(2026, 3, 20) + timedelta(days=rng.randint(0, 10))
        terms: tuple[Term, ...]
        if originals:
            old = originals[0]
            base = old.council_base
            if len(originals) > 1:
                terms = (Term(self.start, base + 1, "2021-2026"),)
                key, every = self.code, rng.uniform(55, 110)
            else:
                terms, key, every = old.council.terms, old.council.key, old.council.every
            return Schedule(key, (*terms, Term(e2026, base + 2, "2026-2031")), every), base
        base = rng.randint(8, 18)
        terms = tuple(Term(date(y, 6, 18) + timedelta(days=rng.randint(0, 15)), base + (y - 2016) // 5, f"{y}-{y + 5}")
                      for y in (2011, 2016, 2021))
        if self.end > e2026:
            terms = (*terms, Term(e2026, base + 2, "2026-2031"))
        return Schedule(self.code, terms, rng.uniform(55, 110)), base

    def _outlets(self, rng: random.Random) -> list[Outlet]:
        initials = "".join(w[0] for w in self.name.split()).upper()
        slug = fold(self.name.removeprefix("Thành phố "))

        def staff(upper: bool) -> tuple[str, ...]:
            names = []
            for _ in range(3):
                female = rng.random() < 0.4
                middle = rng.choice(FEMALE_MIDDLES[4:] if female else MALE_MIDDLES[4:])
                given = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN)
                form = rng.randrange(4)
                if form == 0:
                    names.append(f"{middle} {given}".upper() if upper else f"{middle} {given}")
                elif form == 1:
                    names.append(f"{middle[0]}.{given[0]}" if rng.random() < 0.5 else f"{middle[0]}.{given.upper()}")
                elif form == 2:
                    names.append(f"{middle} {given}-{rng.choice(MALE_MIDDLES[4:])} {rng.choice(MALE_GIVEN)}")
                else:
                    names.append(person_name(rng, female))
            return tuple(names)

        def style() -> tuple[tuple[tuple[str, str], ...], bool, bool]:
            return tuple((old, rng.choice(new)) for old, new in SWAPS), rng.random() < 0.1, rng.random() < 0.15

        paper_layout = rng.choice(("news", "weekday", "gmt", "print"))
        portal_layout = rng.choice(("portal", "dept"))
        portal = "Cổng Thông tin điện tử " + ("" if self.city else "tỉnh ") + self.name
        return [
            Outlet(f"Báo {self.name}", f"({initials}) - " if rng.random() < 0.8 else f"({initials}) ", paper_layout,
                   rng.choice(("-", ".", "/")), rng.random() < 0.2, staff(paper_layout == "gmt"), staff(True),
                   *style()),
            Outlet(portal, f"({slug}.gov.vn) - ", portal_layout, "/", rng.random() < 0.5, staff(False), staff(False),
                   *style()),
            Outlet(f"Trang thông tin điện tử Đảng bộ {self.u} {self.name}", "", "hotline", "/", False, staff(False),
                   ("PV",), *style()),
        ]

    # -- the simulation ------------------------------------------------------------------------

    def _new_person(self, rng: random.Random, post: Post, t: date) -> Person:
        female = post.female or (not post.rank and rng.random() < 0.2)
        name = person_name(rng, female)
        while name in self.names:
            name = person_name(rng, female)
        self.names.add(name)
        born = t.year - (rng.randint(48, 57) if post.key in TOP_POSTS else rng.randint(42, 56))
        rank = ""
        if post.rank:
            rank = "Thiếu tướng" if post.key == "gd_ca" and rng.random() < 0.25 else "Đại tá"
        return Person(name, female, born, date(born + 60, rng.randint(1, 12), 1), rank)

    def _assign(self, slot: Slot, person: Person, start: date, rng: random.Random) -> None:
        if slot.post.key == "bt" and not person.central:
            person.central = "Ủy viên Trung ương Đảng" if rng.random() < 0.75 else "Ủy viên dự khuyết Trung ương Đảng"
        tenure = Tenure(slot, person, start)
        slot.tenures.append(tenure)
        slot.starts.append(start)
        person.tenures.append(tenure)

    def _leave(self, slot: Slot, t: date) -> Person | None:
        """End the current tenure of a post on t; its holder, if it had one."""
        tenure = slot.tenures[-1]
        if tenure.end is not None:
            return None
        tenure.end = t
        return tenure.person

    def _next(self, rng: random.Random, person: Person, t: date) -> date:
        """When a post changes hands next: after a term or two, or at the holder's retirement."""
        return max(min(t + timedelta(days=int(rng.uniform(2.5, 7.5) * YEAR)), person.retire), t + timedelta(days=60))

    def _simulate(self, rng: random.Random, originals: Sequence[World]) -> None:
        """Fill every post and replay the years: a holder leaves (retires at sixty, is transferred, or the
        post is abolished), and the post goes to the holder of a feeder post or to a newcomer."""
        begin = max(self.start, SIM_START)
        queue: list[tuple[date, int, int]] = []
        version = [0] * len(self.slots)
        for i, slot in enumerate(self.slots):
            inherited = self._inherited(rng, slot, originals)
            person = inherited or self._new_person(rng, slot.post, begin)
            since = begin if inherited else begin - timedelta(days=rng.randint(0, 1500))
            self._assign(slot, person, since, rng)
            heapq.heappush(queue, (self._next(rng, person, begin), i, 0))
        index = {id(s): i for i, s in enumerate(self.slots)}
        while queue:
            t, i, v = heapq.heappop(queue)
            slot = self.slots[i]
            if v != version[i]:
                continue
            until = slot.post.until
            if until is not None and t > until:
                gone_day = until + timedelta(days=1)
                if gone_day <= self.end:
                    gone = self._leave(slot, gone_day)
                    if gone is not None and not slot.district:
                        self.changes.append(Change(gone_day, slot, None, gone, "abolished", "", False))
                continue
            if t > self.end:
                continue
            outgoing = self._leave(slot, t)
            reason = "retired" if outgoing is not None and t >= outgoing.retire - timedelta(days=365) else "transferred"
            feeders = [s for s in self.slots if s.post.key in slot.post.feeders and s is not slot]
            candidates = [(s, p) for s in feeders if (p := s.holder(t)) is not None
                          and p.retire > t + timedelta(days=2 * 365)]
            if candidates and rng.random() < 0.6:
                source, person = rng.choice(candidates)
                prior = ", ".join(self.titles_of(source, person, t))
                self._leave(source, t)
                self._assign(slot, person, t, rng)
                self.changes.append(Change(t, slot, person, outgoing, reason, prior, True))
                fresh = self._new_person(rng, source.post, t)
                self._assign(source, fresh, t, rng)
                self.changes.append(Change(t, source, fresh, person, "promoted", self._prior(rng, source), False))
                j = index[id(source)]
                version[j] += 1
                heapq.heappush(queue, (self._next(rng, fresh, t), j, version[j]))
            else:
                person = self._new_person(rng, slot.post, t)
                self._assign(slot, person, t, rng)
                self.changes.append(Change(t, slot, person, outgoing, reason, self._prior(rng, slot), False))
            version[i] += 1
            heapq.heappush(queue, (self._next(rng, person, t), i, version[i]))
        for change in self.changes:
            gone = change.outgoing
            if gone is not None and change.reason in ("retired", "abolished") and rng.random() < 0.35:
                died = change.day + timedelta(days=rng.randint(400, 4200))
                if died <= self.end:
                    self.deaths.append((died, gone))

    def _inherited(self, rng: random.Random, slot: Slot, originals: Sequence[World]) -> Person | None:
        """A merged province takes each post's holder from one of the provinces it was formed from."""
        if not originals:
            return None
        eve = self.start - timedelta(days=1)
        sources = [o.by_key[slot.post.key] for o in originals if slot.post.key in o.by_key]
        holders = [p for s in sources if (p := s.holder(eve)) is not None]
        return rng.choice(holders) if holders else None

    def _prior(self, rng: random.Random, slot: Slot) -> str:
        """The post a newcomer held before, outside this province's tracked posts."""
        post = slot.post
        if post.key in TOP_POSTS:
            return rng.choice((f"Thứ trưởng Bộ {rng.choice(MINISTRIES)}",
                               f"Phó Trưởng Ban {rng.choice(CENTRAL_BOARDS)} Trung ương",
                               "Phó Chủ nhiệm Văn phòng Quốc hội"))
        if post.key == "gd_ca":
            return rng.choice(("Phó Giám đốc Công an tỉnh " + place_name(rng), "Phó Cục trưởng Cục Cảnh sát hình sự"))
        if post.key == "cht_qs":
            return f"Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự {self.u}"
        title = self.fill(post.titles[0], slot.district)
        if title.startswith("Phó Giám đốc "):
            return f"{rng.choice(('Trưởng phòng Kế hoạch - Tài chính', 'Chánh Văn phòng'))}, {title[13:]}"
        if title.startswith("Phó "):
            return self.fill(rng.choice(MID_TITLES))
        return f"Phó {title}"

    # -- queries -------------------------------------------------------------------------------

    def fill(self, template: str, district: str = "") -> str:
        return template.format(TU=self.tu, u=self.u, doan=self.doan, D=district)

    def post_titles(self, slot: Slot, d: date, combined: bool = True) -> tuple[str, ...]:
        """The titles of a post on a day; `combined` adds the offices its holder holds with it by custom."""
        key = (id(slot), d >= REFORM, combined)
        titles = self.title_cache.get(key)
        if titles is None:
            post = slot.post
            names = [self.fill(t, slot.district) for t in (post.renamed if key[1] and post.renamed else post.titles)]
            council, assembly = f"Chủ tịch HĐND {self.u}", f"Trưởng Đoàn ĐBQH {self.u}"
            if combined and post.key == "bt":
                names.append(council if self.secretary_chairs_council else assembly)
            elif combined and post.key == "pbt":
                names.append(assembly if self.secretary_chairs_council else council)
            titles = self.title_cache[key] = tuple(names)
        return titles

    def titles_of(self, slot: Slot, person: Person, d: date) -> list[str]:
        """What an article writes after the name: Party rank first, then the posts."""
        party = {"tw": person.central, "btv": f"Ủy viên Ban Thường vụ {self.tu}", "tu": f"{self.tu} viên"}
        rank = party.get(slot.post.party, "")
        return [rank, *self.post_titles(slot, d)] if rank else list(self.post_titles(slot, d))

    def tenure(self, person: Person, d: date) -> Tenure | None:
        for tenure in reversed(person.tenures):
            if tenure.slot.world == self.code and tenure.start <= d and (tenure.end is None or d < tenure.end):
                return tenure
        return None

    def titles(self, person: Person, d: date) -> list[str]:
        """All the titles of a person on a day in this province ([] if none)."""
        tenure = self.tenure(person, d)
        return self.titles_of(tenure.slot, person, d) if tenure else []

    def primary(self, person: Person, d: date) -> str:
        """The title a headline puts before the name: "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"."""
        tenure = self.tenure(person, d)
        if tenure is None:
            return ""
        return self.post_titles(tenure.slot, d)[tenure.slot.post.short]

    def holder(self, key: str, d: date) -> Person | None:
        slot = self.by_key.get(key)
        return slot.holder(d) if slot else None

    def leader(self, key: str, d: date) -> Person:
        """The holder of a post that is never vacant."""
        person = self.holder(key, d)
        if person is None:
            raise LookupError(f"{self.code}: no holder of {key} on {d}")
        return person

    def present(self, keys: Sequence[str], d: date) -> list[Person]:
        return [p for k in keys if (p := self.holder(k, d)) is not None]

    def council_chair(self, d: date) -> Person:
        return self.leader("bt" if self.secretary_chairs_council else "pbt", d)

    def change_near(self, d: date) -> Change | None:
        """The first change on or after d, else the last before it."""
        i = bisect.bisect_left(self.change_days, d)
        usable = [c for c in self.changes[i:i + 1] + self.changes[max(i - 1, 0):i] if c.day >= FIRST_DAY]
        return usable[0] if usable else None

    def changes_between(self, lo: date, hi: date) -> list[Change]:
        i = bisect.bisect_left(self.change_days, lo)
        j = bisect.bisect_right(self.change_days, hi)
        return self.changes[i:j]

    def death_near(self, d: date, days: int) -> tuple[date, Person] | None:
        """A death of one of the province's former officials within `days` of d."""
        i = bisect.bisect_left(self.death_days, d)
        near = [x for x in self.deaths[max(i - 1, 0):i + 1] if x[0] >= FIRST_DAY and abs((x[0] - d).days) <= days]
        return near[0] if near else None


class Atlas:
    """All provinces of the seed's world, each simulated the first time an article needs it."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.provinces = {p.code: p for p in load_provinces()}
        self.worlds: dict[str, World] = {}
        self.in_force: dict[date, tuple[str, ...]] = {}

    def world(self, code: str) -> World:
        if code not in self.worlds:
            province = self.provinces[code]
            self.worlds[code] = World(province, self.seed, [self.world(c) for c in province.originals])
        return self.worlds[code]

    def pick(self, rng: random.Random, d: date) -> World:
        """A province in force on d: one of the 63 before the merger, one of the 34 after it."""
        codes = self.in_force.get(d)
        if codes is None:
            codes = self.in_force[d] = tuple(p.code for p in self.provinces.values() if p.start <= d <= p.end)
        return self.world(rng.choice(codes))


# ---------------------------------------------------------------------------------------------
# Writing

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
WEEKDAYS_NUM = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")
SWAPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Ủy viên Trung ương Đảng", ("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "Ủy viên T.Ư Đảng",
                                 "Ủy viên TƯ Đảng", "Ủy viên BCH Trung ương Đảng", "UVTW Đảng")),
    ("Ủy viên dự khuyết Trung ương Đảng", ("Ủy viên dự khuyết Trung ương Đảng", "Ủy viên Dự khuyết T.Ư Đảng",
                                           "Ủy viên dự khuyết BCH Trung ương Đảng")),
    ("Ủy viên Ban Thường vụ", ("Ủy viên Ban Thường vụ", "Ủy viên Ban Thường vụ", "Ủy viên BTV")),
    ("UBND", ("UBND", "UBND", "UBND", "Ủy ban nhân dân")),
    ("HĐND", ("HĐND", "HĐND", "HĐND", "Hội đồng nhân dân")),
    ("Trưởng Đoàn ĐBQH", ("Trưởng Đoàn ĐBQH", "Trưởng đoàn ĐBQH", "Trưởng Đoàn đại biểu Quốc hội")),
    ("Ủy ban MTTQ Việt Nam", ("Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ Việt Nam", "UBMTTQ Việt Nam",
                              "Ủy ban Mặt trận Tổ quốc Việt Nam")),
)

FIGURES: dict[str, Callable[[random.Random], str]] = {
    "p1": lambda r: vn_number(r.uniform(5, 9.8), 2), "p2": lambda r: vn_number(r.uniform(92, 130), 1),
    "p3": lambda r: vn_number(r.uniform(3, 25), 1), "p4": lambda r: vn_number(r.uniform(0.8, 6), 2),
    "p5": lambda r: vn_number(r.uniform(93, 99.8), 1),
    "m1": lambda r: vn_number(r.randrange(2_000, 60_000)), "m2": lambda r: vn_number(r.randrange(1_000, 90_000)),
    "n1": lambda r: str(r.randint(8, 120)), "n2": lambda r: vn_number(r.randint(100, 2_500)),
    "n3": lambda r: vn_number(r.randint(200, 4_000)), "n4": lambda r: str(r.randint(2, 40)),
    "n5": lambda r: str(r.randint(14, 22)), "n6": lambda r: str(r.randint(22, 26)),
    "n7": lambda r: str(r.randint(38, 95)), "n8": lambda r: str(r.randint(5, 9)), "n9": lambda r: str(r.randint(2, 4)),
    "x": lambda r: vn_number(r.uniform(1.3, 2.2), 1),
}


class Figures(dict[str, str]):
    """The values of filler sentences: the article's words, and numbers drawn afresh at every use, so that
    no two sentences repeat a figure."""

    def __init__(self, rng: random.Random, words: dict[str, str]) -> None:
        super().__init__(words)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return FIGURES[key](self.rng)


# Filler sentences by theme; {placeholders} come from FIGURES, the province's words and the story.
FILLER: dict[str, tuple[str, ...]] = {
    "economy": (
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) năm {y} ước đạt {p1}%, cao hơn mức bình quân chung "
        "của cả nước.",
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt {m1} tỷ đồng, bằng {p2}% dự toán, tăng {p3}% so với cùng kỳ.",
        "Giá trị sản xuất công nghiệp tăng {p1}%; kim ngạch xuất khẩu ước đạt {n3} triệu USD, tăng {p3}% so với "
        "cùng kỳ.",
        "Công tác thu hút đầu tư có nhiều chuyển biến tích cực; trong năm, {u} đã chấp thuận chủ trương đầu tư cho "
        "{n1} dự án với tổng vốn đăng ký hơn {m2} tỷ đồng.",
        "Tỷ lệ giải ngân vốn đầu tư công đạt {p2}% kế hoạch vốn được giao; nhiều công trình, dự án trọng điểm được "
        "tập trung chỉ đạo, đẩy nhanh tiến độ.",
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới tiếp tục được quan tâm chỉ đạo; đến nay toàn {u} có "
        "{n1} xã đạt chuẩn nông thôn mới, {n4} xã đạt chuẩn nông thôn mới nâng cao.",
        "Sản xuất nông nghiệp cơ bản ổn định; tổng sản lượng lương thực ước đạt {n3} nghìn tấn, giá trị sản xuất "
        "trên một đơn vị diện tích tiếp tục tăng.",
        "Hoạt động thương mại, dịch vụ, du lịch phục hồi mạnh; tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu "
        "dùng tăng {p3}% so với cùng kỳ.",
        "Môi trường đầu tư kinh doanh tiếp tục được cải thiện; số doanh nghiệp thành lập mới tăng {p3}%, chỉ số năng "
        "lực cạnh tranh cấp tỉnh (PCI) tăng {n4} bậc so với năm trước.",
        "Công tác quy hoạch, quản lý quy hoạch và giải phóng mặt bằng các dự án lớn được tập trung tháo gỡ; hạ tầng "
        "giao thông kết nối vùng từng bước được đầu tư đồng bộ.",
        "Quy mô nền kinh tế của {place} tiếp tục được mở rộng; cơ cấu kinh tế chuyển dịch theo hướng tăng tỷ trọng "
        "công nghiệp, dịch vụ.",
    ),
    "society": (
        "Lĩnh vực văn hóa - xã hội tiếp tục có chuyển biến tích cực; công tác an sinh xã hội được bảo đảm, đời "
        "sống nhân dân cơ bản ổn định.",
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn {p4}%; các chính sách đối với người có công, đối tượng "
        "bảo trợ xã hội được thực hiện đầy đủ, kịp thời.",
        "Công tác chăm sóc sức khỏe nhân dân được quan tâm; tỷ lệ dân số tham gia bảo hiểm y tế đạt {p5}%.",
        "Chất lượng giáo dục toàn diện được nâng lên; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt {p5}%.",
        "Chương trình hỗ trợ xóa nhà tạm, nhà dột nát được triển khai quyết liệt với {n2} căn nhà đã được khởi "
        "công, hoàn thành và bàn giao cho các hộ dân.",
        "Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm; công tác tiếp công dân, giải quyết "
        "khiếu nại, tố cáo được thực hiện nghiêm túc.",
        "Công tác cải cách hành chính, chuyển đổi số được đẩy mạnh; {p5}% hồ sơ thủ tục hành chính được giải quyết "
        "đúng và trước hạn.",
    ),
    "party": (
        "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; việc học tập, quán triệt và triển khai thực "
        "hiện các nghị quyết, chỉ thị của Trung ương, của {TU} được thực hiện nghiêm túc.",
        "Công tác tổ chức, cán bộ được thực hiện đúng nguyên tắc, quy trình; việc sắp xếp tổ chức bộ máy theo "
        "hướng tinh gọn, hoạt động hiệu lực, hiệu quả tiếp tục được đẩy mạnh.",
        "Công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng được tăng cường; các cấp ủy đã kiểm tra {n1} "
        "tổ chức đảng và {n3} đảng viên khi có dấu hiệu vi phạm.",
        "Toàn Đảng bộ đã kết nạp {n3} đảng viên mới, đạt {p2}% chỉ tiêu đề ra.",
        "Công tác dân vận, hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tiếp tục được đổi "
        "mới, hướng mạnh về cơ sở.",
        "Công tác tuyên truyền, định hướng dư luận xã hội được thực hiện kịp thời; công tác bảo vệ nền tảng tư "
        "tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch được đẩy mạnh.",
        "Bên cạnh kết quả đạt được, các đại biểu cũng chỉ ra một số hạn chế như: tăng trưởng kinh tế chưa tương "
        "xứng với tiềm năng; tiến độ giải phóng mặt bằng một số dự án còn chậm; chất lượng nguồn nhân lực chưa "
        "đáp ứng yêu cầu.",
        "Các đại biểu đã tập trung thảo luận, phân tích làm rõ nguyên nhân của những tồn tại, hạn chế và đề xuất "
        "nhiều giải pháp sát với tình hình thực tiễn của địa phương.",
        "Các cấp ủy, tổ chức đảng trong toàn Đảng bộ {place} đã bám sát chủ trương của Trung ương, cụ thể hóa thành "
        "các chương trình, kế hoạch phù hợp với điều kiện thực tế.",
    ),
    "directive": (
        "Đồng chí yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể tập trung lãnh "
        "đạo, chỉ đạo thực hiện quyết liệt, đồng bộ các nhiệm vụ, giải pháp đã đề ra, phấn đấu hoàn thành ở mức cao "
        "nhất các chỉ tiêu năm {y}.",
        "Trong thời gian tới, cần tiếp tục đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, "
        "tháo gỡ khó khăn, vướng mắc cho doanh nghiệp; tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
        "Các cơ quan tham mưu, giúp việc {TU} tiếp thu đầy đủ ý kiến của các đại biểu, hoàn chỉnh các dự thảo văn "
        "bản để ban hành theo quy định.",
        "Người đứng đầu cấp ủy, chính quyền các cấp phải nêu cao tinh thần trách nhiệm, dám nghĩ, dám làm, dám chịu "
        "trách nhiệm vì lợi ích chung.",
        "Các cấp, các ngành cần chủ động nắm chắc tình hình, kịp thời giải quyết những vấn đề phát sinh ngay từ cơ "
        "sở, không để hình thành điểm nóng.",
        "Tiếp tục thực hiện tốt công tác phòng, chống tham nhũng, tiêu cực, lãng phí; xử lý nghiêm các tổ chức, "
        "cá nhân vi phạm.",
        "Quan tâm chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là người nghèo, đồng bào dân tộc thiểu "
        "số, gia đình chính sách.",
        "Chủ động các phương án phòng, chống thiên tai, dịch bệnh; bảo đảm an ninh chính trị, trật tự an toàn xã "
        "hội trên địa bàn.",
        "Mỗi cán bộ, đảng viên phải phát huy vai trò tiền phong, gương mẫu, góp phần xây dựng {place} ngày càng "
        "giàu đẹp, văn minh.",
    ),
    "council": (
        "Các đại biểu HĐND {u} đã tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm vào các dự "
        "thảo nghị quyết trình kỳ họp.",
        "Trong phiên chất vấn, các đại biểu đã đặt câu hỏi đối với Giám đốc các sở về công tác quản lý đất đai, "
        "tiến độ các dự án và chất lượng dịch vụ y tế.",
        "Kỳ họp đã xem xét, thông qua {n1} nghị quyết quan trọng về kinh tế - xã hội, ngân sách, đầu tư công và các "
        "chính sách đặc thù của địa phương.",
        "Trước kỳ họp, các Ban của HĐND {u} đã tổ chức thẩm tra các báo cáo, tờ trình và dự thảo nghị quyết theo "
        "đúng quy định.",
        "Các tổ đại biểu HĐND {u} đã tiếp xúc cử tri tại {n1} điểm, tổng hợp {n2} ý kiến, kiến nghị gửi đến kỳ họp.",
        "Các nghị quyết được thông qua tại kỳ họp là cơ sở pháp lý quan trọng để UBND {u} tổ chức triển khai, "
        "đáp ứng yêu cầu phát triển kinh tế - xã hội của {place}.",
    ),
    "congress": (
        "Nhiệm kỳ qua, Đảng bộ và Nhân dân {lvl} đã đoàn kết, nỗ lực vượt qua khó khăn, hoàn thành và hoàn thành "
        "vượt mức {n5}/{n6} chỉ tiêu Nghị quyết Đại hội đề ra.",
        "Thu nhập bình quân đầu người năm {y} ước đạt {n7} triệu đồng, tăng gấp {x} lần so với đầu nhiệm kỳ.",
        "Đại hội đề ra phương hướng, mục tiêu nhiệm kỳ tới với {n6} chỉ tiêu chủ yếu, {n8} nhóm nhiệm vụ, giải "
        "pháp trọng tâm và {n9} khâu đột phá.",
        "Hệ thống chính trị của {lvl} không ngừng được củng cố; năng lực lãnh đạo, sức chiến đấu của các chi bộ, "
        "đảng bộ trực thuộc được nâng lên.",
        "Kết cấu hạ tầng kinh tế - xã hội được đầu tư đồng bộ; bộ mặt đô thị, nông thôn có nhiều khởi sắc.",
        "Các đại biểu đã thảo luận, đóng góp ý kiến vào dự thảo văn kiện trình Đại hội Đảng bộ cấp trên.",
    ),
    "personnel": (
        "Đồng chí {name} sinh năm {born}, quê quán {home}; trình độ chuyên môn {degree}, lý luận chính trị cao cấp.",
        "Trước khi nhận nhiệm vụ mới, đồng chí {name} đã kinh qua nhiều vị trí công tác ở cơ sở và cấp {u}, được "
        "đánh giá là cán bộ có năng lực, trách nhiệm, uy tín trong cán bộ, đảng viên.",
        "Việc điều động, bổ nhiệm cán bộ được thực hiện đúng quy trình, thủ tục theo quy định của Đảng và Nhà nước, "
        "bảo đảm dân chủ, công khai, khách quan.",
        "Đây là sự ghi nhận của cấp ủy, chính quyền đối với phẩm chất, năng lực và quá trình cống hiến của đồng chí "
        "{name}.",
        "Thời gian tới, {place} tập trung triển khai nhiều nhiệm vụ quan trọng, đòi hỏi người đứng đầu phải năng "
        "động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm.",
        "Tập thể lãnh đạo, cán bộ, công chức, người lao động của cơ quan được đề nghị tiếp tục đoàn kết, thống nhất, "
        "ủng hộ đồng chí {name} hoàn thành tốt nhiệm vụ.",
        "Đồng chí {name} hứa sẽ tiếp tục học tập, rèn luyện, giữ gìn phẩm chất đạo đức, phát huy dân chủ, lắng nghe "
        "ý kiến của cán bộ, đảng viên và Nhân dân.",
    ),
    "career": (
        "Đồng chí sinh ra trong một gia đình có truyền thống cách mạng, tham gia công tác từ năm {ys} và được kết "
        "nạp vào Đảng Cộng sản Việt Nam năm {yp}.",
        "Trong quá trình công tác, đồng chí đã kinh qua nhiều cương vị công tác khác nhau, ở cương vị nào đồng chí "
        "cũng hoàn thành tốt nhiệm vụ được giao.",
        "Với những đóng góp cho sự nghiệp cách mạng, đồng chí đã được Đảng, Nhà nước tặng thưởng Huân chương Kháng "
        "chiến hạng Nhì, Huân chương Lao động hạng Ba và nhiều bằng khen, giấy khen.",
        "Đồng chí là tấm gương sáng về phẩm chất đạo đức cách mạng, tận tụy với công việc, gần gũi với đồng chí, "
        "đồng nghiệp và Nhân dân.",
        "Sự ra đi của đồng chí là tổn thất lớn đối với gia đình, Đảng bộ và Nhân dân {place}.",
    ),
}


@functools.cache
def filler_pool(themes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(s for theme in themes for s in FILLER[theme])


class Pen:
    """How one article writes: its outlet, its abbreviations, how it separates a name from its titles, and
    the province whose officials it names."""

    def __init__(self, rng: random.Random, world: World, day: date) -> None:
        self.rng = rng
        self.world = world
        self.day = day
        self.outlet = rng.choice(world.outlets)
        self.sep = rng.choice((", ", ", ", " - ", " – "))  # between a name and its titles; the reporter's habit
        self.honour = "ông" if rng.random() < 0.2 else "đồng chí"
        self.used: set[str] = set()  # filler sentences already in this article

    # -- people

    def t(self, text: str) -> str:
        for old, new in self.outlet.swaps:
            if old in text:
                text = text.replace(old, new)
        return text

    def title_list(self, person: Person, d: date | None = None) -> str:
        return self.t(", ".join(self.world.titles(person, d or self.day)))

    def name(self, person: Person) -> str:
        return f"{person.rank} {person.name}" if person.rank else person.name

    def appos(self, person: Person, d: date | None = None) -> str:
        """"Nguyễn Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Sở Nội vụ"."""
        return f"{self.name(person)}{self.sep}{self.title_list(person, d)}"

    def named(self, person: Person, d: date | None = None) -> str:
        """"đồng chí Nguyễn Văn A, ..." or "bà Nguyễn Thị B, ..."."""
        return f"{self.honorific(person)} {self.appos(person, d)}"

    def honorific(self, person: Person) -> str:
        if self.honour == "đồng chí" or person.rank:
            return "đồng chí"
        return "bà" if person.female else "ông"

    def short(self, person: Person, d: date | None = None) -> str:
        """"Bí thư Tỉnh ủy Nguyễn Văn A"."""
        return f"{self.t(self.world.primary(person, d or self.day))} {self.name(person)}"

    def roster(self, people: Sequence[Person]) -> str:
        return "; ".join(self.appos(p) for p in people)

    # -- numbers and dates

    def khoa(self, n: int) -> str:
        return str(n) if self.outlet.arabic else roman(n)

    def dateline(self, d: date) -> str:
        """"Sáng 9-11", "Chiều ngày 22.4", "Ngày 03/6"."""
        o = self.outlet
        day = f"{d.day:02d}" if o.pad else str(d.day)
        month = f"{d.month:02d}" if o.pad and o.dm == "/" else str(d.month)
        daymonth = f"{day}{o.dm}{month}"
        part = self.rng.choice(("Sáng", "Sáng", "Sáng", "Chiều", "Chiều", "Ngày"))
        if part != "Ngày" and self.rng.random() < 0.15:
            part += " ngày"
        return f"{part} {daymonth}"

    def published(self, held: date) -> date:
        """News appears the day of the event or a day or two later, within the province's lifetime."""
        lag = self.rng.choice((0, 0, 0, 0, 1, 1, 2))
        return max(min(held + timedelta(days=lag), self.world.end, LAST_DAY), FIRST_DAY)

    def paragraph(self, themes: Sequence[str], extra: dict[str, str] | None = None) -> str:
        """Two to four sentences of the kind a report of this sort pads its middle with, none used before in
        the article; "" once the themes are spent."""
        pool = [s for s in filler_pool(tuple(themes)) if s not in self.used]
        chosen = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 4)))
        self.used.update(chosen)
        figures = Figures(self.rng, self.world.words | {"y": str(self.day.year), "lvl": "huyện"} | (extra or {}))
        return " ".join(s.format_map(figures) for s in chosen)

    def caption(self, text: str) -> str:
        """A photo caption the way the outlet prints it."""
        o, r = self.outlet, self.rng
        credit = r.choice(o.credits)
        if o.layout in ("portal", "weekday", "print"):
            return f"[img]\n{text}. Ảnh: {credit}" if r.random() < 0.6 else f"[img]\n{text}"
        if o.layout == "gmt":
            return f"[Ảnh] {text}" + (f" (Ảnh: {credit})" if r.random() < 0.5 else "")
        return text + ("." if r.random() < 0.5 else "")


@dataclass
class Story:
    """An article before its page: what a writer produced, and where padding may go."""

    pen: Pen
    published: date
    title: str
    paragraphs: list[str]
    pad_at: int
    themes: tuple[str, ...]
    section: str
    size: tuple[int, int, int]  # bytes of text: least, most and most usual, as in real articles of the kind
    extra: dict[str, str] = field(default_factory=dict)


def reason_text(pen: Pen, change: Change) -> str:
    """Why an outgoing holder left, as a council's dismissal or a ceremony phrases it."""
    gone = change.day
    if change.reason == "retired":
        return f"nghỉ hưu theo chế độ từ ngày {dmy(gone.replace(day=1))}"
    if change.reason == "abolished":
        return f"nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP của Chính phủ từ ngày {dmy(gone)}"
    if change.reason == "promoted":
        return "để nhận nhiệm vụ mới"
    return pen.rng.choice(("do chuyển công tác khác", "được điều động nhận công tác khác"))


def newcomer(pen: Pen, c: Change) -> str:
    """"đồng chí Nguyễn Văn A, Giám đốc Sở Tài chính": the person a change brings in, with the post left."""
    assert c.incoming is not None
    return f"{pen.honorific(c.incoming)} {pen.name(c.incoming)}, {pen.t(c.prior)}"


def ballot(pen: Pen, c: Change) -> str:
    """A council's election of a change's newcomer."""
    w = pen.world
    title = pen.t(w.post_titles(c.slot, c.day, combined=False)[-1])
    council = f"HĐND huyện {c.slot.district}" if c.slot.district else f"HĐND {w.u}"
    return f"{council} đã bầu {newcomer(pen, c)} giữ chức {title} nhiệm kỳ {w.council.term_at(c.day).span}."


def decision(pen: Pen, c: Change) -> str:
    """The sentence reporting who was put in a post, in the form of the body that fills it."""
    w, r = pen.world, pen.rng
    assert c.incoming is not None
    post, person = c.slot.post, c.incoming
    own = w.post_titles(c.slot, c.day, combined=False)
    title = pen.t(", ".join(own))
    who = newcomer(pen, c)
    party_span = w.party.term_at(c.day).span
    if post.via == "politburo":
        body = "Bộ Chính trị" if post.key == "bt" else "Ban Bí thư Trung ương Đảng"
        return (f"{body} quyết định điều động, phân công, chỉ định {who} tham gia Ban Chấp hành, Ban Thường vụ "
                f"và giữ chức {title} nhiệm kỳ {party_span}.")
    if post.via == "btv":
        if c.slot.district:
            return (f"Ban Thường vụ {w.tu} quyết định điều động, chỉ định {who} tham gia Ban Chấp hành, Ban Thường "
                    f"vụ và giữ chức {title} nhiệm kỳ {party_span}.")
        verb = r.choice(("điều động, bổ nhiệm", "điều động, chỉ định", "bổ nhiệm"))
        extra = ""
        if post.party == "btv" and not c.promoted:
            extra = (f" Trước đó, Ban Bí thư đã chỉ định {pen.honorific(person)} {pen.name(person)} tham gia Ban "
                     f"Chấp hành, Ban Thường vụ {w.tu} nhiệm kỳ {party_span}.")
        return f"Ban Thường vụ {w.tu} quyết định {verb} {who} giữ chức {title}.{extra}"
    if post.via == "council":
        if c.slot.district:
            return ballot(pen, c)
        text = f"Tại kỳ họp thứ {w.council.next_session(c.day).n}, {ballot(pen, c)}"
        if len(own) > 1:
            text = (f"Ban Bí thư Trung ương Đảng đã chỉ định {pen.honorific(person)} {pen.name(person)} giữ chức "
                    f"{pen.t(own[0])}. {text}")
        if "UBND" in own[-1]:
            text += (f" Thủ tướng Chính phủ đã ký Quyết định số {r.randint(100, 2400)}/QĐ-TTg phê chuẩn kết quả "
                     f"bầu chức vụ {pen.t(own[-1])}.")
        return text
    if post.via == "ubnd":
        verb = "điều động, bổ nhiệm" if c.promoted else "bổ nhiệm"
        return (f"Chủ tịch UBND {w.u} đã ký Quyết định số {r.randint(100, 3900)}/QĐ-UBND ngày {dmy(c.day)} {verb} "
                f"{who} giữ chức {title}, thời hạn giữ chức vụ là 5 năm.")
    if post.via == "ministry":
        body = "Bộ trưởng Bộ Công an" if post.key == "gd_ca" else "Bộ trưởng Bộ Quốc phòng"
        return f"{body} quyết định điều động, bổ nhiệm {who} giữ chức {title}."
    org = title.removeprefix("Chủ tịch ").removeprefix("Bí thư ")
    verb = "hiệp thương cử" if post.key == "ct_mttq" else "bầu"
    return f"Hội nghị Ban Chấp hành {org} đã {verb} {who} giữ chức {title}."


def farewell(pen: Pen, c: Change) -> str:
    """The sentence about the holder who left, or "" where the other change of the pair reports it."""
    if c.outgoing is None or c.reason == "promoted":
        return ""
    w, gone = pen.world, c.outgoing
    before = pen.t(", ".join(w.titles_of(c.slot, gone, c.day - timedelta(days=1))))
    who = f"{pen.honorific(gone)} {pen.name(gone)}, {before}"
    if c.reason == "transferred":
        if c.slot.post.key in TOP_POSTS:
            return (f"Trước đó, {who} đã được Bộ Chính trị điều động, phân công giữ chức Thứ trưởng Bộ "
                    f"{pen.rng.choice(MINISTRIES)}.")
        return f"{who[0].upper()}{who[1:]} được điều động nhận công tác khác."
    giver = pen.rng.choice((f"lãnh đạo {w.u}", f"Thường trực {w.tu}"))
    return f"Dịp này, {giver} cũng trao quyết định {reason_text(pen, c)} cho {who}."


# -- the five kinds of article ----------------------------------------------------------------


def sitting(rng: random.Random, atlas: Atlas, body: Callable[[World], Schedule]) -> tuple[World, Session, Pen]:
    """A province and a session of one of its bodies on a random day it existed, and the pen to tell it."""
    world = atlas.pick(rng, random_day(rng))
    session = body(world).session(random_day(rng, max(world.start, FIRST_DAY), world.end), world.start)
    return world, session, Pen(rng, world, session.day)


def conference(rng: random.Random, atlas: Atlas) -> Story:
    """A session of a provincial Party committee: who chaired, who attended, what it heard and decided."""
    world, session, pen = sitting(rng, atlas, lambda w: w.party)
    day, n, term = session.day, session.n, session.term
    u, tu = world.u, world.tu
    sec, std, chair = world.leader("bt", day), world.leader("pbt", day), world.leader("ct_ubnd", day)
    body = rng.choice((f"Ban Chấp hành Đảng bộ {u}", f"Ban Chấp hành Đảng bộ {world.place}", f"BCH Đảng bộ {u}"))
    nth = "nhất" if n == 1 and rng.random() < 0.7 else str(n)
    term_text = f"khóa {pen.khoa(term.khoa)}" if term.khoa else f"nhiệm kỳ {term.span}"
    items = agenda(pen, n, term)
    headline = rng.choice(("Tập trung lãnh đạo thực hiện thắng lợi nhiệm vụ chính trị",
                           f"Cho ý kiến về {items[0].split(';')[0]}", "Đánh giá kết quả, bàn nhiệm vụ trọng tâm"))
    title = rng.choice((
        f"Hội nghị lần thứ {nth} Ban Chấp hành Đảng bộ {u} {term_text}",
        f"Hội nghị {body} lần thứ {nth}: {headline}",
        f"Hội nghị lần thứ {nth}, {body} {term_text}",
        f"Bế mạc Hội nghị lần thứ {nth} Ban Chấp hành Đảng bộ {u} {term_text}",
        f"{tu} {world.name} tổ chức Hội nghị lần thứ {nth}",
        headline,
    ))
    others = world.present(("pct_ubnd_tt", "tbtc", "cnkt", "ct_mttq", "pct_hdnd"), day)
    attendees = [std, chair, *rng.sample(others, min(len(others), rng.randint(0, 3)))]
    rest = (f"các đồng chí Ủy viên Ban Thường vụ {tu}, Ủy viên Ban Chấp hành Đảng bộ {u}; lãnh đạo các sở, ban, "
            f"ngành, đoàn thể {u}; Bí thư các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc.")
    purpose = f"{rng.choice(('để thảo luận, cho ý kiến về', 'nhằm xem xét', 'cho ý kiến vào'))} {items[0]}"
    form = rng.randrange(4)
    if form == 0:
        lead = [f"{pen.dateline(day)}, {body} {term_text} tổ chức Hội nghị lần thứ {nth} {purpose}. Đồng chí "
                f"{pen.appos(sec)} chủ trì. Cùng dự có các đồng chí: {pen.roster(attendees)}."]
    elif form == 1:
        lead = [f"{pen.dateline(day)}, dưới sự chủ trì của đồng chí {pen.appos(sec)}, {body} {term_text} tổ chức "
                f"Hội nghị lần thứ {nth}.", f"Dự hội nghị có các đồng chí: {pen.roster(attendees)}; {rest}"]
    elif form == 2:
        lead = [f"{pen.dateline(day)}, {body} {term_text}, nhiệm kỳ {term.span} tổ chức hội nghị lần thứ {nth}, "
                f"{purpose}.", f"Các đồng chí: {pen.roster([sec, std, chair])} chủ trì hội nghị."]
    else:
        lead = [f"{body} {term_text} vừa tổ chức Hội nghị lần thứ {nth} {purpose}. Đồng chí {pen.appos(sec)} "
                f"chủ trì hội nghị.", f"Cùng dự có các đồng chí: {pen.roster(attendees)}; {rest}"]
    photo = rng.choice((f"{pen.short(sec)} phát biểu khai mạc hội nghị", "Toàn cảnh Hội nghị",
                        f"Đồng chí {sec.name}, {pen.t(world.primary(sec, day))} phát biểu"))
    paragraphs = [*lead, pen.caption(photo)]
    opening = (f"Phát biểu khai mạc Hội nghị, {pen.short(sec)} đề nghị các đại biểu tập trung thảo luận, cho ý kiến "
               f"vào các nội dung: {'; '.join(items)}.")
    paragraphs.append(opening)
    reporters = world.present(("ct_ubnd", "tbtc", "cvp_tu", "cnkt", "tbtg"), day)
    for item, reporter in zip(items, rng.sample(reporters, len(reporters)), strict=False):
        verb = rng.choice(("báo cáo", "trình bày", "thông qua"))
        heard = f"Hội nghị đã nghe {pen.short(reporter)} {verb} {item}. "
        paragraphs.append(heard + pen.paragraph(("party", "economy")))
    pad_at = len(paragraphs)
    for c in world.changes_between(day - timedelta(days=25), day):
        if c.incoming is not None and c.slot.post.via in ("politburo", "btv") and not c.slot.district:
            paragraphs.append(f"Cũng tại Hội nghị, {pen.short(world.leader('tbtc', day))} đã công bố quyết định: "
                              + decision(pen, c))
        elif c.outgoing is not None and c.reason in ("retired", "abolished") and c.slot.post.party in ("btv", "tu"):
            paragraphs.append(f"Dịp này, {body} đã tổ chức chia tay đồng chí {c.outgoing.name} "
                              f"{reason_text(pen, c)}.")
    paragraphs.append(f"Phát biểu kết luận Hội nghị, {pen.short(sec)} ghi nhận tinh thần trách nhiệm của các đại "
                      f"biểu. " + pen.paragraph(("directive",)))
    paragraphs.append(pen.caption(rng.choice(("Quang cảnh hội nghị", "Các đại biểu dự hội nghị",
                                              f"{pen.short(chair)} báo cáo tại hội nghị"))))
    return Story(pen, pen.published(day), title, paragraphs, pad_at, ("party", "economy", "society", "directive"),
                 rng.choice(("Xây dựng Đảng", "Chính trị", "Thời sự")), (2200, 6000, 3500))


def agenda(pen: Pen, n: int, term: Term) -> list[str]:
    """What a Party committee session discusses, by season and by where it falls in the term."""
    d, u, tu, r = pen.day, pen.world.u, pen.world.tu, pen.rng
    y = d.year
    items: list[str] = []
    if n <= 2 and term.khoa:
        items.append(f"dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ {u}, Ban Thường vụ, Thường trực {tu} "
                     f"khóa {pen.khoa(term.khoa)}, nhiệm kỳ {term.span}")
        items.append(f"Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ {u} lần thứ "
                     f"{pen.khoa(term.khoa)}")
    if d.month <= 4:
        items.append(f"kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân "
                     f"cán bộ lãnh đạo, quản lý các cấp năm {y - 1}")
        items.append(f"tình hình thực hiện nhiệm vụ quý I và nhiệm vụ trọng tâm quý II/{y}")
    elif d.month <= 7:
        items.append(f"tình hình thực hiện nhiệm vụ 6 tháng đầu năm; phương hướng, nhiệm vụ 6 tháng cuối năm {y}")
    elif d.month <= 10:
        items.append(f"tình hình thực hiện nhiệm vụ 9 tháng đầu năm, nhiệm vụ trọng tâm những tháng cuối năm {y}")
    else:
        items.append(f"tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm {y}; "
                     f"phương hướng, nhiệm vụ năm {y + 1}")
        items.append(f"dự toán ngân sách địa phương và kế hoạch đầu tư công năm {y + 1}")
    congress_year = int(term.span[-4:])
    if term.khoa and congress_year - 1 <= y and d < date(congress_year, 9, 15):
        items.append(f"dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ {u} nhiệm kỳ "
                     f"{congress_year}-{congress_year + 5}")
    items.append(r.choice((
        f"Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn {y}-{y + 5}",
        "dự thảo Nghị quyết chuyên đề về chuyển đổi số, phát triển kinh tế số",
        f"báo cáo sơ kết thực hiện Nghị quyết số {r.randint(1, 30):02d}-NQ/TU của Ban Thường vụ {tu}",
        "Đề án sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    )))
    return items[: r.randint(2, 4)]


def council(rng: random.Random, atlas: Atlas) -> Story:
    """A sitting of a provincial People's Council: the presiding officers, the reports, and any elections."""
    world, session, pen = sitting(rng, atlas, lambda w: w.council)
    day, n, term = session.day, session.n, session.term
    u, tu = world.u, world.tu
    assert term.khoa is not None
    k = pen.khoa(term.khoa)
    chair_hdnd = world.council_chair(day)
    vices = world.present(("pct_hdnd", "pct_hdnd2"), day)
    regular = day.month in (6, 7, 11, 12) or n == 1
    kind = "" if regular else rng.choice((" (kỳ họp chuyên đề)", " (kỳ họp bất thường)", ""))
    nth = "nhất" if n == 1 else str(n)
    since = world.council.day_of(term, n - 1) + timedelta(days=1) if n > 1 else day - timedelta(days=40)
    changes = world.changes_between(since, day)  # those made since the last sitting are voted at this one
    elections = [c for c in changes if c.slot.post.via == "council" and not c.slot.district and c.incoming is not None]
    title = rng.choice((
        f"Kỳ họp thứ {nth}{kind}, HĐND {u} khóa {k}",
        f"Khai mạc Kỳ họp thứ {nth}, HĐND {u} khóa {k}, nhiệm kỳ {term.span}",
        f"Bế mạc Kỳ họp thứ {nth} HĐND {u} khóa {k}",
        f"HĐND {world.place} khóa {k} tổ chức kỳ họp thứ {nth}",
    ))
    if elections and rng.random() < 0.5:
        title = f"HĐND {u} kiện toàn chức danh {pen.t(world.post_titles(elections[0].slot, day)[-1])}"
    seats = rng.randint(45, 75)
    present = seats - rng.randint(0, 5)
    council_name = rng.choice((f"HĐND {u}", f"HĐND {world.place}"))
    lead = (f"{pen.dateline(day)}, tại Trung tâm Hội nghị {u}, {council_name} khóa {k}, nhiệm kỳ {term.span} tiến hành "
            f"Kỳ họp thứ {nth}{kind} để xem xét, quyết định một số nội dung quan trọng theo thẩm quyền. Tham dự kỳ "
            f"họp có {present}/{seats} đại biểu HĐND {u}.")
    if rng.random() < 0.5 and vices:
        chairs = (f"Các đồng chí: {pen.appos(chair_hdnd)} và các Phó Chủ tịch HĐND {u} "
                  f"{', '.join(p.name for p in vices)} chủ trì kỳ họp.")
    else:
        chairs = f"Đồng chí {pen.appos(chair_hdnd)} chủ trì kỳ họp."
    guests = [p for p in world.present(("bt", "pbt", "ct_ubnd", "ct_mttq"), day) if p is not chair_hdnd]
    attend = (f"Dự kỳ họp có các đồng chí: {pen.roster(guests)}; các đồng chí trong Ban Thường vụ {tu}, lãnh đạo "
              f"UBND {u}, Ủy ban MTTQ Việt Nam {u}, các sở, ban, ngành, địa phương.")
    paragraphs = [lead, chairs, attend, pen.caption(rng.choice(("Quang cảnh kỳ họp", "Chủ tọa điều hành kỳ họp",
                                                                f"{pen.short(chair_hdnd)} phát biểu khai mạc kỳ họp")))]
    paragraphs.append(f"Phát biểu khai mạc kỳ họp, Chủ tịch HĐND {u} {chair_hdnd.name} nhấn mạnh, đây là kỳ họp có "
                      f"ý nghĩa quan trọng nhằm đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội và "
                      f"quyết định nhiều nội dung thuộc thẩm quyền. " + pen.paragraph(("economy",)))
    reporter = world.holder("pct_ubnd_tt", day) or world.leader("ct_ubnd", day)
    paragraphs.append(f"Tại kỳ họp, {pen.short(reporter)} trình bày báo cáo tình hình kinh tế - xã hội, quốc phòng "
                      f"- an ninh và các tờ trình của UBND {u}. " + pen.paragraph(("economy", "society")))
    examiner = world.holder("tb_ktns", day)
    if examiner is not None:
        paragraphs.append(f"Trưởng ban Kinh tế - Ngân sách HĐND {u} {examiner.name} trình bày báo cáo thẩm tra các "
                          f"tờ trình, dự thảo nghị quyết. " + pen.paragraph(("council",)))
    pad_at = len(paragraphs)
    if n == 1:
        chair = world.leader("ct_ubnd", day)
        paragraphs.append(f"Kỳ họp đã bầu {pen.honorific(chair_hdnd)} {chair_hdnd.name} giữ chức Chủ tịch HĐND {u} "
                          f"khóa {k}; bầu các đồng chí {', '.join(p.name for p in vices)} giữ chức Phó Chủ tịch HĐND "
                          f"{u}; bầu {pen.honorific(chair)} {chair.name} giữ chức Chủ tịch UBND {u} nhiệm kỳ "
                          f"{term.span}.")
    for c in elections:
        if c.outgoing is not None and c.reason != "promoted":
            gone = c.outgoing
            post = pen.t(world.post_titles(c.slot, day, combined=False)[-1])
            paragraphs.append(f"Tại kỳ họp, HĐND {u} đã tiến hành miễn nhiệm chức vụ {post} nhiệm kỳ {term.span} "
                              f"đối với {pen.honorific(gone)} {gone.name} {reason_text(pen, c)}.")
        votes = rng.randint(int(present * 0.85), present)
        paragraphs.append(f"{ballot(pen, c)[:-1]}, với {votes}/{present} đại biểu có mặt tán thành.")
    dismissed = [(c, c.outgoing) for c in changes
                 if c.outgoing is not None and c.reason != "promoted"
                 and (c.slot.post.key.startswith("gd_") or c.slot.post.key in ("cvp_ubnd", "ct_tt"))]
    if dismissed:
        names = "; ".join(f"{gone.name} - nguyên {pen.t(world.post_titles(c.slot, c.day, combined=False)[0])}, "
                          f"{reason_text(pen, c)}" for c, gone in dismissed[:3] if gone is not None)
        paragraphs.append(f"Cũng tại kỳ họp, các đại biểu đã biểu quyết miễn nhiệm chức danh ủy viên UBND {u} nhiệm "
                          f"kỳ {term.span} đối với: {names}.")
    paragraphs.append(f"Phát biểu bế mạc kỳ họp, {pen.short(chair_hdnd)} đề nghị UBND {u}, các cấp, các ngành khẩn "
                      f"trương triển khai các nghị quyết vừa được thông qua. " + pen.paragraph(("directive",)))
    return Story(pen, pen.published(day), title, paragraphs, pad_at, ("council", "economy", "society"),
                 rng.choice(("Chính quyền", "Hoạt động HĐND", "Thời sự")), (2200, 6000, 3500))


def personnel(rng: random.Random, atlas: Atlas) -> Story:
    """A ceremony announcing a change of post: the decision, who left and why, the speeches."""
    world = atlas.pick(rng, random_day(rng))
    change = world.change_near(random_day(rng, max(world.start, FIRST_DAY), world.end))
    if change is None:
        return conference(rng, atlas)
    day = change.day
    pen = Pen(rng, world, day)
    u = world.u
    group = [c for c in world.changes_between(day, day) if not c.slot.district or c is change][:3]
    main = next((c for c in group if c.incoming is not None), change)
    sec = world.leader("bt", day)
    host = sec if main.slot.post.via in ("politburo", "btv") else world.leader("ct_ubnd", day)
    gone = main.outgoing
    if main.incoming is None and gone is not None:
        old = pen.t(world.primary(gone, day - timedelta(days=1)))
        title = rng.choice((f"Trao quyết định nghỉ hưu cho {old} {gone.name}", f"Gặp mặt, chia tay {old} {gone.name}"))
        lead = (f"{pen.dateline(day)}, UBND {u} tổ chức gặp mặt, trao quyết định nghỉ hưu cho {pen.honorific(gone)} "
                f"{gone.name} - {old}.")
        subject = gone
    else:
        assert main.incoming is not None
        subject = main.incoming
        canonical = world.post_titles(main.slot, day, combined=False)[-1]
        new = pen.t(canonical)
        title = rng.choice((
            "Công bố quyết định về công tác cán bộ",
            f"Đồng chí {subject.name} giữ chức {new}",
            f"Trao quyết định {'điều động, ' if main.promoted else ''}bổ nhiệm {new}",
            f"{world.name}: Công bố quyết định nhân sự {new}",
        ))
        lead = f"{pen.dateline(day)}, {ceremony(world, main, new)}"
    attendees = world.present(("bt", "pbt", "ct_ubnd", "tbtc"), day)
    paragraphs = [lead, f"Dự hội nghị có các đồng chí: {pen.roster(attendees)}; lãnh đạo các sở, ban, ngành {u}."]
    for c in group:
        if c.incoming is not None:
            paragraphs.append(decision(pen, c))
        sentence = farewell(pen, c)
        if sentence:
            paragraphs.append(sentence)
    if main.incoming is not None:
        paragraphs.append(pen.caption(f"{pen.short(host)} trao quyết định và tặng hoa chúc mừng đồng chí "
                                      f"{main.incoming.name}"))
        paragraphs.append(f"Phát biểu giao nhiệm vụ, {pen.short(host)} chúc mừng đồng chí {main.incoming.name} được "
                          f"tin tưởng giao trọng trách mới và đề nghị đồng chí phát huy năng lực, kinh nghiệm, cùng "
                          f"tập thể lãnh đạo đoàn kết, hoàn thành tốt nhiệm vụ được giao.")
        paragraphs.append(f"Phát biểu nhận nhiệm vụ, đồng chí {main.incoming.name} cảm ơn sự quan tâm, tin tưởng của "
                          f"lãnh đạo {u} và hứa sẽ nỗ lực, cùng tập thể hoàn thành tốt nhiệm vụ.")
    elif gone is not None:
        paragraphs.append(pen.caption(f"{pen.short(host)} trao quyết định nghỉ hưu cho đồng chí {gone.name}"))
        paragraphs.append(f"Tại buổi gặp mặt, {pen.short(host)} ghi nhận, đánh giá cao những đóng góp của đồng chí "
                          f"{gone.name} trong suốt quá trình công tác; chúc đồng chí luôn mạnh khỏe, hạnh phúc.")
    extra = {"name": subject.name, "born": str(subject.born), "home": f"xã {place_name(rng)}, huyện {place_name(rng)}",
             "degree": rng.choice(("Thạc sĩ Quản lý kinh tế", "Cử nhân Luật", "Tiến sĩ Kinh tế", "Kỹ sư Xây dựng",
                                   "Thạc sĩ Quản lý công", "Cử nhân Kinh tế"))}
    return Story(pen, pen.published(day), title, paragraphs, len(paragraphs) - 1, ("personnel",),
                 rng.choice(("Công tác cán bộ", "Chính trị", "Nhân sự")), (1500, 3800, 2200), extra)


def ceremony(world: World, c: Change, new: str) -> str:
    """Who holds the ceremony announcing a change, by the body that made it."""
    u, tu, via = world.u, world.tu, c.slot.post.via
    if c.slot.district:
        return f"Huyện ủy, HĐND, UBND huyện {c.slot.district} tổ chức hội nghị công bố quyết định về công tác cán bộ."
    if via == "politburo":
        body = "Bộ Chính trị" if c.slot.post.key == "bt" else "Ban Bí thư Trung ương Đảng"
        return f"{tu} {world.name} tổ chức hội nghị công bố quyết định của {body} về công tác cán bộ."
    if via == "council" and "UBND" in world.post_titles(c.slot, c.day, combined=False)[-1]:
        return f"UBND {u} tổ chức hội nghị công bố Quyết định của Thủ tướng Chính phủ phê chuẩn kết quả bầu {new}."
    if via == "council":
        return f"Thường trực HĐND {u} tổ chức hội nghị công bố kết quả kiện toàn chức danh {new}."
    if via == "ubnd":
        return f"UBND {u} tổ chức hội nghị công bố và trao quyết định bổ nhiệm {new}."
    if via == "ministry":
        body = "Bộ Công an" if c.slot.post.key == "gd_ca" else "Bộ Tư lệnh Quân khu"
        return f"{body} tổ chức hội nghị công bố quyết định điều động, bổ nhiệm {new}."
    return f"Ban Thường vụ {tu} tổ chức hội nghị công bố quyết định về công tác cán bộ."


def congress(rng: random.Random, atlas: Atlas) -> Story:
    """A district or commune Party congress: the delegates, the provincial leader who came, who was elected."""
    year = rng.choices((2015, 2020, 2025), weights=(35, 40, 25))[0]
    district = year < 2025 and rng.random() < 0.7
    if year == 2025:
        lo, hi = date(2025, 7, 10), date(2025, 9, 15)
    elif district:
        lo, hi = date(year, 6, 1), date(year, 8, 20)
    else:
        lo, hi = date(year, 3, 1), date(year, 5, 31)
    day = random_day(rng, lo, hi)
    world = atlas.pick(rng, day)
    pen = Pen(rng, world, day)
    span = f"{year}-{year + 5}"
    delegates = rng.randint(200, 350) if district else rng.randint(90, 200)
    members = rng.randrange(4_000, 15_000, 100) if district else rng.randrange(600, 3_500, 50)
    if district:
        i = rng.randrange(len(world.districts))
        place = world.districts[i]
        unit, committee, nth = f"huyện {place}", f"Huyện ủy {place}", roman(world.district_base[i] + (year - 2015) // 5)
        where = unit
        slots = [s for s in world.slots if s.district == place]
        elected, deputy = slots[0].holder(day), slots[1].holder(day)
        since = world.tenure(elected, day) if elected else None
        verb = "tái đắc cử chức" if since and since.start < day - timedelta(days=60) else "được bầu giữ chức"
        whom, second = (elected.name if elected else ""), (deputy.name if deputy else "")
        guest = world.leader(rng.choice(("bt", "pbt", "ct_ubnd", "tbtc")), day)
    else:
        local = random.Random(f"{world.seed}:{world.code}:{day.year}:{rng.randrange(40)}")
        place = place_name(local)
        unit, committee = f"xã {place}", f"Đảng ủy xã {place}"
        nth = "I" if year == 2025 else roman(15 + stable_int(world.code + place, 12) + (year - 2015) // 5)
        whom, second = person_name(local, local.random() < 0.2), person_name(local, local.random() < 0.2)
        verb = "được bầu giữ chức" if year == 2025 or local.random() < 0.4 else "tái đắc cử chức"
        if year < 2025 and world.districts:
            host_slot = rng.choice([s for s in world.slots if s.post.key == "bt_huyen"])
            guest = host_slot.holder(day) or world.leader("ct_ubnd", day)
            where = f"{unit}, huyện {host_slot.district}"
        else:
            guest = rng.choice(world.present(("tbtc", "cnkt", "tbtg", "pct_ubnd", "pct_hdnd", "ct_mttq"), day))
            where = unit
    party_span = world.party.term_at(day).span
    title = rng.choice((
        f"Đại hội đại biểu Đảng bộ {unit} lần thứ {nth}, nhiệm kỳ {span}",
        f"Đại hội Đảng bộ {unit} lần thứ {nth}, nhiệm kỳ {span} thành công tốt đẹp",
        f"Khai mạc Đại hội Đảng bộ {unit} lần thứ {nth}",
    ))
    if rng.random() < 0.4 and day.day > 1:
        when = f"Trong 2 ngày {day.day - 1} và {day.day}/{day.month}"
    else:
        when = pen.dateline(day)
    lead = (f"{when}, Đảng bộ {where} long trọng tổ chức Đại hội đại biểu lần thứ {nth}, nhiệm kỳ {span}. Dự và chỉ "
            f"đạo Đại hội có {pen.named(guest)}. Tham dự Đại hội có {delegates} đại biểu đại diện cho hơn "
            f"{vn_number(members)} đảng viên trong toàn Đảng bộ.")
    paragraphs = [lead, pen.caption(rng.choice(("Quang cảnh Đại hội", "Đoàn Chủ tịch điều hành Đại hội",
                                                f"Đồng chí {guest.name} phát biểu chỉ đạo Đại hội")))]
    extra = {"lvl": "huyện" if district else "xã"}
    paragraphs.append(pen.paragraph(("congress",), extra))
    pad_at = len(paragraphs)
    paragraphs.append(f"Phát biểu chỉ đạo Đại hội, {pen.short(guest)} ghi nhận, biểu dương những kết quả mà Đảng bộ, "
                      f"chính quyền và Nhân dân {unit} đạt được trong nhiệm kỳ qua. " + pen.paragraph(("directive",)))
    size = rng.randint(33, 45) if district else rng.randint(13, 21)
    paragraphs.append(
        f"Đại hội đã bầu Ban Chấp hành Đảng bộ {unit} khóa {nth}, nhiệm kỳ {span} gồm {size} đồng chí. Tại phiên họp "
        f"thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm {size // 3} đồng chí; đồng chí {whom} {verb} Bí thư "
        f"{committee} khóa {nth}"
        + (f"; đồng chí {second} được bầu giữ chức Phó Bí thư {committee}." if second else ".")
    )
    paragraphs.append(f"Đại hội cũng đã bầu Đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ {world.u} nhiệm kỳ "
                      f"{party_span[-4:]}-{int(party_span[-4:]) + 5} gồm {rng.randint(8, 20)} đại biểu chính thức.")
    return Story(pen, pen.published(day), title, paragraphs, pad_at, ("congress", "party"), "Đại hội Đảng",
                 (1800, 5000, 3000), extra)


def obituary(rng: random.Random, atlas: Atlas) -> Story:
    """A death notice for a former official, with the funeral committee of the province's current leaders."""
    world = atlas.pick(rng, random_day(rng))
    drawn = random_day(rng, max(world.start, FIRST_DAY), world.end)
    found = world.death_near(drawn, 90)
    u, tu = world.u, world.tu
    if found is not None:
        day, person = found
        name = person.name
        former = [", ".join(world.titles_of(t.slot, person, t.start)) for t in person.tenures
                  if t.slot.world == world.code][-2:]
        born = date(person.born, rng.randint(1, 12), rng.randint(1, 28))
    else:
        day = drawn
        born = date(rng.randint(1925, 1952), rng.randint(1, 12), rng.randint(1, 28))
        name = person_name(rng, rng.random() < 0.15)
        former = [rng.choice((f"Ủy viên Ban Thường vụ {tu}, Phó Chủ tịch UBND {u}",
                              f"{tu} viên, Giám đốc Sở Giao thông vận tải", f"Bí thư Huyện ủy {place_name(rng)}",
                              f"Trưởng Ban Dân vận {tu}", f"Chủ tịch Hội Cựu chiến binh {u}"))]
    pen = Pen(rng, world, day)
    former_text = "; ".join("nguyên " + pen.t(f).replace(", ", ", nguyên ") for f in former)
    age = day.year - born.year
    title = rng.choice(("Tin buồn", f"Đồng chí {name}, nguyên {pen.t(former[-1].split(', ')[-1])} từ trần",
                        "Cáo phó", f"Lễ viếng, truy điệu đồng chí {name}"))
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    paragraphs = [
        f"Ban Thường vụ {tu}, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam {u}, Ban Tổ chức Lễ tang và gia đình vô "
        f"cùng thương tiếc báo tin:",
        f"Đồng chí {name.upper()}",
        f"Sinh ngày {born.day:02d}/{born.month:02d}/{born.year}; Quê quán: xã {place_name(rng)}, huyện "
        f"{place_name(rng)}, {u} {world.name}; {former_text};",
        f"Đồng chí đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng {rng.choice(('Nhì', 'Ba'))}, Huy "
        f"hiệu {rng.choice((30, 40, 45, 50))} năm tuổi Đảng và nhiều phần thưởng cao quý khác.",
        f"Do tuổi cao, sức yếu, mặc dù đã được các y, bác sĩ tận tình cứu chữa, gia đình hết lòng chăm sóc nhưng "
        f"đồng chí đã từ trần vào hồi {hour} giờ {minute:02d} phút, ngày {dmy(day)}, hưởng thọ {age} tuổi.",
        f"Lễ viếng bắt đầu từ 7 giờ 00 ngày {dmy(day + timedelta(days=1))} tại Nhà tang lễ {u}. Lễ truy điệu và đưa "
        f"tang vào lúc 13 giờ 30 cùng ngày; an táng tại Nghĩa trang nhân dân {place_name(rng)}.",
    ]
    pad_at = 4
    if rng.random() < 0.5:
        board = world.present(("bt", "pbt", "ct_ubnd", "tbtc"), day)
        paragraphs.append(f"Ban Tổ chức Lễ tang gồm: đồng chí {pen.appos(board[0])} - Trưởng ban; các đồng chí: "
                          f"{pen.roster(board[1:])} - Phó Trưởng ban.")
    paragraphs.append("BAN TỔ CHỨC LỄ TANG")
    extra = {"ys": str(born.year + rng.randint(18, 24)), "yp": str(born.year + rng.randint(22, 30))}
    return Story(pen, pen.published(day), title, paragraphs, pad_at, ("career",), "Tin buồn", (1500, 2600, 1800),
                 extra)


WRITERS: dict[str, Callable[[random.Random, Atlas], Story]] = {
    "conference": conference, "council": council, "personnel": personnel, "congress": congress, "obituary": obituary,
}
KIND_NAMES = tuple(k for k, _ in KINDS)
KIND_CUM = tuple(sum(w for _, w in KINDS[: i + 1]) for i in range(len(KINDS)))

MENUS = (
    "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Pháp luật | Quốc phòng - An ninh | Thể thao",
    "Trang chủ Tin tức Chính trị Kinh tế Văn hóa - Xã hội Quốc phòng - An ninh Bạn đọc Media",
)
HOTLINES = ("0913.068.624 | 0912.194.333", "0258.3822.123", "0912.132.008 | 0983.456.111")


def page(rng: random.Random, story: Story) -> str:
    """The article inside its site's chrome: banner, menu, date line, lead tag, byline and footer."""
    pen, o, w = story.pen, story.pen.outlet, story.pen.world
    paragraphs = story.paragraphs
    target = int(rng.triangular(*story.size))
    size = sum(len(p.encode()) for p in paragraphs) + 250
    while size < target:
        filler = pen.paragraph(story.themes, story.extra)
        if not filler:
            break
        paragraphs.insert(story.pad_at, filler)
        story.pad_at += 1
        size += len(filler.encode()) + 2
    d = story.published
    clock = f"{rng.randint(6, 22):02d}:{rng.randrange(60):02d}"
    date_text = f"{d.day:02d}/{d.month:02d}/{d.year}"
    byline = rng.choice(o.bylines)
    lead = o.tag + paragraphs[0] if o.tag else paragraphs[0]
    body = [lead, *paragraphs[1:]]
    if o.layout == "news":
        lines = [o.name.upper(), MENUS[0], story.title, f"{date_text} {clock} Số lượt xem: {rng.randint(20, 3000)}",
                 *body, byline, f"Nguồn: {o.name} điện tử"]
        sep = "\n\n"
    elif o.layout == "portal":
        stamp = f"{WEEKDAYS_NUM[d.weekday()]}, {date_text} | {clock}" if rng.random() < 0.3 else f"{date_text} {clock}"
        lines = [story.title, stamp, *body]
        if rng.random() < 0.5:
            lines.append(byline)
        sep = "\n"
    elif o.layout == "weekday":
        lines = [f"Trang chủ > {story.section}", story.title, f"{WEEKDAYS[d.weekday()]}, {date_text}, {clock}", *body,
                 f"Nguồn: {o.name}", byline]
        sep = "\n"
    elif o.layout == "hotline":
        lines = ["RSS Youtube Facebook", f"{WEEKDAYS[d.weekday()]} {date_text} {clock} Hotline: {rng.choice(HOTLINES)}",
                 story.title, f"{clock} | {date_text}", *body, byline]
        sep = "\n\n"
    elif o.layout == "gmt":
        lines = [o.name.upper(), MENUS[1], f"Trang chủ » {story.section}", story.title,
                 f"{WEEKDAYS[d.weekday()]}, {date_text}, {clock} (GMT+7)", *body, byline.upper(),
                 f"Từ khóa: {story.section}, {w.tu}, {w.name}"]
        sep = "\n"
    elif o.layout == "dept":
        lines = [f"{story.title} - Cổng thông tin điện tử - Sở {rng.choice(MINISTRIES)} - {w.name}", story.title,
                 date_text, *body, f"Nguồn:Cổng TT-GTĐT {w.u} {w.name}", "Các tin đã đưa ngày:"]
        sep = "\n\n"
    else:  # print
        lines = [story.title, "EmailPrintAa", f"{clock} {date_text}", *body, f"{byline} ({o.name})",
                 "Ý kiến bạn đọc"]
        sep = "\n"
    text = sep.join(lines) + "\n"
    if o.old_tones:
        text = text.replace("ủy", "uỷ").replace("Ủy", "Uỷ").replace("òa", "oà").replace("óa", "oá")
    return text


def articles(numbers: range, seed: int = 0) -> Iterator[str]:
    """The texts of the numbered articles of the seed's world, one at a time. Each is a function of the seed
    and its number alone, so any split of the numbers gives the same texts."""
    atlas = Atlas(seed)
    for i in numbers:
        rng = random.Random(f"{seed}:{i}")
        kind = rng.choices(KIND_NAMES, cum_weights=KIND_CUM)[0]
        yield page(rng, WRITERS[kind](rng, atlas))


def article_path(out_dir: Path, i: int) -> Path:
    return out_dir / f"a{i:06d}.txt"


def write(out_dir: Path, numbers: range, seed: int) -> None:
    """Write one share of the articles, each as soon as it is made."""
    for i, text in zip(numbers, articles(numbers, seed), strict=True):
        article_path(out_dir, i).write_bytes(text.encode("utf-8"))


def generate(out_dir: Path, count: int, seed: int = 0, jobs: int | None = None) -> list[Path]:
    """Write articles 1..count as out_dir/a000001.txt, ... and return their paths. The directory is created;
    files of the same names are replaced. `jobs` processes share the work (default: the CPUs, at most 8);
    the bytes do not depend on it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # a worker first simulates the world (a third of a second): not worth it for fewer than 2,000 articles
    jobs = max(1, min(jobs or min(os.cpu_count() or 1, 8), count // 2000 or 1))
    shares = [range(1 + k, count + 1, jobs) for k in range(jobs)]
    if jobs == 1:
        write(out_dir, shares[0], seed)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            for done in [pool.submit(write, out_dir, share, seed) for share in shares]:
                done.result()
    return [article_path(out_dir, i) for i in range(1, count + 1)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N synthetic Vietnamese news articles (deterministic).")
    parser.add_argument("out_dir", type=Path, help="directory to write a000001.txt, ... into")
    parser.add_argument("--count", type=int, required=True, help="number of articles")
    parser.add_argument("--seed", type=int, default=0, help="world and article seed (default 0)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="processes to share the work (default: the CPUs, at most 8); output is the same")
    parser.add_argument("--force", action="store_true",
                        help="write into a non-empty OUT_DIR, first removing articles (a??????.txt) already there")
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if out.exists() and not out.is_dir():
        print(f"generate: {out} exists and is not a directory", file=sys.stderr)
        return 2
    if out.is_dir() and any(out.iterdir()):
        if not args.force:
            print(f"generate: {out} is not empty; choose an empty directory or pass --force", file=sys.stderr)
            return 2
        for stale in out.iterdir():
            if ARTICLE_NAME.fullmatch(stale.name) and stale.is_file():
                stale.unlink()
    started = time.perf_counter()
    paths = generate(out, args.count, args.seed, args.jobs)
    elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in paths)
    print(f"generate: {len(paths)} articles, {size / 1e6:.1f} MB in {out} (seed {args.seed}, {elapsed:.1f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
