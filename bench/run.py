#!/usr/bin/env python3
"""Scale benchmarks: extraction throughput, build time and memory, incremental builds, query latency.

    .venv/bin/python bench/run.py [--sizes 1000 10000] [--jobs 2] [--results bench/RESULTS.md]

For each size, synthetic articles (bench/generate.py) are generated into a temporary
directory; then it measures extraction in one process (articles/s per core), a clean
`kg build --jobs N` (wall time, and peak memory of the build with its workers and threads, their
proportional set sizes summed), a rebuild
after adding one article with the cache warm (and whether it equals a clean build byte
for byte), and each named query's latency on the built store, given a person, a post, a
province and a day the graph holds for the parameters it takes. With underthesea installed
(`pip install underthesea`), the same articles also go through its NER, for comparison.
Not part of the test suite: it takes minutes.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from generate import generate  # type: ignore[import-not-found]

from kg.extract.article import extract
from kg.graph.store import open_store
from kg.ingest import read_source
from kg.query.engine import run_oxigraph
from kg.query.named import named_queries

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).with_name("kg")
SAMPLE = 300  # articles timed in one process for the per-core rate
COMPARED_FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.jsonld", "view.html")
QUERY_RUNS = 5


@dataclass
class Row:
    size: int
    per_core: float = 0.0
    build_s: float = 0.0
    build_peak_mb: float = 0.0
    incremental_s: float = 0.0
    identical: bool = False
    ner_per_core: float | None = None
    queries_ms: dict[str, float] = field(default_factory=dict)


def _extraction_rate(files: list[Path]) -> float:
    sample = [read_source(p) for p in files[:SAMPLE]]
    started = time.perf_counter()
    for source in sample:
        extract(source)
    return len(sample) / (time.perf_counter() - started)


def _ner_rate(files: list[Path]) -> float | None:
    try:
        from underthesea import ner  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        return None
    sample = [read_source(p).text for p in files[:SAMPLE // 10]]
    ner(sample[0][:200])  # load the model before timing
    started = time.perf_counter()
    for text in sample:
        for line in text.splitlines():
            if line.strip():
                ner(line)
    return len(sample) / (time.perf_counter() - started)


def _tree(pid: int) -> list[int]:
    """A process and all its descendants (Linux /proc)."""
    found = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [q for child in (task / "children").read_text().split() for q in _tree(int(child))]
        except OSError:
            continue  # a thread that has just ended
    return found


def _pss_mb(pids: list[int]) -> float:
    """The memory the processes use together: their proportional set sizes summed (shared pages counted once)."""
    total = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue  # ended meanwhile
        total += next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
    return total / 1024


def _build(articles: Path, out: Path, jobs: int, cache: Path | None) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one `kg build`: the most its process, its workers and their
    threads held together, sampled each second; where /proc is missing, the largest single process."""
    cache_args = ["--cache", str(cache)] if cache else ["--no-cache"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    build = subprocess.Popen([str(KG), "build", str(articles), "-o", str(out), "--jobs", str(jobs), *cache_args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while build.poll() is None:
        if Path("/proc/self/smaps_rollup").exists():
            peak = max(peak, _pss_mb(_tree(build.pid)))
        time.sleep(1.0)
    elapsed = time.perf_counter() - started
    if build.returncode:
        raise subprocess.CalledProcessError(build.returncode, build.args)
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, peak or max(before, largest) / 1024


_SAMPLE_QUERY = """
PREFIX kg: <https://w3id.org/vnkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?person ?post ?province WHERE {
  ?tenure a kg:Tenure ; org:member/foaf:name ?person ; kg:post ?node .
  ?node skos:altLabel ?post ; org:postIn/kg:province/skos:prefLabel ?province .
  FILTER(lang(?province) = "vi")
} ORDER BY ?person ?post LIMIT 1
"""


def _sample_values(out: Path) -> dict[str, str]:
    """A person, a post and its province the graph holds, and a day: the queries' parameters."""
    row = next(iter(open_store(out).query(_SAMPLE_QUERY, use_default_graph_as_union=True)))
    return {"person": row["person"].value, "post": row["post"].value, "province": row["province"].value,
            "date": "2020-06-01"}


def _query_latencies(out: Path) -> dict[str, float]:
    store = open_store(out)
    values = _sample_values(out)
    found = {}
    for name, query in sorted(named_queries().items()):
        wanted = {p.name: values[p.name] for p in query.parameters if p.name in values}
        bindings = query.bind(wanted)
        names = [p.name for p in query.parameters]
        timings = []
        for _ in range(QUERY_RUNS):
            started = time.perf_counter()
            run_oxigraph(store, query.text, bindings, names)
            timings.append(time.perf_counter() - started)
        found[name] = 1000 * sorted(timings)[len(timings) // 2]
    return found


def measure(size: int, jobs: int, work: Path) -> Row:
    row = Row(size)
    articles = work / f"articles-{size}"
    files = generate(articles, size + 1)
    extra = files.pop()  # the article added to the built set, for the incremental build
    spare = work / "spare"
    spare.mkdir(exist_ok=True)
    shutil.move(extra, spare / extra.name)
    row.per_core = _extraction_rate(files)
    row.ner_per_core = _ner_rate(files)
    clean, cache = work / f"clean-{size}", work / f"cache-{size}"
    row.build_s, row.build_peak_mb = _build(articles, clean, jobs, cache)
    row.queries_ms = _query_latencies(clean)
    shutil.move(spare / extra.name, articles / extra.name)
    row.incremental_s, _ = _build(articles, clean, jobs, cache)
    fresh = work / f"fresh-{size}"
    _build(articles, fresh, jobs, None)
    row.identical = all(filecmp.cmp(clean / name, fresh / name, shallow=False) for name in COMPARED_FILES)
    for path in (articles, clean, cache, fresh):
        shutil.rmtree(path)
    return row


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with open("/proc/meminfo") as fh:
        memory = int(fh.readline().split()[1]) // (1024 * 1024)
    return (f"{platform.machine()}, {cores} cores, {memory} GB RAM, "
            f"Python {platform.python_version()}, {platform.system()}")


def table(rows: list[Row]) -> str:
    queries = sorted({name for r in rows for name in r.queries_ms})
    head = ["articles", "extract/s/core", "NER/s/core", "build s", "peak MB", "+1 article s", "same bytes",
            *[f"{q} ms" for q in queries]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        ner = f"{r.ner_per_core:.1f}" if r.ner_per_core is not None else "n/a"
        cells = [f"{r.size:,}", f"{r.per_core:.0f}", ner, f"{r.build_s:.1f}", f"{r.build_peak_mb:.0f}",
                 f"{r.incremental_s:.1f}", "yes" if r.identical else "NO",
                 *[f"{r.queries_ms.get(q, float('nan')):.1f}" for q in queries]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--results", type=Path, help="also write the table, with the machine, to this Markdown file")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for size in args.sizes:
            print(f"bench: {size} articles …", file=sys.stderr, flush=True)
            rows.append(measure(size, args.jobs, Path(tmp)))
            print(table(rows), flush=True)
    if args.results:
        args.results.write_text(f"# Benchmark results\n\nMachine: {machine()}; `--jobs {args.jobs}`.\n\n"
                                f"{table(rows)}\n")


if __name__ == "__main__":
    main()
