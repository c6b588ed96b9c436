"""Turn article extractions into an RDF dataset, written as N-Quads lines.

What each article says goes into its own named graph, so a fact can be traced to (and
retracted with) its source. Bodies, terms and posts are shared by many articles, so
they live once in the derived graph, each citing the articles that mention it. Roles,
provinces and the controlled concepts form the vocabulary graph. Every node has a
minted IRI: no blank nodes, so the output is stable and mergeable.

Terms are written straight to their N-Triples form rather than through rdflib's store,
which cost most of a large build's time; the lines are exactly those rdflib would write.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import NewType, TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DefinedNamespace

from kg import gazetteer, vocab
from kg.graph.vocabulary import vocabulary_graph
from kg.ids import (
    BASE,
    DERIVED_GRAPH,
    VOCAB_GRAPH,
    Kind,
    article_graph_iri,
    content_hash,
    entity_iri,
    mint,
    province_iri,
    role_iri,
)
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
    TransitionKind,
)
from kg.resolve import Resolution
from kg.text import normalize_name


class _Terms:
    """A closed namespace's terms, each checked once: rdflib checks a term at every access, and a large
    build names terms millions of times."""

    def __init__(self, namespace: type[DefinedNamespace]) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term: URIRef = getattr(self._namespace, name)
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self.__getattr__(name)


DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SKOS, XSD = map(_Terms, (
    vocab.DCTERMS, vocab.FOAF, vocab.KG, vocab.ORG, vocab.PROV, vocab.RDF, vocab.RDFS, vocab.SKOS, vocab.XSD))

ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontology"
ONTOLOGY_FILE = ONTOLOGY_DIR / "kg.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
CONCEPT_BASE = f"{BASE}concept/"

_SCHEMES = {OccupancyStatus: "status", MeetingKind: "meeting-kind", ChangeKind: "change-kind",
            TransitionKind: "transition-kind"}
_DATATYPES = {DatePrecision.DAY: XSD.date, DatePrecision.MONTH: XSD.gYearMonth, DatePrecision.YEAR: XSD.gYear}
# The standard class each kg: class specialises, asserted too for consumers without a reasoner.
_STANDARD_TYPES = {
    KG.Article: PROV.Entity,
    KG.Evidence: PROV.Entity,
    KG.Person: FOAF.Person,
    KG.Organization: ORG.Organization,
    KG.OrganizationTerm: ORG.Organization,
    KG.Post: ORG.Post,
    KG.Occupancy: ORG.Membership,
    KG.Meeting: PROV.Activity,
    KG.ChangeEvent: PROV.Activity,
    KG.Tenure: ORG.Membership,
    KG.Transition: PROV.Entity,
    KG.Link: PROV.Entity,
}
_MEETING_QUALIFIERS = {
    MeetingKind.EXTENDED: "mở rộng",
    MeetingKind.EXTRAORDINARY: "bất thường",
    MeetingKind.THEMATIC: "chuyên đề",
}

_T = TypeVar("_T")
Concept = OccupancyStatus | MeetingKind | ChangeKind | TransitionKind
# An RDF term in N-Triples syntax: <iri>, "literal"@lang or "literal"^^<datatype>. A type of its own, so
# that an IRI passed where its written form belongs is a type error, not a broken line.
Term = NewType("Term", str)
Pairs = Iterable[tuple[URIRef, Term | None]]


def concept_iri(value: Concept) -> URIRef:
    """IRI of a controlled concept defined in ontology/kg.ttl, e.g. ``…/concept/status/current``."""
    return URIRef(f"{CONCEPT_BASE}{_SCHEMES[type(value)]}/{value.value}")


@cache
def _concept_graph() -> Graph:
    """The concept schemes and concepts of ontology/kg.ttl, kept there as their single source."""
    ontology = Graph().parse(ONTOLOGY_FILE)
    concepts = Graph()
    for subject, predicate, obj in ontology:
        if isinstance(subject, URIRef) and subject.startswith(CONCEPT_BASE):
            concepts.add((subject, predicate, obj))
    return concepts


def _text(text: str) -> Term:
    """A string in N-Triples quotes, escaped as rdflib escapes it."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    return Term(f'"{escaped}"')


def _uri(iri: str) -> Term:
    return Term(f"<{iri}>")


