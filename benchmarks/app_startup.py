"""Time from starting the app to the unlock window, and from unlocking to the main window.

Run: ``.venv/bin/python benchmarks/app_startup.py`` (offscreen, or under xvfb-run). Uses a
fresh data directory with a demo vault, so it measures a realistic first unlock.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import os, sys, time
start = float(sys.argv[1])
from PySide6.QtCore import QTimer
from portfolio_app.ui.app import build
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.demo import DEMO_PASSPHRASE
app, controller = build([])
controller.settings.vault_path = sys.argv[2]
controller.start()
assert isinstance(controller.window, UnlockWindow)
app.processEvents()
shown = time.perf_counter()
print(f"start -> unlock window: {(time.time() - start) * 1000:.0f} ms")
t = time.perf_counter()
controller.unlock(DEMO_PASSPHRASE)
app.processEvents()
print(f"unlock -> main window: {(time.perf_counter() - t) * 1000:.0f} ms")
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "PORTFOLIO_HOME": home}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        vault = os.path.join(home, "demo.vault")
        subprocess.run(
            [sys.executable, "-m", "portfolio_app.cli", "--vault", vault, "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        for _ in range(3):
            subprocess.run(
                [sys.executable, "-c", CHILD, str(time.time()), vault], env=env, check=True
            )


if __name__ == "__main__":
    main()
