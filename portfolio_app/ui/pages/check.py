"""Competentiecheck: the guided check (choose a target, confirm what you have, see the result)
and, on a second tab, the career steps.

The page only moves data between the core and the widgets: the check, the plan proposals and
the progress all come from ``portfolio_app.check``. A check takes a few milliseconds, so it
runs on the GUI thread; the career ranking may take longer on a big language and runs on a
worker (see ``check_careers``). Every check is saved with its date as soon as it is shown, so
the user can close the window at any time and find it back, and see progress next time.

The answers of step 2, the claims it changed and the check itself are saved as one change:
one undo (Ctrl+Z) takes back the answers and the check made from them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from portfolio_app.check import (
    Target,
    language_view,
    load_facts,
    load_target,
    propose_plan,
    run_check,
    snapshot,
    target_competences,
)
from portfolio_app.check.answers import claims_from
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.texts import counted
from portfolio_app.ui.dialogs.plan_proposals import PlanProposalDialog
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.check_careers import CareersTab
from portfolio_app.ui.pages.check_confirm import ConfirmStep
from portfolio_app.ui.pages.check_result_view import ResultView
from portfolio_app.ui.pages.check_start import StartStep
from portfolio_app.ui.session import Session
from portfolio_app.vault import ChangeEvent

PORTFOLIO_TABLES = frozenset({"claims", "leerbewijzen", "experiences"})


class CheckPage(Page):
    watches = PORTFOLIO_TABLES | {"checks"}

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Competentiecheck"), parent)
        self.target: Target | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        check_tab = QWidget(self.tabs)
        self.stack = QStackedWidget(check_tab)
        tab_layout = QVBoxLayout(check_tab)
        tab_layout.setContentsMargins(0, 12, 0, 0)
        tab_layout.addWidget(self.stack)
        self.start = StartStep(session, self.stack)
        self.confirm = ConfirmStep(session.lang, self.stack)
        self.result_view = ResultView(session.lang, self.stack)
        for step in (self.start, self.confirm, self.result_view):
            self.stack.addWidget(step)
        self.careers = CareersTab(session, self.tabs)
        self.tabs.addTab(check_tab, self.tr("&Check een doel"))
        self.tabs.addTab(self.careers, self.tr("&Welke beroepen passen bij mij?"))
        self.tabs.setTabToolTip(0, self.tr("Leg je portfolio naast een beroep of kwalificatie"))
        self.tabs.setTabToolTip(1, self.tr("Beroepen die het best bij je portfolio passen"))
        self.tabs.setAccessibleName(self.tr("Competentiecheck"))
        self.tabs.setAccessibleDescription(
            self.tr("Twee tabbladen: een doel checken, of zien welke beroepen bij je passen.")
        )
        self.layout_.addWidget(self.tabs, 1)

        self.start.chosen.connect(self.choose)
        self.start.open_check.connect(self.open_saved)
        self.confirm.back.connect(lambda: self.stack.setCurrentWidget(self.start))
        self.confirm.confirmed.connect(self.run)
        self.result_view.make_plan.connect(self.make_plan)
        self.result_view.check_again.connect(self.check_again)
        self.result_view.new_check.connect(self.new_check)
        self.result_view.open_check.connect(self.open_saved)
        self.result_view.navigate.connect(session.navigate)
        self.careers.start_check.connect(self.check_target)
        self.tabs.currentChanged.connect(self._tab_changed)
        session.changed.connect(self._portfolio_changed)

    # -- page --------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.start.refresh()

    def show_hint(self, hint: object) -> None:
        """The overview links here with the id of a saved check."""
        if isinstance(hint, str) and hint:
            self.open_saved(hint)

    def _portfolio_changed(self, event: ChangeEvent) -> None:
        if event.tables & PORTFOLIO_TABLES:
            self.result_view.portfolio_changed()
            self.careers.mark_stale()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.careers:
            self.careers.refresh_if_stale()

    # -- the guided check --------------------------------------------------------------------

    def choose(self, target: Target) -> None:
        """Step 2: show what the user has of ``target`` to confirm."""
        data = snapshot(self.session.portfolio)
        view = language_view(self.session.language, data, [target])
        self.target = target
        self.confirm.load(target, target_competences(data, target, view, date.today()))
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.confirm)

    def check_target(self, uri: str) -> None:
        target = self.session.run(self, lambda: load_target(self.session.language, uri))
        if target is not None:
            self.choose(target)

    def run(self) -> None:
        """Save the answers and the confirmed claims, run the check, save it and show it:
        all in one change."""
        target = self.target
        if target is None:
            return
        session = self.session
        portfolio = session.portfolio
        today = date.today()
        # a "laatst gedaan" that is not a date is said, and nothing is saved
        edited = session.run(self, lambda: self.confirm.edited_claims(today))
        replies = session.run(self, self.confirm.replies)
        if edited is None or replies is None:
            return
        before = snapshot(portfolio)
        view = language_view(session.language, before, [target])
        added = claims_from(replies, view, target.ref, today, session.lang)
        facts = load_facts(session.paths)
        name = target.ref.label
        if added:
            description = (
                f"Check voor {name}, met " + counted(len(added), "antwoord", "antwoorden"),
                f"Check for {name}, with " + counted(len(added), "answer", "answers"),
            )
        else:
            description = (f"Check voor {name}", f"Check for {name}")

        def save() -> CheckResult:
            with portfolio.change(*description):
                if added:
                    portfolio.claims.add_many(added)
                for claim in edited:
                    portfolio.claims.update(claim)
                data = snapshot(portfolio)
                now = language_view(session.language, data, [target])
                return portfolio.checks.add(run_check(data, target, now, today, facts))

        result = session.run(self, save)
        if result is not None:
            self._show(result, read_only=False)

    def _show(self, result: CheckResult, read_only: bool) -> None:
        history = self.session.portfolio.checks.for_target(result.target.uri)
        self.result_view.plan = self.session.portfolio.plan.list()
        self.result_view.show_result(result, history, read_only)
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.result_view)

    def open_saved(self, check_id: str) -> None:
        """A saved check, read-only unless it is the newest of its target."""
        portfolio = self.session.portfolio
        check = self.session.run(self, lambda: portfolio.checks.get(check_id))
        if check is None:
            return
        history = portfolio.checks.for_target(check.target.uri)
        self._show(check, read_only=bool(history) and history[-1].id != check.id)

    def check_again(self) -> None:
        result = self.result_view.result
        if result is not None:
            self.check_target(result.target.uri)

    def new_check(self) -> None:
        self.start.start_over()
        self.stack.setCurrentWidget(self.start)

    # -- action plan -------------------------------------------------------------------------

    def make_plan(self) -> None:
        result = self.result_view.result
        if result is None:
            return
        portfolio = self.session.portfolio
        proposals = propose_plan(
            result, date.today(), existing=portfolio.plan.list(), lang=self.session.lang
        )
        if not proposals:
            self.result_view.plan_saved(0)
            return
        dialog = PlanProposalDialog(self.session, proposals, self)
        if dialog.exec():
            self.result_view.plan_saved(dialog.saved)
