"""From what a credential says it proves to competences of the competence language.

An ESCO URI is kept as it is, even when the loaded language lacks it (the URI stays valid, and
the label from the credential is its snapshot). Anything else is offered to the caller's
``match`` (a lookup into the competence language, by URI or by label); what it cannot place is
reported, never guessed. The user confirms the list before any claim is made from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from pydantic import ValidationError

from portfolio_app.credentials.draft import Candidate
from portfolio_app.credentials.jsontools import one_line
from portfolio_app.domain import ConceptRef

Match = Callable[[str], ConceptRef | None]
"""Looks a URI or a label up in the competence language; None when it is not there."""

ESCO = "http://data.europa.eu/esco/"


def esco_uri(uri: str) -> str:
    """ESCO's canonical form (``http://``), as credentials also write ``https://``; "" if the
    URI is not an ESCO one."""
    uri = uri.strip()
    if uri.startswith("https://data.europa.eu/esco/"):
        uri = "http://" + uri.removeprefix("https://")
    return uri if uri.startswith(ESCO) and len(uri) > len(ESCO) else ""


def propose(
    candidates: Iterable[Candidate], match: Match | None
) -> tuple[list[ConceptRef], list[str]]:
    """The competences to propose, and the labels that could not be placed."""
    proposed: dict[str, ConceptRef] = {}
    unmatched: dict[str, str] = {}
    for candidate in candidates:
        label = one_line(candidate.label)
        ref = _place(candidate.uri, label, match)
        if ref is not None and ref.uri:
            proposed.setdefault(ref.uri, ref)
        elif label or candidate.uri:
            text = label or candidate.uri.strip()
            unmatched.setdefault(text.casefold(), text)
    return list(proposed.values()), list(unmatched.values())


def _place(uri: str, label: str, match: Match | None) -> ConceptRef | None:
    esco = esco_uri(uri)
    if esco:
        found = match(esco) if match else None
        if found is not None and found.uri:
            return found
        try:
            return ConceptRef(uri=esco, label=label or esco)
        except ValidationError:
            return None
    if match is None:
        return None
    for key in (uri.strip(), label):
        if key:
            found = match(key)
            if found is not None:
                return found
    return None


class _Concept(Protocol):
    @property
    def uri(self) -> str: ...

    def label(self, lang: str = "nl") -> str: ...


class _Hit(Protocol):
    @property
    def uri(self) -> str: ...

    @property
    def label(self) -> str: ...

    @property
    def match(self) -> str: ...


class Language(Protocol):
    """What ``language_matcher`` needs of ``portfolio_app.language.CompetenceLanguage``."""

    def concept(self, uri: str) -> _Concept | None: ...

    def search(
        self, query: str, limit: int = ..., kinds: Iterable[str] | None = ...
    ) -> Sequence[_Hit]: ...


def language_matcher(language: Language) -> Match:
    """A ``match`` over the competence language: a URI must be one of its concepts; a label
    must equal a concept's label or alternative label. Prefix and fuzzy hits are not taken:
    a credential's competence is only linked when the words say the same thing."""

    def match(key: str) -> ConceptRef | None:
        if ":" in key and not key.strip().count(" "):
            concept = language.concept(key)
            return ConceptRef(uri=concept.uri, label=concept.label("nl")) if concept else None
        for hit in language.search(key, limit=5, kinds=["concept"]):
            if hit.match in ("exact", "alt"):
                return ConceptRef(uri=hit.uri, label=hit.label)
        return None

    return match
