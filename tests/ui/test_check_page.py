"""Competentiecheck page with the demo portfolio: a check against heftruckchauffeur through the
three steps, what the result shows, the action plan made from it, progress after a new
leerbewijs, earlier checks read-only, the career steps, and the questions of step 2 (answers
become claims, one undo takes them back)."""

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
from portfolio_app.check.answers import Answer as Answer_
from portfolio_app.demo import DEMO_PASSPHRASE, create_demo
from portfolio_app.domain import Leerbewijs
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.enums import ActionKind, LeerbewijsKind, TargetKind
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


def test_a_check_is_saved_and_shows_what_you_say_and_what_you_show(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    choose(page, qtbot)
    assert "heftruckchauffeur (beroep)" in page.start.choice.text()
    # the same-named beroepskwalificatie is one click away
    assert shown(page.start.other, page) and "beroepskwalificatie" in page.start.other.text()
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    # step 2 asks about every essential competence the portfolio does not hold yet
    asked = [q.item.competence.label for q in page.confirm.questions]
    assert "alert blijven" in asked and "heftruck besturen" not in asked
    assert all(q.item.essential for q in page.confirm.questions)
    assert shown(page.confirm.more_button, page)  # the optional ones are one click away
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)

    (saved,) = demo.portfolio.checks.list()
    assert saved.target.kind is TargetKind.BEROEP and saved.checked_on == date.today()
    view = page.result_view
    assert view.result is not None and view.result.id == saved.id
    assert view.summary.text() == saved.summary
    counts = saved.tally(True)
    assert (counts.total, counts.said, counts.shown) == (10, 5, 3)
    assert view.essential_said.value.text() == "5 van 10"
    assert view.essential_shown.value.text() == "3 van 10"
    assert "zeg je 5 van de 10" in saved.summary and "toont er 3 van aan" in saved.summary
    # what is shown, what is still to prove, what is still to learn: each listed once
    assert view.shown.text().count("✓") == counts.shown
    assert view.prove.rowCount() == len(saved.to_prove) == counts.to_prove
    assert view.learn.rowCount() == len(saved.to_learn)
    assert len(saved.to_prove) + len(saved.to_learn) + counts.shown == len(saved.contributions)
    assert view.learn.item(0, 1).text() == saved.to_learn[0].competence.label
    assert view.learn.item(0, 4).text().startswith("Kan je dit al? Voeg het toe")
    # the expired VCA certificate lights up, with a word and a badge, never colour alone
    alerts = [(b, w, t) for b, w, t in view.lights.rows if "VCA Basisveiligheid" in t.text()]
    ((badge, word, text),) = alerts
    assert (
        badge.text() == "!!" and word.text() == "Dringend" and "VCA-examen opnieuw" in text.text()
    )
    assert "heftruck besturen" in view.kunnen_willen.lists[0].text()
    assert view.disclaimer.text() == DISCLAIMER[0]
    assert not shown(view.progress_card, page)  # nothing to compare with yet
    assert shown(view.future_card, page) and "0 van 11" in view.future.bar.value.text()
    # an EVC-traject exists for the BK behind the occupation: the same counts, costs, dossier
    assert saved.evc is not None and saved.evc.competences_said == 5
    assert shown(view.evc_card, page) and "141 euro" in view.evc.costs.text()
    sent: list[tuple[str, object]] = []
    demo.navigate.connect(lambda key, hint: sent.append((key, hint)))
    qtbot.mouseClick(view.evc.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert sent == [("export", {"evc": BK}), ("competences", {"occupation": saved.target.uri})]


def test_answering_yes_changes_the_result_and_one_undo_takes_the_answers_back(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    portfolio = demo.portfolio
    claims_before = len(portfolio.claims.list())
    choose(page, qtbot)
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    questions = page.confirm.questions
    assert len(questions) == 5
    for question in questions:
        assert not question.when.isEnabled()  # "laatst gedaan" only after ja / een beetje
        qtbot.mouseClick(question.buttons[Answer_.YES], Qt.MouseButton.LeftButton)
        assert question.when.isEnabled()
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)

    result = page.result_view.result
    assert result is not None
    assert result.tally(True).said == 10  # the five answered plus the five already there
    assert page.result_view.essential_said.value.text() == "10 van 10"
    assert len(portfolio.claims.list()) == claims_before + 5
    added = [c for c in portfolio.claims.list() if c.note.startswith("Beantwoord")]
    assert len(added) == 5 and all(c.self_assessed and c.level == 2 for c in added)
    assert portfolio.undo_description() == "Check voor heftruckchauffeur, met 5 antwoorden"
    portfolio.undo()  # one step: the answers and the check made from them
    assert len(portfolio.claims.list()) == claims_before
    assert portfolio.checks.list() == []
    assert shown(page.result_view.changed_row, page)


def test_a_little_no_and_not_sure_become_what_they_say(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    choose(page, qtbot)
    qtbot.mouseClick(page.start.next_button, Qt.MouseButton.LeftButton)
    little, no, unsure, *_ = page.confirm.questions
    little.set_answer(Answer_.A_LITTLE)
    little.when.set_value(date(2022, 6, 1))
    no.set_answer(Answer_.NO)
    unsure.set_answer(Answer_.UNSURE)
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)
    result = page.result_view.result
    assert result is not None
    standing = {c.competence.label: c.standing for c in result.contributions}
    assert standing[little.item.competence.label] is Standing.LOWER_LEVEL
    assert standing[no.item.competence.label] is Standing.NOT_YET
    assert standing[unsure.item.competence.label] is Standing.NOT_SAID
    claims = {c.label: c for c in demo.portfolio.claims.list()}
    assert claims[little.item.competence.label].last_used == date(2022, 6, 1)
    assert unsure.item.competence.label not in claims


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
    assert portfolio.claims.get(heftruck.claim.id).willen == heftruck.claim.willen


def test_an_action_plan_from_the_open_points(
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
    # the expired VCA first (one renewal for the two competences it showed), then the
    # question whether you can already do what is not in the portfolio
    assert offered[0] == "Hernieuw je leerbewijs 'VCA Basisveiligheid'"
    assert sum(goal.startswith("Hernieuw") for goal in offered) == 1
    assert offered[1] == "Ga na of je 'alert blijven' al kunt en voeg het toe"
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
    assert second.headline().shown > first.headline().shown
    assert shown(view.progress_card, page)
    assert view.progress.before.value.text() == f"{first.headline().shown} van 10"
    assert view.progress.after.value.text() == f"{second.headline().shown} van 10"
    assert "Nieuw aangetoond" in view.progress.text.text()
    # both checks are listed; the earlier one opens read-only, without a plan button
    assert shown(view.history_card, page)
    (earlier,) = [b for b in view.history.buttons if b.isEnabled()]
    assert f"{first.headline().shown} aangetoond" in earlier.text()
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
    view = page.result_view
    assert not shown(view.optional_said, page)  # a BK has essentials only
    assert not shown(view.add_button, page)  # "voeg toe uit dit beroep" is for occupations


def test_career_steps_list_ten_occupations_and_start_a_check(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    page.tabs.setCurrentWidget(page.careers)
    careers = page.careers
    qtbot.waitUntil(lambda: len(careers.steps) == 10, timeout=15000)
    rows = careers.list.findChildren(CareerRow)
    assert [row.step for row in rows] == careers.steps
    qtbot.waitUntil(lambda: all(row.isVisibleTo(page) for row in rows))
    assert (
        rows[0].button.accessibleName() == f"Start een check voor {rows[0].step.occupation.label}"
    )
    assert "beroep(en) die het best passen" in careers.status.text()
    assert careers.disclaimer.text() == DISCLAIMER[0]
    fits = [step.fit for step in careers.steps]
    assert fits == sorted(fits, reverse=True)
    said = {c.label for c in demo.portfolio.claims.list()}
    for step in careers.steps:
        assert step.essential_said >= 1 and step.carried_by
        assert not {ref.label for ref in step.missing} & said
    names = [step.occupation.label for step in careers.steps]
    assert "heftruckchauffeur" in names and "magazijnmedewerker" in names

    careers.shortage.setChecked(True)
    qtbot.waitUntil(lambda: all(s.signal and s.signal.tight for s in careers.steps))
    careers.shortage.setChecked(False)
    careers.level.setCurrentIndex(careers.level.findData(2))
    qtbot.waitUntil(lambda: bool(careers.steps) and all(2 in s.vks_levels for s in careers.steps))

    target = careers.steps[0].occupation
    careers.start_check.emit(target.uri)
    assert page.tabs.currentIndex() == 0 and page.stack.currentWidget() is page.confirm
    qtbot.mouseClick(page.confirm.run_button, Qt.MouseButton.LeftButton)
    assert demo.portfolio.checks.list()[0].target.uri == target.uri


def test_labour_market_figures_are_dated_and_a_regulated_profession_says_so(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.start.search, "verpleegkundige")
    hit = next(h for h in page.start.search.hits if h.label == "verpleegkundige")
    page.start.pick(hit)
    page.start.next_button.click()
    page.confirm.run_button.click()
    view = page.result_view
    result = view.result
    assert result is not None
    assert len(result.signals) == 2  # the two bundled tables, April 2021 and February 2020
    assert all(s.shortage is None and s.old for s in result.signals)
    lines = view.market.text.text().split("\n")
    assert len(lines) == 2
    assert lines[0].startswith("•  In april 2021 was de spanningsratio voor 'Verpleegkundige' 0,34")
    assert "februari 2020" in lines[1] and all("jaar oud" in line for line in lines)
    assert "knelpuntberoep" not in view.market.text.text()
    assert not [t for b, w, t in view.lights.rows if "knelpuntberoep" in t.text()]
    # a regulated profession: the diploma and visum, and no EVC or course as the way in
    (rule,) = [t for b, w, t in view.lights.rows if "visum" in t.text()]
    assert "EVC-traject of werkervaring vervangt dat diploma niet" in rule.text()
    assert result.regulation is not None and "visum" in result.summary
    assert "Goed nieuws" not in result.summary
    assert all(
        ActionKind.EVC_TRAJECT not in p.actions for p in (*result.to_learn, *result.to_prove)
    )


def test_overview_and_start_page_show_the_counts_of_the_check(
    page: CheckPage, demo: Session, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QPushButton

    from portfolio_app.ui.pages.overview import OverviewPage

    run_check(page, qtbot)
    saved = page.result_view.result
    assert saved is not None
    counts = saved.headline()
    overview = OverviewPage(demo)
    qtbot.addWidget(overview)
    overview.refresh()
    (link,) = overview.check.findChildren(QPushButton)
    assert (
        f"je zegt {counts.said} van de {counts.total} belangrijkste competenties te kunnen, "
        f"{counts.shown} aangetoond" in link.text()
    )
    page.new_check()
    page.start.refresh()
    texts = [b.text() for b in page.start.recent.findChildren(QPushButton)]
    assert any(
        f"{counts.said} van {counts.total} gezegd, {counts.shown} aangetoond" in t for t in texts
    )
