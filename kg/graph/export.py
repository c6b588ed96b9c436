"""Write the dataset as N-Quads, TriG, Turtle and JSON-LD, byte-identical for the same input, reusing
what the build already in the directory wrote.

Each file is a frame around one part per graph, in graph IRI order: the graph's N-Quads lines sorted,
or what Oxigraph's serialiser writes for that graph alone (for Turtle, its triples; JSON-LD comes out
expanded). A graph not known by its sources (the derived graph, which every article touches) is written
in pieces, its sorted lines cut before subjects a hash picks, each piece serialised on its own inside
the graph's enclosure: the bytes are the same as the whole graph's, and one more article changes a few
pieces rather than the whole. A part is the same bytes whether it was written now or copied from an
earlier build, so ``manifest.json`` records each part's key (a hash of what it was built from) and where
it lies in each file: a build copies every part whose key has not changed, and brings a copy of the
query store up to date with the parts that have, instead of loading the whole dataset again.

Everything is written to a temporary directory first and moved into place only once every file has been
written; the graph is made and graph.nq written in a process that then exits, and the serialisers run in
processes beside the store's loading.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import groupby
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import BinaryIO, TypeVar, cast

import pyoxigraph

from kg.files import files_digest, sync, write_atomic
from kg.graph.build import ONTOLOGY_DIR, Quads
from kg.graph.store import STORE_DIR, file_stamp, install_store, stage_store, store_is_current
from kg.ids import BASE, ONTOLOGY
from kg.vocab import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

NQUADS = "graph.nq"
MANIFEST = "manifest.json"
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "foaf": str(FOAF),
    "dcterms": str(DCTERMS),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "id": f"{BASE}id/",
    "role": f"{BASE}role/",
    "province": f"{BASE}province/",
    "graph": f"{BASE}graph/",
    "status": f"{BASE}concept/status/",
    "meetingkind": f"{BASE}concept/meeting-kind/",
    "changekind": f"{BASE}concept/change-kind/",
}
T = TypeVar("T")
R = TypeVar("R")
_BATCH = 1 << 16  # N-Quads lines joined into one write
# Above this share of the dataset's bytes written anew, the store is loaded again rather than updated.
_UPDATE_LIMIT = 0.5
# A graph written in pieces is cut before one subject in this many (chosen by its hash): at 10,000 articles
# the derived graph's 1.7 million lines make some 1,900 pieces, of which one more article changed 42.
_PIECE = 128


@dataclass(frozen=True)
class Format:
    """A file Oxigraph's serialiser writes, one graph at a time: from the graph's N-Quads lines or, for a
    format of one graph, from its triples (the file is then the union of the graphs)."""

    syntax: pyoxigraph.RdfFormat
    union: bool = False
    prefixed: bool = True
    opening: bytes = b""  # what ends a graph's opening (its subjects follow); empty where graphs are not marked
    closing: bytes = b""  # what closes a graph
    joint: bytes = b""  # what comes between two subjects' entries

    def _serialize(self, data: bytes, syntax: pyoxigraph.RdfFormat) -> bytes:
        text = pyoxigraph.serialize(pyoxigraph.parse(data, format=syntax), format=self.syntax,
                                    prefixes=PREFIXES if self.prefixed else None)
        assert text is not None  # given no output, the serialiser returns the bytes
        return text

    @cache  # noqa: B019 - a few constant formats
    def frame(self) -> tuple[bytes, bytes, bytes]:
        """What comes before the first part, between two parts and after the last: a JSON array, or the
        prefixes Oxigraph writes before a graph's first triple."""
        if self.syntax is pyoxigraph.RdfFormat.JSON_LD:
            return b"[", b",", b"]"
        sample = self._serialize(b"<urn:x> <urn:x> <urn:x> .\n", pyoxigraph.RdfFormat.N_TRIPLES)
        lines = sample.splitlines(keepends=True)
        return b"".join(line for line in lines if line.startswith(b"@prefix")), b"", b""

    def part(self, graph: str, nquads: bytes) -> bytes:
        """The part of one graph, given its N-Quads lines: what the serialiser writes for it, less the frame."""
        data, syntax = nquads, pyoxigraph.RdfFormat.N_QUADS
        if self.union:
            data, syntax = nquads.replace(f" {graph} .\n".encode(), b" .\n"), pyoxigraph.RdfFormat.N_TRIPLES
        text = self._serialize(data, syntax)
        head, _, tail = self.frame()
        if not (text.startswith(head) and text.endswith(tail)):
            raise ValueError(f"{self.syntax}: the serialiser did not write the expected frame for {graph}")
        return text[len(head):len(text) - len(tail)]

    def _enclosed(self, graph: str, text: bytes) -> tuple[bytes, bytes, bytes]:
        at = text.find(self.opening) + len(self.opening) if self.opening else 0
        end = len(text) - len(self.closing)
        if at < len(self.opening) or not text.endswith(self.closing) or end < at:
            raise ValueError(f"{self.syntax}: the serialiser did not enclose {graph} as expected")
        return text[:at], text[at:end], text[end:]

    def enclosure(self, graph: str) -> tuple[bytes, bytes]:
        """What opens and what closes the part of ``graph``, around its subjects' entries."""
        opening, _, closing = self._enclosed(graph, self.part(graph, f"{graph} {graph} {graph} {graph} .\n".encode()))
        return opening, closing

    def piece(self, graph: str, nquads: bytes) -> bytes:
        """The entries of a run of the graph's subjects, given their N-Quads lines: the part they would make
        alone, less the graph's enclosure."""
        return self._enclosed(graph, self.part(graph, nquads))[1]


