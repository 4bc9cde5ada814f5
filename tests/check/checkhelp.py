"""Builders for hand-made portfolios, shared by the check tests."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from portfolio_app.check import (
    PortfolioData,
    SignalTable,
    language_view,
    load_evc_costs,
    load_target,
    parse_signals,
    run_check,
)
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, Source
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind
from portfolio_app.language import CompetenceLanguage

TODAY = date(2025, 6, 1)
DATA = Path(__file__).parent / "data"

HEFTRUCK = "urn:test:c:heftruck"
HEFTOESTELLEN = "urn:test:c:heftoestellen"
REACHTRUCK = "urn:test:c:reachtruck"
VOORRAAD = "urn:test:c:voorraad"
ORDERPICKEN = "urn:test:c:orderpicken"
VEILIGHEID = "urn:test:c:veiligheid"
SAMENWERKEN = "urn:test:c:samenwerken"
SCANNER = "urn:test:c:scanner"
ZORG = "urn:test:c:zorg"
KOKEN = "urn:test:c:koken"
HYGIENE = "urn:test:c:hygiene"

OCC_HEFTRUCK = "urn:test:o:heftruckchauffeur"
OCC_VERPLEEG = "urn:test:o:verpleegkundige"
OCC_MAGAZIJN = "urn:test:o:magazijnier"
OCC_REACHTRUCK = "urn:test:o:reachtruckchauffeur"
OCC_KOK = "urn:test:o:kok"
BK_HEFTRUCK = "urn:test:bk:heftruckchauffeur"
DK_RIJDEN = "urn:test:dk:rijden"


def claim(uri: str | None, **fields: Any) -> CompetenceClaim:
    label = fields.pop("label", uri.rsplit(":", 1)[-1] if uri else "vrije tekst")
    fields.setdefault("last_used", date(2025, 1, 1))
    return CompetenceClaim(concept_uri=uri, label=label, **fields)


def by(kind: SourceKind) -> list[Source]:
    return [Source(kind=kind)]


def leerbewijs(*uris: str, **fields: Any) -> Leerbewijs:
    fields.setdefault("title", "Attest")
    fields.setdefault("issued", date(2024, 1, 1))
    return Leerbewijs(competences=[ConceptRef(uri=u, label=u) for u in uris], **fields)


def bk_proof(**fields: Any) -> Leerbewijs:
    fields.setdefault("title", "Bewijs van beroepskwalificatie heftruckchauffeur")
    fields.setdefault("issued", date(2024, 3, 1))
    return Leerbewijs(
        kind=LeerbewijsKind.BEROEPSKWALIFICATIE, qualification_uri=BK_HEFTRUCK, **fields
    )


def experience(*uris: str, **fields: Any) -> Experience:
    fields.setdefault("role", "magazijnier")
    fields.setdefault("start", date(2020, 1, 1))
    return Experience(competences=[ConceptRef(uri=u, label=u) for u in uris], **fields)


def data(
    claims: Iterable[CompetenceClaim] = (),
    leerbewijzen: Iterable[Leerbewijs] = (),
    experiences: Iterable[Experience] = (),
) -> PortfolioData:
    return PortfolioData.of(claims, leerbewijzen, experiences)


def sample_signals() -> SignalTable:
    return SignalTable(parse_signals((DATA / "signals.csv").read_text(encoding="utf-8"))[0])


def check(
    language: CompetenceLanguage,
    portfolio: PortfolioData,
    target_uri: str,
    *,
    today: date = TODAY,
    signals: SignalTable | None = None,
) -> CheckResult:
    target = load_target(language, target_uri)
    view = language_view(language, portfolio, [target])
    return run_check(portfolio, target, view, today, signals, load_evc_costs())


def light_codes(result: CheckResult) -> list[str]:
    return [w.code for w in result.warnings]


def contribution(result: CheckResult, uri: str) -> Any:
    return next(c for c in result.contributions if c.competence.uri == uri)
