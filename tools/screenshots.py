"""Screenshots of every window, page and form of the app, as a first-time user sees them.

Run under a real (virtual) screen, so the pictures show what is on the screen and what falls
off it, e.g. ``Xvfb :99 -screen 0 1366x768x24 &`` and then
``DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python tools/screenshots.py OUT`` (add
``QT_FONT_DPI=192`` or ``QT_SCALE_FACTOR=2`` for 200 %). Each picture is the whole screen.
Uses a fresh data directory with the demo portfolio; nothing of the user's is touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="portfolio-shots-")
    os.environ["PORTFOLIO_HOME"] = home

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from portfolio_app.ui.app import build

    app, controller = build([])

    def settle(ms: int = 400) -> None:
        for _ in range(5):
            app.processEvents()
        QTest.qWait(ms)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.repaint()  # a busy X server may still show an older frame
        QTest.qWait(300)

    def shoot(name: str, ms: int = 400) -> None:
        settle(ms)
        screen = app.primaryScreen()
        screen.grabWindow(0).save(str(out / f"{name}.png"))
        shown = QApplication.activeWindow() or controller.window
        where = ""
        if shown is not None:
            frame, least = shown.frameGeometry(), shown.minimumSizeHint()
            where = (
                f" window {frame.x()},{frame.y()} {frame.width()}x{frame.height()}"
                f" (smallest {least.width()}x{least.height()})"
                f" on {screen.availableGeometry().width()}x{screen.availableGeometry().height()}"
            )
        print(name + where, file=sys.stderr)

    controller.show_welcome()
    shoot("01-welcome")
    welcome = controller.window
    welcome.stack.setCurrentIndex(1)  # type: ignore[union-attr]
    shoot("02-create")

    controller.open_demo()  # makes demo.vault
    controller.lock()
    controller.settings.vault_path = str(Path(home) / "data" / "demo.vault")
    controller.show_unlock()
    shoot("03-unlock")
    controller.open_demo()
    window = controller.window
    assert window is not None
    pages = window.pages  # type: ignore[attr-defined]
    for number, key in enumerate(pages, start=4):
        window.go_to(key)  # type: ignore[attr-defined]
        shoot(f"{number:02d}-{key}", 1500 if key == "export" else 400)
    competences = window.go_to("competences")  # type: ignore[attr-defined]
    window.sidebar.setFocus()  # type: ignore[attr-defined]
    for _ in range(2):  # to "Voeg toe uit een beroep…", as a keyboard user would
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    shoot("19-keyboard-focus")
    del competences
    check = window.go_to("check")  # type: ignore[attr-defined]
    occupations = controller.language.occupations()
    target = next(o for o in occupations if o.label_nl == "magazijnmedewerker")
    check.check_target(target.uri)  # type: ignore[attr-defined]
    shoot("20-check-confirm")
    check.run()  # type: ignore[attr-defined]
    shoot("21-check-result")
    check.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    shoot("22-check-careers", 2500)

    session = controller.session
    assert session is not None
    portfolio = session.portfolio

    def dialog(name: str, make: Callable[[], QWidget]) -> None:
        shown = make()
        shown.show()
        shoot(name)
        shown.close()
        shown.deleteLater()

    from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
    from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
    from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
    from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
    from portfolio_app.ui.dialogs.plan_dialog import PlanDialog

    claim = portfolio.claims.list()[0]
    proof = portfolio.leerbewijzen.list()[0]
    experience = portfolio.experiences.list()[0]
    item = portfolio.plan.list()[0]
    dialog("30-claim-dialog", lambda: ClaimDialog(session, claim, parent=window))
    dialog("31-leerbewijs-dialog", lambda: LeerbewijsDialog(session, proof, parent=window))
    dialog("32-experience-dialog", lambda: ExperienceDialog(session, experience, parent=window))
    dialog("33-occupation-dialog", lambda: OccupationDialog(session, parent=window))
    dialog("34-plan-dialog", lambda: PlanDialog(session, item, parent=window))
    controller.lock()
    QApplication.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screens"))
