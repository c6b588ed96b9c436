"""Command line: ``kg extract``, ``kg build``, and the commands that read a built graph
(``timeline``, ``transitions``, ``succession``, ``analyze``, ``resolve``). The only module
that imports every stage."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from kg.analysis import reports
from kg.analysis.load import Careers, GraphError, load, open_graph
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

    def __init__(self, total: int, stream: TextIO | None = None, every: float = 2.0) -> None:
        self.total = total
        self.stream = stream or sys.stderr
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
        except Exception as exc:  # a bug on one article must not cost the rest of the batch
            failures.append(f"{path}: internal error ({type(exc).__name__}: {exc}); please report it")
            print(f"kg: skipped {failures[-1]}", file=sys.stderr)
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


def print_rows(rows: list[dict[str, Any]], fmt: str, out: TextIO | None = None) -> None:
    """Rows as JSON lines, or as an aligned table (lists joined with "; ")."""
    out = out or sys.stdout
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if not rows:
        out.write("(no rows)\n")
        return
    columns = list(rows[0])
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [min(72, max(len(c), *(len(r[i]) for r in cells))) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) if not isinstance(v, dict) else _holder(v) for v in value)
    return str(value)


def _holder(h: dict[str, Any]) -> str:
    return f"{h['person']} ({h['first_seen']}…{h['last_seen']})"


def _careers(args: argparse.Namespace) -> Careers | None:
    try:
        return load(args.graph)
    except GraphError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return None


def cmd_timeline(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    print_rows(reports.timeline(careers, args.person), args.format)
    return 0


def cmd_transitions(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    print_rows(reports.transitions(careers), args.format)
    return 0


def cmd_succession(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    print_rows(reports.succession(careers, 1 if args.all else 2), args.format)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    for name, rows in reports.analyze(careers, args.top).items():
        if args.format == "table":
            print(f"== {name}")
        print_rows([{"table": name, **r} for r in rows] if args.format == "jsonl" else rows, args.format)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    try:
        ds = open_graph(args.graph)
    except GraphError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2
    rows = reports.explain(ds, args.explain)
    if not rows:
        print(f"kg: no two mentions named {args.explain!r} were compared in {args.graph}/", file=sys.stderr)
    print_rows(rows, args.format)
    return 0


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

    def reading(name: str, help_text: str, run: Any) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_text)
        sp.add_argument("--graph", type=Path, default=DEFAULT_OUT,
                        help=f"built graph directory (default: {DEFAULT_OUT}/)")
        sp.add_argument("--format", choices=["jsonl", "table"], default="table")
        sp.set_defaults(run=run)
        return sp

    tl = reading("timeline", "each person's posts: status, start, end, first and last seen, sources", cmd_timeline)
    tl.add_argument("--person", help="only this person (name, any spelling of tones and case)")
    reading("transitions", "moves between posts: promotion, demotion, lateral, added, dropped, …", cmd_transitions)
    sc = reading("succession", "holders of each post in order", cmd_succession)
    sc.add_argument("--all", action="store_true", help="also posts with a single known holder")
    an = reading("analyze", "centrality, communities and career pathways", cmd_analyze)
    an.add_argument("--top", type=int, default=10, help="rows per centrality table (default: 10)")
    rs = reading("resolve", "why mentions of a name were or were not taken for one person", cmd_resolve)
    rs.add_argument("--explain", required=True, metavar="NAME", help="the name to explain")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # the reader went away (`kg timeline | head`): not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return status


if __name__ == "__main__":
    sys.exit(main())
