"""The role-transitions notebook runs as a plain script on a built graph and writes its figures and tables."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "role_transitions.py"
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FIGURES = ("role_transitions_timeline.png", "role_transitions_pathways.png", "role_transitions_per_year.png")


def run_notebook(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(NOTEBOOK), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300, check=False)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("graph")
    assert main(["build", str(SEEDS), str(CORPUS), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def ran(graph: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess[str], Path]:
    figures = tmp_path_factory.mktemp("figures") / "figures"  # not there yet: the notebook makes it
    return run_notebook("--graph", str(graph), "--figures", str(figures)), figures


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_notebook_runs_as_a_script(ran: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    result, _ = ran
    assert result.returncode == 0, result.stderr
    assert "== transitions" in result.stdout and "== succession" in result.stdout


def test_it_writes_the_figures_as_png(ran: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, figures = ran
    for name in FIGURES:
        data = (figures / name).read_bytes()
        assert data.startswith(PNG_SIGNATURE), name
        assert len(data) > 10_000, name  # a drawing, not an empty canvas
        assert b"Software" not in data, name  # no version stamp in the metadata


def test_the_succession_table_lists_holders_in_order(ran: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, figures = ran
    rows = read_csv(figures / "role_transitions_succession.csv")
    bac_lieu = [(r["order"], r["person"], r["first_seen"]) for r in rows
                if r["post"] == "Bí thư Tỉnh ủy" and r["province"] == "Bạc Liêu"]
    assert bac_lieu == [("1", "Lê Minh Khái", "2016-06-09"), ("2", "Nguyễn Quang Dương", "2018-05-04")]
    assert "Nguyễn Quang Dương" in ran[0].stdout


def test_the_transitions_table_has_the_promotions(ran: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, figures = ran
    rows = read_csv(figures / "role_transitions_transitions.csv")
    assert {"person": "Đào Hồng Lan", "province": "Bắc Ninh", "from": "Phó Bí thư Thường trực Tỉnh ủy",
            "to": "Bí thư Tỉnh ủy", "after": "2020-03-25", "by": "2020-11-09", "kind": "promotion"}.items() <= next(
        r for r in rows if r["person"] == "Đào Hồng Lan").items()
    assert {r["kind"] for r in rows} >= {"promotion", "retirement", "post_dropped"}


def test_the_timeline_table_shows_the_officials_with_most_posts(
        ran: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, figures = ran
    rows = read_csv(figures / "role_transitions_timeline.csv")
    assert 1 <= len({r["person_id"] for r in rows}) <= 12
    lan = {r["post"]: r for r in rows if r["person"] == "Đào Hồng Lan"}
    assert lan["Bí thư Tỉnh ủy"]["held_from"] == "2020-11-09"
    assert lan["Phó Bí thư Thường trực Tỉnh ủy"]["ended_before"] == "2020-11-09"  # her successor was seen then


def test_a_missing_graph_is_named_with_how_to_build_it(tmp_path: Path) -> None:
    missing = tmp_path / "no-graph-here"
    result = run_notebook("--graph", str(missing), "--figures", str(tmp_path / "figures"))
    assert result.returncode != 0
    assert str(missing) in result.stderr and "python3 tasks.py build" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "figures").exists()
