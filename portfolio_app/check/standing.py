"""Where the portfolio stands on each competence: what the person says, and what shows it.

Two questions, answered apart (``docs/check.md``):

- **Says they can, at the level asked?** A claim of the very concept at ``LEVEL_ASKED`` or
  higher, or a leerbewijs or experience that lists it. The level asked is "zelfstandig"
  (2 of 4; B1 on the language scale; "heb ik" on the yes/no scale) for every target: a
  beroepskwalificatie describes what a professional can do and does not distinguish a
  beginner from an experienced one (seed ``004_a3548957d80ab107.txt`` l.354), and an ESCO
  occupation names no level at all. A claim below it is ``LOWER_LEVEL``; "heb ik niet" is
  ``NOT_YET``.
- **Does the portfolio show it?** The strongest current proof on the evidence scale
  (``evidence``): a document, someone else's judgement, or an experience with a description.
  The person's own word, or a leerbewijs that expired, leaves it ``TO_PROVE``.

A related competence (one step broader or narrower) is never counted: it is named, so the
check can ask "kan je dit?" about the competence itself.

The standing of a concept does not depend on the target, so it is computed once per
portfolio (``PortfolioStates``) and shared by a check, its EVC readiness, the future
competences and the ranking of every occupation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from portfolio_app.check.evidence import EvidenceIndex, Proof, ordered, strongest
from portfolio_app.check.model import PortfolioData
from portfolio_app.domain import CompetenceClaim
from portfolio_app.domain.check_result import STRENGTH_RANK, EvidenceStrength, MatchKind, Standing
from portfolio_app.domain.enums import LevelScale

LEVEL_ASKED = 0.5  # "2 – zelfstandig" on 1-4, B1 on A1-C2, "heb ik" on yes/no
EVIDENCE_LEVEL = 0.5  # a leerbewijs or experience without a claim: assumed "zelfstandig"
QUALIFIED_LEVEL = 0.75  # a BK proof, deelcertificaat or EVC-ervaringsbewijs: "gevorderd"
STALE_AFTER_YEARS = 3


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def is_stale(last_shown: date | None, today: date) -> bool:
    return last_shown is not None and last_shown <= years_before(today, STALE_AFTER_YEARS)


def says_no(claim: CompetenceClaim) -> bool:
    return claim.level_scale is LevelScale.BINAIR and claim.level == 0


@dataclass(frozen=True, slots=True)
class ConceptState:
    """The portfolio's standing on one concept. ``claim`` is the claim that decides it (None
    when only a leerbewijs or experience lists the concept); ``level`` is its level on the
    common 0..1 scale, or the level assumed from the evidence."""

    uri: str
    standing: Standing
    claim: CompetenceClaim | None
    proofs: tuple[Proof, ...]
    strength: EvidenceStrength
    expired: bool
    level: float
    last_shown: date | None
    willen: int | None

    @property
    def said(self) -> bool:
        return self.standing in (Standing.SHOWN, Standing.TO_PROVE)


def _latest(days: list[date | None]) -> date | None:
    known = [d for d in days if d is not None]
    return max(known) if known else None


def _said_standing(proofs: tuple[Proof, ...]) -> tuple[Standing, EvidenceStrength, bool]:
    strength = strongest(proofs)
    if strength is not EvidenceStrength.OWN:
        return Standing.SHOWN, strength, False
    return Standing.TO_PROVE, strength, any(p.renewable for p in proofs)


def _claim_state(
    claim: CompetenceClaim, proofs: tuple[Proof, ...], willen: int | None
) -> ConceptState:
    uri = claim.concept_uri or ""
    last = _latest([claim.last_used, claim.first_acquired, *(p.shown_on for p in proofs)])
    level = claim.level_fraction
    if says_no(claim):
        standing, strength, expired = Standing.NOT_YET, EvidenceStrength.NONE, False
    elif level + 1e-9 < LEVEL_ASKED:
        standing, strength, expired = Standing.LOWER_LEVEL, strongest(proofs), False
    else:
        standing, strength, expired = _said_standing(proofs)
    return ConceptState(uri, standing, claim, proofs, strength, expired, level, last, willen)


def _evidence_state(uri: str, proofs: tuple[Proof, ...], willen: int | None) -> ConceptState:
    standing, strength, expired = _said_standing(proofs)
    level = QUALIFIED_LEVEL if any(p.qualified for p in proofs) else EVIDENCE_LEVEL
    last = _latest([p.shown_on for p in proofs])
    return ConceptState(uri, standing, None, proofs, strength, expired, level, last, willen)


_STANDING_RANK = {
    Standing.SHOWN: 4,
    Standing.TO_PROVE: 3,
    Standing.LOWER_LEVEL: 2,
    Standing.NOT_YET: 1,
    Standing.NOT_SAID: 0,
}


def _better(a: ConceptState, b: ConceptState) -> bool:
    """Of two claims of one concept, the one that says most: standing, then evidence, then
    level, then the smaller id (a fixed order, so the order of claims never matters)."""
    rank_a = (_STANDING_RANK[a.standing], STRENGTH_RANK[a.strength], a.level)
    rank_b = (_STANDING_RANK[b.standing], STRENGTH_RANK[b.strength], b.level)
    if rank_a != rank_b:
        return rank_a > rank_b
    return (a.claim.id if a.claim else "") < (b.claim.id if b.claim else "")


class PortfolioStates:
    """The standing of every concept the portfolio mentions, built once per portfolio.

    ``parents`` gives a concept's direct broader concepts; it is only used to name related
    competences, so it may be empty (the career ranking does not need it). ``keep`` limits
    the concepts assessed to those that can matter; it must keep every concept a caller asks
    about and its direct broader and narrower concepts, or answers would change.
    """

    def __init__(
        self,
        data: PortfolioData,
        qualification_competences: dict[str, tuple[str, ...]],
        today: date,
        parents: Callable[[str], tuple[str, ...]] = lambda uri: (),
        keep: Callable[[str], bool] | None = None,
    ) -> None:
        self.today = today
        self._parents = parents
        index = EvidenceIndex(data.leerbewijzen, data.experiences, qualification_competences, today)
        willen: dict[str, int] = {}
        for claim in data.claims:
            if claim.concept_uri is not None:
                willen[claim.concept_uri] = max(willen.get(claim.concept_uri, 1), claim.willen)
        states: dict[str, ConceptState] = {}
        for claim in data.claims:
            concept = claim.concept_uri
            if concept is None or (keep is not None and not keep(concept)):
                continue
            state = _claim_state(claim, index.for_claim(claim, concept), willen.get(concept))
            current = states.get(concept)
            if current is None or _better(state, current):
                states[concept] = state
        # What a leerbewijs or experience lists is said too; a claim that says less (a lower
        # level, "heb ik niet") never takes that away: more claims never lower the count.
        for uri, proofs in index.by_concept.items():
            if keep is not None and not keep(uri):
                continue
            useful = tuple(p for p in proofs if p.strength is not EvidenceStrength.NONE)
            if not useful:
                continue
            listed = _evidence_state(uri, ordered(useful), willen.get(uri))
            current = states.get(uri)
            if current is None or _better(listed, current):
                states[uri] = listed
        self.states = states
        self.free_text = sum(1 for c in data.claims if c.concept_uri is None)
        self._children: dict[str, list[str]] | None = None

    def get(self, uri: str) -> ConceptState | None:
        return self.states.get(uri)

    def said(self) -> list[str]:
        return [uri for uri, state in self.states.items() if state.said]

    def related(self, uri: str) -> tuple[str, MatchKind] | None:
        """A competence the person says they can that is directly narrower or broader than
        ``uri`` (narrower first: a concrete part says more than a general heading)."""
        if self._children is None:
            self._children = {}
            for said in sorted(self.said()):
                for parent in self._parents(said):
                    self._children.setdefault(parent, []).append(said)
        narrower = self._children.get(uri)
        if narrower:
            return narrower[0], MatchKind.NARROWER
        for parent in sorted(self._parents(uri)):
            state = self.states.get(parent)
            if state is not None and state.said:
                return parent, MatchKind.BROADER
        return None

    def stale(self, state: ConceptState) -> bool:
        return state.standing is not Standing.NOT_YET and is_stale(state.last_shown, self.today)
