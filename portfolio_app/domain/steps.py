"""A concrete learning step for an open point of a check or a step of the plan: which kind
of route (a course, learning on the job, an EVC-traject, a deelkwalificatie of a BK), what
to do in one sentence, and where to look — the public catalogues a Flemish citizen uses, with
what to type there — plus what can help pay for it in the person's situation.

The links are start pages of those catalogues, never fetched by the app: they open in the
browser only when the user clicks one (see ``check.catalogues`` for why start pages and not
search URLs).
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field

from portfolio_app.domain.common import DomainModel
from portfolio_app.domain.enums import ActionKind
from portfolio_app.domain.validation import fail

ShortText = Annotated[str, Field(max_length=2000)]


class Route(StrEnum):
    OPLEIDING = "opleiding"
    WERKPLEKLEREN = "werkplekleren"
    EVC = "evc"
    DEELKWALIFICATIE = "deelkwalificatie"


ROUTE_LABELS: dict[Route, tuple[str, str]] = {
    Route.OPLEIDING: ("opleiding", "course"),
    Route.WERKPLEKLEREN: ("werkplekleren", "learning on the job"),
    Route.EVC: ("EVC-traject", "EVC procedure"),
    Route.DEELKWALIFICATIE: ("deelkwalificatie", "partial qualification"),
}


class Catalogue(StrEnum):
    VDAB_OPLEIDINGEN = "vdab_opleidingen"
    ONDERWIJSKIEZER = "onderwijskiezer"
    KWALIFICATIEDATABANK = "kwalificatiedatabank"
    EVC_TESTCENTRA = "evc_testcentra"


@cache
def _is_web_link(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme == "https" and bool(parts.netloc) and not any(c.isspace() for c in value)


def _web_link(value: str) -> str:
    if not _is_web_link(value):  # the same few catalogue addresses, over and over
        raise fail("bad_uri")
    return value


class CatalogueLink(DomainModel):
    catalogue: Catalogue
    name: ShortText
    name_en: ShortText = ""
    url: Annotated[str, AfterValidator(_web_link), Field(max_length=500)]
    search_for: ShortText
    """What to type in the catalogue's search box (the competence or the BK)."""
    how: ShortText = ""
    how_en: ShortText = ""


class LearningStep(DomainModel):
    route: Route
    action: ActionKind
    text: ShortText
    text_en: ShortText = ""
    links: list[CatalogueLink] = Field(default_factory=list)
    pay: ShortText = ""
    pay_en: ShortText = ""
    rights: list[Annotated[str, Field(max_length=64)]] = Field(default_factory=list)
    """The ids of the rules in ``portfolio_app.rights`` that ``pay`` names."""
