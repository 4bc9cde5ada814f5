"""Competenties: add through the search, free text, filters, delete and undo, 10,000 rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.domain.enums import CompetenceKind, LevelScale
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
from portfolio_app.ui.models.claims import ClaimFilter, ClaimsModel
from portfolio_app.ui.pages.competences import CompetencesPage
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio


@pytest.fixture(scope="module")
def language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompetenceLanguage]:
    opened = CompetenceLanguage.open_default(AppPaths(tmp_path_factory.mktemp("lang")))
    yield opened
    opened.close()


@pytest.fixture
def session(portfolio: Portfolio, language: CompetenceLanguage, tmp_path: Path) -> Session:
    return Session(portfolio, language, AppPaths(tmp_path), Settings())


def test_add_a_competence_through_the_search(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "heftruk")
    assert dialog.search.hits, "typing must show matches"
    first = dialog.search.hits[0]
    dialog._pick(first)
    assert dialog.concept_uri == first.uri
    assert "In de competentietaal" in dialog.status.text()
    dialog.level.setCurrentIndex(dialog.level.findData(3))
    dialog.willen.setCurrentIndex(dialog.willen.findData(3))
    dialog.last_used.set_value(date(2024, 5, 1))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (claim,) = session.portfolio.claims.list()
    assert claim.concept_uri == first.uri and claim.level == 3 and claim.willen == 3
    assert claim.last_used == date(2024, 5, 1)


def test_free_text_is_marked_and_suggests_concepts(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "samenwerkn met collega's")
    assert "Niet in de competentietaal" in dialog.status.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    (claim,) = session.portfolio.claims.list()
    assert claim.concept_uri is None and claim.label == "samenwerkn met collega's"


def test_invalid_form_stays_open_with_a_plain_message(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "mag niet leeg zijn" in dialog.problems.text()
    assert session.portfolio.claims.count() == 0


def test_language_concepts_default_to_cefr(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    hits = session.language.search("Engels", kinds={"concept"})
    dialog._pick(hits[0])
    assert dialog.scale.currentData() == LevelScale.CEFR
    assert dialog.kind.currentData() == CompetenceKind.TAAL


def test_add_from_an_occupation(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OccupationDialog(session)
    qtbot.addWidget(dialog)
    (hit,) = session.language.search("heftruckchauffeur", limit=1, kinds={"occupation"})
    dialog._pick(hit)
    assert dialog.list.count() >= 5
    for row in range(3):
        dialog.list.item(row).setCheckState(Qt.CheckState.Checked)
    dialog._add()
    assert session.portfolio.claims.count() == 3
    assert session.portfolio.undo_description() is not None
    session.portfolio.undo()
    assert session.portfolio.claims.count() == 0


def test_an_occupation_outside_the_core_marks_english_names(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OccupationDialog(session)
    qtbot.addWidget(dialog)
    # The core occupations have a Dutch name for every essential competence; an organist
    # does not, and its English names carry the marker.
    (hit,) = session.language.search("organist", limit=1, kinds={"occupation"})
    dialog._pick(hit)
    texts = [dialog.list.item(r).text() for r in range(dialog.list.count())]
    assert any(t.endswith("  [EN]") for t in texts)
    assert all(t.endswith("  [EN]") == ("[EN]" in t) for t in texts)


def test_page_filters_delete_and_undo(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    portfolio = session.portfolio
    proof = portfolio.leerbewijzen.add(Leerbewijs(title="Attest"))
    portfolio.claims.add(CompetenceClaim(label="Koken", leerbewijs_ids=[proof.id]))
    portfolio.claims.add(CompetenceClaim(label="Oude kennis", last_used=date(2015, 1, 1)))
    page = CompetencesPage(session)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 2
    page.stale.setChecked(True)
    assert page.model.rowCount() == 1 and page.model.claim_at(0).label == "Oude kennis"
    page.stale.setChecked(False)
    page.evidence.setCurrentIndex(page.evidence.findData(True))
    assert [page.model.claim_at(r).label for r in range(page.model.rowCount())] == ["Koken"]
    page.table.selectRow(0)
    page.delete_selected()
    assert portfolio.claims.count() == 1 and page.model.rowCount() == 0
    portfolio.undo()
    assert portfolio.claims.count() == 2 and page.model.rowCount() == 1


def test_model_with_ten_thousand_rows() -> None:
    claims = [
        CompetenceClaim(
            label=f"Competentie {i:05d} {'coöperatie' if i % 100 == 0 else ''}",
            level=1 + i % 4,
            willen=1 + i % 3,
            kind=list(CompetenceKind)[i % 5],
            last_used=date(2010 + i % 15, 1, 1),
        )
        for i in range(10_000)
    ]
    backing = Experience(role="X", competences=[])
    model = ClaimsModel()
    model.load(claims, [], [backing], today=date(2026, 1, 1))
    assert model.rowCount() == 10_000
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.claim_at(0).level == 4 and model.claim_at(9_999).level == 1
    model.set_filter(ClaimFilter(text="cooperatie"))
    assert model.rowCount() == 100
    model.set_filter(ClaimFilter(kind=CompetenceKind.TAAL, willen=3))
    assert all(
        model.claim_at(r).kind is CompetenceKind.TAAL and model.claim_at(r).willen == 3
        for r in range(model.rowCount())
    )
    assert model.rowCount() == len(
        [c for c in claims if c.kind is CompetenceKind.TAAL and c.willen == 3]
    )
    model.set_filter(ClaimFilter(stale_only=True, min_level=3))
    expected = [c for c in claims if c.level >= 3 and c.last_used and c.last_used.year <= 2023]
    assert model.rowCount() == len(expected)


def test_enter_in_the_search_does_not_save_a_half_filled_claim(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ClaimDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "heftruck")
    dialog.search.completer().popup().hide()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and session.portfolio.claims.count() == 0
