"""No accidental duplicates: the competence search marks what the portfolio holds, and adding
it again opens the existing claim instead. Picking a line writes only the name (never "(Excel)"),
the form does not move under the open list, and an occupation search that finds nothing says so.

Every test closes the popups it opened (many open popups have aborted Qt in one process).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from portfolio_app.domain import CompetenceClaim
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch

HEFTRUCK = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"


def lines(search: ConceptSearch) -> list[str]:
    model = search.completer().model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def choose_line(qtbot: QtBot, search: ConceptSearch, row: int) -> None:
    """Arrow to a line of the open list and press Enter, as a person does."""
    popup = search.completer().popup()
    assert popup.isVisible()
    popup.setCurrentIndex(search.completer().completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@pytest.fixture
def forklift(session: Session) -> CompetenceClaim:
    return session.portfolio.claims.add(
        CompetenceClaim(concept_uri=HEFTRUCK, label="heftruck besturen", level=2)
    )


@pytest.fixture
def dialog(session: Session, qtbot: QtBot) -> Iterator[ClaimDialog]:
    made = ClaimDialog(session)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.search.completer().popup().hide()


def save(dialog: ClaimDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_search_marks_what_is_in_the_portfolio(
    forklift: CompetenceClaim, dialog: ClaimDialog, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "heftruck")
    shown = lines(dialog.search)
    assert shown[0] == "heftruck besturen  ✓ al in je portfolio"
    assert not any("al in je portfolio" in line for line in shown[1:])


def test_choosing_it_opens_the_existing_claim(
    forklift: CompetenceClaim, dialog: ClaimDialog, session: Session, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "heftruck")
    choose_line(qtbot, dialog.search, 0)
    assert dialog.original == forklift
    assert dialog.windowTitle() == "Competentie bewerken"
    assert "staat al in je portfolio" in dialog.notice.text() and dialog.notice.isVisible()
    assert dialog.level.currentData() == 2  # as it is saved
    assert dialog.search.text() == "heftruck besturen"
    dialog.level.setCurrentIndex(dialog.level.findData(4))
    save(dialog)
    (claim,) = session.portfolio.claims.list()
    assert claim.id == forklift.id and claim.level == 4


def test_typing_the_name_in_full_does_not_add_a_second(
    forklift: CompetenceClaim, dialog: ClaimDialog, session: Session, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "Heftruck besturen")
    dialog.search.completer().popup().hide()
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    save(dialog)
    assert session.portfolio.claims.count() == 1
    assert dialog.original == forklift and dialog.isVisible()  # shown to check, not saved
    save(dialog)
    assert [c.id for c in session.portfolio.claims.list()] == [forklift.id]


@pytest.fixture
def cakes(session: Session) -> CompetenceClaim:
    return session.portfolio.claims.add(CompetenceClaim(label="taarten bakken"))


def test_free_text_twice_opens_the_first(
    cakes: CompetenceClaim, dialog: ClaimDialog, session: Session, qtbot: QtBot
) -> None:
    first = cakes
    qtbot.keyClicks(dialog.search, "Taarten  bakken")
    save(dialog)
    assert dialog.original == first and session.portfolio.claims.count() == 1


def test_renaming_a_claim_into_another_is_refused(
    forklift: CompetenceClaim, cakes: CompetenceClaim, session: Session, qtbot: QtBot
) -> None:
    dialog = ClaimDialog(session, cakes)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setFocus()
    dialog.search.selectAll()
    qtbot.keyClicks(dialog.search, "heftruck besturen")
    dialog.search.completer().popup().hide()
    save(dialog)
    assert "staat al in je portfolio als een andere competentie" in dialog.problems.text()
    assert session.portfolio.claims.get(cakes.id).label == "taarten bakken"


def test_a_line_found_by_another_name_saves_the_concepts_name(
    dialog: ClaimDialog, session: Session, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "Excel")
    assert lines(dialog.search)[0] == "rekenbladen gebruiken  (Excel)"
    choose_line(qtbot, dialog.search, 0)
    assert dialog.search.text() == "rekenbladen gebruiken"
    save(dialog)
    (claim,) = session.portfolio.claims.list()
    assert claim.label == "rekenbladen gebruiken" and claim.concept_uri is not None


def test_the_form_does_not_move_under_the_open_list(dialog: ClaimDialog, qtbot: QtBot) -> None:
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "heftruk rijden")  # free text, with suggestions
    assert dialog.search.popup_visible()
    assert dialog.suggestions.count() == 0  # no buttons pushed in under the list
    top = dialog.kind.mapTo(dialog, dialog.kind.rect().topLeft())
    qtbot.keyClicks(dialog.search, "x")
    assert dialog.kind.mapTo(dialog, dialog.kind.rect().topLeft()) == top
    dialog.search.completer().popup().hide()
    assert dialog.suggestions.count() > 0  # the links to concepts come once it is closed


def test_an_occupation_search_that_finds_nothing_says_so(session: Session, qtbot: QtBot) -> None:
    dialog = OccupationDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "xqzw")
    try:
        assert dialog.search.hits == []
        (line,) = lines(dialog.search)
        assert line.startswith("Geen beroep gevonden voor 'xqzw'.") and "ESCO" in line
        assert dialog.search.popup_visible()
        model = dialog.search.completer().model()
        assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled  # not a pick
    finally:
        dialog.search.completer().popup().hide()
