"""What the candidate holds for each competence of a beroepskwalificatie.

Evidence for a competence is anything that names its concept: a claim with a leerbewijs, an
experience, an attachment or someone other than the candidate who identified it; a leerbewijs
that lists the competence; an experience that lists it. A claim without any of those is
"only self-assessed"; a competence nobody mentions has "no evidence yet". That three-way
split is what a candidate and an EVC counsellor need to see before booking the assessment.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TypeVar

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.language import Qualification
from portfolio_app.vault import Portfolio

T = TypeVar("T")


class Status(StrEnum):
    EVIDENCE = "evidence"
    SELF = "self"
    NONE = "none"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.EVIDENCE: ("met bewijs", "with evidence"),
    Status.SELF: ("alleen zelf ingeschat", "self-assessed only"),
    Status.NONE: ("nog geen bewijs", "no evidence yet"),
}


@dataclass
class CompetenceEvidence:
    uri: str
    label: str
    claims: list[CompetenceClaim] = field(default_factory=list)
    leerbewijzen: list[Leerbewijs] = field(default_factory=list)
    experiences: list[Experience] = field(default_factory=list)
    attachment_ids: list[str] = field(default_factory=list)

    @property
    def status(self) -> Status:
        if self.leerbewijzen or self.experiences or self.attachment_ids:
            return Status.EVIDENCE
        if any(not c.self_assessed for c in self.claims):
            return Status.EVIDENCE
        return Status.SELF if self.claims else Status.NONE


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
) -> list[Part]:
    claims = portfolio.claims.list()
    proofs = portfolio.leerbewijzen.list()
    experiences = portfolio.experiences.list()
    by_proof = {p.id: p for p in proofs}
    by_experience = {e.id: e for e in experiences}
    snapshot = {c.concept_uri: c.label for c in claims if c.concept_uri}

    def evidence(uri: str) -> CompetenceEvidence:
        item = CompetenceEvidence(uri, labels.get(uri) or snapshot.get(uri) or uri)
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
