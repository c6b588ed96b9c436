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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from kg.analysis import reports
from kg.analysis.load import Careers, GraphError, load, open_graph
from kg.extract.batch import ExtractionCache, default_jobs, extract_files, extractor_version
from kg.extract.report import record
from kg.ingest import discover
from kg.models import ArticleExtraction
from kg.resolve import resolve
from kg.resolve.persons import DecisionError, load_decisions
from kg.tables import FORMATS, write_rows

DEFAULT_SEEDS = Path("seeds")
DEFAULT_OUT = Path("out")
DEFAULT_DECISIONS = Path("resolutions.json")
DEFAULT_CACHE = Path(".kg-cache")
VIEW_FILE = "view.html"
VIEW_LIMIT = 20_000  # persons, posts and meetings above which build leaves the view out (bench/view.py)


class Progress:
    """Progress on stderr for long runs: a line every few seconds, never per article in a pipe."""

    def __init__(self, total: int, stream: TextIO | None = None, every: float = 2.0, unit: str = "articles") -> None:
        self.total = total
        self.unit = unit
        self.stream = stream or sys.stderr
        self.every = every
        self.started = time.monotonic()
        self.last = self.started

    def tick(self, done: int, total: int | None = None) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            rate = done / max(now - self.started, 1e-9)
            print(f"kg: {done}/{total or self.total} {self.unit} ({rate:.0f}/s)", file=self.stream, flush=True)
            self.last = now


def extract_all(paths: list[Path], failures: list[str], jobs: int = 1,
                cache_dir: Path | None = None) -> Iterator[ArticleExtraction]:
    """Extract every article file under ``paths`` (``jobs`` processes, results cached under ``cache_dir``);
    a bad file is reported and skipped."""
    files = discover(paths)
    if not files:
        failures.append(f"no article files (*.txt, *.html, *.htm) found in {', '.join(map(str, paths))}")
    progress = Progress(len(files))
    store = ExtractionCache(cache_dir) if cache_dir else None
    for outcome in extract_files(files, jobs, store, progress.tick):
        if outcome.failure is not None:
            failures.append(outcome.failure)
            print(f"kg: skipped {outcome.failure}", file=sys.stderr)
        elif outcome.extraction is not None:
            for note in outcome.extraction.notes:
                print(f"kg: note: {outcome.path}: {note}", file=sys.stderr)
            yield outcome.extraction


def cmd_extract(args: argparse.Namespace) -> int:
    failures: list[str] = []
    out = sys.stdout
    for x in extract_all(args.paths, failures, args.jobs):
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


class NothingToBuild(Exception):
    """No article of a build could be read."""


@dataclass(frozen=True)
class BuildSummary:
    """What a build made, counted where the extractions and their resolution are in memory."""

    articles: int
    persons: int
    posts: int
    meetings: int
    events: int
    transitions: int
    warnings: int
    failures: int


def cmd_build(args: argparse.Namespace) -> int:
    from kg.graph.build import Quads, build_quads
    from kg.graph.export import make_and_write_graph
    from kg.graph.store import open_store

    started = time.monotonic()
    try:
        decisions = load_decisions(args.decisions)
    except DecisionError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2

    def say(message: str) -> None:
        """A step of the build begun, with the time since it started: the steps after extraction take a
        minute and more on 10,000 articles."""
        print(f"kg: {message}, at {time.monotonic() - started:.1f}s", file=sys.stderr, flush=True)

    def make() -> tuple[Quads, BuildSummary]:
        """Extract, resolve and build the graph: in a process of its own, which returns its memory."""
        failures: list[str] = []
        cache_dir = None if args.no_cache else args.cache
        extractions = list(extract_all(args.paths or [DEFAULT_SEEDS], failures, args.jobs, cache_dir))
        if not extractions:
            raise NothingToBuild("; ".join(failures))
        say(f"resolving {len(extractions)} articles")
        resolution = resolve(extractions, decisions)
        for problem in resolution.problems:
            print(f"kg: {args.decisions}: {problem}", file=sys.stderr)
        summary = BuildSummary(
            articles=len(extractions), persons=len(resolution.persons),
            posts=len({p.id for x in extractions for p in x.posts}),
            meetings=len({m.id for x in extractions for m in x.meetings}),
            events=sum(len(x.events) for x in extractions), transitions=len(resolution.transitions),
            warnings=sum(len(x.issues) for x in extractions), failures=len(failures))
        say("making the graph")
        return build_quads(extractions, resolution, extractor_version()), summary

    try:
        written, made = make_and_write_graph(make, args.output, log=say)
    except NothingToBuild as exc:
        print(f"kg: nothing to build: {exc}", file=sys.stderr)
        return 1
    view = args.output / VIEW_FILE
    drawn = made.persons + made.posts + made.meetings
    if drawn <= VIEW_LIMIT:
        written.append(write_view(open_store(args.output), view))
    else:
        view.unlink(missing_ok=True)  # it would show an older graph
        print(f"kg: {view} not written: {drawn} persons, posts and meetings are more than "
              f"one page draws (limit {VIEW_LIMIT}); `kg viz` writes it anyway", file=sys.stderr)
    print(
        f"kg: built {args.output}/ from {made.articles} articles in {time.monotonic() - started:.1f}s: "
        f"{made.persons} persons, {made.posts} posts, {made.meetings} meetings, {made.events} changes of post, "
        f"{made.transitions} transitions, {made.warnings} warnings, {made.failures} files failed",
        file=sys.stderr,
    )
    for path in written:
        print(f"  {path}", file=sys.stderr)
    return 1 if made.failures else 0


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
    write_rows(reports.timeline(careers, args.person), args.format)
    return 0


