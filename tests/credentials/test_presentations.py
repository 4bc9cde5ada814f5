"""Verifiable Presentations (issue 16, point 5): each credential inside read and judged on its
own; the holder's signature reported apart."""

from __future__ import annotations

import json
from typing import Any

import pytest

from portfolio_app.credentials import (
    CredentialImport,
    PresentationImport,
    SignatureMismatch,
    UnreadableCredential,
    read_file,
)
from portfolio_app.domain import CheckStatus
from tests.credentials.makers import (
    EMAIL,
    NOW,
    PASSED,
    Ed25519Issuer,
    P256Issuer,
    add_proof,
    read,
    statuses,
)
from tests.credentials.samples import as_bytes, ob3_credential, vc_jwt_claims

VP_CONTEXT = ["https://www.w3.org/ns/credentials/v2"]


def _read(data: bytes) -> PresentationImport:
    result = read_file(data, "wallet.json", profile_emails=[EMAIL], today=NOW.date(), now=NOW)
    assert isinstance(result, PresentationImport)
    return result


def _presentation(holder: Ed25519Issuer, credentials: list[Any]) -> dict[str, Any]:
    return {
        "@context": VP_CONTEXT,
        "type": ["VerifiablePresentation"],
        "holder": holder.did,
        "verifiableCredential": credentials,
    }


@pytest.fixture
def two_credentials(issuer: Ed25519Issuer, p256_issuer: P256Issuer) -> list[dict[str, Any]]:
    first = add_proof(issuer, ob3_credential(issuer.did), "eddsa-rdfc-2022")
    second = ob3_credential(p256_issuer.did)
    second["id"] = "urn:uuid:2b6f3f1e-0000-4000-8000-000000000002"
    second["credentialSubject"]["achievement"]["name"] = "Heftruck besturen"
    return [first, add_proof(p256_issuer, second, "ecdsa-rdfc-2019")]


def test_each_credential_gets_its_own_verdict_and_the_holder_signature_apart(
    issuer: Ed25519Issuer, other_issuer: Ed25519Issuer, two_credentials: list[dict[str, Any]]
) -> None:
    tampered = json.loads(json.dumps(two_credentials[1]))
    tampered["credentialSubject"]["achievement"]["name"] = "Kraan besturen"
    vp = _presentation(other_issuer, [two_credentials[0], tampered])
    signed = add_proof(other_issuer, vp, "eddsa-rdfc-2022", purpose="authentication")
    result = _read(as_bytes(signed))
    assert result.presentation.status is CheckStatus.GESLAAGD
    assert "van de houder" in result.presentation.detail
    first, second = result.credentials
    assert isinstance(first.result, CredentialImport) and first.refusal is None
    assert statuses(first.result)["handtekening"] == PASSED
    assert first.result.leerbewijs.origin.format == "openbadges-3.0-json-ld+vp"
    assert json.loads(first.result.leerbewijs.origin.payload or "") == two_credentials[0]
    assert isinstance(second.refusal, SignatureMismatch) and second.result is None


def test_a_changed_presentation_fails_its_own_check_only(
    other_issuer: Ed25519Issuer, two_credentials: list[dict[str, Any]]
) -> None:
    signed = add_proof(
        other_issuer,
        _presentation(other_issuer, two_credentials),
        "eddsa-jcs-2022",
        purpose="authentication",
    )
    signed["verifiableCredential"] = signed["verifiableCredential"][:1]
    result = _read(as_bytes(signed))
    assert result.presentation.status is CheckStatus.MISLUKT
    assert "presentatie klopt niet" in result.presentation.detail
    assert [item.result is not None for item in result.credentials] == [True]


def test_an_unsigned_presentation_and_its_credentials(
    other_issuer: Ed25519Issuer, two_credentials: list[dict[str, Any]]
) -> None:
    result = _read(as_bytes(_presentation(other_issuer, two_credentials)))
    assert result.presentation.status is CheckStatus.NIET_OFFLINE
    assert "niet ondertekend" in result.presentation.detail
    titles = [item.result.leerbewijs.title for item in result.credentials if item.result]
    assert titles == ["Veilig werken op hoogte", "Heftruck besturen"]


def test_vp_jwt_with_vc_jwts_and_an_enveloped_credential(
    issuer: Ed25519Issuer, p256_issuer: P256Issuer, other_issuer: Ed25519Issuer
) -> None:
    vc_jwt = p256_issuer.jwt(vc_jwt_claims(ob3_credential(p256_issuer.did)))
    enveloped = {
        "@context": VP_CONTEXT,
        "type": "EnvelopedVerifiableCredential",
        "id": "data:application/vc+jwt," + issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did))),
    }
    claims = {
        "iss": other_issuer.did,
        "vp": {**_presentation(other_issuer, [vc_jwt, enveloped])},
    }
    result = _read(other_issuer.jwt(claims).encode())
    assert result.presentation.status is CheckStatus.GESLAAGD
    for item in result.credentials:
        assert item.result is not None
        assert statuses(item.result)["handtekening"] == PASSED
        assert item.result.leerbewijs.origin.payload_media_type == "application/jwt"
    claims["iss"] = issuer.did  # not the holder
    assert _read(issuer.jwt(claims).encode()).presentation.status is CheckStatus.MISLUKT


def test_read_credential_refuses_a_presentation_with_the_reason(
    other_issuer: Ed25519Issuer, two_credentials: list[dict[str, Any]]
) -> None:
    with pytest.raises(UnreadableCredential, match="presentatie met 2"):
        read(as_bytes(_presentation(other_issuer, two_credentials)))
