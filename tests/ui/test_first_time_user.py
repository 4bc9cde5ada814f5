"""Issue 4's done-when, with the real windows: a new user creates a vault, adds five
competences, two experiences and a leerbewijs with a scan (dropped on the page), closes the
app, starts it again, unlocks, and finds everything back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.ui.welcome import WelcomeWindow
from tests.conftest import PASSPHRASE

Answer = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]
COMPETENCES = ("heftruck", "samenwerken", "Engels", "voorraad bijhouden", "plannen")


def start(qapp: QApplication) -> AppController:
    controller = AppController(qapp, AppPaths.default(), Settings())
    controller.start()
    return controller


def close(controller: AppController, qapp: QApplication) -> None:
    """The user closes the window: nothing to save, the vault and its lock are released."""
    controller.lock()
    assert controller.window is not None
    controller.window.close()
    qapp.removeEventFilter(controller.idle)


def test_create_add_close_reopen_find_everything(
    qapp: QApplication, qtbot, answer_dialog: Answer, png_file: Path
) -> None:  # type: ignore[no-untyped-def]
    controller = start(qapp)
    welcome = controller.window
    assert isinstance(welcome, WelcomeWindow)
    welcome.start_button.click()
    welcome.first.edit.setText(PASSPHRASE)
    welcome.second.edit.setText(PASSPHRASE)
    welcome.create_button.click()
    window = controller.window
    assert isinstance(window, MainWindow)

    typed = iter(COMPETENCES)

    def add_competence(dialog: QDialog) -> None:
        assert isinstance(dialog, ClaimDialog)
        qtbot.keyClicks(dialog.search, next(typed))
        dialog._pick(dialog.search.hits[0])
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(ClaimDialog, add_competence)
    competences = window.go_to("competences")
    for _ in COMPETENCES:
        qtbot.mouseClick(competences.add_button, Qt.MouseButton.LeftButton)

    jobs = iter((("Magazijnier", "Colruyt"), ("Vrijwilliger", "Voedselbank")))

    def add_experience(dialog: QDialog) -> None:
        assert isinstance(dialog, ExperienceDialog)
        role, organisation = next(jobs)
        dialog.role.setText(role)
        dialog.organisation.setText(organisation)
        dialog.start.set_value(date(2019, 3, 1))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(ExperienceDialog, add_experience)
    experiences = window.go_to("experiences")
    experiences.add()
    experiences.add()

    def fill_leerbewijs(dialog: QDialog) -> None:
        assert isinstance(dialog, LeerbewijsDialog)
        dialog.title.setText("Attest heftruckchauffeur")
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    answer_dialog(LeerbewijsDialog, fill_leerbewijs)
    window.go_to("leerbewijzen").handle_drop([png_file])  # the scan, dropped on the page

    portfolio = controller.session.portfolio if controller.session else None
    assert portfolio is not None
    before = (portfolio.claims.list(), portfolio.experiences.list(), portfolio.leerbewijzen.list())
    assert [len(group) for group in before] == [5, 2, 1]
    scan = before[2][0].attachment_ids
    assert len(scan) == 1 and portfolio.attachments.data(scan[0]) == png_file.read_bytes()
    close(controller, qapp)

    again = start(qapp)
    assert isinstance(again.window, UnlockWindow)
    again.unlock(PASSPHRASE)
    assert isinstance(again.window, MainWindow) and again.session is not None
    reopened = again.session.portfolio
    after = (reopened.claims.list(), reopened.experiences.list(), reopened.leerbewijzen.list())
    assert after == before
    assert reopened.attachments.data(scan[0]) == png_file.read_bytes()
    page = again.window.go_to("competences")
    assert page.model.rowCount() == 5
    close(again, qapp)
