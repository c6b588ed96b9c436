"""Extract one article: layout, province, officials and posts, sessions, changes of post."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from kg.extract import events as ev
from kg.extract import meetings as mt
from kg.extract.entities import ArticleContext
from kg.extract.grammar import (
    LOCAL_LEVELS,
    BodyMatch,
    Parser,
    TitleMatch,
    committee_of_locality,
    party_committee_of,
    with_committee,
)
from kg.extract.layout import Layout, analyse, is_chrome, sentences
from kg.extract.people import (
    Mention,
    Named,
    bare_mentions,
    chains,
    delegate_mentions,
    find_mentions,
    given_name_mentions,
    history_mentions,
    honorific_mentions,
    honorific_names,
    obituary_mentions,
    plural_role_mentions,
    title_mentions,
    unknown_titles,
)
from kg.extract.province import detect
from kg.ids import Kind, mint
from kg.ingest import Source
from kg.models import (
    Article,
    ArticleExtraction,
    ChangeEvent,
    ChangeKind,
    Evidence,
    Meeting,
    MeetingKind,
    Occupancy,
    OccupancyStatus,
    OrgKind,
    PartialDate,
    Person,
)
from kg.roles import role
from kg.text import canon_tones, lower_keeping_offsets

Span = tuple[int, int]
COMMITTEES_OF = frozenset({"agency_committee", "local_committee"})
# Bodies with a Party committee of their own: "Đảng ủy Công an tỉnh", "Đảng ủy Sở Y tế".
_AGENCIES = frozenset({OrgKind.ARMED_FORCES_UNIT, OrgKind.DEPARTMENT, OrgKind.PEOPLES_COMMITTEE,
                       OrgKind.PUBLIC_INSTITUTION})
_SITTING = re.compile(r"(?i)(?<![\w])kỳ\s+họp(?![\w])")
COMMUNE_LEVELS = frozenset({"xã", "phường", "thị trấn"})


def _inside(span: Span, regions: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in regions)


def _bloc_detail(bodies: list[BodyMatch]) -> str:
    """The one bloc committee the article names in full, which a bare "Đảng ủy Khối" refers to."""
    details = {b.detail for b in bodies if b.key == "bloc_committee" and b.detail}
    return details.pop() if len(details) == 1 else ""


class _Extraction:
    """The working state of one article's extraction."""

    def __init__(self, source: Source) -> None:
        self.text = source.text
        canon = canon_tones(source.text)
        self.canon = _without_defined_abbreviations(canon)
        self.layout: Layout = analyse(source.text)
        self.regions: list[Span] = [self.layout.body]
        if self.layout.title_span:
            self.regions.insert(0, self.layout.title_span)
        self.sentences = [sp for region in self.regions for sp in sentences(self.text, region)]
        folded = lower_keeping_offsets(canon)
        self.parser = Parser(self.canon, folded)
        self.bodies = [b for b in self.parser.bodies() if _inside((b.start, b.end), self.regions)]
        published = self.layout.published
        article = Article(
            id=mint(Kind.ARTICLE, source.content_hash), file=source.name, title=self.layout.title,
            published=published, publisher=self.layout.publisher, byline=self.layout.byline,
            content_hash=source.content_hash,
        )
        body_text = self.text[self.layout.body[0]:self.layout.body[1]]
        body_folded = folded[self.layout.body[0]:self.layout.body[1]]
        province = detect(body_text, list(self.layout.outlets), published.value if published else None, body_folded,
                          self.layout.title)
        self.ctx = ArticleContext(article, self.text, province, _bloc_detail(self.bodies))
        titles = [t for t in self.parser.titles() if _inside((t.start, t.end), self.regions)]
        self.mentions, self.orphans = find_mentions(self.canon, self._resolve_bare_committees(titles))
        self.persons: dict[str, Person] = {}
        self.all_mentions: list[Mention] = []
        self.occupancies: dict[str, Occupancy] = {}
        self.observed = self._report_date()
        self.congress: BodyMatch | None = None

    def _resolve_bare_committees(self, titles: list[TitleMatch]) -> list[TitleMatch]:
        """Bodies written without their place or committee, placed from context in three passes: a local
        body written with its level only (``Chủ tịch UBND xã``) takes the article's one place of that
        level; a bare committee (``Bí thư Đảng ủy``, ``Phó Bí thư Huyện ủy``) the place of the next title
        or the committee named before; an organ (``Ủy viên Ban Thường vụ``) the committee of its own
        words or of the next title. What nothing settles is reported, not guessed."""
        placed = [self._place_from_article(t) if t.body.bare and t.body.key not in COMMITTEES_OF
                  and t.body.locality in LOCAL_LEVELS else t for t in titles]
        committees: list[TitleMatch] = []
        for i, title in enumerate(placed):
            if title.body.bare:
                found = self._committee_from_context(title, placed[i + 1] if i + 1 < len(placed) else None)
                if found is not None:
                    committees.append(found)
            else:
                committees.append(title)
        resolved: list[TitleMatch] = []
        for i, title in enumerate(committees):
            parent = title.body.parent
            if parent is not None and parent.bare:
                organ = self._organ_committee(title, parent, committees[i + 1] if i + 1 < len(committees) else None)
                if organ is not None:
                    resolved.append(organ)
            else:
                resolved.append(title)
        return resolved

    def _organ_committee(self, title: TitleMatch, parent: BodyMatch, following: TitleMatch | None
                         ) -> TitleMatch | None:
        """The committee of an organ written without a placed one: a bare ``Đảng ủy``/``Huyện ủy`` is
        placed like any bare committee; a committee left out entirely is the next title's, else the
        province's (``Ủy viên Ban Thường vụ, Phó Chủ tịch UBND tỉnh``)."""
        if parent.key in COMMITTEES_OF:
            found = self._committee_from_context(replace(title, body=parent), following)
            return replace(title, body=with_committee(title.body, found.body)) if found else None
        if parent.key == "peoples_council":
            council = self._council_of(title)
            return replace(title, body=with_committee(title.body, council)) if council else None
        return self._implicit_committee(title, parent, following)

    def _council_of(self, title: TitleMatch) -> BodyMatch | None:
        """The People's Council a committee written alone belongs to (``Trưởng Ban Pháp chế``): the one its
        sentence names, else the one the article names; reported when neither settles it."""
        start, end = mt.sentence_of(self.sentences, title.start)
        councils = [b for b in self.bodies if b.key == "peoples_council" and not b.bare]
        named = [b for b in councils if start <= b.start < end] or councils
        if len({(b.province_name, b.locality, b.level) for b in named}) == 1:
            return named[0]
        self.ctx.report("unresolved-council", "a council committee whose People's Council the article does not "
                        "settle", title.start, title.end)
        return None

    def _committee_from_context(self, title: TitleMatch, following: TitleMatch | None) -> TitleMatch | None:
        """The committee a bare "Đảng ủy"/"Huyện ủy" means here, or None (reported) when nothing says."""
        body = title.body
        word = " ".join(body.name.split()[:2])  # "Đảng ủy", "Huyện ủy"
        near = following.body if following and following.start - title.end <= 3 else None
        # the next title's place, or its committee's ("…, Chủ nhiệm UBKT Huyện ủy Pác Nặm")
        place = (near.locality or (near.parent.locality if near.parent else None)) if near else None
        levels = COMMUNE_LEVELS if word == "Đảng ủy" else {body.locality}
        if word == "Đảng ủy" and near is not None and near.locality is None and near.key not in COMMITTEES_OF \
                and near.kind in _AGENCIES:  # "Bí thư Đảng ủy, Giám đốc Công an tỉnh": the agency's committee
            return replace(title, body=BodyMatch(body.start, body.end, "agency_committee", OrgKind.BLOC_PARTY_COMMITTEE,
                                                 "Đảng ủy", near.scope, of=near, province_name=near.province_name,
                                                 level=near.level))
        if place and " " in place and place.split()[0] in levels:
            return self._local_committee(title, word, place)
        start, _ = mt.sentence_of(self.sentences, title.start)
        level = body.locality if body.locality in LOCAL_LEVELS else None
        # Committees named anywhere, also as the committee of an organ ("Thường trực Đảng ủy xã X").
        committees = [c for b in self.bodies for c in (b, b.parent) if c is not None]
        full = [b for b in committees if b.name.startswith(word) and b.key in COMMITTEES_OF and not b.bare
                and (level is None or (b.locality or "").startswith(level + " "))]
        named = [b for b in full if start <= b.start < title.start]
        if not named and len({b.name for b in full if b.of is None} | {b.of.key for b in full if b.of}) == 1:
            named = full  # the one such committee the article names
        if not named:
            named = [b for b in full if self._in_headline(b.start)]  # the committee the headline is about
        if named:
            return replace(title, body=named[-1])
        place = self._article_place(level) if level else None
        if place is not None:  # "Bí thư Huyện ủy" in an article about the one district it names
            return self._local_committee(title, word, place)
        self.ctx.report("unresolved-committee", f"a bare {word} whose body or place the article does not name",
                        title.start, title.end)
        return None

    @staticmethod
    def _local_committee(title: TitleMatch, word: str, place: str) -> TitleMatch:
        """``Huyện ủy`` of ``huyện X`` is ``Huyện ủy X``; ``Đảng ủy`` of ``xã X`` is ``Đảng ủy xã X``."""
        committee = committee_of_locality(title.body.start, title.body.end, place, word=word)
        assert committee is not None  # the callers give a commune's or a district's place
        return replace(title, body=committee)

    def _in_headline(self, pos: int) -> bool:
        span = self.layout.title_span
        return span is not None and span[0] <= pos < span[1]

    def _article_place(self, level: str) -> str | None:
        """The one place of ``level`` (``huyện``, ``xã`` …) the article names, or else the one its headline
        names, or else the one its lead names (the article is about it; the others are its history or
        neighbours)."""
        found = [b for b in self.bodies if b.locality and b.locality.startswith(level + " ")]
        lead = next((s for s in self.sentences if s[0] >= self.layout.body[0]), None)
        for places in ({b.locality for b in found},
                       {b.locality for b in found if self._in_headline(b.start)},
                       {b.locality for b in found if lead is not None and lead[0] <= b.start < lead[1]}):
            if len(places) == 1:
                return places.pop()
        return None

    def _place_from_article(self, title: TitleMatch) -> TitleMatch:
        """A local body written with its level only takes the one place of that level the article names."""
        level = title.body.locality or ""
        place = self._article_place(level)
        if place is None:
            self.ctx.report("unresolved-locality", f"a body of a {level} the article does not name",
                            title.start, title.end)
            return title
        return replace(title, body=replace(title.body, locality=place, detail=place, bare=False))

    @staticmethod
    def _implicit_committee(title: TitleMatch, default: BodyMatch, following: TitleMatch | None) -> TitleMatch:
        """``Ủy viên Ban Thường vụ, Bí thư Huyện ủy X``: the organ belongs to the next title's committee
        when the chain continues with a Party post; otherwise to the provincial committee (``default``)."""
        committee = party_committee_of(following.body) if following and following.start - title.end <= 3 else None
        if committee is None or committee.bare:
            committee = replace(default, bare=False)
        return replace(title, body=with_committee(title.body, committee))

    def _report_date(self) -> PartialDate | None:
        """The day the article reports on (its lead's ``Sáng 9-11``), else its publication date."""
        for sentence in self.sentences[:4]:
            found = mt.date_in(self.text, sentence, self.layout.published)
            if found:
                return found
        return self.layout.published

    # -- persons and occupancies ---------------------------------------------------------------
    @cached_property
    def honorifics(self) -> list[Named]:
        """The names an honorific introduces, read once for the changes' subjects and the report of gaps."""
        return honorific_names(self.canon)

    def _mentions_in_context(self) -> list[Mention]:
        """Titles the context gives: ``đại biểu X`` at a council sitting, ``X từng giữ các chức vụ A, B``."""
        found: list[Mention] = []
        council = next((b for b in self.bodies if b.key == "peoples_council"), None)
        if council is not None and _SITTING.search(self.canon):
            found += delegate_mentions(self.canon, council, self.mentions)
        named = self.mentions + honorific_mentions(self.canon, self.mentions, self.honorifics)
        unnamed = chains(self.orphans, self.canon)
        found += history_mentions(self.canon, unnamed, named)
        found += obituary_mentions(self.canon, unnamed, named, self.sentences)
        titles = sorted([t for m in self.mentions for t in m.titles] + self.orphans, key=lambda t: t.start)
        found += plural_role_mentions(self.canon, self.parser.g.roles, titles, self.mentions, self.sentences)
        used = {(t.start, t.end) for m in found for t in m.titles}
        self.orphans = [t for t in self.orphans if (t.start, t.end) not in used]
        return found

    def people(self) -> None:
        self.mentions += self._mentions_in_context()
        names = {m.name for m in self.mentions}
        later = bare_mentions(self.canon, names, self.mentions)
        later += given_name_mentions(self.canon, self.mentions, self.mentions + later)
        later += title_mentions(self.canon, self.mentions, self.orphans)
        self.all_mentions = sorted(self.mentions + later, key=lambda m: m.extent)
        by_key: dict[str, list[Mention]] = {}
        for m in self.all_mentions:
            by_key.setdefault(m.key, []).append(m)
        for key, group in by_key.items():
            evidence = tuple(self.ctx.evidence(m.start, m.end) for m in group)
            person_id = mint(Kind.PERSON, self.ctx.article.id, key)
            self.persons[key] = Person(id=person_id, name=group[0].name, article=self.ctx.article.id,
                                       evidence=evidence)
        for m in self.mentions:
            for title in m.titles:
                self.occupy(m, title, title.status)

    def occupy(self, mention: Mention, title: TitleMatch, status: OccupancyStatus,
               evidence: Evidence | None = None) -> None:
        person = self.persons[mention.key]
        post = self.ctx.post(title)
        occ_id = mint(Kind.OCCUPANCY, person.id, post.id, status.value)
        start, end = mention.extent
        proof = evidence or self.ctx.evidence(min(start, title.start), max(end, title.end))
        known = self.occupancies.get(occ_id)
        proofs = tuple(sorted({*(known.evidence if known else ()), proof}, key=lambda e: (e.start, e.end)))
        self.occupancies[occ_id] = Occupancy(id=occ_id, person=person.id, post=post.id, status=status,
                                             observed=self.observed, evidence=proofs)

    # -- meetings --------------------------------------------------------------------------------
    def meetings(self) -> list[Meeting]:
        # The title and the lead: page furniture above the title (a breadcrumb) and between it and the lead
        # (the dateline, "Chia sẻ") does not count.
        title = self.layout.title_span
        first_two = self.sentences[1][1] if len(self.sentences) > 1 else len(self.text)
        lead_end = next((e for s, e in self.sentences if title and s >= title[1] and not is_chrome(self.text[s:e])),
                        first_two)
        found = mt.find_meeting_mentions(self.canon, self.parser, self.sentences, self.bodies, lead_end)
        found = [m for m in found if _inside((m.start, m.end), self.regions)]
        groups = mt.group_meetings(found, self.canon, self.bodies, self.layout.published)
        self.congress = next((g.first.body for g in groups if g.first.kind is MeetingKind.CONGRESS), None)
        placed = [(mt.sentence_of(self.sentences, m.extent[0]), m) for m in self.all_mentions]
        out = []
        for g in groups:
            first = g.first
            if first.body is None:
                self.ctx.report("meeting-without-body", "a session whose body the article does not name",
                                first.start, first.end)
                continue
            org = self.ctx.organization(first.body)
            # A congress opens the term of its number: Đại hội lần thứ X elects the khóa X committee.
            ordinal_term = first.term or (first.ordinal if first.kind is MeetingKind.CONGRESS else None)
            period = first.period
            if period and period[1] <= period[0]:
                self.ctx.report("term-period", "a term (nhiệm kỳ) that does not end after it starts",
                                first.start, first.end)
                period = None
            term = self.ctx.term(org, ordinal_term, period)
            if ordinal_term is None:
                self.ctx.report("meeting-without-term", "a session whose term (khóa) the article does not state",
                                first.start, first.end)
            scope = self.sentences if len(groups) == 1 else sorted({m.sentence for m in g.mentions})
            chairs = {m.key for sp in scope for m in mt.chairs_in(self.canon, sp, self.all_mentions)}
            in_scope = set(scope)
            takers = {m.key for sp, m in placed if sp in in_scope and mt.takes_part(self.canon, sp, m)}
            kind = next((m.kind for m in g.mentions if m.kind is not MeetingKind.REGULAR), first.kind)
            chair_ids = tuple(p.id for k, p in self.persons.items() if k in chairs)
            participant_ids = tuple(p.id for k, p in self.persons.items() if k in chairs | takers)
            meeting_id = mint(Kind.MEETING, term.id, kind.value, first.ordinal,
                              self.ctx.article.id if ordinal_term is None or first.ordinal is None else None)
            evidence = tuple(self.ctx.evidence(m.start, m.end) for m in g.mentions)
            out.append(Meeting(id=meeting_id, body=term.id, ordinal=first.ordinal, kind=kind, date=g.date,
                               chairs=chair_ids, participants=participant_ids, evidence=evidence))
        return out

    # -- change events ---------------------------------------------------------------------------
    def bare_elections(self) -> list[ev.EventFacts]:
        """Elections to a role without a body: the body of the deputy post the person held (``X, Phó Chủ
        nhiệm UBKT … được bầu giữ chức Chủ nhiệm``), else of the congress the article reports."""
        facts = []
        for found in ev.find_bare_elections(self.canon, self.parser, self.sentences):
            deputy = self._deputy_post_before(found.at, found.role)
            if deputy is not None:
                mention, held = deputy
                title = TitleMatch(found.at, found.span[1], found.role, held.body)
                span = (mention.extent[0], found.span[1])
            elif self.congress is not None and found.name is not None:
                name, start, end = found.name
                title = TitleMatch(end, found.span[1], found.role, self.congress)
                mention, span = Mention(name, start, end, []), found.span
            else:
                continue
            if mention.key not in self.persons:
                self.add_person(mention)
            facts.append(ev.EventFacts(ChangeKind.ELECTED, mention, (title,), None, span))
        return facts

    def _holds_a_narrower(self, mention: Mention, gained: TitleMatch) -> bool:
        """``Phó Bí thư Thường trực Huyện ủy X … được bầu lại làm Phó Bí thư Huyện ủy``: re-elected to the
        post already held, written more broadly; no new post."""
        org = self.ctx.organization(gained.body).id
        label = role(gained.role).label_vi
        return any(role(t.role).label_vi == label + " Thường trực" and self.ctx.organization(t.body).id == org
                   for t in mention.titles)

    def _deputy_post_before(self, pos: int, role_code: str) -> tuple[Mention, TitleMatch] | None:
        """The person written just before ``pos`` and their deputy post of ``role_code``, if they hold one."""
        deputy_label = "Phó " + role(role_code).label_vi
        for mention in self.mentions:
            gap = self.canon[mention.extent[1]:pos]
            if 0 <= pos - mention.extent[1] <= 30 and not re.search(r"[.;:]", gap):
                held = next((t for t in mention.titles if role(t.role).label_vi.startswith(deputy_label)), None)
                if held is not None:
                    return mention, held
        return None

    def add_person(self, mention: Mention) -> None:
        """A person first met as the subject of a change of post rather than with a title."""
        self.persons[mention.key] = Person(id=mint(Kind.PERSON, self.ctx.article.id, mention.key), name=mention.name,
                                           article=self.ctx.article.id,
                                           evidence=(self.ctx.evidence(mention.start, mention.end),))

    def events(self) -> list[ChangeEvent]:
        named = honorific_mentions(self.canon, self.all_mentions, self.honorifics)
        subjects = sorted(self.all_mentions + named, key=lambda m: m.extent)
        facts = ev.find_events(self.canon, self.parser, self.sentences, subjects, self.orphans)
        facts += self.bare_elections()
        # A change told again without the post (``… nghỉ hưu cho đồng chí X, kể từ ngày 01/4``) is the
        # same change as the one that names it.
        posts_of = {(f.kind, f.mention.key): f.titles for f in facts if f.titles}
        facts = [f if f.titles else replace(f, titles=posts_of.get((f.kind, f.mention.key), ())) for f in facts]
        out: dict[str, ChangeEvent] = {}
        for f in facts:
            if f.mention.key not in self.persons:
                if not f.titles:
                    continue  # an untitled name and no post: nothing to say about an official
                self.add_person(f.mention)
            person = self.persons[f.mention.key]
            if not f.titles:
                self.ctx.report("event-without-post", f"a change of post ({f.kind.value}) without the post",
                                f.sentence[0], f.sentence[1])
            evidence = self.ctx.evidence(*f.sentence)
            decided = self.ctx.organization(f.decided_by).id if f.decided_by else None
            stated = mt.date_in(self.canon, (f.effective, f.sentence[1]), self.layout.published, f.effective) \
                if f.effective is not None else None
            for title in f.titles or (None,):
                post = self.ctx.post(title) if title else None
                if title is not None and title not in f.mention.titles:  # a post the event itself names
                    if f.kind in ev.GAINS:
                        if not self._holds_a_narrower(f.mention, title):  # "giao quyền Giám đốc …": acting
                            status = OccupancyStatus.ACTING if title.status is OccupancyStatus.ACTING else \
                                OccupancyStatus.NEW
                            self.occupy(f.mention, title, status, evidence)
                    else:  # removed, or retired from a post someone else was just given
                        self.occupy(f.mention, title, OccupancyStatus.FORMER, evidence)
                event_id = mint(Kind.CHANGE, self.ctx.article.id, f.kind.value, person.id, post.id if post else None)
                known = out.get(event_id)  # the same change told in several sentences: one event, all evidence
                out[event_id] = ChangeEvent(
                    id=event_id, kind=f.kind, person=person.id, post=post.id if post else None,
                    date=stated or (known.date if known else self.observed),
                    decided_by=decided or (known.decided_by if known else None),
                    evidence=(*(known.evidence if known else ()), evidence))
        return list(out.values())

    def orphan_report(self) -> None:
        """Gaps in the grammar: a title followed by a capitalised word that did not read as a name,
        and a capitalised post after a person's name that did not read as a title."""
        for start, end in unknown_titles(self.canon, set(self.persons), self.honorifics):
            if _inside((start, end), self.regions):
                self.ctx.report("unknown-title", "a post after a person's name that the grammar does not know",
                                start, end)
        for t in self.orphans:
            following = self.canon[t.end:t.end + 2]
            if following[:1] == " " and following[1:].isupper():
                self.ctx.report("title-without-name", "a title followed by a capitalised word that is not a name",
                                t.start, t.end)


