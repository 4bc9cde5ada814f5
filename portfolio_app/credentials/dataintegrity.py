"""Embedded proofs of a JSON-LD credential (W3C VC Data Integrity 1.0), verified offline.

The cryptosuites, each as its specification's "Verify Proof" algorithm says:

- ``eddsa-jcs-2022`` and ``ecdsa-jcs-2019`` canonicalise with JCS (RFC 8785), which needs
  nothing but the document (Data Integrity EdDSA 1.0, section 3.3; ECDSA 1.0, section 3.4);
- ``eddsa-rdfc-2022`` (and its draft name ``eddsa-2022``), ``ecdsa-rdfc-2019`` and the older
  ``Ed25519Signature2020`` canonicalise the RDF with RDFC-1.0, using only the context
  documents the app ships (``rdfc``, ``contexts``). A proof that needs a context the app does
  not carry is "niet offline te controleren", and the context is named.

The key must be in the file: a ``did:key`` (Ed25519, P-256, P-384 or secp256k1), or a key URL
whose fragment is the Multikey itself. Only a did:key also says who signed (see ``trust``).
A proof set checks every proof on its own; a proof chain (``previousProof``) includes the
proofs it builds on. The implementation is tested against the W3C test vectors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, utils

from portfolio_app.credentials.errors import NOTHING_STORED_EN, NOTHING_STORED_NL, SignatureMismatch
from portfolio_app.credentials.jsontools import Moment, as_list, earliest, parse_moment
from portfolio_app.credentials.keys import (
    PublicKey,
    base58btc,
    did_of,
    key_from_did_key,
    key_in_fragment,
)
from portfolio_app.credentials.rdfc import NotCanonical, canonicalize, unsigned_field

JCS_SUITES = {"eddsa-jcs-2022", "ecdsa-jcs-2019"}
RDFC_SUITES = {"eddsa-rdfc-2022", "eddsa-2022", "ecdsa-rdfc-2019", "Ed25519Signature2020"}
BASE_CONTEXTS = {"https://www.w3.org/ns/credentials/v2", "https://www.w3.org/2018/credentials/v1"}
"""A Verifiable Credential's first context must be one of these (VC Data Model 1.1 and 2.0)."""


@dataclass(frozen=True)
class ProofOutcome:
    """What the embedded proofs showed.

    ``verified_dids`` are the did:keys whose signatures were checked (a proof set may hold
    several); ``own_key`` says a signature was checked with a key that only the file names
    (a key URL's fragment); ``reason`` says (in Dutch) why a proof could not be checked."""

    verified_dids: tuple[str, ...] = ()
    own_key: str = ""
    reason: str = ""
    expires: Moment | None = None
    missing_context: str = ""


def check_proofs(document: dict[str, Any], purpose: str = "assertionMethod") -> ProofOutcome:
    """Verify every embedded proof that can be checked offline; any that fails refuses."""
    proofs = as_list(document.get("proof"))
    if not proofs:
        return ProofOutcome(reason="Het leerbewijs bevat geen handtekening.")
    verified: list[str] = []
    own_key = ""
    reasons: list[str] = []
    missing = ""
    expires: Moment | None = None
    for proof in proofs:
        if not isinstance(proof, dict):
            raise SignatureMismatch()
        suite = _suite(proof)
        if suite not in JCS_SUITES | RDFC_SUITES:
            reasons.append(_why_not(suite))
            continue
        method = proof.get("verificationMethod")
        method = method if isinstance(method, str) else ""
        is_did_key = method.startswith("did:key:")
        public = key_from_did_key(method) if is_did_key else key_in_fragment(method)
        if public is None:
            reasons.append(_key_not_offline(method, is_did_key))
            continue
        if proof.get("proofPurpose") != purpose:
            raise _wrong_purpose()
        try:
            verify_proof(document, proof, public, proofs)
        except NotCanonical as exc:
            reasons.append(exc.reason)
            missing = missing or exc.missing_context
            continue
        if is_did_key:
            verified.append(did_of(method))
        else:
            own_key = own_key or method
        ends = parse_moment(
            proof.get("expires"), "De vervaldatum van de handtekening", "The expiry of the proof"
        )
        expires = earliest(expires, ends)
    return ProofOutcome(tuple(verified), own_key, " ".join(reasons), expires, missing)


def verify_proof(
    document: dict[str, Any],
    proof: dict[str, Any],
    public: PublicKey,
    proofs: list[Any] | None = None,
) -> None:
    """One proof's Verify Proof algorithm; raises SignatureMismatch when it fails, and
    NotCanonical when the RDF cannot be canonicalised offline."""
    suite = _suite(proof)
    _check_key_fits(suite, public)
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    previous = _previous(proof, proofs or [])
    if previous:
        unsecured["proof"] = previous if len(previous) > 1 else previous[0]
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in options:
        # The proof's context must be the start of the document's (Data Integrity 1.0, 4.4).
        wanted = as_list(options["@context"])
        if as_list(unsecured.get("@context"))[: len(wanted)] != wanted:
            raise SignatureMismatch()
        unsecured["@context"] = options["@context"]
    signature = _signature(proof.get("proofValue"))
    if suite in JCS_SUITES:
        digest = _digest(public)
        hash_data = digest(_jcs(options)) + digest(_jcs(unsecured))
    else:
        _check_first_context(unsecured)
        config = dict(options)
        if "@context" in unsecured:
            config["@context"] = unsecured["@context"]
        digest = _digest(public)
        config_nquads, unsigned_option = canonicalize(config)
        document_nquads, unsigned = canonicalize(unsecured)
        hash_data = digest(config_nquads.encode()) + digest(document_nquads.encode())
        _verify_signature(public, signature, hash_data)
        if unsigned or unsigned_option:
            # Checked after the signature: a changed document is reported as changed.
            raise unsigned_field(unsigned or unsigned_option)
        return
    _verify_signature(public, signature, hash_data)


