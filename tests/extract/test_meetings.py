"""Sessions: ordinal, body, term, kind, date, chairs and participants."""

from collections.abc import Callable
from typing import Any

import pytest

from kg.extract.meetings import parse_ordinal

Run = Callable[[str], dict[str, Any]]


@pytest.mark.parametrize(("token", "value"), [("32", 32), ("XIX", 19), ("xx", 20), ("IV", 4), ("tám", 8),
                                             ("mười bốn", 14), ("hai mươi mốt", 21), ("ba mươi", 30)])
def test_ordinals(token: str, value: int) -> None:
    assert parse_ordinal(token) == value


def test_zero_is_no_ordinal() -> None:
    assert parse_ordinal("0") is None


def test_a_term_that_ends_before_it_starts_is_reported_not_kept(run: Run) -> None:
    rec = run("Sáng 3/4, HĐND tỉnh khóa X, nhiệm kỳ 2025-2020 khai mạc kỳ họp thứ 2.")
    assert fields(rec) == [("Hội đồng nhân dân tỉnh", 2, 10, "regular", "2024-04-03")]
    assert any("term-period" in w for w in rec["warnings"])


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


def test_peoples_council_sitting(run: Run) -> None:
    rec = run("Sáng 12/4, HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 tiến hành Kỳ họp thứ 18 (kỳ họp chuyên đề) để "
              "xem xét một số nội dung quan trọng.")
    assert fields(rec) == [("Hội đồng nhân dân tỉnh", 18, 10, "thematic", "2024-04-12")]


def test_congress_in_the_title_opens_the_term_of_its_number(run: Run) -> None:
    text = ("Đại hội Hội Nông dân tỉnh lần thứ IX, nhiệm kỳ 2023 - 2028\n\n20/05/2024 10:00\n\n"
            "Đại hội Hội Nông dân tỉnh lần thứ IX diễn ra trong 2 ngày 17 và 18/5. Ông Lạc Văn Hưng được bầu "
            "làm Chủ tịch.\n\nTrước đó, tỉnh chào mừng Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.\n")
    rec = run(text)
    assert fields(rec) == [("Hội Nông dân tỉnh", 9, 9, "congress", "2024-05-17")]
    assert [(e["kind"], e["person"], e["position"]) for e in rec["events"]] == [
        ("elected", "Lạc Văn Hưng", "Chủ tịch Hội Nông dân tỉnh")]


def test_extraordinary_session_without_ordinal(run: Run) -> None:
    rec = run("Chiều 21.4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh (phiên bất thường).")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ tỉnh", None, None, "extraordinary", "2024-04-21")]


def test_a_congress_outside_title_and_lead_is_a_reference(run: Run) -> None:
    rec = run("Sáng 2/4, tỉnh tổ chức lễ kỷ niệm.\nCác ngành thi đua chào mừng Đại hội Đảng bộ tỉnh lần thứ XX.")
    assert rec["meetings"] == []


def test_chairs_listed_after_du_va_chu_tri(run: Run) -> None:
    rec = run("Sáng 5/3, Ban Chấp hành Đảng bộ tỉnh khóa XI tổ chức Hội nghị lần thứ 7. Dự và chủ trì hội nghị có "
              "đồng chí Khúc Văn Lợi, Bí thư Tỉnh ủy; đồng chí Mai Thị Hồng, Phó Bí thư Tỉnh ủy.")
    assert rec["meetings"][0]["chairs"] == ["Khúc Văn Lợi", "Mai Thị Hồng"]


def test_central_plenum_written_with_its_number(run: Run) -> None:
    text = ("Bế mạc Hội nghị Trung ương 10 khóa XIII\n\n20/05/2024 10:00\n\nChiều 18/5, Hội nghị Trung ương 10 khóa "
            "XIII bế mạc sau 3 ngày làm việc.\n")
    rec = run(text)
    # Closed on 18/5 after 3 days: held from 16/5, and a session is dated by its first day.
    assert fields(rec) == [("Ban Chấp hành Trung ương Đảng", 10, 13, "regular", "2024-05-16")]


