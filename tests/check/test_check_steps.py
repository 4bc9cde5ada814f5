"""A concrete learning step per open point: the route (opleiding, werkplekleren, EVC,
deelkwalificatie of a BK), the catalogues to look in with what to type, and what can help pay
in the person's situation. Every generated link is well-formed and nothing is fetched."""

from __future__ import annotations

import http.client
import socket
import urllib.request
from collections.abc import Iterator
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest

from portfolio_app.check import Facts, PortfolioData, load_evc_costs
from portfolio_app.check.catalogues import CATALOGUES
from portfolio_app.check.load import plan_targets
from portfolio_app.check.steps import plan_entries
from portfolio_app.domain import ActionPlanItem, ConceptRef, TargetRef
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import ActionKind, PlanStatus, TargetKind, WorkStatus
from portfolio_app.domain.plan import closed_as
from portfolio_app.domain.situation import Situation
from portfolio_app.domain.steps import Catalogue, LearningStep, Route
from portfolio_app.language import CompetenceLanguage
from portfolio_app.rights.files import load_rights
from portfolio_app.rights.view import rights_view
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    BK_VERPLEEG,
    DK_RIJDEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_REACHTRUCK,
    OCC_VERPLEEG,
    SCANNER,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    bk_proof,
    check,
    claim,
)

ALL_TARGETS = (
    OCC_HEFTRUCK, OCC_VERPLEEG, OCC_MAGAZIJN, OCC_REACHTRUCK, OCC_KOK, BK_HEFTRUCK,
    BK_VERPLEEG, DK_RIJDEN,
)  # fmt: skip
HOSTS = {urlsplit(info.url).netloc for info in CATALOGUES.values()}


