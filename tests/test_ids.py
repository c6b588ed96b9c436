"""IDs are deterministic hashes of JSON-encoded parts; these exact values are pinned."""

from kg.ids import BASE, Kind, entity_iri, mint, province_iri, role_iri


def test_pinned_ids() -> None:
    assert mint(Kind.PERSON, "article-0123456789abcdef", "đào hồng lan") == "person-3b7ab8d7b2e9e46c"
    assert (mint(Kind.ORGANIZATION, "ProvincialPartyCommittee", "VN-56", "provincial_committee", "", None, None)
            == "org-1dd6b93b50b376f1")
    assert mint(Kind.ARTICLE, "ab" * 32) == "article-982a2d14885074ed"


def test_parts_keep_their_boundaries() -> None:
    assert mint(Kind.POST, "org-x", "secretary") == "post-94ed1a4b964c0896"
    assert mint(Kind.POST, "org-x secretary") == "post-321d0699fa836ba4"
    assert mint(Kind.POST, "a b", "c") != mint(Kind.POST, "a", "b c")


def test_none_and_empty_differ() -> None:
    assert mint(Kind.TERM, "org-x", None) != mint(Kind.TERM, "org-x", "")


def test_iris_live_under_one_base() -> None:
    for iri in (entity_iri("person-1"), role_iri("secretary"), province_iri("VN-56")):
        assert iri.startswith(BASE)
