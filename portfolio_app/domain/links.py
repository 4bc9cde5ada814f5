"""Links between competences and the leerbewijzen and experiences that show them.

A link is recorded on either side, because people make it from either side: a claim names the
ids of its evidence (``CompetenceClaim.leerbewijs_ids`` and ``experience_ids``: the claim's
"Bewijs" list), and a leerbewijs or experience names the competences it shows
(``competences``: the leerbewijs's "Competenties", the experience's checklist, a credential
import, ``--competence`` on the command line). Either one makes the link. ``Links`` is the one
place that reads both, and every page, dialog, list command and export asks it, so a link made
anywhere shows everywhere and no two views can disagree. Making and removing links is
``vault.links.LinkService``: a new link is written on both sides, and unlinking clears both.

A competence is its concept (the URI) or, for free text, its label with case and spacing
ignored. So a leerbewijs that lists a concept backs every claim of that concept, as the check
counts it (``check.evidence``), and two claims of one concept share their evidence.

Not links: a beroepskwalificatie that a leerbewijs names also shows the competences it
contains (the check counts those), but that comes from the competence language, not from
the user, and cannot be unlinked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from portfolio_app.domain.claim import CompetenceClaim
from portfolio_app.domain.common import ConceptRef
from portfolio_app.domain.experience import Experience
from portfolio_app.domain.leerbewijs import Leerbewijs

ItemKind = Literal["leerbewijs", "experience"]
Competence = CompetenceClaim | ConceptRef

CLAIM_FIELD: dict[ItemKind, str] = {
    "leerbewijs": "leerbewijs_ids",
    "experience": "experience_ids",
}
"""The claim's list of ids that holds links to items of each kind."""


def competence_key(competence: Competence) -> str:
    """What identifies a competence across claims and references: its concept URI, or its
    free text folded (case and spacing do not make another competence)."""
    if isinstance(competence, CompetenceClaim):
        return key_for(competence.concept_uri, competence.label)
    return key_for(competence.uri, competence.label)


def key_for(uri: str | None, label: str) -> str:
    """The key of a competence given as a URI (or None) and a label, as a form holds it."""
    return uri if uri else "text:" + " ".join(label.casefold().split())


def reference(competence: Competence) -> ConceptRef:
    """The competence as a leerbewijs or experience lists it."""
    if isinstance(competence, ConceptRef):
        return competence
    return ConceptRef(uri=competence.concept_uri, label=competence.label)


@dataclass(frozen=True, slots=True)
class LinkedCompetence:
    """A competence linked to one leerbewijs or experience: named with the user's own claim
    label where there is a claim, else as the leerbewijs or experience lists it."""

    ref: ConceptRef
    claims: tuple[CompetenceClaim, ...]

    @property
    def key(self) -> str:
        return competence_key(self.ref)

    @property
    def label(self) -> str:
        return self.ref.label

    @property
    def is_claimed(self) -> bool:
        """False for a competence the portfolio holds only through this link (no claim)."""
        return bool(self.claims)


