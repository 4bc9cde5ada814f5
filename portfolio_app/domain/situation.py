"""The person's situation on the labour market: what decides which rights and incentives
apply to them (``portfolio_app.rights``).

Optional, like everything in the profile, and given by the person: the app never guesses it.
A situation changes (a jobseeker finds work, an employee starts a business), so the day it
was given is kept with it, and an answer of a year or more ago is questioned ("Klopt dit
nog?") rather than trusted. It is never exported unless the person chooses to.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator

from portfolio_app.domain.common import DomainModel
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.domain.validation import past_or_today

CONFIRM_AFTER_MONTHS = 12
"""After this many months the app asks whether the situation still holds."""

WORKING = frozenset({WorkStatus.WERKNEMER, WorkStatus.ZELFSTANDIGE, WorkStatus.AMBTENAAR})


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 in the same month)."""
    return max((later.year - earlier.year) * 12 + later.month - earlier.month, 0)


class Situation(DomainModel):
    status: WorkStatus
    set_on: Annotated[date, AfterValidator(past_or_today)]
    """The day the person gave this situation; shown as its month."""

    @property
    def working(self) -> bool:
        return self.status in WORKING

    def months_old(self, today: date) -> int:
        return months_between(self.set_on, today)

    def needs_confirming(self, today: date) -> bool:
        """True when it was given ``CONFIRM_AFTER_MONTHS`` or more months ago."""
        return self.months_old(today) >= CONFIRM_AFTER_MONTHS
