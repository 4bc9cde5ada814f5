"""Each warning light lights when its condition holds, and only then."""

from __future__ import annotations

from datetime import date, timedelta

from portfolio_app.domain.check_result import CheckResult, Severity, WarningLight
from portfolio_app.domain.enums import ExperienceKind, SourceKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_VERPLEEG,
    SAMENWERKEN,
    TODAY,
    VOORRAAD,
    by,
    check,
    claim,
    data,
    experience,
    leerbewijs,
    light_codes,
    sample_signals,
)


def lights(result: CheckResult, code: str) -> list[WarningLight]:
    return [w for w in result.warnings if w.code == code]


def test_stale_competence_lights_its_warning(check_language: CompetenceLanguage) -> None:
    old = claim(HEFTRUCK, level=3, last_used=date(2021, 5, 1))
    result = check(check_language, data(claims=[old]), OCC_HEFTRUCK)
    (light,) = lights(result, "niet_gebruikt")
    assert light.related_id == old.id and light.competence is not None
    assert light.competence.uri == HEFTRUCK
    assert "mei 2021" in light.message and light.severity is Severity.WARNING
    recent = claim(HEFTRUCK, level=3, last_used=date(2022, 7, 1))
    assert not lights(check(check_language, data(claims=[recent]), OCC_HEFTRUCK), "niet_gebruikt")


def test_recent_evidence_puts_out_the_stale_light(check_language: CompetenceLanguage) -> None:
    old = claim(HEFTRUCK, level=3, last_used=date(2015, 1, 1))
    current_job = experience(HEFTRUCK, start=date(2023, 1, 1))
    result = check(check_language, data(claims=[old], experiences=[current_job]), OCC_HEFTRUCK)
    assert "niet_gebruikt" not in light_codes(result)


def test_expired_certificate_lights_its_warning(check_language: CompetenceLanguage) -> None:
    cert = leerbewijs(HEFTRUCK, title="Attest heftruck", expires=date(2025, 3, 1))
    owned = claim(HEFTRUCK, level=3, leerbewijs_ids=[cert.id])
    result = check(check_language, data(claims=[owned], leerbewijzen=[cert]), OCC_HEFTRUCK)
    (light,) = lights(result, "leerbewijs_verlopen")
    assert light.related_id == cert.id and "Attest heftruck" in light.message
    assert light.severity is Severity.ALERT  # it backs this target
    unrelated = leerbewijs(title="EHBO", expires=date(2025, 3, 1))
    other = check(check_language, data(leerbewijzen=[unrelated]), OCC_HEFTRUCK)
    assert [w.severity for w in lights(other, "leerbewijs_verlopen")] == [Severity.WARNING]


def test_expiring_within_90_days_warns_and_later_does_not(
    check_language: CompetenceLanguage,
) -> None:
    soon = leerbewijs(HEFTRUCK, expires=TODAY + timedelta(days=60))
    later = leerbewijs(HEFTRUCK, expires=TODAY + timedelta(days=200))
    result = check(check_language, data(leerbewijzen=[soon, later]), OCC_HEFTRUCK)
    assert [w.related_id for w in lights(result, "leerbewijs_verloopt")] == [soon.id]
    assert not lights(result, "leerbewijs_verlopen")


def test_essential_claim_without_evidence(check_language: CompetenceLanguage) -> None:
    bare = claim(HEFTRUCK, level=3)
    result = check(check_language, data(claims=[bare]), OCC_HEFTRUCK)
    assert [w.related_id for w in lights(result, "geen_bewijs")] == [bare.id]
    optional_only = check(check_language, data(claims=[claim(SAMENWERKEN)]), OCC_HEFTRUCK)
    assert not lights(optional_only, "geen_bewijs")
    for backed in (
        data(claims=[bare], leerbewijzen=[leerbewijs(HEFTRUCK)]),
        data(claims=[claim(HEFTRUCK, sources=by(SourceKind.WERKGEVER))]),
        data(claims=[claim(HEFTRUCK, attachment_ids=["foto"])]),
    ):
        assert not lights(check(check_language, backed, OCC_HEFTRUCK), "geen_bewijs")


