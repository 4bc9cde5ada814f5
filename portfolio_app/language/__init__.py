"""The shared competence language: concepts, occupations and beroepskwalificaties, from the
bundled starter set or an ESCO import, with search as you type and suggestions.

See ``docs/language.md`` for how storage, import, search and suggest work.
"""

from portfolio_app.language.competence_language import CompetenceLanguage, LanguageInfo
from portfolio_app.language.errors import ImportCancelled, ImportFailed, LanguageUnusable
from portfolio_app.language.esco_csv import BadRow
from portfolio_app.language.esco_import import ImportReport, import_esco, refresh_import
from portfolio_app.language.model import (
    Concept,
    ConceptType,
    Deelkwalificatie,
    Occupation,
    Qualification,
    SearchHit,
    Suggestion,
    concept_kind,
)

__all__ = [
    "BadRow",
    "CompetenceLanguage",
    "Concept",
    "ConceptType",
    "Deelkwalificatie",
    "ImportCancelled",
    "ImportFailed",
    "ImportReport",
    "LanguageInfo",
    "LanguageUnusable",
    "Occupation",
    "Qualification",
    "SearchHit",
    "Suggestion",
    "concept_kind",
    "import_esco",
    "refresh_import",
]