def test_a_new_committee_meets_for_its_first_sitting(run: Run) -> None:
    rec = run("Chiều 18/5, Ban Chấp hành Đảng bộ huyện Mường Tè khóa XXII đã họp phiên thứ nhất, bầu Ban Thường vụ "
              "Huyện ủy gồm 11 đồng chí.")
    assert fields(rec) == [("Đảng ủy huyện Mường Tè", 1, 22, "regular", "2024-05-18")]


@pytest.mark.parametrize("days", ["(từ 10 - 12/5)", "(10 - 12/5)"])
def test_a_session_over_days_in_brackets_is_dated_by_its_first(run: Run, days: str) -> None:
    rec = run(f"Sau 3 ngày làm việc {days}, Kỳ họp thứ Tám, HĐND tỉnh khóa XVI đã bế mạc.")
    assert [(m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]] == [(8, 16, "2024-05-10")]


def test_a_sitting_reported_on_its_last_day_is_dated_by_its_opening(run: Run) -> None:
    rec = run("Sau 3 ngày làm việc, chiều 16-5, Kỳ họp thứ Chín, HĐND tỉnh khóa XVI đã bế mạc. Kỳ họp khai mạc "
              "từ sáng 14-5.")
    assert [(m["ordinal"], m["date"]) for m in rec["meetings"]] == [(9, "2024-05-14")]


def test_the_days_of_work_count_back_to_the_first_day(run: Run) -> None:
    rec = run("Sau 2 ngày làm việc, chiều 16-5, Kỳ họp thứ Chín, HĐND tỉnh khóa XVI đã bế mạc.")
    assert [(m["ordinal"], m["date"]) for m in rec["meetings"]] == [(9, "2024-05-15")]


def test_a_congress_and_the_first_session_of_the_committee_it_elected_are_two(run: Run) -> None:
    rec = run("Trong 2 ngày 6 và 7/5, Đảng bộ xã Nậm Kè tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
              "Chiều 7/5, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa I đã bầu Ban Thường vụ.")
    assert sorted((m["kind"], m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]) == [
        ("congress", 1, 1, "2024-05-06"), ("regular", 1, 1, "2024-05-07")]


def test_the_preparatory_session_the_day_before_does_not_date_the_congress(run: Run) -> None:
    rec = run("Ngày 12-5, sau phiên trù bị chiều 11-5, Đảng bộ phường Nam Sơn tổ chức phiên chính thức Đại hội đại "
              "biểu lần thứ I, nhiệm kỳ 2025 - 2030.")
    assert [(m["kind"], m["ordinal"], m["date"]) for m in rec["meetings"]] == [("congress", 1, "2024-05-12")]


@pytest.mark.parametrize("opening", [
    "Ngày 12-5, Đảng bộ phường Nam Sơn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
    "Sau 3 ngày làm việc (từ ngày 10 đến 12-5), chiều 12-5, Đại hội đại biểu Đảng bộ phường Nam Sơn lần thứ I, "
    "nhiệm kỳ 2025 - 2030 đã bế mạc."])
def test_the_first_session_right_after_the_congress_closes_takes_its_closing_day(run: Run, opening: str) -> None:
    rec = run(f"{opening} Ngay sau khi Đại hội bế mạc, Ban Chấp hành Đảng bộ phường khóa I tiến hành Hội nghị lần "
              "thứ nhất, bầu Ban Thường vụ.")
    assert sorted((m["kind"], m["date"]) for m in rec["meetings"])[1] == ("regular", "2024-05-12")


def test_first_sitting_with_the_committee_named_after(run: Run) -> None:
    rec = run("Chiều 16/5, tại phiên họp thứ nhất, Ban Chấp hành Đảng bộ huyện Mường Tè khóa XII đã bầu Ban "
              "Thường vụ Huyện ủy.")
    assert [(m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]] == [(1, 12, "2024-05-16")]


