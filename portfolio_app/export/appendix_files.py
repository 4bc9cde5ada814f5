"""Reading an attachment for an appendix: a PDF's pages or an image, upright and turned to
fit the page.

Attachments are untrusted files (damaged, password-protected, a 144-megapixel PNG of a few
kB), so every decoder runs inside a broad ``except``: a file that fails is "could not be
added", never a failed export.

**Turning.** A landscape page or photo shrunk onto a portrait A4 page loses about a third of
its size, and a scanned diploma or a wide table becomes hard to read. So a page or image
that is wider than high is turned a quarter counter-clockwise (the reader turns the paper
clockwise to read it, as with a landscape table in a book) whenever that makes it
noticeably larger. A page's own ``/Rotate`` and a photo's EXIF orientation are honoured
first, so a phone photo of a portrait certificate stays upright.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from PIL import Image as PILImage
from PIL import ImageOps
from pypdf import PageObject, PdfReader, Transformation

from portfolio_app.export.pdf_style import CONTENT_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT

MAX_IMAGE_SIDE = 2000
"""Pixels on the long side: about 300 dpi at the width of the page, sharp enough to read a
scanned certificate, small enough to keep the PDF light."""

MAX_DECODED_PIXELS = 50_000_000
"""A 50-megapixel scan still decodes (about 150 MB as RGB); a JPEG counts at the reduced
size it is decoded at. Anything bigger is listed as "could not be added"."""

HEADER_HEIGHT = 64.0
SLOT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - HEADER_HEIGHT - 8
IMAGE_DPI = 150
"""An image is assumed to be scanned at this resolution: a small logo stays small."""

TURN_GAIN = 1.15
"""Turn only when the turned page is at least this much larger: a small image that fits
either way stays upright."""

# Damaged attachments are expected input here; pypdf's warnings about them are noise on a
# terminal and in the log.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def fit_scale(width: float, height: float) -> float:
    """How much a box of this size is shrunk to fit the appendix slot (never enlarged)."""
    return min(CONTENT_WIDTH / width, SLOT_HEIGHT / height, 1.0)


def should_turn(width: float, height: float) -> bool:
    """Whether a width × height page shows larger turned a quarter."""
    if width <= height:
        return False
    return fit_scale(height, width) >= TURN_GAIN * fit_scale(width, height)


def upright(page: PageObject) -> tuple[Transformation, float, float]:
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


def placed(page: PageObject) -> tuple[Transformation, float, float, bool]:
    """Like ``upright``, then turned a quarter counter-clockwise when that fits better; with
    the size as placed and whether it was turned."""
    transform, w, h = upright(page)
    if should_turn(w, h):
        return transform.rotate(90).translate(h, 0), h, w, True
    return transform, w, h, False


def pdf_pages(data: bytes) -> list[PageObject]:
    """The pages of a PDF attachment, or none when it cannot be read."""
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


def looks_like_image(head: bytes) -> bool:
    return head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM", b"II*", b"MM"))


def normalised_image(data: bytes) -> tuple[bytes, tuple[int, int], bool]:
    """Upright, turned to fit when landscape, RGB on white, at most MAX_IMAGE_SIDE, as JPEG
    (which ReportLab embeds as is, where other formats it would recompress slowly); with its
    size in pixels and whether it was turned."""
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
        width, height = image.size
        turned = should_turn(width * 72 / IMAGE_DPI, height * 72 / IMAGE_DPI)
        if turned:
            image = image.transpose(PILImage.Transpose.ROTATE_90)  # counter-clockwise
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88, optimize=False)
        return out.getvalue(), image.size, turned
