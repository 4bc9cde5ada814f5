"""From a check to plan items, and progress between two checks of the same target."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from portfolio_app.check import compare_checks, latest_progress, propose_plan
from portfolio_app.domain.enums import ActionKind, PlanStatus
from portfolio_app.errors import InvalidInput
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_VERPLEEG,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    bk_proof,
    check,
    claim,
    data,
)


def test_plan_items_follow_the_most_important_gaps(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(claims=[claim(HEFTRUCK, level=4)]), OCC_HEFTRUCK)
    items = propose_plan(result, TODAY, top=3)
    assert [i.competence.uri for i in items if i.competence] == [
        g.competence.uri for g in result.gaps[:3]
    ]
    first = items[0]
    assert first.action_kind is result.gaps[0].actions[0]
    assert first.target == result.target and first.status is PlanStatus.OPEN
    assert first.due == TODAY + timedelta(days=180)  # a course takes a season
    assert (
        "Nog niet in je portfolio" in first.notes and result.checked_on.isoformat() in first.notes
    )
    assert first.goal.startswith("Volg een opleiding in")
    evidence = next(i for i in propose_plan(result, TODAY, top=10) if i.competence
                    and i.competence.uri == HEFTRUCK)  # fmt: skip
    assert evidence.action_kind is ActionKind.BEWIJS_VERZAMELEN
    assert evidence.due == TODAY + timedelta(days=30)
    english = propose_plan(result, TODAY, top=1, lang="en")
    assert english[0].goal.startswith("Take a course in")


def test_planned_gaps_are_not_proposed_twice(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(), OCC_HEFTRUCK)
    first = propose_plan(result, TODAY, top=2)
    assert propose_plan(result, TODAY, top=2, existing=first) == []
    wider = propose_plan(result, TODAY, top=4, existing=first)
    assert [i.competence.uri for i in wider if i.competence] == [
        g.competence.uri for g in result.gaps[2:4]
    ]
    done = [item.model_copy(update={"status": PlanStatus.KLAAR}) for item in first]
    assert [i.goal for i in propose_plan(result, TODAY, top=2, existing=done)] == [
        i.goal for i in first
    ]


def test_low_fit_adds_career_guidance_and_readiness_adds_evc(
    check_language: CompetenceLanguage,
) -> None:
    nurse = check(check_language, data(claims=[claim(HEFTRUCK)]), OCC_VERPLEEG)
    kinds = [i.action_kind for i in propose_plan(nurse, TODAY, top=1)]
    assert kinds[-1] is ActionKind.LOOPBAANBEGELEIDING
    proof = bk_proof()
    owned = claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id])
    ready = check(check_language, data(claims=[owned], leerbewijzen=[proof]), OCC_HEFTRUCK)
    evc_items = [i for i in propose_plan(ready, TODAY) if i.action_kind is ActionKind.EVC_TRAJECT]
    assert len(evc_items) == 1 and "Heftruckchauffeur" in evc_items[0].goal
    assert ActionKind.LOOPBAANBEGELEIDING not in [i.action_kind for i in propose_plan(ready, TODAY)]


def test_progress_between_two_checks(check_language: CompetenceLanguage) -> None:
    before = check(check_language, data(claims=[claim(HEFTRUCK, level=2)]), OCC_HEFTRUCK)
    proof = bk_proof(issued=date(2025, 5, 1))
    later = TODAY + timedelta(days=30)
    after = check(
        check_language,
        data(claims=[claim(HEFTRUCK, level=2)], leerbewijzen=[proof]),
        OCC_HEFTRUCK,
        today=later,
    )
    progress = compare_checks(before, after)
    assert (progress.before, progress.after) == (TODAY, later)
    assert progress.coverage_after > progress.coverage_before and progress.change > 0
    closed = {g.uri for g in progress.closed_gaps}
    assert {HEFTRUCK, VOORRAAD, VEILIGHEID} <= closed
    assert not progress.new_gaps and progress.same_scoring
    nl, en = progress.text()
    assert "Weggewerkt" in nl and "Closed" in en
    assert compare_checks(after, before) == progress  # the order of the arguments does not matter
    assert latest_progress([before, after]) == progress
    assert latest_progress([after]) is None


def test_comparing_checks_of_different_targets_is_refused(
    check_language: CompetenceLanguage,
) -> None:
    one = check(check_language, data(), OCC_HEFTRUCK)
    other = check(check_language, data(), OCC_VERPLEEG)
    with pytest.raises(InvalidInput):
        compare_checks(one, other)
    newer_rules = one.model_copy(update={"scoring_version": one.scoring_version + 1})
    progress = compare_checks(one, newer_rules)
    assert not progress.same_scoring and "rekent intussen anders" in progress.text()[0]
