"""The eddsa-jcs-2022 verifier against the published W3C test vectors (w3c/vc-di-eddsa,
TestVectors/eddsa-jcs-2022), so it is not only consistent with our own test signer.

Two versions of the signed vector exist: the first proofs had no ``@context``, later ones
copy the document's. Both must verify; changing one character in either must not.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from portfolio_app.credentials import SignatureMismatch
from portfolio_app.credentials.dataintegrity import verify_eddsa_jcs
from portfolio_app.credentials.keys import base58btc, ed25519_from_did_key

PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
DOCUMENT: dict[str, Any] = {
    "@context": CONTEXT,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": "https://vc.example/issuers/5678",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
PROOF: dict[str, Any] = {
    "type": "DataIntegrityProof",
    "cryptosuite": "eddsa-jcs-2022",
    "created": "2023-02-24T23:36:38Z",
    "verificationMethod": f"https://vc.example/issuers/5678#{PUBLIC_KEY}",
    "proofPurpose": "assertionMethod",
}
WITHOUT_CONTEXT = (
    "z3P6rHMUaWG6e3Ac6xYFht8aEvoVXndgKTtEY8kzWYXzk8dKmAo2GJeZiJw4qoZ2PGp4ugdaHx3oQiLpeFBLDqP2M"
)
WITH_CONTEXT = (
    "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4"
)


def _signed(with_context: bool) -> dict[str, Any]:
    proof = dict(PROOF)
    if with_context:
        proof["@context"] = CONTEXT
    proof["proofValue"] = WITH_CONTEXT if with_context else WITHOUT_CONTEXT
    return {**copy.deepcopy(DOCUMENT), "proof": proof}


@pytest.mark.parametrize("with_context", [False, True])
def test_w3c_vector_verifies(with_context: bool) -> None:
    document = _signed(with_context)
    public = ed25519_from_did_key(f"did:key:{PUBLIC_KEY}")
    assert public is not None
    verify_eddsa_jcs(document, document["proof"], public)


@pytest.mark.parametrize("with_context", [False, True])
def test_w3c_vector_with_a_changed_character_fails(with_context: bool) -> None:
    document = _signed(with_context)
    document["credentialSubject"]["alumniOf"] = "The School of Exampler"
    public = ed25519_from_did_key(f"did:key:{PUBLIC_KEY}")
    assert public is not None
    with pytest.raises(SignatureMismatch):
        verify_eddsa_jcs(document, document["proof"], public)


def test_proof_context_must_be_the_start_of_the_document_context() -> None:
    document = _signed(True)
    document["@context"] = list(reversed(CONTEXT))
    public = ed25519_from_did_key(f"did:key:{PUBLIC_KEY}")
    assert public is not None
    with pytest.raises(SignatureMismatch):
        verify_eddsa_jcs(document, document["proof"], public)


def test_base58_keeps_leading_zero_bytes() -> None:
    assert base58btc("11") == b"\0\0"
    assert base58btc("1112") == b"\0\0\0\x01"
    assert base58btc(PUBLIC_KEY[1:])[:2] == b"\xed\x01"
    with pytest.raises(ValueError):
        base58btc("0OIl")