def test_essential_competence_not_wanted(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(claims=[claim(VOORRAAD, willen=1)]), OCC_HEFTRUCK)
    (light,) = lights(result, "wil_niet")
    assert light.competence is not None and light.competence.uri == VOORRAAD
    keen = check(check_language, data(claims=[claim(VOORRAAD, willen=3)]), OCC_HEFTRUCK)
    assert not lights(keen, "wil_niet")


def test_many_years_in_the_same_job_without_learning(check_language: CompetenceLanguage) -> None:
    job = experience(HEFTRUCK, start=date(2012, 9, 1), organisation="Colruyt")
    result = check(check_language, data(experiences=[job]), OCC_HEFTRUCK)
    (light,) = lights(result, "zelfde_job")
    assert light.related_id == job.id and "12 jaar" in light.message
    course = experience(kind=ExperienceKind.OPLEIDING, role="cursus", start=date(2024, 1, 1),
                        end=date(2024, 3, 1))  # fmt: skip
    learned = data(experiences=[job, course])
    assert not lights(check(check_language, learned, OCC_HEFTRUCK), "zelfde_job")
    recent_cert = data(experiences=[job], leerbewijzen=[leerbewijs(issued=date(2023, 6, 1))])
    assert not lights(check(check_language, recent_cert, OCC_HEFTRUCK), "zelfde_job")
    ended = experience(start=date(2010, 1, 1), end=date(2020, 1, 1))
    assert not lights(check(check_language, data(experiences=[ended]), OCC_HEFTRUCK), "zelfde_job")


def test_shortage_occupation_is_a_positive_signal_with_source_and_date(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, data(), OCC_VERPLEEG, signals=sample_signals())
    (light,) = lights(result, "knelpuntberoep")
    assert light.severity is Severity.POSITIVE
    assert light.source == "VDAB, top-20 krapte april 2021"
    assert light.source_date == date(2021, 4, 1)
    assert "ouder dan twee jaar" in light.message and "0,34" in light.message
    assert [(s.date, s.old) for s in result.signals] == [
        (date(2021, 4, 1), True),
        (date(2020, 2, 1), True),
    ]
    assert "knelpuntberoep" in result.summary


def test_recent_non_shortage_signal_is_information_and_not_old(
    check_language: CompetenceLanguage,
) -> None:
    result = check(
        check_language, data(), OCC_MAGAZIJN, signals=sample_signals(), today=date(2026, 2, 1)
    )
    (light,) = lights(result, "geen_knelpuntberoep")
    assert light.severity is Severity.INFO and "ouder" not in light.message
    assert [s.old for s in result.signals] == [False]
    no_signal = check(check_language, data(), OCC_KOK, signals=sample_signals())
    assert not no_signal.signals and "knelpuntberoep" not in light_codes(no_signal)


def test_future_competences_are_flagged(check_language: CompetenceLanguage) -> None:
    proof = leerbewijs(SAMENWERKEN)
    result = check(
        check_language,
        data(claims=[claim(SAMENWERKEN, level=3, leerbewijs_ids=[proof.id])], leerbewijzen=[proof]),
        OCC_HEFTRUCK,
    )
    future = {w.competence.uri: w.severity for w in lights(result, "toekomst") if w.competence}
    assert future == {SAMENWERKEN: Severity.POSITIVE, "urn:test:c:scanner": Severity.WARNING}


def test_lights_are_ordered_most_urgent_first(check_language: CompetenceLanguage) -> None:
    cert = leerbewijs(HEFTRUCK, expires=date(2024, 1, 1))
    portfolio = data(claims=[claim(VOORRAAD, willen=1)], leerbewijzen=[cert])
    result = check(check_language, portfolio, OCC_VERPLEEG, signals=sample_signals())
    order = [w.severity for w in result.warnings]
    rank = [Severity.ALERT, Severity.WARNING, Severity.INFO, Severity.POSITIVE]
    assert [rank.index(s) for s in order] == sorted(rank.index(s) for s in order)
    assert order[-1] is Severity.POSITIVE
