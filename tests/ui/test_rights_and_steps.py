"""Mijn rechten, the situation in Instellingen › Over jou, the next step under the action plan
and the counsellor report on the Exporteren page. Links open in the browser only on a click
(``QDesktopServices`` is replaced here: nothing is ever opened or fetched)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from portfolio_app.domain import ActionPlanItem, ConceptRef, TargetRef, revised
from portfolio_app.domain.enums import ActionKind, TargetKind, WorkStatus
from portfolio_app.domain.situation import Situation
from portfolio_app.ui.pages.export import ExportPage
from portfolio_app.ui.pages.export_options import DocKind
from portfolio_app.ui.pages.plan import PlanPage
from portfolio_app.ui.pages.rights import RightCard, RightsPage
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.situation_box import SituationBox


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses the app asked the desktop to open; none is really opened."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def set_situation(session: Session, status: WorkStatus | None, on: date | None = None) -> None:
    profile = session.portfolio.profile.get()
    situation = Situation(status=status, set_on=on or date.today()) if status else None
    session.portfolio.profile.save(revised(profile, situation=situation))


def rights_page(session: Session, qtbot: QtBot) -> RightsPage:
    page = RightsPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def cards(page: RightsPage) -> dict[str, RightCard]:
    return {card.rule_id: card for card in page.shown}


def test_a_jobseeker_sees_free_evc_and_no_training_vouchers(
    session: Session, qtbot: QtBot, opened: list[str]
) -> None:
    set_situation(session, WorkStatus.WERKZOEKEND)
    page = rights_page(session, qtbot)
    shown = cards(page)
    assert "opleidingscheques" not in shown and "evc-traject" in shown
    texts = " ".join(label.text() for label in shown["evc-traject"].findChildren(type(page.note)))
    assert "gratis voor werkzoekenden" in texts
    assert "werkzoekend, ingeschreven bij de VDAB" in page.situation.text()
    assert opened == []  # building the page opens nothing
    page.show_all.setChecked(True)
    assert "opleidingscheques" in cards(page)


def test_no_situation_shows_everything_depending_and_old_amounts(
    session: Session, qtbot: QtBot, opened: list[str]
) -> None:
    page = rights_page(session, qtbot)
    shown = cards(page)
    assert {"opleidingscheques", "loopbaancheques", "knelpuntpremie"} <= set(shown)
    assert "afhankelijk van je situatie" in page.situation.text()
    assert all(card.warnings for card in shown.values() if card.rule_id == "opleidingscheques")
    assert "controleer het bedrag" in shown["opleidingscheques"].warnings[0]
    assert "gaat niet op het internet" in page.note.text()
    link = shown["opleidingscheques"].link
    assert link is not None and opened == []
    link.click()
    assert opened == ["https://www.vlaanderen.be/opleidingscheques-voor-werknemers"]


def test_the_situation_box_saves_and_questions_an_old_answer(
    session: Session, qtbot: QtBot
) -> None:
    box = SituationBox(session)
    qtbot.addWidget(box)
    box.show()
    assert box.choice.currentData() is None and not box.confirm.isVisible()
    box.choice.setCurrentIndex(box.choice.findData(WorkStatus.WERKNEMER))
    box.choice.activated.emit(box.choice.currentIndex())
    saved = session.portfolio.profile.get().situation
    assert saved is not None and saved.status is WorkStatus.WERKNEMER
    assert saved.set_on == date.today()
    set_situation(session, WorkStatus.STUDENT, date.today() - timedelta(days=400))
    assert box.choice.currentData() == WorkStatus.STUDENT
    assert box.confirm.isVisible() and "Klopt dit nog?" in box.when.text()
    box.confirm.click()
    again = session.portfolio.profile.get().situation
    assert again is not None and again.set_on == date.today() and not box.confirm.isVisible()
    box.choice.setCurrentIndex(0)
    box.choice.activated.emit(0)
    assert session.portfolio.profile.get().situation is None


def test_the_plan_shows_the_next_step_with_links_that_open_on_click(
    session: Session, qtbot: QtBot, opened: list[str]
) -> None:
    set_situation(session, WorkStatus.WERKNEMER)
    item = session.portfolio.plan.add(
        ActionPlanItem(
            goal="Volg een opleiding in 'heftruck besturen'",
            action_kind=ActionKind.OPLEIDING,
            competence=ConceptRef(label="heftruck besturen"),
            target=TargetRef(
                uri="urn:portfolio-app:bk:heftruckchauffeur",
                label="heftruckchauffeur",
                kind=TargetKind.BEROEPSKWALIFICATIE,
            ),
        )
    )
    page = PlanPage(session)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.table.selectRow(page.model.row_of(item.id) or 0)
    buttons = page.next_step.steps.buttons
    assert buttons and opened == []
    assert any(
        "Opleidingscheques" in label.text()
        for label in page.next_step.findChildren(type(page.empty))
    )
    buttons[0].click()
    assert opened == ["https://www.vdab.be/opleidingen"]


def test_the_export_page_makes_the_counsellor_report(session: Session, qtbot: QtBot) -> None:
    set_situation(session, WorkStatus.WERKZOEKEND)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.show()
    page.panel.choice.set_kind(DocKind.COUNSELLOR)
    assert page.panel.counsellor.isVisible() and not page.panel.cv_extra.isVisible()
    assert not page.panel.counsellor_options().include_situation  # off unless chosen
    page.panel.counsellor.situation.setChecked(True)
    assert page.panel.counsellor_options().include_situation
    with qtbot.waitSignal(page.previewed, timeout=20000):
        page._options_changed(soon=False)
    assert page.data is not None and page.data.startswith(b"%PDF")
    assert "loopbaanbegeleider" in page._file_name().lower()
