from __future__ import annotations

import subprocess
import sys

CORE = (
    "domain",
    "vault",
    "language",
    "check",
    "rights",
    "export",
    "credentials",
    "demo",
    "cli",
    "about",
)


def test_core_packages_do_not_load_qt() -> None:
    """The core must run headless: importing it (and the CLI) never loads PySide6."""
    imports = "; ".join(f"import portfolio_app.{name}" for name in CORE)
    code = f"import sys; {imports}; print([m for m in sys.modules if m.startswith('PySide6')])"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
