"""Build the self-contained app folder ``dist/Portfolio`` with PyInstaller.

    python -m pip install -e '.[bundle]'
    python tools/build_app.py

The folder holds ``portfolio-app`` (the desktop app) and ``portfolio`` (the command line),
Python, Qt with its platform plugins and QtPdf, the translations, fonts, icons and the bundled
competence language: it runs on a machine without Python. Unpack it anywhere and start
``portfolio-app``; ``tools/install_desktop_entry.py`` adds it to the desktop's menu.

The same script builds on Windows (``dist/Portfolio/portfolio-app.exe``) and macOS (a folder
with the same layout; a ``.app`` wrapper, signing and notarisation are described in
``docs/packaging.md``); only the Linux build is tested here. After building, the script starts
``portfolio --version`` from the folder as a smoke test and prints the folder's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pyinstaller" / "portfolio.spec"
NAME = "Portfolio"

# Left over after the spec's own trimming (packaging/pyinstaller/portfolio.spec): QML files
# the Qt hooks may still copy. Removed after the build.
TRIM = ("PySide6/Qt/qml",)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def trim(app: Path) -> int:
    """Remove what the app does not use; returns the bytes saved."""
    saved = 0
    internal = app / "_internal"
    for pattern in TRIM:
        for found in internal.glob(pattern):
            size = folder_size(found) if found.is_dir() else found.stat().st_size
            if found.is_dir():
                shutil.rmtree(found)
            else:
                found.unlink()
            saved += size
    return saved


def build(dist: Path, work: Path) -> Path:
    env = {**os.environ, "PORTFOLIO_BUILD_ROOT": str(ROOT)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return dist / NAME


def smoke_test(app: Path) -> str:
    cli = app / ("portfolio.exe" if os.name == "nt" else "portfolio")
    done = subprocess.run(
        [str(cli), "--version"], capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/Portfolio with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install -e '.[bundle]'", file=sys.stderr)
        return 2
    app = build(args.dist, args.work)
    saved = trim(app)
    print(f"Built {app}")
    print(f"  {smoke_test(app)}")
    print(f"  size {folder_size(app) / 1e6:.0f} MB (trimmed {saved / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
