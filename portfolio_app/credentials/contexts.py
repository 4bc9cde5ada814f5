"""The JSON-LD context documents the app ships, and the only document loader it uses.

An RDF-canonicalised proof (eddsa-rdfc-2022, Ed25519Signature2020) signs what the credential
*means*, and that meaning comes from its ``@context`` documents. Those documents are public,
fixed and versioned, so the app carries its own copies, byte for byte as published, and reads
nothing else: a context that is not bundled is never fetched, the proof is reported as "niet
offline te controleren" and the missing context is named. Where each copy came from, its
version and licence are in ``docs/credentials.md``; a test checks the hashes below.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any


@dataclass(frozen=True)
class Bundled:
    file: str
    sha256: str


_OB3 = "https://purl.imsglobal.org/spec/ob/v3p0/"

BUNDLED: dict[str, Bundled] = {
    "https://www.w3.org/2018/credentials/v1": Bundled(
        "credentials-v1.jsonld",
        "ab4ddd9a531758807a79a5b450510d61ae8d147eab966cc9a200c07095b0cdcc",
    ),
    "https://www.w3.org/ns/credentials/v2": Bundled(
        "credentials-v2.jsonld",
        "59955ced6697d61e03f2b2556febe5308ab16842846f5b586d7f1f7adec92734",
    ),
    "https://www.w3.org/ns/credentials/examples/v2": Bundled(
        "credentials-examples-v2.jsonld",
        "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c",
    ),
    "https://w3id.org/security/data-integrity/v1": Bundled(
        "data-integrity-v1.jsonld",
        "b5d829bd09aa7c42abc6efa0c8ed7635313b5487f37ccfce3ecd149ca9418554",
    ),
    "https://w3id.org/security/data-integrity/v2": Bundled(
        "data-integrity-v2.jsonld",
        "67f21e6e33a6c14e5ccfd2fc7865f7474fb71a04af7e94136cb399dfac8ae8f4",
    ),
    "https://w3id.org/security/multikey/v1": Bundled(
        "multikey-v1.jsonld",
        "ba2c182de2d92f7e47184bcca8fcf0beaee6d3986c527bf664c195bbc7c58597",
    ),
    "https://w3id.org/security/suites/ed25519-2020/v1": Bundled(
        "ed25519-2020-v1.jsonld",
        "b9e1ab971fd8bf2c7553e0c4a9438e0b9450afde1ea1ca5b2492368b9f549588",
    ),
    _OB3 + "context.json": Bundled(
        "ob-v3p0-3.0.0.json",
        "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10",
    ),
    _OB3 + "context/ob_v3p0.jsonld": Bundled(
        "ob-v3p0-3.0.0.json",
        "b077fa134d909d92c1dcd1c153f2af1b244aeb415967fdc1467d7fc5dd48ac10",
    ),
    _OB3 + "context-3.0.1.json": Bundled(
        "ob-v3p0-3.0.1.json",
        "cfc147db5fd5e3575b06bd471fe04784e92de69296f64a351b8dff0ec3372e9c",
    ),
    _OB3 + "context-3.0.2.json": Bundled(
        "ob-v3p0-3.0.2.json",
        "bba433989e1e700ca60838a3c22378e7d8381aeb0c9590f9ddf84d1714f10296",
    ),
    _OB3 + "context-3.0.3.json": Bundled(
        "ob-v3p0-3.0.3.json",
        "3d34f4d4ef1bce691106e63798beb5e7b862ba841423f5ee1e53ab7ddf3bca84",
    ),
    _OB3 + "extensions.json": Bundled(
        "ob-v3p0-extensions.json",
        "146f85aa16effd7ca1da8056eb443f53ce1eca8a34186cb062832c0a97d889c3",
    ),
}


class MissingContext(Exception):
    """A context the credential needs that is not bundled (and will not be fetched)."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def raw(file: str) -> bytes:
    return (files("portfolio_app.resources") / "credentials" / "contexts" / file).read_bytes()


@cache
def _parsed(file: str) -> Any:
    return json.loads(raw(file))


def document(url: str) -> Any:
    """The bundled context for ``url`` (parsed and shared: copy before changing it), or
    MissingContext."""
    entry = BUNDLED.get(url)
    if entry is None:
        raise MissingContext(url)
    return _parsed(entry.file)


class Loader:
    """A pyld document loader that serves the bundled contexts and nothing else: any other
    URL raises MissingContext, and nothing is ever fetched."""

    def __call__(self, url: str, options: Any = None) -> dict[str, Any]:
        return {"contextUrl": None, "documentUrl": url, "document": copy.deepcopy(document(url))}


def digest(file: str) -> str:
    return hashlib.sha256(raw(file)).hexdigest()
