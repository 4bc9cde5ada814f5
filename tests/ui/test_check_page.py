"""Competentiecheck page with the demo portfolio: a check against heftruckchauffeur through the
three steps, what the result shows, the action plan made from it, progress after a new
leerbewijs, earlier checks read-only, and the career steps."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from portfolio_app.check import DISCLAIMER
from portfolio_app.demo import DEMO_PASSPHRASE, create_demo
from portfolio_app.domain import Leerbewijs
from portfolio_app.domain.enums import LeerbewijsKind, TargetKind
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.dialogs.plan_proposals import PlanProposalDialog
from portfolio_app.ui.pages.check import CheckPage
from portfolio_app.ui.pages.check_careers import CareerRow
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio

Answer = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]
BK = "urn:portfolio-app:bk:heftruckchauffeur"


@pytest.fixture(scope="module")
def demo_template(language: CompetenceLanguage, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault made once; tests open a copy (opening is cheaper than creating)."""
    path = tmp_path_factory.mktemp("demo") / "demo.vault"
    create_demo(path, language).close()
    return path


@pytest.fixture
def demo(language: CompetenceLanguage, demo_template: Path, tmp_path: Path) -> Iterator[Session]:
    path = tmp_path / "demo.vault"
    shutil.copyfile(demo_template, path)
    with Portfolio.open(path, DEMO_PASSPHRASE) as portfolio:
        yield Session(portfolio, language, AppPaths(tmp_path / "app"), Settings())


@pytest.fixture
def page(demo: Session, qtbot: QtBot) -> CheckPage:
    made = CheckPage(demo)
    qtbot.addWidget(made)
    made.resize(1100, 800)
    made.show()
    return made


def choose(page: CheckPage, qtbot: QtBot, kind: str = "occupation") -> None:
    """Type the name and pick the hit of ``kind`` from the list, as the completer does."""
    qtbot.keyClicks(page.start.search, "heftruckchauffeur")
    hit = next(h for h in page.start.search.hits if h.kind == kind)
    page.start.search.setText(hit.label)
    page.start.pick(hit)


def run_check(page: CheckPage, qtbot: QtBot) -> None:
    choose(page, qtbot)
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.confirm
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.result_view


def shown(widget: object, page: CheckPage) -> bool:
    return bool(widget.isVisibleTo(page))  # type: ignore[attr-defined]


def test_a_check_is_saved_and_shows_what_you_have_and_miss(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    choose(page, qtbot)
    assert "heftruckchauffeur (beroep)" in page.start.choice.text()
    # the same-named beroepskwalificatie is one click away
    assert shown(page.start.other, page) and "beroepskwalificatie" in page.start.other.text()
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)

    (saved,) = demo.portfolio.checks.list()
    assert saved.target.kind is TargetKind.BEROEP and saved.checked_on == date.today()
    view = page.result_view
    assert view.result is not None and view.result.id == saved.id
    assert view.summary.text() == saved.summary
    assert view.essential.percent == round(saved.coverage_essential * 100) > 0
    assert view.essential.value.text() == f"{view.essential.percent} %"
    # gaps: every one, the most important first, with what to do
    assert 0 < view.gaps.rowCount() == len(saved.gaps)
    assert view.gaps.item(0, 1).text() == saved.gaps[0].competence.label
    assert view.gaps.item(0, 5).text() == "Opleiding, Werkplekleren"
    assert saved.gaps[0].importance >= saved.gaps[-1].importance
    # the expired VCA certificate lights up, with a word and a badge, never colour alone
    alerts = [(b, w, t) for b, w, t in view.lights.rows if "VCA Basisveiligheid" in t.text()]
    ((badge, word, text),) = alerts
    assert badge.text() == "!!" and word.text() == "Dringend" and "verlopen" in text.text()
    assert "heftruck besturen" in view.strengths.text()
    assert "heftruck besturen" in view.kunnen_willen.lists[0].text()
    assert view.disclaimer.text() == DISCLAIMER[0]
    assert not shown(view.progress_card, page)  # nothing to compare with yet
    # an EVC-traject exists for the BK behind the occupation: costs, and the way to the dossier
    assert shown(view.evc_card, page) and "141 euro" in view.evc.costs.text()
    sent: list[tuple[str, object]] = []
    demo.navigate.connect(lambda key, hint: sent.append((key, hint)))
    qtbot.mouseClick(view.evc.button, Qt.MouseButton.LeftButton)
    assert sent == [("export", {"evc": BK})]


def test_confirming_recency_and_willen_updates_the_claims_in_one_change(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    choose(page, qtbot)
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    rows = {row.claim.label: row for row in page.confirm.rows}
    assert "heftruck besturen" in rows and "kassa" not in rows  # only what the target asks
    heftruck = rows["heftruck besturen"]
    assert heftruck.last_used is not None and heftruck.willen is not None
    assert heftruck.still is not None
    heftruck.still.setChecked(True)
    assert not heftruck.last_used.isEnabled()
    heftruck.willen.setCurrentIndex(heftruck.willen.findData(2))
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)

    claim = demo.portfolio.claims.get(heftruck.claim.id)
    assert claim.last_used == date.today() and claim.willen == 2
    portfolio = demo.portfolio
    assert portfolio.undo_description() == "Check voor heftruckchauffeur"
    portfolio.undo()
    assert portfolio.undo_description() == "1 competentie bijgewerkt voor de check"


