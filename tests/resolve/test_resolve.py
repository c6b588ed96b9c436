"""Resolution across articles: who is who, conservatively, and how careers move."""

from __future__ import annotations

import json
from pathlib import Path

from kg.extract.article import extract
from kg.ids import content_hash
from kg.ingest import Source, read_source
from kg.models import ArticleExtraction, TransitionKind
from kg.resolve import resolve
from kg.resolve.persons import Decision, PersonRef, load_decisions
from kg.text import nfc

ROOT = Path(__file__).resolve().parents[2]


def article(name: str, body: str, date: str = "20/05/2024") -> ArticleExtraction:
    text = nfc(f"Tin\n\n{date} 10:00\n\n{body}\n")
    return extract(Source(path=Path(name), content_hash=content_hash(text.encode()), text=text))


def names(result, person_id: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.name for p in result.persons if p.id == person_id)


def test_namesakes_in_different_provinces_stay_apart() -> None:
    a = article("a.txt", "Đồng chí Nguyễn Văn Hùng, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An phát biểu.")
    b = article("b.txt", "Đồng chí Nguyễn Văn Hùng, Trưởng Ban Tổ chức Tỉnh ủy Quảng Ninh phát biểu.")
    result = resolve([a, b])
    assert len(result.persons) == 2
    (link,) = result.links
    assert not link.merged and "different provinces" in link.reason


def test_same_name_same_province_and_body_is_one_person() -> None:
    a = article("a.txt", "Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy Nghệ An dự họp.", "20/05/2024")
    b = article("b.txt", "Bí thư Tỉnh ủy Nghệ An Lê Văn Thành chủ trì hội nghị.", "20/11/2024")
    result = resolve([a, b])
    assert len(result.persons) == 1
    (t,) = result.transitions
    assert t.kind is TransitionKind.PROMOTION
    assert (t.after.iso(), t.by.iso()) == ("2024-05-20", "2024-11-20")  # type: ignore[union-attr]


def test_each_mention_is_compared_with_the_persons_formed_not_every_mention() -> None:
    """Links grow with mentions times namesakes: four mentions of one man and one namesake elsewhere
    give three joins and one link setting the namesake apart, not all ten pairs."""
    same = [article(f"{i}.txt", "Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy Nghệ An dự họp.", f"2{i}/05/2024")
            for i in range(4)]
    other = article("x.txt", "Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy Quảng Ninh dự họp.", "30/05/2024")
    result = resolve([*same, other])
    assert sorted(len(p.members) for p in result.persons) == [1, 4]
    assert sorted((link.merged, link.score) for link in result.links) == [(False, 0.0)] + [(True, 0.9)] * 3


def test_same_province_without_a_common_body_stays_apart() -> None:
    a = article("a.txt", "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế tỉnh Nghệ An cho biết.")
    b = article("b.txt", "Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh Nghệ An cho biết.")
    result = resolve([a, b])
    assert len(result.persons) == 2
    assert "no body in common" in result.links[0].reason


def test_manual_split_and_merge_take_effect() -> None:
    a = article("a.txt", "Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy Nghệ An dự họp.")
    b = article("b.txt", "Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy Nghệ An phát biểu.", "21/05/2024")
    c = article("c.txt", "Ông Nguyễn Văn Hùng, Giám đốc Sở Y tế tỉnh Nghệ An cho biết.")
    d = article("d.txt", "Ông Nguyễn Văn Hùng, Chủ tịch Hội Nông dân tỉnh Nghệ An cho biết.")
    split = Decision(action="split", persons=(PersonRef(name="Lê Văn Thành", source="a.txt"),
                                              PersonRef(name="Lê Văn Thành", source="b.txt")),
                     by="analyst", why="two different men")
    merge = Decision(action="merge", persons=(PersonRef(name="Nguyễn Văn Hùng", source="c.txt"),
                                              PersonRef(name="Nguyễn Văn Hùng", source="d.txt")),
                     by="analyst", why="moved from the health department to the farmers' union")
    assert len(resolve([a, b, c, d]).persons) == 3
    result = resolve([a, b, c, d], [split, merge])
    assert sorted(p.name for p in result.persons) == ["Lê Văn Thành", "Lê Văn Thành", "Nguyễn Văn Hùng"]
    assert any("split by decision" in link.reason for link in result.links)
    assert any("merged by decision of analyst" in link.reason for link in result.links)


