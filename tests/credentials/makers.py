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
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa, utils
from joserfc import jws
from joserfc.jwk import ECKey, OKPKey
from pyld import jsonld

from portfolio_app.credentials import CredentialImport, read_credential
from portfolio_app.credentials.contexts import BUNDLED
from portfolio_app.domain import CheckStatus
from tests.conftest import REPO_ROOT

CONTEXTS_DIR = REPO_ROOT / "resources" / "credentials" / "contexts"

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


# --- RDF-canonicalised proofs and P-256 keys -----------------------------------------------


def _bundled_only(url: str, options: Any = None) -> dict[str, Any]:
    """The test signer's own document loader: the contexts the app ships, read from the
    files (not through the app's loader), and never the network."""
    entry = BUNDLED.get(url)
    if entry is None:
        raise AssertionError(f"the test signer was asked for an unbundled context: {url}")
    text = (CONTEXTS_DIR / entry.file).read_text(encoding="utf-8")
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(text)}


def rdfc(document: dict[str, Any]) -> bytes:
    """RDFC-1.0 (URDNA2015) canonical N-Quads, as a signer computes them."""
    nquads = jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": _bundled_only,
        },
    )
    return str(nquads).encode("utf-8")


def _jcs(document: dict[str, Any]) -> bytes:
    return bytes(rfc8785.dumps(document))


@dataclass
class P256Issuer:
    """An issuer whose identity is a P-256 did:key (``zDn…``), for ES256 and ecdsa-*-2019."""

    private: ec.EllipticCurvePrivateKey

    @property
    def did(self) -> str:
        point = self.private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
        )
        return "did:key:z" + b58encode(b"\x80\x24" + point)

    @property
    def method(self) -> str:
        return f"{self.did}#{self.did.removeprefix('did:key:')}"

    def sign(self, data: bytes) -> bytes:
        der = self.private.sign(data, ec.ECDSA(hashes.SHA256()))
        r, s = utils.decode_dss_signature(der)
        return r.to_bytes(32, "big") + s.to_bytes(32, "big")

    @property
    def jose_key(self) -> ECKey:
        pem = self.private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        return ECKey.import_key(pem)

    def jwt(self, claims: dict[str, Any], header: dict[str, Any] | None = None) -> str:
        alg = "ES256K" if isinstance(self.private.curve, ec.SECP256K1) else "ES256"
        head = header or {"alg": alg, "typ": "JWT", "kid": self.method}
        return sign_compact(head, claims, self.jose_key)


@dataclass
class Secp256k1Issuer(P256Issuer):
    @property
    def did(self) -> str:
        point = self.private.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.CompressedPoint
        )
        return "did:key:z" + b58encode(b"\xe7\x01" + point)


def add_proof(
    signer: Ed25519Issuer | P256Issuer,
    document: dict[str, Any],
    suite: str,
    *,
    method: str | None = None,
    purpose: str = "assertionMethod",
    **extra: Any,
) -> dict[str, Any]:
    """A Data Integrity proof of ``suite`` (eddsa-rdfc-2022, eddsa-jcs-2022, ecdsa-rdfc-2019,
    ecdsa-jcs-2019 or Ed25519Signature2020), made as the specifications' Add Proof says."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    legacy = suite == "Ed25519Signature2020"
    options: dict[str, Any] = {
        "type": suite if legacy else "DataIntegrityProof",
        **({} if legacy else {"cryptosuite": suite}),
        "created": "2025-01-15T10:00:00Z",
        "verificationMethod": method or signer.method,
        "proofPurpose": purpose,
        **extra,
    }
    if suite.endswith("jcs-2022") or suite.endswith("jcs-2019"):
        if "@context" in unsecured:
            options["@context"] = unsecured["@context"]
        canon = _jcs
        config = options
    else:
        canon = rdfc
        config = {**options, "@context": unsecured["@context"]}
    hash_data = hashlib.sha256(canon(config)).digest() + hashlib.sha256(canon(unsecured)).digest()
    if isinstance(signer, Ed25519Issuer):
        signature = signer.private.sign(hash_data)
    else:
        signature = signer.sign(hash_data)
    return {**unsecured, "proof": {**options, "proofValue": "z" + b58encode(signature)}}