@cache
def _vocab(term: URIRef) -> Term:
    """A vocabulary term's IRI in N-Triples form, written once: an rdflib term formats four times slower
    than a plain string, and a build writes millions of lines naming the same few hundred terms."""
    return _uri(str(term))


def _typed_literal(lexical: str, datatype: URIRef) -> Term:
    return Term(f"{_text(lexical)}^^{_vocab(datatype)}")


def _node(term: object) -> Term:
    """An rdflib term of the fixed vocabulary graphs in N-Triples form."""
    if isinstance(term, Literal):
        if term.language:
            return Term(f"{_text(str(term))}@{term.language}")
        return _typed_literal(str(term), term.datatype) if term.datatype else _text(str(term))
    if isinstance(term, URIRef):
        return _uri(term)
    raise ValueError(f"the vocabulary graphs hold only IRIs and literals, not {term!r}")


@cache
def _concept(value: Concept) -> Term:
    return _uri(concept_iri(value))


def _iri(entity_id: str) -> Term:
    return _uri(entity_iri(entity_id))


def _ref(entity_id: str | None) -> Term | None:
    return None if entity_id is None else _iri(entity_id)


def _role(code: str) -> Term:
    return _uri(role_iri(code))


def _province(code: str | None) -> Term | None:
    return None if code is None else _uri(province_iri(code))


def _opt_text(value: str | None) -> Term | None:
    return None if value is None else _text(value)


def _vi(text: str) -> Term:
    return Term(f"{_text(text)}@vi")


def _integer(value: int | None, datatype: URIRef = XSD.integer) -> Term | None:
    return None if value is None else _typed_literal(str(value), datatype)


@lru_cache(typed=True)  # a build writes a hundred thousand links with a handful of scores; 1 is not 1.0
def _decimal(value: float) -> Term:
    return _typed_literal(str(Decimal(str(value))), XSD.decimal)


@cache
def _boolean(value: bool) -> Term:
    return _typed_literal("true" if value else "false", XSD.boolean)


def _date(date: PartialDate | None) -> Term | None:
    """A date typed by what is known of it: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return None if date is None else _typed_literal(date.iso(), _DATATYPES[date.precision])


def _year(year: int | None) -> Term | None:
    return None if year is None else _typed_literal(f"{year:04d}", XSD.gYear)


class Quads:
    """The dataset as N-Quads lines, each graph's lines kept apart (a set: a repeated fact is one line).

    An article's own graph is built only when it is written, and dropped after: a large build holds the
    derived and vocabulary graphs in memory, never every article's lines at once. Given the version of the
    extractor that made the extractions, an article's graph is known by what it is built from (see
    source_key), so a build can tell that an earlier one already wrote it without building it again."""

    def __init__(self, labels: _Labels, extractor: str | None = None) -> None:
        self.graphs: dict[str, set[bytes]] = {}
        self.labels = labels  # an article's meeting labels name its bodies and terms
        self.articles: dict[str, list[ArticleExtraction]] = {}  # by graph IRI; two files may hold one article
        self.extractor = extractor

    def graph(self, iri: str) -> _Graph:
        return _Graph(self.graphs.setdefault(_uri(iri), set()))

    def add_article(self, extraction: ArticleExtraction) -> None:
        self.articles.setdefault(_uri(article_graph_iri(extraction.article.id)), []).append(extraction)

    def names(self) -> list[str]:
        """Every graph's IRI (in N-Triples form), in the order the graphs are written."""
        return sorted({*self.graphs, *self.articles})

    def lines(self, graph: str) -> list[bytes]:
        """The graph's triples, sorted; an article's built now."""
        lines = self.graphs.get(graph, set())
        if graph in self.articles:
            lines = lines | self._article_lines(graph)
        return sorted(lines)

    def source_key(self, graph: str) -> str | None:
        """A hash of what an article's graph is built from: the extractor's version, the names and hashes
        of its files (an extraction is a function of these) and the labels of its meetings (which name
        bodies that other articles or resolution may define). None for another graph, or with the
        extractor unknown: such a graph is known only by its lines."""
        if self.extractor is None or graph not in self.articles or graph in self.graphs:
            return None
        extractions = self.articles[graph]
        parts = [self.extractor,
                 sorted([x.article.file, x.article.content_hash] for x in extractions),
                 sorted(self.labels.meeting_label(m) for x in extractions for m in x.meetings)]
        return content_hash(json.dumps(parts, ensure_ascii=False).encode())

    def _article_lines(self, iri: str) -> set[bytes]:
        lines: set[bytes] = set()
        for extraction in self.articles[iri]:
            _add_statements(_Graph(lines), extraction, self.labels)
        return lines

    def nquads(self) -> Iterator[str]:
        """Every quad once, as N-Quads lines graph by graph (the order graph.nq is written in); one graph
        is sorted at a time, so no copy of the whole dataset is made."""
        for graph in self.names():
            for triple in self.lines(graph):
                yield f"{triple.decode()} {graph} .\n"


