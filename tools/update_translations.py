"""Refresh the English translation source from the UI code, then compile it.

Run after changing UI strings: ``python tools/update_translations.py``. New strings appear in
resources/translations/portfolio_en.ts as unfinished; translate them there (Qt Linguist:
``pyside6-linguist``) and run this again to compile the .qm. A test fails while a string is
untranslated or the .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "portfolio_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "portfolio_app" / "ui").rglob("*.py"))


def lupdate(target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(source), "-qm", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


if __name__ == "__main__":
    TS.parent.mkdir(parents=True, exist_ok=True)
    lupdate(TS)
    lrelease(TS, QM)
    unfinished = TS.read_text(encoding="utf-8").count('type="unfinished"')
    print(f"{TS.name}: {unfinished} string(s) still to translate")
