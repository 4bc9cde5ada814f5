"""One step of the action plan (POP): a concrete thing to do to close a gap.

A step that is done or dropped stays in the plan with the day it was closed
(``closed_on``), so the plan keeps its history and a later check can say what changed
after it (``check.history``)."""

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
    closed_on: date | None = None
    """The day the status became klaar or geschrapt; None while open (and for steps closed
    before the app kept this day)."""

    @property
    def is_open(self) -> bool:
        return self.status in (PlanStatus.OPEN, PlanStatus.BEZIG)


def closed_as(item: ActionPlanItem, status: PlanStatus, today: date) -> ActionPlanItem:
    """``item`` with ``status``, and ``closed_on`` following it: the day it is closed, kept
    while it stays closed (klaar then geschrapt keeps the first day), cleared when it is
    opened again."""
    closed = status not in (PlanStatus.OPEN, PlanStatus.BEZIG)
    if not closed:
        day = None
    elif item.is_open or item.closed_on is None:
        day = today
    else:
        day = item.closed_on
    return item.model_copy(update={"status": status, "closed_on": day})
