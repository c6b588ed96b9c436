"""Page furniture is told apart from the article: title, dateline, crawl date, byline, source."""

import pytest

from kg.extract.layout import analyse, is_chrome, sentences
from kg.text import nfc

PAGE = nfc(
    "RSS Youtube Facebook\n\nThứ hai 01/06/2020 20:22 Hotline: 0913.000.000\n\n"
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5\n\n21:00 | 25/03/2020\n\n"
    "(BTN) - Sáng 25/3, hội nghị khai mạc. Các đại biểu thảo luận.\n\nNguồn: Báo Tây Ninh\n\nLê Văn Sang\n"
)


def test_title_and_publication_date_not_crawl_date() -> None:
    layout = analyse(PAGE)
    assert layout.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 5"
    assert layout.published is not None and layout.published.iso() == "2020-03-25"


def test_publisher_byline_and_body() -> None:
    layout = analyse(PAGE)
    assert layout.publisher == "Báo Tây Ninh"
    assert layout.byline == "Lê Văn Sang"
    body = PAGE[layout.body[0]:layout.body[1]]
    assert body.strip().startswith("(BTN) - Sáng 25/3") and "Nguồn" not in body and "Sang" not in body


def test_chrome_lines() -> None:
    assert is_chrome("09/11/2020 14:15 Số lượt xem: 57")
    assert is_chrome("[img]")
    assert not is_chrome("Bí thư Tỉnh ủy phát biểu kết luận hội nghị")


def test_sentences_do_not_split_abbreviations() -> None:
    text = "Ủy viên T.Ư Đảng dự. Hội nghị tại TP. Vinh kết thúc."
    spans = sentences(text, (0, len(text)))
    assert [text[s:e] for s, e in spans] == ["Ủy viên T.Ư Đảng dự.", "Hội nghị tại TP. Vinh kết thúc."]


def test_masthead_is_the_outlet_and_navigation_is_chrome() -> None:
    page = nfc("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH\nHôm nay: Thứ Sáu, 03/10/2025\nChính trị | Kinh tế | Xã hội\n"
               "Chủ tịch UBND tỉnh tiếp khách quốc tế\nThứ Năm, 18/09/2025 - 20:10\n\nNội dung bài.\n")
    layout = analyse(page)
    assert layout.title == "Chủ tịch UBND tỉnh tiếp khách quốc tế"
    assert layout.published is not None and layout.published.iso() == "2025-09-18"
    assert layout.outlets[0] == "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TÂY NINH"


def test_dateline_after_the_outlets_initials_and_links_to_other_stories_cut() -> None:
    page = nfc("BÁO TỈNH NHÀ\nThứ Ba, 30/06/2020 | Liên hệ\n\nHội nghị Tỉnh ủy\n\nBTN - 12/04/2018, 06:45\n\n"
               "Sáng 11/4, hội nghị khai mạc.\n\nLê Hải\n\nCác tin khác:\n- Hội nghị Tỉnh ủy lần thứ 9\n")
    layout = analyse(page)
    assert layout.published is not None and layout.published.iso() == "2018-04-12"
    assert layout.byline == "Lê Hải"
    assert "lần thứ 9" not in page[layout.body[0]:layout.body[1]]


def test_dateline_after_furniture_and_the_title_written_again() -> None:
    page = nfc("Hội nghị Tỉnh ủy\nBáo Tỉnh Nhà Online\nChính trị | Kinh tế | Xã hội\n"
               "Lượt xem: 1.204 | Cập nhật lúc 15:02 ngày 03/10/2016\n\nHội nghị Tỉnh ủy\n\n28/09/2016 06:40\n\n"
               "Sáng 27/9, hội nghị khai mạc.\n")
    layout = analyse(page)
    assert layout.published is not None and layout.published.iso() == "2016-09-28"
    assert page[layout.body[0]:layout.body[1]].strip().startswith("Sáng 27/9")


def test_a_domain_line_is_the_outlet_and_a_section_label_is_not_the_title() -> None:
    page = nfc("baonghean.vn\nChủ nhật, 05/01/2020 | 09:14 GMT+7\nThời sự | Chính trị | Kinh tế\nChính trị\n\n"
               "Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến về công tác cán bộ\n\nCập nhật: 07:30, 02/01/2020\n\n"
               "Ngày 30-12, hội nghị diễn ra.\n")
    layout = analyse(page)
    assert layout.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến về công tác cán bộ"
    assert "baonghean.vn" in layout.outlets


def test_a_banner_above_the_breadcrumbs_is_not_the_title() -> None:
    page = nfc("BÁO ĐIỆN TỬ TỈNH X\nChào mừng Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030\n\n"
               "Xây dựng Đảng > Đại hội Đảng các cấp\n\nĐại hội Đảng bộ phường An Phú lần thứ I\n\n"
               "08/08/2025 17:45\n\nSáng 7/8, Đại hội khai mạc.\n")
    assert analyse(page).title == "Đại hội Đảng bộ phường An Phú lần thứ I"


