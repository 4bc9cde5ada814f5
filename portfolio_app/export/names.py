"""The names a document gives the things of the competence language, in the document's own
language.

A claim keeps the label it had when the user picked it (Dutch, in a Dutch app), so an
export stays readable when the language changes or is missing. An English document should
still say "operate a forklift", not "heftruck besturen": the renderers ask ``Names`` for the
language's label in the document's language, and fall back to the saved label — marked, so
the reader knows that one name was not translated. Free-text competences keep the user's
words, unmarked in a Dutch document. A competence the language only names in English (an
ESCO skill without a Dutch name yet) keeps its English name in a Dutch document, marked too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio


@dataclass(frozen=True)
class Names:
    lang: str = "nl"
    labels: Mapping[str, str] = field(default_factory=dict)
    # Known to the language, but only in the other language: that name, marked.
    foreign: Mapping[str, str] = field(default_factory=dict)

    def of(self, uri: str | None, saved: str) -> tuple[str, bool]:
        """(name, untranslated): the language's label in the document's language, else its
        label in the other language or the saved label, flagged as untranslated (in a Dutch
        document only the former: free text is the person's own Dutch)."""
        if uri and uri in self.labels:
            return self.labels[uri], False
        if uri and uri in self.foreign:
            return self.foreign[uri], True
        return saved, self.lang == "en"


def _pick(nl: str, en: str, lang: str) -> str:
    return (en if lang == "en" else nl).strip()


def document_names(language: CompetenceLanguage, uris: Iterable[str], lang: str) -> Names:
    """The labels in ``lang`` of the concepts, occupations and qualifications in ``uris`` that
    have one (no fallback to the other language: ``Names.of`` marks those)."""
    wanted = set(uris)
    labels: dict[str, str] = {}
    foreign: dict[str, str] = {}
    for uri, concept in language.concepts(wanted).items():
        if text := _pick(concept.label_nl, concept.label_en, lang):
            labels[uri] = text
        elif other := _pick(concept.label_nl, concept.label_en, "nl" if lang == "en" else "en"):
            foreign[uri] = other
    for uri in wanted - labels.keys():
        occupation = language.occupation(uri)
        if occupation is not None:
            if text := _pick(occupation.label_nl, occupation.label_en, lang):
                labels[uri] = text
            continue
        part = language.deelkwalificatie(uri)
        if part is not None:
            if text := _pick(part[1].label_nl, part[1].label_en, lang):
                labels[uri] = text
            continue
        qualification = language.qualification(uri)
        if qualification is not None and qualification.uri == uri:
            if text := _pick(qualification.label_nl, qualification.label_en, lang):
                labels[uri] = text
    return Names(lang, labels, foreign)


def portfolio_names(language: CompetenceLanguage, portfolio: Portfolio, lang: str) -> Names:
    """The names a document of this portfolio may need: its competences and the targets of
    its checks."""
    uris = {c.concept_uri for c in portfolio.claims.list() if c.concept_uri}
    uris.update(check.target.uri for check in portfolio.checks.list())
    return document_names(language, uris, lang)
