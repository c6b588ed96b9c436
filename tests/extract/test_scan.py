"""The fast scans find exactly what ``finditer`` finds: on every article we hold, on text strung
together at random from the words the grammar looks for in every case, and with the letters whose
case ``re`` folds its own way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.grammar import grammar
from kg.extract.scan import FoldError, Scanner, fold_pattern
from kg.ingest import read_source
from kg.text import lower_keeping_offsets

ROOT = Path(__file__).resolve().parents[2]
SCANNERS = {name: getattr(grammar(), name) for name in ("role_any", "fused_any", "body_start")}
ARTICLES = sorted((ROOT / "tests" / "fixtures").rglob("*.txt")) + sorted((ROOT.parent / "shared").rglob("*.txt"))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def _same(scanner: Scanner, text: str) -> None:
    fast = _spans(scanner.finditer(text, lower_keeping_offsets(text)))
    assert fast == _spans(scanner.pattern.finditer(text))


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_every_article_scans_as_finditer_does(name: str) -> None:
    texts = [read_source(p).text for p in ARTICLES]
    assert len(texts) > 100
    for text in texts:
        _same(SCANNERS[name], text)


# The words the patterns open with and go on with, the abbreviations whose case matters, and letters
# whose case re folds its own way (dotless and dotted i, long s, Kelvin sign, Greek sigma).
WORDS = ["Phó", "Bí thư", "Chủ tịch", "PCT", "pct", "CT", "ct", "UV", "uv", "GĐ", "gđ", "Tỉnh ủy", "tỉnh Ủy",
         "TỈNH ỦY", "Ban Thường vụ", "BTV", "UBND", "HĐND", "Sở", "sở", "Bộ", "T.Ư", "TƯ", "TW", "tư", "Trung ương",
         "Đảng", "khóa", "viên", "ủy viên", "Thành ủy viên", "Ủy ban Kiểm tra", "UBKT", "Giám đốc", "thành phố",
         "TP", "tp.", "Quân khu", "Hội", "Nông dân", "Mặt trận", "ı", "İ", "ſ", "\u212a", "Σ", "ς", "ẞ"]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", "-", ".", "(", ")", ": ", "a", "Đ"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(texts)
def test_random_text_scans_as_finditer_does(text: str) -> None:
    for scanner in SCANNERS.values():
        _same(scanner, text)


def test_a_case_sensitive_part_is_opened_and_a_negative_test_of_case_dropped() -> None:
    folded = fold_pattern(r"(?i)(?<![\w.])(?:phó (?-i:PCT)|sở(?! (?-i:[A-Z])))")
    assert folded == r"(?<![\w.])(?:phó (?:pct)|sở)"
    scanner = Scanner(re.compile(r"(?i)(?<![\w.])(?:phó\s+(?-i:PCT)|sở(?!\s+(?-i:[A-Z])))"))
    text = "phó pct, Phó PCT, sở Y tế, Sở nội vụ, sở Nội vụ"
    assert _spans(scanner.finditer(text, text.lower())) == [(9, 16), (27, 29)]


def test_letters_re_folds_its_own_way_are_scanned_the_slow_way() -> None:
    # dotless ı, long ſ and the Kelvin sign match i, s and k
    text = "Phó Bı thư, ſở Tài chính, Tỉnh ủy vıên, Ban Thường vụ \u212aiểm tra"
    for scanner in SCANNERS.values():
        assert _spans(scanner.pattern.finditer(text))
        _same(scanner, text)


@pytest.mark.parametrize("pattern", [r"phó", r"(?i)[À-Ỹ]", r"(?i)(?-i:[^A-Z])", r"(?i)(?P<a>x)(?P=a)", r"(?i)(x"])
def test_what_cannot_be_folded_is_refused(pattern: str) -> None:
    with pytest.raises(FoldError):
        fold_pattern(pattern)
