"""The one date field: typed as people write dates, in every form, and read back as saved.

Every test types with the keyboard (``qtbot.keyClicks``), as a person would, and reads the
value the core saved. A text that is not a date is said in plain words and never saved.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from portfolio_app.domain import ActionPlanItem, CompetenceClaim, Experience, Leerbewijs
from portfolio_app.errors import InvalidInput
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.dialogs.plan_dialog import PlanDialog
from portfolio_app.ui.pages.check import CheckPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.dates import DateField, DayPicker, MonthPicker

HEFTRUCKCHAUFFEUR_BK = "urn:portfolio-app:bk:heftruckchauffeur"


def type_date(qtbot: QtBot, field: DateField, text: str) -> None:
    """Tab into the field (its text is selected, so typing replaces it), type, leave it."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def save(dialog: FormDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


# -- the field itself -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value", "shown", "said"),
    [
        ("2015", date(2015, 1, 1), "2015", ""),
        ("04/2015", date(2015, 4, 1), "04/2015", "april 2015"),
        ("4/2015", date(2015, 4, 1), "04/2015", "april 2015"),
        ("2015-04", date(2015, 4, 1), "04/2015", "april 2015"),
        ("12/04/2015", date(2015, 4, 12), "12/04/2015", "12 april 2015"),
    ],
)
def test_typing_a_year_a_month_or_a_day(
    qtbot: QtBot, typed: str, value: date, shown: str, said: str
) -> None:
    field = DateField()
    qtbot.addWidget(field)
    type_date(qtbot, field, typed)
    assert field.value() == value
    assert field.text() == shown  # written the usual way once the field is left
    assert field.hint.text() == said


def test_not_a_date_is_said_and_refused(qtbot: QtBot) -> None:
    field = DateField(month_only=True)
    qtbot.addWidget(field)
    field.setAccessibleName("Laatst gebruikt")
    qtbot.keyClicks(field.edit, "13/20")
    assert field.hint.text() == ""  # half typed is no mistake yet
    qtbot.keyClicks(field.edit, "15")
    field.edit.editingFinished.emit()
    assert "geen datum" in field.hint.text() and "04/2015" in field.hint.text()
    with pytest.raises(InvalidInput) as refused:
        field.value()
    assert refused.value.message("nl").startswith("Laatst gebruikt: '13/2015' is geen geldige")
    assert field.peek() is None and not field.is_valid()


def test_a_future_date_is_refused_where_it_cannot_be(qtbot: QtBot) -> None:
    field = DateField(not_after_today=True)
    qtbot.addWidget(field)
    type_date(qtbot, field, f"01/01/{date.today().year + 1}")
    assert "toekomst" in field.hint.text()
    assert not field.is_valid()


def test_one_key_clears_the_field(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value(date(2020, 3, 14))
    field.activateWindow()
    field.edit.setFocus()
    # entering the field selects its text (just after the focus event)
    qtbot.waitUntil(lambda: field.edit.selectedText() == "14/03/2020", timeout=3000)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None


def test_opening_the_calendar_fills_in_nothing(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    popup = field.open_picker()
    assert isinstance(popup, DayPicker)
    assert field.text() == "" and field.value() is None
    day = popup.calendar.selectedDate().addDays(-3)
    popup.calendar.clicked.emit(day)
    assert field.value() == date(day.year(), day.month(), day.day())
    assert field._popup is None  # picking closes it


def test_the_calendar_by_keyboard_and_esc_leaves_the_field_as_it_was(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_date(qtbot, field, "03/2019")
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field._popup
    assert isinstance(popup, DayPicker) and popup.isVisible()
    assert popup.calendar.selectedDate().toString("dd/MM/yyyy") == "01/03/2019"
    qtbot.keyClick(popup.calendar, Qt.Key.Key_Escape)
    assert not popup.isVisible() and field.text() == "03/2019"


def test_a_month_field_picks_a_month(qtbot: QtBot) -> None:
    field = DateField(month_only=True)
    qtbot.addWidget(field)
    field.show()
    type_date(qtbot, field, "2019")
    popup = field.open_picker()
    assert isinstance(popup, MonthPicker) and popup.year == 2019
    assert field.text() == "2019"  # opening changed nothing
    qtbot.mouseClick(popup.previous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(popup.buttons[5], Qt.MouseButton.LeftButton)
    assert field.value() == date(2018, 6, 1) and field.text() == "06/2018"


def test_loopt_nog_follows_the_field(qtbot: QtBot) -> None:
    field = DateField(month_only=True, open_end="loopt nog")
    qtbot.addWidget(field)
    assert field.open_end is not None and field.open_end.isChecked()
    type_date(qtbot, field, "06/2022")
    assert not field.open_end.isChecked() and field.value() == date(2022, 6, 1)
    field.open_end.click()
    assert field.open_end.isChecked() and field.value() is None and field.text() == ""


# -- every form ---------------------------------------------------------------------------------


def test_claim_dates_and_a_source_date_are_typed(session: Session, qtbot: QtBot) -> None:
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "koken voor een groep")
    dialog.search.completer().popup().hide()
    type_date(qtbot, dialog.last_used, "04/2024")
    type_date(qtbot, dialog.first_acquired, "2015")
    qtbot.keyClicks(dialog.sources.name, "Restaurant De Kade")
    type_date(qtbot, dialog.sources.when, "12/04/2023")
    # saved without pressing "Toevoegen": what was typed is not lost
    save(dialog)
    (claim,) = session.portfolio.claims.list()
    assert claim.last_used == date(2024, 4, 1)
    assert claim.first_acquired == date(2015, 1, 1)
    assert [(s.name, s.date) for s in claim.sources] == [("Restaurant De Kade", date(2023, 4, 12))]

    again = ClaimDialog(session, claim)
    qtbot.addWidget(again)
    assert (again.last_used.text(), again.first_acquired.text()) == ("04/2024", "2015")


def test_a_claim_with_a_wrong_date_is_not_saved(session: Session, qtbot: QtBot) -> None:
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "koken voor een groep")
    dialog.search.completer().popup().hide()
    type_date(qtbot, dialog.last_used, "13/2015")
    save(dialog)
    assert "Laatst gebruikt: '13/2015' is geen geldige datum" in dialog.problems.text()
    assert session.portfolio.claims.count() == 0
    type_date(qtbot, dialog.last_used, "3/2015")
    save(dialog)
    assert session.portfolio.claims.list()[0].last_used == date(2015, 3, 1)


def test_experience_start_and_end(session: Session, qtbot: QtBot) -> None:
    dialog = ExperienceDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.role, "Magazijnier")
    type_date(qtbot, dialog.start, "4/2015")
    assert dialog.end.open_end is not None and dialog.end.open_end.isChecked()
    save(dialog)
    (work,) = session.portfolio.experiences.list()
    assert (work.start, work.end) == (date(2015, 4, 1), None)

    dialog = ExperienceDialog(session, work)
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "04/2015"
    type_date(qtbot, dialog.end, "2019-12")
    save(dialog)
    assert session.portfolio.experiences.get(work.id).end == date(2019, 12, 1)


def test_leerbewijs_issued_expires_and_naric(session: Session, qtbot: QtBot) -> None:
    dialog = LeerbewijsDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Diploma verpleegkunde")
    type_date(qtbot, dialog.issued, "12/04/2015")
    type_date(qtbot, dialog.expires, "31/12/2099")
    dialog.details.expand(True)
    qtbot.keyClicks(dialog.details.naric_decision, "gelijkwaardig aan bachelor")
    type_date(qtbot, dialog.details.naric_decided, "03/2016")
    save(dialog)
    (proof,) = session.portfolio.leerbewijzen.list()
    assert (proof.issued, proof.expires) == (date(2015, 4, 12), date(2099, 12, 31))
    assert proof.naric is not None and proof.naric.decided == date(2016, 3, 1)


def test_plan_due_date(session: Session, qtbot: QtBot) -> None:
    dialog = PlanDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.goal, "Opleiding heftruck volgen")
    type_date(qtbot, dialog.due, f"06/{date.today().year + 1}")
    save(dialog)
    (item,) = session.portfolio.plan.list()
    assert item.due == date(date.today().year + 1, 6, 1)