def cmd_transitions(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    write_rows(reports.transitions(careers), args.format)
    return 0


def cmd_succession(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    write_rows(reports.succession(careers, 1 if args.all else 2), args.format)
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    careers = _careers(args)
    if careers is None:
        return 2
    for name, rows in reports.analyze(careers, args.top).items():
        if args.format == "table":
            print(f"== {name}")
        write_rows([{"table": name, **r} for r in rows] if args.format == "jsonl" else rows, args.format)
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
    write_rows(rows, args.format)
    return 0


def write_view(store: Any, target: Path) -> Path:
    """The interactive page of the graph in ``store``, written aside then renamed."""
    from kg.export.network import view_graph
    from kg.files import write_atomic
    from kg.viz.page import render

    return write_atomic(target, render(view_graph(store)).encode("utf-8"))


def _store(graph_dir: Path) -> Any:
    from kg.graph.store import open_store

    try:
        return open_store(graph_dir)
    except GraphError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return None


def cmd_query(args: argparse.Namespace) -> int:
    from kg.query.engine import QueryError, run_oxigraph, run_rdflib
    from kg.query.named import named_queries, resolve_query

    if args.list or not args.query:
        for name, q in named_queries().items():
            print(f"{name}: {q.summary}")
            for p in q.parameters:
                need = "required" if p.required else f"default {p.default}" if p.default else "optional"
                print(f"    --param {p.name}=…  ({p.kind}, {need}) {p.description}")
        return 0 if args.list else 2
    try:
        query = resolve_query(args.query)
        values = {}
        for item in args.param:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise QueryError(f"--param {item!r}: give NAME=VALUE")
            values[key.strip()] = value
        bindings = query.bind(values)
        names = [p.name for p in query.parameters]
        if args.engine == "rdflib":
            result = run_rdflib(open_graph(args.graph), query.text, bindings, names)
        else:
            store = _store(args.graph)
            if store is None:
                return 2
            result = run_oxigraph(store, query.text, bindings, names)
    except (QueryError, GraphError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2
    if result.boolean is not None:
        print(json.dumps({"boolean": result.boolean}) if args.format in {"json", "jsonl"} else
              str(result.boolean).lower())
    elif result.triples is not None:
        sys.stdout.write("".join(f"{t}\n" for t in result.triples))
    else:
        write_rows(result.rows, args.format, columns=result.columns)
    return 0


def cmd_viz(args: argparse.Namespace) -> int:
    from kg.viz.page import PageError

    store = _store(args.graph)
    if store is None:
        return 2
    target = args.output or args.graph / VIEW_FILE
    try:
        print(f"kg: wrote {write_view(store, target)}", file=sys.stderr)
    except PageError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 1
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from kg.export.writers import default_target, export

    store = _store(args.graph)
    if store is None:
        return 2
    for path in export(store, args.format, args.output or default_target(args.graph, args.format)):
        print(f"kg: wrote {path}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.query.serve import ServeError, serve

    try:
        serve(args.graph, args.port)
    except (ServeError, GraphError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 2


def cmd_push(args: argparse.Namespace) -> int:
    from kg.export.push import PushError, push

    progress = Progress(0, unit="graphs")
    try:
        sent = push(args.graph, args.endpoint, args.user, os.environ.get("KG_PUSH_PASSWORD"),
                    lambda done, total: progress.tick(done, total))
    except (PushError, GraphError) as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return 1
    print(f"kg: pushed {sent} named graphs to {args.endpoint}", file=sys.stderr)
    return 0


def jobs_option(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("-j", "--jobs", type=int, default=default_jobs(),
                    help="processes extracting articles in parallel (default: the processors available)")


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graph of Vietnamese officials from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract officials, posts, sessions and changes of post from articles")
    ex.add_argument("paths", nargs="+", type=Path, help="article files (.txt) or directories of them")
    ex.add_argument("--format", choices=["jsonl", "json"], default="jsonl",
                    help="one JSON object per line (default) or pretty-printed")
    ex.add_argument("--warnings", action="store_true",
                    help="report text the extractor could not interpret, with its span, on stderr")
    jobs_option(ex)
    ex.set_defaults(run=cmd_extract)
    bd = sub.add_parser("build", help="extract articles and write the RDF graph files")
    bd.add_argument("paths", nargs="*", type=Path, help=f"article files or directories (default: {DEFAULT_SEEDS}/)")
    bd.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT,
                    help=f"output directory (default: {DEFAULT_OUT}/)")
    bd.add_argument("--decisions", type=Path, default=DEFAULT_DECISIONS,
                    help=f"manual merge/split decisions, JSON (default: {DEFAULT_DECISIONS}, if present)")
    jobs_option(bd)
    bd.add_argument("--cache", type=Path, default=DEFAULT_CACHE,
                    help=f"per-article extraction cache, reused while the extractor is unchanged "
                         f"(default: {DEFAULT_CACHE}/)")
    bd.add_argument("--no-cache", action="store_true", help="extract every article afresh and cache nothing")
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

    def graph_option(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--graph", type=Path, default=DEFAULT_OUT,
                        help=f"built graph directory (default: {DEFAULT_OUT}/)")

    qr = sub.add_parser("query", help="run SPARQL: a named query, a .rq file or query text",
                        description="Run SPARQL over the union of the graph's named graphs (Oxigraph engine). "
                                    "`kg query --list` shows the named queries and their parameters.")
    qr.add_argument("query", nargs="?", help="a named query (see --list), a .rq file, or SPARQL text")
    graph_option(qr)
    qr.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="bind a query parameter (repeatable); values are bound as RDF terms, never spliced in")
    qr.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    qr.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph",
                    help="query engine (default: oxigraph; rdflib is slower, for cross-checking)")
    qr.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    qr.set_defaults(run=cmd_query)
    vz = sub.add_parser("viz", help="write the interactive HTML view of a built graph (also written by build)")
    graph_option(vz)
    vz.add_argument("-o", "--output", type=Path, help=f"the page to write (default: GRAPH/{VIEW_FILE})")
    vz.set_defaults(run=cmd_viz)
    xp = sub.add_parser("export", help="write tables (CSV), Popolo JSON, GEXF or GraphML")
    graph_option(xp)
    xp.add_argument("--format", required=True, choices=["csv", "popolo", "gexf", "graphml"])
    xp.add_argument("-o", "--output", type=Path,
                    help="target (default: GRAPH/tables/ for csv, else GRAPH/popolo.json, graph.gexf, graph.graphml)")
    xp.set_defaults(run=cmd_export)
    sv = sub.add_parser("serve", help="serve the graph as a read-only SPARQL endpoint on 127.0.0.1")
    graph_option(sv)
    sv.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    sv.set_defaults(run=cmd_serve)
    ps = sub.add_parser("push", help="upload the named graphs to a triple store (SPARQL 1.1 Graph Store Protocol)")
    graph_option(ps)
    ps.add_argument("--endpoint", required=True,
                    help="the store's Graph Store service URL, e.g. http://localhost:7878/store")
    ps.add_argument("--user", help="HTTP Basic user; the password is read from $KG_PUSH_PASSWORD")
    ps.set_defaults(run=cmd_push)
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
