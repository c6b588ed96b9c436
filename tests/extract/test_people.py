"""Officials in every arrangement of name and title that the extractor supports."""

from collections.abc import Callable
from typing import Any

Run = Callable[[str], dict[str, Any]]
Officials = Callable[[str], dict[str, list[tuple[str, str]]]]


def test_title_before_name_with_province(officials: Officials) -> None:
    held = officials("Bí thư Tỉnh ủy Hòa Bình Nguyễn Phi Long phát biểu tại hội nghị.")
    assert held == {"Nguyễn Phi Long": [("Bí thư Tỉnh ủy", "current")]}


def test_name_then_title_list(officials: Officials) -> None:
    held = officials("Dự hội nghị có đồng chí Trần Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực "
              "UBND tỉnh; Lê Thị Bình, Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư.")
    assert held == {
        "Trần Văn An": [("Ủy viên Ban Thường vụ Tỉnh ủy", "current"),
                        ("Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh", "current")],
        "Lê Thị Bình": [("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "current"),
                        ("Giám đốc Sở Kế hoạch và Đầu tư", "current")],
    }


def test_name_dash_title_and_colon_list(officials: Officials) -> None:
    held = officials("Tham dự có các đồng chí: Phạm Quốc Cường - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; "
              "Đỗ Thu Hà - Trưởng Ban Tuyên giáo Tỉnh ủy.")
    assert held == {
        "Phạm Quốc Cường": [("Phó Bí thư Tỉnh ủy", "current"), ("Chủ tịch Hội đồng nhân dân tỉnh", "current")],
        "Đỗ Thu Hà": [("Trưởng Ban Tuyên giáo Tỉnh ủy", "current")],
    }


def test_comma_list_of_two_people(officials: Officials) -> None:
    held = officials("Cùng dự có đồng chí Võ Minh Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Hồ Thị Mai, "
              "Chủ tịch Liên đoàn Lao động tỉnh.")
    assert set(held) == {"Võ Minh Tâm", "Hồ Thị Mai"}
    assert held["Hồ Thị Mai"] == [("Chủ tịch Liên đoàn Lao động tỉnh", "current")]


def test_abbreviations_expand(officials: Officials) -> None:
    held = officials("Đồng chí Ngô Văn Sơn, UVTW, Bí thư TU, Trưởng Đoàn ĐBQH tỉnh; Lý Thị Hoa, Ủy viên Dự khuyết "
              "T.Ư Đảng, PCT UBND tỉnh; Mai Văn Hải, Phó GĐ Sở TN-MT.")
    assert held == {
        "Ngô Văn Sơn": [("Ủy viên Ban Chấp hành Trung ương Đảng", "current"), ("Bí thư Tỉnh ủy", "current"),
                        ("Trưởng Đoàn đại biểu Quốc hội tỉnh", "current")],
        "Lý Thị Hoa": [("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "current"),
                       ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "current")],
        "Mai Văn Hải": [("Phó Giám đốc Sở Tài nguyên và Môi trường", "current")],
    }


def test_former_and_acting(officials: Officials) -> None:
    held = officials("Ông Đinh Văn Tú, nguyên Chủ tịch UBND tỉnh và ông Lương Văn Nam, quyền Giám đốc Sở Y tế, dự lễ.")
    assert held == {"Đinh Văn Tú": [("Chủ tịch Ủy ban nhân dân tỉnh", "former")],
                              "Lương Văn Nam": [("Giám đốc Sở Y tế", "acting")]}


def test_concurrent_post_with_kiem(officials: Officials) -> None:
    held = officials("Đồng chí Hà Văn Khánh, Phó Bí thư Tỉnh ủy kiêm Chủ tịch HĐND tỉnh chủ trì.")
    assert held["Hà Văn Khánh"] == [("Phó Bí thư Tỉnh ủy", "current"),
                                              ("Chủ tịch Hội đồng nhân dân tỉnh", "current")]


def test_people_without_titles_and_bylines_are_not_officials(run: Run) -> None:
    text = ("Họp báo\n\n20/05/2024 10:00\n\nÔng Nguyễn Văn Tư cho biết dự án đã xong. "
            "Ban Bí thư Trung ương Đảng đã có chỉ đạo.\n\nTrần Hữu Nghĩa\n")
    rec = run(text)
    assert rec["persons"] == []
    assert rec["byline"] == "Trần Hữu Nghĩa"


def test_bloc_committee_named_in_full_elsewhere(officials: Officials) -> None:
    held = officials("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh họp. Đồng chí Bùi Văn Lợi, Bí thư Đảng ủy Khối "
              "phát biểu.")
    assert held == {"Bùi Văn Lợi": [("Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                                               "current")]}


def test_evidence_quotes_the_article(run: Run) -> None:
    rec = run("Chủ tịch UBND tỉnh Nguyễn Thành Công trao quà.")
    ev = rec["persons"][0]["positions"][0]["evidence"][0]
    assert ev["quote"] == "Chủ tịch UBND tỉnh Nguyễn Thành Công"
