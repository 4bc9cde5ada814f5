"""Add Portfolio to the desktop's application menu, for the current user only (Linux).

    python tools/install_desktop_entry.py                  # the app on PATH (pip install)
    python tools/install_desktop_entry.py --exec dist/Portfolio/portfolio-app   # the bundle
    python tools/install_desktop_entry.py --remove

Writes, under ``$XDG_DATA_HOME`` (``~/.local/share``): the desktop entry in ``applications/``,
the icon in every size in ``icons/hicolor/``, and the AppStream metainfo in ``metainfo/`` (with
its screenshots only when ``--screenshots-url`` says where a release published them: AppStream
accepts web addresses only). Nothing outside the user's own data folder is touched, no root
needed; ``--remove`` takes it all away again.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "be.portfolioapp.Portfolio"
PACKAGING = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def targets(home: Path) -> dict[str, Path]:
    found = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    hicolor = home / "icons" / "hicolor"
    for size in SIZES:
        found[f"png{size}"] = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return found


def desktop_entry(executable: str) -> str:
    text = (PACKAGING / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    quoted = f'"{executable}"' if " " in executable else executable
    text = re.sub(r"^Exec=.*$", f"Exec={quoted}", text, flags=re.M)
    return re.sub(r"^TryExec=.*$", f"TryExec={executable}", text, flags=re.M)


def metainfo(screenshots_url: str | None) -> str:
    text = (PACKAGING / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    if screenshots_url:
        return text.replace("@SCREENSHOTS@", screenshots_url.rstrip("/"))
    return re.sub(r"\s*<screenshots>.*?</screenshots>", "", text, flags=re.S)


def find_executable(given: str | None) -> str:
    if given:
        path = Path(given).expanduser().resolve()
        if not path.is_file() or not os.access(path, os.X_OK):
            raise SystemExit(f"{path} is not a program that can be started.")
        return str(path)
    for candidate in (ROOT / "dist" / "Portfolio" / "portfolio-app", shutil.which("portfolio-app")):
        if candidate and Path(candidate).is_file():
            return str(Path(candidate).resolve())
    raise SystemExit(
        "portfolio-app was not found: build it (python tools/build_app.py) or install it "
        "(pip install .), or give --exec PATH."
    )


def refresh(home: Path) -> None:
    """Let the menu and the icon cache see the change, where the tools exist."""
    for command in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def install(executable: str, screenshots_url: str | None, home: Path) -> list[Path]:
    paths = targets(home)
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    paths["desktop"].write_text(desktop_entry(executable), encoding="utf-8")
    paths["metainfo"].write_text(metainfo(screenshots_url), encoding="utf-8")
    shutil.copyfile(ICONS / "portfolio.svg", paths["svg"])
    for size in SIZES:
        shutil.copyfile(ICONS / "png" / f"portfolio-{size}.png", paths[f"png{size}"])
    refresh(home)
    return list(paths.values())


def remove(home: Path) -> list[Path]:
    removed = []
    for path in targets(home).values():
        if path.exists():
            path.unlink()
            removed.append(path)
    refresh(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Add Portfolio to the application menu.")
    parser.add_argument("--exec", dest="executable", help="the portfolio-app program to start")
    parser.add_argument("--screenshots-url", help="web address where the screenshots are")
    parser.add_argument("--remove", action="store_true", help="take the entry away again")
    args = parser.parse_args(argv)
    home = data_home()
    if args.remove:
        print(f"Removed {len(remove(home))} files.")
        return 0
    written = install(find_executable(args.executable), args.screenshots_url, home)
    print(f"Portfolio is in the application menu ({len(written)} files under {home}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
