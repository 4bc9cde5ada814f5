"""Help › "Zet Portfolio in het menu van je computer": the bundle's user has no terminal, so
the app writes its own menu entry (``portfolio_app.desktop_entry``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from portfolio_app import desktop_entry
from portfolio_app.ui.session import Session

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux menus")


def test_the_app_puts_itself_in_the_menu(
    qtbot: QtBot, session: Session, share: Path, fake_app: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from portfolio_app.ui.main_window import MainWindow

    monkeypatch.setattr(desktop_entry, "this_program", lambda: fake_app)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = MainWindow(session)
    qtbot.addWidget(window)
    action = next(a for a in window.menuBar().actions()[-1].menu().actions() if "menu" in a.text())
    action.trigger()
    assert desktop_entry.installed() and "staat nu in het menu" in told[0]
    assert (
        f"Exec={fake_app}"
        in (share / "applications" / f"{desktop_entry.APP_ID}.desktop").read_text()
    )