def test_sessions_known_by_their_day_or_held_by_a_committee(run: Run) -> None:
    rec = run("Trên cơ sở kết quả phiên họp ngày 18-5 của Ban Thường vụ Tỉnh ủy khóa XXII, Trưởng Ban Tổ chức Tỉnh ủy "
              "công bố các quyết định. Sáng 19-5, Ban Chấp hành Đảng bộ tỉnh khóa XXII tổ chức hội nghị công bố "
              "quyết định của Bộ Chính trị.")
    assert sorted((m["body"], m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]) == [
        ("Ban Chấp hành Đảng bộ tỉnh", None, 22, "2024-05-19"), ("Ban Thường vụ Tỉnh ủy", None, 22, "2024-05-18")]


def test_an_abbreviation_defined_inside_a_body_s_name(run: Run) -> None:
    rec = run("Trong 2 ngày 4 và 5-3, Ủy ban Kiểm tra (UBKT) Trung ương họp Kỳ họp thứ 39.")
    assert [(m["body"], m["ordinal"], m["date"]) for m in rec["meetings"]] == [
        ("Ủy ban Kiểm tra Trung ương", 39, "2024-03-04")]


def test_a_sitting_numbered_in_two_words(run: Run) -> None:
    rec = run("Ngày 14/5, HĐND tỉnh khóa IX tổ chức kỳ họp thứ mười bốn (bất thường) để bầu bổ sung chức danh.")
    assert [(m["ordinal"], m["term"]) for m in rec["meetings"]] == [(14, 9)]


def test_of_two_adjacent_days_the_one_nearest_the_session(run: Run) -> None:
    rec = run("Sau phiên trù bị chiều 20/3, ngày 21/3, Đảng bộ huyện Tân Hòa tổ chức phiên chính thức Đại hội "
              "đại biểu lần thứ XXIV, nhiệm kỳ 2020 - 2025.")
    assert [m["date"] for m in rec["meetings"]] == ["2024-03-21"]


def test_cung_ngay_takes_the_day_written_before(run: Run) -> None:
    rec = run("Tin tức\n\n22/07/2024 10:00\n\nSáng 21/7, đại biểu thảo luận văn kiện. Hội trường kín chỗ.\n\n"
              "Chiều cùng ngày, Ban Chấp hành Đảng bộ huyện khóa XXIV tổ chức Hội nghị lần thứ nhất.\n")
    assert [(m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]] == [(1, 24, "2024-07-21")]


def test_conference_of_an_agency_party_committee_named_in_full(run: Run) -> None:
    rec = run("Ngày 21.7, Đảng ủy Công an tỉnh tổ chức Hội nghị Ban Chấp hành Đảng bộ Công an tỉnh lần thứ 14, "
              "khóa XVII để sơ kết công tác.")
    assert fields(rec) == [("Ban Chấp hành Đảng bộ Công an tỉnh", 14, 17, "regular", "2023-07-21")]


def test_lead_found_past_the_dateline_and_share_buttons(run: Run) -> None:
    rec = run("Báo Tin tức\n\nĐại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
              "06/08/2025 - 16:40\n\nChia sẻ\n\nSáng 6/8, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I.\n")
    assert [(m["ordinal"], m["date"]) for m in rec["meetings"]] == [(1, "2025-08-06")]


def test_a_congress_whose_range_opens_with_its_preparatory_session_is_dated_by_its_official_one(run: Run) -> None:
    rec = run("Sau 3 ngày làm việc (từ ngày 4 đến ngày 6/5), sáng 6/5, Đại hội đại biểu Đảng bộ huyện Tân Hòa lần "
              "thứ XXIV, nhiệm kỳ 2020 - 2025 đã bế mạc. Đại hội tiến hành phiên trù bị vào chiều 4/5. Sáng 5/5, "
              "phiên chính thức của Đại hội khai mạc.")
    assert [(m["kind"], m["date"]) for m in rec["meetings"]] == [("congress", "2024-05-05")]


