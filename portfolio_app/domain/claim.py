"""A competence claim: "I can do this, at this level, and this is how it is shown"."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from portfolio_app.domain.common import DomainModel, Id, NonBlank, Text, Uri, new_id
from portfolio_app.domain.enums import (
    CEFR_LEVELS,
    LEVEL_LABELS,
    CompetenceKind,
    LevelScale,
    SourceKind,
)
from portfolio_app.domain.validation import fail, past_or_today
from portfolio_app.errors import InvalidInput

PastDate = Annotated[date | None, AfterValidator(past_or_today)]

LEVEL_MAX: dict[LevelScale, int] = {
    LevelScale.NIVEAU: 4,
    LevelScale.CEFR: len(CEFR_LEVELS),
    LevelScale.BINAIR: 1,
}
LEVEL_MIN: dict[LevelScale, int] = {LevelScale.NIVEAU: 1, LevelScale.CEFR: 1, LevelScale.BINAIR: 0}


class Source(DomainModel):
    """Who identified the competence; a claim without sources is self-assessed."""

    kind: SourceKind = SourceKind.ZELF
    name: Annotated[str, Field(max_length=500)] = ""
    date: PastDate = None


class CompetenceClaim(DomainModel):
    id: Id = Field(default_factory=new_id)
    concept_uri: Uri | None = None
    label: NonBlank
    kind: CompetenceKind = CompetenceKind.VAKSPECIFIEK
    level_scale: LevelScale = LevelScale.NIVEAU
    level: int = 2
    willen: Annotated[int, Field(ge=1, le=3)] = 2
    sources: list[Source] = Field(default_factory=list)
    first_acquired: PastDate = None
    last_used: PastDate = None
    leerbewijs_ids: list[Id] = Field(default_factory=list)
    experience_ids: list[Id] = Field(default_factory=list)
    attachment_ids: list[Id] = Field(default_factory=list)
    note: Text = ""

    @model_validator(mode="after")
    def _consistent(self) -> CompetenceClaim:
        low, high = LEVEL_MIN[self.level_scale], LEVEL_MAX[self.level_scale]
        if not low <= self.level <= high:
            if self.level_scale is LevelScale.CEFR:
                raise fail("cefr_level")
            if self.level_scale is LevelScale.BINAIR:
                raise fail("binary_level")
            raise fail("level_range", low=low, high=high)
        if self.first_acquired and self.last_used and self.last_used < self.first_acquired:
            raise fail("end_before_start")
        return self

    @property
    def in_language(self) -> bool:
        """False for a free-text competence ("niet in de competentietaal")."""
        return self.concept_uri is not None

    @property
    def has_evidence(self) -> bool:
        return bool(self.leerbewijs_ids or self.experience_ids or self.attachment_ids)

    @property
    def self_assessed(self) -> bool:
        return all(s.kind is SourceKind.ZELF for s in self.sources)

    @property
    def level_fraction(self) -> float:
        """The level on a common 0..1 scale, so the check can compare across scales."""
        high = LEVEL_MAX[self.level_scale]
        if self.level_scale is LevelScale.BINAIR:
            return float(self.level)
        return self.level / high

    def level_text(self, lang: str = "nl") -> str:
        if self.level_scale is LevelScale.CEFR:
            return CEFR_LEVELS[self.level - 1]
        if self.level_scale is LevelScale.BINAIR:
            if lang == "en":
                return "have" if self.level else "have not"
            return "heb ik" if self.level else "heb ik niet"
        nl, en = LEVEL_LABELS[self.level]
        return en if lang == "en" else nl


def cefr_to_level(text: str) -> int:
    """'B2' -> 4, for forms and the CLI that take the CEFR notation."""
    try:
        return CEFR_LEVELS.index(text.strip().upper()) + 1
    except ValueError:
        raise InvalidInput(
            "Een taalniveau is A1, A2, B1, B2, C1 of C2.",
            "A language level is A1, A2, B1, B2, C1 or C2.",
        ) from None
