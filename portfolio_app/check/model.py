"""The inputs of the check as plain, immutable data.

The check reads the portfolio and a few facts of the competence language. Both are gathered
beforehand (``portfolio_app.check.load`` does it from an open vault and language), so every
function of the engine is pure: same inputs, same result, no database or file in sight. That
is what lets the GUI run it on a worker thread, the tests build inputs by hand, and the career
ranking run it thousands of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, TargetRef
from portfolio_app.domain.situation import Situation
from portfolio_app.language import Concept


@dataclass(frozen=True, slots=True)
class PortfolioData:
    """What the check reads from the vault."""

    claims: tuple[CompetenceClaim, ...] = ()
    leerbewijzen: tuple[Leerbewijs, ...] = ()
    experiences: tuple[Experience, ...] = ()
    situation: Situation | None = None  # from the profile: decides which rights apply

    @classmethod
    def of(
        cls,
        claims: Iterable[CompetenceClaim] = (),
        leerbewijzen: Iterable[Leerbewijs] = (),
        experiences: Iterable[Experience] = (),
        situation: Situation | None = None,
    ) -> PortfolioData:
        return cls(tuple(claims), tuple(leerbewijzen), tuple(experiences), situation)


@dataclass(frozen=True, slots=True)
class EvcRoute:
    """The beroepskwalificatie (or deelkwalificatie) through which an EVC-traject leads to
    the target, with the competences its assessment tests. ``partial`` is True for a
    deelkwalificatie, which has its own, lower cost."""

    qualification: TargetRef
    competences: tuple[str, ...]
    partial: bool = False


@dataclass(frozen=True, slots=True)
class Target:
    """What a check holds the portfolio against: the competences it asks for, and the links
    the check follows to signals (``occupation_uri``) and to EVC (``evc``).

    A beroepskwalificatie does not split its competences into essential and optional: a BK
    is awarded only when all of them are shown, so all of them are essential here.
    """

    ref: TargetRef
    essential: tuple[str, ...]
    optional: tuple[str, ...] = ()
    occupation_uri: str | None = None
    vks_level: int | None = None
    evc: EvcRoute | None = None
    qualification: TargetRef | None = None
    """The beroepskwalificatie behind the target (itself, a DK's parent, or the BK linked to
    an occupation): the learning steps name it and its deelkwalificaties."""
    parts: tuple[tuple[TargetRef, tuple[str, ...]], ...] = ()
    """That BK's deelkwalificaties, each with its competences."""

    def part_of(self, uri: str | None) -> TargetRef | None:
        """The deelkwalificatie of the target's BK that holds competence ``uri``."""
        return next((ref for ref, competences in self.parts if uri in competences), None)


@dataclass(frozen=True, slots=True)
class LanguageView:
    """The facts of the competence language one check needs.

    ``concepts`` holds at least the target's and the portfolio's concepts (for labels, flags
    and the broader relation); ``qualification_competences`` maps the URI of every
    beroepskwalificatie or deelkwalificatie a leerbewijs names to the competences it proves.
    A concept missing from ``concepts`` is still checked, by URI, and shown by its URI.
    """

    concepts: Mapping[str, Concept] = field(default_factory=dict)
    qualification_competences: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # ConceptRefs made once per URI: a check of a large occupation names each competence
    # several times (contribution, gap, light, kunnen × willen), and validating the same
    # reference over and over was most of its time. The refs are values, never edited.
    _refs: dict[str, ConceptRef] = field(default_factory=dict, repr=False, compare=False)

    def parents(self, uri: str) -> tuple[str, ...]:
        concept = self.concepts.get(uri)
        return concept.broader if concept is not None else ()

    def label(self, uri: str) -> str:
        """The Dutch label (the snapshot a saved result keeps), else the URI."""
        return self.ref(uri).label

    def sort_key(self, uri: str) -> str:
        return self.ref(uri).label.lower()

    def ref(self, uri: str) -> ConceptRef:
        found = self._refs.get(uri)
        if found is None:
            concept = self.concepts.get(uri)
            label = (concept.label("nl") if concept is not None else "") or uri
            found = self._refs[uri] = ConceptRef(uri=uri, label=label)
        return found

    def has_flag(self, uri: str, flag: str) -> bool:
        concept = self.concepts.get(uri)
        return concept is not None and flag in concept.flags
