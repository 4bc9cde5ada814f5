"""Refresh the translation sources from the UI code, then compile them.

Run after changing UI strings: ``python tools/update_translations.py``. The UI's source
strings are Dutch. New strings appear as unfinished in
resources/translations/portfolio_en.ts (every string, for English) and portfolio_nl.ts (only
the strings with a count, ``tr("%n ...", "", n)``, for the Dutch singular and plural forms);
translate them there (Qt Linguist: ``pyside6-linguist``) and run this again to compile the
.qm files. A test fails while a string is untranslated or a .qm is out of date.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "portfolio_en.ts"
PLURALS_TS = FOLDER / "portfolio_nl.ts"
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "portfolio_app" / "ui").rglob("*.py"))


def lupdate(target: Path, *options: str) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", *options, "-ts", str(target)],
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
    FOLDER.mkdir(parents=True, exist_ok=True)
    lupdate(TS, "-source-language", "nl", "-target-language", "en")
    lupdate(PLURALS_TS, "-pluralonly", "-source-language", "nl", "-target-language", "nl")
    for source in (TS, PLURALS_TS):
        lrelease(source, source.with_suffix(".qm"))
        unfinished = source.read_text(encoding="utf-8").count('type="unfinished"')
        print(f"{source.name}: {unfinished} string(s) still to translate")
