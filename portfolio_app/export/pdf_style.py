"""The look shared by the PDF exports: page geometry, colours, type styles, tables and the
few drawn elements (section titles, level dots, status marks).

One sans family in three weights, one restrained accent colour, hairlines instead of boxes
and plenty of white space: the annex sits next to a CV the user made elsewhere and must look
calm and trustworthy beside it. Everything that carries meaning is also printed as text, so
it survives copying, screen readers and black-and-white printers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from portfolio_app.export import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Every colour that text is set in reads at 4.5:1 or more on white and on the tint of a
# panel (WCAG AA), so a grey printout stays legible; ``tests/export/test_pdf_style.py`` checks
# it. FAINT is the quietest of them; RULE and TINT are for lines and backgrounds only.
INK = colors.HexColor("#1E2A32")
BODY = colors.HexColor("#36434D")
MUTED = colors.HexColor("#5A6772")
FAINT = colors.HexColor("#606D78")
RULE = colors.HexColor("#D8DDE2")
TINT = colors.HexColor("#F3F6F7")
ACCENT = colors.HexColor("#1C6C75")
GOOD = colors.HexColor("#2A7049")
PARTIAL = colors.HexColor("#8A5A00")
MISSING = colors.HexColor("#B04A4A")
TEXT_COLOURS = (INK, BODY, MUTED, FAINT, ACCENT, GOOD, PARTIAL, MISSING)
BACKGROUNDS = (colors.white, TINT)
MIN_TEXT_SIZE = 8.5  # body and evidence text, in points


def hex_of(color: colors.Color) -> str:
    """For ``<font color=...>`` inside paragraph markup."""
    return "#" + color.hexval()[2:]


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": fonts.REGULAR,
        "fontSize": 9.3,
        "leading": 13,
        "textColor": BODY,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The paragraph styles; built after the fonts are registered."""

    def __init__(self) -> None:
        fonts.register()
        self.name = _style("name", fontName=fonts.LIGHT, fontSize=27, leading=31, textColor=INK)
        self.headline = _style("headline", fontSize=12, leading=16, textColor=ACCENT)
        self.contact = _style("contact", fontSize=8.8, leading=12.5, textColor=MUTED)
        self.kicker = _style(
            "kicker", fontName=fonts.BOLD, fontSize=8, leading=9.6, textColor=ACCENT
        )
        self.lead = _style("lead", fontSize=9.8, leading=14.6, textColor=BODY)
        self.body = _style("body")
        self.small = _style("small", fontSize=8.5, leading=11.5, textColor=MUTED)
        self.group = _style(
            "group",
            fontName=fonts.BOLD,
            fontSize=10.5,
            leading=13,
            textColor=INK,
            spaceBefore=13,
            spaceAfter=3,
        )
        self.cell = _style("cell", fontSize=9.4, leading=12.2, textColor=INK)
        self.cell_strong = _style(
            "cell_strong", fontName=fonts.BOLD, fontSize=9.2, leading=12, textColor=INK
        )
        self.meta = _style("meta", fontSize=8.5, leading=11.4, textColor=MUTED)
        self.note = _style(
            "note", fontName=fonts.ITALIC, fontSize=8.5, leading=11.4, textColor=MUTED
        )
        self.th = _style("th", fontName=fonts.BOLD, fontSize=7.8, leading=9.6, textColor=MUTED)
        self.big_number = _style(
            "big", fontName=fonts.LIGHT, fontSize=30, leading=32, textColor=ACCENT
        )
        self.footer = _style("footer", fontSize=8, leading=10, textColor=FAINT)
        self.cover_title = _style(
            "cover_title", fontName=fonts.LIGHT, fontSize=30, leading=35, textColor=INK
        )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text: escaped and made printable."""
    return Paragraph(fonts.markup(text), style)


def rich(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup the caller built from already-escaped parts."""
    return Paragraph(markup, style)


def th(text: str, styles: Styles) -> Paragraph:
    return Paragraph(text.upper(), styles.th)


def mark_outline(canv: Any, key: str, title: str, level: int) -> None:
    """Ask the page canvas for an outline entry; see ``pdf_document.PageCanvas``."""
    marker = getattr(canv, "outline_mark", None)
    if marker is not None:
        marker(key, fonts.clean(title), level)


