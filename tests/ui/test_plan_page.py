"""Actieplan page: the empty state, add with every field, a target that was not picked,
edit, done and back, the open/done filter, delete with undo on the page, links from the
overview, and a late item marked in words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from portfolio_app.domain import ActionPlanItem, ConceptRef
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import ActionKind, PlanStatus, TargetKind
from portfolio_app.ui.dialogs.plan_dialog import PlanDialog
from portfolio_app.ui.models.plan import DUE_COLUMN, PlanFilter
from portfolio_app.ui.pages.plan import PlanPage
from portfolio_app.ui.session import Session

Answer = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]


@pytest.fixture
def page(session: Session, qtbot: QtBot) -> PlanPage:
    made = PlanPage(session)
    qtbot.addWidget(made)
    made.show()
    return made


def add_items(session: Session, *items: ActionPlanItem) -> None:
    portfolio = session.portfolio
    with portfolio.change("Acties toegevoegd", "Actions added"):
        for item in items:
            portfolio.plan.add(item)


def save(dialog: QDialog) -> None:
    assert isinstance(dialog, PlanDialog)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_empty_plan_says_where_actions_come_from(
    page: PlanPage, session: Session, qtbot: QtBot
) -> None:
    assert page.empty.text() == (
        "Nog geen acties. Doe een competentiecheck en maak er een actieplan van."
    )
    assert page.to_check.isVisibleTo(page)
    sent: list[tuple[str, object]] = []
    session.navigate.connect(lambda key, hint: sent.append((key, hint)))
    qtbot.mouseClick(page.to_check, Qt.MouseButton.LeftButton)
    assert sent == [("check", None)]


def test_add_with_every_field(
    page: PlanPage, session: Session, qtbot: QtBot, answer_dialog: Answer
) -> None:
    due = date.today() + timedelta(days=60)

    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.goal.setText("Opleiding heftruck volgen")
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActionKind.WERKPLEKLEREN))
        qtbot.keyClicks(dialog.competence_search, "heftruck")
        competence = dialog.competence_search.hits[0]
        dialog.competence_search.setText(competence.label)
        dialog.competence_search.picked.emit(competence)
        qtbot.keyClicks(dialog.target_search, "heftruckchauffeur")
        target = next(h for h in dialog.target_search.hits if h.kind == "occupation")
        dialog.target_search.setText(target.label)
        dialog.target_search.picked.emit(target)
        dialog.due.set_value(due)
        dialog.status.setCurrentIndex(dialog.status.findData(PlanStatus.BEZIG))
        dialog.notes.setPlainText("Vragen aan de ploegbaas.")
        save(dialog)

    answer_dialog(PlanDialog, fill_in)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (item,) = session.portfolio.plan.list()
    assert item.goal == "Opleiding heftruck volgen"
    assert item.action_kind is ActionKind.WERKPLEKLEREN and item.status is PlanStatus.BEZIG
    assert item.competence is not None and item.competence.uri is not None
    assert item.target is not None and item.target.kind is TargetKind.BEROEP
    assert item.target.label == "heftruckchauffeur"
    assert item.due == due and item.notes == "Vragen aan de ploegbaas."
    assert page.model.rowCount() == 1  # "bezig" counts as open
    assert page.model.index(0, 3).data() == "heftruckchauffeur"
    assert page.model.index(0, 5).data() == "Bezig"


def test_a_typed_target_that_was_not_picked_is_refused(
    page: PlanPage, session: Session, answer_dialog: Answer
) -> None:
    def fill_in(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanDialog)
        dialog.goal.setText("Iets doen")
        dialog.competence_search.setText("geduld")  # free text is fine for a competence
        dialog.target_search.setText("astronaut")
        save(dialog)
        assert "Kies het doel uit de lijst" in dialog.problems.text()
        dialog.target_search.clear()
        save(dialog)

    answer_dialog(PlanDialog, fill_in)
    page.add()
    (item,) = session.portfolio.plan.list()
    assert item.target is None and item.competence == ConceptRef(uri=None, label="geduld")


def test_edit_done_filter_and_back_to_open(
    page: PlanPage, session: Session, qtbot: QtBot, answer_dialog: Answer
) -> None:
    add_items(
        session,
        ActionPlanItem(goal="Later", due=date.today() + timedelta(days=90)),
        ActionPlanItem(goal="Eerst", due=date.today() + timedelta(days=10)),
    )
    assert [page.model.item_at(r).goal for r in range(2)] == ["Eerst", "Later"]

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanDialog)
        assert dialog.goal.text() == "Eerst"
        dialog.goal.setText("Eerst dit")
        save(dialog)

    answer_dialog(PlanDialog, rename)
    page.table.selectRow(0)
    page.edit_current()
    assert page.model.item_at(0).goal == "Eerst dit"

    page.table.selectRow(0)
    assert page.done_button.text() == "&Klaar"
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    done = next(i for i in session.portfolio.plan.list() if i.goal == "Eerst dit")
    assert done.status is PlanStatus.KLAAR
    assert [page.model.item_at(r).goal for r in range(page.model.rowCount())] == ["Later"]
    page.filter.setCurrentIndex(page.filter.findData(PlanFilter.DONE))
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    assert page.done_button.text() == "Zet terug op op&en"
    page.toggle_done()
    assert session.portfolio.plan.get(done.id).status is PlanStatus.OPEN
    assert page.model.rowCount() == 0
    assert "Alle acties" in page.empty.text()


def test_delete_and_undo_on_the_page(page: PlanPage, session: Session, qtbot: QtBot) -> None:
    add_items(session, ActionPlanItem(goal="Bewijs verzamelen"), ActionPlanItem(goal="EVC"))
    page.table.selectRow(0)
    assert not page.undo_button.isVisibleTo(page)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert session.portfolio.plan.count() == 1
    assert page.undo_button.isVisibleTo(page)
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    assert session.portfolio.plan.count() == 2
    assert not page.undo_button.isVisibleTo(page)


def test_overview_link_selects_the_item_even_when_done(page: PlanPage, session: Session) -> None:
    finished = ActionPlanItem(goal="VCA vernieuwd", status=PlanStatus.KLAAR)
    add_items(session, ActionPlanItem(goal="Open stap"), finished)
    page.show_hint(finished.id)
    assert page.filter.currentData() == PlanFilter.ALL
    assert page.model.item_at(page.table.currentIndex().row()).id == finished.id


def test_a_late_item_says_so_in_words(page: PlanPage, session: Session) -> None:
    late = date.today() - timedelta(days=3)
    add_items(session, ActionPlanItem(goal="Te laat", due=late))
    cell = page.model.index(0, DUE_COLUMN)
    assert cell.data() == f"{show_date(late)} (te laat)"
    assert cell.data(Qt.ItemDataRole.FontRole).bold()
