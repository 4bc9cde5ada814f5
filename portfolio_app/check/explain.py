"""One line per target competence: how it was met, in numbers and in words, and the gap it
leaves.

A gap names its *limiting factor* (the lowest of match, evidence, recency and level, or
"missing") because that factor decides what helps: evidence is gathered, not trained; a
faded skill is refreshed on the job; a low level needs a course.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from portfolio_app.check import texts
from portfolio_app.check.model import LanguageView, Target
from portfolio_app.check.scoring import (
    ESSENTIAL_WEIGHT,
    EVIDENCE_EXPIRED,
    FUTURE_BONUS,
    OPTIONAL_WEIGHT,
    Candidate,
    Match,
)
from portfolio_app.check.texts import Text
from portfolio_app.domain.check_result import Contribution, Gap, MatchKind
from portfolio_app.domain.enums import ActionKind, SourceKind, label

_ACTIONS: dict[str, tuple[ActionKind, ...]] = {
    "missing": (ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN),
    "match": (ActionKind.BEWIJS_VERZAMELEN, ActionKind.OPLEIDING),
    "evidence": (ActionKind.BEWIJS_VERZAMELEN,),
    "recency": (ActionKind.WERKPLEKLEREN, ActionKind.OPLEIDING),
    "level": (ActionKind.OPLEIDING, ActionKind.WERKPLEKLEREN),
}


@dataclass(frozen=True)
class Line:
    """One competence the target asks for, and the portfolio's best showing of it.
    ``willen`` is what the user said they want for it (None: not said)."""

    uri: str
    essential: bool
    match: Match | None
    willen: int | None

    @cached_property
    def credit(self) -> float:
        return self.match.credit if self.match else 0.0

    def factors(self) -> dict[str, float]:
        if self.match is None:
            return {}
        c = self.match.candidate
        return {
            "match": self.match.factor,
            "level": c.level,
            "recency": c.recency,
            "evidence": c.evidence,
        }

    def limiting(self) -> str:
        factors = self.factors()
        if not factors:
            return "missing"
        order = ("match", "evidence", "recency", "level")
        return min(order, key=lambda name: (factors[name], order.index(name)))


def _who(candidate: Candidate) -> Text:
    if candidate.claim is not None:
        name = texts.short(candidate.claim.label)
        return f"Je competentie '{name}'", f"Your competence '{name}'"
    backing = candidate.backing[0]
    title = texts.short(backing.title)
    if backing.leerbewijs:
        return f"Je leerbewijs '{title}'", f"Your proof of learning '{title}'"
    return f"Je ervaring '{title}'", f"Your experience '{title}'"


def _level(candidate: Candidate) -> Text:
    claim = candidate.claim
    if claim is not None:
        return f"niveau {claim.level_text('nl')}", f"level {claim.level_text('en')}"
    if candidate.backing[0].qualified:
        return "niveau van de kwalificatie", "level of the qualification"
    return "niveau zelfstandig (aangenomen)", "independent level (assumed)"


def _recency(candidate: Candidate) -> Text:
    if candidate.last_shown is None:
        return "geen datum", "no date"
    nl, en = texts.month_year(candidate.last_shown)
    return f"laatst getoond in {nl}", f"last shown in {en}"


def _evidence(candidate: Candidate) -> Text:
    claim = candidate.claim
    if candidate.backing:
        first = candidate.backing[0]
        expired = first.leerbewijs and first.strength == EVIDENCE_EXPIRED
        state = (" (verlopen)", " (expired)") if expired else ("", "")
        if claim is None:  # the evidence is what is shown; do not name it twice
            return state[0].strip(" ()"), state[1].strip(" ()")
        title = texts.short(first.title)
        return f"bewijs: '{title}'{state[0]}", f"evidence: '{title}'{state[1]}"
    if claim is not None:
        others = [s.kind for s in claim.sources if s.kind is not SourceKind.ZELF]
        if others:
            return (
                f"vastgesteld door: {label(others[0], 'nl').lower()}",
                f"identified by: {label(others[0], 'en').lower()}",
            )
        if claim.attachment_ids:
            return "met bijlage", "with an attachment"
    return "alleen zelf ingeschat", "self-assessed only"


_MATCH_WORDS: dict[MatchKind, Text] = {
    MatchKind.EXACT: ("", ""),
    MatchKind.NARROWER: (" (specifieker dan gevraagd)", " (more specific than asked)"),
    MatchKind.BROADER: (" (ruimer dan gevraagd)", " (broader than asked)"),
}


def explanation(line: Line) -> Text:
    if line.match is None:
        return "Niet gevonden in je portfolio.", "Not found in your portfolio."
    c = line.match.candidate
    who, how = _who(c), _MATCH_WORDS[line.match.kind]
    details = [d for d in (_level(c), _recency(c), _evidence(c)) if d[0]]
    pct = texts.percent(line.credit)
    return (
        f"{who[0]}{how[0]}: {', '.join(d[0] for d in details)}. Telt voor {pct}.",
        f"{who[1]}{how[1]}: {', '.join(d[1] for d in details)}. Counts for {pct}.",
    )


def contribution(line: Line, view: LanguageView) -> Contribution:
    nl, en = explanation(line)
    candidate = line.match.candidate if line.match else None
    return Contribution(
        competence=view.ref(line.uri),
        essential=line.essential,
        claim_id=candidate.claim.id if candidate and candidate.claim else None,
        match=line.match.kind if line.match else MatchKind.NONE,
        credit=line.credit,
        factors=line.factors(),
        willen=line.willen,
        evidence_ids=[b.id for b in candidate.backing] if candidate else [],
        explanation=nl,
        explanation_en=en,
    )


def _reason(line: Line, limiting: str) -> Text:
    template = texts.GAP_REASONS[limiting]
    candidate = line.match.candidate if line.match else None
    fields: dict[str, object] = {}
    if candidate is not None:
        other = candidate.claim.label if candidate.claim else candidate.backing[0].title
        fields["other"] = texts.short(other)
        fields["year"] = candidate.last_shown.year if candidate.last_shown else "?"
        level = _level(candidate)
        return (
            template[0].format(**fields, level=level[0]),
            template[1].format(**fields, level=level[1]),
        )
    return template


def gap(line: Line, target: Target, view: LanguageView) -> Gap:
    limiting = line.limiting()
    actions = list(_ACTIONS[limiting])
    if limiting == "evidence" and target.evc is not None:
        actions.append(ActionKind.EVC_TRAJECT)
    reason = _reason(line, limiting)
    if line.essential and line.willen == 1:
        actions.insert(0, ActionKind.LOOPBAANBEGELEIDING)
        reason = texts.join(reason, texts.NOT_WANTED)
    weight = ESSENTIAL_WEIGHT if line.essential else OPTIONAL_WEIGHT
    bonus = FUTURE_BONUS if view.has_flag(line.uri, "future") else 1.0
    return Gap(
        competence=view.ref(line.uri),
        essential=line.essential,
        importance=round(weight * (1.0 - line.credit) * bonus, 4),
        credit=line.credit,
        actions=actions,
        reason=reason[0],
        reason_en=reason[1],
    )