FORMATS: dict[str, Format] = {
    "graph.trig": Format(pyoxigraph.RdfFormat.TRIG, opening=b"{\n", closing=b"}\n"),
    "graph.ttl": Format(pyoxigraph.RdfFormat.TURTLE, union=True),
    "graph.jsonld": Format(pyoxigraph.RdfFormat.JSON_LD, prefixed=False, opening=b'"@graph":[', closing=b"]}",
                           joint=b","),
}
FILES = [NQUADS, *FORMATS]

# Forked writers need nothing imported again; where fork is not offered, the default start method.
_FORK = get_context("fork") if "fork" in get_all_start_methods() else None


@cache
def writer_version() -> str:
    """A hash of the code, data and ontology a graph is built with, and of the serialisers' version: a build
    reuses parts of an earlier one only if this is unchanged."""
    return f"{files_digest(ONTOLOGY_DIR.parent, ['kg/**/*.py', 'kg/data/*', 'ontology/*.ttl'])}" \
           f"-{pyoxigraph.__version__}"


@dataclass
class Part:
    """One graph of a build, or one piece of a graph written in pieces: the graph's IRI (N-Triples form),
    the part's key and where the part lies in each file."""

    graph: str
    key: str
    whole: bool  # the whole graph, enclosure included; else a piece, inside the graph's enclosure
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # file name → offset, length
    fresh: bool = False  # written by this build, not copied from the earlier one

    @property
    def ident(self) -> tuple[str, str, bool]:
        return self.graph, self.key, self.whole


@dataclass(frozen=True)
class Earlier:
    """The build already in a directory, as its manifest says, if its files are still those it wrote."""

    directory: Path
    parts: dict[tuple[str, str, bool], Part]  # by ident
    store: bool  # whether its query store was built from its graph.nq

    @classmethod
    def read(cls, directory: Path) -> Earlier | None:
        try:
            manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
            if manifest["version"] != writer_version() or manifest["files"] != {
                    name: file_stamp(directory / name) for name in FILES}:
                return None
            parts = [Part(graph, key, whole, {name: (at, size) for name, (at, size) in zip(FILES, spans, strict=True)})
                     for graph, key, whole, *spans in manifest["parts"]]
        except (OSError, ValueError, KeyError, TypeError, IndexError):  # absent, stale or damaged: build all
            return None
        return cls(directory, {part.ident: part for part in parts}, store_is_current(directory))

    def reusable(self, part: Part) -> bool:
        return part.ident in self.parts

    def span(self, part: Part, name: str) -> tuple[int, int]:
        return self.parts[part.ident].spans[name]


def _manifest(parts: list[Part], directory: Path) -> bytes:
    return json.dumps({"version": writer_version(),
                       "files": {name: file_stamp(directory / name) for name in FILES},
                       "parts": [[p.graph, p.key, p.whole, *(p.spans[name] for name in FILES)] for p in parts]},
                      ensure_ascii=False).encode("utf-8")


def _read(source: BinaryIO, span: tuple[int, int]) -> bytes:
    source.seek(span[0])
    data = source.read(span[1])
    if len(data) != span[1]:
        raise OSError(f"{source.name}: shorter than its manifest says; delete {MANIFEST} and build again")
    return data


