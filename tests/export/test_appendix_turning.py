"""Landscape pages and sideways scans in the appendices: a phone photo of a portrait
certificate (stored sideways with an EXIF orientation) comes out upright, and a landscape PDF
page, a page shown landscape by its /Rotate, and a landscape photo are turned a quarter to fit
the portrait page, larger than they would be flat."""

from __future__ import annotations

import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from portfolio_app.domain import CompetenceClaim
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.appendix_files import fit_scale, normalised_image, should_turn
from portfolio_app.export.evc_dossier import find_qualification, render_evc
from portfolio_app.export.options import EvcOptions
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.export.conftest import BK, CREATED, C


def sideways_photo() -> bytes:
    """What a phone stores for a portrait photo taken sideways: landscape pixels and EXIF
    orientation 6 ("turn 90° clockwise to show")."""
    upright = Image.new("RGB", (600, 900), "white")
    upright.paste((200, 30, 30), (0, 0, 600, 100))  # a red band along the top
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    stored.save(out, "JPEG", exif=exif)
    return out.getvalue()


def wide_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1500, 1000), (40, 110, 120)).save(out, "PNG")
    return out.getvalue()


def landscape_pdf() -> bytes:
    """A landscape certificate, then a portrait page that a viewer shows landscape
    (/Rotate 90)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=landscape(A4), invariant=1)
    canvas.drawString(72, 500, "Liggend getuigschrift")
    canvas.showPage()
    canvas.setPageSize(A4)
    canvas.drawString(72, 760, "Gedraaide pagina")
    canvas.showPage()
    canvas.save()
    writer = PdfWriter(clone_from=io.BytesIO(out.getvalue()))
    writer.pages[1].rotate(90)
    rotated = io.BytesIO()
    writer.write(rotated)
    return rotated.getvalue()


def test_turning_only_when_it_makes_the_page_larger() -> None:
    assert not should_turn(595, 842)  # portrait A4
    assert should_turn(842, 595)  # landscape A4
    assert fit_scale(595, 842) > 1.3 * fit_scale(842, 595)
    assert not should_turn(150, 100)  # a small image fits either way at full size


def test_a_sideways_phone_photo_comes_out_upright() -> None:
    data, size, turned = normalised_image(sideways_photo())
    assert size == (600, 900) and not turned
    with Image.open(io.BytesIO(data)) as image:
        top = image.getpixel((300, 20))
        bottom = image.getpixel((300, 880))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[0] > 150 and top[1] < 100  # red at the top
    assert bottom[1] > 200  # white at the bottom


def test_a_landscape_photo_is_turned_counter_clockwise() -> None:
    image = Image.new("RGB", (1500, 1000), "white")
    image.paste((200, 30, 30), (0, 0, 100, 100))  # red top left corner
    out = io.BytesIO()
    image.save(out, "PNG")
    data, size, turned = normalised_image(out.getvalue())
    assert turned and size == (1000, 1500)
    with Image.open(io.BytesIO(data)) as result:
        corner = result.getpixel((20, 1480))  # top left goes to bottom left
    assert isinstance(corner, tuple) and corner[0] > 150 and corner[1] < 100


@pytest.fixture
def scans(portfolio: Portfolio) -> list[str]:
    ids = [
        portfolio.attachments.add_bytes(sideways_photo(), "IMG_0001.jpg").id,
        portfolio.attachments.add_bytes(wide_png(), "breed.png").id,
        portfolio.attachments.add_bytes(landscape_pdf(), "getuigschrift.pdf").id,
    ]
    portfolio.claims.add(
        CompetenceClaim(concept_uri=C + "heftruck", label="Heftruck", attachment_ids=ids)
    )
    return ids


def test_appendices_turn_landscape_pages_and_say_so(
    portfolio: Portfolio, language: CompetenceLanguage, scans: list[str]
) -> None:
    appendices = Appendices(portfolio, "nl")
    photo, wide, pdf = (appendices.cite(i, "Heftruck") for i in scans)
    assert photo is not None and not photo.turned and photo.image_size == (600, 900)
    assert wide is not None and wide.turned
    assert pdf is not None and len(pdf.pages) == 2

    qualification = find_qualification(language, BK)
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED))
    reader = PdfReader(io.BytesIO(data))
    texts = [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]
    turned_note = "liggend: een kwartslag gedraaid"
    photo_page = next(t for t in texts if "bestand IMG_0001.jpg" in t)
    assert turned_note not in photo_page
    assert turned_note in next(t for t in texts if "bestand breed.png" in t)
    pdf_pages = [t for t in texts if "bestand getuigschrift.pdf" in t]
    assert len(pdf_pages) == 2 and all(turned_note in t for t in pdf_pages)
    assert "Liggend getuigschrift" in pdf_pages[0] and "Gedraaide pagina" in pdf_pages[1]
    # The landscape page is drawn a quarter turned (a 90° rotation in its matrix), filling
    # more of the page than it would flat.
    index = texts.index(pdf_pages[0])
    content = reader.pages[index].get_contents()
    assert content is not None
    stream = content.get_data().decode("latin-1")
    matrix = re.search(
        r"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ cm\s+0\.0 0\.0 841", stream
    )
    assert matrix is not None, stream[-400:]
    a, b, c, d = (float(x) for x in matrix.groups())
    assert abs(a) < 1e-6 and abs(d) < 1e-6 and b > 0 and c < 0  # counter-clockwise
    assert b * 595 > 1.3 * fit_scale(842, 595) * 595  # larger than flat
