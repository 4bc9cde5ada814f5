"""Small things that add up: Esc on a changed form asks, the File and Help menus, file dialogs
that start in Documents and speak the app's language, the portfolio's name (not its path) at
unlock, buttons that need a chosen row, and counted words in both languages."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.ui import file_dialogs, i18n
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.dialogs.help_dialogs import AboutDialog, GuideDialog
from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.pages.competences import CompetencesPage
from portfolio_app.ui.pages.experiences import ExperiencesPage
from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
from portfolio_app.ui.pages.settings_page import SettingsPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE

Answer = Callable[[str | None], list[str]]


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answer:
    """``answer("Weggooien")``: the next questions are answered with that button; returns the
    questions asked. ``answer(None)``: a question would fail the test."""
    asked: list[str] = []

    def setup(button: str | None) -> list[str]:
        def run(box: QMessageBox) -> int:
            asked.append(box.windowTitle())
            assert button is not None, f"asked unexpectedly: {box.text()}"
            (chosen,) = [b for b in box.buttons() if b.text() == button]
            chosen.click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", run)
        return asked

    return setup


# -- Esc on a changed dialog asks ------------------------------------------------------------


def test_esc_on_an_unchanged_form_just_closes(
    session: Session, qtbot: QtBot, answer: Answer
) -> None:
    answer(None)
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("button", "open_after", "saved"),
    [("Annuleren", True, 0), ("Weggooien", False, 0), ("Bewaren", False, 1)],
)
def test_esc_on_a_changed_form_asks(
    session: Session, qtbot: QtBot, answer: Answer, button: str, open_after: bool, saved: int
) -> None:
    asked = answer(button)
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "taarten bakken")
    dialog.search.completer().popup().hide()
    dialog.note.setFocus()
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert asked == ["Wijzigingen weggooien?"]
    assert dialog.isVisible() is open_after
    assert session.portfolio.claims.count() == saved


def test_annuleren_asks_too_and_an_untouched_experience_does_not(
    session: Session, qtbot: QtBot, answer: Answer
) -> None:
    """The suggestions the app makes by itself (unticked) are no change of the user's."""
    work = session.portfolio.experiences.add(
        Experience(role="Magazijnier", description="Ik reed met de heftruck.")
    )
    answer(None)
    dialog = ExperienceDialog(session, work)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.checklist.update_suggestions()
    assert not dialog.is_changed()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    asked = answer("Annuleren")
    dialog = ExperienceDialog(session, work)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.organisation, "Colruyt")
    dialog.buttons.rejected.emit()
    assert asked and dialog.isVisible()


def test_ticks_in_the_occupation_dialog_are_not_lost_by_esc(
    session: Session, qtbot: QtBot, answer: Answer
) -> None:
    asked = answer("Weggooien")
    dialog = OccupationDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    occupation = session.language.search("heftruckchauffeur", kinds={"occupation"})[0]
    dialog.show_occupation(occupation.uri)
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible() and session.portfolio.claims.count() == 0


# -- the app's windows: menus, unlock -------------------------------------------------------


def unlocked(controller: AppController) -> MainWindow:
    Portfolio.create(controller.vault_path, PASSPHRASE).close()
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    assert unlock.where.text() == "Portfolio: portfolio"  # the name, not the path
    assert str(controller.vault_path.parent) not in unlock.where.text()
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
    return controller.window


def test_the_lock_closes_a_changed_form_without_asking(
    controller: AppController, qtbot: QtBot, answer: Answer
) -> None:
    answer(None)
    window = unlocked(controller)
    assert controller.session is not None
    dialog = ClaimDialog(controller.session, parent=window)
    dialog.setModal(True)  # as exec() opens it
    dialog.show()
    qtbot.keyClicks(dialog.note, "half getypt")
    assert dialog.is_changed()
    controller.lock()
    assert not dialog.isVisible() and isinstance(controller.window, UnlockWindow)


