"""Career steps: ranking, filters, and the pull of what the user wants."""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.check import (
    CareerIndex,
    CareerStep,
    PortfolioData,
    career_index,
    language_view,
    rank_careers,
)
from portfolio_app.language import CompetenceLanguage, Occupation
from tests.check.checkhelp import (
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_MAGAZIJN,
    OCC_REACHTRUCK,
    OCC_VERPLEEG,
    ORDERPICKEN,
    REACHTRUCK,
    TODAY,
    VOORRAAD,
    bk_proof,
    claim,
    data,
    sample_signals,
)


def rank(
    language: CompetenceLanguage, portfolio: PortfolioData, **options: Any
) -> list[CareerStep]:
    index = career_index(language)
    view = language_view(language, portfolio)
    return rank_careers(index, portfolio, view, TODAY, **options)


def test_forklift_portfolio_ranks_forklift_driver_first(check_language: CompetenceLanguage) -> None:
    proof = bk_proof()
    portfolio = data(
        claims=[claim(HEFTRUCK, level=3, leerbewijs_ids=[proof.id])], leerbewijzen=[proof]
    )
    steps = rank(check_language, portfolio)
    assert steps[0].occupation.uri == OCC_HEFTRUCK
    assert steps[0].essential_met == steps[0].essential_total == 3
    assert OCC_VERPLEEG not in {s.occupation.uri for s in steps}  # nothing in common
    fits = [s.fit for s in steps]
    assert fits == sorted(fits, reverse=True)
    reach = next(s for s in steps if s.occupation.uri == OCC_REACHTRUCK)
    assert [g.uri for g in reach.gap] == [REACHTRUCK]  # the one essential still to close
    assert reach.gap_size == 1


def test_top_n_and_empty_portfolio(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(VOORRAAD, level=4), claim(ORDERPICKEN, level=4)])
    assert len(rank(check_language, portfolio, top=2)) == 2
    assert rank(check_language, data()) == []
    assert rank(check_language, portfolio, top=0) == []


def test_what_you_want_reorders_equal_fits(check_language: CompetenceLanguage) -> None:
    """Two occupations that differ only in the vehicle: with both vehicles claimed alike,
    what the user wants decides which comes first."""
    occupations = [
        Occupation("urn:x:heftruck", "heftruck", "", (), "", "", (HEFTRUCK, VOORRAAD), ()),
        Occupation("urn:x:reachtruck", "reachtruck", "", (), "", "", (REACHTRUCK, VOORRAAD), ()),
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
        view = language_view(check_language, portfolio)
        steps = rank_careers(index, portfolio, view, TODAY)
        assert steps[0].coverage == steps[1].coverage
        return [s.occupation.uri for s in steps]

    assert order(3, 1) == ["urn:x:heftruck", "urn:x:reachtruck"]
    assert order(1, 3) == ["urn:x:reachtruck", "urn:x:heftruck"]
    assert order(2, 2) == ["urn:x:heftruck", "urn:x:reachtruck"]  # a tie goes by name


def test_filters_for_vks_level_and_shortage(check_language: CompetenceLanguage) -> None:
    portfolio = data(claims=[claim(VOORRAAD, level=3), claim("urn:test:c:hygiene", level=3)])
    everything = {s.occupation.uri for s in rank(check_language, portfolio)}
    assert {OCC_HEFTRUCK, OCC_MAGAZIJN, OCC_VERPLEEG} <= everything
    level2 = rank(check_language, portfolio, vks_level=2)
    assert [s.occupation.uri for s in level2] == [OCC_HEFTRUCK]
    assert level2[0].vks_levels == (2,)
    shortage = rank(check_language, portfolio, signals=sample_signals(), shortage_only=True)
    assert [s.occupation.uri for s in shortage] == [OCC_VERPLEEG]
    assert shortage[0].signal is not None and shortage[0].signal.date == date(2021, 4, 1)
    json_step = shortage[0].to_json()
    assert json_step["signal"]["source"] == "VDAB, top-20 krapte april 2021"


def test_index_knows_the_language(check_language: CompetenceLanguage) -> None:
    index: CareerIndex = career_index(check_language)
    assert len(index) == 5
    # Only concepts some occupation asks for are children worth knowing.
    assert sorted(index.children["urn:test:c:heftoestellen"]) == [HEFTRUCK, REACHTRUCK]
    assert index.vks[[r.uri for r in index.refs].index(OCC_VERPLEEG)] == (5,)
