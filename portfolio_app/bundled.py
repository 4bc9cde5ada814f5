"""The data files that come with the app (``resources``, the package
``portfolio_app.resources``), read the same way everywhere: a file that is not installed, or a
JSON file that does not parse, is None, and the caller says what that means (no signals, no
rights list, ...)."""

from __future__ import annotations

import json
from importlib import resources


def bundled_text(*parts: str) -> str | None:
    entry = resources.files("portfolio_app.resources").joinpath(*parts)
    return entry.read_text(encoding="utf-8") if entry.is_file() else None


def json_or_none(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


def bundled_json(*parts: str) -> object:
    text = bundled_text(*parts)
    return json_or_none(text) if text is not None else None
