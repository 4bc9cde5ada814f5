"""What the candidate holds for each competence of a beroepskwalificatie.

The status of a competence is the check's own answer (``portfolio_app.check.standing``): shown
by current evidence on the one evidence scale (a document, someone else's judgement, a
described experience); said but still to prove (the candidate's own estimate, or an expired
leerbewijs); or not (yet) in the portfolio. So the dossier's "met bewijs" is the same count as
the check's "aangetoond" for this beroepskwalificatie.

The items listed with each competence are everything that names its concept: a claim with
its leerbewijzen, experiences and attachments, and every leerbewijs or experience that lists
the competence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar

from portfolio_app.check.model import PortfolioData
from portfolio_app.check.standing import ConceptState, PortfolioStates
from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.domain.check_result import Standing
from portfolio_app.language import Qualification
from portfolio_app.vault import Portfolio

T = TypeVar("T")


class Status(StrEnum):
    EVIDENCE = "evidence"
    SELF = "self"
    NONE = "none"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.EVIDENCE: ("met bewijs", "with evidence"),
    Status.SELF: ("nog te bewijzen", "still to prove"),
    Status.NONE: ("nog niet in het portfolio", "not in the portfolio yet"),
}


@dataclass
class CompetenceEvidence:
    uri: str
    label: str
    claims: list[CompetenceClaim] = field(default_factory=list)
    leerbewijzen: list[Leerbewijs] = field(default_factory=list)
    experiences: list[Experience] = field(default_factory=list)
    attachment_ids: list[str] = field(default_factory=list)
    state: ConceptState | None = None

    @property
    def status(self) -> Status:
        if self.state is None or not self.state.said:
            return Status.NONE
        return Status.EVIDENCE if self.state.standing is Standing.SHOWN else Status.SELF


@dataclass
class Part:
    """A deelkwalificatie, or the competences outside every deelkwalificatie."""

    label: str
    competences: list[CompetenceEvidence]

    def tally(self) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for item in self.competences:
            counts[item.status] += 1
        return counts


def gather(
    portfolio: Portfolio,
    qualification: Qualification,
    labels: Mapping[str, str],
    lang: str,
    today: date | None = None,
) -> list[Part]:
    today = today or date.today()
    claims = portfolio.claims.list()
    proofs = portfolio.leerbewijzen.list()
    experiences = portfolio.experiences.list()
    contains = {qualification.uri: qualification.all_competences}
    contains.update((dk.uri, dk.competences) for dk in qualification.deelkwalificaties)
    states = PortfolioStates(PortfolioData.of(claims, proofs, experiences), contains, today)
    by_proof = {p.id: p for p in proofs}
    by_experience = {e.id: e for e in experiences}
    snapshot = {c.concept_uri: c.label for c in claims if c.concept_uri}

    def evidence(uri: str) -> CompetenceEvidence:
        item = CompetenceEvidence(uri, labels.get(uri) or snapshot.get(uri) or uri)
        item.state = states.get(uri)
        item.claims = [c for c in claims if c.concept_uri == uri]
        for claim in item.claims:
            _add(item.leerbewijzen, [by_proof[i] for i in claim.leerbewijs_ids if i in by_proof])
            _add(
                item.experiences,
                [by_experience[i] for i in claim.experience_ids if i in by_experience],
            )
            _add(item.attachment_ids, claim.attachment_ids)
        _add(item.leerbewijzen, [p for p in proofs if p.proves(uri)])
        _add(item.experiences, [e for e in experiences if e.uses(uri)])
        for proof in item.leerbewijzen:
            _add(item.attachment_ids, proof.attachment_ids)
        for experience in item.experiences:
            _add(item.attachment_ids, experience.attachment_ids)
        return item

    parts = [
        Part(part.label(lang), [evidence(uri) for uri in part.competences])
        for part in qualification.deelkwalificaties
    ]
    if qualification.competences:
        other = "Overige competenties" if lang != "en" else "Other competences"
        title = other if parts else ("Competenties" if lang != "en" else "Competences")
        parts.append(Part(title, [evidence(uri) for uri in qualification.competences]))
    return [p for p in parts if p.competences]


def _add(target: list[T], items: Iterable[T]) -> None:
    """Append what is not there yet, keeping the order (a leerbewijs cited by two claims
    is listed once)."""
    for item in items:
        if item not in target:
            target.append(item)
