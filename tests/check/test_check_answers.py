"""Answers to "kan je dit?" become claims (``check/answers.py``), and those claims change the
check the way the answer says."""

from __future__ import annotations

from datetime import date

import pytest

from portfolio_app.check import LanguageView, language_view, load_target, target_competences
from portfolio_app.check.answers import Answer, Reply, claim_for, claims_from
from portfolio_app.domain import ConceptRef, TargetRef
from portfolio_app.domain.check_result import EvidenceStrength, Standing
from portfolio_app.domain.enums import CompetenceKind, LevelScale, SourceKind, TargetKind
from portfolio_app.language import CompetenceLanguage, Concept, ConceptType
from tests.check.checkhelp import (
    HEFTOESTELLEN,
    HEFTRUCK,
    OCC_HEFTRUCK,
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

DUTCH = "urn:test:c:nederlands"
TARGET = TargetRef(uri=OCC_HEFTRUCK, label="heftruckchauffeur", kind=TargetKind.BEROEP)


def view_with_dutch(language: CompetenceLanguage) -> LanguageView:
    """The test language's concepts plus a language concept (CEFR scale)."""
    concepts = dict(language.concepts([HEFTRUCK, SCANNER, SAMENWERKEN]))
    concepts[DUTCH] = Concept(
        uri=DUTCH,
        type=ConceptType.TAAL,
        label_nl="Nederlands",
        label_en="Dutch",
        alt_labels=(),
        description="",
        broader=(),
        flags=frozenset(),
    )
    return LanguageView(concepts=concepts)


@pytest.mark.parametrize(
    ("answer", "scale", "level"),
    [
        (Answer.YES, LevelScale.NIVEAU, 2),
        (Answer.A_LITTLE, LevelScale.NIVEAU, 1),
        (Answer.NO, LevelScale.BINAIR, 0),
    ],
)
def test_an_answer_makes_a_claim_of_the_person(
    check_language: CompetenceLanguage, answer: Answer, scale: LevelScale, level: int
) -> None:
    view = view_with_dutch(check_language)
    reply = Reply(view.ref(HEFTRUCK), answer, last_done=date(2024, 3, 1), willen=3)
    made = claim_for(reply, view, TARGET, TODAY)
    assert made is not None
    assert (made.concept_uri, made.level_scale, made.level) == (HEFTRUCK, scale, level)
    assert made.label == "heftruck besturen" and made.kind is CompetenceKind.VAKSPECIFIEK
    assert made.willen == 3
    assert [(s.kind, s.date) for s in made.sources] == [(SourceKind.ZELF, TODAY)]
    assert made.self_assessed and not made.has_evidence
    assert "heftruckchauffeur" in made.note and "01-06-2025" in made.note
    # "nee" records that the person cannot do it; a date of last use would contradict it
    assert made.last_used == (None if answer is Answer.NO else date(2024, 3, 1))


def test_not_sure_makes_no_claim(check_language: CompetenceLanguage) -> None:
    view = view_with_dutch(check_language)
    assert claim_for(Reply(view.ref(HEFTRUCK), Answer.UNSURE), view, TARGET, TODAY) is None
    free = Reply(ConceptRef(label="vrije tekst"), Answer.YES)
    assert claim_for(free, view, TARGET, TODAY) is None


@pytest.mark.parametrize(("answer", "level"), [(Answer.YES, 3), (Answer.A_LITTLE, 2)])
def test_a_language_is_answered_on_the_cefr_scale(
    check_language: CompetenceLanguage, answer: Answer, level: int
) -> None:
    view = view_with_dutch(check_language)
    made = claim_for(Reply(view.ref(DUTCH), answer), view, TARGET, TODAY)
    assert made is not None and made.kind is CompetenceKind.TAAL
    assert (made.level_scale, made.level) == (LevelScale.CEFR, level)  # B1 / A2
    assert made.willen == 2 and made.last_used is None


def test_kind_follows_the_concept(check_language: CompetenceLanguage) -> None:
    view = view_with_dutch(check_language)
    scanner = claim_for(Reply(view.ref(SCANNER), Answer.YES), view, TARGET, TODAY)
    together = claim_for(Reply(view.ref(SAMENWERKEN), Answer.YES), view, TARGET, TODAY)
    assert scanner is not None and scanner.kind is CompetenceKind.DIGITAAL
    assert together is not None and together.kind is CompetenceKind.TRANSVERSAAL


def test_the_note_follows_the_language(check_language: CompetenceLanguage) -> None:
    view = view_with_dutch(check_language)
    made = claim_for(Reply(view.ref(HEFTRUCK), Answer.YES), view, TARGET, TODAY, lang="en")
    assert made is not None
    assert made.note == "Answered in the competence check for 'heftruckchauffeur' on 2025-06-01."


def test_answers_change_the_check_as_they_say(check_language: CompetenceLanguage) -> None:
    """The wizard's flow: list what the portfolio does not hold, answer, check again."""
    start = data(claims=[claim(HEFTOESTELLEN, level=3)])
    target = load_target(check_language, OCC_HEFTRUCK)
    view = language_view(check_language, start, [target])
    asked = target_competences(start, target, view, TODAY)
    assert [t.competence.uri for t in asked][:3] == list(target.essential)
    assert all(t.standing is Standing.NOT_SAID and t.claim is None for t in asked)
    assert [t.essential for t in asked] == [True] * 3 + [False] * 3
    drive = next(t for t in asked if t.competence.uri == HEFTRUCK)
    assert drive.related is not None and drive.related.uri == HEFTOESTELLEN
    assert next(t for t in asked if t.competence.uri == SCANNER).future

    answers = {
        HEFTRUCK: Answer.YES,
        VOORRAAD: Answer.A_LITTLE,
        VEILIGHEID: Answer.NO,
        SCANNER: Answer.UNSURE,
    }
    replies = [
        Reply(t.competence, answers[t.competence.uri]) for t in asked if t.competence.uri in answers
    ]
    made = claims_from(replies, view, target.ref, TODAY)
    assert len(made) == 3
    before = check(check_language, start, OCC_HEFTRUCK)
    after = check(check_language, data(claims=[*start.claims, *made]), OCC_HEFTRUCK)
    assert before.headline().said == 0
    counts = after.headline()
    assert (counts.said, counts.shown, counts.lower_level, counts.not_yet, counts.not_said) == (
        1,
        0,
        1,
        1,
        0,
    )
    said = contribution(after, HEFTRUCK)
    assert said.standing is Standing.TO_PROVE and said.strength is EvidenceStrength.OWN
    assert contribution(after, SCANNER).standing is Standing.NOT_SAID
    # asked again: only what was not answered, or answered "weet ik niet"
    again = target_competences(data(claims=[*start.claims, *made]), target, view, TODAY)
    open_ = {t.competence.uri for t in again if t.standing is Standing.NOT_SAID}
    assert VEILIGHEID not in open_ and HEFTRUCK not in open_ and SCANNER in open_
