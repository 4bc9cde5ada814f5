"""Labour-market signals per occupation: tension ratio, shortage yes/no, source and date.

The table is a CSV file (format in ``docs/signals-format.md``): the bundled one holds only
sourced figures, and a user may import their own. This module only parses text and answers
questions about the rows; reading and writing files is ``portfolio_app.check.files``.

A figure without its source and date is not shown anywhere: both are required on every row,
and the check shows them next to every signal, saying so when it is older than
``OLD_AFTER_YEARS`` (two years: VDAB publishes its shortage list yearly, so a figure two
lists behind may no longer hold).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from portfolio_app.check.standing import years_before
from portfolio_app.check.texts import Text, month_year

OLD_AFTER_YEARS = 2
HEADER = (
    "occupation_uri",
    "occupation_label",
    "tension_ratio",
    "shortage",
    "source",
    "date",
    "note",
)
REQUIRED = ("occupation_uri", "source", "date")

MAX_FIELD = 2000  # what a saved check keeps of a source or label
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_YES = {"ja", "yes", "true", "1", "j", "y"}
_NO = {"nee", "no", "false", "0", "n"}


@dataclass(frozen=True, slots=True)
class Signal:
    """One figure. ``occupation_uri`` is empty for a row that belongs to no occupation of
    the language (it is listed, never matched)."""

    occupation_uri: str
    occupation_label: str
    tension_ratio: float | None
    shortage: bool | None  # None: the source does not say
    source: str
    date: dt.date
    note: str = ""
    imported: bool = False

    def is_old(self, today: dt.date) -> bool:
        return self.date <= years_before(today, OLD_AFTER_YEARS)

    @property
    def tight(self) -> bool:
        if self.shortage is not None:
            return self.shortage
        return self.tension_ratio is not None and self.tension_ratio < 1

    def describe(self, today: dt.date) -> Text:
        """What the figure said, in the past tense, with its month and source."""
        return describe(
            self.occupation_label,
            self.tension_ratio,
            self.shortage,
            self.date,
            self.source,
            self.note,
            self.is_old(today),
            years=_age(self.date, today),
        )


@dataclass(frozen=True, slots=True)
class BadRow:
    line: int
    reason_nl: str
    reason_en: str

    def message(self, lang: str = "nl") -> str:
        if lang == "en":
            return f"line {self.line}: {self.reason_en}"
        return f"regel {self.line}: {self.reason_nl}"


class _RowError(Exception):
    def __init__(self, nl: str, en: str) -> None:
        super().__init__(nl)
        self.nl, self.en = nl, en


def _date(text: str, today: date | None) -> date:
    match = _DATE.match(text)
    if match:
        year, month, day = (int(g) if g else 1 for g in match.groups())
        try:
            value = date(year, month, day)
        except ValueError:
            pass
        else:
            if today is not None and value > today:
                raise _RowError("de datum ligt in de toekomst", "the date is in the future")
            return value
    raise _RowError(
        f"'{text}' is geen datum (JJJJ-MM of JJJJ-MM-DD)",
        f"'{text}' is not a date (YYYY-MM or YYYY-MM-DD)",
    )


def _ratio(text: str) -> float | None:
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0:
        raise _RowError(
            f"spanningsratio '{text}' is geen getal van 0 of meer",
            f"tension ratio '{text}' is not a number of 0 or more",
        )
    return value


def _shortage(text: str) -> bool | None:
    value = text.lower()
    if not value:
        return None
    if value in _YES or value in _NO:
        return value in _YES
    raise _RowError(
        f"knelpuntberoep moet 'ja', 'nee' of leeg zijn, niet '{text}'",
        f"shortage must be 'ja', 'nee' or empty, not '{text}'",
    )


def _row(fields: dict[str, str], today: date | None, imported: bool) -> Signal:
    for name, value in fields.items():
        if len(value) > MAX_FIELD:
            raise _RowError(
                f"{name} is langer dan {MAX_FIELD} tekens", f"{name} is over {MAX_FIELD} characters"
            )
        if _CONTROL.search(value):
            raise _RowError(f"{name} bevat onleesbare tekens", f"{name} holds control characters")
    uri = fields.get("occupation_uri", "")
    if uri and not _URI.match(uri):
        raise _RowError("occupation_uri is geen geldige URI", "occupation_uri is not a valid URI")
    if not uri and not fields.get("occupation_label", ""):
        raise _RowError(
            "geef een occupation_uri of een occupation_label",
            "give an occupation_uri or an occupation_label",
        )
    source = fields.get("source", "")
    if not source:
        raise _RowError("de bron ontbreekt", "the source is missing")
    return Signal(
        occupation_uri=uri,
        occupation_label=fields.get("occupation_label", ""),
        tension_ratio=_ratio(fields.get("tension_ratio", "")),
        shortage=_shortage(fields.get("shortage", "")),
        source=source,
        date=_date(fields.get("date", ""), today),
        note=fields.get("note", ""),
        imported=imported,
    )


def parse_signals(
    text: str, *, imported: bool = False, today: date | None = None
) -> tuple[list[Signal], list[BadRow]]:
    """All good rows and every bad one with its line number. A missing required column
    makes the whole file bad (line 1). ``today`` refuses dates in the future."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        columns = [c.strip() for c in reader.fieldnames or []]
    except csv.Error as exc:
        return [], [BadRow(1, f"onleesbare CSV ({exc})", f"unreadable CSV ({exc})")]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        names = ", ".join(missing)
        return [], [BadRow(1, f"kolommen ontbreken: {names}", f"columns missing: {names}")]
    good: list[Signal] = []
    bad: list[BadRow] = []
    seen: set[tuple[str, date, str]] = set()
    line = 1
    while True:
        try:
            raw = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a broken quote or a giant field: the rest cannot be trusted
            where = max(reader.line_num, line + 1)
            bad.append(BadRow(where, f"onleesbare CSV ({exc})", f"unreadable CSV ({exc})"))
            break
        line = reader.line_num
        if None in raw:
            bad.append(BadRow(line, "te veel velden", "too many fields"))
            continue
        fields = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if not any(fields.values()):
            continue
        try:
            signal = _row(fields, today, imported)
        except _RowError as exc:
            bad.append(BadRow(line, exc.nl, exc.en))
            continue
        key = (signal.occupation_uri or signal.occupation_label, signal.date, signal.source)
        if key in seen:
            bad.append(BadRow(line, "deze rij staat er al", "this row is a duplicate"))
            continue
        seen.add(key)
        good.append(signal)
    return good, bad


