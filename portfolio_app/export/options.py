"""What the user chose to put in an export.

The defaults are the privacy-friendly ones: name and ways to reach you, no birth date, no
notes, no attachments. A note is often written for oneself ("manager was moeilijk") and an
attachment may hold a national register number, so both only go out when asked for. The
Exporteren page edits these objects and hands them to the render functions.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict


class PersonalField(StrEnum):
    NAME = "name"
    HEADLINE = "headline"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    WEBSITE = "website"
    BIRTH_DATE = "birth_date"
    SUMMARY = "summary"


FIELD_LABELS: dict[PersonalField, tuple[str, str]] = {
    PersonalField.NAME: ("Naam", "Name"),
    PersonalField.HEADLINE: ("Titel (bv. je beroep)", "Headline (e.g. your occupation)"),
    PersonalField.EMAIL: ("E-mailadres", "Email address"),
    PersonalField.PHONE: ("Telefoonnummer", "Phone number"),
    PersonalField.CITY: ("Woonplaats", "Place of residence"),
    PersonalField.WEBSITE: ("Website", "Website"),
    PersonalField.BIRTH_DATE: ("Geboortedatum", "Date of birth"),
    PersonalField.SUMMARY: ("Korte voorstelling", "Short introduction"),
}

CV_DEFAULT_FIELDS = frozenset(
    {
        PersonalField.NAME,
        PersonalField.HEADLINE,
        PersonalField.EMAIL,
        PersonalField.PHONE,
        PersonalField.CITY,
        PersonalField.WEBSITE,
        PersonalField.SUMMARY,
    }
)
EVC_DEFAULT_FIELDS = frozenset(
    {PersonalField.NAME, PersonalField.EMAIL, PersonalField.PHONE, PersonalField.CITY}
)


class ExportOptions(BaseModel):
    """Shared by both PDFs. ``created`` None means today; tests and reproducible builds fix
    it. A selection of None means "everything"; an empty set means "nothing"."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lang: Literal["nl", "en"] = "nl"
    fields: frozenset[PersonalField] = CV_DEFAULT_FIELDS
    include_notes: bool = False
    include_attachments: bool = False
    embed_credentials: bool = False
    """The original files of digital credentials inside the PDF, so the reader can verify
    them (``export.embedded``). Off unless chosen: they may name the holder in the clear."""
    created: date | None = None

    def creation_date(self) -> date:
        return self.created or date.today()


class CvOptions(ExportOptions):
    claim_ids: frozenset[str] | None = None
    leerbewijs_ids: frozenset[str] | None = None
    experience_ids: frozenset[str] | None = None
    include_check: bool = False
    """Off unless chosen: a check against a target the reader may not know is easily read
    as a score of the person, not of the fit."""
    check_id: str | None = None
    """Which saved check to summarise; None takes the most recent one."""


class EvcOptions(ExportOptions):
    fields: frozenset[PersonalField] = EVC_DEFAULT_FIELDS
    include_attachments: bool = True


COUNSELLOR_DEFAULT_FIELDS = frozenset(
    {PersonalField.NAME, PersonalField.EMAIL, PersonalField.PHONE}
)


class CounsellorOptions(ExportOptions):
    """The short report for a loopbaanbegeleider (``export.counsellor``)."""

    fields: frozenset[PersonalField] = COUNSELLOR_DEFAULT_FIELDS
    include_situation: bool = False
    """Off unless chosen: the situation (werkzoekend, werknemer …) is the person's to tell.
    Without it the rights are listed as depending on the situation."""
    check_id: str | None = None
    """Which saved check to report; None takes the most recent one."""


def chosen(selection: frozenset[str] | None, key: str) -> bool:
    return selection is None or key in selection


class ResumeOptions(BaseModel):
    """JSON Resume has no place for notes or attachments, so there is nothing to opt into."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lang: Literal["nl", "en"] = "nl"
    fields: frozenset[PersonalField] = CV_DEFAULT_FIELDS
    claim_ids: frozenset[str] | None = None
    leerbewijs_ids: frozenset[str] | None = None
    experience_ids: frozenset[str] | None = None
    created: date | None = None
