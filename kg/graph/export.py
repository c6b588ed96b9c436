"""Write the dataset as TriG, Turtle, JSON-LD and N-Quads, byte-identical for the same input.

The N-Quads lines are written graph by graph, sorted within each; the other three formats
are written by Oxigraph's serialisers (rdflib's took minutes where these take seconds;
JSON-LD comes out in expanded form), streaming from those lines (for Turtle, without
their graph).
All four files and the query store are written to a temporary directory first and moved
into place only once every one of them has been written; the three serialisers run in
processes beside the store's loading.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path

import pyoxigraph

from kg.files import sync
from kg.graph.build import Quads
from kg.graph.store import STORE_DIR, install_store, stage_store
from kg.ids import BASE, ONTOLOGY
from kg.vocab import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

NQUADS = "graph.nq"
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


@dataclass(frozen=True)
class _Serializer:
    """One format Oxigraph writes, streaming from a staged file: the N-Quads (the dataset, graph by graph)
    or, for a format of one graph, the same lines as N-Triples (the union of the graphs)."""

    format: pyoxigraph.RdfFormat
    union: bool = False
    prefixed: bool = True

    def __call__(self, nquads: Path, triples: Path, target: Path) -> None:
        source, syntax = (triples, pyoxigraph.RdfFormat.N_TRIPLES) if self.union else \
            (nquads, pyoxigraph.RdfFormat.N_QUADS)
        pyoxigraph.serialize(pyoxigraph.parse(path=source, format=syntax), target, format=self.format,
                             prefixes=PREFIXES if self.prefixed else None)


# Fast, in the order they are given, and without the dataset in memory twice. JSON-LD comes out expanded
# (Oxigraph writes no compacted form), in the order of the TriG.
SERIALIZERS: dict[str, Callable[[Path, Path, Path], None]] = {
    "graph.trig": _Serializer(pyoxigraph.RdfFormat.TRIG),
    "graph.ttl": _Serializer(pyoxigraph.RdfFormat.TURTLE, union=True),
    "graph.jsonld": _Serializer(pyoxigraph.RdfFormat.JSON_LD, prefixed=False),
}


# Forked writers need nothing pickled or imported again; where fork is not offered, the default start method.
_FORK = get_context("fork") if "fork" in get_all_start_methods() else None


def _serialize(name: str, nquads: Path, triples: Path, target: Path) -> None:
    """Write one of SERIALIZERS, named (what a process of its own is given must pickle), and sync it."""
    SERIALIZERS[name](nquads, triples, target)
    sync(target)


def _write_lines(quads: Quads, nquads: Path, ntriples: Path, batch: int = 1 << 16) -> None:
    """The quads as N-Quads and their triples as N-Triples, both graph by graph and sorted within each,
    written a batch of lines at a time. A triple two graphs state is written once for each: the same RDF
    graph, and no sort of the whole union."""
    with nquads.open("wb") as nq, ntriples.open("wb") as nt:
        for graph, lines in quads.sorted_graphs():
            for i in range(0, len(lines), batch):
                part = lines[i:i + batch]
                nq.write("".join(f"{t} {graph} .\n" for t in part).encode("utf-8"))
                nt.write("".join(f"{t} .\n" for t in part).encode("utf-8"))
    sync(nquads)


def write_graph(quads: Quads, out_dir: Path) -> list[Path]:
    """Write graph.trig, graph.ttl, graph.jsonld, graph.nq and the query store into ``out_dir``; return
    their paths.

    Serialisation is where a build fails, so everything is written to a temporary directory
    inside ``out_dir`` (same file system, so renames are atomic) before anything replaces its
    predecessor: a failure leaves the previous build untouched. The store is loaded from the
    staged N-Quads in a thread while the other formats are written. Other files in ``out_dir``
    are left alone.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".graph-", dir=out_dir) as tmp:
        staged = {name: Path(tmp) / name for name in [*SERIALIZERS, NQUADS]}
        triples = Path(tmp) / "triples.nt"
        _write_lines(quads, staged[NQUADS], triples)
        # Oxigraph's serialisers hold the interpreter while they turn each quad into a Python object, so
        # they run in processes of their own, forked before the store starts loading in a thread (Oxigraph
        # releases the interpreter there). Both pools are left only once everything is written or failed.
        with ProcessPoolExecutor(max_workers=min(len(SERIALIZERS), os.cpu_count() or 1),
                                 mp_context=_FORK) as writers, ThreadPoolExecutor(max_workers=1) as pool:
            written = [writers.submit(_serialize, name, staged[NQUADS], triples, staged[name]) for name in SERIALIZERS]
            indexing = pool.submit(stage_store, staged[NQUADS], Path(tmp))
            for future in written:
                future.result()
            store = indexing.result()
        for name, path in staged.items():
            os.replace(path, out_dir / name)
        install_store(store, out_dir)
    return [*(out_dir / name for name in staged), out_dir / STORE_DIR]
