"""From a check to plan items (``propose_plan``), and progress between two checks of the same
target (``compare_checks``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from portfolio_app.check import compare_checks, latest_progress, propose_plan
from portfolio_app.check.plan import DUE_DAYS
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.enums import ActionKind, PlanStatus
from portfolio_app.errors import InvalidInput
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_VERPLEEG,
    ORDERPICKEN,
    SAMENWERKEN,
    SCANNER,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    bk_proof,
    check,
    claim,
    data,
    leerbewijs,
)


def test_plan_items_come_from_both_lists_most_important_first(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, data(claims=[claim(HEFTRUCK, level=4)]), OCC_HEFTRUCK)
    points = sorted(
        [*result.to_learn, *result.to_prove], key=lambda p: (-p.importance, p.competence.label)
    )
    items = propose_plan(result, TODAY, top=3)
    assert [i.competence.uri for i in items if i.competence] == [
        p.competence.uri for p in points[:3]
    ]
    first = items[0]
    assert first.action_kind is points[0].actions[0] is ActionKind.ZELF_NAGAAN
    assert first.target == result.target and first.status is PlanStatus.OPEN
    assert first.due == TODAY + timedelta(days=14)  # checking what you can: two weeks
    assert "Kan je het al?" in first.notes and result.checked_on.isoformat() in first.notes
    assert first.goal.startswith("Ga na of je")
    everything = propose_plan(result, TODAY, top=10)
    evidence = next(i for i in everything if i.competence and i.competence.uri == HEFTRUCK)
    assert evidence.action_kind is ActionKind.BEWIJS_VERZAMELEN  # from to_prove
    assert evidence.due == TODAY + timedelta(days=DUE_DAYS[ActionKind.BEWIJS_VERZAMELEN])
    assert evidence.goal == "Voeg bewijs toe voor 'heftruck besturen'"
    english = propose_plan(result, TODAY, top=1, lang="en")
    assert english[0].goal.startswith("Check whether you can already do")


def test_every_open_point_gets_its_first_action(check_language: CompetenceLanguage) -> None:
    portfolio = data(
        claims=[claim(HEFTRUCK, level=1), claim(VOORRAAD, level=3), claim(SAMENWERKEN)]
    )
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    items = propose_plan(result, TODAY, top=20)
    kinds = {i.competence.uri: i.action_kind for i in items if i.competence}
    points = {p.competence.uri: p for p in (*result.to_learn, *result.to_prove)}
    assert set(kinds) == set(points)
    for uri, point in points.items():
        assert kinds[uri] is point.actions[0]
    assert kinds[HEFTRUCK] is ActionKind.WERKPLEKLEREN  # below the level asked
    assert kinds[VOORRAAD] is ActionKind.BEWIJS_VERZAMELEN
    assert kinds[VEILIGHEID] is ActionKind.ZELF_NAGAAN


def test_planned_points_are_not_proposed_twice(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(), OCC_HEFTRUCK)
    first = propose_plan(result, TODAY, top=2)
    assert len(first) == 2 + 1  # and a talk with a counsellor: nothing said yet
    assert propose_plan(result, TODAY, top=2, existing=first) == []
    wider = propose_plan(result, TODAY, top=4, existing=first)
    planned = {i.competence.uri for i in first if i.competence}
    assert len(wider) == 2 and not {i.competence.uri for i in wider if i.competence} & planned
    done = [item.model_copy(update={"status": PlanStatus.KLAAR}) for item in first]
    assert [i.goal for i in propose_plan(result, TODAY, top=2, existing=done)] == [
        i.goal for i in first
    ]


def test_one_expired_leerbewijs_is_renewed_once(check_language: CompetenceLanguage) -> None:
    vca = leerbewijs(VEILIGHEID, HEFTRUCK, title="VCA", expires=date(2024, 1, 1))
    portfolio = data(
        claims=[
            claim(VEILIGHEID, leerbewijs_ids=[vca.id]),
            claim(HEFTRUCK, leerbewijs_ids=[vca.id]),
        ],
        leerbewijzen=[vca],
    )
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    assert {p.competence.uri for p in result.to_prove if p.actions == [ActionKind.HERNIEUWEN]} == {
        VEILIGHEID,
        HEFTRUCK,
    }
    renewals = [
        i for i in propose_plan(result, TODAY, top=10) if i.action_kind is ActionKind.HERNIEUWEN
    ]
    assert len(renewals) == 1 and "VCA" in renewals[0].goal
    assert renewals[0].due == TODAY + timedelta(days=90)


def test_low_fit_adds_career_guidance_and_readiness_adds_evc(
    check_language: CompetenceLanguage,
) -> None:
    nurse = check(check_language, data(claims=[claim(HEFTRUCK)]), OCC_VERPLEEG)
    kinds = [i.action_kind for i in propose_plan(nurse, TODAY, top=1)]
    assert kinds == [ActionKind.ZELF_NAGAAN, ActionKind.LOOPBAANBEGELEIDING]
    talk = propose_plan(nurse, TODAY, top=1)[-1]
    assert "verpleegkundige" in talk.goal and talk.competence is None
    proof = bk_proof()
    owned = claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id])
    ready = check(check_language, data(claims=[owned], leerbewijzen=[proof]), OCC_HEFTRUCK)
    plan = propose_plan(ready, TODAY)
    evc_items = [i for i in plan if i.action_kind is ActionKind.EVC_TRAJECT and not i.competence]
    assert len(evc_items) == 1 and "Heftruckchauffeur" in evc_items[0].goal
    assert ActionKind.LOOPBAANBEGELEIDING not in [i.action_kind for i in plan]
    assert propose_plan(ready, TODAY, existing=plan) == []


def test_a_third_said_is_not_a_low_fit(check_language: CompetenceLanguage) -> None:
    one_of_three = check(check_language, data(claims=[claim(HEFTRUCK)]), OCC_HEFTRUCK)
    kinds = [i.action_kind for i in propose_plan(one_of_three, TODAY, top=10)]
    assert ActionKind.LOOPBAANBEGELEIDING not in kinds


def test_progress_between_two_checks(check_language: CompetenceLanguage) -> None:
    before = check(
        check_language,
        data(claims=[claim(HEFTRUCK, level=2), claim(ORDERPICKEN, level=3)]),
        OCC_HEFTRUCK,
    )
    later = TODAY + timedelta(days=30)
    proof = bk_proof(issued=date(2025, 5, 1))
    after = check(
        check_language,
        data(claims=[claim(HEFTRUCK, level=2), claim(SCANNER, level=2)], leerbewijzen=[proof]),
        OCC_HEFTRUCK,
        today=later,
    )
    progress = compare_checks(before, after)
    assert (progress.before, progress.after) == (TODAY, later)
    assert progress.counts_before == before.headline()
    assert progress.counts_after == after.headline()
    assert (progress.counts_before.said, progress.counts_before.shown) == (1, 0)
    assert (progress.counts_after.said, progress.counts_after.shown) == (3, 3)
    assert {r.uri for r in progress.newly_said} == {VOORRAAD, VEILIGHEID, SCANNER}
    assert {r.uri for r in progress.newly_shown} == {HEFTRUCK, VOORRAAD, VEILIGHEID, ORDERPICKEN}
    assert progress.no_longer == ()  # orderpicken is still said: the BK proof lists it
    assert progress.moved and progress.same_scoring
    nl, en = progress.text()
    assert nl.startswith("Op 01-06-2025 zei je 1 van de 3 essentiële competenties te kunnen")
    assert "nu zijn dat er 3 en 3" in nl and "Nieuw aangetoond:" in nl
    assert "Newly shown:" in en and "rekent" not in nl
    assert compare_checks(after, before) == progress  # the order of the arguments does not matter
    assert latest_progress([before, after]) == progress
    assert latest_progress([after]) is None and latest_progress([]) is None


def test_what_is_no_longer_said(check_language: CompetenceLanguage) -> None:
    before = check(check_language, data(claims=[claim(HEFTRUCK)]), OCC_HEFTRUCK)
    after = check(
        check_language,
        data(claims=[claim(HEFTRUCK, level=1)]),
        OCC_HEFTRUCK,
        today=date(2025, 7, 1),
    )
    progress = compare_checks(before, after)
    assert [r.uri for r in progress.no_longer] == [HEFTRUCK]
    assert not progress.moved
    assert [c.standing for c in after.contributions if c.competence.uri == HEFTRUCK] == [
        Standing.LOWER_LEVEL
    ]


def test_comparing_checks_of_different_targets_is_refused(
    check_language: CompetenceLanguage,
) -> None:
    one = check(check_language, data(), OCC_HEFTRUCK)
    other = check(check_language, data(), OCC_VERPLEEG)
    with pytest.raises(InvalidInput):
        compare_checks(one, other)


def test_checks_of_different_scoring_versions_say_so(check_language: CompetenceLanguage) -> None:
    one = check(check_language, data(), OCC_HEFTRUCK)
    older_rules = one.model_copy(update={"scoring_version": 1, "checked_on": date(2024, 1, 1)})
    progress = compare_checks(older_rules, one)
    assert not progress.same_scoring
    assert "rekent intussen anders" in progress.text()[0]
    assert "counts differently" in progress.text()[1]
