"""Embedded proofs of a JSON-LD credential (W3C VC Data Integrity 1.0).

Only the ``eddsa-jcs-2022`` cryptosuite (W3C Data Integrity EdDSA Cryptosuites v1.0, section
3.3) is verified: it canonicalises with JCS (RFC 8785), which needs nothing but the document.
The RDF-canonicalised suites (``eddsa-rdfc-2022``, ``Ed25519Signature2020``, ...) need the
JSON-LD context documents from the web to know what the document means; verifying them
without those would be guessing, so they are reported as "niet offline te controleren".
The implementation is tested against the W3C test vectors.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from portfolio_app.credentials.errors import NOTHING_STORED_EN, NOTHING_STORED_NL, SignatureMismatch
from portfolio_app.credentials.jsontools import Moment, as_list, earliest, parse_moment
from portfolio_app.credentials.keys import base58btc, did_of, ed25519_from_did_key

SUITE = "eddsa-jcs-2022"
NEEDS_WEB = {
    "eddsa-rdfc-2022",
    "ecdsa-rdfc-2019",
    "Ed25519Signature2020",
    "Ed25519Signature2018",
    "JsonWebSignature2020",
}


@dataclass(frozen=True)
class ProofOutcome:
    """What the embedded proofs showed.

    ``verified_dids`` are the did:keys whose signatures were checked (a proof set may hold
    several); ``reason`` says (in Dutch) why a proof could not be checked offline."""

    verified_dids: tuple[str, ...] = ()
    reason: str = ""
    expires: Moment | None = None


def check_proofs(document: dict[str, Any]) -> ProofOutcome:
    """Verify every embedded proof that can be checked offline; any that fails refuses."""
    proofs = as_list(document.get("proof"))
    if not proofs:
        return ProofOutcome(reason="Het leerbewijs bevat geen handtekening.")
    verified: list[str] = []
    reasons: list[str] = []
    expires: Moment | None = None
    for proof in proofs:
        if not isinstance(proof, dict):
            raise SignatureMismatch()
        suite = proof.get("cryptosuite") or proof.get("type")
        if proof.get("type") != "DataIntegrityProof" or suite != SUITE:
            reasons.append(_why_not(str(suite)))
            continue
        method = proof.get("verificationMethod")
        method = method if isinstance(method, str) else ""
        public = ed25519_from_did_key(method) if method.startswith("did:key:") else None
        if public is None:
            reasons.append(_key_not_offline(method))
            continue
        if proof.get("proofPurpose") != "assertionMethod":
            raise SignatureMismatch(
                "Dit leerbewijs is ondertekend voor een ander doel dan het bevestigen van een "
                f"leerbewijs. {NOTHING_STORED_NL}",
                f"This credential was signed for another purpose than asserting a credential. "
                f"{NOTHING_STORED_EN}",
            )
        verify_eddsa_jcs(document, proof, public)
        verified.append(did_of(method))
        ends = parse_moment(
            proof.get("expires"), "De vervaldatum van de handtekening", "The expiry of the proof"
        )
        expires = earliest(expires, ends)
    return ProofOutcome(tuple(verified), " ".join(reasons), expires)


def verify_eddsa_jcs(
    document: dict[str, Any], proof: dict[str, Any], public: ed25519.Ed25519PublicKey
) -> None:
    """The eddsa-jcs-2022 Verify Proof algorithm; raises SignatureMismatch when it fails.

    The proof configuration is the proof as given minus ``proofValue``: a signer following
    the current spec has copied the document's ``@context`` into it, one following the
    earlier draft has not, and both sign exactly what they wrote."""
    unsecured = {k: v for k, v in document.items() if k != "proof"}
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if "@context" in options:
        wanted = as_list(options["@context"])
        if as_list(unsecured.get("@context"))[: len(wanted)] != wanted:
            raise SignatureMismatch()
        unsecured["@context"] = options["@context"]
    value = proof.get("proofValue")
    if not isinstance(value, str) or not value.startswith("z"):
        raise SignatureMismatch()
    try:
        signature = base58btc(value[1:])
        hash_data = _sha256(rfc8785.dumps(options)) + _sha256(rfc8785.dumps(unsecured))
        public.verify(signature, hash_data)
    except (ValueError, rfc8785.CanonicalizationError, InvalidSignature):
        raise SignatureMismatch() from None


def _sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _key_not_offline(method: str) -> str:
    if method.startswith("did:key:"):
        return f"Dit type sleutel ({method[:120]}) kan de app niet controleren; alleen Ed25519."
    return (
        f"De sleutel staat bij de uitgever ({method[:200] or 'onbekend'}); die kan alleen "
        "online opgehaald worden."
    )


def _why_not(suite: str) -> str:
    if suite in NEEDS_WEB:
        return (
            f"Deze handtekening ({suite}) heeft gegevens van het internet nodig (JSON-LD-"
            "contexten) en kan daarom niet offline gecontroleerd worden."
        )
    return f"Dit soort handtekening ({suite[:100]}) kan de app niet controleren."
