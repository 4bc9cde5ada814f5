"""Files that must be refused with a clear message, and never crash the reader."""

from __future__ import annotations

import base64
import io
import time

import pytest
from PIL import Image

from portfolio_app.credentials import (
    MAX_CREDENTIAL_BYTES,
    MAX_JSON_DEPTH,
    NotYetValid,
    UnreadableCredential,
)
from portfolio_app.errors import InvalidInput, TooLarge
from tests.credentials.makers import (
    Ed25519Issuer,
    b64url,
    read,
)
from tests.credentials.samples import (
    OB2_NS,
    OB3_NS,
    as_bytes,
    bake_png,
    bake_svg,
    ob2_assertion,
    ob3_credential,
    plain_png,
)


def test_malformed_json_names_the_line() -> None:
    with pytest.raises(UnreadableCredential, match=r"geen geldige JSON \(regel 2\)"):
        read(b'{"type": "Assertion",\n  "badge": }')


def test_json_that_is_no_credential() -> None:
    with pytest.raises(UnreadableCredential, match="zijn geen open badge of digitaal leerbewijs"):
        read(b'{"name": "boodschappenlijst", "items": ["melk"]}')
    with pytest.raises(UnreadableCredential):
        read(b"[1, 2, 3]")


def test_image_without_a_badge() -> None:
    with pytest.raises(UnreadableCredential, match="PNG-afbeelding bevat geen badge"):
        read(plain_png(), "foto.png")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>'
    with pytest.raises(UnreadableCredential, match="SVG-afbeelding bevat geen badge"):
        read(svg, "logo.svg")


def test_other_file_types_are_named() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, "JPEG")
    with pytest.raises(UnreadableCredential, match="foto.jpg is geen open badge"):
        read(buffer.getvalue(), "foto.jpg")
    with pytest.raises(UnreadableCredential):
        read(b"%PDF-1.7\n...", "diploma.pdf")


def test_damaged_png_is_reported() -> None:
    png = bake_png(as_bytes(ob2_assertion()).decode(), "openbadges")
    with pytest.raises(UnreadableCredential, match="beschadigd"):
        read(png[:60], "badge.png")


def test_twenty_megabytes_is_refused_before_parsing() -> None:
    data = b'{"a": "' + b"x" * 20_000_000 + b'"}'
    started = time.perf_counter()
    with pytest.raises(TooLarge) as caught:
        read(data, "groot.json")
    assert time.perf_counter() - started < 0.5
    assert "groot.json" in caught.value.message() and "10,0 MB" in caught.value.message()
    assert len(data) > MAX_CREDENTIAL_BYTES


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_json_nested_ten_thousand_deep_is_refused_without_recursion(opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    deep = (opener * 10_000 + "1" + closer * 10_000).encode()
    with pytest.raises(UnreadableCredential, match=f"dieper genest dan {MAX_JSON_DEPTH}"):
        read(deep)


def test_deep_nesting_inside_a_baked_image_or_token_is_refused() -> None:
    deep = "[" * 10_000 + "]" * 10_000
    with pytest.raises(UnreadableCredential, match="dieper genest"):
        read(bake_png(deep, "openbadgecredential"), "badge.png")
    head = b64url(b'{"alg":"EdDSA"}')
    token = f"{head}.{b64url(deep.encode())}.{b64url(b'sig')}"
    with pytest.raises(UnreadableCredential, match="dieper genest"):
        read(token.encode(), "badge.jwt")
    header = b64url(("[" * 5000 + "]" * 5000).encode())
    with pytest.raises(UnreadableCredential):
        read(f"{header}.{b64url(b'{}')}.{b64url(b'sig')}".encode(), "badge.jwt")


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    assertion = ob2_assertion()
    assertion["badge"]["description"] = "[" * 1000 + "{" * 1000
    assert read(as_bytes(assertion)).leerbewijs.description.startswith("[[[")


def test_duplicate_keys_are_refused() -> None:
    text = as_bytes(ob2_assertion()).decode()
    doubled = text.replace('"type": "Assertion",', '"type": "Assertion", "type": "Assertion",')
    with pytest.raises(UnreadableCredential, match="'type' twee keer"):
        read(doubled.encode())


def test_svg_with_entities_is_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>'
    )
    with pytest.raises(UnreadableCredential, match="entiteiten"):
        read(bomb, "badge.svg")
    external = (
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org">'
        b"<openbadges:assertion>&x;</openbadges:assertion></svg>"
    )
    with pytest.raises(UnreadableCredential):
        read(external, "badge.svg")


def test_badge_that_only_links_to_the_issuer() -> None:
    link = "https://opleider.example.be/assertions/123"
    with pytest.raises(UnreadableCredential, match="alleen een verwijzing"):
        read(bake_png(link, "openbadges"), "badge.png")
    with pytest.raises(UnreadableCredential, match="alleen een verwijzing"):
        read(bake_svg(namespace=OB2_NS, element="assertion", verify=link), "badge.svg")


def test_damaged_token_and_bad_dates() -> None:
    with pytest.raises(UnreadableCredential):
        read(b"eyJhbGciOiJFZERTQSJ9.!!!.abc", "badge.jwt")
    with pytest.raises(UnreadableCredential):
        read(f"{b64url(b'not json')}.{b64url(b'{}')}.{b64url(b'x')}".encode(), "badge.jwt")
    assertion = ob2_assertion()
    assertion["expires"] = "volgende week"
    with pytest.raises(UnreadableCredential, match="vervaldatum in het leerbewijs is geen geldige"):
        read(as_bytes(assertion))


def test_credential_from_the_future_is_refused(issuer: Ed25519Issuer) -> None:
    credential = ob3_credential(issuer.did)
    credential["validFrom"] = "2031-01-01T00:00:00Z"
    with pytest.raises(NotYetValid, match="pas geldig vanaf 2031-01-01"):
        read(as_bytes(issuer.prove(credential)))


def test_expiry_before_issue_is_a_plain_validation_message() -> None:
    assertion = ob2_assertion(expires="2020-01-01T00:00:00Z")
    with pytest.raises(InvalidInput, match="vervaldatum ligt vóór de datum van uitreiking"):
        read(as_bytes(assertion))


def test_malformed_did_key_is_refused(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did), method=issuer.did + "#z6MkWrongFragment")
    with pytest.raises(UnreadableCredential, match="sleutel in dit leerbewijs is beschadigd"):
        read(as_bytes(signed))


def test_text_files_are_not_mistaken_for_credentials() -> None:
    with pytest.raises(UnreadableCredential):
        read(b"Dit is mijn diploma.", "notitie.txt")
    svg = bake_svg(namespace=OB3_NS, element="credential", content="dit is geen JSON")
    with pytest.raises(UnreadableCredential, match="geen geldige JSON"):
        read(svg, "badge.svg")
    with pytest.raises(UnreadableCredential):
        read(base64.b64encode(b"\x00\x01binary"), "x.bin")
