"""EVC readiness: when an EVC-traject leads to the target, what it costs and whether the
portfolio looks ready for one.

The costs come from ``resources/evc/evc_costs.json`` (format ``portfolio-evc-costs``, with
the school year and source the amounts hold for); this module parses that document and turns
it into the ``EvcInfo`` a check result carries. Amounts are always shown with their school
year, since they change.

An EVC assessment tests every competence of the beroepskwalificatie, in practice: the
candidate shows there what they can, so evidence in the portfolio is not required to start.
The person is called ready when they say they can at least ``EVC_READY_SHARE`` (three in
four) of the competences at the level asked: the rest is usually within reach during the
preparation, while with fewer they risk paying for an assessment they cannot pass yet. The
counts are the check's own (``Tally``), so the EVC card and the headline always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from portfolio_app.check import texts
from portfolio_app.check.model import EvcRoute
from portfolio_app.check.texts import Text
from portfolio_app.domain.check_result import EvcCost, EvcInfo, Regulation, Tally
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


def evc_info(
    route: EvcRoute, costs: EvcCosts | None, counts: Tally, regulation: Regulation | None = None
) -> EvcInfo:
    """What the check says about EVC for this target; ``counts`` are those of the route's
    competences."""
    total, said, shown = counts.total, counts.said, counts.shown
    ready = regulation is None and total > 0 and said / total >= EVC_READY_SHARE
    name = texts.short(route.qualification.label)
    kind_nl = "deelkwalificatie" if route.partial else "beroepskwalificatie"
    kind_en = "partial qualification" if route.partial else "professional qualification"
    nl = [
        f"Voor de {kind_nl} '{name}' bestaat een EVC-traject: je toont je competenties bij "
        f"een erkend testcentrum en krijgt een officieel bewijs.",
        f"Je zegt dat je {said} van de {total} competenties kunt; je portfolio toont er "
        f"{shown} van aan.",
    ]
    en = [
        f"An EVC procedure exists for the {kind_en} '{name}': you show your competences at "
        f"a recognised test centre and get an official certificate.",
        f"You say you can do {said} of the {total} competences; your portfolio shows {shown} "
        "of them.",
    ]
    if regulation is not None:
        nl.append("Een EVC-bewijs geeft je niet het diploma dat dit beroep wettelijk vraagt.")
        en.append("An EVC certificate does not give you the diploma this profession requires.")
    elif ready:
        nl.append(
            "Je kunt eraan beginnen: in het traject toon je wat je kunt, ook wat je portfolio "
            "nog niet bewijst."
        )
        en.append(
            "You can start: in the procedure you show what you can do, also what your "
            "portfolio does not prove yet."
        )
    else:
        nl.append(
            "Je zegt nog niet dat je drie op vier competenties kunt. Leer eerst bij, of ga na "
            "wat je al kunt."
        )
        en.append(
            "You do not yet say you can do three in four of the competences. Learn more "
            "first, or check what you can already do."
        )
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
        competences_said=said,
        competences_shown=shown,
        competences_total=total,
        costs=cost_list,
        conditions=[o[0] for o in costs.payment_options] if costs else [],
        conditions_en=[o[1] for o in costs.payment_options] if costs else [],
        source=source,
        message=" ".join(nl),
        message_en=" ".join(en),
    )
