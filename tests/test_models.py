"""Records are immutable, reject unknown keys and refuse inconsistent facts."""

from datetime import date

import pytest
from pydantic import ValidationError

from kg.models import (
    DatePrecision,
    Evidence,
    Meeting,
    Occupancy,
    OccupancyStatus,
    OrganizationTerm,
    PartialDate,
)

EVIDENCE = Evidence(id="evidence-1", article="article-1", start=10, end=14, quote="Lan,")


def test_evidence_span_must_fit_quote() -> None:
    with pytest.raises(ValidationError, match="does not fit"):
        Evidence(id="e", article="a", start=0, end=3, quote="Lan,")
    with pytest.raises(ValidationError):
        Evidence(id="e", article="a", start=0, end=0, quote="")


def test_records_are_frozen_and_closed() -> None:
    with pytest.raises(ValidationError):
        EVIDENCE.start = 3  # type: ignore[misc]
    with pytest.raises(ValidationError, match="extra"):
        Evidence(id="e", article="a", start=0, end=1, quote="x", page=3)  # type: ignore[call-arg]


def test_occupancy_needs_evidence_and_an_ordered_interval() -> None:
    with pytest.raises(ValidationError):
        Occupancy(id="o", person="p", post="q", status=OccupancyStatus.CURRENT, evidence=())
    with pytest.raises(ValidationError, match="ends before it starts"):
        Occupancy(id="o", person="p", post="q", status=OccupancyStatus.CURRENT, evidence=(EVIDENCE,),
                  start=PartialDate(value=date(2021, 1, 1)), end=PartialDate(value=date(2020, 1, 1)))


def test_chairs_are_participants() -> None:
    with pytest.raises(ValidationError, match="chairs not among participants"):
        Meeting(id="m", body="t", chairs=("p1",), participants=(), evidence=(EVIDENCE,))


def test_term_period_ordered() -> None:
    with pytest.raises(ValidationError):
        OrganizationTerm(id="t", organization="o", ordinal=20, start_year=2025, end_year=2020)


@pytest.mark.parametrize(("precision", "iso"), [(DatePrecision.DAY, "2020-11-09"),
                                                  (DatePrecision.MONTH, "2020-11"), (DatePrecision.YEAR, "2020")])
def test_partial_date_prints_its_precision(precision: DatePrecision, iso: str) -> None:
    assert PartialDate(value=date(2020, 11, 9), precision=precision).iso() == iso
