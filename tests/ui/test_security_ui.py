"""The GUI's part in keeping the portfolio safe: the strength meter that knows the user's own
words, the clipboard cleared on lock, and the unlock delay that survives a restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from portfolio_app.domain import Profile
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.dialogs.passphrase_dialog import PassphraseDialog
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.session import Session
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.ui.widgets.passphrase import StrengthMeter
from portfolio_app.vault import Portfolio, unlock_delay
from tests.conftest import PASSPHRASE


@pytest.fixture
def start_app(qapp: QApplication) -> Iterator[Callable[[], AppController]]:
    """Start the app (again): each call is a new controller, as after a restart."""
    made: list[AppController] = []

    def start() -> AppController:
        for old in made:
            _close(qapp, old)
        controller = AppController(qapp, AppPaths.default(), Settings())
        made.append(controller)
        controller.start()
        return controller

    yield start
    for controller in made:
        _close(qapp, controller)


def _close(qapp: QApplication, controller: AppController) -> None:
    if controller.session is not None:
        controller.session.portfolio.close()
        controller.session = None
    if controller.window is not None:
        controller.window.close()
        controller.window.deleteLater()
        controller.window = None
    qapp.removeEventFilter(controller.idle)


def test_the_meter_of_passwd_knows_the_users_profile(session: Session, qapp: QApplication) -> None:
    session.portfolio.profile.save(
        Profile(given_name="An", family_name="Peeters", city="Lier", birth_date=date(1990, 1, 2))
    )
    dialog = PassphraseDialog(session)
    dialog.new.edit.setText("AnPeetersLier")  # type: ignore[attr-defined]
    assert "naam, woonplaats of e-mailadres" in dialog.meter.hint.text()
    assert dialog.meter.bar.value() <= 1
    dialog.new.edit.setText("paars fietsje leest graag")  # type: ignore[attr-defined]
    assert dialog.meter.hint.text() == "Sterk." and dialog.meter.bar.value() == 4
    dialog.deleteLater()


def test_the_meter_rates_the_issue_examples_weak(qapp: QApplication) -> None:
    meter = StrengthMeter("en")
    for weak in ("Password1234", "wachtwoord12", "qwertyuiop12", "Welkom2024!!", "abcdabcdabcd"):
        assert meter.update_for(weak) is False
        assert meter.hint.text().startswith("Weak: ")
    assert meter.update_for("groene tafel zingt luid") is True
    meter.deleteLater()


def test_the_unlock_delay_survives_a_restart(start_app: Callable[[], AppController], qtbot) -> None:  # type: ignore[no-untyped-def]
    vault = AppPaths.default().vault
    Portfolio.create(vault, PASSPHRASE).close()
    first = start_app()
    for _ in range(2):
        window = first.window
        assert isinstance(window, UnlockWindow)
        first.unlock("helemaal fout fout")
        assert not window.unlock_button.isEnabled()
    assert unlock_delay.load(vault).count == 2  # waits 2 s now

    again = start_app()  # closed and started again at once
    window = again.window
    assert isinstance(window, UnlockWindow)
    assert not window.unlock_button.isEnabled() and not window.passphrase.isEnabled()
    assert "verkeerde wachtzin" in window.message.text() and "seconde" in window.message.text()
    window.passphrase.edit.setText(PASSPHRASE)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert isinstance(again.window, UnlockWindow)  # a click while waiting does nothing
    qtbot.waitUntil(window.unlock_button.isEnabled, timeout=6000)
    again.unlock(PASSPHRASE)
    assert isinstance(again.window, MainWindow)
    assert unlock_delay.load(vault).count == 0 and not unlock_delay.delay_file(vault).exists()


def test_other_errors_do_not_make_the_user_wait(start_app: Callable[[], AppController]) -> None:
    vault = AppPaths.default().vault
    Portfolio.create(vault, PASSPHRASE).close()
    controller = start_app()
    with Portfolio.open(vault, PASSPHRASE):  # open elsewhere: VaultInUse
        controller.unlock(PASSPHRASE)
    window = controller.window
    assert isinstance(window, UnlockWindow)
    assert "al geopend" in window.message.text() and window.unlock_button.isEnabled()
    assert not unlock_delay.delay_file(vault).exists()


def _unlocked(start_app: Callable[[], AppController]) -> AppController:
    Portfolio.create(AppPaths.default().vault, PASSPHRASE).close()
    controller = start_app()
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
    return controller


def _copy_in_the_app(controller: AppController, qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """What a user does: select text in a field of the main window and press Ctrl+C."""
    window = controller.window
    assert window is not None
    field = QLineEdit(text, window)
    field.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text


def test_text_copied_from_the_app_is_cleared_on_lock(
    start_app: Callable[[], AppController], qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = _unlocked(start_app)
    _copy_in_the_app(controller, qtbot, "Attest heftruckchauffeur, VDAB")
    controller.lock()
    assert isinstance(controller.window, UnlockWindow)
    assert QApplication.clipboard().text() == ""


def test_what_another_program_copied_is_left_alone(
    start_app: Callable[[], AppController], qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    clipboard = QApplication.clipboard()
    clipboard.setText("van voor het ontgrendelen")
    controller = _unlocked(start_app)
    controller.lock()
    assert clipboard.text() == "van voor het ontgrendelen"  # the app copied nothing

    controller.unlock(PASSPHRASE)
    _copy_in_the_app(controller, qtbot, "Attest heftruckchauffeur, VDAB")
    # then the user copies something in another program, which now owns the clipboard
    monkeypatch.setattr(controller.clipboard, "_is_ours", lambda mode: False)
    clipboard.setText("een adres uit de browser")
    controller.lock()
    assert clipboard.text() == "een adres uit de browser"
    clipboard.clear()
