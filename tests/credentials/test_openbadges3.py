"""Open Badges 3.0 / W3C VC: embedded eddsa-jcs-2022 proofs with did:key, VC-JWT, baked
PNG and SVG, and the keys and proofs that cannot be checked offline."""

from __future__ import annotations

import base64
import copy

import pytest
from joserfc.jwk import ECKey, OKPKey

from portfolio_app.credentials import SignatureMismatch, UnreadableCredential, WrongRecipient
from portfolio_app.domain.enums import LeerbewijsKind
from tests.credentials.makers import (
    ESCO_SAFETY,
    FAILED,
    OFFLINE,
    PASSED,
    Ed25519Issuer,
    b64url,
    read,
    sign_compact,
    statuses,
    tamper_compact,
)
from tests.credentials.samples import (
    OB3_NS,
    as_bytes,
    bake_png,
    bake_svg,
    ob3_credential,
    vc_jwt_claims,
)

VERIFIED = {
    "handtekening": PASSED,
    "sleutel_uitgever": PASSED,
    "ontvanger": PASSED,
    "geldigheid": PASSED,
    "intrekking": OFFLINE,
}
OWN_KEY = {**VERIFIED, "sleutel_uitgever": OFFLINE}
UNCHECKED = {**VERIFIED, "handtekening": OFFLINE, "sleutel_uitgever": OFFLINE}


def test_embedded_proof_with_did_key_is_verified_and_mapped(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did, valid_until="2027-11-05T08:00:00Z"))
    result = read(as_bytes(signed), "badge.json")
    lb = result.leerbewijs
    assert statuses(result) == VERIFIED
    assert lb.kind is LeerbewijsKind.MICROCREDENTIAL
    assert lb.title == "Veilig werken op hoogte"
    assert lb.issuer == "Syntra Test"
    assert lb.issued is not None and lb.issued.isoformat() == "2024-11-05"
    assert lb.expires is not None and lb.expires.isoformat() == "2027-11-05"
    assert lb.vks_level == 4
    assert lb.criteria == "Theorie- en praktijktest."
    assert lb.evidence == ["Praktijktest op 4 november."]
    assert [(c.uri, c.label) for c in result.proposed_competences] == [
        (ESCO_SAFETY, "veiligheidsvoorschriften toepassen")
    ]
    assert result.format_name.nl == "Open Badges 3.0 (JSON-LD)"
    assert (
        result.summary() == "Handtekening gecontroleerd; niet offline te controleren: intrekking."
    )
    key = next(c for c in result.verification.checks if c.code == "sleutel_uitgever")
    assert "Syntra Test" in key.detail and "zelf op" in key.detail


def test_tampered_embedded_proof_is_refused(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did))
    forged = copy.deepcopy(signed)
    forged["credentialSubject"]["achievement"]["name"] = "Brandweerofficier"
    with pytest.raises(SignatureMismatch):
        read(as_bytes(forged))
    added = copy.deepcopy(signed)
    added["validUntil"] = "2099-01-01T00:00:00Z"
    with pytest.raises(SignatureMismatch):
        read(as_bytes(added))


def test_proof_by_another_did_key_than_the_issuer_is_refused(
    issuer: Ed25519Issuer, other_issuer: Ed25519Issuer
) -> None:
    signed = other_issuer.prove(ob3_credential(issuer.did))
    with pytest.raises(SignatureMismatch, match="andere sleutel dan die van de uitgever"):
        read(as_bytes(signed))


def test_did_key_signature_for_a_web_issuer_proves_integrity_only(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential("https://syntra.example.be/issuer"))
    assert statuses(read(as_bytes(signed))) == OWN_KEY


def test_proofs_that_need_the_web_are_reported_not_verified(issuer: Ed25519Issuer) -> None:
    relabelled = issuer.prove(ob3_credential(issuer.did))
    relabelled["proof"]["cryptosuite"] = "eddsa-rdfc-2022"  # a JCS signature is no RDFC one
    with pytest.raises(SignatureMismatch):
        read(as_bytes(relabelled))
    did_web = issuer.prove(
        ob3_credential("did:web:syntra.example.be"), method="did:web:syntra.example.be#key-1"
    )
    assert statuses(read(as_bytes(did_web))) == UNCHECKED
    unsigned = ob3_credential(issuer.did)
    assert statuses(read(as_bytes(unsigned))) == UNCHECKED


