"""What the person says about each competence, measured against the level asked
(``check/standing.py``): thresholds, evidence-only competences, related competences and
duplicate claims."""

from __future__ import annotations

from datetime import date

import pytest

from portfolio_app.domain.check_result import EvidenceStrength, MatchKind, Standing
from portfolio_app.domain.enums import LeerbewijsKind, LevelScale, SourceKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    DK_RIJDEN,
    HEFTOESTELLEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
    OCC_MAGAZIJN,
    ORDERPICKEN,
    REACHTRUCK,
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


@pytest.mark.parametrize(
    ("scale", "level", "expected"),
    [
        (LevelScale.NIVEAU, 1, Standing.LOWER_LEVEL),
        (LevelScale.NIVEAU, 2, Standing.TO_PROVE),  # "2 – zelfstandig" is the level asked
        (LevelScale.NIVEAU, 3, Standing.TO_PROVE),
        (LevelScale.NIVEAU, 4, Standing.TO_PROVE),
        (LevelScale.CEFR, 1, Standing.LOWER_LEVEL),  # A1
        (LevelScale.CEFR, 2, Standing.LOWER_LEVEL),  # A2
        (LevelScale.CEFR, 3, Standing.TO_PROVE),  # B1
        (LevelScale.CEFR, 6, Standing.TO_PROVE),  # C2
        (LevelScale.BINAIR, 1, Standing.TO_PROVE),  # "heb ik"
        (LevelScale.BINAIR, 0, Standing.NOT_YET),  # "heb ik niet"
    ],
)
def test_the_level_asked_is_zelfstandig_on_every_scale(
    check_language: CompetenceLanguage, scale: LevelScale, level: int, expected: Standing
) -> None:
    result = check(
        check_language, data(claims=[claim(HEFTRUCK, level_scale=scale, level=level)]), OCC_HEFTRUCK
    )
    item = contribution(result, HEFTRUCK)
    assert item.standing is expected
    assert item.said is (expected is Standing.TO_PROVE)
    assert item.match is MatchKind.EXACT
    counts = result.headline()
    assert (counts.said, counts.lower_level, counts.not_yet) == (
        int(expected is Standing.TO_PROVE),
        int(expected is Standing.LOWER_LEVEL),
        int(expected is Standing.NOT_YET),
    )


def test_a_lower_level_with_a_linked_leerbewijs_is_still_lower_and_never_shown(
    check_language: CompetenceLanguage,
) -> None:
    cert = leerbewijs(VOORRAAD, attachment_ids=["scan"])  # linked, but lists another concept
    low = claim(HEFTRUCK, level=1, leerbewijs_ids=[cert.id])
    result = check(check_language, data(claims=[low], leerbewijzen=[cert]), OCC_HEFTRUCK)
    item = contribution(result, HEFTRUCK)
    assert item.standing is Standing.LOWER_LEVEL and not item.said
    assert result.headline().shown == 1  # voorraad, which the attest lists
    assert (
        "lager dan gevraagd"
        in next(p for p in result.to_learn if p.competence.uri == HEFTRUCK).reason
    )


@pytest.mark.parametrize(
    "fields",
    [{"level": 1}, {"level_scale": LevelScale.BINAIR, "level": 0}],
    ids=["een beetje", "heb ik niet"],
)
def test_what_a_leerbewijs_lists_outweighs_a_lower_own_estimate(
    check_language: CompetenceLanguage, fields: dict[str, object]
) -> None:
    cert = leerbewijs(HEFTRUCK, attachment_ids=["scan"])
    own = claim(HEFTRUCK, leerbewijs_ids=[cert.id], **fields)
    item = contribution(
        check(check_language, data(claims=[own], leerbewijzen=[cert]), OCC_HEFTRUCK), HEFTRUCK
    )
    assert item.standing is Standing.SHOWN and item.strength is EvidenceStrength.DOCUMENT
    assert item.claim_id is None  # the leerbewijs decides; the claim says less


