"""Named queries on the seeds: the answers analysts rely on, bound safely, the same from both engines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kg.analysis.load import open_graph
from kg.cli import main
from kg.graph.store import open_store
from kg.query.engine import QueryError, run_oxigraph, run_rdflib
from kg.query.named import named_queries, resolve_query

# Each named query with parameters that give rows on the seeds.
CASES = {
    "holders": {"post": "Bí thư Tỉnh ủy", "date": "2020-06-01"},
    "career": {"person": "Đào Hồng Lan"},
    "meetings": {"body": "Tỉnh ủy"},
    "concurrent": {},
    "succession": {"post": "Bí thư Tỉnh ủy"},
    "officials": {"province": "Bắc Ninh"},
}


def rows(graph: Path, name: str, **params: str) -> list[dict[str, object]]:
    query = named_queries()[name]
    return run_oxigraph(open_store(graph), query.text, query.bind(params), [p.name for p in query.parameters]).rows


def test_every_shipped_query_is_exercised() -> None:
    assert set(named_queries()) == set(CASES)


def test_holders_of_a_post_on_a_day_with_their_article(built_seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "holders", "--graph", str(built_seeds), "--param", "post=Bí thư Tỉnh ủy",
                 "--param", "date=2020-06-01", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {(r["person"], r["province_name"]) for r in found} == {("Nguyễn Nhân Chiến", "Bắc Ninh"),
                                                                  ("Trần Quốc Tỏ", "Thái Nguyên")}
    for row in found:
        assert row["article"].endswith(".txt") and row["person"] in row["quote"]


def test_a_successor_replaces_the_holder_after_the_handover(built_seeds: Path) -> None:
    later = rows(built_seeds, "holders", post="bí thư tỉnh uỷ", date="2020-12-01", province="bắc ninh")
    assert [r["person"] for r in later] == ["Đào Hồng Lan"]


def test_nobody_holds_a_post_before_anything_is_known(built_seeds: Path) -> None:
    assert rows(built_seeds, "holders", post="Bí thư Tỉnh ủy", date="2019-01-01") == []


def test_career_lists_posts_in_order(built_seeds: Path) -> None:
    career = rows(built_seeds, "career", person="ĐÀO HỒNG LAN")
    posts = [r["post_label"] for r in career]
    assert posts.index("Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh") < posts.index("Bí thư Tỉnh ủy Bắc Ninh")


def test_meetings_of_one_term_with_their_chairs(built_seeds: Path) -> None:
    found = rows(built_seeds, "meetings", body="Tỉnh ủy", province="Bắc Ninh", term="XX")
    assert [(r["ordinal"], r["date"], r["chairs"]) for r in found] == [(2, "2020-11-09", "Đào Hồng Lan")]


def test_officials_of_a_province_are_only_theirs(built_seeds: Path) -> None:
    names = {r["person_name"] for r in rows(built_seeds, "officials", province="Thái Nguyên")}
    assert "Trần Quốc Tỏ" in names and "Đào Hồng Lan" not in names


def test_concurrent_posts(built_seeds: Path) -> None:
    found = {r["person_name"]: r["posts"] for r in rows(built_seeds, "concurrent")}
    assert "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh" in str(found["Nguyễn Hương Giang"])


def _comparable(found: list[dict[str, object]]) -> list[str]:
    """Rows with the items of each "; "-joined cell sorted: GROUP_CONCAT's order is the engine's own."""
    return sorted(json.dumps({k: "; ".join(sorted(v.split("; "))) if isinstance(v, str) else v
                              for k, v in r.items()}, ensure_ascii=False) for r in found)


# Every query as in CASES, and with its optional parameters too: each given value changes the text.
SCOPED = {
    "holders": {"province": "Bắc Ninh"},
    "meetings": {"province": "bắc ninh", "term": "XX"},
    "concurrent": {"province": "Bắc Ninh"},
    "succession": {"province": "Bắc Ninh"},
}


@pytest.mark.parametrize(("name", "params"), [*((n, CASES[n]) for n in sorted(CASES)),
                                              *((n, CASES[n] | extra) for n, extra in sorted(SCOPED.items()))])
def test_oxigraph_and_rdflib_give_the_same_rows(built_seeds: Path, name: str, params: dict[str, str]) -> None:
    query = named_queries()[name]
    bindings, names = query.bind(params), [p.name for p in query.parameters]
    fast = run_oxigraph(open_store(built_seeds), query.text, bindings, names)
    reference = run_rdflib(open_graph(built_seeds), query.text, bindings, names)
    assert fast.rows, f"{name} gives no rows on the seeds"
    assert fast.columns == reference.columns
    assert _comparable(fast.rows) == _comparable(reference.rows)


def test_a_value_is_bound_not_spliced(built_seeds: Path) -> None:
    hostile = 'Bí thư Tỉnh ủy" ) } UNION { ?s ?p ?o } #'
    assert rows(built_seeds, "holders", post=hostile, date="2020-06-01") == []


@pytest.mark.parametrize(("params", "message"), [
    ({"post": "Bí thư Tỉnh ủy"}, "needs --param date"),
    ({"post": "Bí thư Tỉnh ủy", "date": "1/6/2020"}, "not a date"),
    ({"post": "Bí thư Tỉnh ủy", "date": "2020-06-01", "year": "2020"}, "no parameter year"),
    ({"post": "Bí thư Tỉnh ủy", "date": "2020-06-01", "horizon": "five"}, "not a whole number"),
])
def test_bad_parameters_are_refused_by_name(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        named_queries()["holders"].bind(params)


def test_query_text_a_file_and_csv_output(built_seeds: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Tenure }"
    assert main(["query", text, "--graph", str(built_seeds), "--format", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert int(table[0]["n"]) > 10
    rq = tmp_path / "named.rq"
    rq.write_text("# A person's name.\n# @param who text required The name.\n"
                  "SELECT ?name ?who WHERE { ?p foaf:name ?name FILTER(LCASE(?name) = LCASE(?who)) } LIMIT 1\n",
                  encoding="utf-8")
    assert main(["query", str(rq), "--graph", str(built_seeds), "--param", "who=trần quốc tỏ",
                 "--format", "jsonl"]) == 0
    assert json.loads(capsys.readouterr().out) == {"name": "Trần Quốc Tỏ"}


def test_ask_and_errors(built_seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "ASK { ?m a kg:Meeting }", "--graph", str(built_seeds)]) == 0
    assert capsys.readouterr().out.strip() == "true"
    assert main(["query", "SELECT WHERE {", "--graph", str(built_seeds)]) == 2
    assert "syntax" in capsys.readouterr().err.lower()
    assert main(["query", "concurrent", "--graph", str(built_seeds / "missing")]) == 2
    assert "run `kg build` first" in capsys.readouterr().err
    with pytest.raises(QueryError, match="not a named query"):
        resolve_query("nonsense")


def test_list_shows_every_query_and_its_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    listing = capsys.readouterr().out
    for name in CASES:
        assert f"{name}: " in listing
    assert "--param date=" in listing

