"""The query index of a built graph: an on-disk Oxigraph store beside the graph files.

``kg build`` writes ``store/`` from ``graph.nq`` and records which ``graph.nq`` it was
made from (size and modification time) in ``store.json``. Readers open the store
read-only when it matches; when it is missing or stale (graph files copied or replaced
by hand) they load ``graph.nq`` into memory instead, so a query never answers from a
graph other than the one on disk. The store is an index, not an output: the graph files
are the byte-stable record.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph

STORE_DIR = "store"
STAMP_FILE = "store.json"
LOAD_SLICE = 500_000  # N-Quads lines given to Oxigraph's bulk loader at once
NQUADS_FILE = "graph.nq"


class GraphError(Exception):
    """The graph directory cannot be read; the message says which file and why."""


def file_stamp(path: Path) -> dict[str, int]:
    """What tells a file from another written later: its size and modification time."""
    info = path.stat()
    return {"size": info.st_size, "mtime_ns": info.st_mtime_ns}


def graph_file(graph_dir: Path, name: str = NQUADS_FILE) -> Path:
    """``graph_dir/name``, or a GraphError telling the user to build first."""
    path = graph_dir / name
    if not path.exists():
        raise GraphError(f"{path}: no graph here; run `kg build` first (or give --graph DIR)")
    return path


def stage_store(nquads: Path, staging: Path) -> Path:
    """Build a store from ``nquads`` at ``staging/store``, to be installed by install_store. Oxigraph
    releases the interpreter while it loads, so this can run beside other work in a thread. The file is
    loaded a slice at a time: Oxigraph's bulk loader holds what it is given in memory (1.6 GB for the
    4.6 million quads of 10,000 articles, 0.65 GB for a slice of LOAD_SLICE)."""
    target = staging / STORE_DIR
    store = pyoxigraph.Store(str(target))
    with nquads.open("rb") as source:
        while chunk := b"".join(itertools.islice(source, LOAD_SLICE)):
            store.bulk_load(chunk, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store  # closes the database before it is moved
    return target


def install_store(staged: Path, graph_dir: Path) -> Path:
    """Swap a staged store in as ``graph_dir/store`` and stamp it with the ``graph.nq`` now in place."""
    target = graph_dir / STORE_DIR
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=".retired-", dir=graph_dir))
        os.replace(target, retired / STORE_DIR)
        shutil.rmtree(retired, ignore_errors=True)
    os.replace(staged, target)
    (graph_dir / STAMP_FILE).write_text(json.dumps(file_stamp(graph_file(graph_dir)), sort_keys=True) + "\n",
                                        encoding="utf-8")
    return target


def write_store(graph_dir: Path) -> Path:
    """(Re)build ``graph_dir/store`` from ``graph_dir/graph.nq``, aside first, then swapped in."""
    nquads = graph_file(graph_dir)
    staging = Path(tempfile.mkdtemp(prefix=".store-", dir=graph_dir))
    try:
        return install_store(stage_store(nquads, staging), graph_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def store_is_current(graph_dir: Path) -> bool:
    """Whether ``graph_dir/store`` was built from the ``graph.nq`` now on disk."""
    try:
        recorded = json.loads((graph_dir / STAMP_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (graph_dir / STORE_DIR).is_dir() and recorded == file_stamp(graph_file(graph_dir))


def open_store(graph_dir: Path) -> pyoxigraph.Store:
    """The graph of ``graph_dir`` as an Oxigraph store: the on-disk index if current, else loaded into memory."""
    nquads = graph_file(graph_dir)
    if store_is_current(graph_dir):
        try:
            return pyoxigraph.Store.read_only(str(graph_dir / STORE_DIR))
        except OSError:
            pass  # a store another process is rewriting: fall back to the file
    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{nquads}: not a readable N-Quads graph: {exc}") from None
    return store
