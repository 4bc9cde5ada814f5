"""Print how many inputs each fuzz target tried at the end of a run."""

from __future__ import annotations

from typing import Any

import pytest

from tests.reliability import figures


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    figures.report("fuzz", terminalreporter, config)
