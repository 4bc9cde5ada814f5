"""The evidence strength scale (``check/evidence.py``): document > judgement > experience >
own estimate, expired proof, and checked or failed digital credentials."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from portfolio_app.check.evidence import experience_strength, leerbewijs_strength
from portfolio_app.domain.check_result import EvidenceStrength, Standing
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind
from portfolio_app.domain.leerbewijs import CheckStatus
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    VEILIGHEID,
    by,
    check,
    claim,
    contribution,
    data,
    experience,
    leerbewijs,
    verification,
)

PASSED = verification(CheckStatus.GESLAAGD, CheckStatus.GESLAAGD)
FAILED = verification(CheckStatus.GESLAAGD, CheckStatus.MISLUKT)
OFFLINE = verification(CheckStatus.GESLAAGD, CheckStatus.NIET_OFFLINE)  # issuer key unknown
# signature, key, recipient and validity checked; revocation cannot be known offline
NOT_REVOKED_UNKNOWN = verification(*[CheckStatus.GESLAAGD] * 4, CheckStatus.NIET_OFFLINE)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"attachment_ids": ["scan"]}, EvidenceStrength.DOCUMENT),
        ({"verification": PASSED, "kind": LeerbewijsKind.OPEN_BADGE}, EvidenceStrength.DOCUMENT),
        ({}, EvidenceStrength.JUDGEMENT),  # typed in: the issuer and the date say who and when
        ({"verification": OFFLINE}, EvidenceStrength.JUDGEMENT),  # whose key signed it?
        ({"verification": NOT_REVOKED_UNKNOWN}, EvidenceStrength.DOCUMENT),
        ({"verification": FAILED}, EvidenceStrength.NONE),
        ({"verification": FAILED, "attachment_ids": ["scan"]}, EvidenceStrength.NONE),
    ],
)
def test_leerbewijs_strength(fields: dict[str, Any], expected: EvidenceStrength) -> None:
    assert leerbewijs_strength(leerbewijs(HEFTRUCK, **fields)) is expected


@pytest.mark.parametrize(
    ("fields", "standing", "strength"),
    [
        ({"attachment_ids": ["scan"]}, Standing.SHOWN, EvidenceStrength.DOCUMENT),
        ({"verification": PASSED}, Standing.SHOWN, EvidenceStrength.DOCUMENT),
        ({}, Standing.SHOWN, EvidenceStrength.JUDGEMENT),
        ({"verification": FAILED}, Standing.TO_PROVE, EvidenceStrength.OWN),
    ],
)
def test_a_linked_leerbewijs_shows_the_claim_with_its_strength(
    check_language: CompetenceLanguage,
    fields: dict[str, Any],
    standing: Standing,
    strength: EvidenceStrength,
) -> None:
    cert = leerbewijs(**fields)  # lists nothing: only the link backs the claim
    owned = claim(HEFTRUCK, level=3, leerbewijs_ids=[cert.id])
    result = check(check_language, data(claims=[owned], leerbewijzen=[cert]), OCC_HEFTRUCK)
    item = contribution(result, HEFTRUCK)
    assert (item.standing, item.strength) == (standing, strength)
    assert item.evidence_ids == [cert.id]
    counts = result.headline()
    assert counts.by_strength == ({strength: 1} if standing is Standing.SHOWN else {})


def test_a_failed_credential_alone_is_no_evidence_at_all(
    check_language: CompetenceLanguage,
) -> None:
    forged = leerbewijs(HEFTRUCK, verification=FAILED, attachment_ids=["scan"])
    result = check(check_language, data(leerbewijzen=[forged]), OCC_HEFTRUCK)
    assert contribution(result, HEFTRUCK).standing is Standing.NOT_SAID
    assert result.headline().said == 0


@pytest.mark.parametrize(
    ("sources", "attachments", "standing", "strength"),
    [
        (by(SourceKind.WERKGEVER, "Colruyt", date(2024, 5, 1)), [], Standing.SHOWN,
         EvidenceStrength.JUDGEMENT),
        (by(SourceKind.EVC_ASSESSOR), [], Standing.SHOWN, EvidenceStrength.JUDGEMENT),
        (by(SourceKind.ZELF, "ikzelf"), [], Standing.TO_PROVE, EvidenceStrength.OWN),
        ([], [], Standing.TO_PROVE, EvidenceStrength.OWN),
        ([], ["foto"], Standing.SHOWN, EvidenceStrength.DOCUMENT),
    ],
)  # fmt: skip
def test_what_the_claim_itself_carries(
    check_language: CompetenceLanguage,
    sources: list[Any],
    attachments: list[str],
    standing: Standing,
    strength: EvidenceStrength,
) -> None:
    owned = claim(HEFTRUCK, level=3, sources=sources, attachment_ids=attachments)
    item = contribution(check(check_language, data(claims=[owned]), OCC_HEFTRUCK), HEFTRUCK)
    assert (item.standing, item.strength) == (standing, strength)


def test_a_judgement_names_who_and_when(check_language: CompetenceLanguage) -> None:
    owned = claim(HEFTRUCK, level=3, sources=by(SourceKind.WERKGEVER, "Colruyt", date(2024, 5, 1)))
    item = contribution(check(check_language, data(claims=[owned]), OCC_HEFTRUCK), HEFTRUCK)
    assert "vastgesteld door werkgever (Colruyt), mei 2024" in item.explanation
    assert "identified by employer (Colruyt), May 2024" in item.explanation_en


@pytest.mark.parametrize(
    ("description", "standing", "strength"),
    [
        ("Elke dag paletten gestapeld met de heftruck.", Standing.SHOWN,
         EvidenceStrength.EXPERIENCE),
        ("", Standing.TO_PROVE, EvidenceStrength.OWN),
        ("   ", Standing.TO_PROVE, EvidenceStrength.OWN),
    ],
)  # fmt: skip
def test_an_experience_shows_it_only_with_a_description(
    check_language: CompetenceLanguage,
    description: str,
    standing: Standing,
    strength: EvidenceStrength,
) -> None:
    job = experience(description=description)
    assert experience_strength(job) is (
        EvidenceStrength.EXPERIENCE if description.strip() else EvidenceStrength.OWN
    )
    owned = claim(HEFTRUCK, level=3, experience_ids=[job.id])
    result = check(check_language, data(claims=[owned], experiences=[job]), OCC_HEFTRUCK)
    item = contribution(result, HEFTRUCK)
    assert (item.standing, item.strength) == (standing, strength)
    if standing is Standing.TO_PROVE:
        assert "nog zonder beschrijving" in item.explanation


def test_a_listing_backs_the_claim_without_a_link(check_language: CompetenceLanguage) -> None:
    job = experience(HEFTRUCK, description="Heftruck in het magazijn.")
    owned = claim(HEFTRUCK, level=3)
    item = contribution(
        check(check_language, data(claims=[owned], experiences=[job]), OCC_HEFTRUCK), HEFTRUCK
    )
    assert item.standing is Standing.SHOWN and item.strength is EvidenceStrength.EXPERIENCE
    assert item.claim_id == owned.id and item.evidence_ids == [job.id]


def test_the_strongest_proof_decides_and_comes_first(check_language: CompetenceLanguage) -> None:
    job = experience(HEFTRUCK, description="Heftruck in het magazijn.")
    typed = leerbewijs(HEFTRUCK, title="Getypt attest")
    scanned = leerbewijs(HEFTRUCK, title="Gescand attest", attachment_ids=["scan"])
    owned = claim(HEFTRUCK, level=3, sources=by(SourceKind.OPLEIDER))
    portfolio = data(claims=[owned], leerbewijzen=[typed, scanned], experiences=[job])
    item = contribution(check(check_language, portfolio, OCC_HEFTRUCK), HEFTRUCK)
    assert item.strength is EvidenceStrength.DOCUMENT
    assert item.evidence_ids[0] == scanned.id
    assert set(item.evidence_ids) == {job.id, typed.id, scanned.id, owned.id}
    assert "Gescand attest" in item.explanation and "(met document)" in item.explanation


def test_an_expired_leerbewijs_leaves_the_competence_to_prove(
    check_language: CompetenceLanguage,
) -> None:
    vca = leerbewijs(
        VEILIGHEID,
        title="VCA basisveiligheid",
        issued=date(2014, 1, 1),
        expires=date(2024, 1, 1),
        attachment_ids=["scan"],
    )
    owned = claim(VEILIGHEID, level=3, leerbewijs_ids=[vca.id])
    result = check(check_language, data(claims=[owned], leerbewijzen=[vca]), OCC_HEFTRUCK)
    item = contribution(result, VEILIGHEID)
    assert item.standing is Standing.TO_PROVE and item.said
    assert item.expired and item.strength is EvidenceStrength.OWN
    assert "verlopen" in item.explanation
    counts = result.headline()
    assert (counts.said, counts.shown, counts.expired) == (1, 0, 1)


def test_an_expired_leerbewijs_alone_says_it_was_learned(
    check_language: CompetenceLanguage,
) -> None:
    vca = leerbewijs(VEILIGHEID, issued=date(2014, 1, 1), expires=date(2024, 1, 1))
    item = contribution(check(check_language, data(leerbewijzen=[vca]), OCC_HEFTRUCK), VEILIGHEID)
    assert item.standing is Standing.TO_PROVE and item.expired and item.claim_id is None


def test_a_current_proof_next_to_an_expired_one_shows_it(
    check_language: CompetenceLanguage,
) -> None:
    vca = leerbewijs(VEILIGHEID, issued=date(2014, 1, 1), expires=date(2024, 1, 1))
    job = experience(VEILIGHEID, description="Veiligheidsronde elke week.")
    owned = claim(VEILIGHEID, level=3)
    result = check(
        check_language, data(claims=[owned], leerbewijzen=[vca], experiences=[job]), OCC_HEFTRUCK
    )
    item = contribution(result, VEILIGHEID)
    assert item.standing is Standing.SHOWN and item.strength is EvidenceStrength.EXPERIENCE
    assert not item.expired and result.headline().expired == 0


def test_a_leerbewijs_expiring_soon_still_counts(check_language: CompetenceLanguage) -> None:
    soon = leerbewijs(VEILIGHEID, expires=date(2025, 7, 1))
    item = contribution(check(check_language, data(leerbewijzen=[soon]), OCC_HEFTRUCK), VEILIGHEID)
    assert item.standing is Standing.SHOWN and not item.expired


def test_a_failed_credential_that_expired_is_not_a_renewal(
    check_language: CompetenceLanguage,
) -> None:
    forged = leerbewijs(VEILIGHEID, title="VCA", expires=date(2024, 1, 1), verification=FAILED)
    owned = claim(VEILIGHEID, level=3, leerbewijs_ids=[forged.id])
    result = check(check_language, data(claims=[owned], leerbewijzen=[forged]), OCC_HEFTRUCK)
    item = contribution(result, VEILIGHEID)
    assert item.standing is Standing.TO_PROVE
    assert not item.expired