class Links:
    """Every link of one portfolio, read from both sides; built from plain lists, no I/O.

    Orders are fixed, whichever side holds a link: leerbewijzen and experiences in the order
    of the lists given (the vault's order: oldest first); an item's competences in the order
    it lists them, then those only a claim links, in the order of the claims."""

    def __init__(
        self,
        claims: Iterable[CompetenceClaim],
        leerbewijzen: Iterable[Leerbewijs],
        experiences: Iterable[Experience],
    ) -> None:
        self.claims = list(claims)
        self.leerbewijzen = {item.id: item for item in leerbewijzen}
        self.experiences = {item.id: item for item in experiences}
        self._position: dict[ItemKind, dict[str, int]] = {
            kind: {item_id: n for n, item_id in enumerate(items)} for kind, items in self._kinds()
        }
        self._claims_by_key: dict[str, list[CompetenceClaim]] = {}
        self._claim_position = {claim.id: n for n, claim in enumerate(self.claims)}
        for claim in self.claims:
            self._claims_by_key.setdefault(competence_key(claim), []).append(claim)
        # per item: competence key -> the reference it lists (None: only a claim links it)
        self._by_item: dict[tuple[ItemKind, str], dict[str, ConceptRef | None]] = {}
        self._by_key: dict[str, set[tuple[ItemKind, str]]] = {}
        for kind, items in self._kinds():
            for item in items.values():
                for ref in item.competences:
                    self._add(kind, item.id, competence_key(ref), ref)
        for claim in self.claims:
            key = competence_key(claim)
            for kind, items in self._kinds():
                for item_id in getattr(claim, CLAIM_FIELD[kind]):
                    if item_id in items:
                        self._add(kind, item_id, key, None)

    def _kinds(self) -> tuple[tuple[ItemKind, Mapping[str, Leerbewijs | Experience]], ...]:
        return (("leerbewijs", self.leerbewijzen), ("experience", self.experiences))

    def _add(self, kind: ItemKind, item_id: str, key: str, ref: ConceptRef | None) -> None:
        competences = self._by_item.setdefault((kind, item_id), {})
        if competences.get(key) is None:
            competences[key] = ref
        self._by_key.setdefault(key, set()).add((kind, item_id))

    # -- from the competence's side ----------------------------------------------------------

    def leerbewijzen_for(self, competence: Competence | str) -> list[Leerbewijs]:
        """The leerbewijzen linked to a claim, a concept reference, or a concept URI."""
        return [self.leerbewijzen[i] for i in self._ids(competence, "leerbewijs")]

    def experiences_for(self, competence: Competence | str) -> list[Experience]:
        return [self.experiences[i] for i in self._ids(competence, "experience")]

    def _ids(self, competence: Competence | str, kind: ItemKind) -> list[str]:
        found = [i for k, i in self._by_key.get(_key(competence), ()) if k == kind]
        return sorted(found, key=self._position[kind].__getitem__)

    def items_for(self, competence: Competence | str) -> set[tuple[ItemKind, str]]:
        """Every linked item as (kind, id)."""
        return set(self._by_key.get(_key(competence), set()))

    def is_linked(self, competence: Competence | str, kind: ItemKind, item_id: str) -> bool:
        return (kind, item_id) in self._by_key.get(_key(competence), set())

    def claims_of(self, competence: Competence | str) -> list[CompetenceClaim]:
        """The claims of this competence (of its concept, or its free text)."""
        return list(self._claims_by_key.get(_key(competence), []))

    # -- from the leerbewijs's or experience's side ------------------------------------------

    def competences_of(self, kind: ItemKind, item_id: str) -> list[LinkedCompetence]:
        found: list[LinkedCompetence] = []
        for key, listed in self._by_item.get((kind, item_id), {}).items():
            claims = tuple(self._claims_by_key.get(key, ()))
            if claims:
                ref = reference(claims[0])
            else:
                assert listed is not None  # a key only a claim brings has that claim
                ref = listed
            found.append(LinkedCompetence(ref, claims))
        return found

    def competences_of_leerbewijs(self, item_id: str) -> list[LinkedCompetence]:
        return self.competences_of("leerbewijs", item_id)

    def competences_of_experience(self, item_id: str) -> list[LinkedCompetence]:
        return self.competences_of("experience", item_id)

    def claim_ids_of(self, kind: ItemKind, item_id: str) -> list[str]:
        """The ids of the claims linked to one item, in the order of the claims."""
        found = [c for key in self._by_item.get((kind, item_id), {}) for c in self.claims_of(key)]
        return [c.id for c in sorted(found, key=lambda c: self._claim_position[c.id])]


def _key(competence: Competence | str) -> str:
    return competence if isinstance(competence, str) else competence_key(competence)
