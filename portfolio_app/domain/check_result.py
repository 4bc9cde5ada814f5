"""The saved outcome of a competence check.

Everything the check shows is in here, including each competence's contribution to the
score, so a saved check can be explained and compared later without re-running it against a
competence language that may have changed in the meantime. Texts are kept in Dutch and
English side by side (``reason`` / ``reason_en``) for the same reason: a saved check must be
readable in either language without the rules that wrote it.

``scoring_version`` names the scoring rules that produced the numbers (see
``portfolio_app.check.scoring``); a comparison between two checks says when they differ.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from portfolio_app.domain.common import ConceptRef, DomainModel, Id, TargetRef, Uri, new_id
from portfolio_app.domain.enums import ActionKind

Fraction = Annotated[float, Field(ge=0.0, le=1.0)]
ShortText = Annotated[str, Field(max_length=2000)]
LongText = Annotated[str, Field(max_length=10_000)]


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
    """How one competence the target asks for was met (or not).

    ``credit`` is the product of ``factors`` (match, level, recency, evidence); ``claim_id``
    is the claim that gave it, or None when a leerbewijs or experience alone showed the
    competence (then ``evidence_ids`` names it).
    """

    competence: ConceptRef
    essential: bool
    claim_id: Id | None = None
    match: MatchKind = MatchKind.NONE
    credit: Fraction = 0.0
    factors: dict[str, float] = Field(default_factory=dict)
    willen: Annotated[int, Field(ge=1, le=3)] | None = None
    evidence_ids: list[Id] = Field(default_factory=list)
    explanation: LongText = ""
    explanation_en: LongText = ""


class Gap(DomainModel):
    competence: ConceptRef
    essential: bool
    importance: Annotated[float, Field(ge=0.0)] = 0.0
    credit: Fraction = 0.0
    actions: list[ActionKind] = Field(default_factory=list)
    reason: LongText = ""
    reason_en: LongText = ""


class WarningLight(DomainModel):
    """One knipperlicht. ``source`` and ``source_date`` are set for labour-market signals,
    which must always be shown with where and when they come from."""

    code: Annotated[str, Field(min_length=1, max_length=64)]
    severity: Severity = Severity.WARNING
    message: LongText
    message_en: LongText = ""
    competence: ConceptRef | None = None
    related_id: Id | None = None
    source: ShortText = ""
    source_date: date | None = None


class KunnenWillen(DomainModel):
    can_and_want: list[ConceptRef] = Field(default_factory=list)
    can_not_want: list[ConceptRef] = Field(default_factory=list)
    want_cannot_yet: list[ConceptRef] = Field(default_factory=list)


class SignalShown(DomainModel):
    """A labour-market figure as it was shown, with its source and date."""

    occupation_uri: Uri
    occupation_label: ShortText = ""
    tension_ratio: Annotated[float, Field(ge=0.0)] | None = None
    shortage: bool = False
    source: Annotated[str, Field(min_length=1, max_length=2000)]
    date: date
    note: ShortText = ""
    old: bool = False


class EvcCost(DomainModel):
    label: ShortText
    label_en: ShortText = ""
    amount_eur: Annotated[float, Field(ge=0.0)]
    applies: bool = False


class EvcInfo(DomainModel):
    """An EVC-traject exists for the target's beroepskwalificatie: what it costs and whether
    the portfolio looks ready for one."""

    qualification: TargetRef
    ready: bool = False
    competences_shown: Annotated[int, Field(ge=0)] = 0
    competences_total: Annotated[int, Field(ge=0)] = 0
    costs: list[EvcCost] = Field(default_factory=list)
    conditions: list[ShortText] = Field(default_factory=list)
    conditions_en: list[ShortText] = Field(default_factory=list)
    source: ShortText = ""
    message: LongText = ""
    message_en: LongText = ""


class CheckResult(DomainModel):
    id: Id = Field(default_factory=new_id)
    target: TargetRef
    checked_on: date
    scoring_version: Annotated[int, Field(ge=1)] = 1
    coverage_essential: Fraction = 0.0
    coverage_optional: Fraction = 0.0
    coverage: Fraction = 0.0
    contributions: list[Contribution] = Field(default_factory=list)
    gaps: list[Gap] = Field(default_factory=list)
    strengths: list[ConceptRef] = Field(default_factory=list)
    warnings: list[WarningLight] = Field(default_factory=list)
    kunnen_willen: KunnenWillen = Field(default_factory=KunnenWillen)
    signals: list[SignalShown] = Field(default_factory=list)
    evc: EvcInfo | None = None
    summary: LongText = ""
    summary_en: LongText = ""
