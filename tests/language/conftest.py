"""Fixtures of the competence-language tests: a small starter language of the tests' own
(so the tests do not depend on the bundled data, which has its own test), the app paths, and
an opened language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from portfolio_app.language import CompetenceLanguage
from portfolio_app.language import starter as starter_module
from portfolio_app.paths import AppPaths

DATA = Path(__file__).parent / "data"
STARTER_DIR = DATA / "starter"
ESCO_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "esco" / "v1.1.1"


@pytest.fixture
def starter_files(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make the fixture files the bundled starter language."""
    files = sorted(STARTER_DIR.glob("*.json"))
    monkeypatch.setattr(starter_module, "bundled_files", lambda: list(files))
    return files


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "home")


@pytest.fixture
def language(paths: AppPaths, starter_files: list[Path]) -> Iterator[CompetenceLanguage]:
    with CompetenceLanguage.open_default(paths) as opened:
        yield opened
