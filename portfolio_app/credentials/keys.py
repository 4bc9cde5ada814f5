"""Public keys a credential can be checked with offline, and compact JWS verification.

Offline, a key is only at hand when the credential carries it: a ``did:key`` identifier (the
DID *is* the public key, W3C did:key method), a JWK or an X.509 certificate in the JWS header
(RFC 7515 sections 4.1.3 and 4.1.6), or, for Open Badges 2.0, a PEM key in the issuer profile
embedded in the assertion. A key found inside the file proves that the content was not changed
since it was signed with that key; only a ``did:key`` also names the issuer, since the issuer's
identifier and the key are the same thing. Signatures are checked by ``joserfc`` and
``cryptography``; nothing cryptographic is written here.
"""

from __future__ import annotations

import base64
import re
import warnings
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from joserfc import jws
from joserfc.errors import BadSignatureError, JoseError
from joserfc.jwk import ECKey, JWKRegistry, OKPKey, RSAKey
from joserfc.jws import JWSRegistry
from joserfc.registry import HeaderParameter

from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    SignatureMismatch,
    TooComplex,
    UnknownCriticalHeader,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import MAX_CREDENTIAL_BYTES, load_json

JoseKey = OKPKey | RSAKey | ECKey

ALGORITHMS = [
    "RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
    "ES256", "ES384", "ES512", "ES256K", "EdDSA", "Ed25519",
]  # fmt: skip
"""Public-key algorithms only: "none" and HMAC ("HS256") prove nothing about an issuer."""

_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def base58btc(text: str) -> bytes:
    """Decode base58 (Bitcoin alphabet), the encoding of did:key and ``proofValue``."""
    number = 0
    for char in text:
        digit = _BASE58.find(char)
        if digit < 0:
            raise ValueError("not base58")
        number = number * 58 + digit
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def did_of(reference: str) -> str:
    """``did:key:z6Mk…#z6Mk…`` -> ``did:key:z6Mk…``."""
    return reference.split("#", 1)[0]


PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey

# Multicodec prefixes (varint) of the public keys a did:key or a Multikey can hold, with the
# length of the key after them (W3C Controlled Identifiers, section 2.2.2: Multikey).
_MULTIKEYS: dict[bytes, tuple[str, int]] = {
    b"\xed\x01": ("Ed25519", 32),
    b"\x80\x24": ("P-256", 33),
    b"\x81\x24": ("P-384", 49),
    b"\xe7\x01": ("secp256k1", 33),
}
_CURVES: dict[str, ec.EllipticCurve] = {
    "P-256": ec.SECP256R1(),
    "P-384": ec.SECP384R1(),
    "secp256k1": ec.SECP256K1(),
}


def multikey(value: str) -> PublicKey | None:
    """The public key of a base58btc Multikey (``z6Mk…`` Ed25519, ``zDn…`` P-256, ``z82…``
    P-384, ``zQ3s…`` secp256k1); None for other key types. A damaged key raises."""
    if not value.startswith("z"):
        return None
    try:
        raw = base58btc(value[1:])
    except ValueError:
        raise _bad_key() from None
    for prefix, (curve, size) in _MULTIKEYS.items():
        if raw.startswith(prefix):
            key = raw[len(prefix) :]
            if len(key) != size:
                raise _bad_key()
            try:
                if curve == "Ed25519":
                    return ed25519.Ed25519PublicKey.from_public_bytes(key)
                return ec.EllipticCurvePublicKey.from_encoded_point(_CURVES[curve], key)
            except ValueError:
                raise _bad_key() from None
    return None


def key_from_did_key(reference: str) -> PublicKey | None:
    """The key a did:key (or a did:key URL with its fragment) stands for; None for key types
    the app does not check. A malformed did:key is an unreadable credential."""
    did, _, fragment = reference.partition("#")
    value = did.removeprefix("did:key:")
    if fragment and fragment != value:
        raise _bad_key()
    return multikey(value)


def ed25519_from_did_key(reference: str) -> ed25519.Ed25519PublicKey | None:
    """The Ed25519 key a did:key stands for; None for other key types."""
    key = key_from_did_key(reference)
    return key if isinstance(key, ed25519.Ed25519PublicKey) else None


