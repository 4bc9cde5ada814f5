"""Start → first window of the bundled app (dist/Portfolio) next to the pip install, on a
virtual screen: the time from starting the program until its window is visible.

Run: ``.venv/bin/python benchmarks/bundle_startup.py [--bundle dist/Portfolio] [--runs 5]``.
Needs Xvfb and xdotool. The data folder holds a demo portfolio, so the window is the unlock
window a returning user sees. Wall-clock medians; compare within one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def first_window(command: list[str], env: dict[str, str], display: str) -> float:
    start = time.perf_counter()
    app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # xdotool's own --sync waits in half seconds: ask every 10 ms instead
        while time.perf_counter() - start < 60:
            if app.poll() is not None:
                error = app.stderr.read().decode(errors="replace") if app.stderr else ""
                raise RuntimeError(f"{command[0]} stopped: {error.strip()}")
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Portfolio"],
                env={"DISPLAY": display},
                capture_output=True,
            )
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.01)
        raise TimeoutError(" ".join(command))
    finally:
        app.terminate()
        app.wait(timeout=20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Portfolio")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("Xvfb and xdotool are needed.")
        return 0
    display = ":93"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"])
    for _ in range(500):  # until the screen answers (a loaded machine takes seconds)
        answer = subprocess.run(
            ["xdotool", "getdisplaygeometry"], env={"DISPLAY": display}, capture_output=True
        )
        if answer.returncode == 0:
            break
        time.sleep(0.02)
    try:
        with tempfile.TemporaryDirectory() as home:
            data = Path(home) / "data"
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "portfolio_app.cli",
                    "--vault",
                    str(data / "portfolio.vault"),
                    "demo",
                ],
                env={**os.environ, "PORTFOLIO_HOME": str(data)},
                check=True,
                capture_output=True,
            )
            env = {"HOME": home, "PORTFOLIO_HOME": str(data), "DISPLAY": display, "LANG": "C.UTF-8",
                   "PATH": os.environ["PATH"]}  # fmt: skip
            programs = {
                "pip install": [str(Path(sys.executable).parent / "portfolio-app")],
                "bundle": [str(args.bundle / "portfolio-app")],
            }
            for name, command in programs.items():
                if not Path(command[0]).is_file():
                    print(f"{name}: {command[0]} not found")
                    continue
                first_window(command, env, display)  # warm the file cache
                times = [first_window(command, env, display) for _ in range(args.runs)]
                median, fastest = statistics.median(times) * 1000, min(times) * 1000
                print(
                    f"{name}: start -> unlock window median {median:.0f} ms, fastest {fastest:.0f}"
                )
    finally:
        server.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
