"""Normalisation must unify spellings without moving any character offsets."""

import unicodedata

import pytest

from kg.text import canon_tones, display_name, fold, is_capitalised, nfc, normalize_name, roman_numeral


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Hoà", "Hòa"), ("uỷ", "ủy"), ("Thuý", "Thúy"), ("khoẻ", "khỏe"), ("UỶ", "ỦY"), ("Hòa", "Hòa")],
)
def test_one_tone_placement(written: str, canonical: str) -> None:
    assert canon_tones(written) == canonical


@pytest.mark.parametrize("word", ["quý", "Hoàng", "thuyền", "Quỳnh"])
def test_closed_syllables_and_qu_are_left_alone(word: str) -> None:
    assert canon_tones(word) == word


def test_fold_keeps_offsets_on_real_text() -> None:
    text = nfc("Đồng chí Hoàng Thị Thuý Lan, Uỷ viên T.Ư Đảng, Bí thư Tỉnh uỷ")
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded[folded.index("ủy viên"):].startswith("ủy viên t.ư đảng")


def test_decomposed_input_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Văn Hùng")
    assert nfc(decomposed) == "Nguyễn Văn Hùng"
    assert normalize_name(decomposed) == "nguyễn văn hùng"


def test_names_compare_equal_across_spellings() -> None:
    assert normalize_name("Bùi Xuân Hoà") == normalize_name("BÙI  XUÂN  HÒA") == "bùi xuân hòa"
    assert display_name("Bùi  Xuân Hoà") == "Bùi Xuân Hòa"


def test_capitalised_syllable() -> None:
    assert is_capitalised("Hồng") and not is_capitalised("hồng") and not is_capitalised("UBND")


def test_roman_numerals_of_terms() -> None:
    assert [roman_numeral(t) for t in ("XX", "xix", "IV", "XIV", "I")] == [20, 19, 4, 14, 1]
    assert roman_numeral("XA") is None and roman_numeral("") is None
