"""How much one competence in the portfolio counts towards a competence a target asks for.

Every target competence gets a *credit* between 0 and 1: the product of four factors, each
kept in the result so a user (or counsellor) can see where a number comes from.

``credit = match × level × recency × evidence``

- **match** — the portfolio holds the very concept (``MATCH_EXACT`` 1.0), a narrower one
  (``MATCH_NARROWER`` 0.6: "reachtruck besturen" for "heftoestellen besturen" shows part of
  it, concretely) or a broader one (``MATCH_BROADER`` 0.5: "magazijnwerk" for "orderpicken"
  may or may not include it, so it counts a little less than a concrete part). Only direct
  broader/narrower links count; two steps away is too far to say anything.
- **level** — ``LEVEL_FLOOR + (1 - LEVEL_FLOOR) × level_fraction``: on the 1-4 scale that is
  0.55, 0.70, 0.85, 1.00. The floor (0.4) keeps a beginner's claim clearly above "nothing",
  because the check is about where to start, not an exam. "Heb ik niet" (binary 0) is no
  claim at all. A competence that only a leerbewijs or experience shows, without a claim of
  the user's, counts at ``EVIDENCE_LEVEL`` (0.5, "zelfstandig"); one shown by a bewijs van
  beroepskwalificatie, deelcertificaat or EVC-ervaringsbewijs at ``QUALIFIED_LEVEL`` (0.75,
  "gevorderd"), since such a proof says the standard of the qualification was met.
- **recency** — 1.0 when last shown less than ``STALE_AFTER_YEARS`` (3) years ago, then
  ``RECENCY_DECAY_PER_YEAR`` (0.1) less per year, never below ``RECENCY_FLOOR`` (0.5):
  skills fade but do not vanish, and the same three years light the "not used" warning.
  "Last shown" is the latest of the claim's last use or first acquisition and the dates of
  the evidence that backs it (a leerbewijs's issue date, an experience's end, or today for a
  current one). A claim with no date at all counts ``UNKNOWN_RECENCY`` (0.8): not punished as
  hard as a known old date, but below a known recent one, so adding a date can pay off.
  Evidence can only raise recency, never lower it.
- **evidence** — the strongest backing wins: a valid leerbewijs (``EVIDENCE_LEERBEWIJS``
  1.0), an experience (``EVIDENCE_EXPERIENCE`` 0.9), an expired leerbewijs or a source other
  than the user (employer, school, VDAB...: ``EVIDENCE_EXPIRED`` and ``EVIDENCE_OTHER_SOURCE``
  0.8), an attached file (``EVIDENCE_ATTACHMENT`` 0.7), or only the user's word
  (``EVIDENCE_SELF`` 0.6). A claim is backed by a leerbewijs or experience it links, and by
  every leerbewijs or experience that lists its concept. Self-assessment still counts for
  more than half: the portfolio is the user's own, and most of what people can do has no paper.

The best option per target competence wins (highest credit; ties go to the closer match, then
the smallest id, so the order of claims never matters). Because each option only ever adds to
a maximum, adding evidence never lowers a credit and removing a claim never raises one; the
property tests hold the engine to that.

Coverage weighs essential competences ``ESSENTIAL_WEIGHT`` (3) times as much as optional
ones: an employer can train an optional skill, an essential one decides the hiring.
A competence with a credit of at least ``STRENGTH_THRESHOLD`` (0.7: e.g. level 2 with a
leerbewijs, or level 3 with an experience) is a strength; below it, a gap. The user "can" a
competence (kunnen × willen) from ``CAN_THRESHOLD`` (0.4: level 2, self-assessed).

Gaps are ordered by importance: ``weight × (1 - credit)``, times ``FUTURE_BONUS`` (1.25) for
a competence the language flags as a future competence, because the check's question is also
"is wat ik kan nog nodig in de toekomst?" (seed 002, Advies 3).

Changing any of these numbers changes saved results' meaning: raise ``SCORING_VERSION``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from portfolio_app.check.model import LanguageView, PortfolioData
from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs, Validity
from portfolio_app.domain.check_result import MatchKind
from portfolio_app.domain.enums import LeerbewijsKind, LevelScale

SCORING_VERSION = 1

MATCH_EXACT = 1.0
MATCH_NARROWER = 0.6
MATCH_BROADER = 0.5

LEVEL_FLOOR = 0.4
EVIDENCE_LEVEL = 0.5
QUALIFIED_LEVEL = 0.75

STALE_AFTER_YEARS = 3
RECENCY_DECAY_PER_YEAR = 0.1
RECENCY_FLOOR = 0.5
UNKNOWN_RECENCY = 0.8

EVIDENCE_LEERBEWIJS = 1.0
EVIDENCE_EXPERIENCE = 0.9
EVIDENCE_EXPIRED = 0.8
EVIDENCE_OTHER_SOURCE = 0.8
EVIDENCE_ATTACHMENT = 0.7
EVIDENCE_SELF = 0.6

ESSENTIAL_WEIGHT = 3.0
OPTIONAL_WEIGHT = 1.0
STRENGTH_THRESHOLD = 0.7
CAN_THRESHOLD = 0.4
FUTURE_BONUS = 1.25

NEUTRAL_WILLEN = 2

QUALIFICATION_PROOFS = frozenset(
    {
        LeerbewijsKind.BEROEPSKWALIFICATIE,
        LeerbewijsKind.DEELCERTIFICAAT,
        LeerbewijsKind.EVC_ERVARINGSBEWIJS,
    }
)

_MATCH_RANK = {MatchKind.EXACT: 3, MatchKind.NARROWER: 2, MatchKind.BROADER: 1}


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def recency_factor(last_shown: date | None, today: date) -> float:
    if last_shown is None:
        return UNKNOWN_RECENCY
    cutoff = years_before(today, STALE_AFTER_YEARS)
    if last_shown > cutoff:
        return 1.0
    years_over = (cutoff - last_shown).days / 365.25
    return round(max(RECENCY_FLOOR, 1.0 - RECENCY_DECAY_PER_YEAR * years_over), 4)


def is_stale(last_shown: date | None, today: date) -> bool:
    return last_shown is not None and last_shown <= years_before(today, STALE_AFTER_YEARS)


def level_factor(fraction: float) -> float:
    return round(LEVEL_FLOOR + (1.0 - LEVEL_FLOOR) * fraction, 4)


@dataclass(frozen=True, slots=True)
class Backing:
    """One leerbewijs or experience that shows a competence."""

    id: str
    title: str
    strength: float
    shown_on: date | None
    leerbewijs: bool  # else an experience
    qualified: bool  # a BK proof, deelcertificaat or EVC-ervaringsbewijs


@dataclass(frozen=True)
class Candidate:
    """Something in the portfolio that shows one concept: a claim, or (``claim`` None) a
    leerbewijs or experience without a claim of its own."""

    uri: str
    key: str
    claim: CompetenceClaim | None
    level: float
    recency: float
    evidence: float
    willen: int
    last_shown: date | None
    backing: tuple[Backing, ...]

    @cached_property
    def base(self) -> float:
        return round(self.level * self.recency * self.evidence, 4)


@dataclass(frozen=True)
class Match:
    candidate: Candidate
    kind: MatchKind
    factor: float

    @cached_property
    def credit(self) -> float:
        return round(self.candidate.base * self.factor, 4)

    def beats(self, other: Match) -> bool:
        """Higher credit wins, then the closer match, then the smaller key: a fixed order,
        so which claim is named never depends on the order the claims came in."""
        mine, theirs = (
            (self.credit, _MATCH_RANK[self.kind]),
            (other.credit, _MATCH_RANK[other.kind]),
        )
        if mine != theirs:
            return mine > theirs
        return self.candidate.key < other.candidate.key


def _leerbewijs_backing(item: Leerbewijs, today: date) -> Backing:
    expired = item.validity(today) is Validity.VERLOPEN
    return Backing(
        id=item.id,
        title=item.title,
        strength=EVIDENCE_EXPIRED if expired else EVIDENCE_LEERBEWIJS,
        shown_on=item.issued,
        leerbewijs=True,
        qualified=item.kind in QUALIFICATION_PROOFS,
    )


def _experience_backing(item: Experience, today: date) -> Backing:
    shown_on = today if item.is_current(today) else item.end
    return Backing(
        item.id, item.title, EVIDENCE_EXPERIENCE, shown_on, leerbewijs=False, qualified=False
    )


def backing_by_concept(
    data: PortfolioData, view: LanguageView, today: date
) -> dict[str, list[Backing]]:
    """Which leerbewijzen and experiences show which concept. A leerbewijs naming a
    beroepskwalificatie or deelkwalificatie shows all of its competences."""
    found: dict[str, list[Backing]] = {}
    for lb in data.leerbewijzen:
        backing = _leerbewijs_backing(lb, today)
        uris = {c.uri for c in lb.competences if c.uri}
        if lb.qualification_uri:
            uris.update(view.qualification_competences.get(lb.qualification_uri, ()))
        for uri in uris:
            found.setdefault(uri, []).append(backing)
    for ex in data.experiences:
        backing = _experience_backing(ex, today)
        for uri in {c.uri for c in ex.competences if c.uri}:
            found.setdefault(uri, []).append(backing)
    return found


def _latest(days: Iterable[date | None]) -> date | None:
    known = [d for d in days if d is not None]
    return max(known) if known else None


def _claim_candidate(
    claim: CompetenceClaim,
    listed: list[Backing],
    by_id: Mapping[str, Backing],
    today: date,
) -> Candidate:
    linked = [by_id[i] for i in (*claim.leerbewijs_ids, *claim.experience_ids) if i in by_id]
    unique = {b.id: b for b in (*linked, *listed)}.values()
    backing = tuple(sorted(unique, key=lambda b: (-b.strength, b.id)))
    strengths = [EVIDENCE_SELF, *(b.strength for b in backing)]
    if not claim.self_assessed:
        strengths.append(EVIDENCE_OTHER_SOURCE)
    if claim.attachment_ids:
        strengths.append(EVIDENCE_ATTACHMENT)
    own = _latest((claim.last_used, claim.first_acquired))
    recency = max(
        [recency_factor(own, today), *(recency_factor(b.shown_on, today) for b in backing)]
    )
    return Candidate(
        uri=claim.concept_uri or "",
        key=claim.id,
        claim=claim,
        level=level_factor(claim.level_fraction),
        recency=recency,
        evidence=max(strengths),
        willen=claim.willen,
        last_shown=_latest((own, *(b.shown_on for b in backing))),
        backing=backing,
    )


def _evidence_candidate(uri: str, backing: Backing, willen: int, today: date) -> Candidate:
    return Candidate(
        uri=uri,
        key=backing.id,
        claim=None,
        level=QUALIFIED_LEVEL if backing.qualified else level_factor(EVIDENCE_LEVEL),
        recency=recency_factor(backing.shown_on, today),
        evidence=backing.strength,
        willen=willen,
        last_shown=backing.shown_on,
        backing=(backing,),
    )


def counts_as_claim(claim: CompetenceClaim) -> bool:
    """A claim the check can use: in the competence language and not "heb ik niet"."""
    return claim.concept_uri is not None and not (
        claim.level_scale is LevelScale.BINAIR and claim.level == 0
    )


def build_candidates(
    data: PortfolioData,
    view: LanguageView,
    today: date,
    keep: Callable[[str], bool] | None = None,
) -> list[Candidate]:
    """Every claim and every evidence-only showing as a candidate. ``keep`` limits them to
    the concepts that can matter (a check of one target skips the rest of a large
    portfolio); it must keep every concept that could match, or credits would change."""
    backing = backing_by_concept(data, view, today)
    by_id = {b.id: b for items in backing.values() for b in items}
    by_id.update((lb.id, _leerbewijs_backing(lb, today)) for lb in data.leerbewijzen)
    by_id.update((ex.id, _experience_backing(ex, today)) for ex in data.experiences)
    willen: dict[str, int] = {}
    candidates: list[Candidate] = []
    for claim in data.claims:
        uri = claim.concept_uri
        if uri is None or (keep is not None and not keep(uri)):
            continue
        willen[uri] = max(willen.get(uri, 1), claim.willen)
        if counts_as_claim(claim):
            candidates.append(_claim_candidate(claim, backing.get(uri, []), by_id, today))
    for uri, items in backing.items():
        if keep is not None and not keep(uri):
            continue
        wish = willen.get(uri, NEUTRAL_WILLEN)
        candidates.extend(_evidence_candidate(uri, b, wish, today) for b in items)
    return candidates


class CreditTable:
    """The portfolio's best showing per concept, and the answer to "how well is concept T
    shown?" with the broader/narrower rule applied.

    ``parents`` gives the direct broader concepts of a concept; it must cover the concepts of
    the candidates (to find what they are narrower than).
    """

    def __init__(self, candidates: Iterable[Candidate], parents: Mapping[str, tuple[str, ...]]):
        self.exact: dict[str, Candidate] = {}
        self.narrower: dict[str, Candidate] = {}
        for candidate in candidates:
            _keep_best(self.exact, candidate.uri, candidate)
            for parent in parents.get(candidate.uri, ()):
                _keep_best(self.narrower, parent, candidate)

    def best(self, uri: str, parents: Iterable[str]) -> Match | None:
        options: list[Match] = []
        if uri in self.exact:
            options.append(Match(self.exact[uri], MatchKind.EXACT, MATCH_EXACT))
        if uri in self.narrower:
            options.append(Match(self.narrower[uri], MatchKind.NARROWER, MATCH_NARROWER))
        for parent in parents:
            if parent in self.exact:
                options.append(Match(self.exact[parent], MatchKind.BROADER, MATCH_BROADER))
        best: Match | None = None
        for option in options:
            if best is None or option.beats(best):
                best = option
        return best


def _keep_best(table: dict[str, Candidate], uri: str, candidate: Candidate) -> None:
    current = table.get(uri)
    if (
        current is None
        or candidate.base > current.base
        or (candidate.base == current.base and candidate.key < current.key)
    ):
        table[uri] = candidate


def weighted_coverage(
    essential_sum: float, essential_count: int, optional_sum: float, optional_count: int
) -> float:
    total = ESSENTIAL_WEIGHT * essential_count + OPTIONAL_WEIGHT * optional_count
    if total == 0:
        return 0.0
    return round(
        min(1.0, (ESSENTIAL_WEIGHT * essential_sum + OPTIONAL_WEIGHT * optional_sum) / total), 4
    )


def share(total: float, count: int) -> float:
    return round(min(1.0, total / count), 4) if count else 0.0
