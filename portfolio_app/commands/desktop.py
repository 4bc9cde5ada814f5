"""``portfolio desktop-entry``: put Portfolio in the application menu of a Linux desktop
(``--remove`` takes it out again). Works from the bundle, which has no Python and no source
tree; see ``portfolio_app.desktop_entry``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.errors import InvalidInput


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser(
        "desktop-entry", help="zet Portfolio in het menu van je computer (Linux)"
    )
    parser.add_argument("--remove", action="store_true", help="haal het weer uit het menu")
    parser.add_argument(
        "--exec", dest="program", type=Path, metavar="PAD", help="het programma portfolio-app"
    )
    parser.add_argument(
        "--screenshots-url", metavar="URL", help="webadres waar de schermafbeeldingen staan"
    )
    parser.set_defaults(handler=cmd_desktop_entry)


def cmd_desktop_entry(ctx: Context) -> int:
    from portfolio_app import desktop_entry

    if not sys.platform.startswith("linux"):
        raise InvalidInput(
            "Dit is alleen voor Linux; op Windows en macOS zet de installatie Portfolio in het "
            "menu.",
            "This is for Linux only; on Windows and macOS the installer adds Portfolio to the "
            "menu.",
        )
    args = ctx.args
    home = desktop_entry.data_home()
    if args.remove:
        removed = desktop_entry.remove(home)
        ctx.print(
            ctx.t(
                f"Portfolio is uit het menu gehaald ({len(removed)} bestanden weg).",
                f"Portfolio was taken out of the menu ({len(removed)} files removed).",
            )
        )
        return 0
    written = desktop_entry.install(args.program, args.screenshots_url, home)
    ctx.print(
        ctx.t(
            f"Portfolio staat nu in het menu van je computer ({len(written)} bestanden in {home}).",
            f"Portfolio is now in your computer's menu ({len(written)} files in {home}).",
        )
    )
    return 0
