"""Fuzzing the credential importer: ``read_credential`` (bytes in), then ``store_import``.

The corpus is one valid file of each format the app reads, made and signed with the test
keys: an Open Badges 3.0 credential with an embedded proof (JCS and RDF-canonicalised), a
VC-JWT, an Open Badges 2.0 assertion, a Europass credential, a signed presentation of two
credentials, and badges baked into PNG and SVG (with and without a DOCTYPE). Inputs are random
bytes under every file name, byte mutations and JSON mutations of the corpus, and deep
nesting. Each file is imported, or refused with a plain message before anything is stored;
an imported one is stored in the vault in one change (and undone for the next input).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from hypothesis import strategies as st

from portfolio_app.credentials import CredentialImport, read_file
from portfolio_app.credentials.store import store_import
from portfolio_app.vault import Portfolio
from tests.credentials.makers import EMAIL, Ed25519Issuer, add_proof
from tests.credentials.samples import (
    OB3_NS,
    as_bytes,
    bake_png,
    bake_svg,
    elm_credential,
    ob2_assertion,
    ob3_credential,
    vc_jwt_claims,
)
from tests.fuzz import fuzzing

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
FILE_NAMES = ["badge.json", "badge.png", "badge.svg", "badge.jwt", "badge.txt", "badge", ""]


@pytest.fixture(scope="module")
def corpus() -> dict[str, bytes]:
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    ob3 = issuer.prove(ob3_credential(issuer.did, valid_until="2027-11-05T08:00:00Z"))
    ob3_text = as_bytes(ob3).decode()
    rdfc = add_proof(issuer, ob3_credential(issuer.did), "eddsa-rdfc-2022")
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": issuer.did,
        "verifiableCredential": [rdfc, issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did)))],
    }
    return {
        "rdfc.json": as_bytes(rdfc),
        "presentation.json": as_bytes(issuer.prove(presentation, proofPurpose="authentication")),
        "doctype.svg": bake_svg(namespace=OB3_NS, element="credential", content=ob3_text).replace(
            b"?>\n", b'?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd">\n', 1
        ),
        "ob3.json": as_bytes(ob3),
        "ob3.jwt": issuer.jwt(vc_jwt_claims(ob3_credential(issuer.did))).encode(),
        "ob2.json": as_bytes(ob2_assertion()),
        "europass.json": as_bytes(elm_credential()),
        "baked.png": bake_png(ob3_text, "openbadgecredential"),
        "baked.svg": bake_svg(namespace=OB3_NS, element="credential", content=ob3_text),
    }


def _check(portfolio: Portfolio, target: str) -> Callable[[tuple[bytes, str]], None]:
    counts = fuzzing.tally(target)
    empty = portfolio.is_empty()

    def check(value: tuple[bytes, str]) -> None:
        data, name = value
        kind, result = fuzzing.outcome(
            lambda: read_file(data, name, profile_emails=[EMAIL], today=NOW.date(), now=NOW)
        )
        counts[f"read {kind}"] += 1
        if kind != "ok":
            return
        found = [result] if isinstance(result, CredentialImport) else result.credentials
        for item in found:
            one = item if isinstance(item, CredentialImport) else item.result
            if one is None:
                assert item.refusal is not None  # type: ignore[union-attr]
                fuzzing.assert_plain(item.refusal)  # type: ignore[union-attr]
                continue
            stored_kind, _ = fuzzing.outcome(
                lambda one=one: store_import(portfolio, one, data, name)
            )
            counts[f"_store {stored_kind}"] += 1
            if stored_kind == "ok":
                assert portfolio.leerbewijzen.count() == 1
                portfolio.undo()
        assert portfolio.is_empty() == empty

    return check


def _json_mutations(valid: bytes) -> st.SearchStrategy[bytes]:
    document = json.loads(valid)
    paths = [p for p in fuzzing.paths_in(document) if p]

    def build(choice: tuple[int, Any, bool]) -> bytes:
        index, value, remove = choice
        path = paths[index % len(paths)]
        changed = (
            fuzzing.removed(document, path) if remove else fuzzing.replaced(document, path, value)
        )
        return json.dumps(changed, allow_nan=True).encode()

    return st.tuples(st.integers(0, len(paths)), fuzzing.json_values(), st.booleans()).map(build)


def _inputs(corpus: dict[str, bytes]) -> dict[str, st.SearchStrategy[tuple[bytes, str]]]:
    names = st.sampled_from(FILE_NAMES)
    mutated = [
        fuzzing.byte_mutations(data).map(lambda d, n=name: (d, n)) for name, data in corpus.items()
    ]
    json_files = [name for name in corpus if name.endswith(".json")]
    nested = st.tuples(st.integers(1, 100_000), st.sampled_from(["[", '{"a":'])).map(
        lambda c: (c[1] * c[0]).encode()
    )
    return {
        "random bytes": st.tuples(st.binary(max_size=2000), names),
        "byte mutations": st.one_of(*mutated),
        "JSON mutations": st.one_of(
            *(_json_mutations(corpus[n]).map(lambda d, n=n: (d, n)) for n in json_files)
        ),
        "deep nesting": st.tuples(nested, st.sampled_from(["badge.json", "badge.jwt"])),
    }


def _fuzz(portfolio: Portfolio, corpus: dict[str, bytes], examples: int) -> None:
    # The corpus itself reads (or the mutations would only ever test refusals).
    for name, data in corpus.items():
        assert read_file(data, name, profile_emails=[EMAIL], today=NOW.date(), now=NOW)
    for label, strategy in _inputs(corpus).items():
        fuzzing.run_fuzz(strategy, _check(portfolio, f"credential import: {label}"), examples)
    assert portfolio.integrity_problems() == []


def test_credential_import(portfolio: Portfolio, corpus: dict[str, bytes]) -> None:
    _fuzz(portfolio, corpus, examples=50)


@pytest.mark.slow
def test_credential_import_many_inputs(portfolio: Portfolio, corpus: dict[str, bytes]) -> None:
    _fuzz(portfolio, corpus, examples=1000)