def test_an_action_plan_from_the_gaps(
    page: CheckPage, demo: Session, qtbot: QtBot, answer_dialog: Answer
) -> None:
    run_check(page, qtbot)
    offered: list[str] = []

    def tick(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanProposalDialog)
        offered.extend(item.goal for item in dialog.proposals)
        dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    opened = answer_dialog(PlanProposalDialog, tick)
    qtbot.mouseClick(page.result_view.plan_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    first_gap = page.result_view.result.gaps[0].competence.label  # type: ignore[union-attr]
    assert offered[0] == f"Volg een opleiding in '{first_gap}'"
    items = [i for i in demo.portfolio.plan.list() if i.target is not None]
    assert [i.goal for i in items] == offered[:1] + offered[2:]
    assert all(i.target.label == "heftruckchauffeur" for i in items if i.target)
    assert "toegevoegd aan je actieplan" in page.result_view.plan_done.text()
    demo.portfolio.undo()  # one step takes them all back
    assert all(i.target is None for i in demo.portfolio.plan.list())


def test_progress_after_a_new_leerbewijs_and_earlier_checks_read_only(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    run_check(page, qtbot)
    first = page.result_view.result
    assert first is not None
    view = page.result_view
    assert not shown(view.changed_row, page)
    portfolio = demo.portfolio
    with portfolio.change("Leerbewijs toegevoegd", "Proof added"):
        portfolio.leerbewijzen.add(
            Leerbewijs(
                kind=LeerbewijsKind.BEROEPSKWALIFICATIE,
                title="Bewijs van beroepskwalificatie heftruckchauffeur",
                issued=date(2026, 1, 15),
                qualification_uri=BK,
            )
        )
    assert shown(view.changed_row, page)  # the old result says it is out of date
    qtbot.mouseClick(view.again_now, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.confirm
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)

    second = view.result
    assert second is not None and second.id != first.id
    assert second.coverage > first.coverage
    assert shown(view.progress_card, page)
    assert view.progress.before.percent == round(first.coverage * 100)
    assert view.progress.after.percent == round(second.coverage * 100)
    assert "Weggewerkt" in view.progress.text.text()
    assert first.gaps[0].competence.label in view.progress.text.text()
    # both checks are listed; the earlier one opens read-only, without a plan button
    assert shown(view.history_card, page)
    (earlier,) = [b for b in view.history.buttons if b.isEnabled()]
    qtbot.waitUntil(lambda: earlier.height() > 0)  # laid out, so there is something to click
    qtbot.mouseClick(earlier, Qt.MouseButton.LeftButton)
    assert view.result is not None and view.result.id == first.id
    assert shown(view.earlier, page) and not shown(view.plan_button, page)
    assert not shown(view.progress_card, page)
    # the overview's link (the newest check's id) opens it again, with its progress
    page.show_hint(second.id)
    assert view.result is not None and view.result.id == second.id
    assert not shown(view.earlier, page) and shown(view.progress_card, page)


def test_the_beroepskwalificatie_of_the_same_name(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    choose(page, qtbot)
    qtbot.mouseClick(page.start.other, Qt.MouseButton.LeftButton)
    assert "(beroepskwalificatie)" in page.start.choice.text()
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)
    (saved,) = demo.portfolio.checks.list()
    assert saved.target.uri == BK and saved.target.kind is TargetKind.BEROEPSKWALIFICATIE
    assert not shown(page.result_view.optional, page)  # a BK has essentials only


def test_career_steps_list_ten_occupations_and_start_a_check(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    page.tabs.setCurrentWidget(page.careers)
    careers = page.careers
    qtbot.waitUntil(lambda: len(careers.steps) == 10, timeout=5000)
    rows = careers.list.findChildren(CareerRow)
    assert [row.step for row in rows] == careers.steps
    qtbot.waitUntil(lambda: all(row.isVisibleTo(page) for row in rows))
    assert (
        rows[0].button.accessibleName() == f"Start een check voor {rows[0].step.occupation.label}"
    )
    assert "beroep(en) die het best passen" in careers.status.text()
    fits = [step.fit for step in careers.steps]
    assert fits == sorted(fits, reverse=True)
    names = [step.occupation.label for step in careers.steps]
    assert "heftruckchauffeur" in names and "magazijnmedewerker" in names

    careers.shortage.setChecked(True)
    qtbot.waitUntil(lambda: all(s.signal and s.signal.shortage for s in careers.steps))
    assert careers.steps and len(careers.steps) <= 10
    careers.shortage.setChecked(False)
    careers.level.setCurrentIndex(careers.level.findData(2))
    qtbot.waitUntil(lambda: bool(careers.steps) and all(2 in s.vks_levels for s in careers.steps))

    target = careers.steps[0].occupation
    careers.start_check.emit(target.uri)
    assert page.tabs.currentIndex() == 0 and page.stack.currentWidget() is page.confirm
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)
    assert demo.portfolio.checks.list()[0].target.uri == target.uri


def test_labour_market_signal_shows_source_date_and_age(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.start.search, "verpleegkundige")
    hit = next(h for h in page.start.search.hits if h.label == "verpleegkundige")
    page.start.pick(hit)
    page.start.next_button.click()
    page.confirm.run_button.click()
    view = page.result_view
    signals = view.result.signals  # type: ignore[union-attr]
    assert len(signals) == 2  # the two bundled tables, April 2021 and February 2020
    assert all(s.shortage and s.old for s in signals)
    lines = view.market.text.text().split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("•  Knelpuntberoep (spanningsratio 0,34) – bron: VDAB")
    assert "april 2021" in lines[0] and "februari 2020" in lines[1]
    assert all("ouder dan twee jaar" in line for line in lines)
    (light,) = [t for b, w, t in view.lights.rows if "knelpuntberoep" in t.text()]
    assert "Bron: VDAB" in light.text() and "ouder dan twee jaar" in light.text()
    badge = next(b for b, w, t in view.lights.rows if t is light)
    assert badge.text() == "✓"
