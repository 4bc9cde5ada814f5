"""The app keeps running through a full disk or a read-only vault: ``Session.run`` shows the
plain message and returns None, and the next action, once the fault is gone, just works."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import StorageFull, StorageReadOnly
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui import errors as ui_errors
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio
from tests.reliability import machine
from tests.reliability.content import add_saved_content, snapshot


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The dialogs the app showed (title, text); none of them blocks the test."""
    seen: list[tuple[str, str]] = []

    class RecordingBox(QMessageBox):
        def exec(self) -> int:
            seen.append((self.windowTitle(), self.text()))
            return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(ui_errors, "QMessageBox", RecordingBox)
    return seen


@pytest.fixture
def session(qapp: QApplication, portfolio: Portfolio, tmp_path: Path) -> Iterator[Session]:
    paths = AppPaths(tmp_path / "app")
    with CompetenceLanguage.open_default(paths) as language:
        yield Session(portfolio, language, paths, Settings())


def test_full_disk_and_read_only_in_the_app(
    session: Session, shown: list[tuple[str, str]], qtbot: object
) -> None:
    portfolio = session.portfolio
    add_saved_content(portfolio)
    before = snapshot(portfolio)
    changes: list[object] = []
    session.changed.connect(changes.append)

    machine.set_max_pages(portfolio, machine.page_count(portfolio) + 1)
    result = session.run(None, lambda: portfolio.attachments.add_bytes(os.urandom(200_000), "x"))
    assert result is None
    assert shown == [("Dat lukte niet", StorageFull().message("nl"))]

    machine.set_max_pages(portfolio, 1_000_000)
    machine.set_query_only(portfolio, True)
    claim = CompetenceClaim(label="Nieuwe competentie")
    assert session.run(None, lambda: portfolio.claims.add(claim)) is None
    assert shown[-1] == ("Dat lukte niet", StorageReadOnly().message("nl"))
    assert snapshot(portfolio) == before and changes == []

    # The fault is gone: the same action now saves, and the views hear about it.
    machine.set_query_only(portfolio, False)
    assert session.run(None, lambda: portfolio.claims.add(claim)) == claim
    assert len(changes) == 1 and len(shown) == 2
    assert portfolio.claims.get(claim.id).label == "Nieuwe competentie"
