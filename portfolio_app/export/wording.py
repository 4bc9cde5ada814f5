"""Dates and small phrases as the PDFs print them, in Dutch or English.

Dates are written out ("3 maart 2025") rather than numeric: 03/04/2025 reads as March to an
English reader and as April to a Flemish one, and the annex goes to both.
"""

from __future__ import annotations

from datetime import date

from portfolio_app.domain.dates import MONTHS_EN, MONTHS_NL


def pick(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" else nl


def long_date(value: date, lang: str) -> str:
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{value.day} {months[value.month - 1]} {value.year}"


def month_year(value: date | None, lang: str) -> str:
    """'maart 2024': the precision a competence's last use is known to, at best."""
    if value is None:
        return ""
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{months[value.month - 1]} {value.year}"


SHORT_MONTHS_NL = (
    "jan.", "feb.", "mrt.", "apr.", "mei", "juni",
    "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip
SHORT_MONTHS_EN = (
    "Jan", "Feb", "Mar", "Apr", "May", "June",
    "July", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def short_month_year(value: date | None, lang: str) -> str:
    """'sep. 2020' for narrow table columns, where 'september 2020' would wrap."""
    if value is None:
        return ""
    months = SHORT_MONTHS_EN if lang == "en" else SHORT_MONTHS_NL
    return f"{months[value.month - 1]} {value.year}"


def period(start: date | None, end: date | None, lang: str) -> str:
    """'2019 – 2023', '2021 – nu', or '' when nothing is known."""
    if start is None and end is None:
        return ""
    first = str(start.year) if start else "?"
    last = str(end.year) if end else pick(lang, "nu", "present")
    return first if first == last else f"{first} – {last}"


def count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def percent(fraction: float) -> str:
    """'72 %': Dutch typography puts a (thin) space before the sign."""
    return f"{round(fraction * 100)}\u202f%"
