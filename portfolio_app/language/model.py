"""The objects of the competence language as the rest of the app sees them.

They are frozen dataclasses rather than pydantic models: the language is read-only public data
that is loaded by the thousand (a career ranking touches every occupation), so they must be
cheap to create and safe to share between threads and caches.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from portfolio_app.domain.enums import CompetenceKind

FLAGS = frozenset({"digital", "green", "future", "basic"})


class ConceptType(StrEnum):
    VAARDIGHEID = "vaardigheid"
    KENNIS = "kennis"
    TRANSVERSAAL = "transversaal"
    TAAL = "taal"


NlOrigin = Literal["esco", "portfolio", ""]
"""Where a Dutch label comes from: ESCO's official Dutch ("esco"), the project's own
translation or concept ("portfolio"), or nowhere: no Dutch label yet ("")."""

UNTRANSLATED_MARK = "EN"
"""The small marker shown next to a name that is not in the user's language (an ESCO skill
without a Dutch label shows its English name, marked). In an English interface a name that
only exists in Dutch gets "NL"; ``marker`` gives the right one."""


def _pick(nl: str, en: str, lang: str) -> str:
    """A label in the asked language, else the other one: ESCO ships skills in English only
    unless the user imports the Dutch files too, and a blank label helps nobody."""
    first, second = (en, nl) if lang == "en" else (nl, en)
    return first or second


def label_marker(nl: str, en: str, lang: str) -> str:
    """ "" when the label shown in ``lang`` is in ``lang``; else the language it is in
    ("EN" for an English name in a Dutch interface)."""
    if (en if lang == "en" else nl) or not (nl or en):
        return ""
    return "NL" if lang == "en" else UNTRANSLATED_MARK


@dataclass(frozen=True, slots=True)
class Concept:
    uri: str
    type: ConceptType
    label_nl: str
    label_en: str
    alt_labels: tuple[str, ...]
    description: str
    broader: tuple[str, ...]
    flags: frozenset[str]
    nl_origin: NlOrigin = ""

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)

    def marker(self, lang: str = "nl") -> str:
        """ "EN" when ``label(lang)`` is not in ``lang`` (no Dutch name yet), else ""."""
        return label_marker(self.label_nl, self.label_en, lang)


@dataclass(frozen=True, slots=True)
class Occupation:
    uri: str
    label_nl: str
    label_en: str
    alt_labels: tuple[str, ...]
    description: str
    isco_code: str
    essential: tuple[str, ...]
    optional: tuple[str, ...]
    # The names people use (the project's own, Flemish usage first): searched like the
    # preferred label, so "poetsvrouw" finds its occupation before ESCO's alternative labels.
    synonyms: tuple[str, ...] = ()

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)

    def marker(self, lang: str = "nl") -> str:
        return label_marker(self.label_nl, self.label_en, lang)


@dataclass(frozen=True, slots=True)
class Deelkwalificatie:
    uri: str
    label_nl: str
    label_en: str
    competences: tuple[str, ...]

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)


@dataclass(frozen=True, slots=True)
class Qualification:
    """A beroepskwalificatie. ``competences`` holds only those outside every
    deelkwalificatie; ``all_competences`` gives the full list a check runs against."""

    uri: str
    label_nl: str
    label_en: str
    vks_level: int
    occupation_uri: str | None
    evc: bool
    description: str
    competences: tuple[str, ...]
    deelkwalificaties: tuple[Deelkwalificatie, ...]

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)

    @property
    def all_competences(self) -> tuple[str, ...]:
        seen = dict.fromkeys(self.competences)
        for part in self.deelkwalificaties:
            seen.update(dict.fromkeys(part.competences))
        return tuple(seen)


HitKind = Literal["concept", "occupation", "qualification"]
MatchKind = Literal["exact", "prefix", "alt", "partial", "fuzzy"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result. ``label`` is what to show (in the asked language, else the other
    one); ``matched_text`` is the label that matched, which may be an alternative label or one
    in the other language. For a deelkwalificatie ``kind`` is "qualification" and ``uri`` the
    deelkwalificatie's own."""

    uri: str
    kind: HitKind
    label: str
    matched_text: str
    match: MatchKind
    score: float
    type: ConceptType | None
    # "EN" when ``label`` is not in the asked language (an ESCO skill without a Dutch name
    # yet), else "": show it as a small marker after the label.
    marker: str = ""


@dataclass(frozen=True, slots=True)
class Suggestion:
    concept: Concept
    score: float
    matched_words: tuple[str, ...]


def concept_kind(concept: Concept) -> CompetenceKind:
    """The claim kind a concept becomes in the portfolio. Digital wins over the type, so that
    a digital knowledge item ("spreadsheetsoftware") lands among the digital competences,
    where the user looks for it."""
    if "digital" in concept.flags:
        return CompetenceKind.DIGITAAL
    return {
        ConceptType.VAARDIGHEID: CompetenceKind.VAKSPECIFIEK,
        ConceptType.KENNIS: CompetenceKind.KENNIS,
        ConceptType.TRANSVERSAAL: CompetenceKind.TRANSVERSAAL,
        ConceptType.TAAL: CompetenceKind.TAAL,
    }[concept.type]
