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


def _pick(nl: str, en: str, lang: str) -> str:
    """A label in the asked language, else the other one: ESCO ships skills in English only
    unless the user imports the Dutch files too, and a blank label helps nobody."""
    first, second = (en, nl) if lang == "en" else (nl, en)
    return first or second


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

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)


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

    def label(self, lang: str = "nl") -> str:
        return _pick(self.label_nl, self.label_en, lang)


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
MatchKind = Literal["exact", "prefix", "alt", "fuzzy"]


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
