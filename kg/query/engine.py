"""Run SPARQL over a built graph with Oxigraph (fast) or rdflib (the modelling layer), same answers.

Both engines query the union of the named graphs with our prefixes predeclared. Values
given by a user are bound as RDF terms (SEP-0007 substitution in Oxigraph, initial
bindings in rdflib), never spliced into the query text. Results come back as plain
Python values, identical for both engines: IRIs and literals as their lexical form,
integers as ``int``, booleans as ``bool``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import Dataset
from rdflib import Literal as RdfLiteral
from rdflib import Variable as RdfVariable
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


def run_oxigraph(store: ox.Store, query: str, bindings: Mapping[str, Binding] | None = None,
                 parameters: Collection[str] = ()) -> Result:
    """Run ``query`` on an Oxigraph store over the union of its graphs.

    Oxigraph substitutes only projected variables, so a query projects its parameters;
    the columns named in ``parameters`` (and bound ones) are left out of the result.
    """
    substitutions = {ox.Variable(name): _ox_literal(b) for name, b in (bindings or {}).items()}
    hidden = {*parameters, *(bindings or {})}
    try:
        answer = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions=substitutions)  # type: ignore[arg-type]
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
    init = {RdfVariable(name): RdfLiteral(b.lexical, datatype=b.datatype) for name, b in (bindings or {}).items()}
    try:
        answer = dataset.query(query, initNs=PREFIXES, initBindings=init)  # type: ignore[arg-type]
    except Exception as exc:  # rdflib's parser raises pyparsing errors of several kinds
        raise QueryError(f"SPARQL error: {exc}") from None
    if answer.type == "ASK":
        return Result(boolean=bool(answer.askAnswer))
    if answer.type == "SELECT":
        columns = [str(v) for v in answer.vars or [] if str(v) not in hidden]
        rows = [{c: _rdflib_value(row[c]) for c in columns} for row in answer]  # type: ignore[index,call-overload]
        return Result(columns=columns, rows=rows)
    return Result(triples=sorted({f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in answer}))  # type: ignore[misc]
