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
from pathlib import Path

from kg.graph.store import GraphError, graph_file

TIMEOUT = 60.0


class PushError(Exception):
    """The server refused a graph or could not be reached; the message names the graph and the reply."""


def named_graphs(graph_dir: Path) -> dict[str, list[str]]:
    """The N-Triples lines of each named graph in ``graph.nq``, by graph IRI.

    Read from the file, not the query store: Oxigraph stores ``xsd:nonNegativeInteger``
    values as ``xsd:integer``, and the copy pushed must be the graph as built.
    """
    path = graph_file(graph_dir)
    graphs: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            line = line.rstrip()
            if not line:
                continue
            cut = line.rfind(" <", 0, len(line) - 2)
            if not line.endswith("> .") or cut < 0:
                raise GraphError(f"{path}:{number}: not a quad in a named graph")
            graphs.setdefault(line[cut + 2:-3], []).append(line[:cut] + " .")
    return graphs


def push(graph_dir: Path, endpoint: str, user: str | None = None, password: str | None = None,
         progress: Callable[[int, int], None] | None = None) -> int:
    """PUT every named graph of the graph in ``graph_dir`` to ``endpoint``; return how many were sent."""
    if urllib.parse.urlsplit(endpoint).scheme not in {"http", "https"}:
        raise PushError(f"{endpoint!r}: the endpoint must be an http:// or https:// URL")
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    graphs = named_graphs(graph_dir)
    separator = "&" if "?" in endpoint else "?"
    for done, graph in enumerate(sorted(graphs), 1):
        url = f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"
        data = "".join(f"{line}\n" for line in graphs[graph]).encode("utf-8")
        request = urllib.request.Request(url, data=data, headers=headers, method="PUT")
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            reply = exc.read().decode("utf-8", "replace").strip()[:300]
            raise PushError(f"{endpoint}: HTTP {exc.code} {exc.reason} for graph <{graph}>: {reply}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise PushError(f"{endpoint}: cannot reach the server ({reason})") from None
        if progress:
            progress(done, len(graphs))
    return len(graphs)