def test_a_planned_sitting_is_not_a_sitting(run: Run) -> None:
    rec = run("Theo kế hoạch, Kỳ họp thứ 12 HĐND tỉnh khóa X dự kiến tổ chức vào đầu tháng 10.")
    assert rec["meetings"] == []


def test_a_sitting_whose_body_opens_the_clause_after_it(run: Run) -> None:
    rec = run("Tại Kỳ họp thứ 21 diễn ra trong 2 ngày 14 và 15.5, Ủy ban Kiểm tra Trung ương khóa XIII đã xem xét "
              "kết quả kiểm tra.")
    assert [(m["ordinal"], m["term"], m["date"]) for m in rec["meetings"]] == [(21, 13, "2024-05-14")]


def test_the_lead_is_found_past_the_page_address_slug(run: Run) -> None:
    rec = run("Báo X\n\nBế mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XX\n\n16/10/2020 21:15\n\n"
              "be-mac-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx\n\n"
              "Chiều 15/10, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025 đã bế mạc.\n")
    assert [(m["kind"], m["ordinal"], m["date"]) for m in rec["meetings"]] == [("congress", 20, "2020-10-15")]


def test_a_first_session_whose_committee_follows_after_a_comma(run: Run) -> None:
    rec = run("Chiều 15-5, tại Hội nghị lần thứ nhất, BCH Đảng bộ huyện Tân Lập khóa XXV đã bầu Ban Thường vụ.")
    assert fields(rec) == [("Đảng ủy huyện Tân Lập", 1, 25, "regular", "2024-05-15")]


def test_a_congress_dated_by_its_session_marked_official_in_brackets(run: Run) -> None:
    rec = run("Đại hội đại biểu Đảng bộ huyện Tân Lập lần thứ XXV, nhiệm kỳ 2020-2025 đã diễn ra từ chiều 14-5 "
              "(phiên trù bị) đến hết ngày 15-5 (phiên chính thức).")
    assert [(m["kind"], m["date"]) for m in rec["meetings"]] == [("congress", "2024-05-15")]


def test_a_congress_reported_at_its_close_is_dated_by_its_official_opening(run: Run) -> None:
    rec = run("Sau gần 3 ngày làm việc, chiều 15-4, Đại hội đại biểu Đảng bộ tỉnh lần thứ XX đã bế mạc. "
              "Đại hội khai mạc phiên chính thức sáng 14-4, sau phiên trù bị diễn ra chiều 13-4.")
    assert [(m["kind"], m["date"]) for m in rec["meetings"]] == [("congress", "2024-04-14")]


def test_a_sitting_s_programme_is_the_sitting_and_a_submission_to_it_is_not(run: Run) -> None:
    rec = run("Chiều 14-5, tiếp tục chương trình Kỳ họp thứ 7, Quốc hội khóa XV, Quốc hội đã bầu bổ sung.")
    assert fields(rec) == [("Quốc hội", 7, 15, "regular", "2024-05-14")]
    assert run("UBND tỉnh trình Kỳ họp thứ 9 HĐND tỉnh khóa X xem xét tờ trình.")["meetings"] == []


def test_a_first_session_of_the_committee_a_congress_elected_takes_the_congress_s_body(run: Run) -> None:
    rec = run("Sáng 6/5, Đảng bộ xã Tân Lập tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Chiều 7/5, "
              "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã khóa I đã bầu Ban Thường vụ. Sáng 8/5, tại Hội nghị "
              "lần thứ hai, BCH Đảng bộ xã khóa I bàn công tác.")
    assert {(m["body"], m["ordinal"], m["date"]) for m in rec["meetings"] if m["kind"] != "congress"} == {
        ("Đảng ủy xã Tân Lập", 1, "2024-05-07"), ("Đảng ủy xã Tân Lập", 2, "2024-05-08")}