_DEFINED_ABBREVIATION = re.compile(r"(?<=[^\W\d_]) \((?:[A-ZĐ][A-ZĐ&-]{1,7})\)(?= [^\W\d_])")


def _without_defined_abbreviations(text: str) -> str:
    """``Ủy ban Kiểm tra (UBKT) Trung ương``, ``Hội Cựu chiến binh (CCB) tỉnh``: the abbreviation a text
    defines inside a body's name, blanked (same length, so every offset holds) for the grammar to read it."""
    return _DEFINED_ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text)


def extract(source: Source) -> ArticleExtraction:
    """Everything one article says about officials, posts, sessions and changes of post."""
    x = _Extraction(source)
    x.people()
    meetings = x.meetings()
    events = x.events()
    x.orphan_report()
    ctx = x.ctx
    return ArticleExtraction(
        article=ctx.article,
        province=ctx.province.code if ctx.province else None,
        persons=tuple(x.persons.values()),
        organizations=tuple(sorted(ctx.organizations.values(), key=lambda o: o.id)),
        terms=tuple(sorted(ctx.terms.values(), key=lambda t: t.id)),
        posts=tuple(sorted(ctx.posts.values(), key=lambda p: p.id)),
        occupancies=tuple(x.occupancies.values()),
        meetings=tuple(meetings),
        events=tuple(events),
        issues=tuple(ctx.issues),
        notes=source.notes,
    )
