"""EVC readiness: when an EVC-traject leads to the target, what it costs and whether the
portfolio looks ready for one.

The costs come from ``resources/evc/evc_costs.json`` (format ``portfolio-evc-costs``, with
the school year and source the amounts hold for); this module parses that document and turns
it into the ``EvcInfo`` a check result carries. Amounts are always shown with their school
year, since they change every school year; an amount of an earlier school year than today's
says "controleer het bedrag".

What applies depends on the person's situation (``domain.situation``), by the same rules as
"Mijn rechten" (``portfolio_app.rights``): a jobseeker sees that a VDAB-recognised traject
was free and is not offered opleidingscheques (each payment option names the rule it rests
on); without a situation every option says whom it is for.

An EVC assessment tests every competence of the beroepskwalificatie, in practice: the
candidate shows there what they can, so evidence in the portfolio is not required to start.
The person is called ready when they say they can at least ``EVC_READY_SHARE`` (three in
four) of the competences at the level asked: the rest is usually within reach during the
preparation, while with fewer they risk paying for an assessment they cannot pass yet. The
counts are the check's own (``Tally``), so the EVC card and the headline always agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from portfolio_app.check import texts
from portfolio_app.check.model import EvcRoute
from portfolio_app.check.texts import Text
from portfolio_app.domain.check_result import EvcCost, EvcInfo, Regulation, Tally
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.errors import InvalidInput
from portfolio_app.rights.model import (
    Applies,
    Rules,
    older_than_school_year,
    school_year_start,
)

EVC_READY_SHARE = 0.75
FORMAT = "portfolio-evc-costs"


JOBSEEKERS = "werkzoekenden"  # the target group of the fee that is free for jobseekers


@dataclass(frozen=True, slots=True)
class Fee:
    amount: float
    applies_to: str | None  # "beroepskwalificatie", "deelkwalificatie" or None (a group)
    label: Text
    group: str | None = None  # the target group a fee is for ("werkzoekenden"), if any


@dataclass(frozen=True, slots=True)
class PaymentOption:
    label: Text
    right: str | None = None  # the id of the rule in ``portfolio_app.rights`` it rests on


@dataclass(frozen=True, slots=True)
class EvcCosts:
    school_year: str
    source: str
    fees: tuple[Fee, ...]
    payment_options: tuple[PaymentOption, ...]

    @property
    def as_of(self) -> date:
        """1 September of the school year the amounts held for."""
        return school_year_start(self.school_year)


def _text(value: Any) -> Text:
    if not isinstance(value, dict):
        raise ValueError("label")
    nl, en = value.get("nl"), value.get("en")
    if not isinstance(nl, str) or not nl.strip():
        raise ValueError("label")
    return nl.strip(), en.strip() if isinstance(en, str) and en.strip() else nl.strip()


def _option(value: Any) -> PaymentOption:
    right = value.get("right")
    if right is not None and not isinstance(right, str):
        raise ValueError("right")
    return PaymentOption(_text(value["label"]), right)


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
        school_year_start(school_year)
        fees = []
        for fee in doc["fees"]:
            amount = fee["amount"]
            applies = fee.get("applies_to")
            group = fee.get("target_group")
            if isinstance(amount, bool) or not isinstance(amount, int | float) or amount < 0:
                raise ValueError("amount")
            if applies not in (None, "beroepskwalificatie", "deelkwalificatie"):
                raise ValueError("applies_to")
            if group is not None and not isinstance(group, str):
                raise ValueError("target_group")
            fees.append(Fee(float(amount), applies, _text(fee["label"]), group))
        options = tuple(_option(o) for o in doc.get("payment_options", []))
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
    route: EvcRoute,
    costs: EvcCosts | None,
    counts: Tally,
    regulation: Regulation | None = None,
    *,
    situation: WorkStatus | None = None,
    rules: Rules | None = None,
    today: date | None = None,
) -> EvcInfo:
    """What the check says about EVC for this target; ``counts`` are those of the route's
    competences. ``situation`` (with ``rules``) decides which fee and which ways to pay
    apply; ``today`` whether the amounts are of an earlier school year."""
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
    conditions: list[Text] = []
    source = ""
    check_amount = False
    if costs is not None:
        cost_list = _costs(costs, route.partial, situation)
        price = _price_sentences(costs, cost_list, situation)
        if price[0]:
            nl.append(price[0])
            en.append(price[1])
        check_amount = today is not None and older_than_school_year(costs.as_of, today)
        if check_amount:
            nl.append(
                "De bedragen veranderen elk schooljaar: controleer het bedrag bij het "
                "EVC-testcentrum."
            )
            en.append(
                "The amounts change every school year: check the amount with the EVC test centre."
            )
        else:
            nl.append("De bedragen veranderen elk schooljaar.")
            en.append("The amounts change every school year.")
        conditions = _payment(costs, situation, rules)
        source = f"Schooljaar {costs.school_year}; bron: {costs.source}"
    return EvcInfo(
        qualification=route.qualification,
        ready=ready,
        competences_said=said,
        competences_shown=shown,
        competences_total=total,
        costs=cost_list,
        conditions=[c[0] for c in conditions],
        conditions_en=[c[1] for c in conditions],
        source=source,
        message=" ".join(nl),
        message_en=" ".join(en),
        situation=situation,
        check_amount=check_amount,
    )


def _costs(costs: EvcCosts, partial: bool, situation: WorkStatus | None) -> list[EvcCost]:
    """Every fee; ``applies`` marks the one for this person: the free one for a jobseeker,
    else the one of the route's kind."""
    kind = "deelkwalificatie" if partial else "beroepskwalificatie"
    free = situation is WorkStatus.WERKZOEKEND and any(f.group == JOBSEEKERS for f in costs.fees)
    return [
        EvcCost(
            label=f.label[0],
            label_en=f.label[1],
            amount_eur=f.amount,
            applies=(f.group == JOBSEEKERS) if free else f.applies_to == kind,
        )
        for f in costs.fees
    ]


