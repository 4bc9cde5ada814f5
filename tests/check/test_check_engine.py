"""Hand-built portfolios whose answer is known."""

from __future__ import annotations

import json
from datetime import date

import pytest

from portfolio_app.check import PortfolioData, scoring
from portfolio_app.domain.check_result import CheckResult, MatchKind
from portfolio_app.domain.enums import ActionKind, LevelScale, SourceKind, TargetKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    DK_RIJDEN,
    HEFTOESTELLEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_KOK,
    OCC_MAGAZIJN,
    OCC_VERPLEEG,
    ORDERPICKEN,
    REACHTRUCK,
    SAMENWERKEN,
    TODAY,
    VEILIGHEID,
    VOORRAAD,
    bk_proof,
    by,
    check,
    claim,
    contribution,
    data,
    experience,
    leerbewijs,
)


def heftruck_portfolio() -> PortfolioData:
    proof = bk_proof()
    return data(
        claims=[claim(HEFTRUCK, level=3, willen=3, leerbewijs_ids=[proof.id])],
        leerbewijzen=[proof],
    )


def test_forklift_driver_with_bk_proof_scores_high_on_forklift_low_on_nurse(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = heftruck_portfolio()
    forklift = check(check_language, portfolio, OCC_HEFTRUCK)
    nurse = check(check_language, portfolio, OCC_VERPLEEG)
    assert forklift.coverage_essential >= 0.75
    assert {s.uri for s in forklift.strengths} >= {HEFTRUCK, VOORRAAD, VEILIGHEID}
    assert not [g for g in forklift.gaps if g.essential]
    assert nurse.coverage == 0.0 and nurse.coverage_essential == 0.0
    assert all(g.actions for g in nurse.gaps) and len(nurse.gaps) == 4
    assert forklift.coverage > nurse.coverage + 0.5


def test_every_credit_is_the_product_of_its_factors(check_language: CompetenceLanguage) -> None:
    result = check(check_language, heftruck_portfolio(), OCC_HEFTRUCK)
    for c in result.contributions:
        if c.match is MatchKind.NONE:
            assert c.credit == 0.0 and c.factors == {}
            continue
        product = c.factors["match"] * c.factors["level"] * c.factors["recency"]
        assert c.credit == pytest.approx(product * c.factors["evidence"], abs=2e-4)
        assert c.explanation and c.explanation_en
    essential = [c.credit for c in result.contributions if c.essential]
    optional = [c.credit for c in result.contributions if not c.essential]
    weighted = (3 * sum(essential) + sum(optional)) / (3 * len(essential) + len(optional))
    assert result.coverage == pytest.approx(weighted, abs=1e-4)
    assert result.coverage_essential == pytest.approx(sum(essential) / len(essential), abs=1e-4)


def test_the_claim_and_the_bk_proof_are_named_in_the_contributions(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = heftruck_portfolio()
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    drive = contribution(result, HEFTRUCK)
    assert drive.claim_id == portfolio.claims[0].id
    assert drive.factors == {"match": 1.0, "level": 0.85, "recency": 1.0, "evidence": 1.0}
    assert drive.credit == 0.85 and drive.willen == 3
    stock = contribution(result, VOORRAAD)  # only the BK proof shows it
    assert stock.claim_id is None
    assert stock.evidence_ids == [portfolio.leerbewijzen[0].id]
    assert stock.factors["level"] == scoring.QUALIFIED_LEVEL
    assert "Bewijs van beroepskwalificatie" in stock.explanation


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, scoring.EVIDENCE_SELF),
        ({"attachment_ids": ["scan"]}, scoring.EVIDENCE_ATTACHMENT),
        ({"sources": by(SourceKind.WERKGEVER)}, scoring.EVIDENCE_OTHER_SOURCE),
    ],
)
def test_backing_by_the_claim_itself(
    check_language: CompetenceLanguage, extra: dict[str, object], expected: float
) -> None:
    portfolio = data(claims=[claim(HEFTRUCK, level=4, **extra)])
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    assert contribution(result, HEFTRUCK).factors["evidence"] == expected


def test_evidence_counts_more_than_self_assessment(check_language: CompetenceLanguage) -> None:
    def credit(portfolio: PortfolioData) -> float:
        result = check(check_language, portfolio, OCC_HEFTRUCK)
        return float(contribution(result, HEFTRUCK).credit)

    self_only = credit(data(claims=[claim(HEFTRUCK, level=3)]))
    by_employer = credit(data(claims=[claim(HEFTRUCK, level=3, sources=by(SourceKind.WERKGEVER))]))
    job = experience(HEFTRUCK)  # lists the concept: backs the claim without a link
    with_job = credit(data(claims=[claim(HEFTRUCK, level=3)], experiences=[job]))
    cert = leerbewijs(HEFTRUCK)
    linked = claim(HEFTRUCK, level=3, leerbewijs_ids=[cert.id])
    with_cert = credit(data(claims=[linked], leerbewijzen=[leerbewijs(title="x"), cert]))
    assert self_only < by_employer < with_job < with_cert == 0.85