class Heading(Paragraph):
    """A paragraph that is also an outline entry (bookmark), kept with what follows."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(fonts.markup(text), style)
        self.outline = (key, text, level)
        self.keepWithNext = True

    def draw(self) -> None:
        key, title, level = self.outline
        mark_outline(self.canv, key, title, level)
        super().draw()


class SectionTitle(Flowable):
    """A small tracked capital label in the accent colour over a hairline: the section
    break of the document. Top-level outline entry."""

    def __init__(self, text: str, key: str, space_before: float = 22) -> None:
        super().__init__()
        self.text = fonts.clean(text).upper()
        self.key = key
        self.title = text
        self.space_before = space_before
        self.keepWithNext = True

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, 20

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return self.space_before

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return 7

    def draw(self) -> None:
        mark_outline(self.canv, self.key, self.title, 0)
        c = self.canv
        c.saveState()
        text = c.beginText(0, 8)
        text.setFont(fonts.BOLD, 8.2)
        text.setFillColor(ACCENT)
        text.setCharSpace(1.1)
        text.textOut(self.text)
        c.drawText(text)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.line(0, 0, self.width, 0)
        c.restoreState()


class LevelDots(Flowable):
    """A row of small dots, the filled ones showing the level: read at a glance, while the
    level in words sits underneath for copying and screen readers."""

    def __init__(self, filled: int, total: int) -> None:
        super().__init__()
        self.filled = filled
        self.total = total

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.total * 7.5, 8

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.7)
        for i in range(self.total):
            x = 3 + i * 7.5
            if i < self.filled:
                c.setFillColor(ACCENT)
                c.setStrokeColor(ACCENT)
                c.circle(x, 4, 2.6, stroke=1, fill=1)
            else:
                c.setStrokeColor(RULE)
                c.circle(x, 4, 2.6, stroke=1, fill=0)
        c.restoreState()


class StatusMark(Flowable):
    """A round mark for an EVC competence: a green check (evidence), an amber half circle
    (only self-assessed) or a red open ring (nothing yet)."""

    SIZE = 10.0

    def __init__(self, status: str) -> None:
        super().__init__()
        self.status = status

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.SIZE, self.SIZE

    def draw(self) -> None:
        c = self.canv
        r = self.SIZE / 2
        c.saveState()
        if self.status == "evidence":
            c.setFillColor(GOOD)
            c.circle(r, r, r, stroke=0, fill=1)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1.3)
            c.setLineCap(1)
            c.setLineJoin(1)
            path = c.beginPath()
            path.moveTo(r - 2.6, r + 0.1)
            path.lineTo(r - 0.7, r - 1.9)
            path.lineTo(r + 2.7, r + 2.0)
            c.drawPath(path, stroke=1, fill=0)
        elif self.status == "self":
            c.setStrokeColor(PARTIAL)
            c.setFillColor(PARTIAL)
            c.setLineWidth(1.2)
            c.circle(r, r, r - 0.6, stroke=1, fill=0)
            c.wedge(0.6, 0.6, 2 * r - 0.6, 2 * r - 0.6, 90, 180, stroke=0, fill=1)
        else:
            c.setStrokeColor(MISSING)
            c.setLineWidth(1.2)
            c.setDash(1.6, 1.4)
            c.circle(r, r, r - 0.6, stroke=1, fill=0)
        c.restoreState()


class StackedBar(Flowable):
    """One bar split in coloured parts by count: the share of each status in one look."""

    HEIGHT = 7.0

    def __init__(self, parts: list[tuple[int, colors.Color]]) -> None:
        super().__init__()
        self.parts = [(n, colour) for n, colour in parts if n > 0]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.HEIGHT

    def draw(self) -> None:
        total = sum(n for n, _ in self.parts)
        c = self.canv
        c.saveState()
        if not total:
            c.setFillColor(RULE)
            c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        x = 0.0
        for n, colour in self.parts:
            width = self.width * n / total
            c.setFillColor(colour)
            c.rect(x, 0, max(width - 1.5, 0.5), self.HEIGHT, stroke=0, fill=1)
            x += width
        c.restoreState()


def list_table(
    rows: list[list[Any]],
    widths: list[float],
    header: bool = True,
    zebra: bool = False,
) -> Table:
    """A table with hairlines between rows, no vertical rules, top-aligned cells and the
    header repeated on every page it continues on."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 5.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6.5),
        ("LINEBELOW", (0, 1 if header else 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("TOPPADDING", (0, 0), (-1, 0), 2),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, TINT]))
    table.setStyle(TableStyle(commands))
    return table