def test_baked_png_and_svg_with_embedded_proof(issuer: Ed25519Issuer) -> None:
    text = as_bytes(issuer.prove(ob3_credential(issuer.did))).decode()
    png = read(bake_png(text, "openbadgecredential"), "badge.png")
    svg = read(bake_svg(namespace=OB3_NS, element="credential", content=text), "badge.svg")
    assert statuses(png) == VERIFIED
    assert statuses(svg) == VERIFIED
    assert png.format_name.nl == "Open Badges 3.0 (JSON-LD, PNG)"
    assert png.leerbewijs.origin.payload_media_type == "image/png"


def test_tampered_baked_png_is_refused(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did))
    signed["name"] = signed["credentialSubject"]["achievement"]["name"] = "Kraanmachinist"
    with pytest.raises(SignatureMismatch):
        read(bake_png(as_bytes(signed).decode(), "openbadgecredential"), "badge.png")


def test_vc_jwt_with_did_key_is_verified(issuer: Ed25519Issuer) -> None:
    token = issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did)))
    result = read(token.encode(), "badge.jwt")
    assert statuses(result) == VERIFIED
    assert result.leerbewijs.title == "Veilig werken op hoogte"
    assert result.leerbewijs.issued is not None
    assert result.leerbewijs.issued.isoformat() == "2024-11-05"
    assert result.format_name.nl == "Open Badges 3.0 (VC-JWT)"
    baked = read(bake_png(token, "openbadgecredential"), "badge.png")
    svg = read(bake_svg(namespace=OB3_NS, element="credential", verify=token), "badge.svg")
    assert statuses(baked) == statuses(svg) == VERIFIED


def test_tampered_vc_jwt_is_refused(issuer: Ed25519Issuer) -> None:
    token = issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did)))
    forged = tamper_compact(token, lambda c: c["vc"]["credentialSubject"].update(identifier=[]))
    with pytest.raises(SignatureMismatch):
        read(forged.encode(), "badge.jwt")
    with pytest.raises(SignatureMismatch):
        read(bake_png(forged, "openbadgecredential"), "badge.png")


def test_vc_jwt_expiry_claim_counts(issuer: Ed25519Issuer) -> None:
    claims = vc_jwt_claims(ob3_credential(issuer.did))
    claims["exp"] = 1735689600  # 2025-01-01T00:00:00Z, before NOW
    result = read(issuer.jwt(claims).encode(), "badge.jwt")
    assert statuses(result) == {**VERIFIED, "geldigheid": FAILED}
    assert result.leerbewijs.expires is not None
    assert result.leerbewijs.expires.isoformat() == "2025-01-01"


def test_vc_jwt_whose_claims_contradict_the_credential_is_refused(issuer: Ed25519Issuer) -> None:
    claims = vc_jwt_claims(ob3_credential(issuer.did))
    claims["iss"] = "did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH"
    with pytest.raises(UnreadableCredential, match="is niet de uitgever in het leerbewijs"):
        read(issuer.jwt(claims).encode(), "badge.jwt")
    claims = vc_jwt_claims(ob3_credential(issuer.did))
    claims["jti"] = "urn:uuid:00000000-0000-0000-0000-000000000000"
    with pytest.raises(UnreadableCredential, match="spreken zichzelf tegen"):
        read(issuer.jwt(claims).encode(), "badge.jwt")


def test_vc_jwt_with_embedded_jwk_proves_integrity_only(issuer: Ed25519Issuer) -> None:
    key = OKPKey.generate_key("Ed25519")
    header = {"alg": "EdDSA", "typ": "JWT", "jwk": key.as_dict(private=False)}
    claims = vc_jwt_claims(ob3_credential("https://syntra.example.be/issuer"))
    token = sign_compact(header, claims, key)
    assert statuses(read(token.encode(), "badge.jwt")) == OWN_KEY
    other = OKPKey.generate_key("Ed25519")
    wrong = sign_compact({**header, "jwk": other.as_dict(private=False)}, claims, key)
    with pytest.raises(SignatureMismatch):
        read(wrong.encode(), "badge.jwt")


