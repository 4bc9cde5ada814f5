"""An experience: where competences were used or learned (work, study, volunteering...)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, model_validator

from portfolio_app.domain.common import ConceptRef, DomainModel, Id, Text, new_id
from portfolio_app.domain.enums import ExperienceKind
from portfolio_app.domain.validation import fail, past_or_today

ShortText = Annotated[str, Field(max_length=2000)]


class Experience(DomainModel):
    id: Id = Field(default_factory=new_id)
    kind: ExperienceKind = ExperienceKind.WERK
    organisation: ShortText = ""
    role: ShortText = ""
    start: Annotated[date | None, AfterValidator(past_or_today)] = None
    end: date | None = None
    description: Text = ""
    competences: list[ConceptRef] = Field(default_factory=list)
    attachment_ids: list[Id] = Field(default_factory=list)
    note: Text = ""

    @model_validator(mode="after")
    def _sensible(self) -> Experience:
        if not self.organisation.strip() and not self.role.strip():
            raise fail("role_or_organisation")
        if self.start and self.end and self.end < self.start:
            raise fail("end_before_start")
        return self

    @property
    def title(self) -> str:
        """'Magazijnier bij Colruyt', or whichever part is known."""
        role, org = self.role.strip(), self.organisation.strip()
        if role and org:
            return f"{role} – {org}"
        return role or org

    def is_current(self, today: date) -> bool:
        return self.end is None or self.end >= today

    def uses(self, concept_uri: str) -> bool:
        return any(c.uri == concept_uri for c in self.competences)
