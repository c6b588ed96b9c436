"""The province comes from evidence in the text or the outlet; without it, None."""

from collections.abc import Callable
from datetime import date
from typing import Any

from kg.extract.province import detect

Run = Callable[[str], dict[str, Any]]

ON = date(2020, 6, 1)


def test_named_after_tinh() -> None:
    unit = detect("Kinh tế của tỉnh Nghệ An tăng trưởng. Tỉnh ủy Nghệ An họp.", [], ON)
    assert unit is not None and unit.code == "VN-22"


def test_outlet_domain_and_source_line() -> None:
    unit = detect("Hội nghị diễn ra.", ["quangninh.gov.vn"], ON)
    assert unit is not None and unit.code == "VN-13"


def test_bare_place_words_are_not_evidence() -> None:
    assert detect("Ông Nguyễn Thái Bình dự hội nghị về hòa bình.", [], ON) is None


def test_a_tie_is_no_answer() -> None:
    assert detect("Đoàn của tỉnh Lào Cai thăm tỉnh Yên Bái.", [], ON) is None


def test_merged_name_depends_on_the_date() -> None:
    before = detect("tỉnh Bắc Ninh", [], date(2020, 1, 1))
    after = detect("tỉnh Bắc Ninh", [], date(2026, 1, 1))
    assert before is not None and after is not None and before.code != after.code


def test_a_near_tie_is_no_answer() -> None:
    text = "Tỉnh Gia Lai và tỉnh Kon Tum hợp tác; đoàn tỉnh Gia Lai thăm tỉnh Kon Tum; tỉnh Gia Lai cảm ơn."
    assert detect(text, [], ON) is None


def test_an_undated_name_of_two_units_abstains_rather_than_picks_a_neighbour() -> None:
    # Without a date "Quảng Trị" is the old province or the merged one: it outweighs Quảng Bình, but wins nothing.
    text = "Tỉnh Quảng Trị, tỉnh Quảng Trị và tỉnh Quảng Trị; tỉnh Quảng Bình."
    assert detect(text, [], None) is None
    unit = detect(text, [], ON)
    assert unit is not None and unit.name == "Quảng Trị" and unit.valid_until is not None


def test_birthplace_burial_and_former_posts_are_not_the_article_s_province() -> None:
    text = ("Đồng chí A, nguyên Chủ tịch UBND tỉnh, quê quán xã Vĩnh Hưng, huyện Vĩnh Lợi, tỉnh Bạc Liêu; "
            "lần lượt giữ các chức vụ: Bí thư Huyện ủy, Phó Chủ tịch UBND tỉnh Hậu Giang. An táng tại quê nhà, "
            "tỉnh Bạc Liêu. Dự lễ có nguyên Bí thư Tỉnh ủy Cà Mau.")
    assert detect(text, [], ON) is None
    assert detect(text + " Lãnh đạo tỉnh Sóc Trăng đến viếng.", [], ON).name == "Sóc Trăng"  # type: ignore[union-attr]


def test_an_outlet_domain_with_the_bao_prefix() -> None:
    unit = detect("Hội nghị diễn ra.", ["baothanhhoa.vn"], ON)
    assert unit is not None and unit.name == "Thanh Hóa"


def test_the_province_someone_is_transferred_to_is_not_the_article_s() -> None:
    text = ("HĐND tỉnh miễn nhiệm đối với Đại tá A do được Bộ trưởng Bộ Công an điều động, bổ nhiệm giữ chức "
            "Giám đốc Công an tỉnh Tiền Giang.")
    assert detect(text, [], ON) is None


def test_a_roundup_headline_naming_several_provinces_leaves_the_province_open(run: Run) -> None:
    rec = run("Báo X\n\nNhân sự mới tại Cà Mau, An Giang có tân Chủ tịch UBND tỉnh\n\n23/04/2026 06:30\n\n"
              "Sáng 21/4, HĐND tỉnh Cà Mau tổ chức kỳ họp thứ nhất. Tỉnh Cà Mau, tỉnh Cà Mau. "
              "Chiều 21/4, HĐND tỉnh An Giang tổ chức kỳ họp thứ nhất.\n")
    assert rec["province"] is None
    assert [(m["ordinal"], m["date"]) for m in rec["meetings"]] == [(1, "2026-04-21"), (1, "2026-04-21")]
    assert len({m["id"] for m in rec["meetings"]}) == 2


def test_posts_of_another_province_keep_its_name(run: Run) -> None:
    rec = run("Báo Cà Mau\n\nTin\n\n23/04/2026 06:30\n\nTỉnh Cà Mau họp. Tỉnh Cà Mau, tỉnh Cà Mau. Ông Tạ Văn Ba, "
              "Chủ tịch UBND tỉnh Cà Mau, gặp ông Lữ Văn Tư, Chủ tịch UBND tỉnh An Giang.\n")
    labels = {p["name"]: [q["label"] for q in p["positions"]] for p in rec["persons"]}
    assert labels == {"Tạ Văn Ba": ["Chủ tịch Ủy ban nhân dân tỉnh"],
                      "Lữ Văn Tư": ["Chủ tịch Ủy ban nhân dân tỉnh An Giang"]}


def test_under_a_headline_about_central_bodies_a_province_named_in_passing_is_not_the_article_s(run: Run) -> None:
    rec = run("Báo X\n\nQuốc hội bầu Chủ nhiệm Ủy ban Pháp luật; phê chuẩn bổ nhiệm Bộ trưởng Bộ Y tế\n\n"
              "24/10/2025 17:45\n\nChiều 24-10, Quốc hội bầu bổ sung. Đại biểu Đoàn ĐBQH tỉnh Cà Mau phát biểu. "
              "Tỉnh Cà Mau.\n")
    assert rec["province"] is None
    ministry = run("Báo X\n\nBộ Tài chính có tân Thứ trưởng\n\n24/10/2025 17:45\n\nChiều 24-10, Bộ Tài chính công bố "
                   "quyết định. Ông A, nguyên Phó Chủ tịch, từng công tác tại tỉnh Cà Mau. Tỉnh Cà Mau.\n")
    assert ministry["province"] is None
    local = run("Báo X\n\nBan Bí thư chỉ định Phó Bí thư Tỉnh ủy\n\n24/10/2025 17:45\n\n"
                "Sáng 24-10, Tỉnh ủy Cà Mau công bố quyết định. Tỉnh Cà Mau.\n")
    assert local["province"] == "Cà Mau"
