"""Gathering the check's inputs from an open vault and competence language.

Everything else in ``portfolio_app.check`` computes on plain data; this module asks the vault
and the language for it, in as few queries as it can, and turns a URI or a typed label into a
``Target``. A label is resolved by the language search: one exact match (or one hit at all)
is the target; more are refused with the candidates, since checking the wrong occupation
silently would mislead more than asking.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from portfolio_app.check.careers import CareerIndex
from portfolio_app.check.model import EvcRoute, LanguageView, PortfolioData, Target
from portfolio_app.check.steps import PlanEntry, plan_entries
from portfolio_app.domain import TargetRef
from portfolio_app.domain.enums import TargetKind, label
from portfolio_app.errors import InvalidInput, NotFound
from portfolio_app.language import CompetenceLanguage, Qualification
from portfolio_app.rights.model import Rules
from portfolio_app.rights.view import rights_view

if TYPE_CHECKING:
    from portfolio_app.vault import Portfolio


@dataclass(frozen=True, slots=True)
class TargetOption:
    uri: str
    label: str
    kind: TargetKind


class AmbiguousTarget(InvalidInput):
    """A label that fits several targets; ``options`` lists them for the user to pick."""

    def __init__(self, text: str, options: list[TargetOption]) -> None:
        names = "; ".join(f"{o.label} ({label(o.kind)})" for o in options)
        names_en = "; ".join(f"{o.label} ({label(o.kind, 'en')})" for o in options)
        super().__init__(
            f"'{text}' past bij meer dan één doel: {names}. Geef de URI of kies met --kind.",
            f"'{text}' fits more than one target: {names_en}. Give the URI or pick with --kind.",
        )
        self.options = options


def snapshot(portfolio: Portfolio) -> PortfolioData:
    return PortfolioData.of(
        portfolio.claims.list(),
        portfolio.leerbewijzen.list(),
        portfolio.experiences.list(),
        portfolio.profile.get().situation,
    )


def _bk_ref(bk: Qualification) -> TargetRef:
    return TargetRef(uri=bk.uri, label=bk.label("nl"), kind=TargetKind.BEROEPSKWALIFICATIE)


def _parts(bk: Qualification) -> tuple[tuple[TargetRef, tuple[str, ...]], ...]:
    return tuple(
        (
            TargetRef(uri=dk.uri, label=dk.label("nl"), kind=TargetKind.DEELKWALIFICATIE),
            dk.competences,
        )
        for dk in bk.deelkwalificaties
    )


def load_target(language: CompetenceLanguage, uri: str) -> Target:
    """The occupation, beroepskwalificatie or deelkwalificatie with this URI."""
    part = language.deelkwalificatie(uri)
    if part is not None:
        parent, dk = part
        ref = TargetRef(uri=dk.uri, label=dk.label("nl"), kind=TargetKind.DEELKWALIFICATIE)
        return Target(
            ref=ref,
            essential=dk.competences,
            occupation_uri=parent.occupation_uri,
            vks_level=parent.vks_level,
            evc=EvcRoute(ref, dk.competences, partial=True) if parent.evc else None,
            qualification=_bk_ref(parent),
            parts=_parts(parent),
        )
    qualification = language.qualification(uri)
    if qualification is not None and qualification.uri == uri:
        ref = TargetRef(
            uri=uri, label=qualification.label("nl"), kind=TargetKind.BEROEPSKWALIFICATIE
        )
        competences = qualification.all_competences
        return Target(
            ref=ref,
            essential=competences,
            occupation_uri=qualification.occupation_uri,
            vks_level=qualification.vks_level,
            evc=EvcRoute(ref, competences) if qualification.evc else None,
            qualification=ref,
            parts=_parts(qualification),
        )
    occupation = language.occupation(uri)
    if occupation is None:
        raise NotFound(
            f"{uri} is geen beroep of kwalificatie in de competentietaal.",
            f"{uri} is not an occupation or qualification in the competence language.",
        )
    linked = sorted(
        (q for q in language.qualifications() if q.occupation_uri == uri),
        key=lambda q: (not q.evc, q.vks_level, q.uri),
    )
    route = None
    if linked and linked[0].evc:
        route = EvcRoute(_bk_ref(linked[0]), linked[0].all_competences)
    return Target(
        ref=TargetRef(uri=uri, label=occupation.label("nl") or uri, kind=TargetKind.BEROEP),
        essential=occupation.essential,
        optional=occupation.optional,
        occupation_uri=uri,
        vks_level=linked[0].vks_level if linked else None,
        evc=route,
        qualification=_bk_ref(linked[0]) if linked else None,
        parts=_parts(linked[0]) if linked else (),
    )


def _kind_of(language: CompetenceLanguage, uri: str, hit_kind: str) -> TargetKind:
    if hit_kind == "occupation":
        return TargetKind.BEROEP
    if language.deelkwalificatie(uri) is not None:
        return TargetKind.DEELKWALIFICATIE
    return TargetKind.BEROEPSKWALIFICATIE


def resolve_target(
    language: CompetenceLanguage, text: str, kind: TargetKind | None = None
) -> Target:
    """A URI, or a label the language search resolves to one target (of ``kind``)."""
    text = text.strip()
    if not text:
        raise InvalidInput(
            "Geef een beroep of kwalificatie.", "Give an occupation or qualification."
        )
    if ":" in text and " " not in text:
        return load_target(language, text)
    hits = language.search(text, limit=10, kinds={"occupation", "qualification"})
    options = [
        (hit.match, TargetOption(hit.uri, hit.label, _kind_of(language, hit.uri, hit.kind)))
        for hit in hits
    ]
    if kind is not None:
        options = [(m, o) for m, o in options if o.kind is kind]
    exact = [o for m, o in options if m == "exact"]
    # a target's own name wins over others that have it as another name ("magazijnmedewerker"
    # is also a name of "pakhuismedewerker")
    named = [o for o in exact if o.label.casefold() == text.casefold()]
    chosen = named if len(named) == 1 else exact if exact else [o for _, o in options]
    if len(chosen) == 1:
        return load_target(language, chosen[0].uri)
    if not chosen:
        raise NotFound(
            f"Geen beroep of kwalificatie gevonden voor '{text}'. "
            "Zoek met 'portfolio language search'.",
            f"No occupation or qualification found for '{text}'. "
            "Search with 'portfolio language search'.",
        )
    raise AmbiguousTarget(text, chosen)


def language_view(
    language: CompetenceLanguage, data: PortfolioData, targets: Iterable[Target] = ()
) -> LanguageView:
    """The concepts of the portfolio and of ``targets``, and what the qualifications that
    leerbewijzen name prove."""
    proves: dict[str, tuple[str, ...]] = {}
    for uri in {lb.qualification_uri for lb in data.leerbewijzen if lb.qualification_uri}:
        part = language.deelkwalificatie(uri)
        if part is not None:
            proves[uri] = part[1].competences
            continue
        qualification = language.qualification(uri)
        if qualification is not None and qualification.uri == uri:
            proves[uri] = qualification.all_competences
    uris: set[str] = {c.concept_uri for c in data.claims if c.concept_uri}
    for lb in data.leerbewijzen:
        uris.update(c.uri for c in lb.competences if c.uri)
    for ex in data.experiences:
        uris.update(c.uri for c in ex.competences if c.uri)
    for competences in proves.values():
        uris.update(competences)
    for target in targets:
        uris.update(target.essential, target.optional)
        if target.evc is not None:
            uris.update(target.evc.competences)
    return LanguageView(concepts=language.concepts(uris), qualification_competences=proves)


def career_index(language: CompetenceLanguage) -> CareerIndex:
    """Everything the career ranking needs from the language, read once."""
    occupations = language.occupations()
    uris = {u for o in occupations for u in (*o.essential, *o.optional)}
    return CareerIndex(occupations, language.concepts(uris), language.qualifications())


def plan_targets(language: CompetenceLanguage, uris: Iterable[str]) -> dict[str, Target]:
    """The targets of plan items that the language knows (a removed one is left out)."""
    found: dict[str, Target] = {}
    for uri in set(uris):
        try:
            found[uri] = load_target(language, uri)
        except NotFound:
            continue
    return found


def load_plan(
    portfolio: Portfolio, language: CompetenceLanguage, rules: Rules | None, today: date
) -> list[PlanEntry]:
    """The action plan with a learning step and a follow-up per item (see ``steps``)."""
    items = portfolio.plan.list()
    targets = plan_targets(language, (i.target.uri for i in items if i.target is not None))
    situation = portfolio.profile.get().situation
    rights = rights_view(rules, situation, today) if rules is not None else None
    return plan_entries(items, targets, portfolio.checks.list(), rights)
