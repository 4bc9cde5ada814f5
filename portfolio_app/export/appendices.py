"""Attachments as numbered appendices ("Bijlage 3") at the end of a PDF.

Images are placed on pages of their own, scaled to fit. A PDF attachment's pages are set
into A4 pages of the dossier, each with the appendix header and the dossier's footer: the
dossier lays out an empty slot for every such page, and after ReportLab is done pypdf
draws the attachment's page into its slot. So page numbers, the outline and "p. 7/12" are
right without a second pass, and every page of the dossier says which appendix it belongs to.

Everything happens in memory: the attachments come decrypted out of the vault and must never
touch the disk as plaintext. A file that cannot be read (damaged, password-protected, a
type a PDF cannot hold) keeps its number and is listed as "kon niet worden toegevoegd"; the
rest of the export goes on.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from portfolio_app.domain import Attachment
from portfolio_app.errors import PortfolioError
from portfolio_app.export import fonts
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MISSING,
    PAGE_HEIGHT,
    RULE,
    Heading,
    SectionTitle,
    Styles,
    hex_of,
    list_table,
    para,
    rich,
    th,
)
from portfolio_app.export.wording import pick
from portfolio_app.vault import Portfolio

MAX_IMAGE_SIDE = 2000
"""Pixels on the long side: about 300 dpi at the width of the page, sharp enough to read a
scanned certificate, small enough to keep the PDF light."""

# Damaged attachments are expected input here; pypdf's warnings about them are noise on a
# terminal and in the log.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_DECODED_PIXELS = 50_000_000
"""A 50-megapixel scan still decodes (about 150 MB as RGB); a JPEG counts at the reduced
size it is decoded at. Anything bigger is listed as "could not be added"."""

HEADER_HEIGHT = 64.0
SLOT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - HEADER_HEIGHT - 8


@dataclass
class Appendix:
    number: int
    attachment: Attachment
    supports: list[str] = field(default_factory=list)
    image: bytes | None = None
    image_size: tuple[int, int] = (0, 0)
    pages: list[PageObject] = field(default_factory=list)
    problem: str = ""

    @property
    def added(self) -> bool:
        return not self.problem


@dataclass
class Slot:
    appendix: Appendix
    index: int
    page_number: int = 0
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


class SlotFlowable(Flowable):
    """The place of one attachment page: a hairline frame of the page's shape, scaled to
    fit, that remembers where on which page it was drawn."""

    def __init__(self, slot: Slot) -> None:
        super().__init__()
        self.slot = slot
        _, w, h = _upright(slot.appendix.pages[slot.index])
        self.scale = min(CONTENT_WIDTH / w, SLOT_HEIGHT / h, 1.0)
        self.size = (w * self.scale, h * self.scale)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size

    def draw(self) -> None:
        x, y = self.canv.absolutePosition(0, 0)
        self.slot.page_number = self.canv.getPageNumber()
        self.slot.box = (x, y, *self.size)
        self.canv.saveState()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, *self.size, stroke=1, fill=0)
        self.canv.restoreState()


class Appendices:
    """Numbers attachments in the order the document first cites them, and reads each one
    on its first citation, so the citing text already knows whether it could be added."""

    def __init__(self, portfolio: Portfolio, lang: str) -> None:
        self._portfolio = portfolio
        self._lang = lang
        self._known = {a.id: a for a in portfolio.attachments.list()}
        self.items: list[Appendix] = []
        self._by_id: dict[str, Appendix] = {}
        self.slots: list[Slot] = []

    def cite(self, attachment_id: str, supports: str) -> Appendix | None:
        """The appendix for an attachment, numbered on first citation; None if unknown."""
        item = self._by_id.get(attachment_id)
        if item is None:
            attachment = self._known.get(attachment_id)
            if attachment is None:
                return None
            item = Appendix(len(self.items) + 1, attachment)
            self.items.append(item)
            self._by_id[attachment_id] = item
            self._load(item)
        if supports and supports not in item.supports:
            item.supports.append(supports)
        return item

    def reference(self, item: Appendix) -> str:
        """Markup for 'bijlage 3', a link to the appendix when it made it into the PDF."""
        text = f"{pick(self._lang, 'bijlage', 'appendix')} {item.number}"
        if not item.added:
            return f'{text} <font color="{hex_of(MISSING)}">({self.problem_text()})</font>'
        return f'<a href="#appendix-{item.number}">{text}</a>'

    def problem_text(self) -> str:
        return pick(
            self._lang, "bijlage kon niet worden toegevoegd", "attachment could not be added"
        )

    def _load(self, item: Appendix) -> None:
        try:
            data = self._portfolio.attachments.data(item.attachment.id)
        except PortfolioError:
            item.problem = "missing"
            return
        _load_into(item, data)

    # -- the appendix pages ---------------------------------------------------------------

    def story(self, styles: Styles) -> list[Flowable]:
        """The list of appendices (right after the last section), then their pages."""
        if not self.items:
            return []
        lang = self._lang
        rows: list[list[object]] = [
            [
                th(pick(lang, "Bijlage", "Appendix"), styles),
                th(pick(lang, "Bestand", "File"), styles),
                th(pick(lang, "Hoort bij", "Supports"), styles),
            ]
        ]
        for item in self.items:
            name = fonts.markup(item.attachment.filename)
            if not item.added:
                name += f'<br/><font color="{hex_of(MISSING)}">{self.problem_text()}</font>'
            rows.append(
                [
                    para(str(item.number), styles.cell),
                    rich(name, styles.cell),
                    para(", ".join(item.supports), styles.meta),
                ]
            )
        story: list[Flowable] = [
            SectionTitle(pick(lang, "Bijlagen", "Appendices"), "appendices"),
            list_table(rows, [52, 170, CONTENT_WIDTH - 222]),
        ]
        for item in self.items:
            if item.added:
                story += self._pages_of(item, styles)
        return story

    def _pages_of(self, item: Appendix, styles: Styles) -> list[Flowable]:
        lang = self._lang
        title = f"{pick(lang, 'Bijlage', 'Appendix')} {item.number} · {item.attachment.filename}"
        count = max(1, len(item.pages))
        story: list[Flowable] = []
        for index in range(count):
            story.append(PageBreak())
            if index == 0:
                story.append(Heading(title, styles.group, f"appendix-{item.number}", 1))
            else:
                story.append(para(title, styles.group))
            meta = pick(lang, "Hoort bij: ", "Supports: ") + ", ".join(item.supports)
            if count > 1:
                page_word = pick(lang, "pagina", "page")
                meta = f"{page_word} {index + 1}/{count}" + (
                    "  ·  " + meta if item.supports else ""
                )
            elif not item.supports:
                meta = ""
            story.append(para(meta, styles.meta))
            story.append(Spacer(1, 8))
            if item.image is not None:
                story.append(_image_flowable(item))
            else:
                slot = Slot(item, index)
                self.slots.append(slot)
                story.append(SlotFlowable(slot))
        return story

    # -- after ReportLab ------------------------------------------------------------------

    def merge(self, pdf: bytes) -> bytes:
        """Draw the attachments' PDF pages into their slots."""
        if not self.slots:
            return pdf
        writer = PdfWriter(clone_from=io.BytesIO(pdf))
        for slot in self.slots:
            source = slot.appendix.pages[slot.index]
            x, y, width, _ = slot.box
            upright, w, _ = _upright(source)
            transform = upright.scale(width / w).translate(x, y)
            writer.pages[slot.page_number - 1].merge_transformed_page(source, transform)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _upright(page: PageObject) -> tuple[Transformation, float, float]:
    """The transformation that puts a page's visible box at the origin the way a viewer
    shows it (honouring /Rotate), with its shown width and height."""
    box = page.cropbox
    w, h = float(box.width), float(box.height)
    moved = Transformation().translate(-float(box.left), -float(box.bottom))
    rotation = page.rotation % 360
    if rotation == 90:
        return moved.rotate(-90).translate(0, w), h, w
    if rotation == 180:
        return moved.rotate(180).translate(w, h), w, h
    if rotation == 270:
        return moved.rotate(90).translate(h, 0), h, w
    return moved, w, h


