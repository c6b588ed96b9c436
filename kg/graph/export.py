"""Write the dataset as TriG, Turtle, JSON-LD and N-Quads, byte-identical for the same input.

rdflib's in-memory store iterates in hash order, which changes with PYTHONHASHSEED, so
nothing here relies on store order: the N-Quads lines are sorted, and the other three
formats are written from them, sorted by graph, subject, predicate and object, by
Oxigraph's serialisers (rdflib's took minutes where these take seconds; JSON-LD comes out
in expanded form). All four files are written to a temporary directory first and moved
into place only once every one of them has been written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pyoxigraph
from rdflib import Dataset

from kg.files import write_synced
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


def _nquads(dataset: Dataset) -> bytes:
    """Every quad once, as sorted N-Quads lines: the order the other formats are written in."""
    text = dataset.serialize(format="nquads", encoding="utf-8").decode("utf-8")
    return "".join(f"{line}\n" for line in sorted(set(text.splitlines())) if line).encode("utf-8")


def _by_graph(nquads: bytes) -> list[pyoxigraph.Quad]:
    """The quads of the N-Quads, graph by graph in IRI order (the sorted lines go by subject, not graph)."""
    quads = pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def _trig(quads: list[pyoxigraph.Quad]) -> bytes:
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=PREFIXES) or b""


def _turtle(quads: list[pyoxigraph.Quad]) -> bytes:
    """The union of the named graphs as one Turtle graph."""
    triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES) or b""


def _jsonld(quads: list[pyoxigraph.Quad]) -> bytes:
    """Expanded JSON-LD (Oxigraph writes no compacted form), in the order of the TriG."""
    return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.JSON_LD) or b""


# Written from the sorted N-Quads, by Oxigraph's serialisers: fast, and in the order they are given.
SERIALIZERS: dict[str, Callable[[list[pyoxigraph.Quad]], bytes]] = {
    "graph.trig": _trig,
    "graph.ttl": _turtle,
    "graph.jsonld": _jsonld,
}


def write_graph(dataset: Dataset, out_dir: Path) -> list[Path]:
    """Write graph.trig, graph.ttl, graph.jsonld and graph.nq into ``out_dir``; return their paths.

    Serialisation is where a build fails, so all four files are written to a temporary
    directory inside ``out_dir`` (same file system, so renames are atomic) before any
    replaces its predecessor: a failure leaves the previous build untouched. Other files
    in ``out_dir`` are left alone.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".graph-", dir=out_dir) as tmp:
        staged = {name: Path(tmp) / name for name in [*SERIALIZERS, NQUADS]}
        nquads = _nquads(dataset)
        write_synced(staged[NQUADS], nquads)
        quads = _by_graph(nquads)
        for name, serialize in SERIALIZERS.items():
            write_synced(staged[name], serialize(quads))
        for name, path in staged.items():
            os.replace(path, out_dir / name)
    return [out_dir / name for name in staged]
