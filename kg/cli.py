"""Command line: ``kg extract`` and ``kg build``. The only module that imports every stage."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kg.extract.article import extract
from kg.extract.report import record
from kg.ingest import IngestError, discover, read_source
from kg.models import ArticleExtraction
from kg.resolve import resolve
from kg.resolve.persons import DecisionError, load_decisions

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("out")
DEFAULT_DECISIONS = Path("resolutions.json")


class Progress:
    """Progress on stderr for long runs: a line every few seconds, never per article in a pipe."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, every: float = 2.0) -> None:
        self.total = total
        self.stream = stream
        self.every = every
        self.started = time.monotonic()
        self.last = self.started

    def tick(self, done: int) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            rate = done / max(now - self.started, 1e-9)
            print(f"kg: {done}/{self.total} articles ({rate:.0f}/s)", file=self.stream, flush=True)
            self.last = now


def extract_all(paths: list[Path], failures: list[str]) -> Iterator[ArticleExtraction]:
    """Extract every article file under ``paths``; a bad file is reported and skipped."""
    files = discover(paths)
    if not files:
        failures.append(f"no article files (*.txt) found in {', '.join(map(str, paths))}")
    progress = Progress(len(files))
    for i, path in enumerate(files, 1):
        try:
            yield extract(read_source(path))
        except IngestError as exc:
            failures.append(str(exc))
            print(f"kg: skipped {exc}", file=sys.stderr)
        progress.tick(i)


def cmd_extract(args: argparse.Namespace) -> int:
    failures: list[str] = []
    out = sys.stdout
    for x in extract_all(args.paths, failures):
        rec = record(x)
        if not args.warnings:
            rec.pop("warnings")
        else:
            for line in rec["warnings"]:
                print(line, file=sys.stderr)
        if args.format == "jsonl":
            out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
        else:
            out.write(json.dumps(rec, ensure_ascii=False, indent=2) + "\n")
    return 1 if failures else 0


def cmd_build(args: argparse.Namespace) -> int:
    from kg.graph.build import build_dataset
    from kg.graph.export import write_graph

    started = time.monotonic()
    failures: list[str] = []
    try:
        decisions = load_decisions(args.decisions)
    except DecisionError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2
    extractions = list(extract_all(args.paths or [DEFAULT_SEEDS], failures))
    if not extractions:
        print("kg: nothing to build: " + "; ".join(failures), file=sys.stderr)
        return 1
    resolution = resolve(extractions, decisions)
    for problem in resolution.problems:
        print(f"kg: {args.decisions}: {problem}", file=sys.stderr)
    dataset = build_dataset(extractions, resolution)
    written = write_graph(dataset, args.output)
    persons = len(resolution.persons)
    posts = len({p.id for x in extractions for p in x.posts})
    meetings = len({m.id for x in extractions for m in x.meetings})
    events = sum(len(x.events) for x in extractions)
    warnings = sum(len(x.issues) for x in extractions)
    print(
        f"kg: built {args.output}/ from {len(extractions)} articles in {time.monotonic() - started:.1f}s: "
        f"{persons} persons, {posts} posts, {meetings} meetings, {events} changes of post, "
        f"{len(resolution.transitions)} transitions, {warnings} warnings, {len(failures)} files failed",
        file=sys.stderr,
    )
    for path in written:
        print(f"  {path}", file=sys.stderr)
    return 1 if failures else 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graph of Vietnamese officials from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract officials, posts, sessions and changes of post from articles")
    ex.add_argument("paths", nargs="+", type=Path, help="article files (.txt) or directories of them")
    ex.add_argument("--format", choices=["jsonl", "json"], default="jsonl",
                    help="one JSON object per line (default) or pretty-printed")
    ex.add_argument("--warnings", action="store_true",
                    help="report text the extractor could not interpret, with its span, on stderr")
    ex.set_defaults(run=cmd_extract)
    bd = sub.add_parser("build", help="extract articles and write the RDF graph files")
    bd.add_argument("paths", nargs="*", type=Path, help=f"article files or directories (default: {DEFAULT_SEEDS}/)")
    bd.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT,
                    help=f"output directory (default: {DEFAULT_OUT}/)")
    bd.add_argument("--decisions", type=Path, default=DEFAULT_DECISIONS,
                    help=f"manual merge/split decisions, JSON (default: {DEFAULT_DECISIONS}, if present)")
    bd.set_defaults(run=cmd_build)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    status: int = args.run(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
