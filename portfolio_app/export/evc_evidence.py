"""What the candidate holds for each competence of a beroepskwalificatie, and every leerbewijs
and experience the dossier must show.

The status of a competence is the check's own answer (``portfolio_app.check.standing``): shown
by current evidence on the one evidence scale (a document, someone else's judgement, a
described experience); said but still to prove (the candidate's own estimate, or an expired
leerbewijs); or not (yet) said. So the dossier's "met bewijs" is the same count as the check's
"aangetoond" for this beroepskwalificatie, and it is counted on the dossier's date.

The items listed with each competence are everything that names its concept, as the check
sees it: a claim with its leerbewijzen, experiences and attachments, every leerbewijs or
experience that lists the competence, and every leerbewijs that names the qualification (or a
deelkwalificatie) that contains it.

A leerbewijs **bears on** the beroepskwalificatie when a competence above lists it, or when it
names the qualification or one of its deelkwalificaties in its title or description
("Getuigschrift heftruckchauffeur"). The second kind is listed and attached too, marked as not
cited by any competence yet: a candidate who uploaded her getuigschrift without linking it
should not find it missing from the dossier, and the assessor should see that nobody linked it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar

from portfolio_app.check.model import PortfolioData
from portfolio_app.check.standing import ConceptState, PortfolioStates
from portfolio_app.domain import CompetenceClaim, EvidenceStrength, Experience, Leerbewijs
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.links import Links
from portfolio_app.language import Qualification
from portfolio_app.vault import Portfolio

T = TypeVar("T")


class Status(StrEnum):
    EVIDENCE = "evidence"
    SELF = "self"
    NONE = "none"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.EVIDENCE: ("met bewijs", "with evidence"),
    Status.SELF: ("nog te bewijzen", "still to prove"),
    Status.NONE: ("niet aangegeven", "not claimed"),
}

STRENGTH_NAMES: dict[EvidenceStrength, tuple[str, str]] = {
    EvidenceStrength.DOCUMENT: ("document", "document"),
    EvidenceStrength.JUDGEMENT: ("oordeel van iemand anders", "someone else's judgement"),
    EvidenceStrength.EXPERIENCE: ("beschreven ervaring", "described experience"),
    EvidenceStrength.OWN: ("eigen inschatting", "own estimate"),
    EvidenceStrength.NONE: ("telt niet", "does not count"),
}
"""The one evidence scale (``docs/check.md``), as the dossier names it."""


@dataclass
class CompetenceEvidence:
    uri: str
    label: str
    claims: list[CompetenceClaim] = field(default_factory=list)
    leerbewijzen: list[Leerbewijs] = field(default_factory=list)
    experiences: list[Experience] = field(default_factory=list)
    attachment_ids: list[str] = field(default_factory=list)
    state: ConceptState | None = None

    @property
    def status(self) -> Status:
        if self.state is None or not self.state.said:
            return Status.NONE
        return Status.EVIDENCE if self.state.standing is Standing.SHOWN else Status.SELF

    @property
    def standing(self) -> Standing:
        return self.state.standing if self.state is not None else Standing.NOT_SAID


@dataclass
class Part:
    """A deelkwalificatie, or the competences outside every deelkwalificatie."""

    label: str
    competences: list[CompetenceEvidence]

    def tally(self) -> dict[Status, int]:
        counts = dict.fromkeys(Status, 0)
        for item in self.competences:
            counts[item.status] += 1
        return counts


@dataclass
class Dossier:
    """Everything the dossier shows, gathered once. ``cited_by`` maps the id of a leerbewijs
    or experience to the labels of the competences it backs (none: not cited yet)."""

    parts: list[Part]
    leerbewijzen: list[Leerbewijs]
    experiences: list[Experience]
    cited_by: dict[str, list[str]]
    today: date

    def competences(self) -> Iterable[CompetenceEvidence]:
        for part in self.parts:
            yield from part.competences

    def strengths(self) -> dict[EvidenceStrength, int]:
        """How many competences with evidence are shown by each strength (the strongest)."""
        counts: dict[EvidenceStrength, int] = {}
        for item in self.competences():
            if item.status is Status.EVIDENCE and item.state is not None:
                counts[item.state.strength] = counts.get(item.state.strength, 0) + 1
        return counts


def collect(
    portfolio: Portfolio,
    qualification: Qualification,
    labels: Mapping[str, str],
    lang: str,
    today: date | None = None,
) -> Dossier:
    today = today or date.today()
    claims = portfolio.claims.list()
    proofs = portfolio.leerbewijzen.list()
    experiences = portfolio.experiences.list()
    contains = {qualification.uri: qualification.all_competences}
    contains.update((dk.uri, dk.competences) for dk in qualification.deelkwalificaties)
    states = PortfolioStates(PortfolioData.of(claims, proofs, experiences), contains, today)
    links = Links(claims, proofs, experiences)
    # A name for every competence even without ``labels``: what a claim, leerbewijs or
    # experience saved with it (the URI only as the very last resort).
    snapshot = {r.uri: r.label for t in (*proofs, *experiences) for r in t.competences if r.uri}
    snapshot.update({c.concept_uri: c.label for c in claims if c.concept_uri})

    def names(proof: Leerbewijs, uri: str) -> bool:
        named = proof.qualification_uri
        return named is not None and uri in contains.get(named, ())

    def evidence(uri: str) -> CompetenceEvidence:
        item = CompetenceEvidence(uri, labels.get(uri) or snapshot.get(uri) or uri)
        item.state = states.get(uri)
        item.claims = [c for c in claims if c.concept_uri == uri]
        for claim in item.claims:
            _add(item.attachment_ids, claim.attachment_ids)
        _add(item.leerbewijzen, links.leerbewijzen_for(uri))
        _add(item.leerbewijzen, [p for p in proofs if names(p, uri)])
        _add(item.experiences, links.experiences_for(uri))
        for proof in item.leerbewijzen:
            _add(item.attachment_ids, proof.attachment_ids)
        for experience in item.experiences:
            _add(item.attachment_ids, experience.attachment_ids)
        return item

    parts = [
        Part(part.label(lang), [evidence(uri) for uri in part.competences])
        for part in qualification.deelkwalificaties
    ]
    if qualification.competences:
        other = "Overige competenties" if lang != "en" else "Other competences"
        title = other if parts else ("Competenties" if lang != "en" else "Competences")
        parts.append(Part(title, [evidence(uri) for uri in qualification.competences]))
    parts = [p for p in parts if p.competences]

    cited_by: dict[str, list[str]] = {}
    cited_proofs: list[Leerbewijs] = []
    cited_experiences: list[Experience] = []
    for part in parts:
        for item in part.competences:
            _add(cited_proofs, item.leerbewijzen)
            _add(cited_experiences, item.experiences)
            for thing_id in [t.id for t in item.leerbewijzen] + [t.id for t in item.experiences]:
                _add(cited_by.setdefault(thing_id, []), [item.label])
    pattern = _name_pattern(qualification)
    uncited = [p for p in proofs if p not in cited_proofs and _mentions(pattern, p)]
    return Dossier(parts, cited_proofs + uncited, cited_experiences, cited_by, today)


def gather(
    portfolio: Portfolio,
    qualification: Qualification,
    labels: Mapping[str, str],
    lang: str,
    today: date | None = None,
) -> list[Part]:
    return collect(portfolio, qualification, labels, lang, today).parts


def _fold(text: str) -> str:
    """Case and accents ignored: 'Getuigschrift KOK' and 'kinderbegeleider baby’s' match."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _name_pattern(qualification: Qualification) -> re.Pattern[str] | None:
    labels = [(qualification.label_nl, qualification.label_en)]
    labels += [(dk.label_nl, dk.label_en) for dk in qualification.deelkwalificaties]
    names = {_fold(name).strip() for pair in labels for name in pair}
    alternatives = sorted((re.escape(n) for n in names if len(n) >= 3), key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _mentions(pattern: re.Pattern[str] | None, proof: Leerbewijs) -> bool:
    """Whether a leerbewijs names the qualification or one of its parts in its title or
    description (naming it by URI already makes every competence cite it)."""
    if pattern is None:
        return False
    return bool(pattern.search(_fold(f"{proof.title}\n{proof.description}")))


def _add(target: list[T], items: Iterable[T]) -> None:
    """Append what is not there yet, keeping the order (a leerbewijs cited by two claims
    is listed once)."""
    for item in items:
        if item not in target:
            target.append(item)
