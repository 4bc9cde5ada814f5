"""Each warning light (``check/lights.py``) lights when its condition holds, and only then."""

from __future__ import annotations

from datetime import date, timedelta

from portfolio_app.check import Facts, load_evc_costs
from portfolio_app.domain.check_result import CheckResult, Severity, WarningLight
from portfolio_app.domain.enums import ExperienceKind, LevelScale, SourceKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_VERPLEEG,
    SAMENWERKEN,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    by,
    check,
    claim,
    data,
    experience,
    future,
    leerbewijs,
    light_codes,
    regulated,
    sample_signals,
)

KNOWN = {
    "niet_gebruikt",
    "leerbewijs_verlopen",
    "leerbewijs_verloopt",
    "geen_bewijs",
    "wil_niet",
    "zelfde_job",
    "gereglementeerd",
    "evc_traject",
    "vrije_tekst",
}


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


def test_a_stale_competence_only_known_from_a_leerbewijs_names_the_leerbewijs(
    check_language: CompetenceLanguage,
) -> None:
    cert = leerbewijs(VOORRAAD, issued=date(2015, 1, 1))
    (light,) = lights(
        check(check_language, data(leerbewijzen=[cert]), OCC_HEFTRUCK), "niet_gebruikt"
    )
    assert light.related_id == cert.id and "januari 2015" in light.message


def test_have_not_is_never_stale(check_language: CompetenceLanguage) -> None:
    no = claim(HEFTRUCK, level_scale=LevelScale.BINAIR, level=0, last_used=date(2010, 1, 1))
    assert not lights(check(check_language, data(claims=[no]), OCC_HEFTRUCK), "niet_gebruikt")


def test_recent_evidence_puts_out_the_stale_light(check_language: CompetenceLanguage) -> None:
    old = claim(HEFTRUCK, level=3, last_used=date(2015, 1, 1))
    current_job = experience(HEFTRUCK, start=date(2023, 1, 1))
    result = check(check_language, data(claims=[old], experiences=[current_job]), OCC_HEFTRUCK)
    assert "niet_gebruikt" not in light_codes(result)


def test_expired_leerbewijs_is_an_alarm_when_it_backs_the_target(
    check_language: CompetenceLanguage,
) -> None:
    cert = leerbewijs(HEFTRUCK, title="Attest heftruck", expires=date(2025, 3, 1))
    owned = claim(HEFTRUCK, level=3, leerbewijs_ids=[cert.id])
    result = check(check_language, data(claims=[owned], leerbewijzen=[cert]), OCC_HEFTRUCK)
    (light,) = lights(result, "leerbewijs_verlopen")
    assert light.related_id == cert.id and "Attest heftruck" in light.message
    assert light.severity is Severity.ALERT
    assert "01-03-2025" in light.message and "toont nog dat je het leerde" in light.message
    assert "Vraag wie het uitreikte hoe je het hernieuwt" in light.message  # no issuer given
    unrelated = leerbewijs(title="EHBO", issuer="Rode Kruis", expires=date(2025, 3, 1))
    other = check(check_language, data(leerbewijzen=[unrelated]), OCC_HEFTRUCK)
    (warning,) = lights(other, "leerbewijs_verlopen")
    assert warning.severity is Severity.WARNING and "Rode Kruis" in warning.message


def test_renewal_text_follows_the_kind_of_leerbewijs(check_language: CompetenceLanguage) -> None:
    code95 = leerbewijs(title="Getuigschrift vakbekwaamheid code 95", expires=date(2025, 1, 1))
    vca = leerbewijs(title="B-VCA", expires=date(2025, 1, 1))
    result = check(check_language, data(leerbewijzen=[code95, vca]), OCC_KOK)
    texts = {w.related_id: w.message for w in lights(result, "leerbewijs_verlopen")}
    assert "35 uur nascholing" in texts[code95.id]
    assert "VCA-examen opnieuw af" in texts[vca.id] and "vraag je niet aan" in texts[vca.id]


