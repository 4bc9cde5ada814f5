"""Hostile attachments: files that lie about their type, random bytes with image and PDF
names, decompression bombs, and files of gigabytes.

An attachment is stored as it is (the vault keeps what the user gave it), but its type is
taken from its bytes, never from its name, and everything that later decodes it (the
preview, the PDF export) must fail politely and in bounded time and memory. A file above
the limit is refused by its size, before a byte of it is read.
"""

from __future__ import annotations

import builtins
import hashlib
import io
import struct
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from portfolio_app.domain import Leerbewijs
from portfolio_app.errors import TooLarge
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.json_document import read_json
from portfolio_app.vault import Portfolio
from portfolio_app.vault import attachments as attachments_module
from tests.conftest import PASSPHRASE
from tests.fuzz import fuzzing

# Damaged images make Pillow warn (truncated tags, bomb sizes); expected input here.
pytestmark = [
    pytest.mark.filterwarnings("ignore::UserWarning"),
    pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning"),
]

MAGIC = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
    "image/gif": b"GIF8",
}
PREFIXES = [b"", *MAGIC.values(), b"RIFF\0\0\0\0WEBP", b"<svg", b"PK\x03\x04", b"\xef\xbb\xbf"]
NAMES = [
    "attest.pdf", "scan.PNG", "foto.jpg", "foto.jpeg", "badge.gif", "badge.webp", "logo.svg",
    "diploma", "", "   ", ".", "..", "../../etc/passwd", "map/", "a\x00b.pdf", "naam " * 100,
    "x" * 3000 + ".png", "ééé.pdf", "con.pdf", "bijlage.exe",
]  # fmt: skip


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data)
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def bomb_png(width: int, height: int, depth: int = 1) -> bytes:
    """A valid greyscale PNG of ``width`` x ``height`` zeros: a few kB on disk, hundreds of
    megabytes once decoded. Made by hand so no decoder is needed to make it."""
    row = b"\x00" * (1 + (width * depth + 7) // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", body)
        + _chunk(b"IEND", b"")
    )


def _status_mb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) // 1024
    return 0


