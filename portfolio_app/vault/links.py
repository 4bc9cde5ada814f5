"""Making and removing links between competences and leerbewijzen or experiences.

What is linked is read through ``domain.links.Links`` (``read``), which takes a link from
either side. So that a link never half-disappears, this service writes a new link on both
sides (the leerbewijs or experience lists the competence; the claims of that competence cite
the item) and removes a link from both. A competence without a claim is linked too: the
leerbewijs or experience lists it, which is enough for the check, and a claim added later
finds it. Each call is one change, one undo step; inside a larger change (a dialog's save)
it joins that one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, revised
from portfolio_app.domain.links import (
    CLAIM_FIELD,
    Competence,
    ItemKind,
    Links,
    competence_key,
    reference,
)
from portfolio_app.vault.entities import (
    ClaimRepository,
    ExperienceRepository,
    LeerbewijsRepository,
)

Item = Leerbewijs | Experience


class LinkService:
    def __init__(
        self,
        claims: ClaimRepository,
        leerbewijzen: LeerbewijsRepository,
        experiences: ExperienceRepository,
        run: Callable[[str, str], Any],
    ) -> None:
        self._claims = claims
        self._repos: dict[ItemKind, LeerbewijsRepository | ExperienceRepository] = {
            "leerbewijs": leerbewijzen,
            "experience": experiences,
        }
        self._change = run

    def read(self) -> Links:
        """Every link of the portfolio as it is now."""
        return Links(
            self._claims.list(), self._repos["leerbewijs"].list(), self._repos["experience"].list()
        )

    def item(self, kind: ItemKind, item_id: str) -> Item:
        found: Item = self._repos[kind].get(item_id)
        return found

    # -- one link ----------------------------------------------------------------------------

    def link(self, competence: Competence, kind: ItemKind, item_id: str) -> bool:
        """Link a competence (a claim, or a concept or free text without one) to a leerbewijs
        or experience. False when they were linked already (then only a side that missed the
        link is filled in)."""
        item = self.item(kind, item_id)
        ref = reference(competence)
        key = competence_key(ref)
        claims = self._claims_with(key)
        was = _listed(item, key) or any(item_id in getattr(c, CLAIM_FIELD[kind]) for c in claims)
        with self._change(*_describe("gekoppeld aan", "linked to", ref, item)):
            if not _listed(item, key):
                self._repos[kind].update(revised(item, competences=[*item.competences, ref]))
            field = CLAIM_FIELD[kind]
            for claim in claims:
                ids: list[str] = getattr(claim, field)
                if item_id not in ids:
                    self._claims.update(revised(claim, **{field: [*ids, item_id]}))
        return not was

    def unlink(self, competence: Competence, kind: ItemKind, item_id: str) -> bool:
        """Remove the link from both sides. False when there was none."""
        item = self.item(kind, item_id)
        ref = reference(competence)
        key = competence_key(ref)
        field = CLAIM_FIELD[kind]
        citing = [c for c in self._claims_with(key) if item_id in getattr(c, field)]
        if not _listed(item, key) and not citing:
            return False
        with self._change(*_describe("losgekoppeld van", "unlinked from", ref, item)):
            if _listed(item, key):
                kept = [r for r in item.competences if competence_key(r) != key]
                self._repos[kind].update(revised(item, competences=kept))
            for claim in citing:
                ids = [i for i in getattr(claim, field) if i != item_id]
                self._claims.update(revised(claim, **{field: ids}))
        return True

    # -- what a form shows, saved -------------------------------------------------------------

    def set_item_competences(
        self,
        kind: ItemKind,
        item_id: str,
        competences: Iterable[ConceptRef],
        before: Iterable[str] | None = None,
    ) -> None:
        """Make the competences linked to one leerbewijs or experience exactly these, as a
        form showed and the user left them: what was taken away is unlinked on both sides,
        what was added is linked on both sides, and links that stay are left as they are.
        ``before`` holds the keys of the competences the form showed when it opened; without
        it, the links as stored now."""
        wanted = {competence_key(ref): ref for ref in competences}
        if before is None:
            before = [c.key for c in self.read().competences_of(kind, item_id)]
        shown = set(before)
        with self._change("Koppelingen gewijzigd", "Links changed"):
            for key in shown - wanted.keys():
                ref = _ref_for_key(key, self._claims_with(key), self.item(kind, item_id))
                if ref is not None:
                    self.unlink(ref, kind, item_id)
            for key, ref in wanted.items():
                if key not in shown:
                    self.link(ref, kind, item_id)

    def set_claim_items(
        self,
        claim: CompetenceClaim,
        items: Iterable[tuple[ItemKind, str]],
        before: Iterable[tuple[ItemKind, str]],
    ) -> None:
        """Make the leerbewijzen and experiences linked to a claim's competence these ones,
        as the claim's form left them; ``before`` is what the form showed as linked."""
        wanted, shown = set(items), set(before)
        with self._change("Koppelingen gewijzigd", "Links changed"):
            for kind, item_id in sorted(shown - wanted):
                self.unlink(claim, kind, item_id)
            for kind, item_id in sorted(wanted - shown):
                self.link(claim, kind, item_id)

    def _claims_with(self, key: str) -> list[CompetenceClaim]:
        if not key.startswith("text:"):
            return self._claims.by_concept(key)
        return [
            c for c in self._claims.list() if c.concept_uri is None and competence_key(c) == key
        ]


def _listed(item: Item, key: str) -> bool:
    return any(competence_key(ref) == key for ref in item.competences)


def _ref_for_key(key: str, claims: list[CompetenceClaim], item: Item) -> ConceptRef | None:
    """The competence behind a key, as the item lists it or a claim names it; None when
    neither does any more (nothing left to unlink)."""
    for ref in item.competences:
        if competence_key(ref) == key:
            return ref
    return reference(claims[0]) if claims else None


def _describe(verb_nl: str, verb_en: str, ref: ConceptRef, item: Item) -> tuple[str, str]:
    """'heftruck besturen gekoppeld aan Attest heftruckchauffeur': what Ctrl+Z takes back."""
    return f"{ref.label} {verb_nl} {item.title}", f"{ref.label} {verb_en} {item.title}"
