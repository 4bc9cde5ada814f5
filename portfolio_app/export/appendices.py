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
from dataclasses import dataclass, field

from pypdf import PageObject, PdfWriter
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table, TableStyle

from portfolio_app.domain import Attachment
from portfolio_app.errors import PortfolioError
from portfolio_app.export import fonts
from portfolio_app.export.appendix_files import (
    IMAGE_DPI,
    fit_scale,
    looks_like_image,
    normalised_image,
    pdf_pages,
    placed,
)
from portfolio_app.export.embedded import EmbeddedCredentials
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MISSING,
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


@dataclass
class Appendix:
    number: int
    attachment: Attachment
    supports: list[str] = field(default_factory=list)
    title: str = ""
    image: bytes | None = None
    image_size: tuple[int, int] = (0, 0)
    turned: bool = False
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
    """The place of one attachment page: a hairline frame of the page's shape (turned when
    landscape), scaled to fit, that remembers where on which page it was drawn."""

    def __init__(self, slot: Slot) -> None:
        super().__init__()
        self.slot = slot
        _, w, h, _ = placed(slot.appendix.pages[slot.index])
        self.scale = fit_scale(w, h)
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
    on its first citation, so the citing text already knows whether it could be added.

    ``titled``: an appendix is headed by what it proves (the title given on its first
    citation, such as the leerbewijs's), with the file name only as a detail; otherwise by
    its file name. ``credentials``: digital credentials to name after the list of appendices
    and to embed in the finished PDF (``export.embedded``)."""

    def __init__(
        self,
        portfolio: Portfolio,
        lang: str,
        credentials: EmbeddedCredentials | None = None,
        *,
        titled: bool = False,
    ) -> None:
        self._portfolio = portfolio
        self._lang = lang
        self._known = {a.id: a for a in portfolio.attachments.list()}
        self.credentials = credentials
        self.titled = titled
        self.items: list[Appendix] = []
        self._by_id: dict[str, Appendix] = {}
        self.slots: list[Slot] = []

    def cite(self, attachment_id: str, supports: str, title: str = "") -> Appendix | None:
        """The appendix for an attachment, numbered on first citation; None if unknown.
        ``title`` names it (default: what it supports)."""
        item = self._by_id.get(attachment_id)
        if item is None:
            attachment = self._known.get(attachment_id)
            if attachment is None:
                return None
            item = Appendix(len(self.items) + 1, attachment, title=title or supports)
            self.items.append(item)
            self._by_id[attachment_id] = item
            self._load(item)
        if supports and supports not in item.supports:
            item.supports.append(supports)
        return item

    def heading(self, item: Appendix) -> str:
        name = item.title if self.titled and item.title else item.attachment.filename
        return f"{pick(self._lang, 'Bijlage', 'Appendix')} {item.number} · {name}"

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
        """The list of appendices (right after the last section), the embedded credentials,
        then the appendices' pages."""
        story: list[Flowable] = []
        if self.items:
            story += [
                SectionTitle(pick(self._lang, "Bijlagen", "Appendices"), "appendices"),
                self._list(styles),
            ]
        if self.credentials is not None:
            story += self.credentials.story(styles)
        for item in self.items:
            if item.added:
                story += self._pages_of(item, styles)
        return story

    def _list(self, styles: Styles) -> Flowable:
        lang = self._lang
        second = pick(lang, "Titel", "Title") if self.titled else pick(lang, "Bestand", "File")
        rows: list[list[object]] = [
            [
                th(pick(lang, "Bijlage", "Appendix"), styles),
                th(second, styles),
                th(pick(lang, "Hoort bij", "Supports"), styles),
            ]
        ]
        for item in self.items:
            if self.titled:
                name = fonts.markup(item.title or item.attachment.filename)
                name += f'<br/><font size="{styles.meta.fontSize}">'
                name += f"{fonts.markup(item.attachment.filename)}</font>"
            else:
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
        return list_table(rows, [52, 170, CONTENT_WIDTH - 222])

    def _pages_of(self, item: Appendix, styles: Styles) -> list[Flowable]:
        title = self.heading(item)
        count = max(1, len(item.pages))
        story: list[Flowable] = []
        for index in range(count):
            story.append(PageBreak())
            if index == 0:
                story.append(Heading(title, styles.group, f"appendix-{item.number}", 1))
            else:
                story.append(para(title, styles.group))
            story.append(para(self._meta(item, index, count), styles.meta))
            story.append(Spacer(1, 8))
            if item.image is not None:
                story.append(_image_flowable(item))
            else:
                slot = Slot(item, index)
                self.slots.append(slot)
                story.append(SlotFlowable(slot))
        return story

    def _meta(self, item: Appendix, index: int, count: int) -> str:
        """'pagina 2/3 · gedraaid om te passen · Hoort bij: …' under the heading."""
        lang = self._lang
        parts: list[str] = []
        if count > 1:
            parts.append(f"{pick(lang, 'pagina', 'page')} {index + 1}/{count}")
        turned = item.turned if item.image is not None else placed(item.pages[index])[3]
        if turned:
            parts.append(
                pick(lang, "liggend: een kwartslag gedraaid", "landscape: turned a quarter")
            )
        if self.titled:
            parts.append(pick(lang, "bestand ", "file ") + item.attachment.filename)
        if item.supports:
            parts.append(pick(lang, "Hoort bij: ", "Supports: ") + ", ".join(item.supports))
        return "  ·  ".join(parts)

    # -- after ReportLab ------------------------------------------------------------------

    def merge(self, pdf: bytes) -> bytes:
        """Draw the attachments' PDF pages into their slots, and embed the credentials."""
        files = self.credentials.files if self.credentials is not None else []
        if not self.slots and not files:
            return pdf
        writer = PdfWriter(clone_from=io.BytesIO(pdf))
        for slot in self.slots:
            source = slot.appendix.pages[slot.index]
            x, y, width, _ = slot.box
            transform, w, _, _ = placed(source)
            writer.pages[slot.page_number - 1].merge_transformed_page(
                source, transform.scale(width / w).translate(x, y)
            )
        if self.credentials is not None:
            self.credentials.attach_to(writer)
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()


def _image_flowable(item: Appendix) -> Table:
    """The image in a hairline frame, so a white scan does not melt into the page."""
    assert item.image is not None
    px_w, px_h = item.image_size
    width, height = px_w * 72 / IMAGE_DPI, px_h * 72 / IMAGE_DPI
    scale = fit_scale(width, height)
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
        item.pages = pdf_pages(data)
        if not item.pages:
            item.problem = "unreadable"
        return
    if item.attachment.is_image or looks_like_image(head):
        try:
            item.image, item.image_size, item.turned = normalised_image(data)
        except Exception:  # noqa: BLE001 - any decoder failure means "cannot be added"
            item.problem = "unreadable"
        return
    item.problem = "unsupported"
