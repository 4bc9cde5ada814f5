"""The demo portfolio: a fictional person, clearly marked as an example, so that a first-time
user can try every page (and the check and the exports) before typing anything of their own.

Concepts are looked up in the loaded competence language by their label, so the demo links
to real concepts of whatever language is installed, and stays valid when that changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from portfolio_app.domain import (
    ActionPlanItem,
    CompetenceClaim,
    Experience,
    Leerbewijs,
    Profile,
    Source,
)
from portfolio_app.domain.enums import (
    CEFR_LEVELS,
    ActionKind,
    CompetenceKind,
    ExperienceKind,
    LeerbewijsKind,
    LevelScale,
    QualificationRoute,
    SourceKind,
)
from portfolio_app.language import CompetenceLanguage, ConceptType, concept_kind
from portfolio_app.vault import Portfolio

DEMO_PASSPHRASE = "dit is een voorbeeldportfolio"
"""The demo holds no personal data; its passphrase is public so anyone can open it."""


@dataclass(frozen=True)
class DemoClaim:
    query: str
    level: int | str
    willen: int
    last_used: date | None
    evidence: tuple[str, ...] = ()
    source: SourceKind | None = None
    source_name: str = ""


PROFILE = Profile(
    given_name="Noor",
    family_name="Vermeulen",
    emails=["noor.vermeulen@example.org"],
    phone="0470 00 00 00",
    city="Gent",
    headline="Magazijnmedewerker met heftruckervaring, op weg naar een erkende beroepskwalificatie",
    summary=(
        "Zeven jaar ervaring in een distributiecentrum: heftruck, orderpicking en voorraad. "
        "Ik wil mijn ervaring laten erkennen en doorgroeien."
    ),
    is_demo=True,
)

EXPERIENCES = {
    "magazijn": Experience(
        kind=ExperienceKind.WERK,
        organisation="Distributiecentrum De Haven (fictief)",
        role="Magazijnmedewerker",
        start=date(2017, 3, 1),
        description=(
            "Ik reed elke dag met een heftruck, laadde vrachtwagens en hield de voorraad bij "
            "in het magazijnbeheersysteem. Ik leerde nieuwe collega's de veiligheidsregels."
        ),
    ),
    "interim": Experience(
        kind=ExperienceKind.WERK,
        organisation="Uitzendkantoor (fictief)",
        role="Orderpicker",
        start=date(2014, 9, 1),
        end=date(2017, 2, 28),
        description="Orders verzamelen met een handscanner, ploegenwerk.",
    ),
    "voedselbank": Experience(
        kind=ExperienceKind.VRIJWILLIGERSWERK,
        organisation="Voedselbank (fictief)",
        role="Vrijwilliger logistiek",
        start=date(2019, 1, 1),
        description="Pakketten samenstellen, vrijwilligers inplannen, contact met gezinnen.",
    ),
    "opleiding": Experience(
        kind=ExperienceKind.OPLEIDING,
        organisation="VDAB",
        role="Opleiding heftruckchauffeur",
        start=date(2017, 1, 9),
        end=date(2017, 2, 17),
        description="Theorie en praktijk van het rijden met een heftruck, veilig stapelen.",
    ),
}

LEERBEWIJZEN = {
    "heftruck": Leerbewijs(
        kind=LeerbewijsKind.ATTEST,
        title="Attest heftruckchauffeur",
        issuer="VDAB",
        issued=date(2017, 2, 17),
        description="Opleiding van zes weken met praktijkproef.",
    ),
    "vca": Leerbewijs(
        kind=LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT,
        title="VCA Basisveiligheid",
        issuer="Examencentrum (fictief)",
        issued=date(2015, 11, 20),
        expires=date(2025, 11, 20),
        credential_number="VCA-0000000",
    ),
    "secundair": Leerbewijs(
        kind=LeerbewijsKind.DIPLOMA,
        title="Diploma secundair onderwijs – Logistiek",
        issuer="Technisch Instituut (fictief)",
        issued=date(2014, 6, 30),
        vks_level=4,
        route=QualificationRoute.SECUNDAIR_ONDERWIJS,
    ),
    "frans": Leerbewijs(
        kind=LeerbewijsKind.TAALCERTIFICAAT,
        title="Frans – ERK-niveau A2",
        issuer="Centrum voor Volwassenenonderwijs (fictief)",
        issued=date(2020, 6, 15),
        route=QualificationRoute.VOLWASSENENONDERWIJS,
    ),
}

CLAIMS = (
    DemoClaim("heftruck", 3, 3, date(2025, 10, 1), ("lb:heftruck", "ex:magazijn", "ex:opleiding")),
    DemoClaim("reachtruck", 2, 3, date(2025, 6, 1), ("ex:magazijn",)),
    DemoClaim("orderpicking", 4, 2, date(2025, 10, 1), ("ex:magazijn", "ex:interim")),
    DemoClaim(
        "voorraad", 3, 3, date(2025, 10, 1), ("ex:magazijn",), SourceKind.WERKGEVER, "De Haven"
    ),
    DemoClaim("laden en lossen", 3, 2, date(2025, 10, 1), ("ex:magazijn",)),
    DemoClaim("veiligheidsregels in het magazijn", 3, 3, date(2025, 10, 1), ("lb:vca",)),
    DemoClaim("veilig en gezond werken", 3, 3, date(2025, 10, 1), ("lb:vca",)),
    DemoClaim("samenwerken", 3, 3, date(2025, 10, 1), ("ex:voedselbank",)),
    DemoClaim("plannen", 2, 3, date(2025, 9, 1), ("ex:voedselbank",)),
    DemoClaim("klantgericht", 2, 2, date(2025, 9, 1)),
    DemoClaim("Nederlands", "C1", 3, date(2025, 10, 1)),
    DemoClaim("Frans", "A2", 2, date(2021, 1, 1), ("lb:frans",)),
    DemoClaim("Engels", "B1", 3, date(2025, 10, 1)),
    DemoClaim("digitale basisvaardigheden", 2, 3, date(2025, 10, 1)),
    DemoClaim("kassa", 2, 1, date(2016, 5, 1), ("ex:interim",)),
    DemoClaim("taarten versieren", "ja", 2, date(2022, 4, 1)),
)

PLAN = (
    ActionPlanItem(
        goal="VCA Basisveiligheid vernieuwen",
        action_kind=ActionKind.OPLEIDING,
        due=date(2026, 12, 31),
        notes="Examencentrum bellen voor een datum.",
    ),
)


def create_demo(path: Path, language: CompetenceLanguage) -> Portfolio:
    """A new vault at ``path`` holding the demo person; returned open."""
    portfolio = Portfolio.create(path, DEMO_PASSPHRASE)
    with portfolio.change("Voorbeeldgegevens geladen", "Sample data loaded"):
        portfolio.profile.save(PROFILE)
        ids: dict[str, str] = {}
        for key, experience in EXPERIENCES.items():
            ids[f"ex:{key}"] = portfolio.experiences.add(experience.model_copy()).id
        for key, leerbewijs in LEERBEWIJZEN.items():
            ids[f"lb:{key}"] = portfolio.leerbewijzen.add(leerbewijs.model_copy()).id
        for item in CLAIMS:
            portfolio.claims.add(_claim(item, language, ids))
        for action in PLAN:
            portfolio.plan.add(action.model_copy())
    return portfolio


def _claim(item: DemoClaim, language: CompetenceLanguage, ids: dict[str, str]) -> CompetenceClaim:
    hits = language.search(item.query, limit=1, kinds={"concept"})
    guess = not hits or hits[0].match in ("fuzzy", "partial")
    concept = None if guess else language.concept(hits[0].uri)
    if isinstance(item.level, str):
        scale, level = (
            (LevelScale.BINAIR, 1)
            if item.level == "ja"
            else (LevelScale.CEFR, CEFR_LEVELS.index(item.level) + 1)
        )
    else:
        scale, level = LevelScale.NIVEAU, item.level
    sources = [Source(kind=item.source, name=item.source_name)] if item.source else []
    if concept is not None and (concept.type is ConceptType.TAAL) != (scale is LevelScale.CEFR):
        concept = None  # a language concept only for a CEFR claim, and the other way round
    return CompetenceClaim(
        concept_uri=concept.uri if concept else None,
        label=concept.label("nl") if concept else item.query.capitalize(),
        kind=concept_kind(concept) if concept else CompetenceKind.VAKSPECIFIEK,
        level_scale=scale,
        level=level,
        willen=item.willen,
        last_used=item.last_used,
        sources=sources,
        leerbewijs_ids=[ids[e] for e in item.evidence if e.startswith("lb:")],
        experience_ids=[ids[e] for e in item.evidence if e.startswith("ex:")],
    )