def test_decisions_file_and_unknown_references(tmp_path: Path) -> None:
    path = tmp_path / "resolutions.json"
    path.write_text(json.dumps({"decisions": [{"action": "merge", "by": "x", "why": "y", "persons": [
        {"name": "Ai Đó", "source": "a.txt"}, {"name": "Ai Đó", "source": "b.txt"}]}]}), encoding="utf-8")
    decisions = load_decisions(path)
    result = resolve([article("a.txt", "Không có ai.")], decisions)
    assert any("no person 'Ai Đó' in a.txt" in p for p in result.problems)
    assert load_decisions(tmp_path / "missing.json") == []


def test_province_inferred_from_shared_officials() -> None:
    known = article("a.txt", "Dự có đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An; đồng chí Lê Thị Hoa, Phó Bí thư "
                             "Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An.")
    unknown = article("b.txt", "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy và đồng chí Lê Thị Hoa, "
                               "Chủ tịch UBND tỉnh dự lễ.")
    result = resolve([known, unknown])
    assert result.provinces[unknown.article.id].code == "VN-22"
    assert len(result.persons) == 2


def test_seeds_match_the_timeline_gold() -> None:
    gold = json.loads((ROOT / "tests" / "fixtures" / "seeds_timeline.json").read_text(encoding="utf-8"))
    result = resolve([extract(read_source(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))])
    posts = result.bodies.posts
    got = {(names(result, t.person), posts[t.from_post].label, posts[t.to_post].label,  # type: ignore[index]
            t.after.iso(), t.by.iso(), t.kind.value) for t in result.transitions}  # type: ignore[union-attr]
    want = {(t["person"], t["from"], t["to"], t["after"], t["by"], t["kind"]) for t in gold["transitions"]}
    assert got == want
    succession = {(posts[held[0].post].label, tuple(names(result, t.person) for t in held))
                  for _, held in result.succession()}
    assert {(s["post"], tuple(s["holders"])) for s in gold["succession"]} <= succession
    same = {(p.name, len(p.members)) for p in result.persons if len(p.members) > 1}
    assert {(s["name"], 2) for s in gold["same_person"]} == same


def test_one_term_of_one_body_across_articles() -> None:
    known = article("a.txt", "Sáng 9/5, Ban Chấp hành Đảng bộ tỉnh Nghệ An khóa XIX tổ chức Hội nghị lần thứ 20. "
                             "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An; đồng chí Lê Thị Hoa, Phó Bí thư "
                             "Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An dự.")
    unknown = article("b.txt", "Sáng 14/8, Ban Chấp hành Đảng bộ tỉnh khóa XIX tổ chức Hội nghị lần thứ 21. Đồng chí "
                               "Trần Văn Bình, Bí thư Tỉnh ủy và đồng chí Lê Thị Hoa, Chủ tịch UBND tỉnh dự.")
    result = resolve([known, unknown])
    terms = {result.bodies.term_of[t.id] for x in (known, unknown) for t in x.terms if t.ordinal == 19}
    assert len(terms) == 1
    (term,) = terms
    assert result.bodies.terms[term].organization == result.bodies.org_of[known.terms[0].organization]


def test_dated_and_undated_changes_of_one_person_sort_together() -> None:
    import datetime as dt

    from kg.models import ChangeKind, PartialDate
    from kg.resolve.careers import Change, transitions

    changes = [Change("change-a", "person-x", ChangeKind.RETIRED, "post-a", PartialDate(value=dt.date(2020, 1, 1))),
               Change("change-b", "person-x", ChangeKind.REMOVED, "post-b", None)]
    found = transitions([], changes)
    assert [t.from_post for t in found] == ["post-a", "post-b"]  # the dated one first, then the undated


def test_tenures_that_overlap_are_concurrent_and_a_successor_post_is_not() -> None:
    early = article("a.txt", "Đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An phát biểu.",
                    "10/03/2020")
    later = article("b.txt", "Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy Nghệ An phát biểu. Đồng chí Lê Văn Nam, Chủ "
                             "tịch UBND tỉnh Nghệ An dự.", "12/08/2021")
    result = resolve([early, later])
    by_id = {t.id: t for t in result.tenures}

    def label(tenure_id: str) -> str:
        return result.bodies.posts[by_id[tenure_id].post].label

    concurrent = {(label(t.id), label(other)) for t in result.tenures for other in t.concurrent_with}
    # Seen together, Phó Bí thư and Chủ tịch overlap, both ways. Bình's Bí thư, first seen after another
    # Chủ tịch took over and after his last sighting as Phó Bí thư, overlaps neither.
    assert concurrent == {("Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"),
                          ("Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy")}