def _image_flowable(item: Appendix) -> Table:
    """The image in a hairline frame, so a white scan does not melt into the page."""
    assert item.image is not None
    px_w, px_h = item.image_size
    # Assume 150 dpi, then shrink to fit: a small logo stays small, a photo fills the page.
    width, height = px_w * 72 / 150, px_h * 72 / 150
    scale = min(CONTENT_WIDTH / width, SLOT_HEIGHT / height, 1.0)
    image = Image(io.BytesIO(item.image), width * scale, height * scale)
    framed = Table([[image]], hAlign="LEFT")
    framed.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return framed


def _load_into(item: Appendix, data: bytes) -> None:
    """Fill in the image or the PDF pages, or the reason it cannot be added. Decoders of
    untrusted files raise all sorts of exceptions, so each step catches broadly."""
    head = data[:8]
    if head.startswith(b"%PDF-") or item.attachment.is_pdf:
        item.pages = _pdf_pages(data)
        if not item.pages:
            item.problem = "unreadable"
        return
    if item.attachment.is_image or _looks_like_image(head):
        try:
            item.image, item.image_size = _normalised_image(data)
        except Exception:  # noqa: BLE001 - any decoder failure means "cannot be added"
            item.problem = "unreadable"
        return
    item.problem = "unsupported"


def _looks_like_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM", b"II*", b"MM"))


def _pdf_pages(data: bytes) -> list[PageObject]:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return []
        pages = list(reader.pages)
        for page in pages:
            if float(page.cropbox.width) <= 0 or float(page.cropbox.height) <= 0:
                return []
            page.get_contents()
        return pages
    except Exception:  # noqa: BLE001 - a damaged PDF fails in many ways
        return []


def _normalised_image(data: bytes) -> tuple[bytes, tuple[int, int]]:
    """Upright, RGB on white, at most MAX_IMAGE_SIDE, as JPEG (which ReportLab embeds as is,
    where other formats it would recompress slowly)."""
    with PILImage.open(io.BytesIO(data)) as opened:
        # A JPEG is decoded straight at a reduced scale: a phone photo in a fraction of the time.
        opened.draft("RGB", (MAX_IMAGE_SIDE, MAX_IMAGE_SIDE))
        if opened.width * opened.height > MAX_DECODED_PIXELS:
            # Pillow only warns below 179 million pixels, and a PNG of a few kB can hold
            # 144 million (about a gigabyte of memory to decode): refuse it before loading.
            raise ValueError("image too large to decode")
        opened.load()
        image: Any = ImageOps.exif_transpose(opened) or opened
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            background = PILImage.new("RGB", image.size, "white")
            background.paste(image, mask=image.getchannel("A"))
            image = background
        elif image.mode != "RGB":
            image = image.convert("RGB")
        image.thumbnail((MAX_IMAGE_SIDE, MAX_IMAGE_SIDE), reducing_gap=2.0)
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88, optimize=False)
        return out.getvalue(), image.size