class Fetched(AssertionError):
    pass


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to open a network connection fails the test."""
    tried: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        tried.append(repr(args))
        raise Fetched(f"network use: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(http.client.HTTPConnection, "connect", refuse)
    yield tried
    assert tried == []


def _facts() -> Facts:
    costs = load_evc_costs()
    return Facts(evc_costs=costs, rights=load_rights(costs))


def _data(status: WorkStatus | None = None, *claims: object) -> PortfolioData:
    situation = Situation(status=status, set_on=date(2025, 1, 1)) if status else None
    return PortfolioData.of(claims, situation=situation)  # type: ignore[arg-type]


def _steps(result: CheckResult) -> list[LearningStep]:
    return [s for p in (*result.to_learn, *result.to_prove) for s in p.steps]


def _assert_well_formed(step: LearningStep) -> None:
    for link in step.links:
        parts = urlsplit(link.url)
        assert parts.scheme == "https" and parts.netloc in HOSTS, link.url
        assert not any(c.isspace() for c in link.url)
        assert not parts.query and not parts.fragment  # what is typed never goes in the URL
        assert link.search_for and f"'{link.search_for}'" in link.how
        assert link.search_for in link.how_en


def test_every_learning_action_gets_a_step_with_well_formed_links(
    check_language: CompetenceLanguage, offline: list[str]
) -> None:
    portfolios = [
        _data(None),
        _data(WorkStatus.WERKZOEKEND, claim(HEFTRUCK, level=3), claim(VOORRAAD, level=1)),
        _data(WorkStatus.WERKNEMER, claim(SCANNER, level=3, willen=1), claim(VEILIGHEID)),
    ]
    seen_routes: set[Route] = set()
    for portfolio in portfolios:
        for target in ALL_TARGETS:
            result = check(check_language, portfolio, target, facts=_facts())
            for point in (*result.to_learn, *result.to_prove):
                learning = [a for a in point.actions if a in _LEARNING]
                assert [s.action for s in point.steps] == learning
                for step in point.steps:
                    _assert_well_formed(step)
                    # built without validation for speed: it must still be valid
                    assert LearningStep.model_validate(step.model_dump()) == step
                    assert step.text and step.text_en
                    seen_routes.add(step.route)
    assert seen_routes == set(Route)


_LEARNING = (ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN, ActionKind.EVC_TRAJECT)


def test_a_competence_of_a_deelkwalificatie_leads_to_that_partial_qualification(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, _data(None), OCC_HEFTRUCK, facts=_facts())
    point = next(p for p in result.to_learn if p.competence.uri == VEILIGHEID)
    step = next(s for s in point.steps if s.action is ActionKind.OPLEIDING)
    assert step.route is Route.DEELKWALIFICATIE
    assert "Rijden met de heftruck" in step.text and "Heftruckchauffeur" in step.text
    catalogues = {link.catalogue: link for link in step.links}
    assert catalogues[Catalogue.ONDERWIJSKIEZER].search_for == "Rijden met de heftruck"
    assert catalogues[Catalogue.KWALIFICATIEDATABANK].search_for == "Heftruckchauffeur"
    kok = check(check_language, _data(None), OCC_KOK, facts=_facts())
    plain = next(s for s in _steps(kok) if s.action is ActionKind.OPLEIDING)
    assert plain.route is Route.OPLEIDING
    assert [link.catalogue for link in plain.links] == [Catalogue.VDAB_OPLEIDINGEN]
    assert plain.links[0].search_for == plain.text.split("'")[1]


def test_the_evc_step_names_the_fee_for_the_situation(check_language: CompetenceLanguage) -> None:
    portfolio = _data(WorkStatus.WERKZOEKEND, claim(HEFTRUCK, level=3))
    result = check(check_language, portfolio, OCC_HEFTRUCK, facts=_facts())
    evc = next(s for s in _steps(result) if s.route is Route.EVC)
    assert "gratis voor werkzoekenden" in evc.pay and "Opleidingscheques" not in evc.pay
    assert {link.catalogue for link in evc.links} == {
        Catalogue.EVC_TESTCENTRA,
        Catalogue.KWALIFICATIEDATABANK,
    }
    employee = check(
        check_language, _data(WorkStatus.WERKNEMER, claim(HEFTRUCK, level=3)), OCC_HEFTRUCK,
        facts=_facts(),
    )  # fmt: skip
    evc = next(s for s in _steps(employee) if s.route is Route.EVC)
    assert "141 euro" in evc.pay and "Opleidingscheques" in evc.pay
    assert "opleidingscheques" in evc.rights


def test_what_helps_pay_for_a_course_follows_the_situation(
    check_language: CompetenceLanguage,
) -> None:
    def course(status: WorkStatus | None) -> LearningStep:
        result = check(check_language, _data(status), OCC_KOK, facts=_facts())
        return next(s for s in _steps(result) if s.action is ActionKind.OPLEIDING)

    jobseeker = course(WorkStatus.WERKZOEKEND)
    assert "Gratis erkende VDAB-opleiding" in jobseeker.pay
    assert "Opleidingscheques" not in jobseeker.pay
    employee = course(WorkStatus.WERKNEMER)
    assert "Opleidingscheques" in employee.pay and "Vlaams opleidingsverlof" in employee.pay
    unknown = course(None)
    assert unknown.pay.startswith("Afhankelijk van je situatie")
    assert course(WorkStatus.ZELFSTANDIGE).pay == ""  # no course incentive for them here


def test_a_check_without_rights_still_gives_steps(check_language: CompetenceLanguage) -> None:
    result = check(check_language, _data(None), OCC_KOK, facts=Facts())
    steps = _steps(result)
    assert steps and all(s.pay == "" and s.rights == [] for s in steps)


def test_plan_entries_give_each_item_its_step_and_what_changed_after_it(
    check_language: CompetenceLanguage, offline: list[str]
) -> None:
    before = check(check_language, _data(None, claim(HEFTRUCK, level=3)), BK_HEFTRUCK)
    target = TargetRef(
        uri=BK_HEFTRUCK, label="Heftruckchauffeur", kind=TargetKind.BEROEPSKWALIFICATIE
    )
    competence = ConceptRef(uri=HEFTRUCK, label="heftruck besturen")
    proof_item = ActionPlanItem(
        goal="Voeg bewijs toe voor 'heftruck besturen'",
        action_kind=ActionKind.BEWIJS_VERZAMELEN,
        competence=competence,
        target=target,
        created=TODAY,
    )
    course = ActionPlanItem(
        goal="Volg een opleiding in 'veilig werken'",
        action_kind=ActionKind.OPLEIDING,
        competence=ConceptRef(uri=VEILIGHEID, label="veilig werken"),
        target=target,
        created=TODAY,
    )
    done = closed_as(proof_item, PlanStatus.KLAAR, TODAY + timedelta(days=10))
    later_day = TODAY + timedelta(days=20)
    proof = bk_proof(issued=date(2025, 6, 5))
    after = check(
        check_language,
        PortfolioData.of([claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id])], [proof]),
        BK_HEFTRUCK,
        today=later_day,
    )
    rights = rights_view(_rules(), None, later_day)
    entries = plan_entries(
        [done, course], plan_targets(check_language, [BK_HEFTRUCK]), [before, after], rights
    )
    assert [e.item.id for e in entries] == [course.id, done.id]  # open first
    open_entry, done_entry = entries
    assert open_entry.step is not None and open_entry.step.route is Route.DEELKWALIFICATIE
    assert open_entry.followup is None and done_entry.step is None
    assert done_entry.followup is not None
    text = done_entry.followup.text()[0]
    assert "Klaar op 11 juni 2025" in text and "aangetoond" in text
    assert "daarvoor: je zegt dat je het kunt, nog te bewijzen" in text


def _rules():  # type: ignore[no-untyped-def]
    rules = load_rights(load_evc_costs())
    assert rules is not None
    return rules


def test_progress_names_the_steps_done_between_two_checks(
    check_language: CompetenceLanguage,
) -> None:
    from portfolio_app.check import compare_checks

    first = check(check_language, _data(None, claim(HEFTRUCK, level=3)), OCC_HEFTRUCK)
    second = check(
        check_language, _data(None, claim(HEFTRUCK, level=3)), OCC_HEFTRUCK,
        today=TODAY + timedelta(days=30),
    )  # fmt: skip
    item = ActionPlanItem(goal="Leer veilig werken", target=first.target, created=TODAY)
    done = closed_as(item, PlanStatus.KLAAR, TODAY + timedelta(days=3))
    elsewhere = done.model_copy(update={"id": "x", "target": None})
    progress = compare_checks(first, second, [done, elsewhere, item])
    assert progress.actions_done == (done,)
    assert "werkte je 1 actie(s) af: Leer veilig werken" in progress.text()[0]


def test_the_cli_plan_lists_steps_links_and_the_day_a_step_was_done(
    cli, tmp_path, template_vault, isolated_home
) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    isolated_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_vault, isolated_home / "portfolio.vault")
    assert cli("profile", "--situation", "werkzoekend")[0] == 0
    assert cli("check", "kok", "--kind", "beroep")[0] == 0
    code, out, err = cli("check", "kok", "--kind", "beroep", "--no-save")
    assert "Stap (opleiding)" in out and "https://www.vdab.be/opleidingen" in out
    assert "Gratis erkende VDAB-opleiding voor werkzoekenden" in out
    assert cli("plan", "add-from-check")[0] == 0
    code, out, err = cli("plan")
    assert code == 0, err
    assert "Stap (" in out and "typ '" in out and "De app zoekt niets op het internet" in out
    code, out, _ = cli("plan", "--json")
    items = json.loads(out)
    with_step = [i for i in items if i["step"]]
    assert with_step and all(
        link["url"].startswith("https://") for i in with_step for link in i["step"]["links"]
    )
    first = items[0]["id"]
    assert cli("plan", "status", first[:8], "klaar")[0] == 0
    code, out, _ = cli("plan")
    assert f"afgesloten op {date.today().isoformat()}" in out
