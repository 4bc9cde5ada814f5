"""The self-contained bundle (issue 18): built with PyInstaller, it starts its welcome window on
a fresh home and its command line works from a shell whose PATH has no Python.

Slow (a build takes about a minute) and needs PyInstaller (``pip install -e '.[bundle]'``);
the window test needs Xvfb and xdotool. Run with ``pytest -m slow tests/packaging``.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from portfolio_app.demo import DEMO_PASSPHRASE
from portfolio_app.version import version
from tests.conftest import REPO_ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller not installed"
    ),
]


def _build_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_app", REPO_ROOT / "tools" / "build_app.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tool = _build_tool()
    base = tmp_path_factory.mktemp("bundle")
    assert tool.main(["--dist", str(base / "dist"), "--work", str(base / "work")]) == 0
    return base / "dist" / "Portfolio"


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """A shell with no Python on its PATH: an empty folder is all PATH holds."""
    empty = home / "no-python"
    empty.mkdir(exist_ok=True)
    return {"HOME": str(home), "PORTFOLIO_HOME": str(home / "data"), "PATH": str(empty), **extra}


def test_the_command_line_runs_without_python(bundle: Path, tmp_path: Path) -> None:
    cli = bundle / "portfolio"
    env = clean_env(tmp_path)
    done = subprocess.run([str(cli), "--version"], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"portfolio {version()}"
    done = subprocess.run([str(cli), "demo"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    vault = tmp_path / "data" / "demo.vault"
    status = subprocess.run(
        [str(cli), "--vault", str(vault), "status"],
        env=clean_env(tmp_path, PORTFOLIO_PASSPHRASE=DEMO_PASSPHRASE),
        capture_output=True,
        text=True,
    )
    assert status.returncode == 0, status.stderr
    assert "16 competenties" in status.stdout and "gecontroleerd: in orde" in status.stdout
    check = subprocess.run(
        [str(cli), "--vault", str(vault), "check", "heftruckchauffeur", "--kind", "beroep"],
        env=clean_env(tmp_path, PORTFOLIO_PASSPHRASE=DEMO_PASSPHRASE),
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0 and "Zeg je te kunnen" in check.stdout  # the bundled language


def test_the_bundle_puts_itself_in_the_menu(bundle: Path, tmp_path: Path) -> None:
    """Without Python or the source tree: the entry, icons and metainfo come from the
    bundle's own resources, and the entry starts the app beside the command line."""
    share = tmp_path / "share"
    env = clean_env(tmp_path, XDG_DATA_HOME=str(share))
    done = subprocess.run(
        [str(bundle / "portfolio"), "desktop-entry"], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    entry = (share / "applications" / "be.portfolioapp.Portfolio.desktop").read_text()
    assert f"Exec={(bundle / 'portfolio-app').resolve()}" in entry
    assert (share / "icons/hicolor/512x512/apps/be.portfolioapp.Portfolio.png").is_file()


def test_the_app_says_its_version(bundle: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(bundle / "portfolio-app"), "--version"],
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout.strip() == f"portfolio-app {version()}"


@pytest.fixture
def display() -> Iterator[str]:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool are needed to see the window")
    number = f":{90 + os.getpid() % 9}"
    server = subprocess.Popen(["Xvfb", number, "-screen", "0", "1366x768x24"])
    time.sleep(1)
    yield number
    server.terminate()
    server.wait(timeout=10)


def test_the_app_opens_its_welcome_window(bundle: Path, tmp_path: Path, display: str) -> None:
    env = clean_env(tmp_path, DISPLAY=display, LANG="C.UTF-8")
    app = subprocess.Popen([str(bundle / "portfolio-app")], env=env)
    try:
        found = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", "Portfolio"],
            env={"DISPLAY": display},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert found.returncode == 0 and found.stdout.strip()
        assert app.poll() is None  # still running, showing the window
    finally:
        app.terminate()
        app.wait(timeout=20)
