"""Shared fixtures: two hand-made article extractions about the same provincial Party committee."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path

import pytest

from kg.ids import Kind, content_hash, mint
from kg.models import (
    Article,
    ArticleExtraction,
    ChangeEvent,
    ChangeKind,
    DatePrecision,
    Evidence,
    Meeting,
    MeetingKind,
    Occupancy,
    OccupancyStatus,
    Organization,
    OrganizationTerm,
    OrgKind,
    PartialDate,
    Person,
    Post,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

MEETING_TEXT = (
    "Sáng 9-11, Tỉnh ủy Bắc Ninh khóa XX tổ chức Hội nghị lần thứ 2. "
    "Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy, chủ trì hội nghị."
)
ELECTION_TEXT = (
    "Ông Nguyễn Văn An được bầu giữ chức Bí thư Tỉnh ủy Bắc Ninh nhiệm kỳ 2020-2025 từ tháng 10-2020."
)

PROVINCE = "VN-56"
ORG = Organization(
    id=mint(Kind.ORGANIZATION, "ProvincialPartyCommittee", PROVINCE),
    kind=OrgKind.PROVINCIAL_PARTY_COMMITTEE,
    name="Tỉnh ủy",
    province=PROVINCE,
)
TERM = OrganizationTerm(
    id=mint(Kind.TERM, ORG.id, 20), organization=ORG.id, ordinal=20, start_year=2020, end_year=2025
)
POST = Post(
    id=mint(Kind.POST, ORG.id, "secretary"), role="secretary", organization=ORG.id, label="Bí thư Tỉnh ủy"
)
OCTOBER_2020 = PartialDate(value=date(2020, 10, 1), precision=DatePrecision.MONTH)


def _article(name: str, text: str, published: PartialDate) -> Article:
    digest = content_hash(text.encode("utf-8"))
    return Article(
        id=mint(Kind.ARTICLE, digest),
        file=name,
        title=text[:40],
        published=published,
        publisher="Báo Bắc Ninh",
        content_hash=digest,
    )


def _evidence(article: Article, text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(
        id=mint(Kind.EVIDENCE, article.id, start, start + len(quote)),
        article=article.id,
        start=start,
        end=start + len(quote),
        quote=quote,
    )


def _person(article: Article, text: str, name: str) -> Person:
    return Person(
        id=mint(Kind.PERSON, article.id, name),
        name=name,
        article=article.id,
        evidence=(_evidence(article, text, name),),
    )


def _meeting_article() -> ArticleExtraction:
    day = PartialDate(value=date(2020, 11, 9))
    article = _article("meeting.txt", MEETING_TEXT, day)
    person = _person(article, MEETING_TEXT, "Nguyễn Văn An")
    occupancy = Occupancy(
        id=mint(Kind.OCCUPANCY, article.id, person.id, POST.id),
        person=person.id,
        post=POST.id,
        status=OccupancyStatus.CURRENT,
        observed=day,
        term=TERM.id,
        evidence=(_evidence(article, MEETING_TEXT, "Nguyễn Văn An, Bí thư Tỉnh ủy"),),
    )
    meeting = Meeting(
        id=mint(Kind.MEETING, TERM.id, 2),
        body=TERM.id,
        ordinal=2,
        kind=MeetingKind.REGULAR,
        date=day,
        chairs=(person.id,),
        participants=(person.id,),
        evidence=(_evidence(article, MEETING_TEXT, "Tỉnh ủy Bắc Ninh khóa XX tổ chức Hội nghị lần thứ 2"),),
    )
    return ArticleExtraction(
        article=article,
        province=PROVINCE,
        persons=(person,),
        organizations=(ORG,),
        terms=(TERM,),
        posts=(POST,),
        occupancies=(occupancy,),
        meetings=(meeting,),
    )


def _election_article() -> ArticleExtraction:
    article = _article("election.txt", ELECTION_TEXT, OCTOBER_2020)
    person = _person(article, ELECTION_TEXT, "Nguyễn Văn An")
    quote = _evidence(article, ELECTION_TEXT, ELECTION_TEXT.rstrip("."))
    occupancy = Occupancy(
        id=mint(Kind.OCCUPANCY, article.id, person.id, POST.id),
        person=person.id,
        post=POST.id,
        status=OccupancyStatus.NEW,
        observed=article.published,
        term=TERM.id,
        start=OCTOBER_2020,
        evidence=(quote,),
    )
    event = ChangeEvent(
        id=mint(Kind.CHANGE, article.id, person.id, "elected"),
        kind=ChangeKind.ELECTED,
        person=person.id,
        post=POST.id,
        date=OCTOBER_2020,
        decided_by=ORG.id,
        evidence=(quote,),
    )
    return ArticleExtraction(
        article=article,
        province=PROVINCE,
        persons=(person,),
        organizations=(ORG,),
        terms=(TERM,),
        posts=(POST,),
        occupancies=(occupancy,),
        events=(event,),
    )


@pytest.fixture
def sample_extractions() -> tuple[ArticleExtraction, ...]:
    """A meeting report and an election report that share one body, term and post."""
    return (_meeting_article(), _election_article())


@pytest.fixture
def sample_texts(sample_extractions: tuple[ArticleExtraction, ...]) -> dict[str, str]:
    """Article ID → text of the sample extractions, to check evidence spans against."""
    texts = (MEETING_TEXT, ELECTION_TEXT)
    return {extraction.article.id: text for extraction, text in zip(sample_extractions, texts, strict=True)}


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed articles built once into a graph directory (graph files, query store, view)."""
    from kg.cli import main

    out = tmp_path_factory.mktemp("seeds-graph")
    assert main(["build", str(SEEDS), "-o", str(out)]) == 0
    return out


@pytest.fixture
def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


Serve = Callable[[list[str], int], AbstractContextManager[None]]


@pytest.fixture
def serve() -> Serve:
    """Run a server command until the block ends, entered once it listens on its loopback port; fail with
    its output if it dies first."""

    @contextmanager
    def _serve(command: list[str], port: int, timeout: float = 30.0) -> Iterator[None]:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        try:
            _wait_for_port(port, process, timeout)
            yield
        finally:
            process.terminate()
            process.wait(timeout=10)

    return _serve


def _wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"the server exited with {process.returncode}: {output}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"nothing listens on port {port} after {timeout} s")
