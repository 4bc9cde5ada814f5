"""The saved outcome of a competence check.

A check answers two questions about every competence the target asks for, and keeps them
apart: does the person *say* they can do it at the level the target asks (``Standing``), and
does the portfolio *show* it, with what strength of evidence (``EvidenceStrength``). Every
number a screen, the CLI or a document shows is counted from ``contributions`` by
``CheckResult.tally``, so two views can never disagree.

Everything the check shows is in here, so a saved check can be explained and compared later
without re-running it against a competence language that may have changed. Texts are kept in
Dutch and English side by side (``reason`` / ``reason_en``) for the same reason.

``scoring_version`` names the rules that produced the result (see ``portfolio_app.check``).
Checks saved by version 1 (one blended credit per competence) are converted when read, see
``check_legacy``; a comparison between checks of different versions says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, model_validator

from portfolio_app.domain.check_legacy import upgrade_v1
from portfolio_app.domain.common import ConceptRef, DomainModel, Id, TargetRef, Uri, new_id
from portfolio_app.domain.enums import ActionKind, WorkStatus
from portfolio_app.domain.steps import LearningStep

ShortText = Annotated[str, Field(max_length=2000)]
LongText = Annotated[str, Field(max_length=10_000)]
Count = Annotated[int, Field(ge=0)]

CURRENT_SCORING_VERSION = 2


class MatchKind(StrEnum):
    EXACT = "exact"
    BROADER = "broader"
    NARROWER = "narrower"
    NONE = "none"


class Standing(StrEnum):
    """What the person says about one competence, measured against the level asked."""

    SHOWN = "aangetoond"  # said at the level asked, and current evidence shows it
    TO_PROVE = "te_bewijzen"  # said at the level asked; only their own word or expired proof
    LOWER_LEVEL = "lager_niveau"  # said, but below the level the target asks
    NOT_YET = "nog_niet"  # said they cannot do it (yet)
    NOT_SAID = "niet_gezegd"  # nothing in the portfolio about this very competence


SAID = frozenset({Standing.SHOWN, Standing.TO_PROVE})


class EvidenceStrength(StrEnum):
    """One scale for what shows a competence, strongest first; see ``docs/check.md``."""

    DOCUMENT = "document"  # a leerbewijs with a document, a checked digital credential
    JUDGEMENT = "oordeel"  # recorded from someone else: who and when
    EXPERIENCE = "ervaring"  # an experience where it was used, with a description
    OWN = "eigen_inschatting"  # the person's own estimate
    NONE = "geen"


STRENGTH_RANK: dict[EvidenceStrength, int] = {
    EvidenceStrength.NONE: 0,
    EvidenceStrength.OWN: 1,
    EvidenceStrength.EXPERIENCE: 2,
    EvidenceStrength.JUDGEMENT: 3,
    EvidenceStrength.DOCUMENT: 4,
}
PROOF = frozenset(
    {EvidenceStrength.DOCUMENT, EvidenceStrength.JUDGEMENT, EvidenceStrength.EXPERIENCE}
)


class Severity(StrEnum):
    POSITIVE = "positief"
    INFO = "info"
    WARNING = "waarschuwing"
    ALERT = "alarm"


class Contribution(DomainModel):
    """One competence the target asks for, and where the portfolio stands on it.

    ``strength`` is the strongest *current* evidence (an expired leerbewijs is not current:
    ``expired`` says one exists). ``related`` names a competence of the person's that is
    close (broader or narrower) but not this one: it is not counted, the check asks.
    """

    competence: ConceptRef
    essential: bool
    standing: Standing = Standing.NOT_SAID
    strength: EvidenceStrength = EvidenceStrength.NONE
    expired: bool = False
    stale: bool = False
    claim_id: Id | None = None
    match: MatchKind = MatchKind.NONE
    related: ConceptRef | None = None
    willen: Annotated[int, Field(ge=1, le=3)] | None = None
    last_shown: date | None = None
    evidence_ids: list[Id] = Field(default_factory=list)
    explanation: LongText = ""
    explanation_en: LongText = ""

    @property
    def said(self) -> bool:
        return self.standing in SAID


class OpenPoint(DomainModel):
    """A competence the portfolio does not show yet: why, and what to do about it, most
    fitting action first. Ordered by ``importance`` in the result."""

    competence: ConceptRef
    essential: bool
    standing: Standing
    importance: Annotated[float, Field(ge=0.0)] = 0.0
    actions: list[ActionKind] = Field(default_factory=list)
    reason: LongText = ""
    reason_en: LongText = ""
    renew: ShortText = ""  # the title of the expired leerbewijs to renew, if that is the way
    steps: list[LearningStep] = Field(default_factory=list)
    """A concrete step per learning action (course, on the job, EVC, deelkwalificatie), with
    where to look and what can help pay (``check.steps``)."""


class WarningLight(DomainModel):
    """One knipperlicht."""

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
    """A labour-market figure as it was shown: what it said, in the past tense, with its
    month and source (``text``), and whether it was older than two years then.
    ``shortage`` is None when the source did not say."""

    occupation_uri: Uri
    occupation_label: ShortText = ""
    tension_ratio: Annotated[float, Field(ge=0.0)] | None = None
    shortage: bool | None = None
    source: Annotated[str, Field(min_length=1, max_length=2000)]
    date: date
    note: ShortText = ""
    old: bool = False
    text: LongText = ""
    text_en: LongText = ""


class EvcCost(DomainModel):
    label: ShortText
    label_en: ShortText = ""
    amount_eur: Annotated[float, Field(ge=0.0)]
    applies: bool = False


class EvcInfo(DomainModel):
    """An EVC-traject exists for the target's beroepskwalificatie: what it costs and whether
    the person looks ready for one. The counts are those of ``Standing``: said at the level
    asked, and of those, shown."""

    qualification: TargetRef
    ready: bool = False
    competences_said: Count = 0
    competences_shown: Count = 0
    competences_total: Count = 0
    costs: list[EvcCost] = Field(default_factory=list)
    conditions: list[ShortText] = Field(default_factory=list)
    conditions_en: list[ShortText] = Field(default_factory=list)
    source: ShortText = ""
    message: LongText = ""
    message_en: LongText = ""
    situation: WorkStatus | None = None
    """The person's situation the costs and ways to pay were chosen for (None: not given)."""
    check_amount: bool = False
    """The amounts are of an earlier school year than the check's: "controleer het bedrag"."""