def key_in_fragment(method: str) -> PublicKey | None:
    """A key URL whose fragment is the key itself (``https://issuer.example/keys#z6Mk…``, as
    1EdTech's samples write it). The fragment is only a key the file carries: the issuer's
    document online would have to say it is theirs."""
    _, _, fragment = method.partition("#")
    try:
        return multikey(fragment) if len(fragment) > 40 else None
    except UnreadableCredential:
        return None


@dataclass(frozen=True)
class FoundKey:
    """A key to check a JWS with, and where it came from (that decides what it proves)."""

    key: JoseKey
    source: str  # "did:key", "jwk", "x5c" or "pem"
    did: str = ""
    certificate_subject: str = ""


@dataclass(frozen=True)
class Token:
    """A compact JWS, decoded but not yet verified."""

    compact: str
    header: dict[str, Any]
    payload: Any


class _Limits(JWSRegistry):
    """joserfc's default limits (512-byte header, 128 kB payload) are for API tokens; a
    credential carries certificates in its header and images in its payload."""

    max_header_length = 16_384
    max_payload_length = MAX_CREDENTIAL_BYTES


JADES_HEADERS = frozenset(
    {"sigT", "x5t#o", "sigX5ts", "srCms", "srAts", "sigPl", "sigPId", "adoTst", "cty", "typ"}
)
"""JAdES header parameters (ETSI TS 119 182-1, 5.2) the app reads or only reports: signing
time, claimed roles, policy identifier, ... One listed in ``crit`` outside these (such as a
detached payload, ``sigD``) refuses the signature."""

_REGISTRY = _Limits(
    header_registry={name: HeaderParameter(name, lambda value: None) for name in JADES_HEADERS},
    algorithms=ALGORITHMS,
    strict_check_header=False,
)


COMPACT_PART = re.compile(r"^[A-Za-z0-9_-]*$")


def peek(compact: str, understood: frozenset[str] = frozenset()) -> Token:
    """Decode header and payload without trusting them, to learn which key to use.
    ``understood`` are the critical header parameters the caller handles."""
    head = compact.split(".", 1)[0]
    if len(head) > _Limits.max_header_length:
        raise TooComplex(
            f"De kop van de handtekening is groter dan {_Limits.max_header_length // 1000} kB; "
            f"zo groot is geen echte handtekening. {NOTHING_STORED_NL}",
            f"The header of the signature is larger than {_Limits.max_header_length // 1000} "
            f"kB; no real signature is that large. {NOTHING_STORED_EN}",
        )
    try:
        # Our own bounded parser sees the header first: joserfc's json.loads would recurse.
        load_json(base64.urlsafe_b64decode(head + "=" * (-len(head) % 4)).decode("utf-8"))
        parsed = jws.extract_compact(compact.encode("ascii"), registry=_REGISTRY)
        header = dict(parsed.headers())
    except (JoseError, ValueError, UnicodeError):
        raise UnreadableCredential(
            f"De ondertekende gegevens (JWS) zijn beschadigd. {NOTHING_STORED_NL}",
            f"The signed data (JWS) is damaged. {NOTHING_STORED_EN}",
        ) from None
    check_critical(header, understood)
    try:
        text = parsed.payload.decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableCredential(
            f"De ondertekende gegevens zijn geen tekst. {NOTHING_STORED_NL}",
            f"The signed data is not text. {NOTHING_STORED_EN}",
        ) from None
    return Token(compact, header, load_json(text))


def check_critical(header: dict[str, Any], understood: frozenset[str] = frozenset()) -> None:
    """RFC 7515, 4.1.11: a header parameter listed in ``crit`` must be understood, or the
    signature must not be accepted. Only ``understood`` ones are (none in a VC-JWT)."""
    if "crit" not in header:
        return
    listed = header["crit"]
    if not isinstance(listed, list) or not listed or not all(isinstance(n, str) for n in listed):
        raise UnreadableCredential(
            f"De lijst 'crit' in de handtekening is ongeldig. {NOTHING_STORED_NL}",
            f"The 'crit' list in the signature is not valid. {NOTHING_STORED_EN}",
        )
    if any(name not in header for name in listed):
        raise UnreadableCredential(
            f"De lijst 'crit' in de handtekening noemt een veld dat er niet is. "
            f"{NOTHING_STORED_NL}",
            f"The 'crit' list in the signature names a field that is not there. "
            f"{NOTHING_STORED_EN}",
        )
    unknown = [name[:40] for name in listed if name not in understood]
    if unknown:
        raise UnknownCriticalHeader(names=", ".join(unknown[:5]))


