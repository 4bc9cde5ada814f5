"""One line per target competence: where the person stands, in words, and what to do next.

The action follows the reason, because the reason decides what helps:

| standing | first actions |
| --- | --- |
| not in the portfolio | "kan je dit al? voeg het toe", then a course or learning on the job |
| said "not yet" | a course, learning on the job |
| below the level asked | practice on the job, a course |
| said, not proven | add evidence; an EVC-traject where one leads to the target |
| said, proof expired | renew it (what that means depends on the leerbewijs) |

An essential competence the person no longer wants puts a talk with a career counsellor
first. For a regulated profession no EVC-traject is proposed: it does not give the diploma.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from portfolio_app.check import texts
from portfolio_app.check.evidence import Proof
from portfolio_app.check.model import LanguageView
from portfolio_app.check.standing import ConceptState
from portfolio_app.check.texts import Text
from portfolio_app.domain.check_result import (
    Contribution,
    EvidenceStrength,
    MatchKind,
    OpenPoint,
    Standing,
)
from portfolio_app.domain.enums import ActionKind

ESSENTIAL_WEIGHT = 3.0
OPTIONAL_WEIGHT = 1.0
FUTURE_BONUS = 1.25
STANDING_WEIGHT: dict[Standing, float] = {
    Standing.NOT_SAID: 1.0,
    Standing.NOT_YET: 1.0,
    Standing.LOWER_LEVEL: 0.7,
    Standing.TO_PROVE: 0.5,
    Standing.SHOWN: 0.0,
}
# A proof that expired is renewed before anything else: it lights an alarm, and an employer
# or a site entrance asks for the valid one (0.5 × 2.2 = 1.1, just above "not said").
EXPIRED_WEIGHT = 2.2


@dataclass(frozen=True, slots=True)
class Line:
    """One competence the target asks for and the portfolio's standing on it (``state``
    None: nothing about this very concept). ``related`` is a close competence the person
    says they can, named so the check can ask."""

    uri: str
    essential: bool
    state: ConceptState | None
    related: tuple[str, MatchKind] | None = None
    stale: bool = False

    @property
    def standing(self) -> Standing:
        return self.state.standing if self.state is not None else Standing.NOT_SAID

    @property
    def said(self) -> bool:
        return self.state is not None and self.state.said

    @property
    def willen(self) -> int | None:
        return self.state.willen if self.state is not None else None


def _level_text(state: ConceptState) -> Text:
    claim = state.claim
    if claim is not None:
        return f"niveau {claim.level_text('nl')}", f"level {claim.level_text('en')}"
    if any(p.qualified for p in state.proofs):
        return "het niveau van de kwalificatie", "the level of the qualification"
    return "zelfstandig (aangenomen)", "independently (assumed)"


def proof_text(proof: Proof) -> Text:
    """How one proof is named: 'leerbewijs 'VCA' (met document)'."""
    title = texts.short(proof.title, 80)
    if proof.kind == "leerbewijs":
        doc = proof.strength is EvidenceStrength.DOCUMENT
        extra = (" (met document)", " (with a document)") if doc else ("", "")
        if proof.expired:
            extra = (" (verlopen)", " (expired)")
        return f"leerbewijs '{title}'{extra[0]}", f"proof of learning '{title}'{extra[1]}"
    if proof.kind == "experience":
        if proof.strength is EvidenceStrength.EXPERIENCE:
            return f"ervaring '{title}'", f"experience '{title}'"
        return (
            f"ervaring '{title}' (nog zonder beschrijving)",
            f"experience '{title}' (no description yet)",
        )
    if proof.kind == "source":
        who = (proof.title, proof.title_en or proof.title)
        when = texts.month_year(proof.shown_on) if proof.shown_on else ("", "")
        suffix = (f", {when[0]}", f", {when[1]}") if when[0] else ("", "")
        return f"vastgesteld door {who[0]}{suffix[0]}", f"identified by {who[1]}{suffix[1]}"
    return "een bijlage", "an attachment"


def explanation(line: Line, view: LanguageView) -> Text:
    state = line.state
    if state is None:
        text: Text = ("Staat nog niet in je portfolio.", "Not in your portfolio yet.")
        if line.related is not None:
            text = texts.join(text, _related(line.related, view))
        return text
    if state.standing is Standing.NOT_YET:
        return "Je zei dat je dit nog niet kunt.", "You said you cannot do this yet."
    level = _level_text(state)
    if state.standing is Standing.LOWER_LEVEL:
        asked = texts.LEVEL_ASKED_TEXT
        return (
            f"Je schat jezelf op {level[0]}; dit doel vraagt dat je het {asked[0]} kunt.",
            f"You rate yourself at {level[1]}; this goal asks that you can do it {asked[1]}.",
        )
    if state.claim is not None:
        said: Text = (f"Je zegt dat je het kunt ({level[0]}).", f"You say you can ({level[1]}).")
    else:
        said = (f"Je portfolio noemt het ({level[0]}).", f"Your portfolio lists it ({level[1]}).")
    current = [p for p in state.proofs if p.current][:2]
    if state.standing is Standing.SHOWN:
        names = [proof_text(p) for p in current]
        shown: Text = (
            "Aangetoond met " + ", ".join(n[0] for n in names) + ".",
            "Shown by " + ", ".join(n[1] for n in names) + ".",
        )
    else:
        shown = ("Nog te bewijzen.", "Still to be proven.")
        weak = [p for p in state.proofs if not p.current][:2]
        if weak:
            names = [proof_text(p) for p in weak]
            shown = texts.join(
                shown,
                (
                    "Telt nog niet als bewijs: " + ", ".join(n[0] for n in names) + ".",
                    "Does not count as evidence yet: " + ", ".join(n[1] for n in names) + ".",
                ),
            )
    result = texts.join(said, shown)
    if line.stale and state.last_shown is not None:
        when = texts.month_year(state.last_shown)
        result = texts.join(result, (f"Laatst gedaan in {when[0]}.", f"Last done in {when[1]}."))
    return result


def _related(related: tuple[str, MatchKind], view: LanguageView) -> Text:
    uri, kind = related
    name = texts.short(view.label(uri), 80)
    how = ("specifieker", "more specific") if kind is MatchKind.NARROWER else ("ruimer", "broader")
    return (
        f"Je hebt wel '{name}' ({how[0]}); dat telt niet vanzelf mee.",
        f"You do have '{name}' ({how[1]}); that does not count by itself.",
    )


def contribution(line: Line, view: LanguageView) -> Contribution:
    nl, en = explanation(line, view)
    state = line.state
    related = line.related
    return Contribution(
        competence=view.ref(line.uri),
        essential=line.essential,
        standing=line.standing,
        strength=state.strength if state is not None else EvidenceStrength.NONE,
        expired=state.expired if state is not None else False,
        stale=line.stale,
        claim_id=state.claim.id if state is not None and state.claim is not None else None,
        match=MatchKind.EXACT if state is not None else (related[1] if related else MatchKind.NONE),
        related=view.ref(related[0]) if related else None,
        willen=line.willen,
        last_shown=state.last_shown if state is not None else None,
        evidence_ids=[p.id for p in state.proofs] if state is not None else [],
        explanation=nl,
        explanation_en=en,
    )


def _reason_and_actions(
    line: Line, view: LanguageView, renewals: Mapping[str, Text], evc: bool, regulated: bool
) -> tuple[Text, list[ActionKind]]:
    state = line.state
    standing = line.standing
    if state is None:
        reason: Text = (
            "Staat nog niet in je portfolio. Kan je het al? Voeg het dan toe.",
            "Not in your portfolio yet. Can you already do it? Then add it.",
        )
        if line.related is not None:
            reason = texts.join(reason, _related(line.related, view))
        return reason, [ActionKind.ZELF_NAGAAN, ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN]
    if standing is Standing.NOT_YET:
        return (
            ("Je zei dat je dit nog niet kunt.", "You said you cannot do this yet."),
            [ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN],
        )
    if standing is Standing.LOWER_LEVEL:
        level, asked = _level_text(state), texts.LEVEL_ASKED_TEXT
        return (
            (
                f"Je niveau ({level[0]}) is lager dan gevraagd: {asked[0]}. Oefen het op de "
                "werkvloer of volg een opleiding.",
                f"Your level ({level[1]}) is below what is asked: {asked[1]}. Practise it at "
                "work or take a course.",
            ),
            [ActionKind.WERKPLEKLEREN, ActionKind.OPLEIDING],
        )
    if state.expired:
        expired = next(p for p in state.proofs if p.renewable)
        title = texts.short(expired.title, 80)
        renew = renewals.get(expired.id, ("", ""))
        return (
            texts.join(
                (
                    f"Je kunt het, maar je leerbewijs '{title}' is verlopen.",
                    f"You can do it, but your proof of learning '{title}' has expired.",
                ),
                renew,
            ),
            [ActionKind.HERNIEUWEN],
        )
    actions = [ActionKind.BEWIJS_VERZAMELEN]
    if evc and not regulated:
        actions.append(ActionKind.EVC_TRAJECT)
    return (
        (
            "Je zegt dat je het kunt; je portfolio toont het nog niet. Voeg een attest, een "
            "werkgeversverklaring of een ervaring met beschrijving toe.",
            "You say you can do it; your portfolio does not show it yet. Add a certificate, an "
            "employer's statement or an experience with a description.",
        ),
        actions,
    )


def open_point(
    line: Line,
    view: LanguageView,
    renewals: Mapping[str, Text],
    *,
    evc: bool,
    regulated: bool,
) -> OpenPoint:
    reason, actions = _reason_and_actions(line, view, renewals, evc, regulated)
    renew = ""
    if line.state is not None and line.state.expired:
        renew = next(p.title for p in line.state.proofs if p.renewable)
    if line.essential and line.willen == 1:
        actions.insert(0, ActionKind.LOOPBAANBEGELEIDING)
        reason = texts.join(reason, texts.NOT_WANTED)
    weight = ESSENTIAL_WEIGHT if line.essential else OPTIONAL_WEIGHT
    bonus = FUTURE_BONUS if view.has_flag(line.uri, "future") else 1.0
    urgency = EXPIRED_WEIGHT if line.state is not None and line.state.expired else 1.0
    return OpenPoint(
        competence=view.ref(line.uri),
        essential=line.essential,
        standing=line.standing,
        importance=round(weight * STANDING_WEIGHT[line.standing] * urgency * bonus, 4),
        actions=actions,
        reason=reason[0],
        reason_en=reason[1],
        renew=renew,
    )
