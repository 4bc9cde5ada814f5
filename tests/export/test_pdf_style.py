"""Readable on a grey printout: every text colour at 4.5:1 or more on the backgrounds it is
set on, body and evidence text at 8.5 pt or more, and long lists that break across pages
with their header repeated, their group heading kept with their first rows, and no page left
half empty because a list moved on (issue 13)."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.platypus import Paragraph

from portfolio_app.export.pdf_document import DocInfo, build_pdf
from portfolio_app.export.pdf_style import (
    BACKGROUNDS,
    CONTENT_WIDTH,
    MIN_TEXT_SIZE,
    PAGE_HEIGHT,
    TEXT_COLOURS,
    Heading,
    SectionTitle,
    Styles,
    para,
    row_tables,
    th,
)


def _luminance(colour: colors.Color) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.red, colour.green, colour.blue))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: colors.Color, b: colors.Color) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_text_colour_reads_at_4_5_to_1_on_every_background() -> None:
    for text in TEXT_COLOURS:
        for background in BACKGROUNDS:
            assert contrast(text, background) >= 4.5, (text.hexval(), background.hexval())


def test_the_old_grey_would_have_failed() -> None:
    assert contrast(colors.HexColor("#98A2AC"), colors.white) < 3  # the test can fail


def test_styles_use_only_readable_colours_and_sizes() -> None:
    styles = Styles()
    readable = {c.hexval() for c in TEXT_COLOURS}
    for name, style in vars(styles).items():
        assert style.textColor.hexval() in readable, name
    for name in ("body", "lead", "cell", "meta", "note", "small"):
        assert getattr(styles, name).fontSize >= MIN_TEXT_SIZE, name
    assert styles.th.fontSize >= 7.5  # table headers: bold capitals


def _page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _lowest_text(data: bytes) -> list[float]:
    """Per page, the height (from the bottom) of the lowest line of text, footer aside."""
    found = []
    for page in PdfReader(io.BytesIO(data)).pages:
        ys: list[float] = []

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, ys: list[float] = ys
        ) -> None:
            y = cm[5] + tm[5]
            if text.strip() and y > 50:  # the footer sits lower
                ys.append(y)

        page.extract_text(visitor_text=visit)
        found.append(min(ys) if ys else PAGE_HEIGHT)
    return found


def _document(filler: int, rows: int) -> bytes:
    styles = Styles()
    story = [para(f"Inleiding {i}. " + "Tekst " * 40, styles.body) for i in range(filler)]
    head = [th("Competentie", styles), th("Niveau", styles)]
    lines = [
        [para(f"competentie {i:02d}", styles.cell), para("2", styles.meta)] for i in range(rows)
    ]
    titles = [SectionTitle("Competenties", "c"), Heading("Talen", styles.group, "talen", 1)]
    story += row_tables(
        head,
        lines,
        [CONTENT_WIDTH - 100, 100],
        titles,
        lambda: Paragraph("Talen (vervolg)", styles.group),
    )
    info = DocInfo(
        title="t", author="", subject="", lang="nl", created=date(2025, 3, 3), footer="voet"
    )
    return build_pdf(story, info, styles)


def test_a_group_across_a_page_keeps_its_header_and_says_it_continues() -> None:
    pages = _page_texts(_document(filler=6, rows=60))
    assert len(pages) >= 2
    second = pages[1]
    assert second.lstrip().startswith("Talen (vervolg)")
    assert "COMPETENTIE" in second.split("competentie")[0]  # the header before the first row
    numbers = [int(n) for p in pages for n in re.findall(r"competentie (\d\d)", p)]
    assert numbers == list(range(60))  # every row once, in order


def test_a_list_starts_on_the_page_it_is_on_instead_of_leaving_it_half_empty() -> None:
    data = _document(filler=6, rows=30)
    first = _page_texts(data)[0]
    assert "TALEN" in first.upper() and "competentie 00" in first
    assert _lowest_text(data)[0] < PAGE_HEIGHT / 3  # filled to the bottom third


def test_titles_never_end_a_page_alone() -> None:
    """With room for the titles but not for two rows, everything moves on together."""
    for filler in range(5, 12):
        pages = _page_texts(_document(filler=filler, rows=8))
        for page in pages:
            if "Talen" in page and "(vervolg)" not in page:
                assert page.count("competentie ") >= 2, (filler, page[-200:])