class _Graph:
    """One named graph of a Quads: ``subject predicate object`` lines in UTF-8, the bytes that are
    written (and sorted: the order of code points, twice as fast to sort as strings of mixed widths)."""

    def __init__(self, lines: set[bytes]) -> None:
        self.lines = lines

    def add(self, subject: Term, predicate: URIRef, obj: Term) -> None:
        self.lines.add(f"{subject} {_vocab(predicate)} {obj}".encode())

    def put(self, subject: Term, pairs: Pairs) -> None:
        """Add (subject, predicate, object) for every pair whose object is known."""
        for predicate, obj in pairs:
            if obj is not None:
                self.add(subject, predicate, obj)

    def typed(self, subject: Term, cls: URIRef) -> None:
        self.add(subject, RDF.type, _vocab(cls))
        self.add(subject, RDF.type, _vocab(_STANDARD_TYPES[cls]))


class _Labels:
    """Vietnamese labels of shared entities, which need the records they refer to."""

    def __init__(self, extractions: Iterable[ArticleExtraction]) -> None:
        self.orgs: dict[str, Organization] = {}
        self.terms: dict[str, OrganizationTerm] = {}
        for extraction in extractions:
            self.orgs.update((org.id, org) for org in extraction.organizations)
            self.terms.update((term.id, term) for term in extraction.terms)

    @staticmethod
    def _get(index: Mapping[str, _T], key: str, what: str) -> _T:
        try:
            return index[key]
        except KeyError:
            raise ValueError(f"{what} {key!r} is referred to but no extraction defines it") from None

    def org(self, org_id: str) -> Organization:
        return self._get(self.orgs, org_id, "organization")

    def term(self, term_id: str) -> OrganizationTerm:
        return self._get(self.terms, term_id, "organization term")

    def with_province(self, text: str, org: Organization) -> str:
        """``Tỉnh ủy`` → ``Tỉnh ủy Bắc Ninh``: names omit the province the record carries."""
        return f"{text} {gazetteer.province(org.province).name}" if org.province else text

    def org_label(self, org: Organization) -> str:
        return self.with_province(org.name, org)

    def term_label(self, term: OrganizationTerm) -> str:
        parts = [self.org_label(self.org(term.organization))]
        if term.ordinal:
            parts.append(f"khóa {term.ordinal}")
        if term.start_year and term.end_year:
            parts.append(f"nhiệm kỳ {term.start_year}–{term.end_year}")
        elif term.start_year or term.end_year:
            parts.append(f"nhiệm kỳ {'từ' if term.start_year else 'đến'} {term.start_year or term.end_year}")
        if len(parts) == 1:
            parts.append("(khóa chưa rõ)")
        return " ".join(parts)

    def post_label(self, post: Post) -> str:
        return self.with_province(post.label, self.org(post.organization))

    def meeting_label(self, meeting: Meeting) -> str:
        """``Hội nghị lần thứ 2, Tỉnh ủy Bắc Ninh khóa 20``; councils hold ``Kỳ họp thứ N``."""
        term = self.term(meeting.body)
        if meeting.kind is MeetingKind.CONGRESS:
            noun, counter = "Đại hội", "lần thứ"
        elif self.org(term.organization).kind is OrgKind.PEOPLES_COUNCIL:
            noun, counter = "Kỳ họp", "thứ"
        else:
            noun, counter = "Hội nghị", "lần thứ"
        words = [noun]
        if meeting.ordinal:
            words.append(f"{counter} {meeting.ordinal}")
        if meeting.kind in _MEETING_QUALIFIERS:
            words.append(f"({_MEETING_QUALIFIERS[meeting.kind]})")
        return f"{' '.join(words)}, {self.term_label(term)}"


