"""Ervaringen: suggestions while typing (debounced), ticking one into a claim (or linking the
claim that exists), attachments by drop, plain problems, delete and undo, 10,000 rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience
from portfolio_app.domain.enums import ExperienceKind
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.models.experiences import ExperienceFilter, ExperiencesModel
from portfolio_app.ui.pages.experiences import ExperiencesPage
from portfolio_app.ui.session import Session

Drop = Callable[[QWidget, list[Path]], bool]
FORKLIFT = "heftruck besturen"


def save(dialog: ExperienceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def item_named(dialog: ExperienceDialog, name: str) -> QListWidgetItem:
    items = dialog.checklist.list
    for row in range(items.count()):
        if items.item(row).data(Qt.ItemDataRole.UserRole).label == name:
            return items.item(row)
    raise AssertionError(f"{name} not suggested")


def typed_dialog(session: Session, qtbot: QtBot) -> ExperienceDialog:
    dialog = ExperienceDialog(session)
    qtbot.addWidget(dialog)
    dialog.role.setText("Magazijnier")
    dialog.organisation.setText("Colruyt")
    qtbot.keyClicks(dialog.description, "Ik reed met de heftruck en deed orderpicking.")
    qtbot.waitUntil(lambda: dialog.checklist.list.count() > 0, timeout=3000)
    return dialog


def test_typing_suggests_competences_after_a_pause(session: Session, qtbot: QtBot) -> None:
    dialog = ExperienceDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.checklist.list.count() == 0 and not dialog.checklist.empty.isHidden()
    qtbot.keyClicks(dialog.description, "Ik reed met de heftruck")
    # not at every key: the list waits until the typing pauses
    assert dialog.checklist.timer.isActive() and dialog.checklist.list.count() == 0
    qtbot.waitUntil(lambda: dialog.checklist.list.count() > 0, timeout=3000)
    item = item_named(dialog, FORKLIFT)
    assert "herkend in: heftruck" in item.text()  # the suggestion says why
    assert item.checkState() == Qt.CheckState.Unchecked  # the user decides
    assert dialog.checklist.empty.isHidden()

    # the keyboard ticks too, and Enter on the list does not close the form
    dialog.show()
    dialog.checklist.list.setFocus()
    dialog.checklist.list.setCurrentItem(item)
    qtbot.keyClick(dialog.checklist.list, Qt.Key.Key_Return)
    assert item.checkState() == Qt.CheckState.Checked and dialog.isVisible()
    item.setCheckState(Qt.CheckState.Unchecked)
    qtbot.keyClick(dialog.checklist.list, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked

    # a ticked suggestion stays when the text changes; unticked ones are replaced
    dialog.description.setPlainText("Ik gaf les aan kinderen")
    dialog.checklist.update_suggestions()
    names = [r.label for r in dialog.checklist.checked_refs()]
    assert names == [FORKLIFT]
    assert FORKLIFT in dialog.checklist.list.item(0).text()
    assert dialog.checklist.list.count() > 1


def test_a_ticked_suggestion_becomes_a_claim_that_cites_the_experience(
    session: Session, qtbot: QtBot
) -> None:
    dialog = typed_dialog(session, qtbot)
    item_named(dialog, FORKLIFT).setCheckState(Qt.CheckState.Checked)
    dialog.checklist.search.setText("Rustig blijven")  # one of my own words
    dialog.checklist.add_typed()
    dialog.start.set_value(date(2019, 3, 1))
    assert dialog.add_claims.isChecked()  # on unless the user says otherwise
    save(dialog)
    assert dialog.problems.text() == ""

    (work,) = session.portfolio.experiences.list()
    assert work.title == "Magazijnier – Colruyt" and work.end is None
    assert [c.label for c in work.competences] == [FORKLIFT, "Rustig blijven"]
    claims = {c.label: c for c in session.portfolio.claims.list()}
    assert set(claims) == {FORKLIFT, "Rustig blijven"}
    forklift = claims[FORKLIFT]
    assert forklift.concept_uri == work.competences[0].uri
    assert forklift.experience_ids == [work.id] and forklift.last_used == date.today()
    assert claims["Rustig blijven"].concept_uri is None

    # everything was one change: one undo takes the experience and both claims away
    assert session.portfolio.undo_description() == "Ervaring toegevoegd, met 2 competenties"
    session.portfolio.undo()
    assert session.portfolio.experiences.count() == 0 and session.portfolio.claims.count() == 0


def test_an_existing_claim_gets_the_link_instead_of_a_twin(session: Session, qtbot: QtBot) -> None:
    dialog = typed_dialog(session, qtbot)
    item = item_named(dialog, FORKLIFT)
    uri = item.data(Qt.ItemDataRole.UserRole).uri
    claim = CompetenceClaim(concept_uri=uri, label=FORKLIFT, level=4, willen=3)
    session.portfolio.claims.add(claim)
    item.setCheckState(Qt.CheckState.Checked)
    save(dialog)
    (work,) = session.portfolio.experiences.list()
    (linked,) = session.portfolio.claims.list()
    assert linked.id == claim.id and linked.experience_ids == [work.id]
    assert (linked.level, linked.willen) == (4, 3)  # the user's own judgement is kept


def test_without_the_checkbox_no_claims_are_made(session: Session, qtbot: QtBot) -> None:
    dialog = typed_dialog(session, qtbot)
    item_named(dialog, FORKLIFT).setCheckState(Qt.CheckState.Checked)
    dialog.add_claims.setChecked(False)
    save(dialog)
    assert session.portfolio.experiences.count() == 1
    assert session.portfolio.claims.count() == 0


def test_editing_keeps_ticks_and_does_not_bring_back_deleted_claims(
    session: Session, qtbot: QtBot
) -> None:
    uri = session.language.search(FORKLIFT, kinds={"concept"})[0].uri
    work = Experience(
        role="Chauffeur",
        description="Ik reed met de heftruck",
        competences=[ConceptRef(uri=uri, label=FORKLIFT)],
    )
    session.portfolio.experiences.add(work)  # its claim was deleted: there is none
    dialog = ExperienceDialog(session, work)
    qtbot.addWidget(dialog)
    assert [r.uri for r in dialog.checklist.checked_refs()] == [uri]
    assert dialog.checklist.list.count() > 1  # suggestions from the description as well
    dialog.organisation.setText("DHL")
    save(dialog)
    (changed,) = session.portfolio.experiences.list()
    assert changed.id == work.id and changed.title == "Chauffeur – DHL"
    assert changed.competences == work.competences
    assert session.portfolio.claims.count() == 0


def test_attachments_by_drop_and_problems_in_plain_words(
    session: Session, qtbot: QtBot, drop_files: Drop, png_file: Path
) -> None:
    dialog = ExperienceDialog(session)
    qtbot.addWidget(dialog)
    assert drop_files(dialog.description.viewport(), [png_file])  # not pasted as text
    assert dialog.description.toPlainText() == "" and dialog.attachments.list.count() == 1
    save(dialog)
    assert "Vul een functie of een organisatie in" in dialog.problems.text()
    assert session.portfolio.experiences.count() == 0
    assert session.portfolio.attachments.count() == 0  # nothing stored from a refused form

    dialog.role.setText("Vrijwilliger")
    dialog.start.set_value(date(2022, 5, 1))
    dialog.end.set_value(date(2021, 5, 1))
    save(dialog)
    assert "Einddatum: de einddatum ligt vóór de begindatum" in dialog.problems.text()

    dialog.end.set_value(None)
    save(dialog)
    (work,) = session.portfolio.experiences.list()
    assert session.portfolio.attachments.data(work.attachment_ids[0]) == png_file.read_bytes()


def test_page_lists_the_period_and_deletes_with_undo(session: Session, qtbot: QtBot) -> None:
    session.portfolio.experiences.add_many(
        [
            Experience(role="Kassier", start=date(2015, 1, 1), end=date(2018, 6, 1)),
            Experience(
                organisation="Jeugdhuis",
                kind=ExperienceKind.VRIJWILLIGERSWERK,
                start=date(2020, 9, 1),
            ),
        ]
    )
    page = ExperiencesPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    # most recent first; the ongoing one says so
    assert page.model.index(0, 1).data() == "Jeugdhuis"
    assert page.model.index(0, 2).data() == "sinds 09/2020 (loopt nog)"
    assert page.model.index(1, 2).data() == "2015 – 06/2018"  # as typed: a year, a month
    page.kind.setCurrentIndex(page.kind.findData(ExperienceKind.VRIJWILLIGERSWERK))
    assert page.model.rowCount() == 1 and "1 van 2" in page.count.text()
    page.table.selectRow(0)
    page.delete_selected()
    assert [w.title for w in session.portfolio.experiences.list()] == ["Kassier"]
    session.portfolio.undo()
    assert session.portfolio.experiences.count() == 2 and page.model.rowCount() == 1


def test_ten_thousand_experiences_filter_and_sort_correctly() -> None:
    kinds = list(ExperienceKind)
    works = [
        Experience(
            role=f"Functie {i * 7919 % 10000:05d}",
            kind=kinds[i % len(kinds)],
            description="heftruck" if i % 4 == 0 else "kassa",
            start=date(1990 + i % 30, i % 12 + 1, 1),
            end=None if i % 5 == 0 else date(2021, 1, 1),
        )
        for i in range(10_000)
    ]
    model = ExperiencesModel()
    model.load(works)
    assert model.rowCount() == 10_000
    model.sort(ExperiencesModel.TITLE_COLUMN)
    titles = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert titles == sorted(w.role for w in works)
    model.set_filter(ExperienceFilter(text="HEFTRUCK", kind=ExperienceKind.WERK))
    expected = [w for w in works if w.description == "heftruck" and w.kind is ExperienceKind.WERK]
    assert model.rowCount() == len(expected) > 0
    model.sort(ExperiencesModel.PERIOD_COLUMN, Qt.SortOrder.DescendingOrder)
    shown = [model.experience_at(r) for r in range(model.rowCount())]
    assert all(w.kind is ExperienceKind.WERK and w.description == "heftruck" for w in shown)
    starts = [w.start or date.min for w in shown]
    assert starts == sorted(starts, reverse=True)