def write_signals(signals: Iterable[Signal]) -> str:
    """The canonical CSV text of ``signals`` (what an import stores)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for s in signals:
        ratio = "" if s.tension_ratio is None else repr(s.tension_ratio)
        writer.writerow(
            [
                s.occupation_uri,
                s.occupation_label,
                ratio,
                "" if s.shortage is None else ("ja" if s.shortage else "nee"),
                s.source,
                s.date.isoformat(),
                s.note,
            ]
        )
    return out.getvalue()


class SignalTable:
    """The signals in use, newest first per occupation."""

    def __init__(self, signals: Iterable[Signal] = ()) -> None:
        # Newest first; on the same date the user's own figures before the bundled ones.
        self._all = tuple(
            sorted(
                signals,
                key=lambda s: (s.occupation_uri, -s.date.toordinal(), not s.imported, s.source),
            )
        )
        grouped: dict[str, list[Signal]] = {}
        for s in self._all:
            grouped.setdefault(s.occupation_uri, []).append(s)
        self._by_uri = {uri: tuple(found) for uri, found in grouped.items()}

    def __iter__(self) -> Iterator[Signal]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def for_occupation(self, uri: str | None) -> tuple[Signal, ...]:
        return self._by_uri.get(uri, ()) if uri else ()

    def latest(self, uri: str | None) -> Signal | None:
        found = self.for_occupation(uri)
        return found[0] if found else None

    def is_tight(self, uri: str | None) -> bool:
        """The newest figure showed krapte: on a shortage list, or (where the source did not
        say) fewer interested jobseekers than vacancies."""
        newest = self.latest(uri)
        return newest is not None and newest.tight


def _age(when: date, today: date) -> int:
    return max(0, today.year - when.year - ((today.month, today.day) < (when.month, when.day)))


def _ratio_words(ratio: float) -> Text:
    if ratio < 0.5:
        return (
            "er was grote krapte, met veel meer vacatures dan geïnteresseerde werkzoekenden",
            "there was a severe shortage, with many more vacancies than interested jobseekers",
        )
    if ratio < 1:
        return (
            "er was krapte, met meer vacatures dan geïnteresseerde werkzoekenden",
            "there was a shortage, with more vacancies than interested jobseekers",
        )
    if ratio <= 1.1:
        return (
            "er waren ongeveer evenveel geïnteresseerde werkzoekenden als vacatures",
            "there were about as many interested jobseekers as vacancies",
        )
    return (
        "er waren meer geïnteresseerde werkzoekenden dan vacatures",
        "there were more interested jobseekers than vacancies",
    )


def describe(
    label: str,
    ratio: float | None,
    shortage: bool | None,
    when: date,
    source: str,
    note: str,
    old: bool,
    years: int | None = None,
) -> Text:
    """One figure as the check states it: in the past tense, dated, with its source, and an
    age flag when it is more than ``OLD_AFTER_YEARS`` old. A yes/no "knelpuntberoep" is only
    stated when the source says it; a ratio is described as what it measures."""
    month_nl, month_en = month_year(when)
    name = f"'{label}'" if label else "dit beroep"
    name_en = f"'{label}'" if label else "this occupation"
    nl: list[str] = []
    en: list[str] = []
    if ratio is not None:
        words = _ratio_words(ratio)
        shown = f"{ratio:.2f}"
        nl.append(
            f"In {month_nl} was de spanningsratio voor {name} {shown.replace('.', ',')}: "
            f"{words[0]}."
        )
        en.append(f"In {month_en} the tension ratio for {name_en} was {shown}: {words[1]}.")
    if shortage is not None:
        not_nl, verb_en = ("", "was") if shortage else (" niet", "was not")
        nl.append(f"In {month_nl} stond {name}{not_nl} op de lijst van knelpuntberoepen.")
        en.append(f"In {month_en} {name_en} {verb_en} on the list of shortage occupations.")
    if not nl:
        nl.append(f"Cijfer van {month_nl} voor {name}.")
        en.append(f"Figure of {month_en} for {name_en}.")
    if note:
        nl.append(f"({note})")
        en.append(f"({note})")
    nl.append(f"Bron: {source}.")
    en.append(f"Source: {source}.")
    if old:
        age_nl = f"{years} jaar oud" if years else "meer dan twee jaar oud"
        age_en = f"{years} years old" if years else "more than two years old"
        nl.append(f"Let op: dit cijfer is {age_nl}; de situatie kan nu anders zijn.")
        en.append(f"Note: this figure is {age_en}; things may be different now.")
    return " ".join(nl), " ".join(en)
