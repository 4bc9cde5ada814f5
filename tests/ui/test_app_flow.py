"""First run, lock and unlock, auto-lock, demo: the real windows driven by pytest-qt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from portfolio_app.ui.controller import AppController
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.unlock import UnlockWindow, retry_delay
from portfolio_app.ui.welcome import WelcomeWindow
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_first_run_creates_a_vault(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller.start()
    welcome = controller.window
    assert isinstance(welcome, WelcomeWindow)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert welcome.stack.currentIndex() == 1
    qtbot.keyClicks(welcome.first.edit, "kort")
    assert not welcome.create_button.isEnabled()
    assert "te kort" in welcome.meter.hint.text()
    welcome.first.edit.setText(PASSPHRASE)
    qtbot.keyClicks(welcome.second.edit, PASSPHRASE + "x")
    assert "niet gelijk" in welcome.mismatch.text() and not welcome.create_button.isEnabled()
    welcome.second.edit.setText(PASSPHRASE)
    assert welcome.create_button.isEnabled()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    assert isinstance(controller.window, MainWindow)
    assert controller.vault_path.is_file()
    assert controller.session is not None and controller.session.portfolio.is_empty()


def test_lock_unlock_and_slowdown(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    Portfolio.create(controller.vault_path, PASSPHRASE).close()
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    unlock.passphrase.edit.setText("helemaal fout fout")
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    assert isinstance(controller.window, UnlockWindow)
    assert "klopt niet" in unlock.message.text()
    assert not unlock.unlock_button.isEnabled()  # one second to wait
    qtbot.waitUntil(unlock.unlock_button.isEnabled, timeout=3000)
    unlock.passphrase.edit.setText(PASSPHRASE)
    qtbot.mouseClick(unlock.unlock_button, Qt.MouseButton.LeftButton)
    window = controller.window
    assert isinstance(window, MainWindow)
    portfolio = controller.session.portfolio if controller.session else None
    assert portfolio is not None

    window.lock_requested.emit()
    assert isinstance(controller.window, UnlockWindow)
    assert not portfolio.is_open
    qtbot.waitUntil(lambda: not main_windows(), timeout=3000)  # no widget keeps the data


def test_retry_delay_grows_and_caps() -> None:
    assert [retry_delay(n) for n in range(0, 8)] == [0, 1, 2, 4, 8, 16, 30, 30]


def test_auto_lock_after_idle_time(controller: AppController, qtbot) -> None:  # type: ignore[no-untyped-def]
    Portfolio.create(controller.vault_path, PASSPHRASE).close()
    controller.start()
    assert isinstance(controller.window, UnlockWindow)
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
    controller.idle.set_interval_ms(50)
    qtbot.waitUntil(lambda: isinstance(controller.window, UnlockWindow), timeout=3000)
    assert controller.session is None


def test_demo_is_marked_and_filled(controller: AppController) -> None:
    controller.start()
    controller.open_demo()
    window = controller.window
    assert isinstance(window, MainWindow)
    assert "VOORBEELD" in window.windowTitle()
    assert controller.session is not None
    counts = controller.session.portfolio.counts()
    assert counts["claims"] >= 10 and counts["leerbewijzen"] >= 3 and counts["experiences"] >= 3
