"""The saved outcome of a competence check.

Everything the check shows is in here, including each competence's contribution to the
score, so a saved check can be explained and compared later without re-running it against a
competence language that may have changed in the meantime.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from portfolio_app.domain.common import ConceptRef, DomainModel, Id, TargetRef, new_id
from portfolio_app.domain.enums import ActionKind

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]


class MatchKind(StrEnum):
    EXACT = "exact"
    BROADER = "broader"
    NARROWER = "narrower"
    NONE = "none"


class Severity(StrEnum):
    POSITIVE = "positief"
    INFO = "info"
    WARNING = "waarschuwing"
    ALERT = "alarm"


class Contribution(DomainModel):
    """How one competence the target asks for was met (or not)."""

    competence: ConceptRef
    essential: bool
    claim_id: Id | None = None
    match: MatchKind = MatchKind.NONE
    credit: Fraction = 0.0
    factors: dict[str, float] = Field(default_factory=dict)
    explanation: str = ""


class Gap(DomainModel):
    competence: ConceptRef
    essential: bool
    importance: float = 0.0
    credit: Fraction = 0.0
    actions: list[ActionKind] = Field(default_factory=list)
    reason: str = ""


class WarningLight(DomainModel):
    code: str
    severity: Severity = Severity.WARNING
    message: str
    competence: ConceptRef | None = None
    related_id: Id | None = None
    source: str = ""


class KunnenWillen(DomainModel):
    can_and_want: list[ConceptRef] = Field(default_factory=list)
    can_not_want: list[ConceptRef] = Field(default_factory=list)
    want_cannot_yet: list[ConceptRef] = Field(default_factory=list)


class CheckResult(DomainModel):
    id: Id = Field(default_factory=new_id)
    target: TargetRef
    checked_on: date
    coverage_essential: Fraction = 0.0
    coverage_optional: Fraction = 0.0
    coverage: Fraction = 0.0
    contributions: list[Contribution] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list)
    strengths: list[ConceptRef] = Field(default_factory=list)
    warnings: list[WarningLight] = Field(default_factory=list)
    kunnen_willen: KunnenWillen = Field(default_factory=KunnenWillen)
    summary: str = ""
