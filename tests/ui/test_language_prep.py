"""First start: the competence language is built in the background while the welcome window
is up, and whoever needs it first waits behind a progress dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from portfolio_app.language import CompetenceLanguage, needs_build
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
    qapp: QApplication, tmp_path: Path
) -> None:
    paths = AppPaths(tmp_path / "home")
    controller = AppController(qapp, paths, Settings())
    try:
        controller.start()
        language = controller.language
        assert language.info().occupations > 3000 and not needs_build(paths)
    finally:
        if controller.window is not None:
            controller.window.close()
            controller.window.deleteLater()
        controller.reload_language()
        qapp.removeEventFilter(controller.idle)
