"""Instellingen › Over jou saves like everything else: at once, with undo, and never lost on
leaving the page, locking or closing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from portfolio_app.ui.controller import AppController
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.pages.profile_box import SAVE_AFTER_MS, ProfileBox
from portfolio_app.ui.pages.settings_page import SettingsPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE


def unlocked(controller: AppController) -> MainWindow:
    controller.unlock(PASSPHRASE)
    window = controller.window
    assert isinstance(window, MainWindow)
    return window


def about_you(window: MainWindow) -> ProfileBox:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    return page.profile


def test_a_typed_name_survives_locking(controller: AppController, qtbot: QtBot) -> None:
    Portfolio.create(controller.vault_path, PASSPHRASE).close()
    controller.start()
    window = unlocked(controller)
    box = about_you(window)
    box.given.setFocus()
    qtbot.keyClicks(box.given, "Sara")
    qtbot.keyClicks(box.city, "Mechelen")
    window.lock_requested.emit()  # Ctrl+L at once: no pause, the field not left
    assert isinstance(controller.window, UnlockWindow)

    window = unlocked(controller)
    assert controller.session is not None
    profile = controller.session.portfolio.profile.get()
    assert (profile.given_name, profile.city) == ("Sara", "Mechelen")
    box = about_you(window)
    assert box.given.text() == "Sara"

    qtbot.keyClicks(box.city, " Noord")
    window.close()  # closing the app
    assert controller.session.portfolio.profile.get().city == "Mechelen Noord"


def test_a_pause_saves_with_undo(session: Session, qtbot: QtBot) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    box = page.profile
    qtbot.keyClicks(box.given, "An")
    assert session.portfolio.profile.get().given_name == ""  # still typing
    qtbot.waitUntil(
        lambda: session.portfolio.profile.get().given_name == "An", timeout=SAVE_AFTER_MS * 4
    )
    assert session.portfolio.undo_description() == "Profiel gewijzigd"
    session.portfolio.undo()
    assert session.portfolio.profile.get().given_name == ""
    assert box.given.text() == ""  # the field follows the undo


def test_leaving_the_field_or_the_page_saves(session: Session, qtbot: QtBot) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    box = page.profile
    qtbot.keyClicks(box.family, "Peeters")
    box.family.editingFinished.emit()  # Tab to the next field
    assert session.portfolio.profile.get().family_name == "Peeters"
    box.summary.setFocus()
    qtbot.keyClicks(box.summary, "Ik werk graag met mensen.")
    page.hide()  # another page of the sidebar
    assert session.portfolio.profile.get().summary == "Ik werk graag met mensen."


def test_a_wrong_email_is_said_and_the_rest_is_kept(session: Session, qtbot: QtBot) -> None:
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.refresh()
    box = page.profile
    qtbot.keyClicks(box.given, "Sara")
    qtbot.keyClicks(box.emails, "sara.example.org")
    box.save()
    profile = session.portfolio.profile.get()
    assert profile.given_name == "Sara" and profile.emails == []
    assert not box.problem.isHidden() and "E-mail" in box.problem.text()
    box.emails.setText("sara@example.org")
    box.save()
    assert session.portfolio.profile.get().emails == ["sara@example.org"]
    assert box.problem.isHidden()
