"""The credentials core runs without Qt, like every core package (the GUI only calls it)."""

from __future__ import annotations

import subprocess
import sys


def test_credentials_and_its_command_do_not_load_qt() -> None:
    code = (
        "import sys; import portfolio_app.credentials, portfolio_app.credentials.store, "
        "portfolio_app.commands.credential; "
        "print([m for m in sys.modules if m.startswith('PySide6')])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
