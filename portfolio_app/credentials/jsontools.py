"""Reading untrusted JSON safely, and pulling plain values out of it.

A credential file comes from outside: it can be huge, nested deeply enough to exhaust Python's
recursion limit inside ``json.loads``, or carry the same key twice so that two programs read
two different documents from one signed text. The size is bounded before anything is parsed,
the nesting depth is counted by a linear scan before ``json.loads`` runs, and duplicate keys
and non-standard numbers (NaN, Infinity) are refused.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from typing import Any

from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    TooComplex,
    UnreadableCredential,
)
from portfolio_app.errors import TooLarge, human_size

MAX_CREDENTIAL_BYTES = 10_000_000
"""Largest file accepted; a real badge or diploma credential is far below 1 MB."""

MAX_JSON_DEPTH = 64
"""Deepest nesting accepted; real credentials stay under 15 levels."""

MAX_JSON_OBJECTS = 10_000
"""Most objects ({…}) accepted in one credential. A diploma supplement with its learning
outcomes has a few hundred; far more is no real credential, and checking it would take long."""

# A JSON string (so brackets inside text are skipped) or one bracket. An unterminated string
# runs to the end, so the scan stays linear on hostile input (json.loads then reports it).
_TOKENS = re.compile(r'"(?:[^"\\]+|\\.)*(?:"|\\?\Z)|[\[\]{}]', re.DOTALL)


def check_size(size: int, filename: str) -> None:
    """Refuse an oversized file before it is read or parsed."""
    if size > MAX_CREDENTIAL_BYTES:
        raise TooLarge(name=filename, size=human_size(size), limit=human_size(MAX_CREDENTIAL_BYTES))


def load_json(text: str) -> Any:
    """Parse JSON from an untrusted source, bounded in depth and strict about keys."""
    text = text.removeprefix("\ufeff")
    _check_depth(text)
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise UnreadableCredential(
            f"De gegevens bevatten het veld '{exc.key}' twee keer; zo'n bestand kan op twee "
            f"manieren gelezen worden en wordt daarom geweigerd. {NOTHING_STORED_NL}",
            f"The data holds the field '{exc.key}' twice; such a file can be read in two ways "
            f"and is therefore refused. {NOTHING_STORED_EN}",
        ) from None
    except ValueError as exc:  # JSONDecodeError, bad constants, too many digits
        line = getattr(exc, "lineno", None)
        where_nl = f" (regel {line})" if line else ""
        where_en = f" (line {line})" if line else ""
        raise UnreadableCredential(
            f"De gegevens zijn geen geldige JSON{where_nl}. Het bestand is beschadigd of is "
            f"geen leerbewijs. {NOTHING_STORED_NL}",
            f"The data is not valid JSON{where_en}. The file is damaged or is not a "
            f"credential. {NOTHING_STORED_EN}",
        ) from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key[:80]


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def _check_depth(text: str) -> None:
    depth = 0
    objects = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if token == "{":
                objects += 1
                if objects > MAX_JSON_OBJECTS:
                    raise _too_many_objects()
            if depth > MAX_JSON_DEPTH:
                raise UnreadableCredential(
                    f"De gegevens zijn dieper genest dan {MAX_JSON_DEPTH} niveaus; dat doet geen "
                    f"echt leerbewijs. {NOTHING_STORED_NL}",
                    f"The data is nested deeper than {MAX_JSON_DEPTH} levels; no real "
                    f"credential does that. {NOTHING_STORED_EN}",
                )
        elif token in "]}":
            depth -= 1


def _too_many_objects() -> TooComplex:
    limit = f"{MAX_JSON_OBJECTS:,}".replace(",", ".")
    return TooComplex(
        f"Dit leerbewijs bestaat uit meer dan {limit} onderdelen; zo groot is geen echt "
        f"leerbewijs, en het nakijken zou te lang duren. {NOTHING_STORED_NL}",
        f"This credential has more than {MAX_JSON_OBJECTS:,} parts; no real credential is that "
        f"large, and checking it would take too long. {NOTHING_STORED_EN}",
    )


def as_list(value: Any) -> list[Any]:
    """JSON-LD lets one value stand where a list may: treat both alike."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def dicts(value: Any) -> Iterator[dict[str, Any]]:
    return (item for item in as_list(value) if isinstance(item, dict))


def types_of(obj: dict[str, Any]) -> set[str]:
    return {t for t in as_list(obj.get("type")) + as_list(obj.get("@type")) if isinstance(t, str)}


def text_of(value: Any, languages: tuple[str, ...] = ("nl", "nl-BE", "en")) -> str:
    """Plain text from a string, a language map (``{"nl": ...}``, as the European Learning
    Model writes it), a JSON-LD value object or a list of those; Dutch preferred."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        texts = [text_of(item, languages) for item in value]
        return next((t for t in texts if t), "")
    if isinstance(value, dict):
        if "@value" in value:
            return text_of(value["@value"], languages)
        for lang in languages:
            if lang in value:
                found = text_of(value[lang], languages)
                if found:
                    return found
        for item in value.values():
            if isinstance(item, str | list):
                found = text_of(item, languages)
                if found:
                    return found
    return ""


def id_of(value: Any) -> str:
    """The identifier of a node given either as a string or as an object with ``id``."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        found = value.get("id", value.get("@id"))
        return found.strip() if isinstance(found, str) else ""
    return ""


def clip(text: str, limit: int) -> str:
    """Fit a text into a model field without failing the whole import on a long value."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int = 2000) -> str:
    return clip(" ".join(text.split()), limit)


def is_web_url(value: str) -> bool:
    return bool(re.match(r"^https?://[^\s]+$", value))


Moment = datetime | date
"""A point in time from a credential: a full timestamp, or only a day."""


def parse_moment(value: Any, what_nl: str, what_en: str) -> Moment | None:
    """An ISO 8601 date or timestamp (or Unix seconds, as old Open Badges wrote it).

    Timestamps without a zone are read as UTC, as the Open Badges and VC specs say."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            pass
    elif isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return date.fromisoformat(text)
            moment = datetime.fromisoformat(text)
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        except ValueError:
            pass
    raise UnreadableCredential(
        f"{what_nl} in het leerbewijs is geen geldige datum. {NOTHING_STORED_NL}",
        f"{what_en} in the credential is not a valid date. {NOTHING_STORED_EN}",
    )


def instant(moment: Moment) -> datetime:
    """A day counts up to its last moment (in UTC), so days and timestamps can be compared."""
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment, time.max, UTC)


def earliest(*moments: Moment | None) -> Moment | None:
    """The first of several end dates: a credential ends when its first end is reached."""
    given = [m for m in moments if m is not None]
    return min(given, key=instant) if given else None
