"""What a translator still has to do in resources/translations, without Qt Linguist.

``python tools/translation_report.py`` lists, per .ts file, every message that is unfinished or
empty, or whose translation lost a placeholder (``%1``, ``%n``) or the mnemonic (``&``) of its
source, with the place in the code that uses it. Exit status 1 when anything is listed.

Run ``python tools/update_translations.py`` first, so that new strings of the code are in the
files; translate in Qt Linguist (``pyside6-linguist``) or in the XML itself; run the update
again to compile. tests/ui/test_translations.py checks the same things.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"%(?:L?\d{1,2}|n)")
MNEMONIC = re.compile(r"&(?!&)\w")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool
    forms: tuple[str, ...]  # one translation, or one per plural form
    where: str  # first place in the code, "portfolio_app/ui/...py:12"

    @property
    def key(self) -> tuple[str, str, str]:
        """What identifies a message for Qt: context, source text and disambiguation."""
        return (self.context, self.source, self.comment)


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            location = message.find("location")
            where = ""
            if location is not None:
                path = (ts.parent / location.get("filename", "")).resolve()
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                where = f"{shown}:{location.get('line', '')}"
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    comment=message.findtext("comment", ""),
                    numerus=numerus,
                    finished=translation is not None and translation.get("type") is None,
                    forms=forms,
                    where=where,
                )
            )
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def problems(message: Message) -> list[str]:
    """Why this message is not ready yet; empty when it is."""
    found = []
    if not message.finished:
        found.append("unfinished")
    if not message.forms or not all(form.strip() for form in message.forms):
        found.append("empty")
    wanted = placeholders(message.source)
    for form in message.forms:
        if form.strip() and placeholders(form) != wanted:
            found.append(f"placeholders {sorted(placeholders(form))}, source has {sorted(wanted)}")
        if form.strip() and MNEMONIC.search(message.source) and not MNEMONIC.search(form):
            found.append("the source has a mnemonic (&), the translation not")
    return found


def main() -> int:
    listed = 0
    for ts in sorted(FOLDER.glob("*.ts")):
        for message in messages(ts):
            found = problems(message)
            if found:
                listed += 1
                print(f"{ts.name} [{message.context}] {message.where}")
                print(f"    {message.source!r}: {'; '.join(found)}")
    print(f"{listed} message(s) to look at")
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main())
