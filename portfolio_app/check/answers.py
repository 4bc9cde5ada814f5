"""The check asks: "kan je dit?" about every competence of the target the portfolio does not
hold yet, and the answers become claims before the result is computed.

The check starts from the person questioning their own competences, "kunnen en willen" (seed
``002_46d6a64a76542633.txt`` l.686). A magazijnier with seven years on the floor has not typed
in every task he does; without asking, the check would tell him he lacks his daily work.

Answers and the claims they make:

| answer | claim |
| --- | --- |
| ja | level "2 – zelfstandig" (B1 for a language): the level the check asks |
| een beetje | level "1 – basis" (A2) |
| nee | "heb ik niet": recorded, so it is not asked again and shows as "nog niet" |
| weet ik niet | nothing: asked again next time |

Every claim is the person's own estimate (source "zelf", with the check and the day in its
note); the front end saves all answers as one change, so one undo takes them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from portfolio_app.check.model import LanguageView
from portfolio_app.check.texts import Text
from portfolio_app.domain import CompetenceClaim, ConceptRef, Source, TargetRef
from portfolio_app.domain.enums import CompetenceKind, LevelScale, SourceKind
from portfolio_app.language import ConceptType, concept_kind


class Answer(StrEnum):
    YES = "ja"
    A_LITTLE = "een_beetje"
    NO = "nee"
    UNSURE = "weet_ik_niet"


ANSWER_LABELS: dict[Answer, Text] = {
    Answer.YES: ("Ja", "Yes"),
    Answer.A_LITTLE: ("Een beetje", "A little"),
    Answer.NO: ("Nee", "No"),
    Answer.UNSURE: ("Weet ik niet", "Not sure"),
}

# (level on 1-4, level on A1-C2)
_LEVELS: dict[Answer, tuple[int, int]] = {Answer.YES: (2, 3), Answer.A_LITTLE: (1, 2)}


@dataclass(frozen=True, slots=True)
class Reply:
    competence: ConceptRef
    answer: Answer
    last_done: date | None = None  # None: not said
    willen: int | None = None


def claim_for(
    reply: Reply, view: LanguageView, target: TargetRef, today: date, lang: str = "nl"
) -> CompetenceClaim | None:
    """The claim an answer makes; None for "weet ik niet"."""
    if reply.answer is Answer.UNSURE or reply.competence.uri is None:
        return None
    concept = view.concepts.get(reply.competence.uri)
    kind = concept_kind(concept) if concept is not None else CompetenceKind.VAKSPECIFIEK
    language = concept is not None and concept.type is ConceptType.TAAL
    if reply.answer is Answer.NO:
        scale, level = LevelScale.BINAIR, 0
    else:
        scale = LevelScale.CEFR if language else LevelScale.NIVEAU
        on_four, on_cefr = _LEVELS[reply.answer]
        level = on_cefr if language else on_four
    day = today.strftime("%d-%m-%Y") if lang != "en" else today.isoformat()
    note = (
        f"Answered in the competence check for '{target.label}' on {day}."
        if lang == "en"
        else f"Beantwoord in de competentiecheck voor '{target.label}' op {day}."
    )
    last_done = reply.last_done if reply.answer is not Answer.NO else None
    return CompetenceClaim(
        concept_uri=reply.competence.uri,
        label=reply.competence.label,
        kind=kind,
        level_scale=scale,
        level=level,
        willen=reply.willen or 2,
        sources=[Source(kind=SourceKind.ZELF, name="competentiecheck", date=today)],
        last_used=last_done,
        note=note,
    )


def claims_from(
    replies: list[Reply], view: LanguageView, target: TargetRef, today: date, lang: str = "nl"
) -> list[CompetenceClaim]:
    found = []
    for reply in replies:
        claim = claim_for(reply, view, target, today, lang)
        if claim is not None:
            found.append(claim)
    return found