def _reset_peak() -> int | None:
    """Start measuring the peak resident memory (Linux); returns the memory in use now, or
    None where the peak cannot be reset."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
    except OSError:
        return None
    return _status_mb("VmRSS")


def _grown_mb(start: int) -> int:
    """How far the peak rose above ``start`` since ``_reset_peak``."""
    return _status_mb("VmHWM") - start


# -- random and lying files -----------------------------------------------------------------


def _check(portfolio: Portfolio) -> Callable[[tuple[bytes, str]], None]:
    counts = fuzzing.tally("attachments: random bytes, lying names")

    def check(value: tuple[bytes, str]) -> None:
        data, name = value
        kind, attachment = fuzzing.outcome(lambda: portfolio.attachments.add_bytes(data, name))
        counts[kind] += 1
        assert kind == "ok", attachment  # any bytes under the limit are kept
        stored = portfolio.attachments.data(attachment.id)
        assert stored == data and attachment.sha256 == hashlib.sha256(data).hexdigest()
        assert attachment.filename.strip() and len(attachment.filename) <= 255
        assert "/" not in attachment.filename
        magic = MAGIC.get(attachment.media_type)
        if magic is not None:  # a type is only claimed when the bytes show it
            assert data.startswith(magic), (attachment.media_type, data[:16])
        # The export decodes it: a refusal is fine, an exception is not.
        item = Appendices(portfolio, "nl").cite(attachment.id, "fuzz")
        assert item is not None
        counts["_export could add it"] += item.added
        portfolio.attachments.delete(attachment.id)

    return check


def real_files() -> list[bytes]:
    """Small, valid files of each kind the export and preview decode."""
    from PIL import Image
    from reportlab.pdfgen import canvas

    made: list[bytes] = []
    for kind in ("PNG", "JPEG", "GIF", "WEBP", "BMP", "TIFF"):
        buffer = io.BytesIO()
        Image.new("RGB", (24, 16), (10, 120, 200)).save(buffer, kind)
        made.append(buffer.getvalue())
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Attest heftruckchauffeur")
    page.showPage()
    page.save()
    made.append(buffer.getvalue())
    return made


def _inputs() -> st.SearchStrategy[tuple[bytes, str]]:
    data = st.one_of(
        st.tuples(st.sampled_from(PREFIXES), st.binary(max_size=3000)).map(
            lambda parts: parts[0] + parts[1]
        ),
        st.sampled_from(real_files()),
        *(fuzzing.byte_mutations(valid) for valid in real_files()),
    )
    name = st.one_of(st.sampled_from(NAMES), st.text(max_size=60))
    return st.tuples(data, name)


def test_random_bytes_with_image_and_pdf_names(portfolio: Portfolio) -> None:
    fuzzing.run_fuzz(_inputs(), _check(portfolio), examples=150)
    assert portfolio.integrity_problems() == [] and portfolio.attachments.count() == 0


@pytest.mark.slow
def test_random_attachments_many(portfolio: Portfolio) -> None:
    fuzzing.run_fuzz(_inputs(), _check(portfolio), examples=3000)
    assert portfolio.integrity_problems() == []


def test_a_file_that_claims_to_be_a_pdf(portfolio: Portfolio) -> None:
    fake = b"%PDF-1.7\nthis is not really a pdf at all\n%%EOF\n"
    for data, name in ((fake, "attest.pdf"), (b"hallo", "attest.pdf"), (b"GIF89a", "x.png")):
        attachment = portfolio.attachments.add_bytes(data, name)
        item = Appendices(portfolio, "nl").cite(attachment.id, "test")
        assert item is not None and not item.added and item.problem
        if not data.startswith(b"%PDF-"):
            assert attachment.media_type != "application/pdf"
    fuzzing.tally("attachments: fake PDFs and images")["refused by the export"] += 3
    fuzzing.publish()


# -- decompression bombs --------------------------------------------------------------------


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    return {
        "20000x20000": bomb_png(20000, 20000),  # over Pillow's hard limit
        "12000x12000": bomb_png(12000, 12000),  # under it: Pillow only warns
    }


@pytest.mark.parametrize("size", ["20000x20000", "12000x12000"])
def test_a_decompression_bomb_in_the_pdf_export(
    portfolio: Portfolio, bombs: dict[str, bytes], size: str
) -> None:
    data = bombs[size]
    assert len(data) < 100_000  # small on disk
    attachment = portfolio.attachments.add_bytes(data, "foto.png")
    assert attachment.media_type == "image/png"
    portfolio.leerbewijzen.add(Leerbewijs(title="Attest", attachment_ids=[attachment.id]))
    before = _reset_peak()
    started = time.monotonic()
    item = Appendices(portfolio, "nl").cite(attachment.id, "Attest")
    assert item is not None and not item.added  # listed as "could not be added"
    assert time.monotonic() - started < 2
    if before is not None:
        grown = _grown_mb(before)
        assert grown < 200, f"{grown} MB more to refuse a {len(data)} byte file"
    try:
        from portfolio_app.export.cv_annex import render_cv
    except ImportError:
        return
    pdf = render_cv(portfolio)
    assert pdf.startswith(b"%PDF-") and len(pdf) < 2_000_000
    fuzzing.tally("attachments: decompression bombs")[f"{size} refused"] += 1
    fuzzing.publish()


def test_a_decompression_bomb_in_the_preview(qapp: Any, bombs: dict[str, bytes]) -> None:
    from portfolio_app.ui.widgets.preview import AttachmentPreview

    preview = AttachmentPreview()
    preview.resize(800, 600)
    for data in bombs.values():
        before = _reset_peak()
        assert preview.show_bytes(data, "foto.png") == "none"
        if before is not None:
            assert _grown_mb(before) < 200
    preview.deleteLater()


# -- files of gigabytes ---------------------------------------------------------------------


@pytest.fixture
def sparse_file(tmp_path: Path) -> Iterator[Callable[[str, int], Path]]:
    def make(name: str, size: int) -> Path:
        path = tmp_path / name
        with open(path, "wb") as handle:
            handle.truncate(size)  # sparse: no room taken on disk
        return path

    yield make


@pytest.fixture
def opened_files(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the code under test opens, so a test can prove a file was never read."""
    seen: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(file))
        return real_open(file, *args, **kwargs)

    def read_bytes(path: Path) -> bytes:
        seen.append(str(path))
        return real_read_bytes(path)

    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(attachments_module, "open", spy, raising=False)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return seen


def test_a_2_gb_attachment_is_refused_without_reading_it(
    vault_path: Path, sparse_file: Callable[[str, int], Path], opened_files: list[str]
) -> None:
    big = sparse_file("film.mp4", 2 * 1024**3)
    started = time.monotonic()
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        with pytest.raises(TooLarge) as info:
            portfolio.attachments.add_file(big)
        assert portfolio.attachments.count() == 0
    fuzzing.assert_plain(info.value)
    assert "te groot" in info.value.message("nl") and "2,1 GB" in info.value.message("nl")
    assert str(big) not in opened_files
    assert time.monotonic() - started < 3
    fuzzing.tally("attachments: files of gigabytes")["2 GB attachment refused unread"] += 1
    fuzzing.publish()


def test_a_5_gb_json_import_is_refused_without_reading_it(
    sparse_file: Callable[[str, int], Path], opened_files: list[str]
) -> None:
    big = sparse_file("export.json", 5 * 1000**3)
    with pytest.raises(TooLarge) as info:
        read_json(big)
    fuzzing.assert_plain(info.value)
    assert str(big) not in opened_files
    fuzzing.tally("attachments: files of gigabytes")["5 GB JSON import refused unread"] += 1
    fuzzing.publish()
