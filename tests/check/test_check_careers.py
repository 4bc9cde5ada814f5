"""Career steps: ranked by what the person says they can and want, each with why it is there
and what is missing; filters; JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.check import (
    CareerIndex,
    CareerStep,
    PortfolioData,
    SignalTable,
    career_index,
    language_view,
    parse_signals,
    rank_careers,
)
from portfolio_app.check.careers import WILLEN_WEIGHT
from portfolio_app.domain.enums import LevelScale
from portfolio_app.language import CompetenceLanguage, Occupation
from tests.check.checkhelp import (
    HEFTOESTELLEN,
    HEFTRUCK,
    HYGIENE,
    KOKEN,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_REACHTRUCK,
    OCC_VERPLEEG,
    ORDERPICKEN,
    REACHTRUCK,
    SAMENWERKEN,
    SCANNER,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    ZORG,
    bk_proof,
    claim,
    data,
    leerbewijs,
    regulated,
    sample_signals,
)


def rank(
    language: CompetenceLanguage, portfolio: PortfolioData, **options: Any
) -> list[CareerStep]:
    index = career_index(language)
    view = language_view(language, portfolio)
    return rank_careers(index, portfolio, view.qualification_competences, TODAY, **options)


def uris(steps: list[CareerStep]) -> list[str]:
    return [s.occupation.uri for s in steps]


def occupation(uri: str, *essential: str, optional: tuple[str, ...] = ()) -> Occupation:
    return Occupation(uri, uri.rsplit(":", 1)[-1], "", (), "", "", essential, optional)


def test_forklift_portfolio_ranks_forklift_driver_first(check_language: CompetenceLanguage) -> None:
    proof = bk_proof()
    portfolio = data(
        claims=[claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id])], leerbewijzen=[proof]
    )
    steps = rank(check_language, portfolio)
    first = steps[0]
    assert first.occupation.uri == OCC_HEFTRUCK
    assert first.essential_said == first.essential_shown == first.essential_total == 3
    assert first.missing == () and first.missing_count == 0
    assert OCC_VERPLEEG not in uris(steps) and OCC_KOK not in uris(steps)  # nothing in common
    fits = [s.fit for s in steps]
    assert fits == sorted(fits, reverse=True)
    reach = next(s for s in steps if s.occupation.uri == OCC_REACHTRUCK)
    assert [g.uri for g in reach.missing] == [REACHTRUCK]  # the one essential still to do
    assert reach.missing_count == 1 and reach.essential_said == 2


def test_an_occupation_with_no_essential_competence_said_is_never_listed(
    check_language: CompetenceLanguage,
) -> None:
    # samenwerken and the scanner are optional everywhere; heftoestellen is optional for
    # magazijnier; a lower level, "heb ik niet" and a related competence say nothing.
    portfolio = data(
        claims=[
            claim(SAMENWERKEN, level=4, willen=3),
            claim(SCANNER, level=4),
            claim(HEFTOESTELLEN, level=4),
            claim(ORDERPICKEN, level=1),
            claim(VOORRAAD, level_scale=LevelScale.BINAIR, level=0),
        ]
    )
    assert rank(check_language, portfolio) == []


def test_why_and_what_is_missing(check_language: CompetenceLanguage) -> None:
    portfolio = data(
        claims=[
            claim(VOORRAAD, level=3, willen=2),
            claim(VEILIGHEID, level=2, willen=3),
            claim(HEFTRUCK, level=1),  # below the level asked: still missing
        ]
    )
    steps = {s.occupation.uri: s for s in rank(check_language, portfolio)}
    forklift = steps[OCC_HEFTRUCK]
    assert [c.uri for c in forklift.carried_by] == [VEILIGHEID, VOORRAAD]  # keen first
    assert [c.uri for c in forklift.missing] == [HEFTRUCK]
    assert forklift.essential_said == 2 and forklift.essential_shown == 0
    said = {VOORRAAD, VEILIGHEID}
    for step in steps.values():
        assert {c.uri for c in step.carried_by} <= said
        assert not {c.uri for c in step.missing} & said
        assert step.essential_said == len(step.carried_by) >= 1
    warehouse = steps[OCC_MAGAZIJN]
    assert [c.uri for c in warehouse.missing] == [ORDERPICKEN]
    assert warehouse.carried_by[0].label == "voorraad beheren"


def test_what_you_want_reorders_equal_fits(check_language: CompetenceLanguage) -> None:
    """Two occupations that differ only in the vehicle: with both vehicles claimed alike,
    what the person wants decides which comes first."""
    occupations = [
        occupation("urn:x:heftruck", HEFTRUCK, VOORRAAD),
        occupation("urn:x:reachtruck", REACHTRUCK, VOORRAAD),
    ]
    index = CareerIndex(occupations, check_language.concepts([HEFTRUCK, REACHTRUCK, VOORRAAD]))

    def order(heftruck_willen: int, reachtruck_willen: int) -> list[str]:
        portfolio = data(
            claims=[
                claim(HEFTRUCK, level=3, willen=heftruck_willen),
                claim(REACHTRUCK, level=3, willen=reachtruck_willen),
                claim(VOORRAAD, level=3),
            ]
        )
        steps = rank_careers(index, portfolio, {}, TODAY)
        assert steps[0].essential_said == steps[1].essential_said == 2
        return uris(steps)

    assert order(3, 1) == ["urn:x:heftruck", "urn:x:reachtruck"]
    assert order(1, 3) == ["urn:x:reachtruck", "urn:x:heftruck"]
    assert order(2, 2) == ["urn:x:heftruck", "urn:x:reachtruck"]  # a tie goes by name


def test_keen_moves_up_and_not_wanted_moves_down_but_never_past_a_much_better_fit(
    check_language: CompetenceLanguage,
) -> None:
    occupations = [
        occupation("urn:x:a-full", HEFTRUCK, VOORRAAD, VEILIGHEID),  # all said
        occupation("urn:x:b-third", ORDERPICKEN, ZORG, KOKEN),  # one in three said
    ]
    index = CareerIndex(occupations, {})

    def steps(full: int, third: int) -> list[CareerStep]:
        portfolio = data(
            claims=[
                claim(HEFTRUCK, willen=full),
                claim(VOORRAAD, willen=full),
                claim(VEILIGHEID, willen=full),
                claim(ORDERPICKEN, willen=third),
            ]
        )
        return rank_careers(index, portfolio, {}, TODAY)

    neutral = steps(2, 2)
    worst_case = steps(1, 3)
    assert uris(neutral) == uris(worst_case) == ["urn:x:a-full", "urn:x:b-third"]
    full_neutral, third_neutral = neutral
    full_unwanted, third_keen = worst_case
    assert third_keen.fit > third_neutral.fit and third_keen.willen_balance > 0
    assert full_unwanted.fit < full_neutral.fit and full_unwanted.willen_balance < 0
    # willen moves a fit by at most a quarter of what is said
    assert full_neutral.fit - full_unwanted.fit <= WILLEN_WEIGHT * 1.0 + 1e-3
    assert third_keen.fit - third_neutral.fit <= WILLEN_WEIGHT / 3 + 1e-3  # fits are rounded


def test_what_is_shown_only_breaks_ties(check_language: CompetenceLanguage) -> None:
    occupations = [
        occupation("urn:x:a", HEFTRUCK, VOORRAAD),
        occupation("urn:x:b", REACHTRUCK, VEILIGHEID),
    ]
    index = CareerIndex(occupations, {})
    cert = leerbewijs(REACHTRUCK, VEILIGHEID, attachment_ids=["scan"])
    portfolio = data(
        claims=[claim(HEFTRUCK), claim(VOORRAAD), claim(REACHTRUCK)], leerbewijzen=[cert]
    )
    b_first = rank_careers(index, portfolio, {}, TODAY)
    assert uris(b_first) == ["urn:x:b", "urn:x:a"]  # both fully said; b is shown
    assert b_first[0].essential_shown == 2 and b_first[1].essential_shown == 0
    assert b_first[0].fit - b_first[1].fit < 0.05
    fewer = data(claims=[claim(HEFTRUCK), claim(VOORRAAD)], leerbewijzen=[leerbewijs(REACHTRUCK)])
    assert uris(rank_careers(index, fewer, {}, TODAY)) == ["urn:x:a", "urn:x:b"]


def test_top_n_and_empty_portfolio(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(VOORRAAD, level=4), claim(ORDERPICKEN, level=4)])
    assert len(rank(check_language, portfolio, top=2)) == 2
    assert rank(check_language, data()) == []
    assert rank(check_language, portfolio, top=0) == []
    assert rank(check_language, portfolio, top=-1) == []


def test_filter_on_vks_level(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(VOORRAAD, level=3), claim(HYGIENE, level=3)])
    assert {OCC_HEFTRUCK, OCC_MAGAZIJN, OCC_VERPLEEG, OCC_KOK} <= set(
        uris(rank(check_language, portfolio))
    )
    level2 = rank(check_language, portfolio, vks_level=2)
    assert uris(level2) == [OCC_HEFTRUCK] and level2[0].vks_levels == (2,)
    assert uris(rank(check_language, portfolio, vks_level=5)) == [OCC_VERPLEEG]
    assert rank(check_language, portfolio, vks_level=4) == []


def test_filter_on_tight_labour_market(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(VOORRAAD, level=3), claim(HYGIENE, level=3)])
    tight = rank(check_language, portfolio, signals=sample_signals(), tight_only=True)
    assert uris(tight) == [OCC_VERPLEEG]  # magazijnier's newest figure: 1.8, not tight
    signal = tight[0].signal
    assert signal is not None and signal.date == date(2021, 4, 1)
    assert rank(check_language, portfolio, tight_only=True) == []  # no figures, no krapte
    # Without a yes/no from the source, the ratio decides: below 1 is krapte.
    header = "occupation_uri,occupation_label,tension_ratio,shortage,source,date,note\n"
    ratios = SignalTable(
        parse_signals(
            header
            + f"{OCC_MAGAZIJN},Magazijnier,0.8,,Bron A,2024-01,\n"
            + f"{OCC_HEFTRUCK},Heftruckchauffeur,1.2,,Bron B,2024-01,\n"
            + f"{OCC_KOK},Kok,0.7,,Bron C,2020-01,\n"
            + f"{OCC_KOK},Kok,1.3,,Bron C,2024-01,\n"
        )[0]
    )
    assert uris(rank(check_language, portfolio, signals=ratios, tight_only=True)) == [OCC_MAGAZIJN]


def test_a_step_names_its_signal_and_regulation_and_prints_as_json(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(claims=[claim(ZORG, level=3), claim(HYGIENE, level=3)])
    steps = rank(check_language, portfolio, signals=sample_signals(), regulated=regulated())
    nurse = next(s for s in steps if s.occupation.uri == OCC_VERPLEEG)
    assert nurse.regulation is not None and "gereglementeerd" in nurse.regulation.requirement
    cook = next(s for s in steps if s.occupation.uri == OCC_KOK)
    assert cook.signal is None and cook.regulation is None
    doc = nurse.to_json(TODAY)
    assert doc["occupation"]["uri"] == OCC_VERPLEEG
    assert (doc["essential_said"], doc["essential_total"], doc["essential_shown"]) == (2, 3, 0)
    assert [m["uri"] for m in doc["missing"]] == ["urn:test:c:medicatie"]
    assert {c["uri"] for c in doc["carried_by"]} == {ZORG, HYGIENE}
    assert doc["regulation"]["source"] == "Testwet gezondheidszorgberoepen"
    signal = doc["signal"]
    assert signal["source"] == "VDAB, top-20 krapte april 2021" and signal["date"] == "2021-04-01"
    assert signal["old"] is True and signal["tension_ratio"] == 0.34
    assert signal["text"].startswith("In april 2021 was de spanningsratio")
    assert "4 jaar oud" in signal["text"] and signal["text_en"].startswith("In April 2021")
    assert cook.to_json(TODAY)["signal"] is None and cook.to_json(TODAY)["regulation"] is None
    later = nurse.to_json(date(2022, 5, 1))["signal"]
    assert later["old"] is False and "Let op" not in later["text"]


def test_index_knows_the_language(check_language: CompetenceLanguage) -> None:
    index = career_index(check_language)
    assert len(index) == 5
    assert index.vks[[r.uri for r in index.refs].index(OCC_VERPLEEG)] == (5,)
    assert index.essential_in[VOORRAAD] and index.future(SCANNER) and not index.future(VOORRAAD)
    assert index.ref(VOORRAAD).label == "voorraad beheren"
