"""Building blocks shared by every domain model: the base configuration, identifiers and
references to concepts of the competence language.

A reference always carries the label next to the URI (a snapshot taken when the user linked
it), so that exports and screens stay readable when the competence language changes or is not
loaded at all.
"""

from __future__ import annotations

import re
import uuid
from typing import Annotated, Any, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from portfolio_app.domain.enums import TargetKind
from portfolio_app.domain.validation import fail, not_blank

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")


def new_id() -> str:
    return uuid.uuid4().hex


def _check_uri(value: str) -> str:
    value = value.strip()
    if not _URI.match(value):
        raise fail("bad_uri")
    return value


Uri = Annotated[str, AfterValidator(_check_uri)]
NonBlank = Annotated[str, AfterValidator(not_blank), Field(max_length=2000)]
Text = Annotated[str, Field(max_length=100_000)]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class DomainModel(BaseModel):
    """Strict about unknown fields (a typo in an import must not vanish silently) and
    re-validated on assignment, so an edited object can never hold an invalid state."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)


DM = TypeVar("DM", bound=DomainModel)


def revised(obj: DM, **changes: Any) -> DM:
    """A validated copy with ``changes`` applied; the original is untouched.

    Forms edit through this rather than by setting attributes: pydantic checks a single
    assignment, but a rule across fields (expiry after issue) that fails would leave the
    object half-changed.
    """
    return type(obj).model_validate({**obj.model_dump(), **changes})


class ConceptRef(DomainModel):
    """A competence as named in the competence language, or as free text (uri None)."""

    uri: Uri | None = None
    label: NonBlank


class TargetRef(DomainModel):
    """What a check or a plan item aims at: an occupation or a (partial) qualification."""

    uri: Uri
    label: NonBlank
    kind: TargetKind = TargetKind.BEROEP
