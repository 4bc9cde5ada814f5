"""``portfolio-app``: start the desktop app.

Only what the first window needs is imported before it shows; the rest (the pydantic
models, the competence language, the pages) comes when a portfolio is opened. See
``benchmarks/app_startup.py`` for the figures."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from portfolio_app import logs
from portfolio_app import settings as settings_store
from portfolio_app.paths import AppPaths
from portfolio_app.process import harden, take_env_passphrases
from portfolio_app.ui import i18n, keyboard, system_libs
from portfolio_app.ui.app_icon import APP_ID, app_icon
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.errors import install_excepthook
from portfolio_app.ui.geometry import keep_dialogs_on_screen
from portfolio_app.ui.style import apply_style
from portfolio_app.ui.tasks import wait_for_all
from portfolio_app.version import version


def build(argv: Sequence[str] | None = None) -> tuple[QApplication, AppController]:
    app = QApplication.instance() or QApplication(list(argv or sys.argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Portfolio")
    app.setApplicationDisplayName("Portfolio")
    app.setOrganizationName("portfolio-app")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    paths = AppPaths.default()
    paths.ensure()
    logs.setup(paths)
    settings = settings_store.load(paths)
    i18n.install(app, settings.language)
    apply_style(app)
    keyboard.install(app)
    keep_dialogs_on_screen(app)
    controller = AppController(app, paths, settings)
    install_excepthook(lambda: controller.settings.language)
    return app, controller


def main(argv: Sequence[str] | None = None) -> int:
    """Core dumps off, and the passphrases a shell may hold removed from the environment
    (the app never reads them; a PDF viewer it opens must not inherit them), before Qt or a
    vault is loaded (see ``portfolio_app.process``). On Linux, missing system libraries of
    Qt's window plug-in are named in one line before Qt could abort on them."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--version" in arguments:
        print(f"portfolio-app {version()}")
        return 0
    harden()
    take_env_passphrases()
    problem = system_libs.check(settings_store.load(AppPaths.default()).language)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app, controller = build(argv)
    controller.start()
    app.aboutToQuit.connect(wait_for_all)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