def menu_actions(window: MainWindow) -> dict[str, list[str]]:
    return {
        menu.title(): [a.text() for a in menu.actions() if not a.isSeparator()]
        for menu in (action.menu() for action in window.menuBar().actions())
        if menu is not None
    }


def test_file_and_help_menus(
    controller: AppController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = unlocked(controller)
    menus = menu_actions(window)
    assert list(menus) == ["&Bestand", "Be&werken", "&Help"]
    assert menus["&Bestand"] == ["Vergrendelen", "&Afsluiten"]
    to_menu = ["Zet Portfolio in het &menu van je computer"] if sys.platform == "linux" else []
    assert menus["&Help"] == ["&Handleiding", *to_menu, "&Over Portfolio"]
    (quit_app,) = [a for a in window.findChildren(type(window.undo_action)) if "Afsl" in a.text()]
    assert quit_app.shortcut().toString() == "Ctrl+Q"

    shown: list[object] = []
    monkeypatch.setattr(GuideDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    window.show_guide()
    window.show_about()
    guide, about = shown
    assert isinstance(guide, GuideDialog) and "12/04/2015" in guide.text.toPlainText()
    assert isinstance(about, AboutDialog)
    assert about.version.text().startswith("Versie 0.")
    assert "EUPL-1.2" in about.licence.text()
    sources = about.sources.toPlainText()
    for expected in ("ESCO", "Europese Commissie", "april 2021", "Schooljaar", "SCOPE"):
        assert expected in sources

    window.show()
    quit_app.trigger()
    assert not window.isVisible()


# -- file dialogs ---------------------------------------------------------------------------


def test_file_dialogs_start_in_documents_and_speak_the_apps_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen: list[QFileDialog] = []
    monkeypatch.setattr(QFileDialog, "exec", lambda self: seen.append(self) or 0)
    locale = QLocale()
    try:
        i18n.install(qapp, "nl")
        unlock = UnlockWindow(tmp_path / "werk.vault")
        unlock._choose_other()
        assert file_dialogs.save_file(None, "Bewaren als", "cv.pdf", "PDF (*.pdf)") is None
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)
        unlock.deleteLater()
    opened, saved = seen
    for dialog in seen:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert Path(dialog.directory().absolutePath()) == file_dialogs.documents()
        assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Bestands&naam:"
    assert opened.windowTitle() == "Kies een portfoliobestand"
    assert saved.selectedFiles()[0].endswith("cv.pdf")


# -- buttons that need a chosen row ---------------------------------------------------------


def test_edit_and_delete_need_a_chosen_row(session: Session, qtbot: QtBot) -> None:
    session.portfolio.claims.add(CompetenceClaim(label="koken"))
    session.portfolio.leerbewijzen.add(Leerbewijs(title="Attest"))
    session.portfolio.experiences.add(Experience(role="Kok"))
    for page in (CompetencesPage(session), LeerbewijzenPage(session), ExperiencesPage(session)):
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
        page.table.selectRow(0)
        assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
        page.table.clearSelection()
        assert not page.edit_button.isEnabled()


# -- counted words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("nl", "1 minuut", "10 minuten"), ("en", "1 minute", "10 minutes")],
)
def test_minutes_are_counted(
    qapp: QApplication, session: Session, qtbot: QtBot, language: str, one: str, many: str
) -> None:
    locale = QLocale()
    try:
        i18n.install(qapp, language)
        page = SettingsPage(session)
        qtbot.addWidget(page)
        page.autolock.setValue(1)
        assert page.autolock.text() == one
        page.autolock.setValue(10)
        assert page.autolock.text() == many
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)


def test_a_filtered_count_says_one_competence(
    qapp: QApplication, session: Session, qtbot: QtBot
) -> None:
    session.portfolio.claims.add(CompetenceClaim(label="koken"))
    locale = QLocale()
    try:
        i18n.install(qapp, "nl")
        page = CompetencesPage(session)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert page.count.text() == "1 competentie"
        qtbot.keyClicks(page.search, "zzz")
        page.refresh()
        assert page.count.text() == "0 van 1 competentie"
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(locale)
