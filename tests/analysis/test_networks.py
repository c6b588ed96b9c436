"""Network analyses on small hand-made inputs, where the right answer is known."""

from kg.analysis import networks
from kg.analysis.load import MeetingRow, TenureRow, TransitionRow


def tenure(person: str, org: str, post: str = "Ủy viên") -> TenureRow:
    return TenureRow(person_id=person, person=person.upper(), province=None, post=post, organization=org,
                     role="member", sole=False, rank=50, status="current", start=None, end=None,
                     ended_before=None, first_seen="2020-01-01", last_seen="2020-01-01", sources=())


def meeting(*people: str) -> MeetingRow:
    return MeetingRow(meeting_id="m", body="B", ordinal=1, date=None, participants=people, chairs=())


def test_person_org_graph_is_bipartite() -> None:
    graph = networks.person_org_graph([tenure("a", "Tỉnh ủy"), tenure("b", "Tỉnh ủy"), tenure("b", "Sở Y tế")])
    assert {n for n, d in graph.nodes(data=True) if d["kind"] == "person"} == {"a", "b"}
    assert graph.degree("b") == 2 and graph.has_edge("a", "Tỉnh ủy")


def test_coattendance_weights_count_shared_meetings() -> None:
    graph = networks.coattendance_graph([meeting("a", "b", "c"), meeting("a", "b"), meeting("d")])
    assert graph["a"]["b"]["weight"] == 2 and graph["a"]["c"]["weight"] == 1
    assert "d" in graph and graph.degree("d") == 0


def test_centrality_of_a_star_puts_the_hub_first() -> None:
    graph = networks.coattendance_graph([meeting("hub", "x"), meeting("hub", "y"), meeting("hub", "z")])
    scores = networks.centrality(graph)
    assert scores["hub"]["degree"] == 1.0 and scores["x"]["degree"] == 1 / 3
    assert scores["hub"]["betweenness"] == 1.0 and scores["x"]["betweenness"] == 0.0
    assert scores["hub"]["eigenvector"] > scores["x"]["eigenvector"] > 0


def test_two_cliques_are_two_communities() -> None:
    graph = networks.coattendance_graph([meeting("a", "b", "c"), meeting("a", "b", "c"), meeting("x", "y", "z"),
                                         meeting("x", "y", "z"), meeting("c", "x")])
    assert networks.communities(graph) == [{"a", "b", "c"}, {"x", "y", "z"}]


def test_career_paths_aggregate_moves() -> None:
    moves = [TransitionRow(person_id=p, person=p, province=None, from_post="Phó Bí thư", to_post="Bí thư",
                           after=None, by=None, kind="promotion", sources=()) for p in ("a", "b")]
    graph = networks.career_paths(moves)
    assert graph["Phó Bí thư"]["Bí thư"]["weight"] == 2
