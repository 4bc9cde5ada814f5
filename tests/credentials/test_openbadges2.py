"""Open Badges 2.0: hosted and signed assertions, as JSON, JWS, and baked into PNG and SVG."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from joserfc.jwk import RSAKey

from portfolio_app.credentials import Revoked, SignatureMismatch, WrongRecipient
from portfolio_app.domain.enums import LeerbewijsKind, OriginKind
from tests.credentials.makers import (
    ESCO_WELD,
    FAILED,
    OFFLINE,
    PASSED,
    read,
    rsa_public_pem,
    statuses,
    tamper_compact,
)
from tests.credentials.samples import (
    OB2_NS,
    as_bytes,
    bake_png,
    bake_svg,
    ob2_assertion,
    ob2_signed,
)

HOSTED = {
    "handtekening": OFFLINE,
    "sleutel_uitgever": OFFLINE,
    "ontvanger": PASSED,
    "geldigheid": PASSED,
    "intrekking": OFFLINE,
}
SIGNED = {**HOSTED, "handtekening": PASSED}


def _signed_token(rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey, **kwargs: object) -> str:
    assertion = ob2_assertion(signed=True, public_pem=rsa_public_pem(rsa_private), **kwargs)  # type: ignore[arg-type]
    return ob2_signed(rsa_jose, assertion)


def test_hosted_json_maps_every_field_and_checks_nothing_it_cannot() -> None:
    data = as_bytes(ob2_assertion())
    result = read(data, "badge.json")
    lb = result.leerbewijs
    assert statuses(result) == HOSTED
    assert lb.kind is LeerbewijsKind.OPEN_BADGE
    assert lb.title == "MIG/MAG-lassen basis"
    assert lb.issuer == "Opleidingscentrum Lassen"
    assert lb.issued is not None and lb.issued.isoformat() == "2024-06-14"
    assert lb.expires is None
    assert lb.vks_level == 3
    assert lb.description.startswith("Kan eenvoudige stompe lassen")
    assert lb.criteria == "Praktijkproef van 4 uur geslaagd."
    assert lb.evidence == ["Proefstuk (https://opleider.example.be/proof/77)"]
    assert lb.verification_url == "https://opleider.example.be/assertions/123"
    assert [c.uri for c in result.proposed_competences] == [ESCO_WELD]
    assert lb.competences == result.proposed_competences
    assert lb.origin.kind is OriginKind.GEIMPORTEERD
    assert lb.origin.payload == data.decode()
    assert lb.origin.payload_media_type == "application/json"
    assert lb.verification == result.verification
    assert "Handtekening niet gecontroleerd" in result.summary()
    assert any(
        "niet gekoppeld" in w.nl and "veilig werken met gas" in w.nl for w in result.warnings
    )


def test_hosted_badge_baked_in_png_keeps_the_image_as_payload() -> None:
    text = as_bytes(ob2_assertion()).decode()
    png = bake_png(text, "openbadges")
    result = read(png, "badge.png")
    assert statuses(result) == HOSTED
    assert result.leerbewijs.title == "MIG/MAG-lassen basis"
    assert result.leerbewijs.origin.payload_media_type == "image/png"
    assert base64.b64decode(result.leerbewijs.origin.payload or "") == png
    assert result.format_name.nl == "Open Badges 2.0 (gehost, PNG)"


def test_hosted_badge_baked_after_the_image_data_is_found() -> None:
    png = bake_png(as_bytes(ob2_assertion()).decode(), "openbadges", after_image=True)
    assert read(png, "badge.png").leerbewijs.title == "MIG/MAG-lassen basis"


def test_hosted_badge_baked_in_svg() -> None:
    svg = bake_svg(
        namespace=OB2_NS, element="assertion", content=as_bytes(ob2_assertion()).decode()
    )
    result = read(svg, "badge.svg")
    assert statuses(result) == HOSTED
    assert result.leerbewijs.origin.payload == svg.decode()
    assert result.leerbewijs.origin.payload_media_type == "image/svg+xml"


def test_signed_jws_with_embedded_issuer_key_is_verified(
    rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey
) -> None:
    token = _signed_token(rsa_private, rsa_jose)
    result = read(token.encode(), "badge.jws")
    assert statuses(result) == SIGNED
    assert result.leerbewijs.credential_number.startswith("urn:uuid:")
    assert result.leerbewijs.verification_url is None
    assert result.leerbewijs.origin.payload_media_type == "application/jwt"
    assert "Handtekening gecontroleerd" in result.summary()
    signature = next(c for c in result.verification.checks if c.code == "handtekening")
    assert "sleutel die in het bestand zit" in signature.detail


def test_signed_badge_baked_in_png_and_svg(
    rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey
) -> None:
    token = _signed_token(rsa_private, rsa_jose)
    png = read(bake_png(token, "openbadges"), "badge.png")
    svg = read(bake_svg(namespace=OB2_NS, element="assertion", verify=token), "badge.svg")
    assert statuses(png) == SIGNED
    assert statuses(svg) == SIGNED
    assert png.format_name.nl == "Open Badges 2.0 (ondertekend, PNG)"


def test_tampered_signed_badge_is_refused(rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey) -> None:
    token = _signed_token(rsa_private, rsa_jose)
    forged = tamper_compact(token, lambda p: p["badge"].update(name="Lasinspecteur niveau 3"))
    with pytest.raises(SignatureMismatch, match="handtekening van dit leerbewijs klopt niet"):
        read(forged.encode(), "badge.jws")
    with pytest.raises(SignatureMismatch):
        read(bake_png(forged, "openbadges"), "badge.png")


def test_badge_signed_with_another_key_than_the_embedded_one_is_refused(
    rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey
) -> None:
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    assertion = ob2_assertion(signed=True, public_pem=rsa_public_pem(stranger))
    with pytest.raises(SignatureMismatch):
        read(ob2_signed(rsa_jose, assertion).encode(), "badge.jws")


def test_signed_badge_whose_key_is_only_online_is_not_shown_as_verified(rsa_jose: RSAKey) -> None:
    token = ob2_signed(rsa_jose, ob2_assertion(signed=True))
    result = read(token.encode(), "badge.jws")
    assert statuses(result) == HOSTED
    signature = next(c for c in result.verification.checks if c.code == "handtekening")
    assert "https://opleider.example.be/keys/1" in signature.detail


def test_signed_badge_for_someone_else_is_refused(
    rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey
) -> None:
    token = _signed_token(rsa_private, rsa_jose, email="iemand.anders@example.be")
    with pytest.raises(WrongRecipient, match="uitgereikt aan iemand anders"):
        read(token.encode(), "badge.jws")


def test_recipient_is_compared_case_insensitively_and_without_profile_says_so() -> None:
    data = as_bytes(ob2_assertion())
    assert statuses(read(data, emails=("An.Peeters@Example.be",)))["ontvanger"] is PASSED
    assert statuses(read(data, emails=()))["ontvanger"] is OFFLINE


def test_expired_badge_is_kept_as_history_with_failed_validity(
    rsa_private: rsa.RSAPrivateKey, rsa_jose: RSAKey
) -> None:
    token = _signed_token(rsa_private, rsa_jose, expires="2024-12-31T23:59:59Z")
    result = read(token.encode(), "badge.jws")
    assert statuses(result) == {**SIGNED, "geldigheid": FAILED}
    assert result.leerbewijs.expires is not None
    assert result.leerbewijs.expires.isoformat() == "2024-12-31"
    assert any("verlopen" in w.nl.lower() for w in result.warnings)
    assert "verlopen" in result.summary()


def test_badge_that_names_only_a_link_to_its_class_gets_a_placeholder_title() -> None:
    assertion = ob2_assertion()
    assertion["badge"] = "https://opleider.example.be/badges/mig-lassen"
    result = read(as_bytes(assertion), "mijn-badge.json")
    assert result.leerbewijs.title == "mijn-badge"
    assert result.leerbewijs.issuer == ""
    assert any("niet in het bestand" in w.nl for w in result.warnings)


def test_revoked_assertion_is_refused() -> None:
    assertion = ob2_assertion()
    assertion["revoked"] = True
    with pytest.raises(Revoked):
        read(as_bytes(assertion))
