"""Which province an article is about, from evidence that names it, never from guesswork.

Counted: a province named after ``tỉnh``/``thành phố``/``Tỉnh ủy`` in the text (not as where
someone was born, lives or is buried, ``quê quán xã …, tỉnh X``, a post held before,
``nguyên Chủ tịch UBND tỉnh X``, or a post someone is transferred to), and
(weighted more) the outlet: a ``Nguồn:`` line, a page-title suffix or a web domain
(``binhdinh.gov.vn``). The winner needs twice the evidence of any other province; a
closer call, or no evidence, gives None: an honest null beats a wrong province.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from functools import cache

from kg import gazetteer
from kg.models import Province
from kg.text import fold, normalize_name

_CONTEXT = re.compile(r"(?:tỉnh ủy|thành ủy|tỉnh|thành phố|tp\.?)\s+$")
# Where a person was born, lives or is buried, held a post before, or is sent to, is not what the
# article is about.
_BIOGRAPHY = re.compile(r"(?:(?:quê\s+quán|nguyên\s+quán|quê\s+nhà|quê|sinh\s+(?:ra\s+)?(?:tại|ở)|an\s+táng|"
                        r"thường\s+trú|trú\s+(?:tại|ở)|hưởng\s+thọ)[^.;:()]{0,70}"
                        r"|(?:lần\s+lượt\s+giữ|từng\s+giữ|từng\s+là|từng\s+đảm\s+nhiệm|kinh\s+qua)[^.;()]{0,90}"
                        r"|(?<![\w])(?:nguyên|cựu)\s+[^.;:,()]{0,50}"
                        r"|(?:điều\s+động|luân\s+chuyển|chuyển\s+công\s+tác|nhận\s+công\s+tác)[^.;]{0,100})$")
# A headline about central bodies that names no province or locality ("Quốc hội phê chuẩn …", "Thủ tướng bổ
# nhiệm Thứ trưởng Bộ Y tế; Bộ Chính trị phân công …"): a province the text names is one item of the news,
# not what the article is about; only its outlet can say.
_CENTRAL = re.compile(r"(?i)(?<![\w])(?:(?:quốc\s+hội|chính\s+phủ|thủ\s+tướng|bộ\s+chính\s+trị|ban\s+bí\s+thư|"
                      r"trung\s+ương|(?-i:T\.?Ư|TW))(?![\w])|(?-i:Bộ)\s+(?!chỉ\s+huy|đội)(?-i:[A-ZĐ]))")
_LOCAL = re.compile(r"(?i)(?<![\w])(?:tỉnh|thành\s+phố|tp|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|"
                    r"thành\s+ủy|thị\s+ủy|đảng\s+bộ)(?![\w])")
_OUTLET_WEIGHT = 5
_MARGIN = 2


def _ascii(text: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


@cache
def _domain_names() -> dict[str, str]:
    """``binhdinh`` → ``Bình Định``: how a province appears in a web domain."""
    out: dict[str, str] = {}
    for p in gazetteer.provinces():
        for name in (p.name, *p.aliases):
            key = re.sub(r"[^a-z]", "", _ascii(name))
            if len(key) >= 5:
                out.setdefault(key, name)
    return out


def _names_in(text: str) -> list[str]:
    folded = fold(text)
    return [text[m.start():m.end()] for m in gazetteer.name_regex().finditer(folded)]


def detect(text: str, outlets: list[str], on: date | None, folded: str | None = None,
           headline: str | None = None) -> Province | None:
    """The province the article is about, or None when the evidence is absent or split, or the headline
    names several provinces (a roundup: "Nhân sự mới tại Cà Mau, An Giang, Vĩnh Long"). Under a headline
    about central bodies only, only the outlet counts."""
    named = {normalize_name(n) for n in _names_in(headline)} if headline else set()
    if len(named) > 1:
        return None
    national = bool(headline and not named and _CENTRAL.search(headline) and not _LOCAL.search(headline))
    votes: Counter[str] = Counter()
    units: dict[str, Province | None] = {}

    def vote(name: str, weight: int) -> None:
        # A name that is two units (undated: the merged province or its namesake) still counts
        # against the others, but cannot win: abstaining beats picking one of the two.
        unit = gazetteer.lookup(name, on)
        key = unit.code if unit is not None else normalize_name(name)
        votes[key] += weight
        units[key] = unit

    folded = folded if folded is not None else fold(text)
    for m in () if national else gazetteer.name_regex().finditer(folded):
        if _CONTEXT.search(folded, max(0, m.start() - 12), m.start()) and not _BIOGRAPHY.search(
                folded, max(0, m.start() - 80), m.start()):
            vote(text[m.start():m.end()], 1)
    for outlet in outlets:
        for name in _names_in(outlet):
            vote(name, _OUTLET_WEIGHT)
        for token in re.findall(r"[a-z]{5,}", _ascii(outlet)):
            token = token.removeprefix("bao")  # baothanhhoa.vn
            for key, name in _domain_names().items():
                if token.startswith(key):
                    vote(name, _OUTLET_WEIGHT)
    if not votes:
        return None
    ranked = votes.most_common(2)
    if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
        return None  # another province is named nearly as often: the article is about both, or neither
    return units[ranked[0][0]]
