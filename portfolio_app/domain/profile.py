"""The person the portfolio belongs to. Every field is optional: the user decides what to keep
and, per export, what to show."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field

from portfolio_app.domain.common import DomainModel, Text
from portfolio_app.domain.situation import Situation
from portfolio_app.domain.validation import fail, past_or_today

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ShortText = Annotated[str, Field(max_length=500)]


def _check_email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise fail("bad_email")
    return value


class Profile(DomainModel):
    given_name: ShortText = ""
    family_name: ShortText = ""
    emails: list[Annotated[str, AfterValidator(_check_email)]] = Field(default_factory=list)
    phone: ShortText = ""
    city: ShortText = ""
    birth_date: Annotated[date | None, AfterValidator(past_or_today)] = None
    website: ShortText = ""
    headline: ShortText = ""
    summary: Text = ""
    is_demo: bool = False
    situation: Situation | None = None
    """Werkend, werkzoekend, student …: decides which rights apply; never exported unless
    chosen (see ``domain.situation``)."""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name.strip(), self.family_name.strip()) if p)
