"""RDF-canonicalised and P-256 proofs, checked offline (issue 16, points 1 and 2).

Three sources, so the verifier is not only consistent with itself: the W3C test vectors of
vc-di-eddsa and vc-di-ecdsa (valid, and every tampered variant made from them here), the
sample credentials of 1EdTech's validator, and credentials signed in ``makers`` with the
tests' own keys. Every test runs with the network blocked (``conftest.no_network``).
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest

from portfolio_app.credentials import SignatureMismatch, contexts
from portfolio_app.credentials.dataintegrity import check_proofs
from portfolio_app.credentials.errors import CredentialError
from portfolio_app.credentials.rdfc import canonical_nquads
from tests.conftest import REPO_ROOT
from tests.credentials.makers import (
    OFFLINE,
    PASSED,
    Ed25519Issuer,
    P256Issuer,
    add_proof,
    read,
    statuses,
)
from tests.credentials.samples import OB3_NS, as_bytes, bake_png, bake_svg, ob3_credential

DATA = REPO_ROOT / "tests" / "data" / "credentials"
W3C = DATA / "w3c"
VERIFIED = {"handtekening": PASSED, "sleutel_uitgever": PASSED}

ED = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
ED_SET = "did:key:z6MktgKTsu1QhX6QPbyqG6geXdw6FQCZBPq7uQpieWbiQiG7"
P256 = "did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP"
P384 = "did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ"
VALID_VECTORS = {
    "eddsa-rdfc-2022.json": ED,
    "ed25519signature2020.json": ED,
    "eddsa-jcs-2022.json": ED,
    "eddsa-rdfc-2022-signedProofSet1.json": ED_SET,
    "eddsa-rdfc-2022-signedProofChain1.json": ED_SET,
    "eddsa-rdfc-2022-signedProofChain2.json": ED_SET,
    "ecdsa-rdfc-2019-p256.json": P256,
    "ecdsa-rdfc-2019-p384.json": P384,
    "ecdsa-jcs-2019-p256.json": P256,
    "ecdsa-jcs-2019-p384.json": P384,
}
RDF_VECTORS = [name for name in VALID_VECTORS if "jcs" not in name]


def _vector(name: str) -> dict[str, Any]:
    return json.loads((W3C / name).read_text(encoding="utf-8"))


# --- the W3C vectors -----------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(VALID_VECTORS))
def test_w3c_vector_verifies_offline(name: str, context_requests: list[str]) -> None:
    document = _vector(name)
    outcome = check_proofs(document)
    assert VALID_VECTORS[name] in outcome.verified_dids
    # A proof set or chain: every proof in it was checked.
    assert (
        len(outcome.verified_dids) == len(document["proof"])
        if isinstance(document["proof"], list)
        else len(outcome.verified_dids) == 1
    )
    assert all(url in contexts.BUNDLED for url in context_requests)


def test_canonical_nquads_are_the_w3c_ones() -> None:
    document = _vector("eddsa-rdfc-2022.json")
    proof = document.pop("proof")
    expected = (W3C / "eddsa-rdfc-2022.canonical-document.nq").read_text(encoding="utf-8")
    assert canonical_nquads(document) == expected
    config = {k: v for k, v in proof.items() if k != "proofValue"}
    config["@context"] = document["@context"]
    expected_proof = (W3C / "eddsa-rdfc-2022.canonical-proof.nq").read_text(encoding="utf-8")
    assert canonical_nquads(config) == expected_proof


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path


def _changed(document: dict[str, Any], path: tuple[Any, ...]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    node: Any = changed
    for key in path[:-1]:
        node = node[key]
    old = node[path[-1]]
    if isinstance(old, str):
        # One character, and still a valid value of its kind (a date stays a date).
        digits = [i for i, c in enumerate(old) if c.isdigit()]
        at = digits[-1] if digits else len(old) - 1
        swap = "3" if old[at] != "3" else "4"
        new = old[:at] + (swap if old[at].isdigit() else ("X" if old[at] != "X" else "Y"))
        node[path[-1]] = new + old[at + 1 :]
    else:
        node[path[-1]] = not old if isinstance(old, bool) else "changed"
    return changed


def _tampered_variants() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for name in RDF_VECTORS:
        document = _vector(name)
        for path in _leaves({k: v for k, v in document.items() if k not in ("proof", "@context")}):
            yield name, "/".join(map(str, path)), _changed(document, path)
        for index, proof in enumerate(
            document["proof"] if isinstance(document["proof"], list) else [document["proof"]]
        ):  # noqa: E501
            for key in proof:
                if key in ("proofValue", "type", "cryptosuite"):
                    continue
                where = (
                    ("proof", index, key) if isinstance(document["proof"], list) else ("proof", key)
                )
                yield name, "/".join(map(str, where)), _changed(document, where)
        reordered = copy.deepcopy(document)
        reordered["@context"] = list(reversed(reordered["@context"]))
        yield name, "@context order", reordered


TAMPERED = list(_tampered_variants())


def test_every_tampered_variant_is_refused_or_unchecked() -> None:
    """Each signed field, each proof option and the context order of each W3C RDF vector,
    changed by one character: never "geslaagd", and a refusal whenever the change keeps the
    key checkable offline."""
    assert len(TAMPERED) > 100
    not_refused = []
    for name, where, document in TAMPERED:
        try:
            outcome = check_proofs(document)
        except CredentialError:
            continue
        assert not outcome.verified_dids and not outcome.own_key, (name, where)
        not_refused.append(where)
    # Only a changed key reference escapes a refusal: the key it names is not in the file.
    assert all(w.endswith("verificationMethod") for w in not_refused), not_refused


def test_a_context_the_app_does_not_ship_is_named_and_never_fetched(
    context_requests: list[str],
) -> None:
    outcome = check_proofs(_vector("eddsa-rdfc-2022-employ.json"))
    assert not outcome.verified_dids
    assert outcome.missing_context == "https://w3id.org/citizenship/v4rc1"
    assert "https://w3id.org/citizenship/v4rc1" in outcome.reason
    assert "https://w3id.org/citizenship/v4rc1" in context_requests
    outcome = check_proofs(_vector("ecdsa-rdfc-2019-p256-employ.json"))
    assert outcome.missing_context == "https://w3id.org/citizenship/v4rc1"


def test_the_loader_refuses_unbundled_urls() -> None:
    loader = contexts.Loader()
    with pytest.raises(contexts.MissingContext):
        loader("https://example.org/context.jsonld")
    assert loader("https://www.w3.org/ns/credentials/v2")["document"]["@context"]


# --- the bundled contexts ------------------------------------------------------------------


def test_bundled_contexts_are_the_published_bytes() -> None:
    docs = (REPO_ROOT / "docs" / "credentials.md").read_text(encoding="utf-8")
    folder = REPO_ROOT / "resources" / "credentials" / "contexts"
    files = {entry.file for entry in contexts.BUNDLED.values()}
    assert files == {p.name for p in folder.iterdir()}
    for url, entry in contexts.BUNDLED.items():
        assert hashlib.sha256((folder / entry.file).read_bytes()).hexdigest() == entry.sha256, url
        assert f"`{url}`" in docs, f"docs/credentials.md does not record {url}"
        assert entry.sha256 in docs, f"docs/credentials.md does not record the hash of {url}"


# --- 1EdTech's sample credentials ----------------------------------------------------------

ONE_EDTECH = DATA / "1edtech"
KEY_IN_FILE = {"handtekening": PASSED, "sleutel_uitgever": OFFLINE}


@pytest.mark.parametrize(
    "name",
    [
        "simple.json",
        "simple_v1.json",
        "simple-eddsa-2022.json",
        "simple-multiple-proofs.json",
        "simple-context-alias.json",
        "simple-context-version.json",
        "simple-did-web-method.json",
        "endorsement-valid.json",
        "credential-status-revoked.json",
        "simple-json.png",
        "simple-json.svg",
        "simple-jwt.png",
        "simple-jwt.svg",
        "simple-jwt_v1.png",
        "simple-jwt_v1.svg",
    ],
)
def test_1edtech_samples_verify_with_the_key_in_the_file(name: str) -> None:
    result = read((ONE_EDTECH / name).read_bytes(), name, emails=())
    checks = statuses(result)
    assert {k: checks[k] for k in KEY_IN_FILE} == KEY_IN_FILE


def test_1edtech_did_key_sample_is_checked_with_its_did_key() -> None:
    result = read((ONE_EDTECH / "simple-did-key-method.json").read_bytes(), emails=())
    # Signed by a did:key, but the issuer is a urn:uuid: whose key it is stays open.
    assert {k: statuses(result)[k] for k in KEY_IN_FILE} == KEY_IN_FILE
    detail = next(c.detail for c in result.verification.checks if c.code == "sleutel_uitgever")
    assert "did:key:z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi" in detail


@pytest.mark.parametrize(
    "name",
    [
        "simple-err-proof-value.json",
        "simple-err-type.json",
        "simple-err-issuer-type.json",
        "simple-err-issuer-parentorg-type.json",
        "simple-err-credential-subject-profile-type.json",
        "simple-err-context.json",
        "endorsement-err-schema-status-refresh.json",
        "simple-err-credential-subject-type.json",
        "simple-err-credential-subject-identifier-type.json",
        "simple-err-credential-subject-result-type.json",
        "simple-err-credential-subject-achievement-result-description-type.json",
        "simple-err-evidence-type.json",
        "simple-err-issuer-otheridentifier-type.json",
    ],
)
def test_1edtech_changed_samples_are_refused(name: str) -> None:
    with pytest.raises(SignatureMismatch):
        read((ONE_EDTECH / name).read_bytes(), emails=())


@pytest.mark.parametrize(
    "name",
    [
        "simple-err-proof-method.json",
        "simple-err-proof-method-no-scheme.json",
        "simple-err-proof-method-unknown-scheme.json",
        "simple-noproof.json",
        "simple.jwt",
    ],
)
def test_1edtech_samples_the_app_cannot_vouch_for_are_not_passed(name: str) -> None:
    result = read((ONE_EDTECH / name).read_bytes(), name, emails=())
    assert statuses(result)["handtekening"] == OFFLINE


# --- our own keys: rdfc and jcs, Ed25519 and P-256, JSON, PNG and SVG ----------------------

SUITES = [
    ("ed25519", "eddsa-rdfc-2022"),
    ("ed25519", "eddsa-jcs-2022"),
    ("ed25519", "Ed25519Signature2020"),
    ("p256", "ecdsa-rdfc-2019"),
    ("p256", "ecdsa-jcs-2019"),
]
DOCTYPE = (
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
    '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
)


def _signed(key: str, suite: str, issuer: Ed25519Issuer, p256_issuer: P256Issuer) -> dict[str, Any]:
    signer: Ed25519Issuer | P256Issuer = issuer if key == "ed25519" else p256_issuer
    credential = ob3_credential(signer.did)
    if suite == "Ed25519Signature2020":
        credential["@context"].append("https://w3id.org/security/suites/ed25519-2020/v1")
    return add_proof(signer, credential, suite)


def _files(document: dict[str, Any]) -> dict[str, bytes]:
    text = as_bytes(document).decode()
    svg = bake_svg(namespace=OB3_NS, element="credential", content=text)
    with_doctype = svg.replace(b"?>\n", b"?>\n" + DOCTYPE.encode(), 1)
    assert b"<!DOCTYPE svg PUBLIC" in with_doctype
    return {
        "badge.json": as_bytes(document),
        "badge.png": bake_png(text, "openbadgecredential"),
        "badge.svg": svg,
        "doctype.svg": with_doctype,
    }


@pytest.mark.parametrize(("key", "suite"), SUITES)
def test_own_signed_credentials_verify_in_every_container(
    key: str, suite: str, issuer: Ed25519Issuer, p256_issuer: P256Issuer
) -> None:
    for name, data in _files(_signed(key, suite, issuer, p256_issuer)).items():
        assert {k: statuses(read(data, name))[k] for k in VERIFIED} == VERIFIED, (suite, name)


@pytest.mark.parametrize(("key", "suite"), SUITES)
def test_own_signed_credentials_tampered_anywhere_are_refused(
    key: str, suite: str, issuer: Ed25519Issuer, p256_issuer: P256Issuer
) -> None:
    document = _signed(key, suite, issuer, p256_issuer)
    changes: list[tuple[str, dict[str, Any]]] = []
    for path in _leaves({k: v for k, v in document.items() if k not in ("proof", "@context")}):
        changes.append(("/".join(map(str, path)), _changed(document, path)))
    for option in ("created", "proofPurpose"):
        changes.append((f"proof/{option}", _changed(document, ("proof", option))))
    reordered = copy.deepcopy(document)
    reordered["@context"] = list(reversed(reordered["@context"]))
    changes.append(("@context order", reordered))
    assert len(changes) > 20
    for where, changed in changes:
        for name, data in _files(changed).items():
            if name != "badge.json" and where not in ("@context order", "name"):
                continue  # the containers are covered by one change each
            with pytest.raises(CredentialError):
                read(data, name)
                pytest.fail(f"{suite}: {where} changed in {name} was not refused")


def test_an_added_unsigned_field_is_never_passed(issuer: Ed25519Issuer) -> None:
    document = add_proof(issuer, ob3_credential(issuer.did), "eddsa-rdfc-2022")
    document["credentialSubject"]["achievement"]["nietGedefinieerd"] = "ongecontroleerd"
    result = read(as_bytes(document))
    assert statuses(result)["handtekening"] == OFFLINE
    detail = next(c.detail for c in result.verification.checks if c.code == "handtekening")
    assert "Het veld 'nietGedefinieerd' staat in geen enkele JSON-LD-context" in detail
    document["credentialSubject"]["achievement"]["name"] = "Gewijzigd"
    with pytest.raises(SignatureMismatch):  # a change is still a change
        read(as_bytes(document))


def test_poisoned_blank_node_graph_is_bounded() -> None:
    """A clique of identical blank nodes makes RDFC-1.0 try every permutation; the budget
    stops it (RDFC-1.0, 4.8) and the signature is reported as not checkable."""
    nodes = [{"@id": f"_:b{i}"} for i in range(12)]
    for node in nodes:
        node["https://example.org/p"] = [{"@id": other["@id"]} for other in nodes]
    document = {"@context": "https://www.w3.org/ns/credentials/v2", "@graph": nodes}
    with pytest.raises(Exception, match="eindeloos"):
        canonical_nquads(document)
