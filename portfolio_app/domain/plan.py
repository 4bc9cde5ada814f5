"""One step of the action plan (POP): a concrete thing to do to close a gap."""

from __future__ import annotations

from datetime import date

from pydantic import Field

from portfolio_app.domain.common import (
    ConceptRef,
    DomainModel,
    Id,
    NonBlank,
    TargetRef,
    Text,
    new_id,
)
from portfolio_app.domain.enums import ActionKind, PlanStatus


class ActionPlanItem(DomainModel):
    id: Id = Field(default_factory=new_id)
    goal: NonBlank
    action_kind: ActionKind = ActionKind.OPLEIDING
    competence: ConceptRef | None = None
    target: TargetRef | None = None
    due: date | None = None
    status: PlanStatus = PlanStatus.OPEN
    notes: Text = ""
    created: date = Field(default_factory=date.today)

    @property
    def is_open(self) -> bool:
        return self.status in (PlanStatus.OPEN, PlanStatus.BEZIG)
