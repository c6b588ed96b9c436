"""Day-month dates take the publication's year; impossible dates are refused, not guessed."""

from datetime import date

from kg.dates import make_date, parse_full_date, resolve_day_month
from kg.models import DatePrecision, PartialDate

PUBLISHED = PartialDate(value=date(2020, 11, 9))


def test_full_dates_in_page_headers() -> None:
    assert parse_full_date("21:00 | 25/03/2020").value == date(2020, 3, 25)  # type: ignore[union-attr]
    assert parse_full_date("30.4.1975").value == date(1975, 4, 30)  # type: ignore[union-attr]
    assert parse_full_date("31/02/2020") is None
    assert parse_full_date("nhiệm kỳ 2020-2025") is None


def test_day_month_takes_publication_year() -> None:
    assert resolve_day_month(9, 11, PUBLISHED) == PartialDate(value=date(2020, 11, 9))


def test_day_month_after_publication_is_last_year() -> None:
    new_year = PartialDate(value=date(2021, 1, 2))
    assert resolve_day_month(30, 12, new_year) == PartialDate(value=date(2020, 12, 30))


def test_no_publication_no_year() -> None:
    assert resolve_day_month(9, 11, None) is None
    coarse = PartialDate(value=date(2020, 1, 1), precision=DatePrecision.YEAR)
    assert resolve_day_month(9, 11, coarse) == PartialDate(value=date(2020, 11, 9))
    assert make_date(2020, 13, 1) is None