def test_a_leerbewijs_listing_a_concept_without_a_claim_counts_as_said_and_shown(
    check_language: CompetenceLanguage,
) -> None:
    cert = leerbewijs(VOORRAAD, title="Attest voorraadbeheer")
    result = check(check_language, data(leerbewijzen=[cert]), OCC_HEFTRUCK)
    item = contribution(result, VOORRAAD)
    assert item.standing is Standing.SHOWN and item.said
    assert item.claim_id is None and item.evidence_ids == [cert.id]
    assert item.strength is EvidenceStrength.JUDGEMENT
    assert "Je portfolio noemt het" in item.explanation
    assert "Attest voorraadbeheer" in item.explanation
    counts = result.headline()
    assert (counts.said, counts.shown, counts.total) == (1, 1, 3)


def test_an_experience_without_description_listing_a_concept_is_said_not_shown(
    check_language: CompetenceLanguage,
) -> None:
    job = experience(VOORRAAD, description="")
    item = contribution(check(check_language, data(experiences=[job]), OCC_HEFTRUCK), VOORRAAD)
    assert item.standing is Standing.TO_PROVE and item.strength is EvidenceStrength.OWN
    assert item.evidence_ids == [job.id]


def test_a_bk_proof_shows_every_competence_of_its_qualification(
    check_language: CompetenceLanguage,
) -> None:
    proof = bk_proof(attachment_ids=["scan"])
    result = check(check_language, data(leerbewijzen=[proof]), BK_HEFTRUCK)
    assert {c.competence.uri for c in result.contributions} == {
        HEFTRUCK,
        VEILIGHEID,
        VOORRAAD,
        ORDERPICKEN,
    }
    for item in result.contributions:
        assert item.standing is Standing.SHOWN, item.competence.uri
        assert item.strength is EvidenceStrength.DOCUMENT
        assert item.evidence_ids == [proof.id]
        assert "het niveau van de kwalificatie" in item.explanation
    counts = result.headline()
    assert counts.said == counts.shown == counts.total == 4
    assert not result.to_learn and not result.to_prove


def test_a_partial_certificate_shows_only_the_competences_of_its_dk(
    check_language: CompetenceLanguage,
) -> None:
    part = leerbewijs(
        kind=LeerbewijsKind.DEELCERTIFICAAT,
        title="Deelcertificaat rijden",
        qualification_uri=DK_RIJDEN,
    )
    result = check(check_language, data(leerbewijzen=[part]), OCC_HEFTRUCK)
    shown = {c.competence.uri for c in result.contributions if c.standing is Standing.SHOWN}
    assert shown == {HEFTRUCK, VEILIGHEID}
    assert contribution(result, VOORRAAD).standing is Standing.NOT_SAID


def test_a_broader_competence_is_named_but_never_counted(
    check_language: CompetenceLanguage,
) -> None:
    broad = claim(HEFTOESTELLEN, level=4, sources=by(SourceKind.WERKGEVER))
    result = check(check_language, data(claims=[broad]), OCC_HEFTRUCK)
    item = contribution(result, HEFTRUCK)
    assert item.standing is Standing.NOT_SAID and not item.said
    assert item.match is MatchKind.BROADER
    assert item.related is not None and item.related.uri == HEFTOESTELLEN
    assert item.claim_id is None and item.evidence_ids == []
    assert "heftoestellen besturen" in item.explanation and "ruimer" in item.explanation
    assert result.headline().said == 0
    point = next(p for p in result.to_learn if p.competence.uri == HEFTRUCK)
    assert "telt niet vanzelf mee" in point.reason


def test_a_narrower_competence_is_named_but_never_counted(
    check_language: CompetenceLanguage,
) -> None:
    narrow = claim(REACHTRUCK, level=4)
    result = check(check_language, data(claims=[narrow]), OCC_MAGAZIJN)
    item = contribution(result, HEFTOESTELLEN)
    assert item.standing is Standing.NOT_SAID and item.match is MatchKind.NARROWER
    assert item.related is not None and item.related.uri == REACHTRUCK
    assert "specifieker" in item.explanation
    assert result.tally().said == 0


