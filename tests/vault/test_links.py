"""``portfolio.links``: a link is written on both sides and removed from both, a competence
without a claim can be linked, forms change only what the user changed, and every link or
unlink is one undo step."""

from __future__ import annotations

import pytest

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs
from portfolio_app.errors import NotFound
from portfolio_app.vault import ChangeEvent, Portfolio

HEFTRUCK = ConceptRef(uri="urn:test:c:heftruck", label="heftruck besturen")
STAPELEN = ConceptRef(uri="urn:test:c:stapelen", label="goederen stapelen")


def add_claim(portfolio: Portfolio, ref: ConceptRef, **fields: object) -> CompetenceClaim:
    return portfolio.claims.add(
        CompetenceClaim(concept_uri=ref.uri, label=ref.label, **fields)  # type: ignore[arg-type]
    )


def test_link_writes_both_sides_once_and_one_undo_takes_it_back(portfolio: Portfolio) -> None:
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Attest heftruckchauffeur"))
    forklift = add_claim(portfolio, HEFTRUCK)
    events: list[ChangeEvent] = []
    portfolio.subscribe(events.append)

    assert portfolio.links.link(forklift, "leerbewijs", attest.id) is True
    assert portfolio.claims.get(forklift.id).leerbewijs_ids == [attest.id]
    assert portfolio.leerbewijzen.get(attest.id).competences == [HEFTRUCK]
    assert len(events) == 1
    assert events[0].description() == "heftruck besturen gekoppeld aan Attest heftruckchauffeur"
    assert events[0].tables == {"claims", "leerbewijzen"}

    assert portfolio.links.link(HEFTRUCK, "leerbewijs", attest.id) is False  # already
    assert len(events) == 1  # nothing written, nothing to undo

    portfolio.undo()
    assert portfolio.claims.get(forklift.id).leerbewijs_ids == []
    assert portfolio.leerbewijzen.get(attest.id).competences == []
    assert portfolio.links.read().leerbewijzen_for(forklift) == []


def test_unlink_clears_both_sides_whichever_made_the_link(portfolio: Portfolio) -> None:
    job = portfolio.experiences.add(Experience(role="Magazijnier"))
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Attest", competences=[HEFTRUCK]))
    forklift = add_claim(portfolio, HEFTRUCK, experience_ids=[job.id])
    twin = add_claim(portfolio, ConceptRef(uri=HEFTRUCK.uri, label="heftruck rijden"))
    links = portfolio.links.read()
    assert links.experiences_for(twin) == [job] and links.leerbewijzen_for(forklift) == [attest]

    assert portfolio.links.unlink(twin, "experience", job.id) is True  # the claim made it
    assert portfolio.claims.get(forklift.id).experience_ids == []
    assert portfolio.links.unlink(forklift, "leerbewijs", attest.id) is True  # the item did
    assert portfolio.leerbewijzen.get(attest.id).competences == []
    assert portfolio.links.read().items_for(forklift) == set()
    assert portfolio.links.unlink(forklift, "leerbewijs", attest.id) is False

    assert portfolio.undo_description() == "heftruck besturen losgekoppeld van Attest"
    portfolio.undo()
    assert portfolio.links.read().leerbewijzen_for(forklift) == [attest]
    portfolio.undo()
    assert portfolio.links.read().experiences_for(forklift) == [job]


def test_a_concept_without_a_claim_is_listed_and_a_later_claim_finds_it(
    portfolio: Portfolio,
) -> None:
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Getuigschrift"))
    assert portfolio.links.link(STAPELEN, "leerbewijs", attest.id)
    (linked,) = portfolio.links.read().competences_of_leerbewijs(attest.id)
    assert not linked.is_claimed
    stacking = add_claim(portfolio, STAPELEN)
    assert [i.id for i in portfolio.links.read().leerbewijzen_for(stacking)] == [attest.id]