def _lookup_keys(*names: str) -> Pairs:
    """``kg:lookupKey`` of each name, so a query finds a node by name through the index."""
    return [(KG.lookupKey, _text(normalize_name(name))) for name in names]


def _evidence(graph: _Graph, evidence: Iterable[Evidence]) -> list[Term]:
    """Add evidence nodes and return their IRIs, for the facts to cite."""
    iris = []
    for item in evidence:
        iri = _iri(item.id)
        graph.typed(iri, KG.Evidence)
        graph.put(
            iri,
            [
                (PROV.wasQuotedFrom, _iri(item.article)),
                (KG.charStart, _integer(item.start, XSD.nonNegativeInteger)),
                (KG.charEnd, _integer(item.end, XSD.nonNegativeInteger)),
                (KG.quote, _text(item.quote)),
            ],
        )
        iris.append(iri)
    return iris


def _cite(graph: _Graph, subject: Term, evidence: Iterable[Evidence]) -> None:
    for iri in _evidence(graph, evidence):
        graph.add(subject, PROV.wasDerivedFrom, iri)


def _add_article(graph: _Graph, article: Article, province: str | None) -> None:
    iri = _iri(article.id)
    graph.typed(iri, KG.Article)
    graph.put(
        iri,
        [
            (KG.sourceFile, _text(article.file)),
            (KG.contentHash, _text(article.content_hash)),
            (DCTERMS.title, _opt_text(article.title)),
            (DCTERMS.issued, _date(article.published)),
            (KG.datePrecision, _text(article.published.precision.value) if article.published else None),
            (KG.publisherName, _opt_text(article.publisher)),
            (KG.byline, _opt_text(article.byline)),
            (KG.aboutProvince, _province(province)),
        ],
    )


def _add_person(graph: _Graph, person: Person) -> None:
    iri = _iri(person.id)
    graph.typed(iri, KG.Person)
    graph.put(iri, [(FOAF.name, _text(person.name)), (RDFS.label, _text(person.name))])
    _cite(graph, iri, person.evidence)


def _add_occupancy(graph: _Graph, occupancy: Occupancy, post: Post) -> None:
    iri = _iri(occupancy.id)
    graph.typed(iri, KG.Occupancy)
    graph.put(
        iri,
        [
            (ORG.member, _iri(occupancy.person)),
            (KG.post, _iri(post.id)),
            (ORG.organization, _iri(post.organization)),
            (ORG.role, _role(post.role)),
            (KG.status, _concept(occupancy.status)),
            (KG.term, _ref(occupancy.term)),
            (KG.observedOn, _date(occupancy.observed)),
            (KG.startDate, _date(occupancy.start)),
            (KG.endDate, _date(occupancy.end)),
        ],
    )
    _cite(graph, iri, occupancy.evidence)


def _add_meeting(graph: _Graph, meeting: Meeting, label: str) -> None:
    iri = _iri(meeting.id)
    graph.typed(iri, KG.Meeting)
    graph.put(
        iri,
        [
            (RDFS.label, _vi(label)),
            (KG.heldBy, _iri(meeting.body)),
            (KG.meetingKind, _concept(meeting.kind)),
            (KG.ordinal, _integer(meeting.ordinal)),
            (KG.date, _date(meeting.date)),
            *((KG.chair, _iri(person)) for person in meeting.chairs),
            *((KG.participant, _iri(person)) for person in meeting.participants),
        ],
    )
    _cite(graph, iri, meeting.evidence)


def _add_change(graph: _Graph, event: ChangeEvent) -> None:
    iri = _iri(event.id)
    graph.typed(iri, KG.ChangeEvent)
    graph.put(
        iri,
        [
            (KG.changeKind, _concept(event.kind)),
            (KG.person, _iri(event.person)),
            (KG.post, _ref(event.post)),
            (KG.date, _date(event.date)),
            (KG.decidedBy, _ref(event.decided_by)),
        ],
    )
    _cite(graph, iri, event.evidence)


