"""Changes of post, with the post gained or left and the deciding body."""

from collections.abc import Callable
from typing import Any

Run = Callable[[str], dict[str, Any]]


def events(rec: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(e["kind"], e["person"], e["position"], e["decided_by"]) for e in rec["events"]]


def test_designated_to_join_the_committee(run: Run) -> None:
    rec = run("Thường trực Tỉnh ủy công bố Quyết định của Bộ Chính trị về việc chỉ định đồng chí Lạc Văn Tài, "
              "Giám đốc Sở Nội vụ và đồng chí Cù Thị Yến, Chủ tịch Hội Nông dân tỉnh tham gia Ban Chấp hành "
              "Đảng bộ tỉnh nhiệm kỳ 2020 - 2025.")
    assert events(rec) == [
        ("appointed", "Lạc Văn Tài", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bộ Chính trị"),
        ("appointed", "Cù Thị Yến", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bộ Chính trị"),
    ]
    labels = {(p["name"], q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]}
    assert ("Lạc Văn Tài", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "new") in labels
    assert ("Lạc Văn Tài", "Giám đốc Sở Nội vụ", "current") in labels


def test_elected_to_the_post_named_after_the_trigger(run: Run) -> None:
    rec = run("Hội nghị tiến hành bầu Ủy viên Ủy ban Kiểm tra Tỉnh ủy đối với đồng chí Âu Văn Kiên, Phó "
              "Chánh Văn phòng Tỉnh ủy.")
    assert events(rec) == [("elected", "Âu Văn Kiên", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy", None)]


def test_elected_to_the_post_after_giu_chuc(run: Run) -> None:
    rec = run("Hội đồng nhân dân tỉnh bầu đồng chí Giáp Văn Thắng, Phó Bí thư Tỉnh ủy giữ chức Chủ tịch UBND tỉnh.")
    assert events(rec) == [("elected", "Giáp Văn Thắng", "Chủ tịch Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh")]


def test_retirement_leaves_the_current_post(run: Run) -> None:
    rec = run("UBND tỉnh trao quyết định nghỉ hưu cho đồng chí Khổng Văn Lực - Phó Giám đốc Sở Y tế.")
    assert events(rec) == [("retired", "Khổng Văn Lực", "Phó Giám đốc Sở Y tế", None)]


def test_vote_counts_and_elections_in_general_are_not_events(run: Run) -> None:
    rec = run("Kết quả phiếu bầu đối với đồng chí Nghiêm Văn Hào, Bí thư Tỉnh ủy rất cao. "
              "Tỉnh chuẩn bị bầu cử đại biểu Quốc hội.")
    assert rec["events"] == []


def test_each_list_item_keeps_its_own_reason(run: Run) -> None:
    rec = run("HĐND tỉnh biểu quyết miễn nhiệm chức danh ủy viên UBND tỉnh đối với các ông: Kha Văn Tám - nguyên "
              "Giám đốc Sở Tư pháp, đã chuyển công tác khác; Lò Văn Muôn - nguyên Giám đốc Sở Y tế, đã nghỉ hưu "
              "từ ngày 1/3/2024.")
    assert events(rec) == [
        ("removed", "Kha Văn Tám", "Ủy viên Ủy ban nhân dân tỉnh", None),
        ("removed", "Lò Văn Muôn", "Ủy viên Ủy ban nhân dân tỉnh", None),
        ("transferred", "Kha Văn Tám", "Giám đốc Sở Tư pháp", None),
        ("retired", "Lò Văn Muôn", "Giám đốc Sở Y tế", None),
    ]


def test_passive_election_takes_the_post_after_giu_chuc(run: Run) -> None:
    rec = run("Đồng chí Doãn Văn Hợp, Phó Bí thư Tỉnh ủy đã được bầu giữ chức Chủ tịch HĐND tỉnh.")
    assert events(rec) == [("elected", "Doãn Văn Hợp", "Chủ tịch Hội đồng nhân dân tỉnh", None)]


def test_death_leaves_the_former_post(run: Run) -> None:
    rec = run("Đồng chí Triệu Văn Sáu, nguyên Phó Chủ tịch UBND tỉnh đã từ trần.")
    assert events(rec) == [("died", "Triệu Văn Sáu", "Phó Chủ tịch Ủy ban nhân dân tỉnh", None)]


def test_untitled_person_named_in_an_election_gets_the_post(run: Run) -> None:
    rec = run("Kỳ họp đã bầu đồng chí Giàng A Páo giữ chức Trưởng Ban Dân tộc HĐND tỉnh; miễn nhiệm chức vụ Phó "
              "Chủ tịch UBND tỉnh đối với ông Quàng Văn Hặc do được điều động giữ chức Thứ trưởng Bộ Nội vụ.")
    assert events(rec) == [
        ("elected", "Giàng A Páo", "Trưởng Ban Dân tộc Hội đồng nhân dân tỉnh", None),
        ("removed", "Quàng Văn Hặc", "Phó Chủ tịch Ủy ban nhân dân tỉnh", None),
        ("transferred", "Quàng Văn Hặc", "Thứ trưởng Bộ Nội vụ", None),
    ]


def test_each_clause_keeps_its_own_subject(run: Run) -> None:
    rec = run("Ban Thường vụ Tỉnh ủy công bố quyết định điều động đồng chí Lò Thị Xuân, Bí thư Tỉnh Đoàn, đến nhận "
              "công tác và giữ chức Phó Chủ tịch Hội Nông dân tỉnh; trao quyết định nghỉ hưu cho đồng chí Vì Văn Sơn, "
              "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert events(rec) == [
        ("transferred", "Lò Thị Xuân", "Phó Chủ tịch Hội Nông dân tỉnh", None),
        ("retired", "Vì Văn Sơn", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None),
    ]


def test_bare_executive_and_standing_committee_take_the_post_taken_up(run: Run) -> None:
    rec = run("Bộ Chính trị điều động đồng chí Kha Văn Dũng, Phó Trưởng Ban Nội chính Trung ương, tham gia Ban Chấp "
              "hành, Ban Thường vụ và giữ chức Bí thư Thành ủy Hải Phòng.")
    labels = {(p["name"], q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]}
    assert {("Kha Văn Dũng", "Ủy viên Ban Chấp hành Đảng bộ thành phố", "new"),
            ("Kha Văn Dũng", "Ủy viên Ban Thường vụ Thành ủy", "new"),
            ("Kha Văn Dũng", "Bí thư Thành ủy", "new")} <= labels


def test_a_nomination_is_not_yet_an_election(run: Run) -> None:
    rec = run("Ban Thường vụ Tỉnh ủy giới thiệu đồng chí Sầm Thị Hoa để Ủy ban MTTQ Việt Nam tỉnh hiệp thương, bầu "
              "giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.")
    assert rec["events"] == []


def test_approving_an_election_result_is_an_election(run: Run) -> None:
    rec = run("Thủ tướng Chính phủ phê chuẩn kết quả bầu ông Tăng Văn Bình, Giám đốc Sở Xây dựng, giữ chức Phó Chủ "
              "tịch UBND tỉnh. Viện trưởng Viện Kiểm sát nhân dân tỉnh Lã Thị Hồng nói việc phê chuẩn lệnh tạm giữ "
              "cần chặt chẽ.")
    assert events(rec) == [("elected", "Tăng Văn Bình", "Phó Chủ tịch Ủy ban nhân dân tỉnh", None)]


def test_coordinated_triggers_share_their_subject(run: Run) -> None:
    rec = run("Chủ tịch UBND tỉnh quyết định điều động, bổ nhiệm đồng chí Chử Văn Lâm, Phó Giám đốc Sở Tài chính "
              "giữ chức Giám đốc Sở Công Thương; cho thôi giữ chức Giám đốc Sở Y tế đối với đồng chí Đàm Văn Hòa "
              "để nghỉ hưu theo chế độ.")
    assert sorted((e["kind"], e["person"]) for e in rec["events"]) == [
        ("appointed", "Chử Văn Lâm"), ("removed", "Đàm Văn Hòa"), ("retired", "Đàm Văn Hòa"),
        ("transferred", "Chử Văn Lâm")]


def test_leaving_as_part_of_a_transfer_is_the_transfer(run: Run) -> None:
    rec = run("Bộ Chính trị điều động đồng chí Lục Văn Hải thôi giữ chức Bí thư Tỉnh ủy, đến nhận công tác và giữ "
              "chức Phó Trưởng Ban Tổ chức Trung ương.")
    assert events(rec) == [("transferred", "Lục Văn Hải", "Phó Trưởng Ban Tổ chức Trung ương", "Bộ Chính trị")]


def test_a_stated_effective_date_dates_the_change(run: Run) -> None:
    rec = run("UBND tỉnh trao quyết định nghỉ hưu cho đồng chí Viên Văn Tạo - Phó Giám đốc phụ trách Sở Y tế, kể từ "
              "ngày 01/4/2024.")
    assert [(e["kind"], e["person"], e["position"], e["date"]) for e in rec["events"]] == [
        ("retired", "Viên Văn Tạo", "Phó Giám đốc Sở Y tế", "2024-04-01")]


def test_transfer_told_as_the_reason_of_a_dismissal(run: Run) -> None:
    rec = run("HĐND tỉnh miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh đối với đồng chí Lương Văn Khởi, do được "
              "Ban Thường vụ Tỉnh ủy điều động, phân công giữ chức Bí thư Huyện ủy Mường Nhé.")
    assert ("transferred", "Lương Văn Khởi", "Bí thư Huyện ủy Mường Nhé", "Ban Thường vụ Tỉnh ủy") in events(rec)
    assert ("removed", "Lương Văn Khởi", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh") in events(rec)


def test_the_person_replaced_is_not_elected_but_leaves_the_post(run: Run) -> None:
    rec = run("Kỳ họp bầu đồng chí Hà Thị Mến, Phó Trưởng Ban Pháp chế HĐND tỉnh giữ chức Trưởng Ban Pháp chế "
              "HĐND tỉnh, thay đồng chí Lò Văn Piêng đã nghỉ hưu theo chế độ.")
    assert events(rec) == [
        ("elected", "Hà Thị Mến", "Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh", None),
        ("retired", "Lò Văn Piêng", "Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh", None),
    ]
    labels = {(p["name"], q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]}
    assert ("Lò Văn Piêng", "Trưởng Ban Pháp chế Hội đồng nhân dân tỉnh", "former") in labels


def test_military_region_deputy_commander(run: Run) -> None:
    rec = run("Bộ Quốc phòng điều động, bổ nhiệm Đại tá Trịnh Văn Lâm, Chỉ huy trưởng Bộ CHQS tỉnh giữ chức "
              "Phó Tư lệnh Quân khu 3.")
    assert ("transferred", "Trịnh Văn Lâm", "Phó Tư lệnh Quân khu 3", "Bộ Quốc phòng") in events(rec)


def test_elected_chair_of_the_commission_where_deputy(run: Run) -> None:
    rec = run("Hội nghị bầu Ủy ban Kiểm tra Huyện ủy gồm 5 đồng chí; đồng chí Vi Thị Mai, Phó Chủ nhiệm Ủy ban "
              "Kiểm tra Huyện ủy Bảo Lâm khóa XX được bầu giữ chức Chủ nhiệm.")
    assert ("elected", "Vi Thị Mai", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Bảo Lâm", None) in events(rec)


def test_reelected_to_the_standing_post_already_held_adds_no_post(run: Run) -> None:
    rec = run("Đồng chí Sầm Văn Lợi - Phó Bí thư Thường trực Huyện ủy Bảo Lâm được bầu lại làm Phó Bí thư Huyện ủy.")
    assert events(rec) == [("elected", "Sầm Văn Lợi", "Phó Bí thư Huyện ủy Bảo Lâm", None)]
    assert [(q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]] == [
        ("Phó Bí thư Thường trực Huyện ủy Bảo Lâm", "current")]


def test_an_alternate_elected_full_member_gains_the_post(run: Run) -> None:
    rec = run("Hội nghị bầu bổ sung đồng chí Lục Văn Sáu, Ủy viên dự khuyết Ban Chấp hành Đảng bộ tỉnh "
              "vào Ban Chấp hành Đảng bộ tỉnh.")
    labels = [(q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]]
    assert ("Ủy viên Ban Chấp hành Đảng bộ tỉnh", "new") in labels


def test_border_guard_appointments_with_ranks_dashes_and_the_person_replaced(run: Run) -> None:
    rec = run("Bộ Tư lệnh BĐBP bổ nhiệm Đại tá Hà Văn Khởi, Phó Chỉ huy trưởng - Tham mưu trưởng BĐBP tỉnh, giữ "
              "chức Chỉ huy trưởng BĐBP tỉnh, thay Đại tá Đèo Văn Páo nghỉ chuẩn bị hưu; Thượng tá Lò Văn Sinh, "
              "Chính trị viên Đồn Biên phòng Pa Thơm, giữ chức Phó Chính ủy BĐBP tỉnh. Dự có Thiếu tướng "
              "Vũ Đình Lam, Phó Tư lệnh BĐBP.")
    held = {p["name"]: sorted((q["label"], q["status"]) for q in p["positions"]) for p in rec["persons"]}
    board = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    assert held == {
        "Hà Văn Khởi": [(f"Chỉ huy trưởng {board}", "new"), (f"Phó Chỉ huy trưởng {board}", "current"),
                        (f"Tham mưu trưởng {board}", "current")],
        "Đèo Văn Páo": [(f"Chỉ huy trưởng {board}", "former")],
        "Lò Văn Sinh": [("Chính trị viên Đồn Biên phòng Pa Thơm", "current"), (f"Phó Chính ủy {board}", "new")],
        "Vũ Đình Lam": [("Phó Tư lệnh Bộ đội Biên phòng", "current")],
    }
    assert ("retired", "Đèo Văn Páo", f"Chỉ huy trưởng {board}", None) in events(rec)


def test_not_reelected_is_no_election(run: Run) -> None:
    rec = run("Đại hội tặng hoa các đồng chí không tái cử, trong đó có đồng chí Vi Văn Dừa, Chủ tịch Hội "
              "Nông dân tỉnh.")
    assert [e for e in events(rec) if e[0] == "elected"] == []


def test_acting_head_given_by_giao_quyen(run: Run) -> None:
    rec = run("UBND tỉnh trao quyết định giao quyền Giám đốc Sở Nội vụ cho ông Hoàng Văn Mạ, Phó Giám đốc Sở Nội vụ.")
    assert ("appointed", "Hoàng Văn Mạ", "Giám đốc Sở Nội vụ", None) in events(rec)
    labels = {(q["label"], q["status"]) for p in rec["persons"] for q in p["positions"]}
    assert ("Quyền Giám đốc Sở Nội vụ", "acting") in labels


def test_leaving_the_committee_and_the_post_to_retire(run: Run) -> None:
    rec = run("Ban Bí thư đồng ý để đồng chí Mai Văn Hòe, Phó Bí thư Tỉnh ủy thôi tham gia Ban Chấp hành, Ban "
              "Thường vụ và thôi giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025 để nghỉ hưu.")
    assert [e[:3] for e in events(rec)] == [
        ("removed", "Mai Văn Hòe", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
        ("removed", "Mai Văn Hòe", "Ủy viên Ban Thường vụ Tỉnh ủy"),
        ("removed", "Mai Văn Hòe", "Phó Bí thư Tỉnh ủy"),
        ("retired", "Mai Văn Hòe", "Phó Bí thư Tỉnh ủy"),
    ]


def test_a_bare_party_committee_of_the_agency_named_next(run: Run) -> None:
    rec = run("Thiếu tướng Lê Hữu Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh chủ trì.")
    labels = [q["label"] for p in rec["persons"] for q in p["positions"]]
    assert "Bí thư Đảng ủy Công an tỉnh" in labels and "Giám đốc Công an tỉnh" in labels


def test_voting_to_elect_is_an_election_but_a_ballot_is_not(run: Run) -> None:
    rec = run("Hội nghị đã bỏ phiếu bầu bổ sung đồng chí Quách Văn Đạt, Chánh Văn phòng Tỉnh ủy, vào Ban Thường vụ "
              "Tỉnh ủy. Phiếu bầu được phát cho các đại biểu.")
    assert events(rec) == [("elected", "Quách Văn Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", None)]


def test_committees_joined_after_the_place_of_a_transfer(run: Run) -> None:
    rec = run("Bộ Chính trị điều động đồng chí Khúc Minh Toàn, Thứ trưởng Bộ Tài chính, đến nhận công tác tại "
              "Đảng bộ tỉnh, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Tỉnh ủy nhiệm kỳ "
              "2020 - 2025.")
    gained = {e["position"] for e in rec["events"] if e["person"] == "Khúc Minh Toàn"}
    assert gained == {"Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Tỉnh ủy"}


def test_a_colon_list_split_by_semicolons_shares_its_predicate(run: Run) -> None:
    rec = run("Các đồng chí: Tạ Văn Hòa, Chủ tịch UBND tỉnh; Mẫn Thị Lụa, nguyên Chủ tịch UBND huyện Tân Lạc "
              "được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert {(e["kind"], e["person"], e["position"]) for e in rec["events"]} == {
        ("elected", "Tạ Văn Hòa", "Phó Bí thư Tỉnh ủy"), ("elected", "Mẫn Thị Lụa", "Phó Bí thư Tỉnh ủy")}


def test_without_a_colon_a_semicolon_ends_the_list(run: Run) -> None:
    rec = run("Dự có đồng chí Tạ Văn Hòa, Chủ tịch UBND tỉnh; đồng chí Mẫn Thị Lụa, Phó Giám đốc Sở Y tế được "
              "bổ nhiệm giữ chức Giám đốc Sở Y tế.")
    assert [(e["person"], e["position"]) for e in rec["events"]] == [("Mẫn Thị Lụa", "Giám đốc Sở Y tế")]


def test_re_elected_to_the_title_named_after_the_verb(run: Run) -> None:
    rec = run("Bà Lò Thị Hoa, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh khóa XII tái đắc cử Chủ tịch Hội LHPN tỉnh khóa "
              "XIII; các bà: Quàng Thị Lả, Phó Chủ tịch Hội LHPN tỉnh khóa XII và Cầm Thị Dung được bầu giữ chức "
              "Phó Chủ tịch Hội LHPN tỉnh.")
    assert {(e["person"], e["position"]) for e in rec["events"]} == {
        ("Lò Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        ("Quàng Thị Lả", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        ("Cầm Thị Dung", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")}


def test_a_person_right_after_the_verb_is_its_object(run: Run) -> None:
    rec = run("Phó Chủ tịch UBND tỉnh Huỳnh Văn Thanh đã trao quyết định bổ nhiệm BS.CKII Trần Minh Khoa, Phó "
              "Giám đốc Sở Y tế, giữ chức Giám đốc Sở Y tế. Đồng chí Hà Văn Chinh trao quyết định chỉ định Đại tá "
              "Lường Văn Toản tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy.")
    assert {(e["person"], e["position"]) for e in rec["events"]} == {
        ("Trần Minh Khoa", "Giám đốc Sở Y tế"), ("Lường Văn Toản", "Ủy viên Ban Chấp hành Đảng bộ tỉnh"),
        ("Lường Văn Toản", "Ủy viên Ban Thường vụ Tỉnh ủy")}


def test_a_change_pointed_back_to_is_not_told_again(run: Run) -> None:
    rec = run("Trước khi được bổ nhiệm, ông Lê Văn Khoa, Phó Giám đốc Sở Y tế, từng giữ chức Giám đốc Bệnh viện "
              "Đa khoa tỉnh. Sau khi nguyên Giám đốc Sở Y tế Phan Thanh Bình nghỉ hưu theo chế độ, ông Lê Văn "
              "Khoa được giao phụ trách Sở.")
    assert events(rec) == [("retired", "Phan Thanh Bình", "Giám đốc Sở Y tế", None)]


def test_recognised_as_head_by_an_academic_prefix(run: Run) -> None:
    rec = run("Bộ trưởng trao quyết định công nhận PGS.TS Phạm Văn Khánh - Phó hiệu trưởng phụ trách trường - "
              "giữ chức Hiệu trưởng Trường Đại học Tây Bắc nhiệm kỳ 2023-2028.")
    assert [(e["kind"], e["person"], e["position"]) for e in rec["events"]] == [
        ("appointed", "Phạm Văn Khánh", "Hiệu trưởng Trường Đại học Tây Bắc")]


def test_released_from_the_committee_before_the_person_is_named(run: Run) -> None:
    rec = run("Hội nghị biểu quyết cho thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2020 - 2025 đối "
              "với đồng chí Mạc Thị Loan, nguyên Phó Chủ tịch UBND tỉnh.")
    assert sorted(events(rec)) == [
        ("removed", "Mạc Thị Loan", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", None),
        ("removed", "Mạc Thị Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", None)]


def test_a_retirement_given_as_the_reason_of_a_dismissal_is_from_the_post_dismissed(run: Run) -> None:
    rec = run("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Vi Văn Tùng do nghỉ hưu trước tuổi.")
    assert sorted(events(rec)) == [
        ("removed", "Vi Văn Tùng", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh"),
        ("retired", "Vi Văn Tùng", "Phó Chủ tịch Ủy ban nhân dân tỉnh", None)]


def test_electees_listed_after_cac_ong_ba_without_a_colon_one_with_an_aside(run: Run) -> None:
    rec = run("Các ông, bà Lạc Văn Vĩnh, Tăng Thị Trâm (Phó Chủ tịch UBND tỉnh nhiệm kỳ trước) và Quách Hữu Nghĩa, "
              "Giám đốc Sở Kế hoạch và Đầu tư được bầu giữ chức Phó Chủ tịch UBND tỉnh.")
    assert events(rec) == [
        ("elected", name, "Phó Chủ tịch Ủy ban nhân dân tỉnh", None)
        for name in ("Lạc Văn Vĩnh", "Tăng Thị Trâm", "Quách Hữu Nghĩa")
    ]


def test_congratulating_those_elected_is_not_an_election_of_the_speaker(run: Run) -> None:
    rec = run("Phát biểu tại kỳ họp, ông Mẫn Văn Bách, Phó Bí thư Tỉnh ủy chúc mừng các đồng chí vừa được tín nhiệm "
              "bầu vào các chức danh chủ chốt của tỉnh.")
    assert events(rec) == []


def test_handing_over_a_certificate_of_recognition_is_no_appointment(run: Run) -> None:
    rec = run("Chủ tịch UBND tỉnh - Lục Thành Trung (bìa trái) trao bằng công nhận xã Định Tân đạt chuẩn "
              "nông thôn mới.")
    assert events(rec) == []


def test_an_appointee_after_an_academic_prefix_with_its_dot(run: Run) -> None:
    rec = run("Thứ trưởng Bộ Tư pháp Lò Văn Khải công bố Quyết định bổ nhiệm TS. Mạc Đình Quý, Vụ trưởng Vụ Pháp chế, "
              "giữ chức Thứ trưởng Bộ Tư pháp.")
    assert events(rec) == [("appointed", "Mạc Đình Quý", "Thứ trưởng Bộ Tư pháp", None)]


def test_trung_cu_elects_to_the_post_after_it(run: Run) -> None:
    rec = run("Kết quả, đồng chí Hứa Văn Lâm, Tỉnh ủy viên, Bí thư Huyện ủy Na Rì trúng cử Ủy viên BTV Tỉnh ủy "
              "với số phiếu cao.")
    assert events(rec) == [("elected", "Hứa Văn Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", None)]


def test_trung_cu_with_its_votes_is_the_outcome_of_the_election_told_before(run: Run) -> None:
    rec = run("Hội nghị bầu bổ sung Ủy viên Ủy ban Kiểm tra Tỉnh ủy đối với đồng chí Vi Thị Nhàn, Phó Chánh Thanh "
              "tra tỉnh; kết quả đồng chí Vi Thị Nhàn trúng cử với số phiếu tán thành cao.")
    assert events(rec) == [("elected", "Vi Thị Nhàn", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy", None)]


def test_the_post_before_a_colon_list_is_what_its_first_item_is_elected_to(run: Run) -> None:
    rec = run("Hai đồng chí được bầu giữ chức Phó Bí thư Tỉnh ủy gồm: Nông Văn Khiêm - Phó Bí thư Thường trực "
              "Tỉnh ủy khóa trước; Lý Thị Hoa - Trưởng Ban Dân vận Tỉnh ủy.")
    assert events(rec) == [("elected", name, "Phó Bí thư Tỉnh ủy", None) for name in ("Nông Văn Khiêm", "Lý Thị Hoa")]


def test_a_plural_title_after_the_trigger_is_the_post_its_list_is_elected_to(run: Run) -> None:
    rec = run("Hội nghị đã bầu các Phó Bí thư Tỉnh ủy: Hà Văn Sơn, Triệu Thị Mai.")
    assert events(rec) == [("elected", name, "Phó Bí thư Tỉnh ủy", None) for name in ("Hà Văn Sơn", "Triệu Thị Mai")]
