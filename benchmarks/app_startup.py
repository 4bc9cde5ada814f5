"""Time from starting the app to the unlock window, and from unlocking to the main window,
against a bare PySide6 window started the same way in the same run (the ratio says what
the app adds, whatever the machine).

Run: ``.venv/bin/python benchmarks/app_startup.py`` (offscreen, or with a DISPLAY and
``QT_QPA_PLATFORM=xcb``). Uses a fresh data directory with a demo vault, so it measures a
realistic first unlock. Each figure is the median of five runs, each a new process; the
clock starts before the interpreter does.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

# A window with a title, a line of text, a field and a button: what Qt itself costs.
BARE = r"""
import json, sys, time
start = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget
app = QApplication([])
window = QWidget()
window.setWindowTitle("Portfolio ontgrendelen")
layout = QVBoxLayout(window)
layout.addWidget(QLabel("Typ je wachtzin:"))
layout.addWidget(QLineEdit())
layout.addWidget(QPushButton("Ontgrendelen"))
window.show()
app.processEvents()
print(json.dumps({"window": time.time() - start}))
"""

APP = r"""
import json, sys, time
start = float(sys.argv[1])
from portfolio_app.ui.app import build
app, controller = build([])
controller.settings.vault_path = sys.argv[2]
controller.start()
app.processEvents()
shown = time.time()
from portfolio_app.ui.unlock import UnlockWindow
assert isinstance(controller.window, UnlockWindow)
t = time.perf_counter()
controller.unlock(sys.argv[3])
app.processEvents()
unlocked = time.perf_counter() - t
from portfolio_app.ui.main_window import MainWindow
assert isinstance(controller.window, MainWindow)
print(json.dumps({"window": shown - start, "unlock": unlocked}))
"""

RUNS = 5


def run(code: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, str(time.time()), *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    from portfolio_app.demo import DEMO_PASSPHRASE

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
        run(APP, vault, DEMO_PASSPHRASE, env=env)  # warm the disk cache and the language
        bare, window, unlock = [], [], []
        for _ in range(RUNS):
            bare.append(run(BARE, env=env)["window"])
            app = run(APP, vault, DEMO_PASSPHRASE, env=env)
            window.append(app["window"])
            unlock.append(app["unlock"])
    b, w, u = (statistics.median(x) * 1000 for x in (bare, window, unlock))
    print(f"platform: {env['QT_QPA_PLATFORM']}, median of {RUNS} runs")
    print(f"bare PySide6 window:     {b:5.0f} ms")
    print(f"start -> unlock window:  {w:5.0f} ms  ({w / b:.1f}x the bare window)")
    print(f"unlock -> main window:   {u:5.0f} ms")


if __name__ == "__main__":
    main()
