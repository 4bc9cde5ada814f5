"""Issue 16, points 2, 6 and 7: P-256 and secp256k1 did:keys in VC-JWT, the same rules in
every JWT form, refusals that name their real reason, and bounded work."""

from __future__ import annotations

import json
import time

import pytest

from portfolio_app.credentials import UnreadableCredential
from portfolio_app.credentials.errors import TooComplex, UnknownCriticalHeader
from portfolio_app.errors import ExitCode
from tests.credentials.makers import (
    OFFLINE,
    PASSED,
    Ed25519Issuer,
    P256Issuer,
    Secp256k1Issuer,
    add_proof,
    b64url,
    read,
    statuses,
)
from tests.credentials.samples import as_bytes, ob3_credential, vc_jwt_claims

VERIFIED = {"handtekening": PASSED, "sleutel_uitgever": PASSED}


def _checks(result: object) -> dict[str, object]:
    found = statuses(result)  # type: ignore[arg-type]
    return {k: found[k] for k in VERIFIED}


def test_vc_jwt_signed_with_a_p256_did_key(p256_issuer: P256Issuer) -> None:
    token = p256_issuer.jwt(vc_jwt_claims(ob3_credential(p256_issuer.did)))
    assert _checks(read(token.encode(), "badge.jwt")) == VERIFIED


def test_vc_jwt_signed_with_a_secp256k1_did_key(secp256k1_issuer: Secp256k1Issuer) -> None:
    assert secp256k1_issuer.did.startswith("did:key:zQ3s")
    token = secp256k1_issuer.jwt(vc_jwt_claims(ob3_credential(secp256k1_issuer.did)))
    assert _checks(read(token.encode(), "badge.jwt")) == VERIFIED


def test_vc2_jwt_must_name_the_same_issuer(p256_issuer: P256Issuer, issuer: Ed25519Issuer) -> None:
    credential = ob3_credential(p256_issuer.did)
    token = p256_issuer.jwt({**credential, "iss": issuer.did})
    with pytest.raises(UnreadableCredential, match="is niet de uitgever in het leerbewijs"):
        read(token.encode(), "badge.jwt")
    same = p256_issuer.jwt({**credential, "iss": p256_issuer.did})
    assert _checks(read(same.encode(), "badge.jwt")) == VERIFIED


def test_unknown_critical_header_is_named(issuer: Ed25519Issuer) -> None:
    header = {"alg": "EdDSA", "kid": issuer.method, "crit": ["exp"], "exp": 1}
    claims = vc_jwt_claims(ob3_credential(issuer.did))
    signing_input = f"{b64url(json.dumps(header).encode())}.{b64url(json.dumps(claims).encode())}"
    token = f"{signing_input}.{b64url(issuer.private.sign(signing_input.encode()))}"
    with pytest.raises(UnknownCriticalHeader, match=r"\(exp\)"):
        read(token.encode(), "badge.jwt")


def _with_alignments(issuer: Ed25519Issuer, count: int, suite: str) -> bytes:
    credential = ob3_credential(issuer.did)
    alignments = credential["credentialSubject"]["achievement"]["alignment"]
    for i in range(count):
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"vaardigheid {i}",
                "targetUrl": f"http://data.europa.eu/esco/skill/s{i}",
            }
        )
    if suite == "eddsa-jcs-2022":
        return as_bytes(issuer.prove(credential))
    return as_bytes(add_proof(issuer, credential, suite))


def test_fifty_thousand_alignments_are_refused_for_their_size_in_time(
    issuer: Ed25519Issuer,
) -> None:
    data = _with_alignments(issuer, 50_000, "eddsa-jcs-2022")
    started = time.perf_counter()
    with pytest.raises(TooComplex, match="meer dan 10.000 onderdelen") as caught:
        read(data)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, elapsed
    assert caught.value.exit_code == ExitCode.TOO_LARGE


def test_many_competences_are_cut_with_a_warning(issuer: Ed25519Issuer) -> None:
    data = _with_alignments(issuer, 2_000, "eddsa-jcs-2022")
    started = time.perf_counter()
    result = read(data)
    assert time.perf_counter() - started < 2.0
    assert len(result.proposed_competences) == 500
    assert any("de eerste 500 zijn overgenomen" in w.nl for w in result.warnings)
    assert _checks(result) == VERIFIED


def test_a_large_rdf_signed_credential_is_read_but_not_canonicalised(
    issuer: Ed25519Issuer,
) -> None:
    small = read(_with_alignments(issuer, 300, "eddsa-rdfc-2022"))
    assert _checks(small) == VERIFIED
    large = ob3_credential(issuer.did)
    large["credentialSubject"]["achievement"]["alignment"] = [
        {"type": ["Alignment"], "targetName": f"v{i}", "targetUrl": f"https://e.org/{i}"}
        for i in range(1_600)
    ]
    signed = issuer.prove(large)  # JCS-signed, then relabelled below to need RDF
    signed["proof"]["cryptosuite"] = "eddsa-rdfc-2022"
    started = time.perf_counter()
    result = read(as_bytes(signed))
    assert time.perf_counter() - started < 2.0
    assert statuses(result)["handtekening"] == OFFLINE
    detail = next(c.detail for c in result.verification.checks if c.code == "handtekening")
    assert "te groot" in detail