def _add_statements(graph: _Graph, extraction: ArticleExtraction, labels: _Labels) -> None:
    """One article's own graph: the article, its people and the facts it states, with their evidence."""
    _add_article(graph, extraction.article, extraction.province)
    posts = {post.id: post for post in extraction.posts}
    for person in extraction.persons:
        _add_person(graph, person)
    for occupancy in extraction.occupancies:
        if occupancy.post not in posts:
            raise ValueError(f"article {extraction.article.id}: occupancy {occupancy.id} has undefined post")
        _add_occupancy(graph, occupancy, posts[occupancy.post])
    for meeting in extraction.meetings:
        _add_meeting(graph, meeting, labels.meeting_label(meeting))
    for event in extraction.events:
        _add_change(graph, event)


def _org_lines(graph: _Graph, org_id: str, kind: OrgKind, name: str, province: str | None, parent: str | None,
               label: str) -> None:
    iri = _iri(org_id)
    graph.typed(iri, KG.Organization)
    graph.put(
        iri,
        [
            (RDF.type, _vocab(KG[kind.value])),
            (SKOS.prefLabel, _vi(label)),
            (SKOS.altLabel, _vi(name) if province else None),
            *_lookup_keys(label, name),
            (KG.province, _province(province)),
            (ORG.subOrganizationOf, _ref(parent)),
        ],
    )


def _post_lines(graph: _Graph, post_id: str, role: str, org_id: str, name: str, province: str | None,
                label: str) -> None:
    iri = _iri(post_id)
    graph.typed(iri, KG.Post)
    graph.put(
        iri,
        [
            (ORG.role, _role(role)),
            (ORG.postIn, _iri(org_id)),
            (SKOS.prefLabel, _vi(label)),
            (SKOS.altLabel, _vi(name) if province else None),
            *_lookup_keys(label, name),
        ],
    )


def _term_lines(graph: _Graph, term_id: str, org_id: str, ordinal: int | None, start_year: int | None,
                end_year: int | None, label: str) -> None:
    iri = _iri(term_id)
    graph.typed(iri, KG.OrganizationTerm)
    graph.put(
        iri,
        [
            (KG.termOf, _iri(org_id)),
            (SKOS.prefLabel, _vi(label)),
            (KG.termOrdinal, _integer(ordinal)),
            (KG.periodStart, _year(start_year)),
            (KG.periodEnd, _year(end_year)),
        ],
    )


class _Shared:
    """Adds a body, term or post with the article it is derived from. Thousands of articles name the same
    one, so its other lines, a function of the values given to the function making them, are made once
    for those values."""

    def __init__(self, graph: _Graph, labels: _Labels) -> None:
        self.graph = graph
        self.labels = labels
        self._made: dict[tuple[Callable[..., None], tuple[object, ...]], tuple[bytes, ...]] = {}

    def _add(self, source: Term, make: Callable[..., None], entity_id: str, *values: object) -> None:
        key = (make, (entity_id, *values))
        lines = self._made.get(key)
        if lines is None:
            made = _Graph(set())
            make(made, entity_id, *values)
            lines = self._made[key] = tuple(made.lines)
        self.graph.lines.update(lines)
        self.graph.add(_iri(entity_id), PROV.wasDerivedFrom, source)

    def org(self, org: Organization, source: Term) -> None:
        self._add(source, _org_lines, org.id, org.kind, org.name, org.province, org.parent,
                  self.labels.org_label(org))

    def post(self, post: Post, source: Term) -> None:
        province = self.labels.org(post.organization).province
        self._add(source, _post_lines, post.id, post.role, post.organization, post.label, province,
                  self.labels.post_label(post))

    def term(self, term: OrganizationTerm, source: Term) -> None:
        self._add(source, _term_lines, term.id, term.organization, term.ordinal, term.start_year, term.end_year,
                  self.labels.term_label(term))

    def of_article(self, extraction: ArticleExtraction) -> None:
        """The bodies, terms and posts one article mentions, citing the article; repeats merge by IRI."""
        source = _iri(extraction.article.id)
        for org in extraction.organizations:
            self.org(org, source)
        for term in extraction.terms:
            self.term(term, source)
        for post in extraction.posts:
            self.post(post, source)


