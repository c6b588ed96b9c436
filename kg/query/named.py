"""Named SPARQL queries: ``.rq`` files whose header declares their parameters.

A header line ``# @param NAME TYPE REQUIRED|optional|default=VALUE description`` declares
one parameter; TYPE is ``text`` (bound as a ``kg:lookupKey``: NFC, one tone-mark placement,
lower case, single spaces, so ``hoà`` finds ``Hòa``), ``date`` (YYYY-MM-DD, bound as
``xsd:date``) or ``integer`` (digits or a Roman numeral, so ``--param term=XX`` works).
The first comment line is the query's summary. Values become RDF terms bound to the
variable of the same name, never query text; see :func:`kg.query.engine.with_values`, which
also keeps a line ending ``# when NAME given`` (or ``absent``) only when NAME has (or has
not) a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

from kg.query.engine import XSD, Binding, QueryError
from kg.text import normalize_name, roman_numeral

_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(text|date|integer)\s+(required|optional|default=\S+)\s+(.*)$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str
    required: bool
    default: str | None
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    text: str
    parameters: tuple[Parameter, ...]

    def bind(self, values: dict[str, str]) -> dict[str, Binding]:
        """Typed bindings for ``values`` plus defaults; unknown, missing or malformed values raise QueryError."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"query {self.name!r} has no parameter {', '.join(unknown)}; "
                             f"it takes: {', '.join(known) or 'none'}")
        bindings = {}
        for p in self.parameters:
            raw = values.get(p.name, p.default)
            if raw is None:
                if p.required:
                    raise QueryError(f"query {self.name!r} needs --param {p.name}=… ({p.description})")
                continue
            bindings[p.name] = typed(p.name, p.kind, raw)
        return bindings


def typed(name: str, kind: str, raw: str) -> Binding:
    """``raw`` as a binding of ``kind``; a value that is not of that kind raises QueryError naming ``name``."""
    if kind == "date":
        try:
            return Binding(date.fromisoformat(raw.strip()).isoformat(), f"{XSD}date")
        except ValueError:
            raise QueryError(f"--param {name}={raw!r}: not a date; give YYYY-MM-DD") from None
    if kind == "integer":
        number = _integer(raw.strip())
        if number is None:
            raise QueryError(f"--param {name}={raw!r}: not a whole number (digits or a Roman numeral)")
        return Binding(str(number), f"{XSD}integer")
    return Binding(normalize_name(raw))


def _integer(text: str) -> int | None:
    return int(text) if text.isdigit() else roman_numeral(text)


def parse(name: str, text: str) -> NamedQuery:
    """A named query from its ``.rq`` text."""
    comments = [line for line in text.splitlines() if line.startswith("#")]
    summary = comments[0].lstrip("# ").strip() if comments else ""
    parameters = []
    for line in comments:
        m = _PARAM.match(line)
        if m:
            pname, kind, need, description = m.groups()
            default = need.split("=", 1)[1] if need.startswith("default=") else None
            parameters.append(Parameter(pname, kind, need == "required", default, description.strip()))
    return NamedQuery(name, summary, text, tuple(parameters))


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped with the package, by name."""
    folder = resources.files("kg.query") / "queries"
    found = {}
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        if item.name.endswith(".rq"):
            name = item.name.removesuffix(".rq")
            found[name] = parse(name, item.read_text(encoding="utf-8"))
    return found


def resolve_query(spec: str) -> NamedQuery:
    """``spec`` as a named query, a ``.rq`` file, or SPARQL text, in that order."""
    queries = named_queries()
    if spec in queries:
        return queries[spec]
    path = Path(spec)
    if path.suffix in {".rq", ".sparql"} or (len(spec) < 256 and "\n" not in spec and path.is_file()):
        try:
            return parse(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read the query file: {exc}") from None
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.IGNORECASE):
        return parse("query", spec)
    raise QueryError(f"{spec!r} is not a named query ({', '.join(queries)}), a .rq file, or SPARQL text")
