"""Dates as Vietnamese news writes them, with their precision.

Day-month forms (``Sáng 9-11``, ``chiều 13/11``, ``ngày 22.4``) carry no year; the
year comes from the publication date, and a day-month that would fall after the
publication is taken from the year before (an article published on 2 January about
"30-12").
"""

from __future__ import annotations

import re
from datetime import date

from kg.models import DatePrecision, PartialDate

_SEP = r"\s*[-/.]\s*"
FULL_DATE = re.compile(rf"(?<!\d)(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}((?:19|20)\d\d)(?!\d)")
DAY_MONTH = re.compile(r"(?<![\d/.-])(\d{1,2})\s?[-/.]\s?(\d{1,2})(?![\d])(?!\s?[-/.]\s?\d)")
MONTH_YEAR = re.compile(r"(?i)tháng\s+(\d{1,2})\s*(?:[-/.]|năm)\s*((?:19|20)\d\d)")


def make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date, or None (31/2 is text we do not understand, not a date)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_full_date(text: str) -> PartialDate | None:
    """``25/03/2020``, ``25-3-2020``, ``30.4.1975`` → day precision."""
    m = FULL_DATE.search(text)
    if not m:
        return None
    d = make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return PartialDate(value=d, precision=DatePrecision.DAY) if d else None


def resolve_day_month(day: int, month: int, published: PartialDate | None) -> PartialDate | None:
    """Give a day-month the publication's year (or the year before, if it would be in the future)."""
    if published is None:
        return None
    year = published.value.year
    d = make_date(year, month, day)
    if d is None:
        return None
    if published.precision is DatePrecision.DAY and d > published.value:
        d = make_date(year - 1, month, day)
    return PartialDate(value=d, precision=DatePrecision.DAY) if d else None
