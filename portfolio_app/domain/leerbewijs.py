"""A leerbewijs: any proof of learning, from a diploma to an open badge."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from portfolio_app.domain.common import ConceptRef, DomainModel, Id, NonBlank, Text, Uri, new_id
from portfolio_app.domain.enums import LeerbewijsKind, OriginKind, QualificationRoute
from portfolio_app.domain.validation import fail, past_or_today

PastDate = Annotated[date | None, AfterValidator(past_or_today)]
ShortText = Annotated[str, Field(max_length=2000)]

EXPIRING_WITHIN = timedelta(days=90)
"""A leerbewijs that ends within this window is flagged: long enough to book a renewal course."""


class Validity(StrEnum):
    ONBEPERKT = "onbeperkt"
    GELDIG = "geldig"
    VERLOOPT_BINNENKORT = "verloopt_binnenkort"
    VERLOPEN = "verlopen"


class NaricDecision(DomainModel):
    """The NARIC-Vlaanderen equivalence decision for a foreign diploma."""

    country: ShortText = ""
    original_title: ShortText = ""
    decision: NonBlank
    decided: PastDate = None
    reference: ShortText = ""


class CheckStatus(StrEnum):
    GESLAAGD = "geslaagd"
    MISLUKT = "mislukt"
    NIET_OFFLINE = "niet_offline"


class VerificationCheck(DomainModel):
    """One thing that was (or could not be) checked about a digital credential."""

    code: Annotated[str, Field(max_length=100)]
    status: CheckStatus
    detail: ShortText = ""


class Verification(DomainModel):
    """What could be checked offline, and when; never more than what actually ran."""

    checked_at: datetime
    checks: list[VerificationCheck] = Field(default_factory=list)


class Origin(DomainModel):
    """Where a leerbewijs came from; an import keeps its raw payload unchanged."""

    kind: OriginKind = OriginKind.MANUEEL
    format: ShortText = ""
    payload: str | None = None
    payload_media_type: ShortText = ""
    imported_at: datetime | None = None


class Leerbewijs(DomainModel):
    id: Id = Field(default_factory=new_id)
    kind: LeerbewijsKind = LeerbewijsKind.CERTIFICAAT
    title: NonBlank
    issuer: ShortText = ""
    issued: PastDate = None
    expires: date | None = None
    vks_level: Annotated[int | None, Field(ge=1, le=8)] = None
    qualification_uri: Uri | None = None
    credential_number: ShortText = ""
    verification_url: Uri | None = None
    description: Text = ""
    criteria: Text = ""
    evidence: list[Annotated[str, Field(max_length=5000)]] = Field(default_factory=list)
    competences: list[ConceptRef] = Field(default_factory=list)
    attachment_ids: list[Id] = Field(default_factory=list)
    origin: Origin = Field(default_factory=Origin)
    route: QualificationRoute | None = None
    naric: NaricDecision | None = None
    exemptions: list[NonBlank] = Field(default_factory=list)
    verification: Verification | None = None
    note: Text = ""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Leerbewijs:
        if self.issued and self.expires and self.expires < self.issued:
            raise fail("expiry_before_issue")
        return self

    def validity(self, today: date) -> Validity:
        if self.expires is None:
            return Validity.ONBEPERKT
        if self.expires < today:
            return Validity.VERLOPEN
        if self.expires - today <= EXPIRING_WITHIN:
            return Validity.VERLOOPT_BINNENKORT
        return Validity.GELDIG

    def proves(self, concept_uri: str) -> bool:
        return any(c.uri == concept_uri for c in self.competences)


VALIDITY_LABELS: dict[Validity, tuple[str, str]] = {
    Validity.ONBEPERKT: ("Onbeperkt geldig", "No expiry"),
    Validity.GELDIG: ("Geldig", "Valid"),
    Validity.VERLOOPT_BINNENKORT: ("Verloopt binnenkort", "Expires soon"),
    Validity.VERLOPEN: ("Verlopen", "Expired"),
}
