"""The EVC right's figures, made from the EVC costs file, so "Mijn rechten" and the check's
EVC card state the same amounts for the same school year (one file holds them)."""

from __future__ import annotations

from portfolio_app.check.evc import JOBSEEKERS, EvcCosts
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.rights.model import Figure, FigureKind

NOT_JOBSEEKERS = frozenset(WorkStatus) - {WorkStatus.WERKZOEKEND}


def _euro(amount: float) -> tuple[str, str]:
    whole = amount == int(amount)
    nl = f"{amount:.0f} euro" if whole else f"{amount:.2f} euro".replace(".", ",")
    return nl, f"{amount:.0f} euros" if whole else f"{amount:.2f} euros"


def evc_figures(costs: EvcCosts) -> tuple[Figure, ...]:
    year = costs.school_year
    paid = [f for f in costs.fees if f.group != JOBSEEKERS and f.amount > 0]
    figures: list[Figure] = []
    if paid:
        nl = "; ".join(f"{f.label[0]}: {_euro(f.amount)[0]}" for f in paid)
        en = "; ".join(f"{f.label[1]}: {_euro(f.amount)[1]}" for f in paid)
        figures.append(
            Figure(
                FigureKind.BEDRAG,
                costs.as_of,
                (
                    f"In schooljaar {year} kostte het: {nl}.",
                    f"In school year {year} it cost: {en}.",
                ),
                NOT_JOBSEEKERS,
            )
        )
    if any(f.group == JOBSEEKERS and f.amount == 0 for f in costs.fees):
        figures.append(
            Figure(
                FigureKind.BEDRAG,
                costs.as_of,
                (
                    f"In schooljaar {year} was een door de VDAB erkend EVC-traject gratis voor "
                    "werkzoekenden.",
                    f"In school year {year} an EVC procedure recognised by VDAB was free for "
                    "jobseekers.",
                ),
                frozenset({WorkStatus.WERKZOEKEND}),
            )
        )
    return tuple(figures)
