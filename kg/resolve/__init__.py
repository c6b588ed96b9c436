"""Resolution across articles: one province, body, post and person for what many articles name.

The stage between extraction and the graph. It never edits an extracted record: it maps
article-scoped IDs to canonical ones and derives tenures, transitions and succession,
each resting on the occupancies and changes of post it was read from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kg.models import ArticleExtraction, CanonicalPerson, Link, Tenure, Transition
from kg.resolve.bodies import ArticleProvince, Bodies, article_provinces, resolve_bodies
from kg.resolve.careers import Track, observe, succession, tenures, transitions
from kg.resolve.persons import Decision, candidates, cluster

__all__ = ["Decision", "Resolution", "resolve"]


@dataclass(frozen=True)
class Resolution:
    """Everything resolution derives, with the maps from extracted to canonical IDs."""

    provinces: dict[str, ArticleProvince]
    bodies: Bodies
    persons: tuple[CanonicalPerson, ...]
    person_of: dict[str, str]
    links: tuple[Link, ...]
    tenures: tuple[Tenure, ...]
    transitions: tuple[Transition, ...]
    problems: tuple[str, ...]

    def post_track(self, post_id: str) -> tuple[str, Track]:
        """A post's identity across the 2025 merger: its role in its body's track."""
        post = self.bodies.posts[post_id]
        return post.role, self.bodies.track(post.organization)

    def succession(self, min_holders: int = 2) -> list[tuple[tuple[str, Track], list[Tenure]]]:
        return succession(list(self.tenures), self.post_track, min_holders)


def resolve(extractions: list[ArticleExtraction], decisions: list[Decision] | None = None) -> Resolution:
    """Resolve bodies, posts and persons across ``extractions`` and derive their careers."""
    ordered = sorted(extractions, key=lambda x: x.article.id)
    provinces = article_provinces(ordered)
    bodies = resolve_bodies(ordered, provinces)
    persons, person_of, links, problems = cluster(candidates(ordered, bodies, provinces), decisions or [])
    observations, changes = observe(ordered, bodies, person_of)
    track_of: Callable[[str], tuple[str, Track]] = lambda post_id: (  # noqa: E731
        bodies.posts[post_id].role, bodies.track(bodies.posts[post_id].organization))
    held = tenures(observations, changes, track_of)
    return Resolution(provinces=provinces, bodies=bodies, persons=tuple(persons), person_of=person_of,
                      links=tuple(links), tenures=tuple(held), transitions=tuple(transitions(observations, changes)),
                      problems=tuple(problems))
