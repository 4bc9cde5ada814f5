"""Issue 12 in the app: a damaged vault is said at once with a way to restore a backup (not
counted as a wrong passphrase), and a failed daily backup is said when the portfolio opens."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from portfolio_app.domain import CompetenceClaim
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.pages import backup_box
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.vault import Portfolio, unlock_delay
from tests.conftest import PASSPHRASE
from tests.reliability import machine
from tests.vault.test_damaged_vault import PAGE, cut_by, flip


class Boxes:
    """Message boxes as the user would see them; ``restore`` clicks "Reservekopie
    terugzetten…" where it is offered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.shown: list[tuple[str, str]] = []
        self.restore = False
        self.offered: list[bool] = []

        def exec_(box: QMessageBox) -> int:
            self.shown.append((box.windowTitle(), box.text()))
            buttons = [b for b in box.buttons() if "terugzetten" in b.text()]
            self.offered.append(bool(buttons))
            if buttons and self.restore:
                buttons[0].click()
            return 0

        def static() -> Any:
            def show(parent: object, title: str, text: str, *args: object) -> int:
                self.shown.append((title, text))
                return int(QMessageBox.StandardButton.Ok.value)

            return staticmethod(show)

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        monkeypatch.setattr(QMessageBox, "warning", static())
        monkeypatch.setattr(QMessageBox, "information", static())

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for title, text in self.shown)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def saved_vault(controller: AppController, tmp_path: Path) -> Path:
    """A vault with one claim, and a manual backup of it at ``tmp_path/kopie.pfbackup``."""
    with Portfolio.create(controller.vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Lassen"))
        portfolio.backup(tmp_path / "kopie.pfbackup")
    return controller.vault_path


def test_a_cut_vault_offers_a_restore_at_unlock(
    controller: AppController, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = saved_vault(controller, tmp_path)
    cut_by(PAGE)(vault)
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, UnlockWindow)
    assert "beschadigd" in boxes.texts() and boxes.offered == [True]
    assert unlock_delay.load(vault).count == 0  # not a wrong guess: no waiting
    assert unlock.unlock_button.isEnabled()

    # Choosing to restore: the backup replaces the damaged file, which is kept aside.
    boxes.restore = True
    chosen = (str(tmp_path / "kopie.pfbackup"), PASSPHRASE)
    monkeypatch.setattr(backup_box, "ask_for_backup", lambda *args: chosen)
    controller.unlock(PASSPHRASE)
    assert "teruggezet" in boxes.texts()
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
    assert controller.session is not None
    assert [c.label for c in controller.session.portfolio.claims.list()] == ["Lassen"]


def test_damage_found_at_the_daily_check_is_said_at_once(
    controller: AppController, boxes: Boxes, tmp_path: Path
) -> None:
    vault = saved_vault(controller, tmp_path)
    flip(4 * PAGE + 100)(vault)
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    controller.unlock(PASSPHRASE)
    assert controller.window is unlock and controller.session is None
    assert "Portfolio beschadigd" in boxes.texts() and boxes.offered == [True]
    assert unlock_delay.load(vault).count == 0
    Portfolio.open(vault, PASSPHRASE).close()  # it was closed again: the lock is free


def test_a_failed_daily_backup_is_said_when_the_portfolio_opens(
    controller: AppController, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_vault(controller, tmp_path)
    controller.start()
    with monkeypatch.context() as patch:
        patch.setattr(shutil, "copyfileobj", machine.failing(errno.ENOSPC))
        controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
    assert "Geen reservekopie vandaag" in boxes.texts() and "schijf is vol" in boxes.texts()
