"""RDF Dataset Canonicalization (W3C RDFC-1.0, the former URDNA2015) of a JSON-LD document,
offline and with bounded work.

``pyld`` turns the document into RDF with the bundled contexts only (``contexts.Loader``) and
canonicalises it. Three things are added around it, each from the specifications:

- *safe mode* (VC Data Integrity 1.0, section 4.1 "Expansion"): a property or type that no
  context defines is dropped by JSON-LD, so the signature would not cover it and anyone could
  change it unseen. Such a document is reported, never verified;
- a budget on the Hash N-Degree Quads step (RDFC-1.0 section 4.8 asks implementations to bound
  it): a crafted "poison" graph would otherwise run for hours;
- a bound on the size of the input: pyld's expansion grows faster than the document.

pyld escapes literals in N-Quads the URDNA2015 way; RDFC-1.0 also escapes other control
characters (U+0000-U+001F except tab, line feed and carriage return, and U+007F). A document
with those characters is reported as not checkable rather than guessed at.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from cachetools import LRUCache
from pyld.canon import URDNA2015
from pyld.jsonld import ContextResolver, JsonLdError, JsonLdProcessor

from portfolio_app.credentials.contexts import Loader, MissingContext

MAX_RDF_OBJECTS = 1500
"""Most JSON objects canonicalised; a real badge has a few dozen. Beyond this, pyld's
expansion would take seconds, so the proof is reported as too large to check here."""

MAX_HASH_CALLS = 2000
"""Budget of the Hash N-Degree Quads step; real credentials need a handful."""

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class NotCanonical(Exception):
    """The document cannot be canonicalised honestly offline; ``reason`` says why (Dutch)."""

    def __init__(self, reason: str, missing_context: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.missing_context = missing_context


class _Bounded(URDNA2015):  # type: ignore[misc]
    """URDNA2015 / RDFC-1.0 with a budget on its only step that can explode."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def hash_n_degree_quads(self, id_: Any, issuer: Any) -> Any:
        self.calls += 1
        if self.calls > MAX_HASH_CALLS:
            raise NotCanonical(
                "De gegevens zijn zo in elkaar gezet dat het nakijken van de handtekening "
                "eindeloos zou duren; zo'n leerbewijs maakt geen echte uitgever."
            )
        return super().hash_n_degree_quads(id_, issuer)


# Resolved contexts, kept between documents (they are the same few bundled files); only the
# bundled loader ever fills the cache. One document at a time: the cache is not thread-safe.
_RESOLVER = ContextResolver(LRUCache(maxsize=64), Loader())
_LOCK = threading.Lock()


def canonical_nquads(document: dict[str, Any]) -> str:
    """The canonical N-Quads of ``document``; NotCanonical when that cannot be done offline,
    or when part of the document is not in them (see ``canonicalize``)."""
    nquads, unsigned = canonicalize(document)
    if unsigned:
        raise unsigned_field(unsigned)
    return nquads


def canonicalize(document: dict[str, Any]) -> tuple[str, str]:
    """The canonical N-Quads of ``document``, and the first term that JSON-LD dropped from
    them ("" when none): a signature over these N-Quads does not cover that term. The caller
    checks the signature first, so a changed document is reported as changed."""
    if _count_objects(document) > MAX_RDF_OBJECTS:
        raise NotCanonical(
            f"Dit leerbewijs is te groot (meer dan {MAX_RDF_OBJECTS} onderdelen) om deze "
            "handtekening offline na te kijken."
        )
    with _LOCK:
        dataset, unsigned = _dataset(document)
    for quads in dataset.values():
        for quad in quads:
            if quad["object"]["type"] == "literal" and _CONTROL.search(quad["object"]["value"]):
                raise NotCanonical(
                    "Het leerbewijs bevat onzichtbare stuurtekens die de app niet volgens "
                    "RDFC-1.0 kan verwerken; de handtekening is daarom niet nagekeken."
                )
    try:
        return str(_Bounded().main(dataset, {"format": "application/n-quads"})), unsigned
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, ArithmeticError):
        raise NotCanonical(
            "De JSON-LD-gegevens van dit leerbewijs zijn ongeldig, zodat de handtekening niet "
            "nagekeken kan worden."
        ) from None


def _dataset(document: dict[str, Any]) -> tuple[dict[str, Any], str]:
    dropped: list[str] = []
    processor = JsonLdProcessor(on_property_dropped=lambda name: dropped.append(str(name)))
    options = {
        "documentLoader": _RESOLVER.document_loader,
        "contextResolver": _RESOLVER,
        "base": "",
        "produceGeneralizedRdf": False,
    }
    try:
        expanded = processor.expand(document, options)
        unsigned = dropped[0] if dropped else _relative_iri(expanded)
        return dict(processor.to_rdf(expanded, options)), unsigned
    except (JsonLdError, MissingContext) as exc:
        missing = _missing_in(exc)
        if missing:
            raise NotCanonical(
                f"Deze handtekening heeft de JSON-LD-context {missing[:200]} nodig; die zit "
                "niet in de app en wordt niet van het internet gehaald.",
                missing_context=missing,
            ) from None
        raise NotCanonical(
            "De JSON-LD-gegevens van dit leerbewijs zijn ongeldig, zodat de handtekening niet "
            "nagekeken kan worden."
        ) from None
    except RecursionError:
        raise NotCanonical("De JSON-LD-gegevens van dit leerbewijs zijn te diep genest.") from None
    except (TypeError, ValueError, KeyError, AttributeError, IndexError, ArithmeticError):
        # pyld assumes well-formed JSON-LD in places; a hostile file is not that.
        raise NotCanonical(
            "De JSON-LD-gegevens van dit leerbewijs zijn ongeldig, zodat de handtekening niet "
            "nagekeken kan worden."
        ) from None


def _missing_in(exc: BaseException) -> str:
    """The context URL pyld could not load, from its error chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, MissingContext):
            return seen.url
        details = getattr(seen, "details", None)
        if isinstance(details, dict) and isinstance(details.get("url"), str):
            return str(details["url"])
        seen = seen.__cause__ or seen.__context__
    return ""


def unsigned_field(name: str) -> NotCanonical:
    return NotCanonical(
        f"Het veld '{name[:80]}' staat in geen enkele JSON-LD-context van het leerbewijs, dus "
        "valt het niet onder de handtekening en kan iedereen het ongemerkt wijzigen. Daarom "
        "geldt de handtekening niet als nagekeken."
    )


def _relative_iri(expanded: Any) -> str:
    """Safe mode for types and identifiers: a relative IRI is dropped from the RDF too."""
    stack = [expanded]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in ("@type", "@id") and "@value" not in node:
                    for iri in value if isinstance(value, list) else [value]:
                        if isinstance(iri, str) and ":" not in iri:
                            return iri
                elif key != "@value":
                    stack.append(value)
    return ""


def _count_objects(document: Any) -> int:
    count = 0
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            count += 1
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return count
