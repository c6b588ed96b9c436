from datetime import date

import pytest

from kg import gazetteer
from kg.text import fold

BEFORE = date(2025, 6, 30)
AFTER = date(2025, 7, 1)


def test_sixty_three_units_then_thirty_four() -> None:
    assert len(gazetteer.in_force(BEFORE)) == 63
    assert len(gazetteer.in_force(AFTER)) == 34
    assert len(gazetteer.provinces()) == 87  # and Thừa Thiên Huế, which became Huế before the mergers


def test_codes_are_unique_and_ordered() -> None:
    codes = [p.code for p in gazetteer.provinces()]
    assert codes == sorted(set(codes))


def test_five_cities_then_six() -> None:
    assert sum(p.centrally_run for p in gazetteer.in_force(date(2024, 6, 1))) == 5
    assert sum(p.centrally_run for p in gazetteer.in_force(date(2025, 1, 1))) == 6  # Huế
    assert sum(p.centrally_run for p in gazetteer.in_force(AFTER)) == 6


def test_thua_thien_hue_is_named_as_it_was_on_the_day() -> None:
    assert gazetteer.lookup("tỉnh Thừa Thiên Huế", date(2016, 9, 28)).code == "VN-26"  # type: ignore[union-attr]
    assert gazetteer.lookup("thành phố Huế", date(2016, 9, 28)) is None  # a city inside the province then
    assert gazetteer.lookup("thành phố Huế", date(2025, 3, 1)).code == "VN-26-2025"  # type: ignore[union-attr]
    assert gazetteer.successor("VN-26") == "VN-26-2025"


def test_merger_originals_end_when_result_begins() -> None:
    for merger in gazetteer.mergers():
        result = gazetteer.province(merger.result)
        if len(merger.originals) == 1:  # Huế's change of status, not a merger
            assert merger.date == date(2025, 1, 1) and result.valid_from == merger.date
            continue
        assert merger.date == AFTER
        assert result.valid_from == merger.date
        assert result.name == gazetteer.province(merger.originals[0]).name, "namesake first"
        for code in merger.originals:
            unit = gazetteer.province(code)
            assert unit in gazetteer.in_force(BEFORE)
            assert unit not in gazetteer.in_force(AFTER)


def test_unchanged_units_are_no_originals() -> None:
    originals = {code for m in gazetteer.mergers() if m.date == AFTER for code in m.originals}
    unchanged = set(gazetteer.in_force(BEFORE)) & set(gazetteer.in_force(AFTER))
    assert len(unchanged) == 11
    assert not originals & {p.code for p in unchanged}
    assert len(originals) == 63 - 11


def test_each_pre_merger_unit_has_one_successor_in_force() -> None:
    after = {p.code for p in gazetteer.in_force(AFTER)}
    results = [m.result for m in gazetteer.mergers() if m.date == AFTER]
    assert len(results) == len(set(results)) == 23
    for unit in gazetteer.in_force(BEFORE):
        assert gazetteer.successor(unit.code) in after
    assert gazetteer.successor("VN-70") == "VN-68-2025"
    assert gazetteer.successor("VN-68") == "VN-68-2025"
    assert gazetteer.successor("VN-HN") == "VN-HN"


def test_unknown_code_names_itself() -> None:
    with pytest.raises(KeyError, match="VN-99"):
        gazetteer.province("VN-99")


@pytest.mark.parametrize("name", ["Hòa Bình", "Hoà Bình", "HÒA BÌNH", "tỉnh Hoà  Bình"])
def test_lookup_ignores_case_tone_placement_and_prefix(name: str) -> None:
    unit = gazetteer.lookup(name)
    assert unit is not None and unit.code == "VN-14"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("TP.HCM", "VN-SG"),
        ("TP. HCM", "VN-SG"),
        ("Thành phố Hồ Chí Minh", "VN-SG"),
        ("tỉnh Bắc Ninh", "VN-56"),
        ("Bà Rịa-Vũng Tàu", "VN-43"),
        ("Đắc Lắc", "VN-33"),
        ("Thừa Thiên - Huế", "VN-26"),
    ],
)
def test_lookup_variants_on_a_date(name: str, code: str) -> None:
    unit = gazetteer.lookup(name, date(2020, 1, 1))
    assert unit is not None and unit.code == code


def test_lookup_by_date_tells_namesakes_apart() -> None:
    old, new = gazetteer.lookup("Bắc Ninh", date(2020, 5, 1)), gazetteer.lookup("Bắc Ninh", date(2026, 1, 1))
    assert old is not None and old.code == "VN-56"
    assert new is not None and new.code == "VN-56-2025"
    assert gazetteer.lookup("Bắc Giang", date(2026, 1, 1)) is None


def test_lookup_without_date_never_guesses() -> None:
    assert gazetteer.lookup("Bắc Ninh") is None
    assert gazetteer.lookup("TP.HCM") is None
    hanoi = gazetteer.lookup("Hà Nội")
    assert hanoi is not None and hanoi.code == "VN-HN"
    assert gazetteer.lookup("Hồ Chí Minh", date(2020, 1, 1)) is None  # a person's name, not the city's
    assert gazetteer.lookup("Bắc Ninh Province") is None  # English names are not for text


def test_names_are_unique_among_units_in_force() -> None:
    for day in (BEFORE, AFTER):
        for unit in gazetteer.in_force(day):
            for name in (unit.name, *unit.aliases):
                assert gazetteer.lookup(name, day) == unit


def test_name_regex_finds_names_in_folded_text() -> None:
    text = "Bí thư Tỉnh ủy Vĩnh Phúc làm việc với TP.HCM và tỉnh Bà Rịa - Vũng Tàu."
    found = [(m.start(), m.group()) for m in gazetteer.name_regex().finditer(fold(text))]
    assert [text[start : start + len(match)] for start, match in found] == [
        "Vĩnh Phúc",
        "TP.HCM",
        "Bà Rịa - Vũng Tàu",
    ]


def test_name_regex_stays_out_of_longer_words() -> None:
    pattern = gazetteer.name_regex()
    assert pattern.search(fold("Ông Nguyễn Văn Long Anh phát biểu")) is None
    assert pattern.search(fold("phường Tân Giang")) is None  # holds "an giang" after a letter
    match = pattern.search(fold("Thừa Thiên Huế"))
    assert match is not None and match.group() == "thừa thiên huế"


def test_a_name_of_two_units_is_a_name_but_no_single_unit() -> None:
    assert gazetteer.is_name("Đà Nẵng") and gazetteer.lookup("Đà Nẵng") is None
    assert not gazetteer.is_name("Chu Lai")