def test_the_checks_last_done(session: Session, qtbot: QtBot) -> None:
    """Step 2 of the check: "laatst gedaan" for a new answer and for a claim already there."""
    target = session.language.qualification(HEFTRUCKCHAUFFEUR_BK)
    assert target is not None
    have = session.language.concept(target.competences[0])
    assert have is not None
    session.portfolio.claims.add(
        CompetenceClaim(concept_uri=have.uri, label=have.label("nl"), level=3)
    )
    page = CheckPage(session)
    qtbot.addWidget(page)
    page.check_target(HEFTRUCKCHAUFFEUR_BK)
    question = page.confirm.questions[0]
    qtbot.mouseClick(question.buttons[question.ANSWERS[0]], Qt.MouseButton.LeftButton)
    type_date(qtbot, question.when, "2021")
    (row,) = page.confirm.rows
    assert row.last_used is not None
    type_date(qtbot, row.last_used, "05/2023")

    page.run()
    claims = {c.label: c for c in session.portfolio.claims.list()}
    assert claims[question.item.competence.label].last_used == date(2021, 1, 1)
    assert claims[have.label("nl")].last_used == date(2023, 5, 1)


def test_the_check_refuses_a_last_done_that_is_no_date(
    session: Session, qtbot: QtBot, error_dialogs: list[str]
) -> None:
    page = CheckPage(session)
    qtbot.addWidget(page)
    page.check_target(HEFTRUCKCHAUFFEUR_BK)
    question = page.confirm.questions[0]
    qtbot.mouseClick(question.buttons[question.ANSWERS[0]], Qt.MouseButton.LeftButton)
    type_date(qtbot, question.when, "vorig jaar")
    page.run()
    assert error_dialogs and "'vorig jaar' is geen geldige datum" in error_dialogs[0]
    assert session.portfolio.claims.count() == 0 and session.portfolio.checks.list() == []


def test_a_stored_date_shows_as_it_was_typed(session: Session, qtbot: QtBot) -> None:
    """Nothing invented on the way back: a year stays a year, a month a month."""
    session.portfolio.leerbewijzen.add(
        Leerbewijs(title="Attest", issued=date(2015, 1, 1), expires=date(2030, 6, 1))
    )
    session.portfolio.experiences.add(Experience(role="Kok", start=date(2010, 9, 1)))
    session.portfolio.plan.add(ActionPlanItem(goal="Cursus", due=date(2030, 3, 17)))
    proof = LeerbewijsDialog(session, session.portfolio.leerbewijzen.list()[0])
    work = ExperienceDialog(session, session.portfolio.experiences.list()[0])
    step = PlanDialog(session, session.portfolio.plan.list()[0])
    for dialog in (proof, work, step):
        qtbot.addWidget(dialog)
    assert (proof.issued.text(), proof.expires.text()) == ("2015", "06/2030")
    assert work.start.text() == "09/2010" and work.end.text() == ""
    assert step.due.text() == "17/03/2030"