def _price_sentences(
    costs: EvcCosts, cost_list: list[EvcCost], situation: WorkStatus | None
) -> Text:
    year = costs.school_year
    free = next((f for f in costs.fees if f.group == JOBSEEKERS), None)
    main = next((c for c in cost_list if c.applies), None)
    if situation is WorkStatus.WERKZOEKEND and free is not None:
        return (
            f"Voor werkzoekenden die bij de VDAB ingeschreven zijn, was een door de VDAB "
            f"erkend EVC-traject gratis in schooljaar {year}.",
            f"For jobseekers registered with VDAB, an EVC procedure recognised by VDAB was "
            f"free in school year {year}.",
        )
    if main is None:
        return "", ""
    price = _euro(main.amount_eur)
    nl = f"Het kostte {price[0]} in schooljaar {year}."
    en = f"It cost {price[1]} in school year {year}."
    if situation is None and free is not None:
        nl += " Voor werkzoekenden was een door de VDAB erkend traject gratis."
        en += " For jobseekers, a procedure recognised by VDAB was free."
    return nl, en


def _payment(costs: EvcCosts, situation: WorkStatus | None, rules: Rules | None) -> list[Text]:
    """The ways to pay that can apply: one whose rule is not for this situation is left out
    (no opleidingscheques for a jobseeker); one that depends on the situation says whom it
    is for."""
    found: list[Text] = []
    for option in costs.payment_options:
        rule = rules.get(option.right) if rules is not None and option.right else None
        applies = rule.for_status(situation) if rule is not None else None
        if applies is Applies.NEE:
            continue
        text = option.label
        if rule is not None and applies is not Applies.JA:
            text = texts.join(text, rule.who)
        found.append(text)
    return found