def test_higher_level_and_recent_use_count_more(check_language: CompetenceLanguage) -> None:
    def credit(**fields: object) -> float:
        result = check(check_language, data(claims=[claim(HEFTRUCK, **fields)]), OCC_HEFTRUCK)
        return float(contribution(result, HEFTRUCK).credit)

    assert credit(level=1) < credit(level=2) < credit(level=3) < credit(level=4)
    assert credit(last_used=date(2010, 1, 1)) < credit(last_used=date(2019, 1, 1))
    assert credit(last_used=date(2019, 1, 1)) < credit(last_used=date(2024, 1, 1))
    assert credit(last_used=None) == pytest.approx(
        scoring.UNKNOWN_RECENCY * scoring.level_factor(0.5) * scoring.EVIDENCE_SELF, abs=1e-4
    )
    assert credit(last_used=date(2000, 1, 1)) == pytest.approx(
        scoring.RECENCY_FLOOR * scoring.level_factor(0.5) * scoring.EVIDENCE_SELF, abs=1e-4
    )


def test_broader_and_narrower_concepts_count_partly(check_language: CompetenceLanguage) -> None:
    broad = data(claims=[claim(HEFTOESTELLEN, level=4)])
    result = check(check_language, broad, OCC_HEFTRUCK)
    drive = contribution(result, HEFTRUCK)
    assert drive.match is MatchKind.BROADER and drive.factors["match"] == scoring.MATCH_BROADER
    assert drive.claim_id == broad.claims[0].id
    narrow = data(claims=[claim(REACHTRUCK, level=4)])
    result = check(check_language, narrow, OCC_MAGAZIJN)
    lifting = contribution(result, HEFTOESTELLEN)
    assert lifting.match is MatchKind.NARROWER and lifting.factors["match"] == 0.6
    exact = data(claims=[claim(HEFTOESTELLEN, level=4)])
    assert contribution(check(check_language, exact, OCC_MAGAZIJN), HEFTOESTELLEN).credit > (
        lifting.credit
    )
    assert lifting.credit > 0


def test_between_equally_good_claims_the_same_one_is_named_in_any_order(
    check_language: CompetenceLanguage,
) -> None:
    first, second = claim(HEFTRUCK, id="a", label="A"), claim(HEFTRUCK, id="b", label="B")
    one = check(check_language, data(claims=[first, second]), OCC_HEFTRUCK)
    other = check(check_language, data(claims=[second, first]), OCC_HEFTRUCK)
    assert contribution(one, HEFTRUCK).claim_id == contribution(other, HEFTRUCK).claim_id == "a"


def test_free_text_and_have_not_claims_do_not_count(check_language: CompetenceLanguage) -> None:
    portfolio = data(
        claims=[
            claim(None, label="heftruck besturen"),
            claim(ORDERPICKEN, level_scale=LevelScale.BINAIR, level=0, willen=3),
        ]
    )
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    assert result.coverage == 0.0
    assert "vrije_tekst" in [w.code for w in result.warnings]
    assert [r.uri for r in result.kunnen_willen.want_cannot_yet] == [ORDERPICKEN]


