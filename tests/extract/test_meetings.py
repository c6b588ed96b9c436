"""Sessions: ordinal, body, term, kind, date, chairs and participants."""

from collections.abc import Callable
from typing import Any

import pytest

from kg.extract.meetings import parse_ordinal

Run = Callable[[str], dict[str, Any]]


@pytest.mark.parametrize(("token", "value"), [("32", 32), ("XIX", 19), ("xx", 20), ("IV", 4), ("tám", 8)])
def test_ordinals(token: str, value: int) -> None:
    assert parse_ordinal(token) == value


def fields(rec: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(m["body"], m["ordinal"], m["term"], m["kind"], m["date"]) for m in rec["meetings"]]


def test_session_with_term_and_day_month_date(run: Run) -> None:
    rec = run("Chiều 14-5, Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2020-2025 tổ chức Hội nghị lần thứ 15.")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ tỉnh", 15, 20, "regular", "2024-05-14")]


def test_term_from_an_organ_not_from_a_congress(run: Run) -> None:
    rec = run("Sáng 9/5, Hội nghị BCH Đảng bộ tỉnh lần thứ 21 bàn công tác chuẩn bị Đại hội Đảng bộ tỉnh "
              "khóa 21. Hội nghị bầu bổ sung Ủy viên Ủy ban Kiểm tra Tỉnh ủy khóa 20.")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ tỉnh", 21, 20, "regular", "2024-05-09")]


def test_extended_session_of_a_bloc_committee_without_date(run: Run) -> None:
    rec = run("Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh vừa tổ chức Hội nghị Ban Chấp hành mở rộng lần "
              "thứ 3. Ban Thường vụ Đảng ủy Khối khóa VII thông qua chương trình.")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh", 3, 7, "extended", None)]


def test_a_resolution_of_a_session_is_not_a_session(run: Run) -> None:
    rec = run("Sáng 16/4, tỉnh quán triệt Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.")
    assert rec["meetings"] == []


def test_unknown_term_is_null_and_reported(run: Run) -> None:
    rec = run("Sáng 3/4, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 9.")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ tỉnh", 9, None, "regular", "2024-04-03")]
    assert any("meeting-without-term" in w for w in rec["warnings"])


def test_chairs_under_su_chu_tri_cua_and_participants(run: Run) -> None:
    rec = run("Sáng 25/3, dưới sự chủ trì của đồng chí Trương Văn Lâm, Bí thư Tỉnh ủy, Ban Chấp hành Đảng bộ "
              "tỉnh khóa XV tổ chức Hội nghị lần thứ 30. Cùng dự có đồng chí Kiều Thị Hạnh, Phó Bí thư Tỉnh "
              "ủy. Hội nghị nghe Trưởng Ban Tổ chức Tỉnh ủy Quách Văn Dũng báo cáo. Hội nghị đã chỉ định "
              "đồng chí Tôn Thất Bảo, Giám đốc Sở Xây dựng tham gia Ban Chấp hành Đảng bộ tỉnh.")
    (m,) = rec["meetings"]
    assert m["chairs"] == ["Trương Văn Lâm"]
    assert m["participants"] == ["Trương Văn Lâm", "Kiều Thị Hạnh", "Quách Văn Dũng"]


def test_a_list_of_chairs(run: Run) -> None:
    rec = run("Chiều 13/11, Ban Chấp hành Đảng bộ tỉnh khóa XII tổ chức hội nghị lần thứ 2. Các đồng chí: "
              "Trịnh Văn Hòa, Bí thư Tỉnh ủy; Đặng Minh Quân, Phó Bí thư Tỉnh ủy chủ trì hội nghị.")
    assert rec["meetings"][0]["chairs"] == ["Trịnh Văn Hòa", "Đặng Minh Quân"]
