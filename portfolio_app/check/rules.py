"""Bundled facts the check states next to the competences: which professions are regulated,
which competences a study named as needed in the future, and what renewing a leerbewijs
means.

Each fact carries its source and how old it is, because the check says what it knows and
when that was known ("in april 2021", "opgesteld in december 2026"), never that it simply
"is". The documents are parsed and checked here; reading them from the package is
``portfolio_app.check.files``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from portfolio_app.check.texts import Text
from portfolio_app.domain import Leerbewijs
from portfolio_app.domain.check_result import Regulation
from portfolio_app.domain.enums import LeerbewijsKind
from portfolio_app.errors import InvalidInput

REGULATED_FORMAT = "portfolio-regulated-professions"
FUTURE_FORMAT = "portfolio-future-competences"


def _month(text: Any) -> date:
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}", text):
        raise ValueError("date")
    year, month = text.split("-")
    return date(int(year), int(month), 1)


def _text(value: Any) -> Text:
    if not isinstance(value, dict):
        raise ValueError("text")
    nl, en = value.get("nl"), value.get("en")
    if not isinstance(nl, str) or not nl.strip():
        raise ValueError("text")
    return nl.strip(), en.strip() if isinstance(en, str) and en.strip() else nl.strip()


def _invalid(what: str, exc: Exception) -> InvalidInput:
    return InvalidInput(
        f"Het meegeleverde bestand met {what} is ongeldig ({exc}).",
        f"The bundled file of {what} is invalid ({exc}).",
    )


@dataclass(frozen=True, slots=True)
class RegulatedProfessions:
    by_occupation: dict[str, Regulation]

    def get(self, occupation_uri: str | None) -> Regulation | None:
        return self.by_occupation.get(occupation_uri) if occupation_uri else None


def parse_regulated(doc: Any) -> RegulatedProfessions:
    try:
        if not isinstance(doc, dict) or doc.get("format") != REGULATED_FORMAT:
            raise ValueError("format")
        listed_on = _month(doc["listed_on"])
        found: dict[str, Regulation] = {}
        for entry in doc["professions"]:
            nl, en = _text(entry["requirement"])
            source = entry["source"]
            if not isinstance(source, str) or not source.strip():
                raise ValueError("source")
            rule = Regulation(requirement=nl, requirement_en=en, source=source, listed_on=listed_on)
            for uri in entry["occupations"]:
                if not isinstance(uri, str) or not uri:
                    raise ValueError("occupations")
                found[uri] = rule
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid("gereglementeerde beroepen", exc) from None
    return RegulatedProfessions(found)


@dataclass(frozen=True, slots=True)
class FutureList:
    source: str
    source_date: date
    competences: tuple[tuple[str, Text], ...]  # (uri, (nl, en))


def parse_future(doc: Any) -> FutureList:
    try:
        if not isinstance(doc, dict) or doc.get("format") != FUTURE_FORMAT:
            raise ValueError("format")
        source = doc["source"]
        if not isinstance(source, str) or not source.strip():
            raise ValueError("source")
        items = []
        for entry in doc["competences"]:
            uri = entry["uri"]
            if not isinstance(uri, str) or not uri:
                raise ValueError("uri")
            items.append((uri, _text(entry["label"])))
    except (KeyError, TypeError, ValueError) as exc:
        raise _invalid("toekomstcompetenties", exc) from None
    return FutureList(source, _month(doc["source_date"]), tuple(items))


_VCA = re.compile(r"\b(b-|vol-)?vca\b", re.IGNORECASE)
_CODE95 = re.compile(r"\bcode\s*95\b|vakbekwaamheid", re.IGNORECASE)
_RENEW_BY_KIND: dict[LeerbewijsKind, Text] = {
    LeerbewijsKind.TAALCERTIFICAAT: (
        "Een taalcertificaat hernieuw je door de taaltest opnieuw af te leggen.",
        "You renew a language certificate by taking the test again.",
    ),
    LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT: (
        "Meestal leg je het examen opnieuw af of volg je een bijscholing. Vraag het na bij "
        "{issuer}.",
        "Usually you take the exam again or follow refresher training. Ask {issuer}.",
    ),
    LeerbewijsKind.OPEN_BADGE: (
        "Vraag {issuer} of je een nieuwe badge kunt halen.",
        "Ask {issuer} whether you can earn a new badge.",
    ),
    LeerbewijsKind.MICROCREDENTIAL: (
        "Vraag {issuer} of je een nieuwe versie kunt halen.",
        "Ask {issuer} whether you can earn a new version.",
    ),
}
_RENEW_DEFAULT: Text = (
    "Vraag {issuer} hoe je het hernieuwt: meestal volg je een opfrissing of leg je de proef "
    "opnieuw af.",
    "Ask {issuer} how to renew it: usually you follow a refresher or take the test again.",
)


def renewal(item: Leerbewijs) -> Text:
    """What renewing this leerbewijs means, in one or two sentences. A VCA is not
    "requested": the exam is taken again."""
    if _VCA.search(item.title):
        return (
            "Een VCA-attest vraag je niet aan: je legt het VCA-examen opnieuw af bij een erkend "
            "examencentrum. Het nieuwe attest is 10 jaar geldig.",
            "A VCA certificate is not requested: you take the VCA exam again at a recognised "
            "exam centre. The new certificate is valid for 10 years.",
        )
    if _CODE95.search(item.title):
        return (
            "Code 95 vernieuw je met 35 uur nascholing in de vijf jaar voor de vervaldatum.",
            "You renew code 95 with 35 hours of periodic training in the five years before "
            "it expires.",
        )
    nl, en = _RENEW_BY_KIND.get(item.kind, _RENEW_DEFAULT)
    issuer = item.issuer.strip()
    return (
        nl.format(issuer=issuer or "wie het uitreikte"),
        en.format(issuer=issuer or "whoever issued it"),
    )