def key_from_header(header: dict[str, Any]) -> FoundKey | None:
    kid = header.get("kid")
    if isinstance(kid, str) and kid.startswith("did:key:"):
        public = key_from_did_key(kid)
        if public is not None:
            return FoundKey(_from_cryptography(public), "did:key", did=did_of(kid))
    jwk = header.get("jwk")
    if isinstance(jwk, dict) and jwk.get("kty") in ("RSA", "EC", "OKP"):
        public_members = {
            k: v for k, v in jwk.items() if k not in ("d", "p", "q", "dp", "dq", "qi")
        }
        try:
            key = JWKRegistry.import_key(public_members)
        except (JoseError, ValueError, TypeError):
            raise _bad_key() from None
        if not isinstance(key, OKPKey | RSAKey | ECKey):
            raise _bad_key()
        return FoundKey(key, "jwk")
    found = certificate_from_header(header)
    return found[0] if found else None


def certificate_from_header(header: dict[str, Any]) -> tuple[FoundKey, x509.Certificate] | None:
    """The signer's certificate, the first of the ``x5c`` chain (RFC 7515, 4.1.6)."""
    chain = header.get("x5c")
    if not (isinstance(chain, list) and chain and isinstance(chain[0], str)):
        return None
    try:
        certificate = x509.load_der_x509_certificate(base64.b64decode(chain[0], validate=True))
        key = _from_cryptography(certificate.public_key())
    except (ValueError, TypeError):
        raise _bad_key() from None
    subject = certificate.subject.rfc4514_string()
    return FoundKey(key, "x5c", certificate_subject=subject), certificate


def key_from_pem(pem: str) -> FoundKey:
    try:
        public = serialization.load_pem_public_key(pem.encode("ascii"))
        return FoundKey(_from_cryptography(public), "pem")
    except (ValueError, TypeError, UnicodeError):
        raise _bad_key() from None


def verify_compact(token: Token, found: FoundKey) -> None:
    """Check a compact JWS with the given key; a mismatch refuses the credential."""
    algorithm = token.header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in ALGORITHMS:
        raise SignatureMismatch(
            f"Dit leerbewijs is niet ondertekend met een publieke sleutel (algoritme "
            f"'{str(algorithm)[:20]}'). {NOTHING_STORED_NL}",
            f"This credential is not signed with a public key (algorithm "
            f"'{str(algorithm)[:20]}'). {NOTHING_STORED_EN}",
        )
    try:
        with warnings.catch_warnings():
            # joserfc flags "EdDSA" as superseded by "Ed25519" (RFC 9864); both are in use.
            warnings.simplefilter("ignore")
            jws.deserialize_compact(token.compact, found.key, registry=_REGISTRY)
    except BadSignatureError:
        raise SignatureMismatch() from None
    except (JoseError, ValueError, TypeError):
        # The key does not fit the algorithm (an RSA key for "EdDSA", ...): not the signer's.
        raise SignatureMismatch() from None


def _from_cryptography(public: Any) -> JoseKey:
    if isinstance(public, ed25519.Ed25519PublicKey):
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        x = base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
        return OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": x})
    if isinstance(public, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        pem = public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        with warnings.catch_warnings():
            # joserfc warns about RSA keys under 2048 bits; old badges use them, and the
            # signature still shows whether the content changed.
            warnings.simplefilter("ignore")
            if isinstance(public, rsa.RSAPublicKey):
                return RSAKey.import_key(pem)
            return ECKey.import_key(pem)
    raise ValueError("unsupported key type")


def _bad_key() -> UnreadableCredential:
    return UnreadableCredential(
        f"De sleutel in dit leerbewijs is beschadigd of van een onbekend type. {NOTHING_STORED_NL}",
        f"The key in this credential is damaged or of an unknown type. {NOTHING_STORED_EN}",
    )
