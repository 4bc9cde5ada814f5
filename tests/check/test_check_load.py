"""Targets from URIs and labels, the language view, the wizard's list, and the bundled data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from portfolio_app.check import (
    AmbiguousTarget,
    language_view,
    load_evc_costs,
    load_signals,
    load_target,
    resolve_target,
    run_check,
    snapshot,
    target_competences,
)
from portfolio_app.domain.check_result import MatchKind
from portfolio_app.domain.enums import LeerbewijsKind, TargetKind
from portfolio_app.errors import NotFound
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


def test_wizard_lists_the_competences_that_matter(check_language: CompetenceLanguage) -> None:
    mine = claim(HEFTOESTELLEN, level=3, willen=3)
    stock = claim(VOORRAAD, willen=1)
    portfolio = data(claims=[mine, stock])
    target = load_target(check_language, OCC_HEFTRUCK)
    view = language_view(check_language, portfolio, [target])
    rows = {r.competence.uri: r for r in target_competences(portfolio, target, view, TODAY)}
    assert list(rows)[:3] == list(target.essential)
    assert rows[HEFTRUCK].match is MatchKind.BROADER and rows[HEFTRUCK].claim == mine
    assert rows[VOORRAAD].claim == stock and rows[VOORRAAD].willen == 1
    assert rows[VEILIGHEID].claim is None and rows[VEILIGHEID].credit == 0.0
    assert rows["urn:test:c:samenwerken"].future and not rows[VOORRAAD].future


def test_check_from_a_real_vault(portfolio: Portfolio, check_language: CompetenceLanguage) -> None:
    proof = portfolio.leerbewijzen.add(bk_proof())
    portfolio.claims.add(claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id]))
    portfolio_data = snapshot(portfolio)
    target = load_target(check_language, OCC_HEFTRUCK)
    result = run_check(
        portfolio_data, target, language_view(check_language, portfolio_data, [target]), TODAY
    )
    portfolio.checks.add(result)
    assert portfolio.checks.for_target(OCC_HEFTRUCK) == [result]


def test_bundled_language_forklift_proof_fits_forklift_not_nurse(tmp_path: Path) -> None:
    """The demo path on the real starter data: the BK proof alone carries the check."""
    with CompetenceLanguage.open_default(AppPaths(tmp_path / "home")) as language:
        forklift = resolve_target(language, "heftruckchauffeur", TargetKind.BEROEP)
        assert forklift.evc is not None
        proof = leerbewijs(
            kind=LeerbewijsKind.BEROEPSKWALIFICATIE,
            title="Bewijs van beroepskwalificatie heftruckchauffeur",
            issued=date(2024, 9, 1),
            qualification_uri=forklift.evc.qualification.uri,
        )
        portfolio = data(leerbewijzen=[proof])
        nurse = resolve_target(language, "verpleegkundige", TargetKind.BEROEP)
        view = language_view(language, portfolio, [forklift, nurse])
        signals = load_signals(AppPaths(tmp_path / "home"))
        high = run_check(portfolio, forklift, view, TODAY, signals, load_evc_costs())
        low = run_check(portfolio, nurse, view, TODAY, signals, load_evc_costs())
    assert high.coverage_essential >= 0.6 and high.evc is not None and high.evc.ready
    assert low.coverage_essential <= 0.1
    assert "knelpuntberoep" in [w.code for w in low.warnings]