def test_gaps_are_ordered_by_importance_with_fitting_actions(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(
        claims=[
            claim(HEFTRUCK, level=4),  # has it, no evidence
            claim(VOORRAAD, level=4, last_used=date(2012, 1, 1), attachment_ids=["a"]),
            claim(SAMENWERKEN, level=1, sources=by(SourceKind.SCHOOL)),
        ]
    )
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    importance = [g.importance for g in result.gaps]
    assert importance == sorted(importance, reverse=True)
    gaps = {g.competence.uri: g for g in result.gaps}
    assert gaps[VEILIGHEID].actions == [ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN]
    assert gaps[HEFTRUCK].actions == [ActionKind.BEWIJS_VERZAMELEN, ActionKind.EVC_TRAJECT]
    assert gaps[VOORRAAD].actions[0] is ActionKind.WERKPLEKLEREN
    assert "2012" in gaps[VOORRAAD].reason
    assert gaps[SAMENWERKEN].actions[0] is ActionKind.OPLEIDING
    assert result.gaps[0].competence.uri == VEILIGHEID  # essential and missing comes first
    # A missing future competence weighs more than a missing plain one of the same kind.
    assert gaps["urn:test:c:scanner"].importance > gaps[ORDERPICKEN].importance


def test_kunnen_willen_picture(check_language: CompetenceLanguage) -> None:
    proof = leerbewijs(VOORRAAD)
    portfolio = data(
        claims=[
            claim(HEFTRUCK, level=3, willen=3),
            claim(VOORRAAD, level=3, willen=1),
            claim(ORDERPICKEN, level=1, willen=3),
        ],
        leerbewijzen=[proof],
    )
    result = check(check_language, portfolio, OCC_HEFTRUCK)
    picture = result.kunnen_willen
    assert [r.uri for r in picture.can_and_want] == [HEFTRUCK]
    assert [r.uri for r in picture.can_not_want] == [VOORRAAD]
    assert [r.uri for r in picture.want_cannot_yet] == [ORDERPICKEN]
    # Level 3 with a leerbewijs is a strength, wanted or not.
    assert VOORRAAD in {ref.uri for ref in result.strengths}


def test_not_wanted_essential_gap_suggests_career_guidance(
    check_language: CompetenceLanguage,
) -> None:
    result = check(check_language, data(claims=[claim(HEFTRUCK, willen=1)]), OCC_HEFTRUCK)
    gap = next(g for g in result.gaps if g.competence.uri == HEFTRUCK)
    assert gap.actions[0] is ActionKind.LOOPBAANBEGELEIDING
    assert "niet meer" in gap.reason


def test_qualification_and_partial_qualification_targets(
    check_language: CompetenceLanguage,
) -> None:
    portfolio = data(claims=[claim(HEFTRUCK, level=4, sources=by(SourceKind.VDAB))])
    bk = check(check_language, portfolio, BK_HEFTRUCK)
    assert bk.target.kind is TargetKind.BEROEPSKWALIFICATIE
    assert all(c.essential for c in bk.contributions) and len(bk.contributions) == 4
    assert bk.evc is not None and bk.evc.competences_total == 4
    assert [c.amount_eur for c in bk.evc.costs if c.applies] == [141.0]
    dk = check(check_language, portfolio, DK_RIJDEN)
    assert dk.target.kind is TargetKind.DEELKWALIFICATIE
    assert {c.competence.uri for c in dk.contributions} == {HEFTRUCK, VEILIGHEID}
    assert dk.evc is not None and [c.amount_eur for c in dk.evc.costs if c.applies] == [113.0]
    assert "2023-2024" in dk.evc.source and not dk.evc.ready
    assert check(check_language, portfolio, OCC_KOK).evc is None


def test_evc_readiness_follows_the_portfolio(check_language: CompetenceLanguage) -> None:
    ready = check(check_language, heftruck_portfolio(), OCC_HEFTRUCK)
    assert ready.evc is not None and ready.evc.ready
    assert ready.evc.qualification.uri == BK_HEFTRUCK
    assert "evc_traject" in [w.code for w in ready.warnings]
    assert "EVC-traject" in ready.summary


def test_summary_is_two_or_three_plain_sentences(check_language: CompetenceLanguage) -> None:
    for target in (OCC_HEFTRUCK, OCC_VERPLEEG, OCC_KOK):
        result = check(check_language, heftruck_portfolio(), target)
        for text in (result.summary, result.summary_en):
            sentences = [s for s in text.replace("?", ".").split(". ") if s.strip()]
            assert 2 <= len(sentences) <= 3, text
    nurse = check(check_language, heftruck_portfolio(), OCC_VERPLEEG)
    assert nurse.summary.startswith("Voor verpleegkundige heb je 0 van de 3")
    assert "loopbaanbegeleider" in nurse.summary


def test_result_survives_json_and_the_date_is_kept(check_language: CompetenceLanguage) -> None:
    result = check(check_language, heftruck_portfolio(), OCC_HEFTRUCK)
    again = CheckResult.model_validate(json.loads(json.dumps(result.model_dump(mode="json"))))
    assert again == result and again.checked_on == TODAY
    assert again.scoring_version == scoring.SCORING_VERSION


def test_very_long_names_are_quoted_short_and_never_break_the_check(
    check_language: CompetenceLanguage,
) -> None:
    huge = "heel lange naam " * 124  # just under the 2,000 characters a label may have
    cert = leerbewijs(HEFTRUCK, title=huge, issued=date(2015, 1, 1), expires=date(2024, 1, 1))
    owned = claim(HEFTOESTELLEN, label=huge, last_used=date(2015, 1, 1))
    job = experience(start=date(2010, 1, 1), role=huge)
    result = check(
        check_language, data(claims=[owned], leerbewijzen=[cert], experiences=[job]), OCC_HEFTRUCK
    )
    assert {"leerbewijs_verlopen", "zelfde_job"} <= {w.code for w in result.warnings}
    assert all(len(w.message) < 1000 for w in result.warnings)
    assert all(len(g.reason) < 1000 for g in result.gaps)
    from portfolio_app.check import propose_plan

    assert propose_plan(result, TODAY, top=10)