def test_a_dateline_after_the_outlet_domain() -> None:
    page = nfc("VOV.VN\n\nNhân sự mới\n\nVOV.VN | Thứ Năm, 23/04/2026 06:30 | Lượt xem: 12.406\n\nSáng 21/4, họp.\n")
    published = analyse(page).published
    assert published is not None and published.iso() == "2026-04-23"


def test_datelines_after_an_update_label_or_an_author_in_capitals() -> None:
    for line in ("Cập nhật lúc: 29/07/2016 - 17:52 | Số lượt đọc: 845", "MINH NGUYỆT | 21/07/2020 15:48",
                 "Cập nhật lúc 08:20, Thứ Sáu, 29/07/2016 (GMT+7)", "(BHG) - Cập nhật 11:20, 29/07/2016"):
        layout = analyse(nfc(f"Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh\n\n{line}\n\n(BHG) - Ngày 29/7, "
                             "hội nghị khai mạc.\n"))
        assert layout.published is not None and layout.published.iso() in {"2016-07-29", "2020-07-21"}, line
        assert layout.title == "Hội nghị lần thứ tư Ban Chấp hành Đảng bộ tỉnh"


@pytest.mark.parametrize("zone", ["(GMT+7)", "[GMT+7]"])
def test_a_dateline_ending_in_a_time_zone_in_brackets(zone: str) -> None:
    page = nfc(f"Báo Tỉnh Nhà điện tử\nTrang chủ | Thời sự\nThứ Năm, 09/06/2016 - 17:25 {zone}   Lượt xem: 1.247\n\n"
               "Hội nghị Tỉnh ủy lần thứ 3\n\nSáng 9/6, hội nghị khai mạc.\n")
    published = analyse(page).published
    assert published is not None and published.iso() == "2016-06-09"


def test_a_breadcrumb_with_angle_quotes_is_not_the_title() -> None:
    page = nfc("BÁO TỈNH NHÀ\nTrang chủ | Chính trị\nThứ Bảy, 09/08/2025 - 16:30\n\n"
               "Chính trị › Đại hội Đảng các cấp\n\nĐại hội đại biểu Đảng bộ xã An Phú lần thứ I\n\n"
               "Sáng 9/8, Đại hội khai mạc.\n")
    assert analyse(page).title == "Đại hội đại biểu Đảng bộ xã An Phú lần thứ I"


def test_a_dateline_between_the_breadcrumbs_and_the_title_is_neither_title_nor_lost() -> None:
    page = nfc("Thời sự > Chính trị\nCập nhật lúc 08:20, Thứ Ba, 03/01/2017 (GMT+7)\nChia sẻ: Facebook | Zalo\n\n"
               "Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh\n\n(BXY) - Chiều 29/12, hội nghị khai mạc.\n")
    layout = analyse(page)
    assert layout.title == "Hội nghị lần thứ 7 Ban Chấp hành Đảng bộ tỉnh"
    assert layout.published is not None and layout.published.iso() == "2017-01-03"


def test_a_dateline_between_its_source_and_a_relative_update() -> None:
    layout = analyse(nfc("Quốc hội bầu Phó Chủ tịch\n\nNguồn: Báo Người Đọc | 24/10/2025 17:45 | Cập nhật 2 ngày trước"
                         "\n\nChiều 24-10, Quốc hội bầu bổ sung.\n"))
    assert layout.published is not None and layout.published.iso() == "2025-10-24"
    assert layout.publisher == "Báo Người Đọc"


def test_the_page_address_slug_is_furniture() -> None:
    assert is_chrome("be-mac-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-xx")
    assert is_chrome("hoi-nghi-ban-chap-hanh-lan-thu-5.html")
    assert not is_chrome("Hội nghị Ban Chấp hành lần thứ 5")
    assert not is_chrome("covid-19")


@pytest.mark.parametrize(("last", "byline"), [
    ("Ông Hà Văn Tráng (SN 1970), Phó Giám đốc Sở Xây dựng, dự họp.", None),
    ("Minh Thư (Báo Nhân Dân)", "Minh Thư"),
])
def test_a_last_paragraph_going_on_after_a_bracket_is_no_byline(last: str, byline: str | None) -> None:
    page = nfc(f"Tin tức\n\n20/05/2024 10:00\n\nHội nghị diễn ra sáng nay.\n\n{last}\n")
    layout = analyse(page)
    assert layout.byline == byline
    assert (last in page[layout.body[0]:layout.body[1]]) is (byline is None)