def test_expiring_within_90_days_warns_and_later_does_not(
    check_language: CompetenceLanguage,
) -> None:
    soon = leerbewijs(HEFTRUCK, expires=TODAY + timedelta(days=60))
    later = leerbewijs(HEFTRUCK, expires=TODAY + timedelta(days=200))
    result = check(check_language, data(leerbewijzen=[soon, later]), OCC_HEFTRUCK)
    (light,) = lights(result, "leerbewijs_verloopt")
    assert light.related_id == soon.id and light.severity is Severity.WARNING
    assert "Plan de hernieuwing nu" in light.message
    assert not lights(result, "leerbewijs_verlopen")


def test_essential_claims_without_evidence_light_one_counted_light(
    check_language: CompetenceLanguage,
) -> None:
    bare = [claim(HEFTRUCK, level=3), claim(VOORRAAD, level=2), claim(SAMENWERKEN, level=3)]
    result = check(check_language, data(claims=bare), OCC_HEFTRUCK)
    (light,) = lights(result, "geen_bewijs")
    assert "toont je portfolio er 2 nog niet aan" in light.message  # the optional one not
    assert light.severity is Severity.WARNING
    assert result.headline().to_prove == 2
    optional_only = check(check_language, data(claims=[claim(SAMENWERKEN)]), OCC_HEFTRUCK)
    assert not lights(optional_only, "geen_bewijs")
    for backed in (
        data(claims=[bare[0]], leerbewijzen=[leerbewijs(HEFTRUCK)]),
        data(claims=[claim(HEFTRUCK, sources=by(SourceKind.WERKGEVER))]),
        data(claims=[claim(HEFTRUCK, attachment_ids=["foto"])]),
        data(claims=[claim(HEFTRUCK, level=1)]),  # below the level: nothing to prove yet
    ):
        assert not lights(check(check_language, backed, OCC_HEFTRUCK), "geen_bewijs")


def test_an_expired_proof_has_its_own_light_not_the_unproven_one(
    check_language: CompetenceLanguage,
) -> None:
    cert = leerbewijs(VEILIGHEID, expires=date(2024, 1, 1))
    result = check(
        check_language,
        data(claims=[claim(VEILIGHEID, leerbewijs_ids=[cert.id])], leerbewijzen=[cert]),
        OCC_HEFTRUCK,
    )
    assert "leerbewijs_verlopen" in light_codes(result)
    assert "geen_bewijs" not in light_codes(result)


def test_essential_competence_not_wanted(check_language: CompetenceLanguage) -> None:
    unwanted = claim(VOORRAAD, willen=1)
    result = check(check_language, data(claims=[unwanted]), OCC_HEFTRUCK)
    (light,) = lights(result, "wil_niet")
    assert light.competence is not None and light.competence.uri == VOORRAAD
    assert light.related_id == unwanted.id and "Past dit doel wel bij je?" in light.message
    keen = check(check_language, data(claims=[claim(VOORRAAD, willen=3)]), OCC_HEFTRUCK)
    assert not lights(keen, "wil_niet")
    optional = check(check_language, data(claims=[claim(SAMENWERKEN, willen=1)]), OCC_HEFTRUCK)
    assert not lights(optional, "wil_niet")


def test_many_years_in_the_same_job_without_learning(check_language: CompetenceLanguage) -> None:
    job = experience(HEFTRUCK, start=date(2012, 9, 1), organisation="Colruyt")
    result = check(check_language, data(experiences=[job]), OCC_HEFTRUCK)
    (light,) = lights(result, "zelfde_job")
    assert light.related_id == job.id and "12 jaar" in light.message
    assert "magazijnier – Colruyt" in light.message
    course = experience(kind=ExperienceKind.OPLEIDING, role="cursus", start=date(2024, 1, 1),
                        end=date(2024, 3, 1))  # fmt: skip
    learned = data(experiences=[job, course])
    assert not lights(check(check_language, learned, OCC_HEFTRUCK), "zelfde_job")
    recent_cert = data(experiences=[job], leerbewijzen=[leerbewijs(issued=date(2023, 6, 1))])
    assert not lights(check(check_language, recent_cert, OCC_HEFTRUCK), "zelfde_job")
    new_skill = data(claims=[claim(VOORRAAD, first_acquired=date(2024, 1, 1))], experiences=[job])
    assert not lights(check(check_language, new_skill, OCC_HEFTRUCK), "zelfde_job")
    ended = experience(start=date(2010, 1, 1), end=date(2020, 1, 1))
    assert not lights(check(check_language, data(experiences=[ended]), OCC_HEFTRUCK), "zelfde_job")
    six_years = experience(start=date(2018, 9, 1))
    assert not lights(
        check(check_language, data(experiences=[six_years]), OCC_HEFTRUCK), "zelfde_job"
    )


