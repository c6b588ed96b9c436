"""Upload a built graph to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (one per article, the derived graph, the vocabulary) is sent with
``PUT <endpoint>?graph=<IRI>`` as N-Triples, which replaces that graph on the server
and leaves the others alone: pushing twice gives the same store, and pushing a rebuilt
graph updates what changed. ``endpoint`` is the store's Graph Store service, e.g.
``http://localhost:7878/store`` (Oxigraph), ``http://host:3030/ds/data`` (Fuseki),
``http://host:7200/repositories/R/rdf-graphs/service`` (GraphDB),
``http://host:8890/sparql-graph-crud`` (Virtuoso).
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable

import pyoxigraph as ox

TIMEOUT = 60.0


class PushError(Exception):
    """The server refused a graph or could not be reached; the message names the graph and the reply."""


def _graph_bytes(store: ox.Store, graph: ox.NamedNode | ox.BlankNode) -> bytes:
    """The graph as sorted N-Triples: the same bytes for the same graph."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
    return b"".join(line + b"\n" for line in sorted(set(data.splitlines())) if line)


def push(store: ox.Store, endpoint: str, user: str | None = None, password: str | None = None,
         progress: Callable[[int, int], None] | None = None) -> int:
    """PUT every named graph of ``store`` to ``endpoint``; return how many were sent."""
    if urllib.parse.urlsplit(endpoint).scheme not in {"http", "https"}:
        raise PushError(f"{endpoint!r}: the endpoint must be an http:// or https:// URL")
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    graphs = sorted(store.named_graphs(), key=lambda g: g.value)
    separator = "&" if "?" in endpoint else "?"
    for done, graph in enumerate(graphs, 1):
        url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph.value})}"
        request = urllib.request.Request(url, data=_graph_bytes(store, graph), headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            reply = exc.read().decode("utf-8", "replace").strip()[:300]
            raise PushError(f"{endpoint}: HTTP {exc.code} {exc.reason} for graph <{graph.value}>: {reply}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"{endpoint}: cannot reach the server ({reason})") from None
        if progress:
            progress(done, len(graphs))
    return len(graphs)
