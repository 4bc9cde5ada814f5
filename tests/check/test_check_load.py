"""Targets from URIs and labels, the language view, the wizard's list, the bundled facts and
the check against a real vault and the bundled language."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portfolio_app.check import (
    AmbiguousTarget,
    language_view,
    load_evc_costs,
    load_facts,
    load_future,
    load_regulated,
    load_target,
    resolve_target,
    run_check,
    snapshot,
    target_competences,
)
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.enums import LeerbewijsKind, TargetKind
from portfolio_app.errors import InvalidInput, NotFound
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.vault import Portfolio
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    DK_RIJDEN,
    HEFTOESTELLEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_KOK,
    SAMENWERKEN,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    bk_proof,
    claim,
    data,
    leerbewijs,
)


def test_targets_by_uri(check_language: CompetenceLanguage) -> None:
    occupation = load_target(check_language, OCC_HEFTRUCK)
    assert occupation.ref.kind is TargetKind.BEROEP and occupation.occupation_uri == OCC_HEFTRUCK
    assert occupation.evc is not None and occupation.evc.qualification.uri == BK_HEFTRUCK
    assert occupation.vks_level == 2 and len(occupation.optional) == 3
    bk = load_target(check_language, BK_HEFTRUCK)
    assert bk.ref.kind is TargetKind.BEROEPSKWALIFICATIE and bk.occupation_uri == OCC_HEFTRUCK
    assert bk.optional == () and len(bk.essential) == 4  # a BK: every competence essential
    dk = load_target(check_language, DK_RIJDEN)
    assert dk.ref.kind is TargetKind.DEELKWALIFICATIE and dk.essential == (HEFTRUCK, VEILIGHEID)
    assert dk.evc is not None and dk.evc.partial
    assert load_target(check_language, OCC_KOK).evc is None
    with pytest.raises(NotFound):
        load_target(check_language, "urn:test:o:astronaut")


def test_targets_by_label(check_language: CompetenceLanguage) -> None:
    assert resolve_target(check_language, "verpleegkundige", TargetKind.BEROEP).ref.uri == (
        "urn:test:o:verpleegkundige"
    )
    assert resolve_target(check_language, "kok").ref.uri == OCC_KOK
    assert resolve_target(check_language, "Rijden met de heftruck").ref.uri == DK_RIJDEN
    with pytest.raises(AmbiguousTarget) as raised:
        resolve_target(check_language, "heftruckchauffeur")
    assert {o.uri for o in raised.value.options} == {OCC_HEFTRUCK, BK_HEFTRUCK}
    assert raised.value.exit_code == 6 and "--kind" in raised.value.message()
    bk = resolve_target(check_language, "heftruckchauffeur", TargetKind.BEROEPSKWALIFICATIE)
    assert bk.ref.uri == BK_HEFTRUCK
    with pytest.raises(NotFound):
        resolve_target(check_language, "astronaut")
    with pytest.raises(InvalidInput):
        resolve_target(check_language, "   ")


def test_view_holds_what_the_bk_proof_proves(check_language: CompetenceLanguage) -> None:
    proof = bk_proof()
    portfolio = data(claims=[claim(HEFTOESTELLEN)], leerbewijzen=[proof, leerbewijs(VOORRAAD)])
    target = load_target(check_language, OCC_KOK)
    view = language_view(check_language, portfolio, [target])
    assert set(view.qualification_competences[BK_HEFTRUCK]) == {
        HEFTRUCK, VOORRAAD, VEILIGHEID, "urn:test:c:orderpicken",
    }  # fmt: skip
    assert {HEFTOESTELLEN, VOORRAAD, "urn:test:c:koken"} <= set(view.concepts)
    assert view.parents(HEFTRUCK) == (HEFTOESTELLEN,)
    assert view.label(HEFTRUCK) == "heftruck besturen"
    assert view.label("urn:x:onbekend") == "urn:x:onbekend"


def test_wizard_lists_the_competences_that_matter(check_language: CompetenceLanguage) -> None:
    mine = claim(HEFTOESTELLEN, level=3, willen=3)
    stock = claim(VOORRAAD, willen=1)
    portfolio = data(claims=[mine, stock])
    target = load_target(check_language, OCC_HEFTRUCK)
    view = language_view(check_language, portfolio, [target])
    rows = {r.competence.uri: r for r in target_competences(portfolio, target, view, TODAY)}
    assert list(rows)[:3] == list(target.essential)
    assert [r.essential for r in rows.values()] == [True] * 3 + [False] * 3
    drive = rows[HEFTRUCK]
    assert drive.standing is Standing.NOT_SAID and drive.claim is None
    assert drive.related is not None and drive.related.uri == HEFTOESTELLEN
    assert rows[VOORRAAD].claim == stock and rows[VOORRAAD].willen == 1
    assert rows[VOORRAAD].standing is Standing.TO_PROVE
    assert rows[VOORRAAD].last_shown == date(2025, 1, 1)
    assert rows[VEILIGHEID].claim is None and rows[VEILIGHEID].related is None
    assert rows[SAMENWERKEN].future and not rows[VOORRAAD].future


def test_check_from_a_real_vault(portfolio: Portfolio, check_language: CompetenceLanguage) -> None:
    proof = portfolio.leerbewijzen.add(bk_proof())
    portfolio.claims.add(claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id]))
    portfolio_data = snapshot(portfolio)
    target = load_target(check_language, OCC_HEFTRUCK)
    result = run_check(
        portfolio_data, target, language_view(check_language, portfolio_data, [target]), TODAY
    )
    assert result.headline().shown == 3
    portfolio.checks.add(result)
    assert portfolio.checks.for_target(OCC_HEFTRUCK) == [result]
    assert portfolio.checks.latest() == result


def test_bundled_facts_parse_and_carry_their_source(tmp_path: Path) -> None:
    regulated = load_regulated()
    nurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50"
    rule = regulated.get(nurse)
    assert rule is not None and "diploma" in rule.requirement and rule.source
    assert regulated.get(None) is None and regulated.get("urn:x:o:geen") is None
    future = load_future()
    assert future is not None and len(future.competences) == 11  # SCOPE's eleven
    assert future.source_date == date(2019, 3, 1) and "SCOPE" in future.source
    facts = load_facts(AppPaths(tmp_path / "home"))
    assert facts.regulated is not None and facts.future is not None
    assert facts.signals is not None and len(facts.signals) == 40
    assert facts.evc_costs is not None and facts.evc_costs.school_year == "2023-2024"


def test_bundled_language_forklift_proof_fits_forklift_not_nurse(tmp_path: Path) -> None:
    """The demo path on the real starter data: the BK proof alone carries the check."""
    paths = AppPaths(tmp_path / "home")
    with CompetenceLanguage.open_default(paths) as language:
        forklift = resolve_target(language, "heftruckchauffeur", TargetKind.BEROEP)
        assert forklift.evc is not None
        proof = leerbewijs(
            kind=LeerbewijsKind.BEROEPSKWALIFICATIE,
            title="Bewijs van beroepskwalificatie heftruckchauffeur",
            issued=date(2024, 9, 1),
            qualification_uri=forklift.evc.qualification.uri,
            attachment_ids=["scan"],
        )
        portfolio = data(leerbewijzen=[proof])
        nurse = resolve_target(language, "verpleegkundige", TargetKind.BEROEP)
        view = language_view(language, portfolio, [forklift, nurse])
        facts = load_facts(paths)
        high = run_check(portfolio, forklift, view, TODAY, facts)
        low = run_check(portfolio, nurse, view, TODAY, facts)
    head = high.headline()
    assert head.shown >= 0.6 * head.total and high.evc is not None and high.evc.ready
    assert low.headline().said <= 0.1 * low.headline().total
    assert low.regulation is not None and "gereglementeerd" in "".join(
        light.code for light in low.warnings
    )
    assert low.signals and low.signals[0].text.startswith("In april 2021 was de spanningsratio")
    assert high.future is not None and len(high.future.items) == 11
    assert low.future is not None and low.future.source == high.future.source
    assert load_evc_costs() is not None


def test_a_targets_own_name_wins_over_its_other_names(tmp_path: Path) -> None:
    """In the bundled language 'magazijnmedewerker' is an occupation's name and another name
    of 'pakhuismedewerker' and 'medewerker grondstoffenontvangst'; typing it checks the
    occupation called so, as a person who types a job title expects."""
    with CompetenceLanguage.open_default(AppPaths(tmp_path)) as language:
        target = resolve_target(language, "Magazijnmedewerker", TargetKind.BEROEP)
        assert target.ref.label == "magazijnmedewerker"
        others = language.search("magazijnmedewerker", limit=10, kinds={"occupation"})
        assert sum(hit.match == "exact" for hit in others) > 1  # still other exact names
