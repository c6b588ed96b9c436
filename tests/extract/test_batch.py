"""Many files at once: in parallel processes and from the per-article cache, always the same results."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.extract.batch as batch
from kg.extract.batch import ExtractionCache, extract_files

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _files(count: int) -> list[Path]:
    return sorted(FIXTURES.glob("*/*.txt"))[:count]


def _dumps(outcomes: list[batch.Outcome]) -> list[str]:
    return [o.extraction.model_dump_json() if o.extraction else str(o.failure) for o in outcomes]


def test_parallel_extraction_gives_the_same_results_in_the_same_order() -> None:
    files = _files(40)  # more than two chunks, so a pool is used
    assert _dumps(list(extract_files(files, jobs=2))) == _dumps(list(extract_files(files, jobs=1)))


def test_a_cached_result_equals_a_fresh_extraction(tmp_path: Path) -> None:
    files = _files(6)
    store = ExtractionCache(tmp_path / "cache")
    fresh = list(extract_files(files, store=store))
    again = list(extract_files(files, store=store))
    assert not any(o.cached for o in fresh) and all(o.cached for o in again)
    assert _dumps(again) == _dumps(fresh)


def test_the_cache_key_follows_the_name_the_bytes_and_the_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    key = ExtractionCache.key("a.txt", b"x")
    assert key != ExtractionCache.key("b.txt", b"x") and key != ExtractionCache.key("a.txt", b"y")
    monkeypatch.setattr(batch, "extractor_version", lambda: "another")
    assert ExtractionCache.key("a.txt", b"x") != key


def test_a_damaged_cache_entry_is_extracted_again(tmp_path: Path) -> None:
    source = tmp_path / "in" / "a.txt"
    source.parent.mkdir()
    shutil.copy(_files(1)[0], source)
    store = ExtractionCache(tmp_path / "cache")
    first = list(extract_files([source], store=store))
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{not json")
    again = list(extract_files([source], store=store))
    assert not again[0].cached and _dumps(again) == _dumps(first)


def test_a_bad_file_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    [outcome] = extract_files([empty], jobs=2)
    assert outcome.extraction is None and outcome.failure is not None and "empty.txt" in outcome.failure
