"""Builders for hand-made portfolios, shared by the check tests."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from portfolio_app.check import (
    Facts,
    PortfolioData,
    SignalTable,
    language_view,
    load_evc_costs,
    load_target,
    parse_signals,
    run_check,
)
from portfolio_app.check.rules import (
    FutureList,
    RegulatedProfessions,
    parse_future,
    parse_regulated,
)
from portfolio_app.credentials.checks import CHECK_ORDER
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, Source
from portfolio_app.domain.check_result import CheckResult, Contribution, OpenPoint
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind
from portfolio_app.domain.leerbewijs import CheckStatus, Verification, VerificationCheck
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
MEDICATIE = "urn:test:c:medicatie"
KOKEN = "urn:test:c:koken"
HYGIENE = "urn:test:c:hygiene"
# A future competence of the test list that the test language does not know.
NIEUW = "urn:test:c:nieuw-denken"

OCC_HEFTRUCK = "urn:test:o:heftruckchauffeur"
OCC_VERPLEEG = "urn:test:o:verpleegkundige"
OCC_MAGAZIJN = "urn:test:o:magazijnier"
OCC_REACHTRUCK = "urn:test:o:reachtruckchauffeur"
OCC_KOK = "urn:test:o:kok"
BK_HEFTRUCK = "urn:test:bk:heftruckchauffeur"
BK_VERPLEEG = "urn:test:bk:verpleegkundige"
DK_RIJDEN = "urn:test:dk:rijden"
DK_MAGAZIJN = "urn:test:dk:magazijn"

# Every competence of the forklift occupation, essential first (as in the test language).
HEFTRUCK_ESSENTIAL = (HEFTRUCK, VOORRAAD, VEILIGHEID)
HEFTRUCK_OPTIONAL = (ORDERPICKEN, SAMENWERKEN, SCANNER)

REGULATED_NURSE = (
    "Verpleegkundige is een gereglementeerd beroep: je hebt een erkend diploma nodig en een "
    "visum. Een EVC-traject of werkervaring vervangt dat diploma niet."
)


def claim(uri: str | None, **fields: Any) -> CompetenceClaim:
    label = fields.pop("label", uri.rsplit(":", 1)[-1] if uri else "vrije tekst")
    fields.setdefault("last_used", date(2025, 1, 1))
    return CompetenceClaim(concept_uri=uri, label=label, **fields)


def by(kind: SourceKind, name: str = "", when: date | None = None) -> list[Source]:
    return [Source(kind=kind, name=name, date=when)]


def leerbewijs(*uris: str, **fields: Any) -> Leerbewijs:
    fields.setdefault("title", "Attest")
    fields.setdefault("issued", date(2024, 1, 1))
    return Leerbewijs(competences=[ConceptRef(uri=u, label=u) for u in uris], **fields)


def verification(*statuses: CheckStatus) -> Verification:
    """The offline check of a digital credential, one line per status, in the importer's
    order: signature, issuer key, recipient, validity, revocation."""
    return Verification(
        checked_at=datetime(2025, 5, 1, 12, 0),
        checks=[
            VerificationCheck(code=code, status=s)
            for code, s in zip(CHECK_ORDER, statuses, strict=False)
        ],
    )


def bk_proof(**fields: Any) -> Leerbewijs:
    fields.setdefault("title", "Bewijs van beroepskwalificatie heftruckchauffeur")
    fields.setdefault("issued", date(2024, 3, 1))
    fields.setdefault("qualification_uri", BK_HEFTRUCK)
    return Leerbewijs(kind=LeerbewijsKind.BEROEPSKWALIFICATIE, **fields)


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


def regulated() -> RegulatedProfessions:
    """Verpleegkundige of the test language as a regulated profession."""
    return parse_regulated(
        {
            "format": "portfolio-regulated-professions",
            "listed_on": "2025-01",
            "professions": [
                {
                    "occupations": [OCC_VERPLEEG],
                    "requirement": {
                        "nl": REGULATED_NURSE,
                        "en": "Nursing is a regulated profession: you need a recognised "
                        "diploma and a visa. An EVC procedure or work experience does not "
                        "replace that diploma.",
                    },
                    "source": "Testwet gezondheidszorgberoepen",
                }
            ],
        }
    )


def future() -> FutureList:
    """Two future competences the test language knows, and one it does not."""
    return parse_future(
        {
            "format": "portfolio-future-competences",
            "source": "Teststudie toekomstcompetenties",
            "source_date": "2019-03",
            "competences": [
                {"uri": SAMENWERKEN, "label": {"nl": "samenwerken", "en": "working together"}},
                {"uri": SCANNER, "label": {"nl": "barcodescanner", "en": "barcode scanner"}},
                {"uri": NIEUW, "label": {"nl": "nieuw denken", "en": "new thinking"}},
            ],
        }
    )


def check(
    language: CompetenceLanguage,
    portfolio: PortfolioData,
    target_uri: str,
    *,
    today: date = TODAY,
    signals: SignalTable | None = None,
    facts: Facts | None = None,
) -> CheckResult:
    """The check of ``portfolio`` against ``target_uri``; ``facts`` as given, else the
    ``signals`` given and the bundled EVC costs."""
    target = load_target(language, target_uri)
    view = language_view(language, portfolio, [target])
    chosen = facts if facts is not None else Facts(signals=signals, evc_costs=load_evc_costs())
    return run_check(portfolio, target, view, today, chosen)


def light_codes(result: CheckResult) -> list[str]:
    return [w.code for w in result.warnings]


def contribution(result: CheckResult, uri: str) -> Contribution:
    return next(c for c in result.contributions if c.competence.uri == uri)


def open_point(result: CheckResult, uri: str) -> OpenPoint:
    return next(p for p in (*result.to_learn, *result.to_prove) if p.competence.uri == uri)


def sentences(text: str) -> list[str]:
    """The sentences of a summary: split after '.', '?' or '!' followed by a space."""
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]
