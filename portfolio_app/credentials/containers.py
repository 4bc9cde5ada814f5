"""Getting the credential text out of the file the user dropped.

A credential arrives as JSON, as a compact JWS/JWT, or "baked" into the badge image: a PNG
``iTXt`` chunk or an element of an SVG (Open Badges Baking 2.0, and section 5.3 of Open Badges
3.0). The file type is taken from its content, never from its name. SVG is parsed with
``defusedxml`` and DTDs refused, so no entity expansion or external reference can run.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from PIL import Image, PngImagePlugin, UnidentifiedImageError

from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    UnreadableCredential,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PNG_KEYS = ("openbadgecredential", "openbadges")
"""iTXt keywords of Open Badges 3.0 and 2.0; the newer one wins if a file has both."""

SVG_ELEMENTS = (
    "{https://purl.imsglobal.org/ob/v3p0}credential",
    "{http://openbadges.org}assertion",
)
MAX_PIXELS = 40_000_000
"""A badge chunk after the image data is only reached by decoding the pixels; bound them."""

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
    try:
        with Image.open(io.BytesIO(data)) as image:
            if not isinstance(image, PngImagePlugin.PngImageFile):
                raise ValueError("not a PNG")
            found = _baked(image.info)
            if found is None:
                width, height = image.size
                if width * height > MAX_PIXELS:
                    raise _no_badge("PNG")
                found = _baked(image.text)  # reads the chunks after the image data too
    except (OSError, ValueError, SyntaxError, UnidentifiedImageError, Image.DecompressionBombError):
        raise UnreadableCredential(
            f"Deze PNG-afbeelding is beschadigd. {NOTHING_STORED_NL}",
            f"This PNG image is damaged. {NOTHING_STORED_EN}",
        ) from None
    if found is None:
        raise _no_badge("PNG")
    return found


def _baked(chunks: Mapping[Any, object]) -> str | None:
    for key in PNG_KEYS:
        value = chunks.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _from_svg(data: bytes) -> str:
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError):
        raise UnreadableCredential(
            f"Dit SVG-bestand is beschadigd of bevat verboden XML-constructies (DTD of "
            f"entiteiten). {NOTHING_STORED_NL}",
            f"This SVG file is damaged or holds forbidden XML constructs (DTD or entities). "
            f"{NOTHING_STORED_EN}",
        ) from None
    for tag in SVG_ELEMENTS:
        for element in root.iter(tag):
            content = (element.text or "").strip()
            if content:
                return content
            verify = (element.get("verify") or "").strip()
            if verify:
                return verify
    raise _no_badge("SVG")


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
    except UnreadableCredential:
        return False
    if unpacked.container == "json":
        return filename.lower().endswith((".json", ".jsonld"))
    return True