def test_vc_jwt_with_certificate_chain(ec_certificate: tuple[ECKey, str]) -> None:
    key, certificate = ec_certificate
    claims = vc_jwt_claims(ob3_credential("https://cvo.example.be"))
    token = sign_compact({"alg": "ES256", "x5c": [certificate]}, claims, key)
    result = read(token.encode(), "badge.jwt")
    assert statuses(result) == OWN_KEY
    key_check = next(c for c in result.verification.checks if c.code == "sleutel_uitgever")
    assert "CVO Testschool" in key_check.detail


def test_vc_jwt_whose_key_is_online_is_not_verified(issuer: Ed25519Issuer) -> None:
    claims = vc_jwt_claims(ob3_credential("did:web:syntra.example.be"))
    token = issuer.jwt(claims, {"alg": "EdDSA", "kid": "did:web:syntra.example.be#key-1"})
    assert statuses(read(token.encode(), "badge.jwt")) == UNCHECKED


def test_unsigned_algorithms_are_refused(issuer: Ed25519Issuer) -> None:
    body = b64url(as_bytes(vc_jwt_claims(ob3_credential(issuer.did))))
    for header in ({"alg": "none", "kid": issuer.method}, {"alg": "HS256", "kid": issuer.method}):
        head = b64url(as_bytes(header))
        with pytest.raises(SignatureMismatch):
            read(f"{head}.{body}.{b64url(b'x' * 32)}".encode(), "badge.jwt")


def test_vc_2_0_jose_credential_is_signed_as_is(issuer: Ed25519Issuer) -> None:
    token = issuer.jwt(
        ob3_credential(issuer.did), {"alg": "EdDSA", "typ": "vc+jwt", "kid": issuer.method}
    )
    assert statuses(read(token.encode(), "badge.jwt")) == VERIFIED


def test_credential_for_someone_else_is_refused(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did, email="iemand.anders@example.be"))
    with pytest.raises(WrongRecipient):
        read(as_bytes(signed))
    token = issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did, email="x@example.be")))
    with pytest.raises(WrongRecipient):
        read(bake_png(token, "openbadgecredential"), "badge.png")


def test_expired_credential_is_imported_with_failed_validity(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(ob3_credential(issuer.did, valid_until="2025-02-01T00:00:00Z"))
    result = read(as_bytes(signed))
    assert statuses(result) == {**VERIFIED, "geldigheid": FAILED}
    validity = next(c for c in result.verification.checks if c.code == "geldigheid")
    assert validity.detail == "Verlopen op 2025-02-01."


def test_payload_of_a_baked_image_is_the_unchanged_file(issuer: Ed25519Issuer) -> None:
    png = bake_png(
        as_bytes(issuer.prove(ob3_credential(issuer.did))).decode(), "openbadgecredential"
    )
    payload = read(png, "badge.png").leerbewijs.origin.payload
    assert payload is not None and base64.b64decode(payload) == png


def test_proof_set_with_a_co_signer_names_the_issuer(
    issuer: Ed25519Issuer, other_issuer: Ed25519Issuer
) -> None:
    credential = ob3_credential(issuer.did)
    by_other = other_issuer.prove(credential)["proof"]
    by_issuer = issuer.prove(credential)["proof"]
    signed = {**credential, "proof": [by_other, by_issuer]}
    assert statuses(read(as_bytes(signed))) == VERIFIED
    by_other["proofValue"] = by_issuer["proofValue"]
    with pytest.raises(SignatureMismatch):
        read(as_bytes({**credential, "proof": [by_other, by_issuer]}))


def test_did_key_of_an_unsupported_type_is_said_plainly(issuer: Ed25519Issuer) -> None:
    x25519 = "did:key:z6LSbysY2xFMRpGMhb7tFTLMpeuPRaqaWM1yECx2AtzE3KCc"  # key agreement only
    signed = issuer.prove(ob3_credential(x25519), method=f"{x25519}#{x25519[8:]}")
    result = read(as_bytes(signed))
    assert statuses(result) == UNCHECKED
    signature = next(c for c in result.verification.checks if c.code == "handtekening")
    assert "Dit type sleutel" in signature.detail
