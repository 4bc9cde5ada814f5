"""The bundled fonts of the PDF exports, and safe text for them.

The PDFs embed Lato (see ``resources/fonts/README.md``) so every Dutch character prints and can
be copied out again on any computer; the PDF base fonts cannot show ’ or € reliably. A user's
own text may hold anything (Hebrew in a note, an emoji in a title): characters Lato lacks are
set in DejaVu Sans, and the few neither font has (emoji) are left out rather than printed as
empty boxes. ReportLab does not reorder right-to-left text, so runs of Hebrew or Arabic are
reversed here into visual order; Arabic letters stay unjoined, which is readable if not
beautiful.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from importlib.resources import files
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "PfSans"
ITALIC = "PfSans-Italic"
BOLD = "PfSans-Bold"
BOLD_ITALIC = "PfSans-BoldItalic"
LIGHT = "PfSans-Light"
FALLBACK = "PfFallback"

_FILES: dict[str, str] = {
    REGULAR: "Lato-Regular.ttf",
    ITALIC: "Lato-Italic.ttf",
    BOLD: "Lato-Bold.ttf",
    BOLD_ITALIC: "Lato-BoldItalic.ttf",
    LIGHT: "Lato-Light.ttf",
    FALLBACK: "DejaVuSans.ttf",
}

_lock = threading.Lock()
_RTL_CHARS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL = re.compile(f"[{_RTL_CHARS}](?:[{_RTL_CHARS} ]*[{_RTL_CHARS}])?")
_CONTROL = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufe0e\ufe0f]"
)


def font_path(filename: str) -> str:
    return str(files("portfolio_app.resources") / "fonts" / filename)


def register() -> None:
    """Register the fonts with ReportLab once per process (the registry is global)."""
    with _lock:
        if REGULAR in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, font_path(filename)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)


@lru_cache(maxsize=2)
def charset(name: str) -> frozenset[int]:
    """The code points a registered font has a glyph for."""
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def clean(text: str) -> str:
    """Plain text with invisible controls removed, NFC-composed (a decomposed ë from a
    Mac file would otherwise print as e plus a floating dot) and right-to-left runs in visual
    order. Characters no bundled font can show are dropped."""
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    text = _RTL.sub(lambda m: m.group(0)[::-1], text)
    main, fallback = charset(REGULAR), charset(FALLBACK)
    if all(ord(c) in main or c in "\n\t" for c in text):
        return text
    kept = "".join(c for c in text if ord(c) in main or ord(c) in fallback or c in "\n\t")
    return re.sub(r"  +", " ", kept)


def markup(text: str) -> str:
    """Paragraph markup for user text: escaped, line breaks kept, and each run of
    characters Lato lacks switched to the fallback font."""
    text = clean(text)
    main = charset(REGULAR)
    parts: list[str] = []
    run: list[str] = []
    in_fallback = False
    for char in text:
        needs_fallback = ord(char) not in main and char not in "\n\t"
        if needs_fallback != in_fallback and run:
            parts.append(_wrap("".join(run), in_fallback))
            run = []
        in_fallback = needs_fallback
        run.append(char)
    if run:
        parts.append(_wrap("".join(run), in_fallback))
    return "".join(parts)


def _wrap(run: str, fallback: bool) -> str:
    body = escape(run).replace("\n", "<br/>").replace("\t", " ")
    return f'<font face="{FALLBACK}">{body}</font>' if fallback else body
