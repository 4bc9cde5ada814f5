"""Europass credentials sealed with JAdES (issue 16, point 4): the seal checked offline with its
certificate, the EU trusted list left open, and the credential read as an unsigned one is."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, utils
from joserfc.jwk import ECKey

from portfolio_app.credentials import SignatureMismatch, UnreadableCredential
from portfolio_app.credentials.errors import UnknownCriticalHeader
from tests.credentials.makers import ESCO_SAFETY, OFFLINE, PASSED, b64url, read, statuses
from tests.credentials.samples import elm_credential


def seal(
    credential: Any,
    certificate: tuple[ECKey, str],
    *,
    extra: dict[str, Any] | None = None,
    flattened: bool = False,
) -> dict[str, Any]:
    """A JAdES baseline-B seal in the JWS JSON serialization, signed with ES256."""
    key, der = certificate
    header = {
        "alg": "ES256",
        "typ": "jose+json",
        "cty": "json",
        "x5c": [der],
        "sigT": "2023-07-01T08:00:00Z",
        "crit": ["sigT"],
        **(extra or {}),
    }
    protected = b64url(json.dumps(header).encode())
    payload = b64url(json.dumps(credential).encode())
    private = key.private_key
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    r, s = utils.decode_dss_signature(
        private.sign(f"{protected}.{payload}".encode(), ec.ECDSA(hashes.SHA256()))
    )
    signature = b64url(r.to_bytes(32, "big") + s.to_bytes(32, "big"))
    if flattened:
        return {"payload": payload, "protected": protected, "signature": signature}
    return {"payload": payload, "signatures": [{"protected": protected, "signature": signature}]}


def _file(document: dict[str, Any]) -> bytes:
    return json.dumps(document, indent=2).encode()


@pytest.mark.parametrize("flattened", [False, True])
def test_sealed_europass_credential_is_checked_offline(
    ec_certificate: tuple[ECKey, str], flattened: bool
) -> None:
    result = read(_file(seal(elm_credential(), ec_certificate, flattened=flattened)))
    assert statuses(result)["handtekening"] == PASSED
    assert statuses(result)["sleutel_uitgever"] == OFFLINE
    details = {c.code: c.detail for c in result.verification.checks}
    assert details["handtekening"].startswith(
        "Niet gewijzigd sinds het verzegelen door CVO Testschool"
    )
    assert "vertrouwenslijst van de EU" in details["sleutel_uitgever"]
    lb = result.leerbewijs
    assert lb.title == "Graduaat Verpleegkunde" and lb.vks_level == 5
    assert [c.uri for c in result.proposed_competences] == [ESCO_SAFETY]
    assert lb.origin.format == "europass-elm-jades+json"


def test_a_changed_sealed_credential_is_refused(ec_certificate: tuple[ECKey, str]) -> None:
    sealed = seal(elm_credential(), ec_certificate)
    changed = elm_credential()
    changed["credentialSubject"]["hasClaim"][0]["title"]["nl"] = "Master Geneeskunde"
    sealed["payload"] = b64url(json.dumps(changed).encode())
    with pytest.raises(SignatureMismatch):
        read(_file(sealed))


def test_a_seal_with_another_certificate_is_refused(
    ec_certificate: tuple[ECKey, str],
) -> None:
    other_key = ECKey.generate_key("P-256")
    sealed = seal(elm_credential(), (other_key, ec_certificate[1]))
    with pytest.raises(SignatureMismatch):
        read(_file(sealed))


def test_unknown_critical_header_is_named(ec_certificate: tuple[ECKey, str]) -> None:
    detached = {"mId": "http://uri.etsi.org/19182/ObjectIdByURI", "pars": ["credential.json"]}
    sealed = seal(
        elm_credential(), ec_certificate, extra={"crit": ["sigT", "sigD"], "sigD": detached}
    )
    with pytest.raises(UnknownCriticalHeader, match="sigD"):
        read(_file(sealed))


def test_a_seal_without_certificate_says_so(ec_certificate: tuple[ECKey, str]) -> None:
    sealed = seal(elm_credential(), ec_certificate)
    head = json.loads(base64.urlsafe_b64decode(sealed["signatures"][0]["protected"] + "=="))
    del head["x5c"]
    sealed["signatures"][0]["protected"] = b64url(json.dumps(head).encode())
    with pytest.raises(UnreadableCredential, match="geen certificaat"):
        read(_file(sealed))


def test_a_damaged_seal_is_damaged(ec_certificate: tuple[ECKey, str]) -> None:
    sealed = seal(elm_credential(), ec_certificate)
    sealed["signatures"] = [{"protected": "not base64!", "signature": 3}]
    with pytest.raises(UnreadableCredential, match="beschadigd"):
        read(_file(sealed))
