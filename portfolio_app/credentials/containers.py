"""Getting the credential text out of the file the user dropped.

A credential arrives as JSON, as a compact JWS/JWT, or "baked" into the badge image: a PNG
``iTXt`` chunk or an element of an SVG (Open Badges Baking 2.0, and section 5.3 of Open Badges
3.0). The file type is taken from its content, never from its name. SVG is parsed with
``defusedxml``: a DOCTYPE line is read, but entity declarations are refused and nothing
external is ever loaded, so no entity expansion or external reference can run.
"""

from __future__ import annotations

import base64
import re
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    DuplicateBadge,
    TooComplex,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import MAX_CREDENTIAL_BYTES

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYS = ("openbadgecredential", "openbadges")
"""iTXt keywords of Open Badges 3.0 and 2.0; the newer one wins if a file has both (a badge
baked for both versions). The same keyword twice is refused: which one is real is unknown."""

SVG_ELEMENTS = (
    "{https://purl.imsglobal.org/ob/v3p0}credential",
    "{http://openbadges.org}assertion",
)

COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Unpacked:
    """The credential text, and the original file as it will be kept (unchanged)."""

    container: str  # json, jws, png, svg
    text: str
    payload: str  # the file itself: text as is, or base64 for binary files
    media_type: str


def unpack(data: bytes, filename: str) -> Unpacked:
    if data.startswith(PNG_SIGNATURE):
        encoded = base64.b64encode(data).decode("ascii")
        return Unpacked("png", _from_png(data), encoded, "image/png")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise _unknown(filename) from None
    start = text.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return Unpacked("svg", _from_svg(data), text, "image/svg+xml")
    if start.startswith(("{", "[")):
        return Unpacked("json", text, text, "application/json")
    if COMPACT_JWS.match(start.strip()):
        return Unpacked("jws", start.strip(), text, "application/jwt")
    raise _unknown(filename)


def _from_png(data: bytes) -> str:
    """The badge text from the PNG's text chunks, read by walking the chunks: the pixels are
    never decoded, so a badge after the image data costs nothing extra to find."""
    found: dict[str, list[str]] = {key: [] for key in PNG_KEYS}
    for keyword, text in _png_texts(data):
        if keyword in found and text.strip():
            found[keyword].append(text.strip())
    for key in PNG_KEYS:
        if len(found[key]) > 1:
            raise DuplicateBadge(kind="PNG", count=len(found[key]), where=f"tekstblok '{key}'")
    for key in PNG_KEYS:
        if found[key]:
            return found[key][0]
    raise _no_badge("PNG")


def _png_texts(data: bytes) -> list[tuple[str, str]]:
    """(keyword, text) of every text chunk (tEXt, zTXt, iTXt; PNG 1.2 section 11.3.4) whose
    keyword is a badge keyword; the CRC of those chunks is checked."""
    texts: list[tuple[str, str]] = []
    position = len(PNG_SIGNATURE)
    first = True
    while True:
        if position + 12 > len(data):
            raise _damaged_png()
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        body_end = position + 8 + length
        if length > 0x7FFFFFFF or body_end + 4 > len(data) or (first and kind != b"IHDR"):
            raise _damaged_png()
        first = False
        if kind in (b"tEXt", b"zTXt", b"iTXt"):
            body = data[position + 8 : body_end]
            if zlib.crc32(kind + body) != int.from_bytes(data[body_end : body_end + 4], "big"):
                raise _damaged_png()
            keyword, _, rest = body.partition(b"\0")
            if keyword.decode("latin-1") in PNG_KEYS:
                texts.append((keyword.decode("latin-1"), _chunk_text(kind, rest)))
        if kind == b"IEND":
            return texts
        position = body_end + 4


def _chunk_text(kind: bytes, rest: bytes) -> str:
    try:
        if kind == b"tEXt":
            return rest.decode("latin-1")
        if kind == b"zTXt":
            return _inflate(rest[1:]).decode("latin-1")
        compressed = rest[:1] == b"\1"
        _, _, rest = rest[2:].partition(b"\0")  # language tag
        _, _, text = rest.partition(b"\0")  # translated keyword
        return (_inflate(text) if compressed else text).decode("utf-8")
    except (UnicodeDecodeError, zlib.error):
        raise _damaged_png() from None