def test_free_text_claims_link_by_their_words(portfolio: Portfolio) -> None:
    badge = portfolio.leerbewijzen.add(Leerbewijs(title="Badge"))
    plants = portfolio.claims.add(CompetenceClaim(label="Zorg voor planten"))
    portfolio.links.link(ConceptRef(label="zorg voor  PLANTEN"), "leerbewijs", badge.id)
    assert portfolio.claims.get(plants.id).leerbewijs_ids == [badge.id]
    assert [i.id for i in portfolio.links.read().leerbewijzen_for(plants)] == [badge.id]


def test_linking_to_what_does_not_exist_is_refused(portfolio: Portfolio) -> None:
    with pytest.raises(NotFound):
        portfolio.links.link(HEFTRUCK, "experience", "bestaat-niet")
    assert not portfolio.can_undo


def test_a_form_changes_only_what_the_user_changed(portfolio: Portfolio) -> None:
    job = portfolio.experiences.add(Experience(role="Magazijnier", competences=[STAPELEN]))
    forklift = add_claim(portfolio, HEFTRUCK, experience_ids=[job.id])
    loading = ConceptRef(uri="urn:test:c:laden", label="laden en lossen")
    shown = [c.key for c in portfolio.links.read().competences_of_experience(job.id)]
    assert shown == [STAPELEN.uri, HEFTRUCK.uri]

    # the form kept heftruck (a claim's link), dropped stapelen, added laden
    with portfolio.change("Ervaring gewijzigd", "Experience changed"):
        portfolio.links.set_item_competences("experience", job.id, [HEFTRUCK, loading], shown)
    stored = portfolio.experiences.get(job.id)
    assert stored.competences == [loading]  # the claim's link stays on the claim only
    assert portfolio.claims.get(forklift.id).experience_ids == [job.id]
    linked = portfolio.links.read().competences_of_experience(job.id)
    assert [c.key for c in linked] == [loading.uri, HEFTRUCK.uri]
    assert portfolio.undo_description() == "Ervaring gewijzigd"

    # dropping the claim's link from the experience's form removes it from the claim
    portfolio.links.set_item_competences("experience", job.id, [loading])
    assert portfolio.claims.get(forklift.id).experience_ids == []


def test_the_claim_form_links_and_unlinks_through_the_same_calls(portfolio: Portfolio) -> None:
    attest = portfolio.leerbewijzen.add(Leerbewijs(title="Attest", competences=[HEFTRUCK]))
    job = portfolio.experiences.add(Experience(role="Magazijnier"))
    forklift = add_claim(portfolio, HEFTRUCK)
    before = portfolio.links.read().items_for(forklift)
    assert before == {("leerbewijs", attest.id)}
    portfolio.links.set_claim_items(forklift, [("experience", job.id)], before)
    assert portfolio.leerbewijzen.get(attest.id).competences == []
    assert portfolio.experiences.get(job.id).competences == [HEFTRUCK]
    assert portfolio.claims.get(forklift.id).experience_ids == [job.id]
    portfolio.undo()
    assert portfolio.links.read().items_for(forklift) == before


def test_an_edit_keeps_the_place_in_the_list_and_so_does_its_undo(portfolio: Portfolio) -> None:
    """Lists (and so the exports' order of evidence) follow the order things were added,
    however often a link or an edit rewrites a row."""
    first = portfolio.leerbewijzen.add(Leerbewijs(title="Eerste"))
    second = portfolio.leerbewijzen.add(Leerbewijs(title="Tweede"))
    portfolio.links.link(HEFTRUCK, "leerbewijs", first.id)
    assert [i.title for i in portfolio.leerbewijzen.list()] == ["Eerste", "Tweede"]
    portfolio.undo()
    assert [i.title for i in portfolio.leerbewijzen.list()] == ["Eerste", "Tweede"]
    assert second.id in {i.id for i in portfolio.leerbewijzen.list()}
