"""How the starter language lies over the bundled ESCO extract.

The starter files were written for Flanders: Dutch labels, alternative labels people type,
B1 descriptions, and occupation profiles of 5-12 essential competences that mix the trade
with transversal, digital and language competences (``docs/language-format.md``). Where they
define an ESCO URI, that curated text and profile win over the extract, which adds what the
starter files lack: ESCO's broader links and flags, and ESCO's Dutch names for an occupation
as alternative labels. An ESCO *import* is different: it is the user asking for ESCO itself,
so there ESCO wins (``esco_import.merge``).
"""

from __future__ import annotations

from dataclasses import replace

from portfolio_app.language.data import LanguageData
from portfolio_app.language.model import Concept, Occupation


def _concept(own: Concept, esco: Concept | None) -> Concept:
    if esco is None:
        return own
    broader = tuple(dict.fromkeys((*own.broader, *(b for b in esco.broader if b != own.uri))))
    return replace(
        own,
        label_en=own.label_en or esco.label_en,
        alt_labels=tuple(dict.fromkeys((*own.alt_labels, *esco.alt_labels))),
        broader=broader,
        flags=own.flags | esco.flags,
    )


def _occupation(own: Occupation, esco: Occupation | None) -> Occupation:
    if esco is None:
        return own
    names = [esco.label_nl] if esco.label_nl and esco.label_nl != own.label_nl else []
    return replace(
        own,
        label_en=own.label_en or esco.label_en,
        alt_labels=tuple(dict.fromkeys((*own.alt_labels, *names, *esco.alt_labels))),
        description=own.description or esco.description,
        isco_code=own.isco_code or esco.isco_code,
        synonyms=tuple(dict.fromkeys((*own.synonyms, *esco.synonyms))),
    )


def starter_over_esco(esco: LanguageData, own: LanguageData) -> LanguageData:
    """The bundled language: ``esco`` (changed in place and returned) with ``own`` over it."""
    for uri, concept in own.concepts.items():
        esco.concepts[uri] = _concept(concept, esco.concepts.get(uri))
        esco.groups.discard(uri)
    for uri, occupation in own.occupations.items():
        esco.occupations[uri] = _occupation(occupation, esco.occupations.get(uri))
    esco.qualifications.update(own.qualifications)
    return esco