def _inflate(data: bytes) -> bytes:
    """Decompress, but never past the size of the largest credential: a few kB that unpack to
    gigabytes (a "zip bomb") are refused for what they are."""
    inflater = zlib.decompressobj()
    out = inflater.decompress(data, MAX_CREDENTIAL_BYTES + 1)
    if len(out) > MAX_CREDENTIAL_BYTES or inflater.unconsumed_tail:
        raise TooComplex(
            f"De badgegegevens in deze afbeelding pakken uit tot meer dan "
            f"{MAX_CREDENTIAL_BYTES // 1_000_000} MB: een zogenaamde zip-bom, geen echte badge. "
            f"{NOTHING_STORED_NL}",
            f"The badge data in this image unpacks to more than "
            f"{MAX_CREDENTIAL_BYTES // 1_000_000} MB: a so-called zip bomb, not a real badge. "
            f"{NOTHING_STORED_EN}",
        )
    return out


def _damaged_png() -> UnreadableCredential:
    return UnreadableCredential(
        f"Deze PNG-afbeelding is beschadigd. {NOTHING_STORED_NL}",
        f"This PNG image is damaged. {NOTHING_STORED_EN}",
    )


def _from_svg(data: bytes) -> str:
    """The badge from an SVG. A DOCTYPE line (as Inkscape and Illustrator write it) is
    allowed; its external DTD is never read, and any entity declaration is refused, so
    neither entity expansion ("billion laughs") nor an external entity can run."""
    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden:
        raise _forbidden_svg(
            "entiteiten (<!ENTITY>), die een aanval kunnen verbergen",
            "entities (<!ENTITY>), which can hide an attack",
        ) from None
    except (ExternalReferenceForbidden, DTDForbidden):
        raise _forbidden_svg(
            "een verwijzing naar een extern bestand", "a reference to an external file"
        ) from None
    except (ParseError, DefusedXmlException, ValueError, LookupError) as exc:
        line = getattr(exc, "position", (0, 0))[0]
        raise UnreadableCredential(
            f"Dit SVG-bestand is beschadigd{f' (regel {line})' if line else ''}. "
            f"{NOTHING_STORED_NL}",
            f"This SVG file is damaged{f' (line {line})' if line else ''}. {NOTHING_STORED_EN}",
        ) from None
    for tag in SVG_ELEMENTS:
        contents = []
        for element in root.iter(tag):
            content = (element.text or "").strip() or (element.get("verify") or "").strip()
            if content:
                contents.append(content)
        if len(contents) > 1:
            name = tag.rpartition("}")[2]
            raise DuplicateBadge(kind="SVG", count=len(contents), where=f"element '{name}'")
        if contents:
            return contents[0]
    raise _no_badge("SVG")


def _forbidden_svg(what_nl: str, what_en: str) -> UnreadableCredential:
    return UnreadableCredential(
        f"Dit SVG-bestand bevat verboden XML-constructies: {what_nl}. {NOTHING_STORED_NL}",
        f"This SVG file holds forbidden XML constructs: {what_en}. {NOTHING_STORED_EN}",
    )


def _no_badge(kind: str) -> UnreadableCredential:
    return UnreadableCredential(
        f"Deze {kind}-afbeelding bevat geen badge. Vraag de uitgever de 'gebakken' badge (met de "
        f"badgegegevens in de afbeelding) of het JSON-bestand. {NOTHING_STORED_NL}",
        f"This {kind} image holds no badge. Ask the issuer for the 'baked' badge (with the badge "
        f"data inside the image) or the JSON file. {NOTHING_STORED_EN}",
    )


def _unknown(filename: str) -> UnreadableCredential:
    return UnreadableCredential(
        f"{filename} is geen open badge of digitaal leerbewijs. De app leest JSON-bestanden, "
        f"PNG- en SVG-badges en ondertekende JWT-bestanden. {NOTHING_STORED_NL}",
        f"{filename} is not an open badge or digital credential. The app reads JSON files, PNG "
        f"and SVG badges and signed JWT files. {NOTHING_STORED_EN}",
    )


def looks_like_credential(data: bytes, filename: str) -> bool:
    """Whether a dropped file should go to the credential import rather than become a plain
    attachment: credential text (JSON, a compact JWS) always does, an image only when a badge
    is baked into it (a scanned diploma is a PNG too)."""
    try:
        unpacked = unpack(data, filename)
    except (DuplicateBadge, TooComplex):
        return True  # a badge image all the same: the import says what is wrong with it
    except UnreadableCredential:
        return False
    if unpacked.container == "json":
        return filename.lower().endswith((".json", ".jsonld"))
    return True
