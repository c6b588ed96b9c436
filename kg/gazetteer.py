"""The province gazetteer: Vietnam's first-level units, the 2025 mergers, and their names in text.

Holds the 63 units in force until 30 June 2025 and the 23 that Resolution 202/2025/QH15
created on 1 July 2025 (``kg/data/provinces.csv``, ``kg/data/province_mergers.csv``).
A merged unit is a new entity even where it keeps a predecessor's name, so a name such as
"Bắc Ninh" only identifies a unit together with a date. Pure and cached, and free of rdflib,
because the extractor imports it.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.models import Province
from kg.text import normalize_name

_SEPARATOR = r"[\s.\-–—]+"  # between the words of a name: "Bà Rịa - Vũng Tàu", "TP.HCM"
_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp) ")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass(frozen=True)
class Merger:
    """One unit created on ``date`` from ``originals`` (codes, namesake first) by the act ``source``."""

    result: str
    originals: tuple[str, ...]
    date: dt.date
    source: str


def _rows(filename: str) -> list[dict[str, str]]:
    """CSV rows of a data file; lines starting with ``#`` document the file and are skipped."""
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@cache
def _by_code() -> dict[str, Province]:
    rows = _rows("provinces.csv")
    units = {
        row["code"]: Province(
            code=row["code"],
            iso_code=row["iso_code"] or None,
            name=row["name"],
            name_en=row["name_en"],
            aliases=tuple(a for a in row["aliases"].split("|") if a),
            centrally_run={"true": True, "false": False}[row["centrally_run"]],
            valid_from=_date(row["valid_from"]),
            valid_until=_date(row["valid_until"]),
        )
        for row in sorted(rows, key=lambda r: r["code"])
    }
    if len(units) != len(rows):
        raise ValueError("duplicate code in kg/data/provinces.csv")
    return units


def provinces() -> tuple[Province, ...]:
    """Every unit, before and after the 2025 reorganisation, ordered by code."""
    return tuple(_by_code().values())


def province(code: str) -> Province:
    """The unit with this code; KeyError names the unknown code."""
    try:
        return _by_code()[code]
    except KeyError:
        raise KeyError(f"unknown province code {code!r}; units are listed in kg/data/provinces.csv") from None


def _in_force(unit: Province, on: dt.date) -> bool:
    return (unit.valid_from is None or unit.valid_from <= on) and (
        unit.valid_until is None or on <= unit.valid_until
    )


def in_force(on: dt.date) -> tuple[Province, ...]:
    """The units that existed on ``on``: 63 before 1 July 2025, 34 from then on."""
    return tuple(p for p in provinces() if _in_force(p, on))


@cache
def mergers() -> tuple[Merger, ...]:
    """The 2025 changes (mergers, and Huế's change of status), ordered by the code of the unit each created."""
    found = []
    for row in _rows("province_mergers.csv"):
        originals = tuple(row["originals"].split("|"))
        for code in (row["result"], *originals):
            province(code)  # fail on a code the gazetteer does not know
        found.append(Merger(row["result"], originals, dt.date.fromisoformat(row["date"]), row["source"]))
    return tuple(sorted(found, key=lambda m: m.result))


@cache
def _successors() -> dict[str, str]:
    return {original: m.result for m in mergers() for original in m.originals}


def successor(code: str) -> str | None:
    """The unit ``code`` continued into: the unit a merger made of it, itself if it never ended."""
    unit = province(code)
    return _successors().get(code, code if unit.valid_until is None else None)


def _key(name: str) -> str:
    """Case-, tone- and punctuation-insensitive form of a name: "TP. HCM" and "tp.hcm" share one."""
    return re.sub(_SEPARATOR, " ", normalize_name(name)).strip()


@cache
def _index() -> dict[str, tuple[Province, ...]]:
    """Every unit under each key of its name and aliases."""
    index: dict[str, tuple[Province, ...]] = {}
    for unit in provinces():
        for key in dict.fromkeys(_key(n) for n in (unit.name, *unit.aliases)):
            index[key] = (*index.get(key, ()), unit)
    return index


def is_name(name: str) -> bool:
    """Whether ``name`` names some unit, past or present (however many)."""
    key = _key(name)
    return key in _index() or _PREFIX.sub("", key) in _index()


def lookup(name: str, on: dt.date | None = None) -> Province | None:
    """The unit called ``name`` (an optional leading "tỉnh", "thành phố" or "TP" is ignored).

    With ``on``, the unit of that name in force that day. Without it, None whenever the name
    belongs to more than one unit (a merged unit and its namesake predecessor): never a guess.
    """
    key = _key(name)
    index = _index()
    found = index.get(key) or index.get(_PREFIX.sub("", key), ())
    if on is not None:
        found = tuple(p for p in found if _in_force(p, on))
    return found[0] if len(found) == 1 else None


@cache
def name_regex() -> re.Pattern[str]:
    """Every name and alias as one pattern, to run on ``kg.text.fold(text)``.

    Longest first, and never inside a longer word. It finds names, not references: whether
    "Thái Bình" in a sentence means the province is for the caller to decide from context.
    """
    keys = sorted(_index(), key=lambda k: (-len(k), k))
    alternation = "|".join(_SEPARATOR.join(map(re.escape, k.split(" "))) for k in keys)
    return re.compile(f"{_LETTER_BEFORE}(?:{alternation}){_LETTER_AFTER}")
