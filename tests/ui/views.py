"""Every view of the app with the demo portfolio, for the tests that look at all of them
(window sizes, accessible names): the first windows, each page of the main window in each
of its states, and each dialog (shown without ``exec``, so nothing blocks)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from portfolio_app.demo import DEMO_PASSPHRASE, create_demo
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio

MAGAZIJN = "magazijnmedewerker"


def settle(ms: int = 50) -> None:
    for _ in range(3):
        QCoreApplication.processEvents()
    QTest.qWait(ms)


def make_demo(language: CompetenceLanguage, folder: Path) -> Path:
    path = folder / "demo.vault"
    create_demo(path, language).close()
    return path


def open_demo(template: Path, language: CompetenceLanguage, folder: Path) -> Session:
    path = folder / "demo.vault"
    shutil.copyfile(template, path)
    portfolio = Portfolio.open(path, DEMO_PASSPHRASE)
    return Session(portfolio, language, AppPaths(folder / "app"), Settings())


def main_window(session: Session, inside: QRect) -> MainWindow:
    """The main window as it opens in ``inside`` (the screen's area less the frame)."""
    window = MainWindow(session)
    window.setGeometry(inside)
    window.show()
    settle()
    return window


def page_states(window: MainWindow) -> Iterator[str]:
    """Show each page, and each state of the check page, in turn; yields its name."""
    for key in window.pages:
        page = window.go_to(key)
        settle()
        for _ in range(300):  # the export page's preview is made on a worker
            if key != "export" or getattr(page, "ready", True):
                break
            settle(20)
        yield key
    check = window.go_to("check")
    language = window.session.language
    target = next(o for o in language.occupations() if o.label_nl == MAGAZIJN)
    check.check_target(target.uri)  # type: ignore[attr-defined]
    settle()
    yield "check: bevestigen"
    check.run()  # type: ignore[attr-defined]
    settle()
    yield "check: resultaat"
    check.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    careers = check.careers  # type: ignore[attr-defined]
    for _ in range(200):  # the ranking runs on a worker
        if careers.rows.count() > 1:
            break
        settle(20)
    settle(100)  # laid out
    yield "check: beroepen"
    check.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]


def dialogs(session: Session, parent: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Each dialog, shown (not run), then closed again."""
    from portfolio_app.check import propose_plan
    from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
    from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
    from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
    from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
    from portfolio_app.ui.dialogs.passphrase_dialog import PassphraseDialog
    from portfolio_app.ui.dialogs.plan_dialog import PlanDialog
    from portfolio_app.ui.dialogs.plan_proposals import PlanProposalDialog

    portfolio = session.portfolio
    claim = portfolio.claims.list()[0]
    proof = portfolio.leerbewijzen.list()[0]
    experience = portfolio.experiences.list()[0]
    item = portfolio.plan.list()[0]
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("competentie toevoegen", lambda: ClaimDialog(session, parent=parent)),
        ("competentie bewerken", lambda: ClaimDialog(session, claim, parent=parent)),
        ("leerbewijs toevoegen", lambda: LeerbewijsDialog(session, parent=parent)),
        ("leerbewijs bewerken", lambda: LeerbewijsDialog(session, proof, parent=parent)),
        ("ervaring toevoegen", lambda: ExperienceDialog(session, parent=parent)),
        ("ervaring bewerken", lambda: ExperienceDialog(session, experience, parent=parent)),
        ("uit een beroep", lambda: OccupationDialog(session, parent=parent)),
        ("actie toevoegen", lambda: PlanDialog(session, parent=parent)),
        ("actie bewerken", lambda: PlanDialog(session, item, parent=parent)),
        ("wachtzin wijzigen", lambda: PassphraseDialog(session, parent=parent)),
    ]
    latest = portfolio.checks.latest()
    if latest is not None:
        from datetime import date

        proposals = propose_plan(latest, date.today(), existing=[], lang=session.lang)
        makers.append(
            ("actieplan voorstellen", lambda: PlanProposalDialog(session, proposals, parent))
        )
    for name, make in makers:
        dialog = make()
        dialog.show()
        settle()
        yield name, dialog
        dialog.close()
        dialog.deleteLater()
        settle(0)


def visible_widgets(root: QWidget) -> list[QWidget]:
    """``root`` and its descendants that are on screen (inside a visible parent)."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root) and (w is root or w.isVisible())
    ]


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
