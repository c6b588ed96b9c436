"""Write the dataset as TriG, Turtle, JSON-LD and N-Quads, byte-identical for the same input.

rdflib's in-memory store iterates in hash order, which changes with PYTHONHASHSEED, so
nothing here relies on store order: N-Quads lines are sorted, TriG lists its graphs by
IRI (rdflib already sorts subjects, predicates and objects within a graph), and JSON-LD
is re-serialised with sorted keys and arrays. All four files are written to a temporary
directory first and moved into place only once every one of them has been written.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, Namespace
from rdflib.namespace import NamespaceManager
from rdflib.plugins.serializers.trig import TrigSerializer

from kg.files import write_synced
from kg.ids import BASE, ONTOLOGY
from kg.vocab import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

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


def _bind(manager: NamespaceManager, dataset: Dataset) -> None:
    """Bind our prefixes, then name any other predicate namespace in sorted order.

    rdflib invents ``ns1``, ``ns2`` … for unbound predicate namespaces in the order it
    meets them, which is hash order; binding them first, sorted, fixes the numbering.
    """
    for prefix, namespace in PREFIXES.items():
        manager.bind(prefix, Namespace(namespace), override=True, replace=True)
    for predicate in sorted({str(quad[1]) for quad in dataset.quads()}):
        try:
            manager.compute_qname(predicate)
        except ValueError:
            continue  # no splittable namespace: serialized as a full IRI


def _union(dataset: Dataset) -> Graph:
    union = Graph(bind_namespaces="none")
    for subject, predicate, obj, _ in dataset.quads():
        union.add((subject, predicate, obj))
    _bind(union.namespace_manager, dataset)
    return union


def _trig(dataset: Dataset) -> bytes:
    """TriG with graphs in IRI order (rdflib lists them in store order); binds PREFIXES on ``dataset``."""
    _bind(dataset.namespace_manager, dataset)
    serializer = TrigSerializer(dataset)
    serializer.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _turtle(dataset: Dataset) -> bytes:
    return _union(dataset).serialize(format="turtle", encoding="utf-8")


def _nquads(dataset: Dataset) -> bytes:
    text = dataset.serialize(format="nquads", encoding="utf-8").decode("utf-8")
    return "".join(f"{line}\n" for line in sorted(set(text.splitlines())) if line).encode("utf-8")


def _canonical(value: Any, ordered: bool = False) -> Any:
    """Sort every JSON-LD array except ``@list`` ones, whose order is data."""
    if isinstance(value, dict):
        return {key: _canonical(item, ordered=key == "@list") for key, item in value.items()}
    if isinstance(value, list):
        items = [_canonical(item) for item in value]
        return items if ordered else sorted(items, key=_sort_key)
    return value


def _sort_key(item: Any) -> tuple[str, str]:
    node_id = item.get("@id", "") if isinstance(item, dict) else ""
    return node_id, json.dumps(item, sort_keys=True, ensure_ascii=False)


def _jsonld(dataset: Dataset) -> bytes:
    context = dict(sorted(PREFIXES.items()))
    data = json.loads(dataset.serialize(format="json-ld", context=context, encoding="utf-8"))
    text = json.dumps(_canonical(data), sort_keys=True, ensure_ascii=False, indent=1)
    return f"{text}\n".encode()


SERIALIZERS: dict[str, Callable[[Dataset], bytes]] = {
    "graph.trig": _trig,
    "graph.ttl": _turtle,
    "graph.jsonld": _jsonld,
    "graph.nq": _nquads,
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
        staged = {name: Path(tmp) / name for name in SERIALIZERS}
        for name, serialize in SERIALIZERS.items():
            write_synced(staged[name], serialize(dataset))
        for name, path in staged.items():
            os.replace(path, out_dir / name)
    return [out_dir / name for name in SERIALIZERS]
