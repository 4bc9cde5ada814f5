"""Issue 14, point 6: the unlock window comes up without loading what only an open portfolio
needs; a busy indicator moves while the key is derived; a missing Qt system library on Linux
is named in one line, with the packages to install, before Qt could abort.

Timings are not asserted here (see ``benchmarks/app_startup.py``); what is asserted is what
makes them short: which modules the unlock window leaves unloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui import app as app_module
from portfolio_app.ui import system_libs
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.ui.welcome import WelcomeWindow
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE, REPO_ROOT

# What the unlock window must not wait for: the domain's pydantic models, the vault's
# repositories, the competence language, the pages, the PDF library, the strength meter.
HEAVY = (
    "pydantic",
    "portfolio_app.domain",
    "portfolio_app.vault.portfolio",
    "portfolio_app.language",
    "portfolio_app.ui.main_window",
    "portfolio_app.ui.pages.overview",
    "reportlab",
    "zxcvbn",
)

CHILD = """
import json, sys
from portfolio_app.ui.app import build
app, controller = build([])
controller.settings.vault_path = sys.argv[1]
controller.start()
app.processEvents()
from portfolio_app.ui.unlock import UnlockWindow
print(json.dumps({
    "unlock_window": isinstance(controller.window, UnlockWindow),
    "loaded": [name for name in sys.argv[2:] if name in sys.modules],
}))
"""


def test_the_unlock_window_comes_without_the_portfolio_modules(
    vault_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "PORTFOLIO_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault_path), *HEAVY],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["unlock_window"]
    assert seen["loaded"] == []


@pytest.fixture
def controller(qapp: QApplication) -> AppController:
    made = AppController(qapp, AppPaths.default(), Settings())
    yield made
    if made.session is not None:
        made.lock()
    if made.window is not None:
        made.window.close()
    qapp.removeEventFilter(made.idle)


def test_unlocking_shows_a_busy_indicator_while_the_key_is_derived(
    controller: AppController, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.paths.ensure()
    shutil.copyfile(vault_path, controller.vault_path)
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    assert not unlock.busy.isVisibleTo(unlock)
    seen: list[tuple[bool, bool, str]] = []
    derive = controller._unlock

    def watched(path: Path, passphrase: str) -> Portfolio:
        seen.append(
            (
                unlock.busy.isVisibleTo(unlock),
                threading.current_thread() is threading.main_thread(),
                unlock.busy.label.text(),
            )
        )
        return derive(path, passphrase)

    monkeypatch.setattr(controller, "_unlock", watched)
    controller.unlock(PASSPHRASE)
    assert seen == [(True, False, "Je portfolio wordt ontgrendeld…")]
    assert isinstance(controller.window, MainWindow)


def test_a_wrong_passphrase_still_comes_back_from_the_worker(
    controller: AppController, vault_path: Path
) -> None:
    controller.paths.ensure()
    shutil.copyfile(vault_path, controller.vault_path)
    controller.start()
    unlock = controller.window
    assert isinstance(unlock, UnlockWindow)
    controller.unlock("dit is niet de goede wachtzin")
    assert controller.window is unlock and controller.session is None
    assert unlock.message.text() and not unlock.busy.isVisibleTo(unlock)


def test_creating_a_portfolio_shows_a_busy_indicator(
    controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.start()
    welcome = controller.window
    assert isinstance(welcome, WelcomeWindow)
    seen: list[tuple[bool, bool]] = []
    create = Portfolio.create

    def watched(path: Path, passphrase: str, **options: object) -> Portfolio:
        seen.append(
            (
                welcome.busy.isVisibleTo(welcome),
                threading.current_thread() is threading.main_thread(),
            )
        )
        return create(path, passphrase, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(Portfolio, "create", watched)
    welcome.start_button.click()
    welcome.first.edit.setText(PASSPHRASE)
    welcome.second.edit.setText(PASSPHRASE)
    welcome.create_button.click()
    assert seen == [(True, False)]
    assert isinstance(controller.window, MainWindow)


# -- the system libraries of Qt's xcb plug-in ----------------------------------------------


def test_missing_xcb_libraries_are_named_with_their_packages() -> None:
    missing = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}
    packages = system_libs.missing_packages(lambda name: name not in missing)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    message = system_libs.missing_message(packages)
    assert "\n" not in message
    assert message.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert "\n" not in system_libs.missing_message(packages, "en")
    assert system_libs.missing_packages(lambda name: True) == []


@pytest.mark.parametrize(
    ("environ", "platform", "xcb"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_the_check_runs_only_where_qt_would_use_xcb(
    environ: dict[str, str], platform: str, xcb: bool
) -> None:
    assert system_libs.uses_xcb(environ, platform) is xcb


def test_every_library_of_the_plugin_is_known() -> None:
    """The table names every library the bundled xcb plug-in needs that PySide6 does not
    bring itself (read from the plug-in, so a PySide6 update that needs more shows here)."""
    import PySide6

    if not sys.platform.startswith("linux") or shutil.which("readelf") is None:
        pytest.skip("the xcb plug-in is a Linux thing, read with readelf")
    qt = Path(PySide6.__file__).parent / "Qt"
    needed: set[str] = set()
    for plugin in (qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6"):
        dump = subprocess.run(
            ["readelf", "-d", str(plugin)], capture_output=True, text=True, check=True
        ).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in dump.splitlines() if "NEEDED" in line}
    system = {name for name in needed if not (qt / "lib" / name).exists()}
    basic = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    glib = {"libglib-2.0.so.0", "libgthread-2.0.so.0"}  # QtCore needs them already
    assert system - basic - glib <= set(system_libs.XCB_LIBRARIES)


def test_main_stops_with_the_line_instead_of_opening_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(app_module, "harden", lambda: None)
    monkeypatch.setattr(app_module, "take_env_passphrases", lambda: None)
    line = system_libs.missing_message(["libxcb-cursor0"])
    monkeypatch.setattr(system_libs, "check", lambda lang="nl", loads=None: line)
    monkeypatch.setattr(app_module, "build", lambda argv=None: pytest.fail("Qt was started"))
    assert app_module.main([]) == 1
    assert capsys.readouterr().err.strip() == line


def test_the_readme_says_what_to_install_on_linux() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```bash", 1)[1].split("```", 1)[0]
    assert "Linux" in first_block and "sudo apt install" in first_block
    packages = set(system_libs.XCB_LIBRARIES.values())
    command = next(line for line in first_block.splitlines() if "sudo apt install" in line)
    named = set(command.split("sudo apt install", 1)[1].split("#", 1)[0].split())
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= named <= packages


def test_the_preloader_imports_no_widgets(tmp_path: Path) -> None:
    """Its modules are imported on a worker thread: none of them may bring in Qt's widgets
    (they belong to the GUI thread)."""
    code = (
        "import sys; from portfolio_app.ui.preload import import_core; import_core(); "
        "print('PySide6.QtWidgets' in sys.modules, 'portfolio_app.check' in sys.modules)"
    )
    env = {**os.environ, "PORTFOLIO_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert done.stdout.split() == ["False", "True"]


def test_the_preloader_starts_once_the_unlock_window_is_painted(
    controller: AppController, vault_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller.paths.ensure()
    shutil.copyfile(vault_path, controller.vault_path)
    controller.start()
    preloader = controller.preloader
    assert preloader is not None and not preloader.started()
    qtbot.waitUntil(preloader.started, timeout=2000)
    preloader.wait()
    controller.unlock(PASSPHRASE)
    assert isinstance(controller.window, MainWindow)
