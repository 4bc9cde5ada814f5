"""Turning command-line words into domain values, with the same Dutch messages as the forms."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from portfolio_app.domain.claim import cefr_to_level
from portfolio_app.domain.dates import parse_date
from portfolio_app.domain.enums import CEFR_LEVELS, LevelScale
from portfolio_app.domain.validation import invalid
from portfolio_app.errors import InvalidInput

_YES = {"ja", "yes", "heb ik", "j", "y"}
_NO = {"nee", "no", "heb ik niet", "n"}


def parse_level(text: str, default_scale: LevelScale = LevelScale.NIVEAU) -> tuple[LevelScale, int]:
    """'3' on the 1-4 scale, 'B2' on CEFR, 'ja'/'nee' for have / have not."""
    value = text.strip().lower()
    if value.upper() in CEFR_LEVELS:
        return LevelScale.CEFR, cefr_to_level(value)
    if value in _YES or value in _NO:
        return LevelScale.BINAIR, int(value in _YES)
    if value.isdigit():
        if default_scale is LevelScale.BINAIR and value in ("0", "1"):
            return LevelScale.BINAIR, int(value)
        return LevelScale.NIVEAU, int(value)
    raise InvalidInput(
        f"'{text}' is geen niveau. Gebruik 1-4, een taalniveau (A1-C2) of ja/nee.",
        f"'{text}' is not a level. Use 1-4, a language level (A1-C2) or yes/no.",
    )


__all__ = ["make", "parse_date", "parse_level"]

M = TypeVar("M", bound=BaseModel)


def make(model: type[M], **fields: Any) -> M:
    """Build a domain object, turning validation errors into one plain message."""
    try:
        return model(**fields)
    except ValidationError as exc:
        raise invalid(exc) from None