def _copy(source: BinaryIO, target: BinaryIO, span: tuple[int, int]) -> None:
    """Append ``span`` of ``source`` to ``target`` (unbuffered files), in the kernel where it can."""
    offset, length = span
    copied = 0
    if hasattr(os, "copy_file_range"):
        try:
            while copied < length:
                step = os.copy_file_range(source.fileno(), target.fileno(), length - copied, offset + copied)
                if step == 0:
                    break
                copied += step
        except OSError:
            pass  # another file system, or no such call: copied by reading
    while copied < length:
        chunk = _read(source, (offset + copied, min(1 << 22, length - copied)))
        target.write(chunk)
        copied += len(chunk)


def _units(quads: Quads, graph: str) -> Iterator[tuple[Part, list[bytes] | None]]:
    """The parts of one graph, each with its lines if they were needed to know it: a graph known by its
    sources is one part, built only if it is written; another is cut into pieces known by their lines."""
    key = quads.source_key(graph)
    if key is not None:
        yield Part(graph, key, whole=True), None
        return
    for lines in _pieces(quads.lines(graph)):
        yield Part(graph, _digest(lines), whole=False), lines


def _pieces(lines: list[bytes]) -> Iterator[list[bytes]]:
    """Sorted N-Triples lines in runs of whole subjects, each run ended before a subject its hash picks:
    where the cuts fall depends on the subjects alone, so a change stays in the pieces it touches."""
    start, subject = 0, b"\n"  # no line starts with it
    for i, line in enumerate(lines):
        if line.startswith(subject):
            continue
        subject = line[:line.index(b" ") + 1]
        if i > start and zlib.crc32(subject[:-1]) % _PIECE == 0:
            yield lines[start:i]
            start = i
    if start < len(lines):
        yield lines[start:]


def _write_nquads(quads: Quads, earlier: Earlier | None, target: Path) -> list[Part]:
    """Write graph.nq part by part, copying each part an earlier build wrote from the same sources or with
    the same lines, and return the parts."""
    parts: list[Part] = []
    with target.open("wb", buffering=0) as out, \
            (earlier.directory / NQUADS).open("rb", buffering=0) if earlier else nullcontext() as old:
        for graph in quads.names():
            for part, lines in _units(quads, graph):
                start = out.tell()
                if earlier is not None and old is not None and earlier.reusable(part):
                    _copy(old, out, earlier.span(part, NQUADS))
                else:
                    lines = quads.lines(graph) if lines is None else lines
                    end = f" {graph} .\n".encode()
                    for i in range(0, len(lines), _BATCH):
                        out.write(end.join(lines[i:i + _BATCH]) + end)
                    part.fresh = True
                part.spans[NQUADS] = (start, out.tell() - start)
                parts.append(part)
    return parts


def _digest(lines: list[bytes]) -> str:
    digest = hashlib.sha256()
    for i in range(0, len(lines), _BATCH):
        digest.update(b"\n".join(lines[i:i + _BATCH]) + b"\n")
    return digest.hexdigest()


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1e6:,.0f} MB"


def _by_graph(parts: list[Part]) -> Iterator[tuple[str, list[Part]]]:
    for graph, group in groupby(parts, key=lambda part: part.graph):
        yield graph, list(group)


def _write_format(name: str, parts: list[Part], earlier: Earlier | None, nquads: Path,
                  target: Path) -> list[tuple[int, int]]:
    """Write one of FORMATS part by part, the fresh parts serialised from the new ``nquads``, the others
    copied from the earlier build; return where each part lies."""
    fmt = FORMATS[name]
    head, between, tail = fmt.frame()
    spans = []
    with nquads.open("rb") as source, target.open("wb", buffering=0) as out, \
            (earlier.directory / name).open("rb", buffering=0) if earlier else nullcontext() as old:
        out.write(head)
        for i, (graph, group) in enumerate(_by_graph(parts)):
            if i:
                out.write(between)
            opening, closing = (b"", b"") if group[0].whole else fmt.enclosure(graph)
            out.write(opening)
            for j, part in enumerate(group):
                if j:
                    out.write(fmt.joint)
                start = out.tell()
                if part.fresh:
                    lines = _read(source, part.spans[NQUADS])
                    out.write(fmt.part(graph, lines) if part.whole else fmt.piece(graph, lines))
                else:
                    assert earlier is not None and old is not None  # a part not written anew is the earlier one
                    _copy(old, out, earlier.span(part, name))
                spans.append((start, out.tell() - start))
            out.write(closing)
        out.write(tail)
    sync(target)
    return spans


