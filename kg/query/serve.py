"""A read-only SPARQL 1.1 Protocol endpoint on the built graph: Oxigraph's own server.

The ``oxigraph`` server (from PyPI, installed with this package) speaks the whole
protocol: GET and POST queries, every standard result format by content negotiation,
CORS for browser clients such as YASGUI. We serve the on-disk store read-only, on the
loopback interface only, with the union of the named graphs as the default graph, as
``kg query`` sees it.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
from pathlib import Path
from typing import NoReturn

from kg.graph.store import STORE_DIR, store_is_current, write_store

HOST = "127.0.0.1"


class ServeError(Exception):
    """The endpoint cannot start; the message says why."""


def oxigraph_binary() -> str:
    """The ``oxigraph`` command installed beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        raise ServeError("the `oxigraph` server is not installed; `pip install oxigraph`")
    return found


def port_free(port: int) -> bool:
    """Whether nothing listens on ``port`` of the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((HOST, port))
        except OSError:
            return False
    return True


def server_command(graph_dir: Path, port: int) -> list[str]:
    """The command that serves ``graph_dir``; builds its store first if missing or stale."""
    if not store_is_current(graph_dir):
        try:
            write_store(graph_dir)
        except OSError as exc:
            raise ServeError(f"{graph_dir / STORE_DIR}: cannot build the store: {exc}") from None
    if not port_free(port):
        raise ServeError(f"port {port} on {HOST} is in use; give another with --port")
    return [oxigraph_binary(), "serve-read-only", "--location", str(graph_dir / STORE_DIR),
            "--bind", f"{HOST}:{port}", "--union-default-graph", "--cors"]


def serve(graph_dir: Path, port: int) -> NoReturn:
    """Become the endpoint: this process is replaced by the server, so a signal that stops
    ``kg serve`` (Ctrl-C, SIGTERM from a supervisor) stops the server, leaving no orphan."""
    command = server_command(graph_dir, port)
    print(f"kg: SPARQL endpoint http://{HOST}:{port}/query (read-only; Ctrl-C stops it)", file=sys.stderr, flush=True)
    try:
        os.execv(command[0], command)
    except OSError as exc:
        raise ServeError(f"cannot run {command[0]}: {exc.strerror}") from None