def _add_resolution(shared: _Shared, resolution: Resolution, extractions: list[ArticleExtraction]) -> None:
    """What resolution derives across articles: canonical persons, bodies and posts with the article
    entities resolved to them, inferred provinces, merge links, tenures and transitions."""
    graph = shared.graph
    shared.labels.orgs.update(resolution.bodies.organizations)
    for x in extractions:
        source = _iri(x.article.id)
        known = resolution.provinces[x.article.id]
        if x.province is None and known.code:
            graph.put(source, [(KG.inferredProvince, _province(known.code)),
                                 (KG.provinceReason, _text(known.reason))])
        for org in x.organizations:
            canonical = resolution.bodies.org_of[org.id]
            if canonical != org.id:
                shared.org(resolution.bodies.organizations[canonical], source)
                graph.add(_iri(org.id), KG.resolvedTo, _iri(canonical))
        for post in x.posts:
            canonical = resolution.bodies.post_of[post.id]
            if canonical != post.id:
                shared.post(resolution.bodies.posts[canonical], source)
                graph.add(_iri(post.id), KG.resolvedTo, _iri(canonical))
        for term in x.terms:
            canonical = resolution.bodies.term_of[term.id]
            if canonical != term.id:
                shared.term(resolution.bodies.terms[canonical], source)
                graph.add(_iri(term.id), KG.resolvedTo, _iri(canonical))
    for person in resolution.persons:
        iri = _iri(person.id)
        graph.typed(iri, KG.Person)
        graph.put(iri, [(FOAF.name, _text(person.name)), (RDFS.label, _text(person.name)),
                        *_lookup_keys(person.name)])
        for member in person.members:
            graph.add(_iri(member), KG.resolvedTo, iri)
    for link in resolution.links:
        iri = _iri(mint(Kind.LINK, link.a, link.b))
        graph.typed(iri, KG.Link)
        graph.put(iri, [(KG.left, _iri(link.a)), (KG.right, _iri(link.b)), (KG.merged, _boolean(link.merged)),
                        (KG.score, _decimal(link.score)), (KG.reason, _text(link.reason))])
    for tenure in resolution.tenures:
        post = resolution.bodies.posts[tenure.post]
        iri = _iri(tenure.id)
        graph.typed(iri, KG.Tenure)
        graph.put(iri, [
            (ORG.member, _iri(tenure.person)), (KG.post, _iri(post.id)), (ORG.organization, _iri(post.organization)),
            (ORG.role, _role(post.role)), (KG.firstSeen, _date(tenure.first_seen)),
            (KG.lastSeen, _date(tenure.last_seen)), (KG.began, _date(tenure.start)), (KG.ended, _date(tenure.end)),
            (KG.endedBefore, _date(tenure.ended_before)),
            *((KG.concurrentWith, _iri(other)) for other in tenure.concurrent_with),
            *((PROV.wasDerivedFrom, _iri(ref)) for ref in (*tenure.occupancies, *tenure.events)),
        ])
    for t in resolution.transitions:
        iri = _iri(t.id)
        graph.typed(iri, KG.Transition)
        graph.put(iri, [
            (KG.transitionOf, _iri(t.person)), (KG.transitionKind, _concept(t.kind)),
            (KG.fromPost, _ref(t.from_post)), (KG.toPost, _ref(t.to_post)), (KG.after, _date(t.after)),
            (KG.by, _date(t.by)), *((PROV.wasDerivedFrom, _iri(ref)) for ref in t.sources),
        ])


def build_quads(extractions: Iterable[ArticleExtraction], resolution: Resolution | None = None,
                extractor: str | None = None) -> Quads:
    """One named graph per article, one derived graph of what holds across articles (shared entities and,
    given a ``resolution``, canonical persons, tenures and transitions), one vocabulary graph. ``extractor``
    is the version of the extractor that made ``extractions`` from their files, if it did."""
    extractions = list(extractions)
    labels = _Labels(extractions)
    quads = Quads(labels, extractor)
    shared = _Shared(quads.graph(DERIVED_GRAPH), labels)
    for extraction in extractions:
        quads.add_article(extraction)
        shared.of_article(extraction)
    if resolution is not None:
        _add_resolution(shared, resolution, extractions)
    vocabulary = quads.graph(VOCAB_GRAPH)
    for part in (vocabulary_graph(), _concept_graph()):
        for subject, predicate, obj in part:
            vocabulary.add(_node(subject), URIRef(str(predicate)), _node(obj))
    return quads
