"""Run the extractor on short texts written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.extract.article import extract
from kg.extract.report import record
from kg.ids import content_hash
from kg.ingest import Source
from kg.text import nfc


def source(text: str, name: str = "test.txt") -> Source:
    return Source(path=Path(name), content_hash=content_hash(text.encode()), text=nfc(text))


@pytest.fixture
def run() -> Callable[[str], dict[str, Any]]:
    """Extract a text (a header line and a date are added when the text has none) into a gold-shaped record."""

    def _run(text: str) -> dict[str, Any]:
        if "\n" not in text:
            text = f"Tin tức\n\n20/05/2024 10:00\n\n{text}\n"
        return record(extract(source(text)))

    return _run


@pytest.fixture
def officials(run: Callable[[str], dict[str, Any]]) -> Callable[[str], dict[str, list[tuple[str, str]]]]:
    """Extract a text into {name: [(post label, status), …]}."""

    def _officials(text: str) -> dict[str, list[tuple[str, str]]]:
        rec = run(text)
        return {p["name"]: [(q["label"], q["status"]) for q in p["positions"]] for p in rec["persons"]}

    return _officials
