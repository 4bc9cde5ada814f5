"""The desktop integration: version flags, the icon in every size, and the per-user desktop
entry, metainfo and icons that tools/install_desktop_entry.py writes and removes."""

from __future__ import annotations

import importlib.util
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from portfolio_app import desktop_entry
from portfolio_app.cli import main as cli_main
from portfolio_app.desktop_entry import APP_ID
from portfolio_app.errors import ExitCode
from portfolio_app.ui.app import main as app_main
from portfolio_app.version import version
from tests.conftest import REPO_ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "install_desktop_entry", REPO_ROOT / "tools" / "install_desktop_entry.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_both_programs_say_their_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert version() not in ("", "onbekend")
    with pytest.raises(SystemExit) as done:
        cli_main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"portfolio {version()}"
    assert app_main(["--version"]) == 0  # no window, no QApplication
    assert capsys.readouterr().out.strip() == f"portfolio-app {version()}"


def test_the_icon_exists_in_every_size() -> None:
    for size in desktop_entry.SIZES:
        with Image.open(REPO_ROOT / "resources" / "icons" / "png" / f"portfolio-{size}.png") as img:
            assert img.size == (size, size) and img.mode == "RGBA"


def test_the_app_window_carries_the_icon(qapp: object) -> None:
    from portfolio_app.ui.app_icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes


def test_install_and_remove_for_the_current_user(
    fake_app: Path, share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Through the command every user has, the bundle's own ``portfolio``."""
    assert cli_main(["desktop-entry", "--exec", str(fake_app)]) == 0
    assert "Portfolio staat nu in het menu" in capsys.readouterr().out
    desktop = share / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f"Exec={fake_app}" in text and f"Icon={APP_ID}" in text
    assert "Comment=Je competenties" in text and "Comment[en]=" in text
    png = share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png"
    assert png.read_bytes() == (REPO_ROOT / "resources/icons/png/portfolio-256.png").read_bytes()
    assert stat.S_IMODE(png.stat().st_mode) == 0o644  # the desktop must read it
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    meta_file = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    meta = meta_file.read_text(encoding="utf-8")
    assert "<screenshots>" not in meta and "@SCREENSHOTS@" not in meta  # no web address given
    assert 'xml:lang="nl"' in meta
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(meta_file)], capture_output=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert desktop_entry.installed()
    assert cli_main(["desktop-entry", "--remove"]) == 0
    assert not desktop.exists() and not list(share.rglob(f"{APP_ID}*"))


def test_the_bundle_names_its_own_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Started as the bundle's command line, the entry starts the app beside it."""
    folder = tmp_path / "Portfolio"
    folder.mkdir()
    for name in ("portfolio", "portfolio-app"):
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "portfolio"))
    assert desktop_entry.this_program() == (folder / "portfolio-app").resolve()


def test_the_developer_tool_takes_the_same_way(fake_app: Path, share: Path) -> None:
    assert tool.main(["--exec", str(fake_app)]) == 0
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert tool.main(["--remove"]) == 0
    assert not list(share.rglob(f"{APP_ID}*"))


def test_a_failed_write_is_said_and_nothing_claimed(
    fake_app: Path, share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share.mkdir()
    (share / "applications").write_text("not a folder")  # where the folder must go
    assert cli_main(["desktop-entry", "--exec", str(fake_app)]) == ExitCode.STORAGE
    captured = capsys.readouterr()
    assert "kon niet in het menu gezet worden" in captured.err and "staat nu" not in captured.out


def test_screenshots_only_with_a_web_address() -> None:
    meta = desktop_entry.metainfo("https://example.org/shots/")
    assert "<image>https://example.org/shots/check.png</image>" in meta


def test_a_program_that_is_not_there_is_refused(
    tmp_path: Path, share: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["desktop-entry", "--exec", str(tmp_path / "nothing")]) != 0
    assert "geen programma dat kan starten" in capsys.readouterr().err
    assert not share.exists()


def test_every_screenshot_the_metainfo_names_is_there() -> None:
    """A release publishes ``packaging/linux/screenshots``; each picture the metainfo points
    at must be in it, large enough for a software centre (AppStream asks at least 620×350)."""
    meta = (REPO_ROOT / "resources/desktop" / f"{APP_ID}.metainfo.xml").read_text()
    names = re.findall(r"@SCREENSHOTS@/([\w.-]+)", meta)
    assert names
    for name in names:
        with Image.open(REPO_ROOT / "packaging/linux/screenshots" / name) as picture:
            assert picture.format == "PNG"
            assert picture.width >= 620 and picture.height >= 350, name
