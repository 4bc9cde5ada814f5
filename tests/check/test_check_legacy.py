"""Checks saved by scoring version 1 (one blended credit per competence) are read into
version 2's terms (``domain/check_legacy.py``) and keep saying they are version 1.

``data/check_v1.json`` holds two checks exactly as version 1 stored them: they were made by
the version 1 engine (commit 7acdd02) against the test language, on 2025-06-01.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from functools import cache
from typing import Any

import pytest
from pydantic import ValidationError

from portfolio_app.check import compare_checks
from portfolio_app.domain.check_result import CheckResult, EvidenceStrength, MatchKind, Standing
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.check.checkhelp import (
    DATA,
    HEFTOESTELLEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_MAGAZIJN,
    ORDERPICKEN,
    SAMENWERKEN,
    SCANNER,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    check,
    claim,
    contribution,
    data,
)

S, P, L, N = Standing.SHOWN, Standing.TO_PROVE, Standing.LOWER_LEVEL, Standing.NOT_SAID
DOC, JUDGE, EXP, OWN, NONE = (
    EvidenceStrength.DOCUMENT,
    EvidenceStrength.JUDGEMENT,
    EvidenceStrength.EXPERIENCE,
    EvidenceStrength.OWN,
    EvidenceStrength.NONE,
)


@cache
def _stored() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads((DATA / "check_v1.json").read_text(encoding="utf-8")))


def stored(target: str) -> dict[str, Any]:
    """A fresh copy of the stored version 1 check of ``target``."""
    found = next(d for d in _stored() if d["target"]["uri"] == target)
    return copy.deepcopy(found)


def test_the_fixture_is_a_version_1_check() -> None:
    for doc in _stored():
        assert doc["scoring_version"] == 1
        assert {"coverage", "coverage_essential", "coverage_optional", "gaps", "strengths"} <= set(
            doc
        )
        assert all("credit" in c and "factors" in c for c in doc["contributions"])


@pytest.mark.parametrize("target", [OCC_HEFTRUCK, OCC_MAGAZIJN])
def test_a_version_1_check_loads_and_keeps_its_version(target: str) -> None:
    doc = stored(target)
    result = CheckResult.model_validate(doc)
    assert result.scoring_version == 1
    assert result.id == doc["id"] and result.target.uri == target
    assert result.checked_on == TODAY
    assert result.summary == doc["summary"]  # what the app said then is kept, not re-run
    assert [w.code for w in result.warnings] == [w["code"] for w in doc["warnings"]]
    assert [c.competence.uri for c in result.contributions] == [
        c["competence"]["uri"] for c in doc["contributions"]
    ]
    assert not hasattr(result, "coverage") and not hasattr(result, "gaps")


@pytest.mark.parametrize(
    ("uri", "standing", "strength", "expired", "claim_id"),
    [
        (HEFTRUCK, S, DOC, False, "c-heftruck"),  # level 3, attachment (evidence 0.7)
        (VOORRAAD, S, EXP, False, "c-voorraad"),  # level 2, experience (0.9)
        (SCANNER, L, OWN, False, "c-scanner"),  # level 1
        (ORDERPICKEN, S, JUDGE, False, None),  # a valid leerbewijs alone (1.0)
        (SAMENWERKEN, P, OWN, False, "c-samen"),  # level 3, the user's word (0.6)
    ],
)
def test_standings_of_the_forklift_check(
    uri: str, standing: Standing, strength: EvidenceStrength, expired: bool, claim_id: str | None
) -> None:
    item = contribution(CheckResult.model_validate(stored(OCC_HEFTRUCK)), uri)
    assert (item.standing, item.strength, item.expired) == (standing, strength, expired)
    assert item.claim_id == claim_id and item.match is MatchKind.EXACT


@pytest.mark.parametrize(
    ("uri", "standing", "strength", "expired", "match"),
    [
        (ORDERPICKEN, P, OWN, True, MatchKind.EXACT),  # claim, linked leerbewijs "(verlopen)"
        (VOORRAAD, N, NONE, False, MatchKind.NONE),
        (SCANNER, S, JUDGE, False, MatchKind.EXACT),  # named the employer (0.8)
        (HEFTOESTELLEN, N, NONE, False, MatchKind.NARROWER),  # "reachtruck": related only
    ],
)
def test_standings_of_the_warehouse_check(
    uri: str, standing: Standing, strength: EvidenceStrength, expired: bool, match: MatchKind
) -> None:
    item = contribution(CheckResult.model_validate(stored(OCC_MAGAZIJN)), uri)
    assert (item.standing, item.strength, item.expired, item.match) == (
        standing,
        strength,
        expired,
        match,
    )
    if standing is N:
        assert item.claim_id is None and item.evidence_ids == []


def test_gaps_become_to_learn_and_to_prove() -> None:
    doc = stored(OCC_MAGAZIJN)
    result = CheckResult.model_validate(doc)
    assert [p.competence.uri for p in result.to_learn] == [VOORRAAD, HEFTOESTELLEN]
    assert [p.competence.uri for p in result.to_prove] == [ORDERPICKEN]
    assert [p.standing for p in result.to_learn] == [N, N]
    assert result.to_prove[0].standing is P
    old = {g["competence"]["uri"]: g for g in doc["gaps"]}
    for point in (*result.to_learn, *result.to_prove):
        assert [a.value for a in point.actions] == old[point.competence.uri]["actions"]
        assert point.reason == old[point.competence.uri]["reason"]
    # the v1 "gap" for a competence that now counts as shown is in neither list
    assert SCANNER in old
    assert SCANNER not in {p.competence.uri for p in (*result.to_learn, *result.to_prove)}


def test_counts_of_a_converted_check_come_from_its_contributions() -> None:
    result = CheckResult.model_validate(stored(OCC_MAGAZIJN))
    essential = result.headline()
    assert (essential.total, essential.said, essential.shown, essential.expired) == (2, 1, 0, 1)
    forklift = CheckResult.model_validate(stored(OCC_HEFTRUCK))
    optional = forklift.tally(False)
    assert (optional.total, optional.said, optional.shown, optional.lower_level) == (3, 2, 1, 1)


def test_the_evc_card_counts_what_version_1_called_can_as_said() -> None:
    doc = stored(OCC_HEFTRUCK)
    result = CheckResult.model_validate(doc)
    assert result.evc is not None
    assert result.evc.competences_said == doc["evc"]["competences_shown"] == 3
    assert result.evc.competences_shown == 0
    assert result.evc.competences_total == 4 and result.evc.ready


@pytest.mark.parametrize("target", [OCC_HEFTRUCK, OCC_MAGAZIJN])
def test_conversion_is_idempotent(target: str) -> None:
    once = CheckResult.model_validate(stored(target))
    again = CheckResult.model_validate(json.loads(once.model_dump_json()))
    assert again == once and again.scoring_version == 1


def test_a_version_2_check_is_read_as_it_is(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(claims=[claim(HEFTRUCK, level=3)]), OCC_HEFTRUCK)
    assert result.scoring_version == 2
    again = CheckResult.model_validate(json.loads(result.model_dump_json()))
    assert again == result


def test_a_version_1_check_in_the_vault_is_compared_with_a_new_one(
    portfolio: Portfolio, check_language: CompetenceLanguage
) -> None:
    doc = stored(OCC_MAGAZIJN)
    row = {
        "data": json.dumps(doc),
        "updated_at": datetime(2025, 6, 1).isoformat(),
        "target_uri": OCC_MAGAZIJN,
        "checked_on": "2025-06-01",
    }
    with portfolio.change("oude check", "old check"):
        portfolio._vault.put("checks", doc["id"], row)  # as version 1 wrote it
    (old,) = portfolio.checks.for_target(OCC_MAGAZIJN)
    assert old.scoring_version == 1 and old.to_prove[0].competence.uri == ORDERPICKEN
    new = check(
        check_language,
        data(claims=[claim(ORDERPICKEN, level=3), claim(VOORRAAD, level=2)]),
        OCC_MAGAZIJN,
        today=date(2025, 7, 1),
    )
    progress = compare_checks(old, new)
    assert not progress.same_scoring
    assert "rekent intussen anders" in progress.text()[0]
    assert "counts differently" in progress.text()[1]
    assert [c.uri for c in progress.newly_said] == [VOORRAAD]
    assert (progress.counts_before.said, progress.counts_after.said) == (1, 2)


def test_an_expired_leerbewijs_without_a_claim_stays_to_prove() -> None:
    item = contribution(CheckResult.model_validate(stored(OCC_HEFTRUCK)), VEILIGHEID)
    assert "verlopen" in item.explanation  # what version 1 wrote
    assert item.standing is Standing.TO_PROVE and item.expired


@pytest.mark.parametrize(
    "bad",
    [
        {"contributions": 1e300, "coverage": 0.5},
        {"gaps": 3.0, "coverage": 0.5},
        {"contributions": [{"credit": 1, "factors": 5, "match": "exact"}]},
        {"evc": 1, "coverage": 0.5, "strengths": "x"},
    ],
)
def test_a_damaged_old_check_is_refused_with_a_message_not_a_crash(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        CheckResult.model_validate(bad)