def _changes(parts: list[Part], earlier: Earlier) -> Iterator[tuple[str, list[Part], list[Part]]]:
    """Each graph the build changed, with its parts written anew and the earlier build's parts it no
    longer has; a graph gone altogether comes with no new parts."""
    kept = {part.ident for part in parts if not part.fresh}
    dropped: dict[str, list[Part]] = {}
    for ident, part in earlier.parts.items():
        if ident not in kept:
            dropped.setdefault(part.graph, []).append(part)
    written: dict[str, list[Part]] = {}
    for part in parts:
        if part.fresh:
            written.setdefault(part.graph, []).append(part)
    for graph in sorted(written.keys() | dropped.keys()):
        yield graph, written.get(graph, []), dropped.get(graph, [])


def _updates_store(parts: list[Part], earlier: Earlier | None) -> bool:
    """Whether the earlier build's store is brought up to date rather than loaded again from graph.nq."""
    total = sum(p.spans[NQUADS][1] for p in parts)
    new = sum(p.spans[NQUADS][1] for p in parts if p.fresh)
    return earlier is not None and earlier.store and new <= _UPDATE_LIMIT * total


def _stage_index(parts: list[Part], earlier: Earlier | None, nquads: Path, staging: Path) -> Path:
    """The query store of the new graph.nq, at ``staging/store``: a copy of the ``earlier`` build's store
    brought up to date with the parts written anew (see _updates_store), or, with none given, loaded
    from the file."""
    if earlier is None:
        return stage_store(nquads, staging)
    target = staging / STORE_DIR
    pyoxigraph.Store.read_only(str(earlier.directory / STORE_DIR)).backup(str(target))  # hard links: instant
    store = pyoxigraph.Store(str(target))
    graphs = {part.graph for part in parts}
    with nquads.open("rb") as source, (earlier.directory / NQUADS).open("rb") as old:
        for graph, written, dropped in _changes(parts, earlier):
            if graph not in graphs:
                store.remove_graph(pyoxigraph.NamedNode(graph[1:-1]))
                continue
            now = {line for part in written for line in _read(source, part.spans[NQUADS]).splitlines()}
            before = {line for part in dropped for line in _read(old, part.spans[NQUADS]).splitlines()}
            for quad in _parse(before - now):
                store.remove(quad)
            store.extend(_parse(now - before))
    store.flush()
    del store  # closes the database before it is moved
    return target


def _parse(lines: Iterable[bytes]) -> list[pyoxigraph.Quad]:
    data = b"".join(line + b"\n" for line in lines)
    return list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_QUADS)) if data else []


def _made_and_written(make: Callable[[], tuple[Quads, T]], earlier: Earlier | None, target: Path,
                      log: Callable[[str], None] | None, kept: list[object]) -> tuple[list[Part], T]:
    quads, made = make()
    kept.append(quads)  # see _apart
    if log:
        log(f"writing {NQUADS}")
    return _write_nquads(quads, earlier, target), made


def _apart(work: Callable[[list[object]], R]) -> R:
    """``work(kept)`` run in a forked process that exits once it has sent back its result (or its
    exception): all the memory the work took is returned, which freeing it in this process would not do
    (the few objects that outlive a large build pin the allocator's arenas). What the work puts in
    ``kept`` is never freed object by object (0.6 s for the graph and extractions of 10,000 articles):
    the process ends instead. Where fork is not offered, run here."""
    if _FORK is None:
        return work([])
    receiving, sending = _FORK.Pipe(duplex=False)

    def child() -> None:
        # The process exits once done, which frees everything: cyclic collection would only scan its
        # millions of live objects over and over (half the time of reading 10,000 cached extractions).
        gc.disable()
        kept: list[object] = []
        try:
            outcome: tuple[bool, object] = (True, work(kept))
        except BaseException as exc:  # every failure is the caller's to handle
            outcome = (False, exc)
        try:
            sending.send(outcome)
        except Exception as exc:  # an exception that does not pickle
            sending.send((False, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]} ({exc})")))
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)  # with everything still in memory: the kernel takes it back at once

    process = _FORK.Process(target=child)
    process.start()
    sending.close()
    try:
        ok, value = receiving.recv()
    except EOFError:  # it died before it could say why
        process.join()
        raise RuntimeError(f"the process making the graph died (exit status {process.exitcode})") from None
    process.join()
    if not ok:
        raise value  # an exception, sent as such
    return cast(R, value)