def test_regulated_profession_is_an_alarm_with_its_source(
    check_language: CompetenceLanguage,
) -> None:
    facts = Facts(regulated=regulated())
    result = check(
        check_language, data(claims=[claim(VOORRAAD, willen=1)]), OCC_VERPLEEG, facts=facts
    )
    (light,) = lights(result, "gereglementeerd")
    assert light.severity is Severity.ALERT and light.source == "Testwet gezondheidszorgberoepen"
    assert light.source_date == date(2025, 1, 1) and "lijst van januari 2025" in light.message
    assert "list of January 2025" in light.message_en
    assert not lights(check(check_language, data(), OCC_KOK, facts=facts), "gereglementeerd")


def test_evc_light_is_positive_only_when_ready(check_language: CompetenceLanguage) -> None:
    ready = check(
        check_language,
        data(claims=[claim(u) for u in (HEFTRUCK, VOORRAAD, VEILIGHEID)]),
        OCC_HEFTRUCK,
    )
    (light,) = lights(ready, "evc_traject")
    assert light.severity is Severity.POSITIVE and "2023-2024" in light.source
    (info,) = lights(check(check_language, data(), OCC_HEFTRUCK), "evc_traject")
    assert info.severity is Severity.INFO
    assert not lights(check(check_language, data(), OCC_KOK), "evc_traject")


def test_labour_market_figures_and_future_competences_are_not_lights(
    check_language: CompetenceLanguage,
) -> None:
    facts = Facts(
        signals=sample_signals(), evc_costs=load_evc_costs(), regulated=regulated(), future=future()
    )
    for target in (OCC_VERPLEEG, OCC_MAGAZIJN, OCC_HEFTRUCK):
        result = check(check_language, data(claims=[claim(SAMENWERKEN)]), target, facts=facts)
        assert set(light_codes(result)) <= KNOWN
        assert not any("knelpunt" in w.message for w in result.warnings)


def test_no_lights_is_no_all_clear(check_language: CompetenceLanguage) -> None:
    proof = leerbewijs("urn:test:c:koken", "urn:test:c:hygiene", attachment_ids=["scan"])
    result = check(check_language, data(leerbewijzen=[proof]), OCC_KOK)
    assert result.warnings == []
    assert "zorgen" not in result.summary and "worry" not in result.summary_en


def test_lights_are_ordered_most_urgent_first(check_language: CompetenceLanguage) -> None:
    cert = leerbewijs(HEFTRUCK, expires=date(2024, 1, 1))
    portfolio = data(
        claims=[claim(VOORRAAD, willen=1), claim(None, label="vrije tekst")],
        leerbewijzen=[cert],
        experiences=[experience(start=date(2010, 1, 1))],
    )
    facts = Facts(signals=sample_signals(), evc_costs=load_evc_costs(), regulated=regulated())
    for target in (OCC_HEFTRUCK, OCC_VERPLEEG):
        result = check(check_language, portfolio, target, facts=facts)
        order = [w.severity for w in result.warnings]
        rank = [Severity.ALERT, Severity.WARNING, Severity.INFO, Severity.POSITIVE]
        assert [rank.index(s) for s in order] == sorted(rank.index(s) for s in order)
        assert len(set(order)) >= 3, light_codes(result)
