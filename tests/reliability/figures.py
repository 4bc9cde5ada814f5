"""The figures the reliability and fuzz tests measure, for the report of issue 7.

Tests record what they measured (kills survived, commits lost, inputs tried); the
``conftest`` of each folder prints them at the end of the run and keeps them in pytest's
cache (``pytest --cache-show 'portfolio/*'``), so the numbers in a report come from a run,
not from memory. Set ``PORTFOLIO_FIGURES`` to a file name to also get them as JSON.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

_FIGURES: dict[str, dict[str, dict[str, Any]]] = {}


def record(section: str, name: str, data: dict[str, Any]) -> None:
    """Keep one test's figures; a test that runs twice (e.g. default and slow) adds up."""
    _FIGURES.setdefault(section, {})[name] = data


def report(section: str, terminal: Any, config: pytest.Config) -> None:
    found = _FIGURES.get(section)
    if not found:
        return
    terminal.section(f"portfolio {section} figures")
    for name, data in sorted(found.items()):
        details = ", ".join(f"{k}={v}" for k, v in data.items())
        terminal.write_line(f"{name}: {details}")
    cache = getattr(config, "cache", None)  # absent with -p no:cacheprovider
    if cache is not None:
        cache.set(f"portfolio/{section}", found)
    target = os.environ.get("PORTFOLIO_FIGURES")
    if target:
        path = Path(target)
        existing = json.loads(path.read_text()) if path.is_file() else {}
        existing[section] = found
        path.write_text(json.dumps(existing, indent=2, default=str))
