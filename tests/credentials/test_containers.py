"""Badge images as issuers and drawing programs really write them (issue 16, point 3), and
the images that must still be refused: entities, external references, doubled badges, bombs."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from portfolio_app.credentials import UnreadableCredential
from portfolio_app.credentials.errors import DuplicateBadge, TooComplex
from portfolio_app.errors import ExitCode
from tests.conftest import REPO_ROOT
from tests.credentials.makers import PASSED, Ed25519Issuer, add_proof, read, statuses
from tests.credentials.samples import OB3_NS, as_bytes, bake_png, bake_svg, ob3_credential

ONE_EDTECH = REPO_ROOT / "tests" / "data" / "credentials" / "1edtech"
SVG_11 = (
    b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
)


@pytest.fixture
def badge_text(issuer: Ed25519Issuer) -> str:
    return as_bytes(add_proof(issuer, ob3_credential(issuer.did), "eddsa-rdfc-2022")).decode()


def _with_doctype(svg: bytes, doctype: bytes) -> bytes:
    return svg.replace(b"?>\n", b"?>\n" + doctype, 1)


def test_1edtech_svg_badges_with_a_doctype_are_read() -> None:
    for name in ("simple-json.svg", "simple-jwt.svg"):
        data = (ONE_EDTECH / name).read_bytes()
        assert b"<!DOCTYPE svg PUBLIC" in data
        assert statuses(read(data, name, emails=()))["handtekening"] == PASSED


def test_svg_with_doctype_and_internal_subset_without_entities(badge_text: str) -> None:
    svg = bake_svg(namespace=OB3_NS, element="credential", content=badge_text)
    for doctype in (SVG_11, b"<!DOCTYPE svg>\n", b"<!DOCTYPE svg [<!ELEMENT svg ANY>]>\n"):
        result = read(_with_doctype(svg, doctype), "badge.svg")
        assert statuses(result)["handtekening"] == PASSED


def test_external_dtd_is_never_loaded(badge_text: str, tmp_path: Path) -> None:
    """A DOCTYPE pointing at a local DTD that would define the badge through an entity: the
    DTD is not read, so the entity stays unknown and the file is refused as damaged."""
    dtd = tmp_path / "evil.dtd"
    dtd.write_text(f'<!ENTITY badge "{badge_text[:20]}">', encoding="utf-8")
    svg = (
        b'<?xml version="1.0"?>\n'
        + f'<!DOCTYPE svg SYSTEM "{dtd.as_uri()}">\n'.encode()
        + f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="{OB3_NS}">'.encode()
        + b"<openbadges:credential>&badge;</openbadges:credential></svg>"
    )
    with pytest.raises(UnreadableCredential, match="beschadigd"):
        read(svg, "badge.svg")


@pytest.mark.parametrize(
    "subset",
    [
        b'<!ENTITY a "x">',
        b'<!ENTITY % e SYSTEM "http://example.org/x.dtd"> %e;',
        b'<!ENTITY x SYSTEM "file:///etc/passwd">',
        b'<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">',
    ],
)
def test_entity_declarations_stay_refused(subset: bytes, badge_text: str) -> None:
    svg = bake_svg(namespace=OB3_NS, element="credential", content=badge_text)
    with pytest.raises(UnreadableCredential, match="entiteiten"):
        read(_with_doctype(svg, b"<!DOCTYPE svg [" + subset + b"]>\n"), "badge.svg")


def test_svg_with_the_badge_twice_is_refused(badge_text: str) -> None:
    svg = bake_svg(namespace=OB3_NS, element="credential", content=badge_text)
    element = svg[svg.index(b"<openbadges:credential") : svg.index(b"</openbadges:credential>")]
    doubled = svg.replace(b"<circle", element + b"</openbadges:credential><circle", 1)
    with pytest.raises(DuplicateBadge, match="2 keer badgegegevens.*'credential'"):
        read(doubled, "badge.svg")


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _add_chunk(png: bytes, chunk: bytes) -> bytes:
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def test_png_with_the_badge_twice_is_refused(badge_text: str) -> None:
    png = bake_png(badge_text, "openbadgecredential")
    second = _png_chunk(b"iTXt", b"openbadgecredential\0\0\0\0\0" + b'{"other": true}')
    with pytest.raises(DuplicateBadge, match="2 keer badgegegevens.*'openbadgecredential'"):
        read(_add_chunk(png, second), "badge.png")


def test_png_with_one_badge_of_each_version_reads_the_newer(badge_text: str) -> None:
    png = bake_png(badge_text, "openbadgecredential")
    old = _png_chunk(b"tEXt", b"openbadges\0https://example.org/assertions/1")
    assert statuses(read(_add_chunk(png, old), "badge.png"))["handtekening"] == PASSED


def test_compressed_badge_chunk_is_read(badge_text: str) -> None:
    png = bake_png("x", "other")
    body = b"openbadgecredential\0\1\0\0\0" + zlib.compress(badge_text.encode())
    result = read(_add_chunk(png, _png_chunk(b"iTXt", body)), "badge.png")
    assert statuses(result)["handtekening"] == PASSED


def test_zip_bomb_in_a_png_is_called_a_bomb() -> None:
    bomb = zlib.compress(b" " * 50_000_000, 9)
    assert len(bomb) < 100_000
    png = _add_chunk(
        bake_png("x", "other"), _png_chunk(b"iTXt", b"openbadgecredential\0\1\0\0\0" + bomb)
    )
    with pytest.raises(TooComplex, match="zip-bom") as caught:
        read(png, "badge.png")
    assert caught.value.exit_code == ExitCode.TOO_LARGE


def test_badge_after_the_pixels_of_a_huge_image_is_found(badge_text: str) -> None:
    """The chunks are walked, not decoded: a 100-megapixel header costs nothing."""
    png = bake_png(badge_text, "openbadgecredential", after_image=True)
    header = png.index(b"IHDR")
    body = struct.pack(">II", 10_000, 10_000) + png[header + 12 : header + 17]
    huge = png[: header - 4] + _png_chunk(b"IHDR", body) + png[header + 21 :]
    assert statuses(read(huge, "badge.png"))["handtekening"] == PASSED


def test_png_with_a_bad_crc_is_damaged(badge_text: str) -> None:
    png = bytearray(bake_png(badge_text, "openbadgecredential"))
    at = png.index(b"iTXt") + 30
    png[at] ^= 0x01
    with pytest.raises(UnreadableCredential, match="beschadigd"):
        read(bytes(png), "badge.png")


def test_svg_with_an_unknown_encoding_is_damaged() -> None:
    svg = b'<?xml version="1.0" encoding="UTF-7x"?><svg xmlns="http://www.w3.org/2000/svg"/>'
    with pytest.raises(UnreadableCredential, match="beschadigd"):
        read(svg, "badge.svg")