class RowList(Flowable):
    """A list of rows in the look of ``list_table``, with titles above it (a section title, a
    group heading) that stay with its first rows, and a header that comes back at the top
    of every page the list continues on: a continued group never starts with a lone row,
    and a list that does not fit the rest of a page starts there rather than leaving the
    page half empty (at least ``MIN_ROWS`` rows go with the titles).

    Each row is its own small table, measured once: one long table is re-measured at every
    page break (300 competences took seconds), while this costs time in proportion to the
    length of the list."""

    MIN_ROWS = 2

    def __init__(
        self,
        header: list[Any],
        rows: list[list[Any]],
        widths: list[float],
        titles: list[Flowable] | None = None,
        continued: Callable[[], Flowable] | None = None,
    ) -> None:
        super().__init__()
        self.header, self.widths, self.continued = header, widths, continued
        self.titles = list(titles or [])
        for title in self.titles:
            title.keepWithNext = False  # this list keeps them with its rows itself
        self.head = list_table([header], widths, header=True)
        self.rows: list[Table] = [list_table([row], widths, header=False) for row in rows]
        self._top: list[tuple[Flowable, float, float]] = []  # (flowable, space above, height)
        self._sizes: list[float] = []
        self._sized_for = -1.0  # the width the rows were measured at

    def _measure(self, aw: float, ah: float) -> float:
        self._top = []
        for title in self.titles:
            height = title.wrap(aw, ah)[1]
            self._top.append((title, title.getSpaceBefore(), height + title.getSpaceAfter()))
        self._top.append((self.head, 0.0, self.head.wrap(aw, ah)[1]))
        if self._sized_for != aw:  # a row's height depends on the width only
            self._sizes = [row.wrap(aw, ah)[1] for row in self.rows]
            self._sized_for = aw
        return sum(before + height for _, before, height in self._top)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self._measure(aw, ah) + sum(self._sizes)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        used = self._measure(aw, ah)
        fit = 0
        for size in self._sizes:
            if used + size > ah:
                break
            used += size
            fit += 1
        if fit < min(self.MIN_ROWS, len(self.rows)):
            return []  # the titles, the header and the first rows go to the next page
        first = self._part(self.titles, self.head, 0, fit, aw)
        again = [self.continued()] if self.continued is not None else []
        rest = self._part(again, list_table([self.header], self.widths), fit, len(self.rows), aw)
        return [first, rest]

    def _part(
        self, titles: list[Flowable], head: Table, start: int, end: int, aw: float
    ) -> RowList:
        part = RowList.__new__(RowList)
        Flowable.__init__(part)
        part.header, part.widths, part.titles, part.head = self.header, self.widths, titles, head
        part.rows = self.rows[start:end]
        part.continued = self.continued
        part._top, part._sizes, part._sized_for = [], self._sizes[start:end], aw
        return part

    def draw(self) -> None:
        y = sum(before + height for _, before, height in self._top) + sum(self._sizes)
        for flowable, before, height in self._top:
            y -= before + height
            space_after = flowable.getSpaceAfter() if flowable is not self.head else 0.0
            flowable.drawOn(self.canv, 0, y + space_after)
        for row, size in zip(self.rows, self._sizes, strict=True):
            y -= size
            row.drawOn(self.canv, 0, y)


def row_tables(
    header: list[Any],
    rows: list[list[Any]],
    widths: list[float],
    titles: list[Flowable] | None = None,
    continued: Callable[[], Flowable] | None = None,
) -> list[Flowable]:
    """A list of rows with the look of ``list_table``, its ``titles`` kept with its first
    rows and its header on every page (see ``RowList``); ``continued`` makes the title a
    continued part starts with ("Talen (vervolg)")."""
    return [RowList(header, rows, widths, titles, continued)]


def panel(rows: list[list[Any]], widths: list[float]) -> Table:
    """A tinted block for a summary that should stand apart from the lists around it."""
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), TINT),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
                ("LINEBEFORE", (0, 0), (0, -1), 2.2, ACCENT),
            ]
        )
    )
    return table
