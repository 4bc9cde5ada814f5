"""Time from starting the app to the unlock window, and from unlocking to the main window,
against a bare PySide6 window started the same way in the same run (the ratio says what
the app adds, whatever the machine).

Run: ``.venv/bin/python benchmarks/app_startup.py`` (offscreen, or with a DISPLAY and
``QT_QPA_PLATFORM=xcb``). Uses a fresh data directory with a demo vault, so it measures a
realistic first unlock: once straight away, and once after two seconds of typing the
passphrase (the core is imported while the user types, see ``portfolio_app.ui.preload``).
Each figure is the median of five runs, each a new process; the clock starts before the
interpreter does. Python's bytecode is cached (in the temporary directory), as it is for an
installed app; the Linux library check of ``main`` (under 10 ms) is not in the figures.
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
typing = float(sys.argv[4])  # seconds the user takes to type the passphrase
end = time.perf_counter() + typing
while time.perf_counter() < end:
    app.processEvents()
    time.sleep(0.01)
t = time.perf_counter()
controller.unlock(sys.argv[3])
app.processEvents()
unlocked = time.perf_counter() - t
from portfolio_app.ui.main_window import MainWindow
assert isinstance(controller.window, MainWindow)
print(json.dumps({"window": shown - start, "unlock": unlocked}))
"""

RUNS = 5
TYPING = 2.0


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
        # An installed app runs from compiled bytecode: cache it (outside the source tree),
        # even where the shell says not to write any; the warm-up run fills the cache.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(home, "pycache")
        vault = os.path.join(home, "demo.vault")
        subprocess.run(
            [sys.executable, "-m", "portfolio_app.cli", "--vault", vault, "demo"],
            env=env,
            check=True,
            capture_output=True,
        )
        run(APP, vault, DEMO_PASSPHRASE, "0", env=env)  # warm the caches
        bare, window, unlock, typed = [], [], [], []
        for _ in range(RUNS):
            bare.append(run(BARE, env=env)["window"])
            app = run(APP, vault, DEMO_PASSPHRASE, "0", env=env)
            window.append(app["window"])
            unlock.append(app["unlock"])
            typed.append(run(APP, vault, DEMO_PASSPHRASE, str(TYPING), env=env)["unlock"])
    b, w, u, t = (statistics.median(x) * 1000 for x in (bare, window, unlock, typed))
    print(f"platform: {env['QT_QPA_PLATFORM']}, median of {RUNS} runs")
    print(f"bare PySide6 window:     {b:5.0f} ms")
    print(f"start -> unlock window:  {w:5.0f} ms  ({w / b:.1f}x the bare window)")
    print(f"unlock -> main window:   {u:5.0f} ms  (unlocked at once)")
    print(f"unlock -> main window:   {t:5.0f} ms  (after {TYPING:.0f} s of typing the passphrase)")


if __name__ == "__main__":
    main()
