"""Modules that the check and the rights share can be imported first, in any order: the
Settings page imported the rights before anything had loaded the check, and a circle between
the two packages stopped the import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT


@pytest.mark.parametrize(
    "module", ["portfolio_app.rights.view", "portfolio_app.check.steps", "portfolio_app.check"]
)
def test_imported_first(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