def test_a_related_competence_the_person_cannot_do_is_not_named(
    check_language: CompetenceLanguage,
) -> None:
    low = claim(HEFTOESTELLEN, level=1)
    item = contribution(check(check_language, data(claims=[low]), OCC_HEFTRUCK), HEFTRUCK)
    assert item.match is MatchKind.NONE and item.related is None


@pytest.mark.parametrize("reverse", [False, True])
def test_the_best_of_duplicate_claims_wins_whatever_the_order(
    check_language: CompetenceLanguage, reverse: bool
) -> None:
    weak = claim(HEFTRUCK, id="a-weak", level=1)
    said = claim(HEFTRUCK, id="b-said", level=3)
    judged = claim(HEFTRUCK, id="c-judged", level=2, sources=by(SourceKind.WERKGEVER, "Colruyt"))
    no = claim(HEFTRUCK, id="0-no", level_scale=LevelScale.BINAIR, level=0)
    claims = [no, weak, said, judged]
    if reverse:
        claims.reverse()
    item = contribution(check(check_language, data(claims=claims), OCC_HEFTRUCK), HEFTRUCK)
    assert item.standing is Standing.SHOWN and item.claim_id == "c-judged"
    assert item.strength is EvidenceStrength.JUDGEMENT


@pytest.mark.parametrize("reverse", [False, True])
def test_equally_good_duplicates_name_the_same_claim_in_any_order(
    check_language: CompetenceLanguage, reverse: bool
) -> None:
    first, second = claim(HEFTRUCK, id="a", label="A"), claim(HEFTRUCK, id="b", label="B")
    claims = [second, first] if reverse else [first, second]
    item = contribution(check(check_language, data(claims=claims), OCC_HEFTRUCK), HEFTRUCK)
    assert item.claim_id == "a"


def test_willen_is_the_highest_of_the_claims_of_a_concept(
    check_language: CompetenceLanguage,
) -> None:
    claims = [claim(VOORRAAD, id="x", willen=1), claim(VOORRAAD, id="y", willen=3, level=1)]
    item = contribution(check(check_language, data(claims=claims), OCC_HEFTRUCK), VOORRAAD)
    assert item.willen == 3 and item.claim_id == "x"


def test_a_competence_last_done_three_years_ago_is_stale(
    check_language: CompetenceLanguage,
) -> None:
    old = claim(HEFTRUCK, level=3, last_used=date(2022, 6, 1))
    recent = claim(HEFTRUCK, level=3, last_used=date(2022, 6, 2))
    assert contribution(check(check_language, data(claims=[old]), OCC_HEFTRUCK), HEFTRUCK).stale
    assert not contribution(
        check(check_language, data(claims=[recent]), OCC_HEFTRUCK), HEFTRUCK
    ).stale
    stale = contribution(check(check_language, data(claims=[old]), OCC_HEFTRUCK), HEFTRUCK)
    assert "Laatst gedaan in juni 2022" in stale.explanation


@pytest.mark.parametrize(
    "extra",
    [
        {"level": 1},
        {"level_scale": LevelScale.BINAIR, "level": 0},
    ],
    ids=["een beetje", "heb ik niet"],
)
def test_a_lower_claim_never_unsays_what_a_leerbewijs_says(
    check_language: CompetenceLanguage, extra: dict[str, object]
) -> None:
    cert = leerbewijs(VOORRAAD, title="Attest voorraadbeheer", attachment_ids=["scan"])
    before = check(check_language, data(leerbewijzen=[cert]), OCC_HEFTRUCK)
    after = check(
        check_language, data(claims=[claim(VOORRAAD, **extra)], leerbewijzen=[cert]), OCC_HEFTRUCK
    )
    assert before.headline().said == before.headline().shown == 1
    assert after.headline().said >= before.headline().said
    assert after.headline().shown >= before.headline().shown