def verify_eddsa_jcs(
    document: dict[str, Any], proof: dict[str, Any], public: ed25519.Ed25519PublicKey
) -> None:
    """The eddsa-jcs-2022 Verify Proof algorithm (kept for the W3C vector tests)."""
    verify_proof(document, proof, public)


def _suite(proof: dict[str, Any]) -> str:
    if proof.get("type") == "DataIntegrityProof":
        return str(proof.get("cryptosuite"))[:100]
    return str(proof.get("type"))[:100]


def _previous(proof: dict[str, Any], proofs: list[Any]) -> list[dict[str, Any]]:
    """The proofs a chained proof builds on (Data Integrity 1.0, 4.3 Add Proof Set/Chain)."""
    wanted = [p for p in as_list(proof.get("previousProof")) if isinstance(p, str)]
    if not wanted:
        return []
    found = [p for p in proofs if isinstance(p, dict) and p.get("id") in wanted]
    if len(found) != len(wanted):
        raise SignatureMismatch()
    return found


def _signature(value: Any) -> bytes:
    if not isinstance(value, str) or not value.startswith("z"):
        raise SignatureMismatch()
    try:
        return base58btc(value[1:])
    except ValueError:
        raise SignatureMismatch() from None


def _jcs(value: dict[str, Any]) -> bytes:
    try:
        return bytes(rfc8785.dumps(value))
    except rfc8785.CanonicalizationError:
        raise SignatureMismatch() from None


def _digest(public: PublicKey) -> Callable[[bytes], bytes]:
    if isinstance(public, ec.EllipticCurvePublicKey) and public.curve.key_size == 384:
        return lambda data: hashlib.sha384(data).digest()
    return lambda data: hashlib.sha256(data).digest()


def _check_key_fits(suite: str, public: PublicKey) -> None:
    eddsa = suite.startswith("eddsa") or suite == "Ed25519Signature2020"
    if eddsa != isinstance(public, ed25519.Ed25519PublicKey):
        raise SignatureMismatch()


def _verify_signature(public: PublicKey, signature: bytes, data: bytes) -> None:
    try:
        if isinstance(public, ed25519.Ed25519PublicKey):
            public.verify(signature, data)
            return
        size = (public.curve.key_size + 7) // 8
        if len(signature) != 2 * size:
            raise SignatureMismatch()
        r = int.from_bytes(signature[:size], "big")
        s = int.from_bytes(signature[size:], "big")
        algorithm = hashes.SHA384() if public.curve.key_size == 384 else hashes.SHA256()
        public.verify(utils.encode_dss_signature(r, s), data, ec.ECDSA(algorithm))
    except InvalidSignature:
        raise SignatureMismatch() from None


def _check_first_context(unsecured: dict[str, Any]) -> None:
    """The order of contexts decides what a document means, and a Verifiable Credential's
    first context is fixed (VC Data Model 2.0, 4.3): a moved base context is a change."""
    contexts = as_list(unsecured.get("@context"))
    if contexts and not (isinstance(contexts[0], str) and contexts[0] in BASE_CONTEXTS):
        raise SignatureMismatch(
            "De volgorde van de JSON-LD-contexten van dit leerbewijs is gewijzigd: de eerste "
            f"moet die van Verifiable Credentials zijn. {NOTHING_STORED_NL}",
            "The order of this credential's JSON-LD contexts was changed: the first must be "
            f"that of Verifiable Credentials. {NOTHING_STORED_EN}",
        )


def _wrong_purpose() -> SignatureMismatch:
    return SignatureMismatch(
        "Dit leerbewijs is ondertekend voor een ander doel dan het bevestigen van een "
        f"leerbewijs. {NOTHING_STORED_NL}",
        f"This credential was signed for another purpose than asserting a credential. "
        f"{NOTHING_STORED_EN}",
    )


def _key_not_offline(method: str, is_did_key: bool) -> str:
    if is_did_key:
        return (
            f"Dit type sleutel ({method[:120]}) kan de app niet controleren; wel Ed25519, "
            "P-256, P-384 en secp256k1."
        )
    return (
        f"De sleutel staat bij de uitgever ({method[:200] or 'onbekend'}); die kan alleen "
        "online opgehaald worden."
    )


def _why_not(suite: str) -> str:
    return f"Dit soort handtekening ({suite}) kan de app niet controleren."
