"""``Links``: one reading of the links between competences and their evidence, whichever side
holds them, with a fixed order; and the check counts the same evidence for a claim."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio_app.check.evidence import EvidenceIndex
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs
from portfolio_app.domain.links import Links, competence_key, reference

HEFTRUCK = "urn:test:c:heftruck"
STAPELEN = "urn:test:c:stapelen"


def claim(uri: str | None, label: str, **fields: object) -> CompetenceClaim:
    return CompetenceClaim(concept_uri=uri, label=label, **fields)  # type: ignore[arg-type]


def test_a_link_made_on_the_claim_shows_on_the_experience_and_the_other_way_round() -> None:
    job = Experience(role="Magazijnier", description="Ik reed met de heftruck.")
    course = Experience(role="Opleiding heftruck")
    attest = Leerbewijs(title="Attest heftruck", competences=[ConceptRef(uri=STAPELEN, label="x")])
    forklift = claim(HEFTRUCK, "heftruck besturen", experience_ids=[job.id])
    stacking = claim(STAPELEN, "goederen stapelen")
    links = Links([forklift, stacking], [attest], [job, course])

    # claim side -> the experience lists the competence (the demo's "Competenties –")
    (linked,) = links.competences_of_experience(job.id)
    assert linked.label == "heftruck besturen" and linked.claims == (forklift,)
    assert links.claim_ids_of("experience", job.id) == [forklift.id]
    assert links.competences_of_experience(course.id) == []
    # item side -> the claim shows the leerbewijs
    assert links.leerbewijzen_for(stacking) == [attest]
    assert links.leerbewijzen_for(STAPELEN) == [attest]
    assert links.experiences_for(forklift) == [job]
    assert links.is_linked(forklift, "experience", job.id)
    assert not links.is_linked(forklift, "leerbewijs", attest.id)
    # the claim's label names the competence, not the snapshot the leerbewijs took
    assert [c.label for c in links.competences_of_leerbewijs(attest.id)] == ["goederen stapelen"]


def test_a_listed_concept_without_a_claim_is_linked_and_marked_so() -> None:
    attest = Leerbewijs(
        title="Getuigschrift", competences=[ConceptRef(uri=HEFTRUCK, label="heftruck besturen")]
    )
    links = Links([], [attest], [])
    (linked,) = links.competences_of_leerbewijs(attest.id)
    assert not linked.is_claimed and linked.label == "heftruck besturen"
    assert links.leerbewijzen_for(HEFTRUCK) == [attest]
    # a claim added later finds the link: nobody links twice
    later = claim(HEFTRUCK, "Heftruck besturen")
    assert Links([later], [attest], []).leerbewijzen_for(later) == [attest]


def test_free_text_is_one_competence_whatever_its_case_and_spacing() -> None:
    plants = claim(None, "Zorg voor  planten")
    badge = Leerbewijs(title="Badge", competences=[ConceptRef(label="zorg voor planten")])
    other = Leerbewijs(title="Iets anders", competences=[ConceptRef(label="zorg voor dieren")])
    links = Links([plants], [badge, other], [])
    assert competence_key(plants) == competence_key(ConceptRef(label=" ZORG voor planten "))
    assert links.leerbewijzen_for(plants) == [badge]
    # free text never matches a concept of the same name
    named = claim("urn:test:c:planten", "zorg voor planten")
    assert Links([named], [badge], []).leerbewijzen_for(named) == []


def test_every_claim_of_a_concept_shares_its_links() -> None:
    attest = Leerbewijs(title="Attest")
    first = claim(HEFTRUCK, "heftruck besturen", leerbewijs_ids=[attest.id])
    twin = claim(HEFTRUCK, "heftruck rijden")
    links = Links([first, twin], [attest], [])
    assert links.leerbewijzen_for(twin) == [attest]
    (linked,) = links.competences_of_leerbewijs(attest.id)
    assert linked.claims == (first, twin)
    assert links.claim_ids_of("leerbewijs", attest.id) == [first.id, twin.id]


def test_order_is_the_vaults_whichever_side_holds_the_link() -> None:
    old, new = Leerbewijs(title="Oud"), Leerbewijs(title="Nieuw")
    new.competences = [ConceptRef(uri=HEFTRUCK, label="heftruck")]
    forklift = claim(HEFTRUCK, "heftruck besturen", leerbewijs_ids=[new.id, old.id])
    assert Links([forklift], [old, new], []).leerbewijzen_for(forklift) == [old, new]
    # an item's competences: its own list first, then what only a claim links
    stacking = claim(STAPELEN, "goederen stapelen", leerbewijs_ids=[new.id])
    links = Links([stacking, forklift], [old, new], [])
    assert [c.key for c in links.competences_of_leerbewijs(new.id)] == [HEFTRUCK, STAPELEN]


def test_a_link_to_something_that_is_gone_is_no_link() -> None:
    forklift = claim(HEFTRUCK, "heftruck", leerbewijs_ids=["weg"], experience_ids=["ook weg"])
    links = Links([forklift], [], [])
    assert links.leerbewijzen_for(forklift) == [] and links.items_for(forklift) == set()
    assert reference(forklift) == ConceptRef(uri=HEFTRUCK, label="heftruck")


POOL = [HEFTRUCK, STAPELEN, "urn:test:c:laden", None]


@st.composite
def portfolios(
    draw: st.DrawFn,
) -> tuple[list[CompetenceClaim], list[Leerbewijs], list[Experience]]:
    leerbewijzen = [Leerbewijs(title=f"L{i}") for i in range(draw(st.integers(0, 3)))]
    experiences = [Experience(role=f"E{i}") for i in range(draw(st.integers(0, 3)))]
    refs = st.sampled_from(POOL).map(lambda u: ConceptRef(uri=u, label=u or "eigen tekst"))
    for item in [*leerbewijzen, *experiences]:
        item.competences = draw(st.lists(refs, max_size=3))
    uris = draw(st.lists(st.sampled_from(POOL), unique=True, max_size=4))
    claims = [
        claim(
            uri,
            uri or "Eigen tekst",
            leerbewijs_ids=draw(st.lists(st.sampled_from([i.id for i in leerbewijzen] or ["x"]))),
            experience_ids=draw(st.lists(st.sampled_from([i.id for i in experiences] or ["x"]))),
        )
        for uri in uris
    ]
    return claims, leerbewijzen, experiences


@settings(max_examples=150, deadline=None)
@given(portfolios())
def test_both_sides_agree_and_the_check_counts_the_same_evidence(
    data: tuple[list[CompetenceClaim], list[Leerbewijs], list[Experience]],
) -> None:
    claims, leerbewijzen, experiences = data
    links = Links(claims, leerbewijzen, experiences)
    for c in claims:
        from_claim = {("leerbewijs", i.id) for i in links.leerbewijzen_for(c)} | {
            ("experience", i.id) for i in links.experiences_for(c)
        }
        from_items = {
            (kind, item.id)
            for kind, items in (("leerbewijs", leerbewijzen), ("experience", experiences))
            for item in items
            if c.id in links.claim_ids_of(kind, item.id)  # type: ignore[arg-type]
        }
        assert from_claim == from_items == links.items_for(c)
        if c.concept_uri is not None:  # the check counts concepts; free text it leaves aside
            index = EvidenceIndex(leerbewijzen, experiences, {}, date(2025, 1, 1))
            counted = {
                ("leerbewijs" if p.kind == "leerbewijs" else "experience", p.id)
                for p in index.for_claim(c, c.concept_uri)
                if p.kind in ("leerbewijs", "experience")
            }
            assert counted == from_claim
