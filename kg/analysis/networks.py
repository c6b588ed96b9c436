"""Network analyses of careers and meetings, as pure functions on plain rows (NetworkX).

- :func:`person_org_graph`: bipartite persons × organizations, an edge per post held.
- :func:`coattendance_graph`: persons joined by the meetings they attended together,
  weighted by how many.
- :func:`centrality`: degree, betweenness and eigenvector centrality of a graph.
- :func:`communities`: groups of densely connected persons (greedy modularity).
- :func:`career_paths`: post → post moves aggregated over persons, weighted by how
  many made them: the promotion pathways.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

import networkx as nx

from kg.analysis.load import MeetingRow, TenureRow, TransitionRow


def person_org_graph(tenures: Iterable[TenureRow]) -> nx.Graph:
    """Persons and organizations as two node sets (``kind`` attribute), an edge per post held."""
    graph = nx.Graph()
    for t in tenures:
        graph.add_node(t.person_id, kind="person", label=t.person)
        org = f"{t.organization}"
        graph.add_node(org, kind="organization", label=org)
        graph.add_edge(t.person_id, org, post=t.post)
    return graph


def coattendance_graph(meetings: Iterable[MeetingRow]) -> nx.Graph:
    """Persons joined by an edge weighted by the number of meetings both attended."""
    graph = nx.Graph()
    for m in meetings:
        graph.add_nodes_from(m.participants)
        for a, b in combinations(sorted(set(m.participants)), 2):
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
    return graph


def centrality(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """Degree, betweenness and eigenvector centrality per node (eigenvector 0.0 where undefined)."""
    if graph.number_of_nodes() == 0:
        return {}
    degree = nx.degree_centrality(graph)
    between = nx.betweenness_centrality(graph, weight=None)
    try:
        eigen = nx.eigenvector_centrality(graph, max_iter=1000, weight="weight") if graph.number_of_edges() else {}
    except nx.PowerIterationFailedConvergence:
        eigen = {}
    return {n: {"degree": degree[n], "betweenness": between[n], "eigenvector": float(eigen.get(n, 0.0))}
            for n in sorted(graph.nodes, key=str)}


def communities(graph: nx.Graph) -> list[set[str]]:
    """Groups of persons more tied to each other than to the rest, largest first."""
    if graph.number_of_edges() == 0:
        return [{n} for n in sorted(graph.nodes, key=str)]
    found = nx.community.greedy_modularity_communities(graph, weight="weight")
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(map(str, c))))


def career_paths(transitions: Iterable[TransitionRow]) -> nx.DiGraph:
    """Post → post moves over all persons, an edge weighted by how many made the move."""
    graph = nx.DiGraph()
    for t in transitions:
        if t.from_post and t.to_post:
            weight = graph.get_edge_data(t.from_post, t.to_post, {"weight": 0})["weight"]
            graph.add_edge(t.from_post, t.to_post, weight=weight + 1, kind=t.kind)
    return graph