class FutureCompetences(DomainModel):
    """The competences a study named as (even more) needed in the future, assessed in every
    check whatever the target, with where that list comes from and how old it is."""

    source: ShortText
    source_date: date
    items: list[Contribution] = Field(default_factory=list)

    def tally(self) -> Tally:
        return tally(self.items)


class Regulation(DomainModel):
    """The target is a regulated profession: what the law asks beyond competences."""

    requirement: LongText
    requirement_en: LongText = ""
    source: ShortText
    listed_on: date


@dataclass(frozen=True, slots=True)
class Tally:
    """The counts of one group of competences (essential, optional or all)."""

    total: int = 0
    said: int = 0
    shown: int = 0
    by_strength: dict[EvidenceStrength, int] = field(default_factory=dict)
    expired: int = 0
    lower_level: int = 0
    not_yet: int = 0
    not_said: int = 0

    @property
    def to_prove(self) -> int:
        return self.said - self.shown

    def share_said(self) -> float:
        return self.said / self.total if self.total else 0.0

    def share_shown(self) -> float:
        return self.shown / self.total if self.total else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "said": self.said,
            "shown": self.shown,
            "to_prove": self.to_prove,
            "shown_by_strength": {k.value: v for k, v in self.by_strength.items()},
            "expired": self.expired,
            "lower_level": self.lower_level,
            "not_yet": self.not_yet,
            "not_said": self.not_said,
        }


def tally(items: list[Contribution]) -> Tally:
    """The counts of ``items``; the one place any count of a check is made."""
    standings = Counter(c.standing for c in items)
    shown = [c for c in items if c.standing is Standing.SHOWN]
    strengths = Counter(c.strength for c in shown)
    return Tally(
        total=len(items),
        said=standings[Standing.SHOWN] + standings[Standing.TO_PROVE],
        shown=len(shown),
        by_strength={s: strengths[s] for s in EvidenceStrength if strengths[s]},
        expired=sum(1 for c in items if c.standing is Standing.TO_PROVE and c.expired),
        lower_level=standings[Standing.LOWER_LEVEL],
        not_yet=standings[Standing.NOT_YET],
        not_said=standings[Standing.NOT_SAID],
    )


class CheckResult(DomainModel):
    id: Id = Field(default_factory=new_id)
    target: TargetRef
    checked_on: date
    scoring_version: Annotated[int, Field(ge=1)] = CURRENT_SCORING_VERSION
    contributions: list[Contribution] = Field(default_factory=list)
    to_learn: list[OpenPoint] = Field(default_factory=list)
    to_prove: list[OpenPoint] = Field(default_factory=list)
    warnings: list[WarningLight] = Field(default_factory=list)
    kunnen_willen: KunnenWillen = Field(default_factory=KunnenWillen)
    signals: list[SignalShown] = Field(default_factory=list)
    evc: EvcInfo | None = None
    future: FutureCompetences | None = None
    regulation: Regulation | None = None
    summary: LongText = ""
    summary_en: LongText = ""

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        return upgrade_v1(data) if isinstance(data, dict) else data

    def tally(self, essential: bool | None = None) -> Tally:
        """Counts of the essential (True), optional (False) or all (None) competences."""
        items = [c for c in self.contributions if essential is None or c.essential is essential]
        return tally(items)

    def headline(self) -> Tally:
        """The counts a headline states: the essential competences, or all of them when the
        target marks none as essential."""
        essential = self.tally(True)
        return essential if essential.total else self.tally()

    @property
    def has_optional(self) -> bool:
        return any(not c.essential for c in self.contributions)

    def counts_json(self) -> dict[str, Any]:
        """The counts as the CLI's ``--json`` and the exports print them."""
        return {
            "essential": self.tally(True).to_json(),
            "optional": self.tally(False).to_json(),
        }