def write_graph(quads: Quads, out_dir: Path, log: Callable[[str], None] | None = None) -> list[Path]:
    """Write graph.trig, graph.ttl, graph.jsonld, graph.nq and the query store of ``quads`` into
    ``out_dir``; return their paths (see make_and_write_graph)."""
    return _write(lambda: (quads, None), out_dir, log, apart=False)[0]


def make_and_write_graph(make: Callable[[], tuple[Quads, T]], out_dir: Path,
                         log: Callable[[str], None] | None = None) -> tuple[list[Path], T]:
    """Write graph.trig, graph.ttl, graph.jsonld, graph.nq and the query store into ``out_dir``, reusing
    what the build already there wrote from the same sources; return their paths and what ``make``
    returned beside the Quads.

    ``make`` runs in a process of its own, which writes graph.nq and exits: a large build's extractions,
    resolution and graph leave memory before the store loads and the serialisers start.
    Serialisation is where a build fails, so everything is written to a temporary directory
    inside ``out_dir`` (same file system, so renames are atomic) before anything replaces its
    predecessor: a failure, in ``make`` or after, leaves the previous build untouched. manifest.json is
    written last, so a build stopped halfway leaves one the next build finds stale. Other files in
    ``out_dir`` are left alone.
    """
    return _write(make, out_dir, log, apart=True)


def _write(make: Callable[[], tuple[Quads, T]], out_dir: Path, log: Callable[[str], None] | None,
           apart: bool) -> tuple[list[Path], T]:
    created = not out_dir.exists()
    out_dir.mkdir(parents=True, exist_ok=True)
    try:
        return _write_into(make, out_dir, log, apart)
    except BaseException:
        if created:  # a failed first build leaves no directory where there was none
            shutil.rmtree(out_dir, ignore_errors=True)
        raise


def _write_into(make: Callable[[], tuple[Quads, T]], out_dir: Path, log: Callable[[str], None] | None,
                apart: bool) -> tuple[list[Path], T]:
    earlier = Earlier.read(out_dir)
    with tempfile.TemporaryDirectory(prefix=".graph-", dir=out_dir) as tmp:
        staged = {name: Path(tmp) / name for name in FILES}
        stage = partial(_made_and_written, make, earlier, staged[NQUADS], log)
        parts, made = _apart(stage) if apart else stage([])
        if log and earlier is not None:
            graphs = {part.graph for part in parts}
            changed = {graph for graph, _, _ in _changes(parts, earlier)}
            pieces = [part for part in parts if part.graph in changed and not part.whole]
            kept = sum(not part.fresh for part in pieces)
            log(f"{len(graphs - changed)} of {len(graphs)} graphs unchanged since the last build, copied"
                + (f", and {kept} of the {len(pieces)} pieces of the others" if kept else ""))
        updated = earlier if _updates_store(parts, earlier) else None  # the build whose store is updated
        if log:
            index = "updating the query store" if updated else \
                f"loading the query store from {NQUADS} ({_size(staged[NQUADS])})"
            log(f"writing {', '.join(FORMATS)}; {index}")
        # Oxigraph's serialisers hold the interpreter while they turn each quad into a Python object, so
        # they run in processes of their own, forked before the store starts loading in a thread (Oxigraph
        # releases the interpreter there), beside graph.nq reaching the disk in another. Both pools are
        # left only once everything is written or failed.
        with ProcessPoolExecutor(max_workers=min(len(FORMATS), os.cpu_count() or 1),
                                 mp_context=_FORK) as writers, ThreadPoolExecutor(max_workers=2) as pool:
            written = {name: writers.submit(_write_format, name, parts, earlier, staged[NQUADS], staged[name])
                       for name in FORMATS}
            synced = pool.submit(sync, staged[NQUADS])
            indexing = pool.submit(_stage_index, parts, updated, staged[NQUADS], Path(tmp))
            for name, future in written.items():
                for part, span in zip(parts, future.result(), strict=True):
                    part.spans[name] = span
            store = indexing.result()
            synced.result()
        for name, path in staged.items():
            os.replace(path, out_dir / name)
        install_store(store, out_dir)
        write_atomic(out_dir / MANIFEST, _manifest(parts, out_dir))
    return [*(out_dir / name for name in [*FORMATS, NQUADS]), out_dir / STORE_DIR], made
