"""Extract many article files: in parallel, from a per-article cache, a bad file never costing the batch.

A cached result is keyed by the file's name, its bytes' hash and the extractor's version, a
hash of the code and data that make an extraction (``kg/extract``, ``kg/data`` and the core
modules). Any change to those invalidates every entry, so a cache hit is always what a fresh
extraction would give, byte for byte. Entries are written aside and renamed into place.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.extract.article import extract
from kg.files import files_digest, write_atomic
from kg.ids import content_hash
from kg.ingest import MAX_BYTES, IngestError, read_source
from kg.models import ArticleExtraction

_PACKAGE = Path(__file__).resolve().parent.parent
# What an extraction depends on: the extractor, its data, and the core modules it builds records with.
_INPUTS = ("extract/*.py", "data/*.csv", "models.py", "ids.py", "text.py", "dates.py", "gazetteer.py", "roles.py",
           "ingest.py", "encodings.py", "vietnamese.py", "webpage.py")
_CHUNK = 16  # articles per task sent to a worker: large enough to amortise the transfer


@cache
def extractor_version() -> str:
    """A hash of every source and data file an extraction depends on."""
    return files_digest(_PACKAGE, _INPUTS)


@dataclass(frozen=True)
class Outcome:
    """One file's result: its extraction, or the message saying why it failed."""

    path: Path
    extraction: ArticleExtraction | None = None
    failure: str | None = None
    cached: bool = False


class ExtractionCache:
    """Per-article results on disk under ``root``: ``<key[:2]>/<key>.json``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def key(name: str, data: bytes) -> str:
        parts = [extractor_version(), name, content_hash(data)]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> ArticleExtraction | None:
        try:
            return ArticleExtraction.model_validate_json(self._path(key).read_bytes())
        except (OSError, ValueError):  # absent, or unreadable: extract again
            return None

    def put(self, key: str, extraction: ArticleExtraction) -> None:
        write_atomic(self._path(key), extraction.model_dump_json().encode(), durable=False)


def extract_file(path: Path) -> Outcome:
    """Read and extract one file; a bad file or a bug on it is a failure message, not an exception."""
    try:
        return Outcome(path, extraction=extract(read_source(path)))
    except IngestError as exc:
        return Outcome(path, failure=str(exc))
    except Exception as exc:  # a bug on one article must not cost the rest of the batch
        return Outcome(path, failure=f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")


def _extract_chunk(paths: list[Path]) -> list[Outcome]:
    return [extract_file(p) for p in paths]


def _cache_key(path: Path) -> str | None:
    """The file's cache key; None for a file too large to be an article (never read whole) or unreadable,
    which extract_file then reports."""
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        return ExtractionCache.key(path.name, path.read_bytes())
    except OSError:
        return None


def extract_files(files: list[Path], jobs: int = 1, store: ExtractionCache | None = None,
                  tick: Callable[[int], None] | None = None) -> Iterator[Outcome]:
    """Every file's outcome, in the order of ``files``; cached ones first looked up, the rest extracted by
    ``jobs`` processes and then cached."""
    keys = [_cache_key(p) if store else None for p in files]
    hits: dict[int, ArticleExtraction] = {}
    if store is not None:
        for i, key in enumerate(keys):
            found = store.get(key) if key else None
            if found is not None:
                hits[i] = found
    todo = [p for i, p in enumerate(files) if i not in hits]
    fresh = _run(todo, jobs)
    for i, path in enumerate(files):
        if i in hits:
            outcome = Outcome(path, extraction=hits[i], cached=True)
        else:
            outcome = next(fresh)
            key = keys[i]
            if store is not None and key is not None and outcome.extraction is not None:
                store.put(key, outcome.extraction)
        if tick:
            tick(i + 1)
        yield outcome


def _run(paths: list[Path], jobs: int) -> Iterator[Outcome]:
    """Outcomes in order; above one job and a handful of files, from a pool of processes."""
    if jobs <= 1 or len(paths) < 2 * _CHUNK:
        yield from (extract_file(p) for p in paths)
        return
    chunks = [paths[i:i + _CHUNK] for i in range(0, len(paths), _CHUNK)]
    # Workers forked from a process that turned cyclic collection off (a build's) turn it back on.
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), initializer=gc.enable) as pool:
        for outcomes in pool.map(_extract_chunk, chunks):
            yield from outcomes


def default_jobs() -> int:
    """The processors this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
