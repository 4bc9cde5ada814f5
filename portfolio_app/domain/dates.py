"""Dates as people type them, shared by the command line and the forms.

People often remember only the year or the month they started a job or last used a
competence, and in Flanders they write the day first: ``2015``, ``04/2015`` (or ``4/2015``),
``12/04/2015``. The ISO forms (``2015-04``, ``2015-04-12``) work too, and so do month names
(``april 2015``, ``12 apr 2015``). A date known to the year or the month is kept as its first
day (2015 -> 1 January 2015), as the check and the exports read it.

The domain keeps a plain ``date``, without how precisely it was known. So a date is shown in
the shortest form that reads back as the same date (``show_date``): 1 January 2015 as
``2015``, 1 April 2015 as ``04/2015``. Someone who typed ``2015`` sees ``2015`` again, not a
day they never gave.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from portfolio_app.errors import InvalidInput

EARLIEST_YEAR = 1900
LATEST_YEAR = 2100

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


@dataclass(frozen=True, slots=True)
class ReadDate:
    """A typed date and how precisely it was given."""

    value: date
    precision: Precision

    def numeric(self) -> str:
        """'2015', '04/2015' or '12/04/2015': the form the forms show it in."""
        if self.precision is Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.value.month:02d}/{self.value.year:04d}"
        return self.value.strftime("%d/%m/%Y")

    def spoken(self, lang: str = "nl") -> str:
        """'2015', 'april 2015', '12 april 2015': says which day/month was understood."""
        months = MONTHS_EN if lang == "en" else MONTHS_NL
        month = months[self.value.month - 1]
        if self.precision is Precision.YEAR:
            return str(self.value.year)
        if self.precision is Precision.MONTH:
            return f"{month} {self.value.year}"
        return f"{self.value.day} {month} {self.value.year}"


def _month_names() -> dict[str, int]:
    """Dutch and English month names, whole or cut to three or four letters."""
    names: dict[str, int] = {}
    for months in (MONTHS_NL, MONTHS_EN):
        for number, name in enumerate(months, start=1):
            name = name.casefold()
            names[name] = number
            names[name[:3]] = number
            names[name[:4]] = number
    names["mrt"] = 3
    names["sept"] = 9
    return names


MONTH_NAMES = _month_names()
_SEP = r"\s*[/.\-\s]\s*"
_NUMERIC: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"^(?P<y>\d{4})$"), ("y",)),
    (re.compile(rf"^(?P<m>\d{{1,2}}){_SEP}(?P<y>\d{{4}})$"), ("m", "y")),
    (re.compile(rf"^(?P<y>\d{{4}}){_SEP}(?P<m>\d{{1,2}})$"), ("y", "m")),
    (re.compile(rf"^(?P<d>\d{{1,2}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<y>\d{{4}})$"), ("d", "m", "y")),
    (re.compile(rf"^(?P<y>\d{{4}}){_SEP}(?P<m>\d{{1,2}}){_SEP}(?P<d>\d{{1,2}})$"), ("y", "m", "d")),
)
_NAMED = re.compile(r"^(?:(?P<d>\d{1,2})\.?\s*)?(?P<name>[^\W\d_]+)\.?\s*(?P<y>\d{4})$")


def _refused(text: str, reason_nl: str = "", reason_en: str = "") -> InvalidInput:
    shown = text.strip()
    nl = f"'{shown}' is geen geldige datum{reason_nl}. Schrijf bv. 2015, 04/2015 of 12/04/2015."
    en = f"'{shown}' is not a valid date{reason_en}. Write e.g. 2015, 04/2015 or 12/04/2015."
    return InvalidInput(nl, en)


def _numbers(text: str) -> tuple[int | None, int | None, int] | None:
    """(day, month, year) as written, or None when the shape is not one of ours."""
    for pattern, _order in _NUMERIC:
        match = pattern.match(text)
        if match:
            parts = match.groupdict()
            day = int(parts["d"]) if parts.get("d") else None
            month = int(parts["m"]) if parts.get("m") else None
            return day, month, int(parts["y"])
    match = _NAMED.match(text)
    if match and match["name"].casefold() in MONTH_NAMES:
        day = int(match["d"]) if match["d"] else None
        return day, MONTH_NAMES[match["name"].casefold()], int(match["y"])
    return None


def read_date(text: str) -> ReadDate:
    """The date in ``text`` and how precisely it was given; InvalidInput (with a plain
    example of what works) when it is not a date."""
    found = _numbers(" ".join(text.split()))
    if found is None:
        raise _refused(text)
    day, month, year = found
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise _refused(
            text,
            f" (kies een jaar tussen {EARLIEST_YEAR} en {LATEST_YEAR})",
            f" (pick a year between {EARLIEST_YEAR} and {LATEST_YEAR})",
        )
    if day is not None:
        precision = Precision.DAY
    else:
        precision = Precision.YEAR if month is None else Precision.MONTH
    try:
        value = date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise _refused(
            text, ": die dag of maand bestaat niet", ": that day or month does not exist"
        ) from None
    return ReadDate(value, precision)


def parse_date(text: str) -> date:
    """The date in ``text`` (see ``read_date``); a year or month stands for its first day."""
    return read_date(text).value


def precision_of(value: date) -> Precision:
    """How precisely a stored date was probably given: the first of a month reads as that
    month, 1 January as that year (typing either form gives back the same date)."""
    if value.day != 1:
        return Precision.DAY
    return Precision.YEAR if value.month == 1 else Precision.MONTH


def show_date(value: date) -> str:
    """The shortest numeric form that reads back as ``value``: '2015', '04/2015', '12/04/2015'."""
    return ReadDate(value, precision_of(value)).numeric()
