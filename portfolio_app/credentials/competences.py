"""From what a credential says it proves to competences of the competence language.

An ESCO URI is kept as it is, even when the loaded language lacks it (the URI stays valid, and
the label from the credential is its snapshot). Anything else is offered to the caller's
``match`` (a lookup into the competence language, by URI or by label); what it cannot place is
reported, never guessed. The user confirms the list before any claim is made from it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

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
