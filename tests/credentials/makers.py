"""Signing with the tests' own keys (made in conftest), and reading as the app does.

Sample credentials are in ``samples``; every test turns them into the bytes of a file as a user
would drop it and goes through the same door (``read_credential``) as the app. Signing uses the
same libraries as the app (joserfc, cryptography, rfc8785) but is written independently of its
verification code, and
the embedded-proof code is also checked against the W3C test vectors (test_vectors.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import rfc8785
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from joserfc import jws
from joserfc.jwk import OKPKey

from portfolio_app.credentials import CredentialImport, read_credential
from portfolio_app.domain import CheckStatus

EMAIL = "an.peeters@example.be"
SALT = "zeezout"
ESCO_WELD = "http://data.europa.eu/esco/skill/0e3ac7d6-5e3a-4bd1-9b54-1ee5d1e5d2e4"
ESCO_SAFETY = "http://data.europa.eu/esco/skill/3d1f3a4e-8a4b-4c3e-8a1e-2b0c4d5e6f70"
NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, digit = divmod(number, 58)
        out = _B58[digit] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hashed_email(email: str = EMAIL, salt: str = SALT) -> str:
    return "sha256$" + hashlib.sha256((email + salt).encode()).hexdigest()


@dataclass
class Ed25519Issuer:
    """An issuer whose identity is a did:key."""

    private: ed25519.Ed25519PrivateKey

    @property
    def raw_public(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def did(self) -> str:
        return "did:key:z" + b58encode(b"\xed\x01" + self.raw_public)

    @property
    def method(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    @property
    def jose_key(self) -> OKPKey:
        raw = self.private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        return OKPKey.import_key(
            {"kty": "OKP", "crv": "Ed25519", "x": b64url(self.raw_public), "d": b64url(raw)}
        )

    def prove(self, document: dict[str, Any], method: str | None = None, **extra: Any) -> dict:
        """Add an eddsa-jcs-2022 proof (VC Data Integrity EdDSA Cryptosuites v1.0, 3.3.1)."""
        unsecured = {k: v for k, v in document.items() if k != "proof"}
        config = {
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-jcs-2022",
            "created": "2025-01-15T10:00:00Z",
            "verificationMethod": method or self.method,
            "proofPurpose": "assertionMethod",
            **extra,
        }
        if "@context" in unsecured:
            config["@context"] = unsecured["@context"]
        digest = (
            hashlib.sha256(rfc8785.dumps(config)).digest()
            + hashlib.sha256(rfc8785.dumps(unsecured)).digest()
        )
        proof = {**config, "proofValue": "z" + b58encode(self.private.sign(digest))}
        return {**unsecured, "proof": proof}

    def jwt(self, claims: dict[str, Any], header: dict[str, Any] | None = None) -> str:
        head = header or {"alg": "EdDSA", "typ": "JWT", "kid": self.method}
        return sign_compact(head, claims, self.jose_key)


def sign_compact(header: dict[str, Any], payload: Any, key: Any) -> str:
    body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # joserfc's note that "EdDSA" is now "Ed25519"
        return jws.serialize_compact(header, body, key, algorithms=[header["alg"]])


def tamper_compact(token: str, change: Any) -> str:
    """Change the payload of a JWS but keep its original signature."""
    head, body, signature = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    change(payload)
    return ".".join((head, b64url(json.dumps(payload).encode()), signature))


def rsa_public_pem(private: rsa.RSAPrivateKey) -> str:
    return (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )


def read(
    data: bytes,
    filename: str = "leerbewijs.json",
    *,
    emails: tuple[str, ...] = (EMAIL,),
    now: datetime = NOW,
    match: Any = None,
) -> CredentialImport:
    return read_credential(
        data, filename, profile_emails=list(emails), today=now.date(), now=now, match=match
    )


def statuses(result: CredentialImport) -> dict[str, CheckStatus]:
    return {check.code: check.status for check in result.verification.checks}


PASSED = CheckStatus.GESLAAGD
FAILED = CheckStatus.MISLUKT
OFFLINE = CheckStatus.NIET_OFFLINE
