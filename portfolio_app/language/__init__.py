"""The shared competence language: concepts, occupations and beroepskwalificaties, from the
bundled starter set or an ESCO import, with search as you type and suggestions.

See ``docs/language.md`` for how storage, import, search and suggest work.
"""

from portfolio_app.language.attribution import esco_attribution, esco_download_hint
from portfolio_app.language.competence_language import CompetenceLanguage, LanguageInfo
from portfolio_app.language.current import needs_build
from portfolio_app.language.errors import ImportCancelled, ImportFailed, LanguageUnusable
from portfolio_app.language.esco_csv import BadRow
from portfolio_app.language.esco_import import ImportReport, import_esco, refresh_import
from portfolio_app.language.messages import NothingFound, nothing_found
from portfolio_app.language.model import (
    UNTRANSLATED_MARK,
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
    "NothingFound",
    "Occupation",
    "Qualification",
    "SearchHit",
    "Suggestion",
    "UNTRANSLATED_MARK",
    "concept_kind",
    "esco_attribution",
    "esco_download_hint",
    "import_esco",
    "needs_build",
    "nothing_found",
    "refresh_import",
]
