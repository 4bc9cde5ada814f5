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

from portfolio_app.cli import main as cli_main
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
    for size in tool.SIZES:
        with Image.open(REPO_ROOT / "resources" / "icons" / "png" / f"portfolio-{size}.png") as img:
            assert img.size == (size, size) and img.mode == "RGBA"


def test_the_app_window_carries_the_icon(qapp: object) -> None:
    from portfolio_app.ui.app_icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (48, 48), (256, 256)} <= sizes


@pytest.fixture
def fake_app(tmp_path: Path) -> Path:
    program = tmp_path / "bin" / "portfolio-app"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def test_install_and_remove_for_the_current_user(
    fake_app: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert tool.main(["--exec", str(fake_app)]) == 0
    desktop = home / "applications" / f"{tool.APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    assert f"Exec={fake_app}" in text and f"Icon={tool.APP_ID}" in text
    assert "Comment=Je competenties" in text and "Comment[en]=" in text
    assert (home / "icons/hicolor/256x256/apps" / f"{tool.APP_ID}.png").is_file()
    assert (home / "icons/hicolor/scalable/apps" / f"{tool.APP_ID}.svg").is_file()
    meta = (home / "metainfo" / f"{tool.APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert "<screenshots>" not in meta and "@SCREENSHOTS@" not in meta  # no web address given
    assert 'xml:lang="nl"' in meta
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        meta_file = home / "metainfo" / f"{tool.APP_ID}.metainfo.xml"
        done = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(meta_file)], capture_output=True
        )
        assert done.returncode == 0, done.stdout + done.stderr
    assert tool.main(["--remove"]) == 0
    assert not desktop.exists() and not list(home.rglob(f"{tool.APP_ID}*"))


def test_screenshots_only_with_a_web_address(tmp_path: Path) -> None:
    meta = tool.metainfo("https://example.org/shots/")
    assert "<image>https://example.org/shots/check.png</image>" in meta


def test_a_program_that_is_not_there_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="not a program"):
        tool.main(["--exec", str(tmp_path / "nothing")])


def test_every_screenshot_the_metainfo_names_is_there() -> None:
    """A release publishes ``packaging/linux/screenshots``; each picture the metainfo points
    at must be in it, large enough for a software centre (AppStream asks at least 620×350)."""
    meta = (REPO_ROOT / "packaging/linux/be.portfolioapp.Portfolio.metainfo.xml").read_text()
    names = re.findall(r"@SCREENSHOTS@/([\w.-]+)", meta)
    assert names
    for name in names:
        with Image.open(REPO_ROOT / "packaging/linux/screenshots" / name) as picture:
            assert picture.format == "PNG"
            assert picture.width >= 620 and picture.height >= 350, name
