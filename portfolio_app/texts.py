"""Small phrases for texts the core makes in two languages at once (undo descriptions, CLI
lines, the check's and the rights' explanations), where Qt is not available: counted words
("1 competentie", "3 competenties"), dates in words, and (Dutch, English) pairs joined.

Outside the ``check`` and ``rights`` packages, so both can use them without importing each
other's package."""

from __future__ import annotations

from datetime import date

from portfolio_app.domain.dates import MONTHS_EN, MONTHS_NL

Text = tuple[str, str]


def counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def join(*parts: Text) -> Text:
    return " ".join(p[0] for p in parts if p[0]), " ".join(p[1] for p in parts if p[1])


def month_year(day: date) -> Text:
    return f"{MONTHS_NL[day.month - 1]} {day.year}", f"{MONTHS_EN[day.month - 1]} {day.year}"


def day_month_year(day: date) -> Text:
    """'3 maart 2025': a day written out, which reads the same to a Flemish and an English
    reader (03/04 does not)."""
    return (
        f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}",
        f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}",
    )
