"""Add Portfolio to the desktop's application menu, for the current user only (Linux): the
developer's way to what ``portfolio desktop-entry`` does for everyone.

    python tools/install_desktop_entry.py                  # dist/Portfolio, else PATH
    python tools/install_desktop_entry.py --exec dist/Portfolio/portfolio-app
    python tools/install_desktop_entry.py --remove

Without ``--exec`` it takes the bundle built here (``dist/Portfolio``) when there is one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from portfolio_app.cli import main as cli_main

BUNDLED = Path(__file__).resolve().parents[1] / "dist" / "Portfolio" / "portfolio-app"


def main(argv: list[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if "--exec" not in arguments and "--remove" not in arguments and BUNDLED.is_file():
        arguments += ["--exec", str(BUNDLED)]
    return cli_main(["desktop-entry", *arguments])


if __name__ == "__main__":
    sys.exit(main())
