"""EVC readiness: when an EVC-traject leads to the target, what it costs and whether the
portfolio looks ready for one.

The costs come from ``resources/evc/evc_costs.json`` (format ``portfolio-evc-costs``, with
the school year and source the amounts hold for); this module parses that document and turns
it into the ``EvcInfo`` a check result carries. Amounts are always shown with their school
year, since they change.

An EVC assessment tests every competence of the beroepskwalificatie. The portfolio is called
ready when it shows at least ``EVC_READY_SHARE`` (three in four) of them at "can" level: the
rest is usually within reach during the preparation, while with fewer the candidate risks
paying for an assessment they cannot pass yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portfolio_app.check import texts
from portfolio_app.check.model import EvcRoute
from portfolio_app.check.texts import Text
from portfolio_app.domain.check_result import EvcCost, EvcInfo
from portfolio_app.errors import InvalidInput

EVC_READY_SHARE = 0.75
FORMAT = "portfolio-evc-costs"


@dataclass(frozen=True, slots=True)
class Fee:
    amount: float
    applies_to: str | None  # "beroepskwalificatie", "deelkwalificatie" or None (a group)
    label: Text


@dataclass(frozen=True, slots=True)
class EvcCosts:
    school_year: str
    source: str
    fees: tuple[Fee, ...]
    payment_options: tuple[Text, ...]


def _text(value: Any) -> Text:
    if not isinstance(value, dict):
        raise ValueError("label")
    nl, en = value.get("nl"), value.get("en")
    if not isinstance(nl, str) or not nl.strip():
        raise ValueError("label")
    return nl.strip(), en.strip() if isinstance(en, str) and en.strip() else nl.strip()


def parse_evc_costs(doc: Any) -> EvcCosts:
    """The costs document, checked; a malformed one is refused (it is bundled data, so a
    test catches it long before a user would)."""
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        school_year = doc["school_year"]
        source = doc["source"]["title"]
        if not isinstance(school_year, str) or not isinstance(source, str):
            raise ValueError("source")
        fees = []
        for fee in doc["fees"]:
            amount = fee["amount"]
            applies = fee.get("applies_to")
            if isinstance(amount, bool) or not isinstance(amount, int | float) or amount < 0:
                raise ValueError("amount")
            if applies not in (None, "beroepskwalificatie", "deelkwalificatie"):
                raise ValueError("applies_to")
            fees.append(Fee(float(amount), applies, _text(fee["label"])))
        options = tuple(_text(o["label"]) for o in doc.get("payment_options", []))
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidInput(
            f"Het bestand met de EVC-kosten is ongeldig ({exc}).",
            f"The EVC cost file is invalid ({exc}).",
        ) from None
    return EvcCosts(school_year, source, tuple(fees), options)


def _euro(amount: float) -> tuple[str, str]:
    whole = amount == int(amount)
    nl = f"{amount:.0f} euro" if whole else f"{amount:.2f} euro".replace(".", ",")
    return nl, f"EUR {amount:.0f}" if whole else f"EUR {amount:.2f}"


def evc_info(route: EvcRoute, costs: EvcCosts | None, shown: int, total: int) -> EvcInfo:
    """What the check says about EVC for this target; ``shown`` of the route's ``total``
    competences are at "can" level in the portfolio."""
    ready = total > 0 and shown / total >= EVC_READY_SHARE
    name = texts.short(route.qualification.label)
    kind_nl = "deelkwalificatie" if route.partial else "beroepskwalificatie"
    kind_en = "partial qualification" if route.partial else "professional qualification"
    nl = [
        f"Voor de {kind_nl} '{name}' bestaat een EVC-traject: je toont je competenties bij "
        f"een erkend testcentrum en krijgt een officieel bewijs.",
        f"Je portfolio toont nu {shown} van de {total} competenties.",
    ]
    en = [
        f"An EVC procedure exists for the {kind_en} '{name}': you show your competences at "
        f"a recognised test centre and get an official certificate.",
        f"Your portfolio now shows {shown} of the {total} competences.",
    ]
    if ready:
        nl.append("Je lijkt klaar om eraan te beginnen.")
        en.append("You look ready to start.")
    else:
        nl.append("Verzamel eerst meer bewijs of leer eerst bij.")
        en.append("Gather more evidence or learn more first.")
    cost_list: list[EvcCost] = []
    source = ""
    if costs is not None:
        applies = "deelkwalificatie" if route.partial else "beroepskwalificatie"
        cost_list = [
            EvcCost(
                label=f.label[0],
                label_en=f.label[1],
                amount_eur=f.amount,
                applies=f.applies_to == applies,
            )
            for f in costs.fees
        ]
        main = next((c for c in cost_list if c.applies), None)
        if main is not None:
            price = _euro(main.amount_eur)
            nl.append(f"Het kostte {price[0]} in schooljaar {costs.school_year}.")
            en.append(f"It cost {price[1]} in school year {costs.school_year}.")
        source = f"Schooljaar {costs.school_year}; bron: {costs.source}"
    return EvcInfo(
        qualification=route.qualification,
        ready=ready,
        competences_shown=shown,
        competences_total=total,
        costs=cost_list,
        conditions=[o[0] for o in costs.payment_options] if costs else [],
        conditions_en=[o[1] for o in costs.payment_options] if costs else [],
        source=source,
        message=" ".join(nl),
        message_en=" ".join(en),
    )
