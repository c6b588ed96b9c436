"""Run SPARQL over a built graph with Oxigraph (fast) or rdflib (the modelling layer), same answers.

Both engines query the union of the named graphs with our prefixes predeclared. Values
given by a user are bound as RDF terms in a ``VALUES`` row at the start of each WHERE
group, written by Oxigraph in N-Triples syntax, so no value can change the query. Results
come back as plain Python values, identical for both engines: IRIs and literals as their
lexical form, integers as ``int``, booleans as ``bool``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Dataset
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from kg.graph.export import PREFIXES

Value = str | int | bool | None
XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{XSD}{name}" for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


class QueryError(Exception):
    """The query cannot run: a syntax error, or a value of the wrong type; the message says which."""


@dataclass(frozen=True)
class Binding:
    """A typed value for a query variable: ``datatype`` is an XSD IRI (``None`` for a plain string)."""

    lexical: str
    datatype: str | None = None


@dataclass
class Result:
    """A SELECT's columns and rows, an ASK's answer, or a CONSTRUCT/DESCRIBE's triples (N-Triples lines)."""

    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Value]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[str] | None = None


_LOCAL_ID = re.compile(r"\bLOCAL_ID\((\w+)\)")


def with_local_ids(query: str) -> str:
    """Expand ``LOCAL_ID(x)`` in an internal query to a binding of ``?x_id``, the ID part of ``?x``'s IRI."""
    return _LOCAL_ID.sub(lambda m: f'BIND(STRAFTER(STR(?{m[1]}), "/id/") AS ?{m[1]}_id)', query)


def _value(lexical: str, datatype: str | None) -> Value:
    if datatype in _INTEGERS:
        try:
            return int(lexical)
        except ValueError:
            return lexical
    if datatype == f"{XSD}boolean":
        return lexical in {"true", "1"}
    return lexical


def _ox_value(term: object) -> Value:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return _value(term.value, term.datatype.value)
    return str(getattr(term, "value", term))


def _rdflib_value(term: Node | None) -> Value:
    if term is None:
        return None
    if isinstance(term, RdfLiteral):
        return _value(str(term), str(term.datatype) if term.datatype else None)
    return str(term)


_WHEN = re.compile(r"#\s*when (?P<name>\w+) (?P<state>given|absent)\s*$")
# What with_values must see past (strings, IRIs, comments), the groups' braces, and WHERE.
_TOKEN = re.compile(r"""(?P<skip>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>|#[^\n]*)"""
                    r"|(?P<where>\bWHERE\s*\{)|(?P<open>\{)|(?P<close>\})", re.IGNORECASE)


def with_values(query: str, bindings: Mapping[str, Binding] | None = None, parameters: Collection[str] = ()) -> str:
    """``query`` with one ``VALUES`` row for its parameters at the start of each WHERE group.

    A line ending ``# when NAME given`` is kept only if NAME is bound, ``# when NAME absent``
    only if it is not: a given value can be the pattern a query starts from, an index lookup,
    and an absent one costs nothing.

    A bound value is an RDF term, an unbound parameter ``UNDEF``; every group, sub-SELECTs
    included, gets the row, so a parameter means the same throughout (as in SEP-0007). At the
    start of a group the planner knows the values and starts from them: Oxigraph's own
    substitutions bind a variable only after planning, so a lookup by name became a scan.
    """
    names = sorted({*parameters, *(bindings or {})})
    if not names:
        return query
    query = "".join(line for line in query.splitlines(keepends=True)
                    if (m := _WHEN.search(line)) is None or (m["name"] in (bindings or {})) == (m["state"] == "given"))
    row = " ".join(str(_ox_literal(bindings[n])) if bindings and n in bindings else "UNDEF" for n in names)
    values = f" VALUES ({' '.join(f'?{n}' for n in names)}) {{ ({row}) }}"
    parts, last, depth, outer = [], 0, 0, False
    for token in _TOKEN.finditer(query):
        if token["where"]:
            outer = outer or depth == 0
            parts += [query[last : token.end()], values]
            last = token.end()
        depth += 1 if token["where"] or token["open"] else -1 if token["close"] else 0
    if not outer:
        raise QueryError("a query with parameters needs a WHERE clause of its own: their values go at its start")
    return "".join(parts) + query[last:]


def run_oxigraph(store: ox.Store, query: str, bindings: Mapping[str, Binding] | None = None,
                 parameters: Collection[str] = ()) -> Result:
    """Run ``query`` on an Oxigraph store over the union of its graphs, ``bindings`` given to its
    ``parameters`` (see :func:`with_values`); a parameter's column, if projected, echoes the input
    and is left out of the result."""
    hidden = {*parameters, *(bindings or {})}
    try:
        answer = store.query(with_values(query, bindings, parameters), prefixes=PREFIXES,
                             use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None
    if isinstance(answer, ox.QueryBoolean):
        return Result(boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        columns = [v.value for v in answer.variables if v.value not in hidden]
        rows = [{c: _ox_value(solution[c]) for c in columns} for solution in answer]
        return Result(columns=columns, rows=rows)
    return Result(triples=sorted({f"{t.subject} {t.predicate} {t.object} ." for t in answer}))


def _ox_literal(binding: Binding) -> ox.Literal:
    if binding.datatype is None:
        return ox.Literal(binding.lexical)
    return ox.Literal(binding.lexical, datatype=ox.NamedNode(binding.datatype))


def run_rdflib(dataset: Dataset, query: str, bindings: Mapping[str, Binding] | None = None,
               parameters: Collection[str] = ()) -> Result:
    """Run ``query`` with rdflib's engine on a dataset opened with ``default_union=True``; as :func:`run_oxigraph`."""
    hidden = {*parameters, *(bindings or {})}
    text = with_values(query, bindings, parameters)
    try:
        answer = dataset.query(text, initNs=PREFIXES)
    except Exception as exc:  # rdflib's parser raises pyparsing errors of several kinds
        raise QueryError(f"SPARQL error: {exc}") from None
    if answer.type == "ASK":
        return Result(boolean=bool(answer.askAnswer))
    if answer.type == "SELECT":
        columns = [str(v) for v in answer.vars or [] if str(v) not in hidden]
        rows = [{c: _rdflib_value(row[c]) for c in columns} for row in answer]  # type: ignore[index,call-overload]
        return Result(columns=columns, rows=rows)
    return Result(triples=sorted({f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in answer}))  # type: ignore[misc]
