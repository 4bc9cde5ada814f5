"""The evidence strength scale: what shows that a person can do something, and how strongly.

One scale for the check and every export (``docs/check.md``), strongest first:

1. **document** — a leerbewijs with a document attached (a scan, a PDF), a digital credential
   whose signature and issuer key were checked (revocation cannot be checked offline and may
   stay open), or a document attached to the competence itself;
2. **oordeel** (judgement) — someone other than the person recorded it, with who and when: an
   employer, assessor or trainer named as the source of the competence, or a leerbewijs
   typed in without its document (the issuer and date are the who and when);
3. **ervaring** (experience) — an experience where the competence was used, with a
   description of what the person did there;
4. **eigen inschatting** (own estimate) — the person's word alone. An experience without a
   description is no more than that: an assessor cannot see what was done.

An expired leerbewijs still shows that the person learned it, but not that they can do it
now: it is reported as ``expired`` and never counts as current proof. A digital credential
whose check failed counts as nothing: it may have been altered.

A competence is backed by what its claim links (leerbewijzen, experiences, attachments,
sources) **and** by every leerbewijs or experience that lists the concept, or names a
beroepskwalificatie or deelkwalificatie that contains it: the person should not have to link
the same thing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from portfolio_app.credentials.checks import ISSUER_KEY, SIGNATURE
from portfolio_app.domain import (
    CheckStatus,
    CompetenceClaim,
    Experience,
    Leerbewijs,
    Validity,
    Verification,
)
from portfolio_app.domain.check_result import PROOF, STRENGTH_RANK, EvidenceStrength
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind, label

VERIFIED_BY = frozenset({SIGNATURE, ISSUER_KEY})

QUALIFICATION_PROOFS = frozenset(
    {
        LeerbewijsKind.BEROEPSKWALIFICATIE,
        LeerbewijsKind.DEELCERTIFICAAT,
        LeerbewijsKind.EVC_ERVARINGSBEWIJS,
    }
)


@dataclass(frozen=True, slots=True)
class Proof:
    """One thing that shows a competence. ``kind`` is ``leerbewijs``, ``experience``,
    ``source`` (someone else named on the claim) or ``attachment`` (on the claim); ``id`` is
    the leerbewijs's, experience's or claim's id."""

    id: str
    kind: str
    title: str
    strength: EvidenceStrength
    expired: bool
    shown_on: date | None
    qualified: bool = False  # a BK proof, deelcertificaat or EVC-ervaringsbewijs
    title_en: str = ""  # for a source: who, in English

    @property
    def current(self) -> bool:
        return not self.expired and self.strength in PROOF

    @property
    def renewable(self) -> bool:
        """An expired leerbewijs that would count if it were valid: renewing it helps. (An
        expired credential whose check failed counts as nothing either way.)"""
        return self.expired and self.kind == "leerbewijs" and self.strength in PROOF


def leerbewijs_strength(item: Leerbewijs) -> EvidenceStrength:
    verification = item.verification
    if verification is not None and any(
        c.status is CheckStatus.MISLUKT for c in verification.checks
    ):
        return EvidenceStrength.NONE
    if item.attachment_ids or (verification is not None and _checked(verification)):
        return EvidenceStrength.DOCUMENT
    return EvidenceStrength.JUDGEMENT


def _checked(verification: Verification) -> bool:
    """The signature held and the key was the issuer's: what a verifier checks. Whether the
    credential was revoked cannot be known offline, so that one may stay open."""
    passed = {c.code for c in verification.checks if c.status is CheckStatus.GESLAAGD}
    return VERIFIED_BY <= passed


def experience_strength(item: Experience) -> EvidenceStrength:
    return EvidenceStrength.EXPERIENCE if item.description.strip() else EvidenceStrength.OWN


def leerbewijs_proof(item: Leerbewijs, today: date) -> Proof:
    return Proof(
        id=item.id,
        kind="leerbewijs",
        title=item.title,
        strength=leerbewijs_strength(item),
        expired=item.validity(today) is Validity.VERLOPEN,
        shown_on=item.issued,
        qualified=item.kind in QUALIFICATION_PROOFS,
    )


def experience_proof(item: Experience, today: date) -> Proof:
    return Proof(
        id=item.id,
        kind="experience",
        title=item.title,
        strength=experience_strength(item),
        expired=False,
        shown_on=today if item.is_current(today) else item.end,
    )


def claim_proofs(claim: CompetenceClaim) -> list[Proof]:
    """What the claim itself carries: a named source other than the person, an attachment."""
    found: list[Proof] = []
    for source in claim.sources:
        if source.kind is not SourceKind.ZELF:
            name = f" ({source.name.strip()})" if source.name.strip() else ""
            found.append(
                Proof(
                    id=claim.id,
                    kind="source",
                    title=label(source.kind).lower() + name,
                    title_en=label(source.kind, "en").lower() + name,
                    strength=EvidenceStrength.JUDGEMENT,
                    expired=False,
                    shown_on=source.date,
                )
            )
            break
    if claim.attachment_ids:
        found.append(
            Proof(claim.id, "attachment", claim.label, EvidenceStrength.DOCUMENT, False, None)
        )
    return found


def strongest(proofs: Iterable[Proof]) -> EvidenceStrength:
    """The strongest current proof; ``OWN`` when there is none (the person's word)."""
    best = EvidenceStrength.OWN
    for proof in proofs:
        if proof.current and STRENGTH_RANK[proof.strength] > STRENGTH_RANK[best]:
            best = proof.strength
    return best


def ordered(proofs: Iterable[Proof]) -> tuple[Proof, ...]:
    """Strongest and current first, then by id: a fixed order, whatever came in."""
    unique = {(p.kind, p.id): p for p in proofs}.values()
    return tuple(
        sorted(unique, key=lambda p: (not p.current, -STRENGTH_RANK[p.strength], p.kind, p.id))
    )


class EvidenceIndex:
    """Every leerbewijs and experience of a portfolio as proofs, by the concepts they show
    and by id. ``qualification_competences`` maps the URI of each beroepskwalificatie or
    deelkwalificatie a leerbewijs names to the competences it contains."""

    def __init__(
        self,
        leerbewijzen: Iterable[Leerbewijs],
        experiences: Iterable[Experience],
        qualification_competences: Mapping[str, tuple[str, ...]],
        today: date,
    ) -> None:
        self.by_id: dict[str, Proof] = {}
        self.by_concept: dict[str, list[Proof]] = {}
        for lb in leerbewijzen:
            proof = self.by_id[lb.id] = leerbewijs_proof(lb, today)
            uris = {c.uri for c in lb.competences if c.uri}
            if lb.qualification_uri:
                uris.update(qualification_competences.get(lb.qualification_uri, ()))
            for uri in uris:
                self.by_concept.setdefault(uri, []).append(proof)
        for ex in experiences:
            proof = self.by_id[ex.id] = experience_proof(ex, today)
            for uri in {c.uri for c in ex.competences if c.uri}:
                self.by_concept.setdefault(uri, []).append(proof)

    def listing(self, uri: str) -> list[Proof]:
        return self.by_concept.get(uri, [])

    def for_claim(self, claim: CompetenceClaim, uri: str | None) -> tuple[Proof, ...]:
        linked = [
            self.by_id[i] for i in (*claim.leerbewijs_ids, *claim.experience_ids) if i in self.by_id
        ]
        listed = self.listing(uri) if uri else []
        return ordered((*linked, *listed, *claim_proofs(claim)))
