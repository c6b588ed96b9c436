"""Parameters reach a query as a VALUES row at the start of each WHERE group."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.query.engine import Binding, QueryError, run_oxigraph, with_values


def test_values_open_every_where_group_sub_selects_included() -> None:
    text = with_values("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ?p ?name } } }",
                       {"name": Binding('a "quoted" name')}, ["name", "other"])
    assert text.count('VALUES (?name ?other) { ("a \\"quoted\\" name" UNDEF) }') == 2


def test_a_where_in_a_comment_is_not_a_group() -> None:
    text = with_values("# no WHERE { here\nSELECT ?x WHERE { ?x ?p ?name }", {"name": Binding("a")})
    assert text.startswith("# no WHERE { here\n") and text.count("VALUES") == 1


def test_a_query_with_parameters_needs_a_where_clause_of_its_own() -> None:
    with pytest.raises(QueryError, match="WHERE"):
        with_values("SELECT * { ?s ?p ?name }", {"name": Binding("a")})


def test_a_bound_value_selects_and_an_unbound_one_does_not_restrict() -> None:
    store = ox.Store()
    for name in ("a", "b"):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/{name}"), ox.NamedNode("http://example.org/name"),
                          ox.Literal(name)))
    query = "SELECT ?s WHERE { ?s <http://example.org/name> ?name }"
    assert [r["s"] for r in run_oxigraph(store, query, {"name": Binding("a")}, ["name"]).rows] == ["http://example.org/a"]
    assert len(run_oxigraph(store, query, {}, ["name"]).rows) == 2


def test_lines_marked_for_a_parameter_follow_whether_it_is_given() -> None:
    query = "SELECT ?s WHERE {\n  ?s ?p ?place .  # when place given\n  ?s ?p ?any .  # when place absent\n}\n"
    given = with_values(query, {"place": Binding("x")}, ["place"])
    absent = with_values(query, {}, ["place"])
    assert "?place ." in given and "?any" not in given
    assert "?any ." in absent and "?place ." not in absent
