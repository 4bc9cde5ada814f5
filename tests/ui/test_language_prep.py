"""First start: the competence language is built in the background while the welcome window
is up, and whoever needs it first waits behind a progress dialog."""

from __future__ import annotations

import faulthandler
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from portfolio_app.language import CompetenceLanguage, needs_build
from portfolio_app.language import current as current_module
from portfolio_app.language import starter as starter_module
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.language_prep import LanguagePreparer

SMALL_STARTER = Path(__file__).resolve().parents[1] / "language" / "data" / "starter"


@pytest.fixture
def small_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own small starter files, so the build is real but quick."""
    files = sorted(SMALL_STARTER.glob("*.json"))
    monkeypatch.setattr(starter_module, "bundled_files", lambda: files)


@pytest.mark.usefixtures("small_language")
def test_the_build_runs_in_the_background_and_reports_its_steps(
    qapp: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "home")
    assert needs_build(paths)
    preparer = LanguagePreparer(paths)
    seen: list[str] = []
    real_step = preparer._step

    def record(stage: str, done: int, total: int) -> None:
        seen.append(stage)
        real_step(stage, done, total)

    preparer._step = record  # type: ignore[method-assign]
    preparer.start()
    preparer.wait(None)
    assert not preparer.busy and not needs_build(paths)
    assert seen[0] == "Competentietaal lezen" and seen[-1] == "Klaar"
    assert preparer.stage[1:] == (6, 6)
    with CompetenceLanguage.open_default(paths) as language:
        assert language.info().source == "Startertaal"
    preparer.start()  # nothing left to build
    assert not preparer.busy


def test_the_controller_starts_the_build_and_waits_for_it(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "home")
    controller = AppController(qapp, paths, Settings())
    try:
        controller.start()
        # built in the background, before anything asks for it
        qtbot.waitUntil(lambda: not needs_build(paths), timeout=10000)
        language = controller.language
        assert language.info().occupations > 3000 and not needs_build(paths)
    finally:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.reload_language()
        qapp.removeEventFilter(controller.idle)


@pytest.mark.usefixtures("small_language")
def test_the_demo_opened_during_the_build_waits_for_it_on_its_worker(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo is made on a worker thread; it used to wait behind a progress dialog made on
    that thread, and the app hung."""
    real_build = current_module.current_language_file

    def slow_build(paths: AppPaths, step: Callable[[str, int, int], None]) -> Path:
        time.sleep(1.0)  # still building when the worker asks for the language
        return real_build(paths, step)

    monkeypatch.setattr(current_module, "current_language_file", slow_build)
    paths = AppPaths(tmp_path / "home")
    controller = AppController(qapp, paths, Settings())
    faulthandler.dump_traceback_later(60, exit=True)  # a hang fails instead of stalling
    try:
        controller.start()
        qtbot.waitUntil(lambda: controller.language_preparer.busy, timeout=5000)
        controller.open_demo()
        assert controller.session is not None and not needs_build(paths)
        assert controller.session.portfolio.counts()["claims"] >= 10
    finally:
        faulthandler.cancel_dump_traceback_later()
        if controller.session is not None:
            controller.session.portfolio.close()
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.reload_language()
        qapp.removeEventFilter(controller.idle)
