"""Turning a story of flowables into PDF bytes: page frame, footer with "p. 2/5", metadata,
outline, and reproducible output.

"p. 2/5" needs the page count before the first footer is drawn, so the canvas holds every
finished page back and draws the footers in one go at the end (the usual ReportLab recipe).
Outline entries are held back with their page for the same reason: a bookmark must point at
the page object it is finally written as.

With the same content and the same creation date the bytes are identical: ReportLab's
invariant mode fixes the document ID to a digest of the content, and the creation date in the
metadata is the one the caller gives instead of the clock.
"""

from __future__ import annotations

import calendar
import io
import time
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from portfolio_app.export import fonts
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    FAINT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Styles,
)

FOOTER_RULE_Y = 15 * mm
FOOTER_TEXT_Y = 10.5 * mm


@dataclass(frozen=True)
class DocInfo:
    title: str
    author: str
    subject: str
    lang: str
    created: date
    footer: str
    keywords: str = ""
    show_outline: bool = False

    @property
    def pdf_lang(self) -> str:
        return "en" if self.lang == "en" else "nl-BE"


def fixed_timestamp(created: date) -> TimeStamp:
    """A ReportLab timestamp for the creation date at noon UTC, so the date is the same in
    every time zone a viewer shows it in."""
    moment = datetime(created.year, created.month, created.day, 12, 0, 0)
    stamp = TimeStamp(invariant=True)
    stamp.t = calendar.timegm(moment.timetuple())
    stamp.lt = time.gmtime(stamp.t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


class PageCanvas(Canvas):
    """Holds pages back until the end to number them "p. n/total" and place outline
    entries on the right page."""

    def __init__(self, *args: Any, info: DocInfo, styles: Styles, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._doc._timeStamp = fixed_timestamp(info.created)
        self._info = info
        self._styles = styles
        self._held: list[dict[str, Any]] = []
        self._marks: list[tuple[str, str, int]] = []

    def outline_mark(self, key: str, title: str, level: int) -> None:
        self._marks.append((key, title, level))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            for key, title, level in self._marks:
                self.bookmarkPage(key, fit="XYZ", top=PAGE_HEIGHT)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)
            self._draw_footer(total)
            super().showPage()
        if self._info.show_outline:
            self.showOutline()
        super().save()

    def _draw_footer(self, total: int) -> None:
        number = self._pageNumber
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_LEFT, FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_RIGHT, FOOTER_RULE_Y)
        left = Paragraph(fonts.markup(self._info.footer), self._styles.footer)
        _, height = left.wrap(CONTENT_WIDTH - 60, 30)
        left.drawOn(self, MARGIN_LEFT, FOOTER_TEXT_Y + 7.5 - height)
        self.setFont(fonts.REGULAR, 7.4)
        self.setFillColor(FAINT)
        self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, FOOTER_TEXT_Y, f"p. {number}/{total}")
        self.restoreState()


def build_pdf(story: list[Flowable], info: DocInfo, styles: Styles) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=fonts.clean(info.title),
        author=fonts.clean(info.author),
        subject=fonts.clean(info.subject),
        keywords=fonts.clean(info.keywords),
        creator="Portfolio",
        producer="Portfolio (ReportLab)",
        lang=info.pdf_lang,
        invariant=1,
        # Not Helvetica, which would be listed as a font the PDF uses without embedding it.
        initialFontName=fonts.REGULAR,
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def make_canvas(*args: Any, **kwargs: Any) -> PageCanvas:
        return PageCanvas(*args, info=info, styles=styles, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return buffer.getvalue()
