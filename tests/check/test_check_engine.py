"""Hand-built portfolios whose answer is known: the personas of issue 11 in the test language,
the actions that follow the reason, the summary, the facts stated next to the competences."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date

import pytest

from portfolio_app.check import (
    Facts,
    PortfolioData,
    Target,
    language_view,
    load_evc_costs,
    propose_plan,
    run_check,
)
from portfolio_app.domain import TargetRef
from portfolio_app.domain.check_result import (
    CheckResult,
    EvidenceStrength,
    Severity,
    Standing,
    tally,
)
from portfolio_app.domain.enums import ActionKind, LeerbewijsKind, LevelScale, TargetKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    BK_VERPLEEG,
    DK_RIJDEN,
    HEFTOESTELLEN,
    HEFTRUCK,
    HEFTRUCK_ESSENTIAL,
    HEFTRUCK_OPTIONAL,
    HYGIENE,
    KOKEN,
    MEDICATIE,
    NIEUW,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_VERPLEEG,
    ORDERPICKEN,
    REGULATED_NURSE,
    SAMENWERKEN,
    SCANNER,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    ZORG,
    bk_proof,
    check,
    claim,
    contribution,
    data,
    experience,
    future,
    leerbewijs,
    light_codes,
    open_point,
    regulated,
    sample_signals,
    sentences,
)

FORKLIFT = (*HEFTRUCK_ESSENTIAL, *HEFTRUCK_OPTIONAL)
# Words the check must never use for a competence the person says they can.
HARSH = re.compile(r"tekort|niet goed|\bgap\b|shortfall", re.IGNORECASE)


def all_facts() -> Facts:
    return Facts(
        signals=sample_signals(),
        evc_costs=load_evc_costs(),
        regulated=regulated(),
        future=future(),
    )


# -- the personas -------------------------------------------------------------------------


def claimed_without_proof() -> PortfolioData:
    return data(claims=[claim(uri, level=3) for uri in FORKLIFT])


def claimed_with_leerbewijzen() -> PortfolioData:
    certs = [
        leerbewijs(uri, title=f"Attest {uri[11:]}", attachment_ids=["scan"]) for uri in FORKLIFT
    ]
    claims = [
        claim(uri, level=3, leerbewijs_ids=[cert.id])
        for uri, cert in zip(FORKLIFT, certs, strict=True)
    ]
    return data(claims=claims, leerbewijzen=certs)


def half_claimed() -> PortfolioData:
    """Magazijnier: one essential and one optional competence of four."""
    return data(claims=[claim(ORDERPICKEN, level=3), claim(SCANNER, level=2)])


def expired_vca() -> PortfolioData:
    vca = leerbewijs(
        VEILIGHEID,
        kind=LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT,
        title="VCA basisveiligheid",
        issuer="Examencentrum",
        issued=date(2014, 3, 1),
        expires=date(2024, 3, 1),
        attachment_ids=["scan"],
    )
    return data(
        claims=[claim(VEILIGHEID, level=3, leerbewijs_ids=[vca.id]), claim(HEFTRUCK, level=3)],
        leerbewijzen=[vca],
    )


def assert_no_harsh_words(result: CheckResult) -> None:
    texts = [result.summary, result.summary_en]
    texts += [c.explanation for c in result.contributions]
    texts += [p.reason for p in (*result.to_learn, *result.to_prove)]
    texts += [w.message for w in result.warnings]
    for text in texts:
        assert not HARSH.search(text), text


def test_everything_claimed_without_proof_is_said_and_still_to_prove(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, claimed_without_proof(), OCC_HEFTRUCK)
    head = result.headline()
    assert (head.total, head.said, head.shown, head.to_prove) == (3, 3, 0, 3)
    everything = result.tally()
    assert everything.said == everything.total == 6 and everything.shown == 0
    assert result.summary.startswith(
        "Voor heftruckchauffeur zeg je 3 van de 3 belangrijkste (essentiële) competenties te kunnen"
    )
    assert "nog te bewijzen" in result.summary and "still to be proven" in result.summary_en
    assert not result.to_learn
    assert {p.competence.uri for p in result.to_prove} == set(FORKLIFT)
    assert all(p.standing is Standing.TO_PROVE for p in result.to_prove)
    assert_no_harsh_words(result)
    (unproven,) = [w for w in result.warnings if w.code == "geen_bewijs"]
    assert "er 3 nog niet aan" in unproven.message
    # The EVC card counts the route's competences as the check does.
    evc = result.evc
    assert evc is not None and evc.qualification.uri == BK_HEFTRUCK
    route = [
        c for c in result.contributions if c.competence.uri in {*HEFTRUCK_ESSENTIAL, ORDERPICKEN}
    ]
    counts = tally(route)
    assert (evc.competences_total, evc.competences_said, evc.competences_shown) == (
        counts.total,
        counts.said,
        counts.shown,
    )
    assert evc.ready and "4 van de 4" in evc.message and "toont er 0" in evc.message


def test_everything_claimed_with_leerbewijzen_is_shown(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, claimed_with_leerbewijzen(), OCC_HEFTRUCK)
    head = result.headline()
    assert head.said == head.shown == head.total == 3
    assert head.by_strength == {EvidenceStrength.DOCUMENT: 3}
    assert result.tally().shown == 6
    assert not result.to_learn and not result.to_prove
    assert "toont ze allemaal aan: 3 met een document" in result.summary
    assert "Je portfolio toont alles wat dit doel vraagt." in result.summary
    assert "geen_bewijs" not in light_codes(result)
    assert "niets om je zorgen" not in result.summary
    # nothing left to learn or prove: the only step is the EVC-traject
    assert [i.action_kind for i in propose_plan(result, TODAY, top=10)] == [ActionKind.EVC_TRAJECT]


def test_half_claimed(check_language: CompetenceLanguage) -> None:
    result = check(check_language, half_claimed(), OCC_MAGAZIJN)
    head = result.headline()
    assert (head.total, head.said, head.shown, head.not_said) == (2, 1, 0, 1)
    assert (result.tally().total, result.tally().said) == (4, 2)
    assert result.summary.startswith("Voor magazijnier zeg je 1 van de 2 belangrijkste")
    assert {p.competence.uri for p in result.to_learn} == {VOORRAAD, HEFTOESTELLEN}
    assert {p.competence.uri for p in result.to_prove} == {ORDERPICKEN, SCANNER}
    first = result.to_learn[0]
    assert first.competence.uri == VOORRAAD  # essential before optional
    assert first.actions[0] is ActionKind.ZELF_NAGAAN
    assert "Begin met 'voorraad beheren': ga na of je het al kunt" in result.summary
    assert_no_harsh_words(result)


def test_an_expired_vca_is_renewed_by_retaking_the_exam(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = expired_vca()
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    safety = contribution(result, VEILIGHEID)
    assert safety.standing is Standing.TO_PROVE and safety.expired
    assert result.headline().expired == 1
    point = open_point(result, VEILIGHEID)
    assert point in result.to_prove and point.actions == [ActionKind.HERNIEUWEN]
    assert "VCA basisveiligheid" in point.reason and "is verlopen" in point.reason
    assert "VCA-examen opnieuw af" in point.reason and "exam again" in point.reason_en
    (light,) = [w for w in result.warnings if w.code == "leerbewijs_verlopen"]
    assert light.severity is Severity.ALERT  # it backs this target
    assert light.related_id == portfolio.leerbewijzen[0].id
    assert "VCA-examen opnieuw af" in light.message and "01-03-2024" in light.message
    # renewing comes first: it lights an alarm, and a site entrance asks for the valid one
    assert max((*result.to_learn, *result.to_prove), key=lambda p: p.importance) == point
    assert "hernieuw" in result.summary.lower()
    plan = propose_plan(result, TODAY, top=10)
    renew = [i for i in plan if i.action_kind is ActionKind.HERNIEUWEN]
    assert len(renew) == 1 and renew[0].goal.startswith("Hernieuw je leerbewijs")
    assert renew[0].due == date(2025, 8, 30)  # 90 days: a date at an exam centre
    # The same VCA next to a target it does not back: a warning, not an alarm.
    cook = check(check_language, portfolio, OCC_KOK)
    assert [w.severity for w in cook.warnings if w.code == "leerbewijs_verlopen"] == [
        Severity.WARNING
    ]


def test_a_bk_target_counts_every_competence_as_essential_at_level_2(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(
        claims=[
            claim(HEFTRUCK, level=2),
            claim(VEILIGHEID, level=2),
            claim(VOORRAAD, level=2),
            claim(ORDERPICKEN, level=1),
        ]
    )
    result = check(check_language, portfolio, BK_HEFTRUCK)
    assert result.target.kind is TargetKind.BEROEPSKWALIFICATIE
    assert len(result.contributions) == 4 and all(c.essential for c in result.contributions)
    assert not result.has_optional
    head = result.headline()
    assert head == result.tally()
    assert (head.total, head.said, head.lower_level) == (4, 3, 1)
    assert result.summary.startswith("Voor Heftruckchauffeur zeg je 3 van de 4")
    evc = result.evc
    assert evc is not None  # the EVC card and the headline count the same competences
    assert (evc.competences_total, evc.competences_said, evc.competences_shown) == (
        head.total,
        head.said,
        head.shown,
    )
    assert evc.ready and [c.amount_eur for c in evc.costs if c.applies] == [141.0]
    assert open_point(result, ORDERPICKEN).actions == [
        ActionKind.WERKPLEKLEREN,
        ActionKind.OPLEIDING,
    ]


def test_partial_qualification_and_targets_without_evc(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(claims=[claim(HEFTRUCK, level=4)])
    dk = check(check_language, portfolio, DK_RIJDEN)
    assert dk.target.kind is TargetKind.DEELKWALIFICATIE
    assert {c.competence.uri for c in dk.contributions} == {HEFTRUCK, VEILIGHEID}
    assert dk.evc is not None and [c.amount_eur for c in dk.evc.costs if c.applies] == [113.0]
    assert "2023-2024" in dk.evc.source and not dk.evc.ready
    assert (dk.evc.competences_said, dk.evc.competences_total) == (1, 2)
    assert check(check_language, portfolio, OCC_KOK).evc is None
    assert check(check_language, portfolio, BK_VERPLEEG).evc is None


def test_a_regulated_profession_says_what_the_law_asks(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(claims=[claim(ZORG, level=3), claim(HYGIENE, level=3), claim(MEDICATIE)])
    result = check(check_language, portfolio, OCC_VERPLEEG, facts=all_facts())
    assert result.regulation is not None
    assert result.regulation.requirement == REGULATED_NURSE
    assert result.regulation.source == "Testwet gezondheidszorgberoepen"
    assert result.regulation.listed_on == date(2025, 1, 1)
    assert REGULATED_NURSE.split(". ")[0] + "." in result.summary
    assert "Goed nieuws" not in result.summary
    assert "recognised diploma" in result.summary_en
    (light,) = [w for w in result.warnings if w.code == "gereglementeerd"]
    assert light.severity is Severity.ALERT and result.warnings[0] is light
    assert REGULATED_NURSE in light.message and "Testwet gezondheidszorgberoepen" in light.message
    assert light.source_date == date(2025, 1, 1) and "januari 2025" in light.message
    for point in (*result.to_learn, *result.to_prove):
        assert ActionKind.EVC_TRAJECT not in point.actions
    assert result.headline().said == 3
    # Its qualification is regulated too: the check follows the BK to its occupation.
    bk = check(check_language, portfolio, BK_VERPLEEG, facts=all_facts())
    assert bk.regulation == result.regulation
    # Without the list, nothing is said about it.
    assert check(check_language, portfolio, OCC_VERPLEEG).regulation is None


def test_evc_is_not_proposed_for_a_regulated_profession(
    check_language: CompetenceLanguage,
) -> None:
    """Made regulated for the test: a target that has an EVC-traject."""
    rules = regulated()
    forklift_rule = Facts(
        evc_costs=load_evc_costs(),
        regulated=type(rules)({OCC_HEFTRUCK: rules.by_occupation[OCC_VERPLEEG]}),
    )
    result = check(check_language, claimed_without_proof(), OCC_HEFTRUCK, facts=forklift_rule)
    assert result.regulation is not None
    assert result.to_prove and all(
        p.actions == [ActionKind.BEWIJS_VERZAMELEN] for p in result.to_prove
    )
    assert result.evc is not None and not result.evc.ready
    assert "geeft je niet het diploma" in result.evc.message
    plan = propose_plan(result, TODAY, top=10)
    assert plan and ActionKind.EVC_TRAJECT not in [i.action_kind for i in plan]
    free = check(check_language, claimed_without_proof(), OCC_HEFTRUCK)
    assert all(ActionKind.EVC_TRAJECT in p.actions for p in free.to_prove)


def test_an_occupation_in_the_signal_table_shows_dated_figures(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, data(), OCC_VERPLEEG, facts=all_facts())
    assert [(s.date, s.old, s.tension_ratio) for s in result.signals] == [
        (date(2021, 4, 1), True, 0.34),
        (date(2020, 2, 1), True, 0.49),
    ]
    newest = result.signals[0]
    assert newest.source == "VDAB, top-20 krapte april 2021"
    assert newest.text.startswith("In april 2021 was de spanningsratio voor 'Verpleegkundige' 0,34")
    assert "Bron: VDAB, top-20 krapte april 2021." in newest.text
    assert "4 jaar oud" in newest.text and "4 years old" in newest.text_en
    for shown in result.signals:
        assert "is een knelpuntberoep" not in shown.text
    assert "knelpuntberoep" not in light_codes(result)  # figures are not warning lights
    recent = check(check_language, data(), OCC_MAGAZIJN, facts=all_facts(), today=date(2026, 2, 1))
    assert [s.old for s in recent.signals] == [False]
    assert "Let op" not in recent.signals[0].text
    assert "meer geïnteresseerde werkzoekenden dan vacatures" in recent.signals[0].text


def test_an_occupation_without_figures_has_no_signals(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(), OCC_KOK, facts=all_facts())
    assert result.signals == []
    assert "knelpunt" not in result.summary and "krapte" not in result.summary


REASONS: list[tuple[str, Callable[[], PortfolioData], str, str, list[ActionKind]]] = [
    ("not in the portfolio", data, OCC_HEFTRUCK, HEFTRUCK,
     [ActionKind.ZELF_NAGAAN, ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN]),
    ("said not yet", lambda: data(claims=[claim(HEFTRUCK, level_scale=LevelScale.BINAIR,
                                                 level=0)]), OCC_HEFTRUCK, HEFTRUCK,
     [ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN]),
    ("below the level asked", lambda: data(claims=[claim(HEFTRUCK, level=1)]), OCC_HEFTRUCK,
     HEFTRUCK, [ActionKind.WERKPLEKLEREN, ActionKind.OPLEIDING]),
    ("said, not proven, EVC exists", lambda: data(claims=[claim(HEFTRUCK)]), OCC_HEFTRUCK,
     HEFTRUCK, [ActionKind.BEWIJS_VERZAMELEN, ActionKind.EVC_TRAJECT]),
    ("said, not proven, no EVC", lambda: data(claims=[claim(KOKEN)]), OCC_KOK, KOKEN,
     [ActionKind.BEWIJS_VERZAMELEN]),
    ("said, proof expired", expired_vca, OCC_HEFTRUCK, VEILIGHEID, [ActionKind.HERNIEUWEN]),
    ("essential and no longer wanted", lambda: data(claims=[claim(HEFTRUCK, willen=1)]),
     OCC_HEFTRUCK, HEFTRUCK,
     [ActionKind.LOOPBAANBEGELEIDING, ActionKind.BEWIJS_VERZAMELEN, ActionKind.EVC_TRAJECT]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("portfolio", "target", "uri", "actions"),
    [pytest.param(p, t, u, a, id=name) for name, p, t, u, a in REASONS],
)
def test_actions_follow_the_reason(
    check_language: CompetenceLanguage,
    portfolio: Callable[[], PortfolioData],
    target: str,
    uri: str,
    actions: list[ActionKind],
) -> None:
    result = check(check_language, portfolio(), target)
    assert open_point(result, uri).actions == actions


def test_not_wanted_says_so_in_the_reason(check_language: CompetenceLanguage) -> None:
    result = check(check_language, data(claims=[claim(HEFTRUCK, willen=1)]), OCC_HEFTRUCK)
    assert "niet meer" in open_point(result, HEFTRUCK).reason
    optional = check(check_language, data(claims=[claim(SAMENWERKEN, willen=1)]), OCC_HEFTRUCK)
    assert ActionKind.LOOPBAANBEGELEIDING not in open_point(optional, SAMENWERKEN).actions


def test_open_points_are_ordered_by_importance(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(HEFTRUCK, level=4), claim(SAMENWERKEN, level=1)])
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    points = [*result.to_learn, *result.to_prove]
    importance = {p.competence.uri: p.importance for p in points}
    assert [p.importance for p in result.to_learn] == sorted(
        (p.importance for p in result.to_learn), reverse=True
    )
    # essential and not said > essential and to prove > optional and not said
    assert importance[VEILIGHEID] > importance[HEFTRUCK] > importance[ORDERPICKEN]
    # a future competence (flagged in the language) weighs more than a plain one
    assert importance[SCANNER] > importance[ORDERPICKEN]
    # below the level asked weighs less than not said at all (both future competences)
    assert importance[SAMENWERKEN] < importance[SCANNER]
    assert result.to_learn[0].competence.uri in {VEILIGHEID, VOORRAAD}


PERSONAS: list[tuple[str, Callable[[], PortfolioData], str]] = [
    ("claimed without proof", claimed_without_proof, OCC_HEFTRUCK),
    ("claimed with leerbewijzen", claimed_with_leerbewijzen, OCC_HEFTRUCK),
    ("half claimed", half_claimed, OCC_MAGAZIJN),
    ("expired vca", expired_vca, OCC_HEFTRUCK),
    ("bk", claimed_without_proof, BK_HEFTRUCK),
    ("regulated", lambda: data(claims=[claim(ZORG, level=3)]), OCC_VERPLEEG),
    ("nothing", data, OCC_HEFTRUCK),
    ("cook", lambda: data(claims=[claim(KOKEN, level=3)]), OCC_KOK),
]


@pytest.mark.parametrize(
    ("portfolio", "target"), [pytest.param(p, t, id=name) for name, p, t in PERSONAS]
)
def test_the_summary_numbers_are_the_headline(
    check_language: CompetenceLanguage, portfolio: Callable[[], PortfolioData], target: str
) -> None:
    result = check(check_language, portfolio(), target, facts=all_facts())
    head = result.headline()
    assert f"zeg je {head.said} van de {head.total} " in result.summary
    assert f"you say you can do {head.said} of the {head.total} " in result.summary_en
    numbers = [int(n) for n in re.findall(r"\b\d+\b", result.summary)]
    allowed = {head.said, head.total, head.shown, head.to_prove, *head.by_strength.values()}
    assert set(numbers) <= allowed, result.summary
    if head.said and not head.shown:
        assert "nog te bewijzen" in result.summary
    if head.total and head.said / head.total < 1 / 3:
        assert "loopbaanbegeleider" in result.summary
    assert "niets om je zorgen" not in result.summary
    assert result.summary_en and result.summary != result.summary_en


@pytest.mark.parametrize(
    ("portfolio", "target"), [pytest.param(p, t, id=name) for name, p, t in PERSONAS]
)
def test_the_summary_is_two_to_four_short_sentences(
    check_language: CompetenceLanguage, portfolio: Callable[[], PortfolioData], target: str
) -> None:
    """The counts, the first step, and what to know; four only when a regulated profession
    is also a low fit (the law, and the advice to talk to a loopbaanbegeleider)."""
    result = check(check_language, portfolio(), target, facts=all_facts())
    head = result.headline()
    low_fit = bool(head.total) and head.said / head.total < 1 / 3
    most = 4 if result.regulation is not None and low_fit else 3
    for text in (result.summary, result.summary_en):
        assert 2 <= len(sentences(text)) <= most, text


def test_a_target_without_competences_has_nothing_to_compare(
    check_language: CompetenceLanguage,
) -> None:
    empty = Target(
        ref=TargetRef(uri="urn:x:o:leeg", label="leeg beroep", kind=TargetKind.BEROEP), essential=()
    )
    portfolio = data(claims=[claim(HEFTRUCK)])
    result = run_check(portfolio, empty, language_view(check_language, portfolio), TODAY)
    assert result.contributions == [] and result.headline().total == 0
    assert "niets te vergelijken" in result.summary


def test_a_target_without_essential_competences_counts_them_all(
    check_language: CompetenceLanguage,
) -> None:
    ref = TargetRef(uri="urn:x:o:los", label="losse job", kind=TargetKind.BEROEP)
    # listed twice, and once more as optional: one competence, counted once
    target = Target(ref=ref, essential=(), optional=(HEFTRUCK, VOORRAAD, HEFTRUCK))
    portfolio = data(claims=[claim(HEFTRUCK)])
    result = run_check(portfolio, target, language_view(check_language, portfolio, [target]), TODAY)
    assert len(result.contributions) == 2 and result.has_optional
    head = result.headline()
    assert head == result.tally() and (head.total, head.said) == (2, 1)
    assert "zeg je 1 van de 2 competenties te kunnen" in result.summary
    twice = Target(ref=ref, essential=(HEFTRUCK, HEFTRUCK), optional=(HEFTRUCK, VOORRAAD))
    again = run_check(portfolio, twice, language_view(check_language, portfolio, [twice]), TODAY)
    assert [(c.competence.uri, c.essential) for c in again.contributions] == [
        (HEFTRUCK, True),
        (VOORRAAD, False),
    ]


def test_future_competences_are_in_every_check_with_source_and_date(
    check_language: CompetenceLanguage,
) -> None:
    proof = leerbewijs(SAMENWERKEN, attachment_ids=["scan"])
    portfolio = data(
        claims=[claim(SAMENWERKEN, level=3, leerbewijs_ids=[proof.id]), claim(SCANNER, level=1)],
        leerbewijzen=[proof],
    )
    facts = Facts(future=future())
    for target in (OCC_HEFTRUCK, OCC_KOK, BK_HEFTRUCK, OCC_VERPLEEG):
        result = check(check_language, portfolio, target, facts=facts)
        part = result.future
        assert part is not None, target
        assert part.source == "Teststudie toekomstcompetenties"
        assert part.source_date == date(2019, 3, 1)
        assert [c.competence.uri for c in part.items] == [SAMENWERKEN, SCANNER, NIEUW]
        items = {c.competence.uri: c for c in part.items}
        assert items[SAMENWERKEN].standing is Standing.SHOWN
        assert items[SCANNER].standing is Standing.LOWER_LEVEL
        assert items[NIEUW].standing is Standing.NOT_SAID
        assert items[NIEUW].competence.label == "nieuw denken"
        assert not any(c.essential for c in part.items)
        counts = part.tally()
        assert counts == tally(part.items)
        assert (counts.total, counts.said, counts.shown, counts.lower_level) == (3, 1, 1, 1)
    # The same competence answers the same in the target's list and in the future list.
    forklift = check(check_language, portfolio, OCC_HEFTRUCK, facts=facts)
    assert forklift.future is not None
    for item in forklift.future.items:
        if item.competence.uri in FORKLIFT:
            same = contribution(forklift, item.competence.uri)
            assert (same.standing, same.strength) == (item.standing, item.strength)
    assert check(check_language, portfolio, OCC_HEFTRUCK).future is None


def test_kunnen_willen_picture(check_language: CompetenceLanguage) -> None:
    portfolio = data(
        claims=[
            claim(HEFTRUCK, level=3, willen=3),
            claim(VOORRAAD, level=3, willen=1),
            claim(ORDERPICKEN, level=1, willen=3),
            claim(VEILIGHEID, level_scale=LevelScale.BINAIR, level=0, willen=3),
        ],
        leerbewijzen=[leerbewijs(SAMENWERKEN)],
    )
    picture = check(check_language, portfolio, OCC_HEFTRUCK).kunnen_willen
    assert [r.uri for r in picture.can_and_want] == [HEFTRUCK, SAMENWERKEN]
    assert [r.uri for r in picture.can_not_want] == [VOORRAAD]
    assert [r.uri for r in picture.want_cannot_yet] == [ORDERPICKEN, VEILIGHEID]


def test_free_text_claims_do_not_count_and_say_so(check_language: CompetenceLanguage) -> None:
    result = check(
        check_language, data(claims=[claim(None, label="heftruck besturen")]), OCC_HEFTRUCK
    )
    assert result.tally().said == 0
    (light,) = [w for w in result.warnings if w.code == "vrije_tekst"]
    assert light.severity is Severity.INFO and light.message.startswith(
        "1 competentie staat in vrije tekst"
    )


def test_evc_readiness_follows_what_the_person_says(check_language: CompetenceLanguage) -> None:
    three = data(claims=[claim(u) for u in (HEFTRUCK, VOORRAAD, VEILIGHEID)])
    ready = check(check_language, three, OCC_HEFTRUCK)
    assert ready.evc is not None and ready.evc.ready
    assert ready.evc.competences_said == 3 and ready.evc.competences_total == 4
    assert "Je kunt je competenties laten erkennen met een EVC-traject." in ready.summary
    assert [w.severity for w in ready.warnings if w.code == "evc_traject"] == [Severity.POSITIVE]
    two = check(check_language, data(claims=[claim(HEFTRUCK), claim(VOORRAAD)]), OCC_HEFTRUCK)
    assert two.evc is not None and not two.evc.ready
    assert "EVC-traject" not in two.summary
    assert [w.severity for w in two.warnings if w.code == "evc_traject"] == [Severity.INFO]


def test_the_result_survives_json(check_language: CompetenceLanguage) -> None:
    portfolio = data(
        claims=[claim(ZORG, level=3), claim(SAMENWERKEN, level=3)],
        leerbewijzen=[bk_proof(), leerbewijs(HYGIENE, expires=date(2024, 1, 1))],
        experiences=[experience(MEDICATIE, description="Medicatieronde.")],
    )
    for target in (OCC_VERPLEEG, OCC_HEFTRUCK):
        result = check(check_language, portfolio, target, facts=all_facts())
        text = json.dumps(result.model_dump(mode="json"))
        again = CheckResult.model_validate(json.loads(text))
        assert again == result and again.checked_on == TODAY
        assert again.scoring_version == 2
        assert again.headline() == result.headline()
        assert again.future is not None and result.future is not None
        assert again.future.tally() == result.future.tally()
    assert CheckResult.model_validate_json(result.model_dump_json()) == result


def test_very_long_names_are_quoted_short_and_never_break_the_check(
    check_language: CompetenceLanguage,
) -> None:
    huge = "heel lange naam " * 124  # just under the 2,000 characters a label may have
    cert = leerbewijs(HEFTRUCK, title=huge, issued=date(2015, 1, 1), expires=date(2024, 1, 1))
    owned = claim(HEFTRUCK, label=huge, last_used=date(2015, 1, 1))
    job = experience(start=date(2010, 1, 1), role=huge)
    result = check(
        check_language,
        data(
            claims=[owned, claim(HEFTOESTELLEN, label=huge)], leerbewijzen=[cert], experiences=[job]
        ),
        OCC_HEFTRUCK,
        facts=all_facts(),
    )
    assert {"leerbewijs_verlopen", "zelfde_job", "niet_gebruikt"} <= set(light_codes(result))
    assert all(len(w.message) < 1000 for w in result.warnings)
    assert all(len(p.reason) < 1000 for p in (*result.to_learn, *result.to_prove))
    assert all(len(c.explanation) < 1000 for c in result.contributions)
    assert len(result.summary) < 1500
    assert propose_plan(result, TODAY, top=10)
