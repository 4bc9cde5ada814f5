"""Portfolio in the desktop's application menu (Linux), for the current user only.

People who unpack the bundle have no Python and no source tree, so the bundle itself carries
what the menu needs (the desktop entry, the icon in every size, the AppStream metainfo, all
in ``resources``) and writes them: ``portfolio desktop-entry`` on the command line, or Help ›
"Zet Portfolio in het menu" in the app. Everything goes under ``$XDG_DATA_HOME``
(``~/.local/share``); nothing outside the user's own data folder is touched and no root is
needed. ``remove`` takes it all away again.

Every file is read back after writing: the menu entry is reported as added only when it is
there with the content meant.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from portfolio_app.atomic import write_bytes
from portfolio_app.errors import InvalidInput, NotFound, StorageError

APP_ID = "be.portfolioapp.Portfolio"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PUBLIC = 0o644  # a menu entry and an icon are no personal data; the desktop must read them


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


def _resource(*parts: str) -> bytes:
    return resources.files("portfolio_app.resources").joinpath(*parts).read_bytes()


def desktop_entry(executable: str) -> str:
    text = _resource("desktop", f"{APP_ID}.desktop").decode("utf-8")
    quoted = f'"{executable}"' if " " in executable else executable
    text = re.sub(r"^Exec=.*$", f"Exec={quoted}", text, flags=re.M)
    return re.sub(r"^TryExec=.*$", f"TryExec={executable}", text, flags=re.M)


def metainfo(screenshots_url: str | None) -> str:
    """AppStream accepts screenshots only as web addresses: without one they are left out."""
    text = _resource("desktop", f"{APP_ID}.metainfo.xml").decode("utf-8")
    if screenshots_url:
        return text.replace("@SCREENSHOTS@", screenshots_url.rstrip("/"))
    return re.sub(r"\s*<screenshots>.*?</screenshots>", "", text, flags=re.S)


def this_program() -> Path | None:
    """The ``portfolio-app`` that belongs to what runs now: beside the running program (in
    the bundle, or in a virtual environment's ``bin``, where it may be ``portfolio``, the
    command line), else the one on PATH."""
    running = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0])
    beside = running.resolve().with_name("portfolio-app")
    if beside.is_file():
        return beside
    found = shutil.which("portfolio-app")
    return Path(found).resolve() if found else None


def checked_program(given: Path | None) -> Path:
    program = given if given is not None else this_program()
    if program is None:
        raise NotFound(
            "Het programma portfolio-app is niet gevonden. Geef het aan met --exec.",
            "The program portfolio-app was not found. Give it with --exec.",
        )
    program = program.expanduser().resolve()
    if not program.is_file() or not os.access(program, os.X_OK):
        raise InvalidInput(
            f"{program} is geen programma dat kan starten.",
            f"{program} is not a program that can be started.",
        )
    return program


def _contents(program: Path, screenshots_url: str | None) -> dict[str, bytes]:
    contents = {
        "desktop": desktop_entry(str(program)).encode("utf-8"),
        "metainfo": metainfo(screenshots_url).encode("utf-8"),
        "svg": _resource("icons", "portfolio.svg"),
    }
    for size in SIZES:
        contents[f"png{size}"] = _resource("icons", "png", f"portfolio-{size}.png")
    return contents


def install(
    program: Path | None = None, screenshots_url: str | None = None, home: Path | None = None
) -> list[Path]:
    """Write the menu entry, icons and metainfo; the files written, each read back."""
    home = home or data_home()
    written = []
    paths = targets(home)
    contents = _contents(checked_program(program), screenshots_url)
    try:
        for key, data in contents.items():
            path = paths[key]
            path.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(path, data, mode=PUBLIC)
            if path.read_bytes() != data:
                raise OSError(f"{path} does not hold what was written")
            written.append(path)
    except OSError as exc:
        raise _not_written(exc) from exc
    _refresh(home)
    return written


def _not_written(exc: OSError) -> StorageError:
    reason = exc.strerror or str(exc)
    return StorageError(
        f"Portfolio kon niet in het menu gezet worden ({reason}). Je portfolio zelf is niet "
        "geraakt.",
        f"Portfolio could not be added to the menu ({reason}). Your portfolio itself is untouched.",
    )


def remove(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    try:
        for path in targets(home).values():
            if path.exists():
                path.unlink()
                removed.append(path)
    except OSError as exc:
        raise _not_written(exc) from exc
    _refresh(home)
    return removed


def installed(home: Path | None = None) -> bool:
    return targets(home or data_home())["desktop"].is_file()


def _refresh(home: Path) -> None:
    """Let the menu and the icon cache see the change, where the tools exist."""
    for command in (
        ["update-desktop-database", str(home / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=60)
