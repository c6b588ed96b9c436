"""The one place that mints identifiers and IRIs.

An ID is a readable prefix per kind plus a hash of the JSON-encoded list of its raw
parts. JSON keeps part boundaries (``["a b", "c"]`` and ``["a", "b c"]`` differ),
which a plain concatenation would not. Every IRI is built under :data:`BASE`.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from functools import lru_cache

BASE = "https://w3id.org/vnkg/"
ONTOLOGY = BASE + "ontology#"


class Kind(StrEnum):
    """Kinds of minted entity; the value is the readable ID prefix."""

    ARTICLE = "article"
    EVIDENCE = "evidence"
    PERSON = "person"
    ORGANIZATION = "org"
    TERM = "term"
    POST = "post"
    OCCUPANCY = "occupancy"
    MEETING = "meeting"
    CHANGE = "change"
    CANONICAL_PERSON = "canonical"
    TENURE = "tenure"
    TRANSITION = "transition"
    LINK = "link"


Part = str | int | None


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


@lru_cache(maxsize=1 << 16, typed=True)  # the same body, post or person recurs; typed: 1 and True differ
def mint(kind: Kind, *parts: Part) -> str:
    """Deterministic ID: ``<prefix>-<16 hex>`` from the kind and the raw parts."""
    payload = _ENCODER.encode([kind.value, *parts])
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
    return f"{kind.value}-{digest}"


def content_hash(data: bytes) -> str:
    """SHA-256 of a file's bytes: an article's identity, whatever its file name."""
    return hashlib.sha256(data).hexdigest()


def entity_iri(entity_id: str) -> str:
    return f"{BASE}id/{entity_id}"


def role_iri(code: str) -> str:
    return f"{BASE}role/{code}"


def province_iri(code: str) -> str:
    return f"{BASE}province/{code}"


def merger_iri(code: str) -> str:
    """The 2025 change event that produced province ``code``."""
    return f"{BASE}change/province-merger/{code}"


def article_graph_iri(article_id: str) -> str:
    """Named graph holding what one article says."""
    return f"{BASE}graph/{article_id}"


DERIVED_GRAPH = f"{BASE}graph/derived"
VOCAB_GRAPH = f"{BASE}graph/vocabulary"
