"""The rights and incentives the app knows of, as bundled data (``resources/rights``,
format ``portfolio-rights``): who each one is for, its conditions in plain Dutch (B1) and
English, its figures with the day they held, where to check it, and its sources.

Every rule carries a source and a date, and every figure the day it held: rules and
amounts change every year or two, and the app cannot go online to see what holds today. So
the app says what the sources said and when, never what "is". A rule without a source or a
date is refused when the file is read; a test reads the bundled file.

Who a rule is for is one answer per situation (``WorkStatus``): ``ja`` (the rule is meant
for this situation; its conditions still apply), ``misschien`` (it depends on more than the
situation) or ``nee``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from portfolio_app.domain.enums import ActionKind, WorkStatus
from portfolio_app.errors import InvalidInput

FORMAT = "portfolio-rights"
Text = tuple[str, str]


class Applies(StrEnum):
    JA = "ja"
    MISSCHIEN = "misschien"
    NEE = "nee"


class FigureKind(StrEnum):
    BEDRAG = "bedrag"  # an amount of money
    UREN = "uren"  # a number of hours


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A source's date as precise as the source gives it: '2014', '2020-09' or
    '2019-12-06'."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"date {text!r}")
        numbers = [int(p) for p in parts]
        found = cls(*numbers)  # type: ignore[arg-type]
        date(found.year, found.month or 1, found.day or 1)  # a real day, or ValueError
        return found

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Source:
    title: str
    url: str | None
    date: PartialDate | None  # None: the page itself gives no date


@dataclass(frozen=True, slots=True)
class Figure:
    """An amount or a number of hours, with the day it held; ``statuses`` limits it to some
    situations (None: all)."""

    kind: FigureKind
    as_of: date
    text: Text
    statuses: frozenset[WorkStatus] | None = None

    def for_status(self, status: WorkStatus | None) -> bool:
        return status is None or self.statuses is None or status in self.statuses


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: Text
    what: Text
    who: Text
    applies: Mapping[WorkStatus, Applies]
    conditions: tuple[Text, ...]
    figures: tuple[Figure, ...]
    helps_with: frozenset[ActionKind]
    check_label: Text
    check_url: str | None
    sources: tuple[Source, ...]
    as_of: PartialDate  # the "date" of the file: when what the rule says was stated
    valid_until: date | None = None

    def for_status(self, status: WorkStatus | None) -> Applies | None:
        """How the rule applies to ``status``; None when no situation is given."""
        return None if status is None else self.applies[status]


@dataclass(frozen=True, slots=True)
class Rules:
    drawn_up: date
    note: Text
    rules: tuple[Rule, ...]

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def _text(value: Any, what: str) -> Text:
    if not isinstance(value, dict):
        raise ValueError(what)
    nl, en = value.get("nl"), value.get("en")
    if not isinstance(nl, str) or not nl.strip() or not isinstance(en, str) or not en.strip():
        raise ValueError(what)
    return nl.strip(), en.strip()


def _url(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith("https://") or " " in value:
        raise ValueError(what)
    return value


def _source(value: Any) -> Source:
    title = value.get("title") if isinstance(value, dict) else None
    if not isinstance(title, str) or not title.strip():
        raise ValueError("source title")
    when = value.get("date")
    if when is not None and not isinstance(when, str):
        raise ValueError("source date")
    return Source(
        title.strip(),
        _url(value.get("url"), "source url"),
        PartialDate.parse(when) if when else None,
    )


def _figure(value: Any) -> Figure:
    statuses = value.get("for")
    return Figure(
        kind=FigureKind(value["kind"]),
        as_of=date.fromisoformat(value["as_of"]),
        text=_text(value["text"], "figure"),
        statuses=frozenset(WorkStatus(s) for s in statuses) if statuses is not None else None,
    )


def _rule(value: Any, extra_figures: Mapping[str, tuple[Figure, ...]]) -> Rule:
    rule_id = value["id"]
    if not isinstance(rule_id, str) or not rule_id:
        raise ValueError("id")
    applies = {WorkStatus(k): Applies(v) for k, v in value["for"].items()}
    if set(applies) != set(WorkStatus):
        raise ValueError(f"{rule_id}: 'for' must name every situation")
    sources = tuple(_source(s) for s in value.get("sources") or ())
    if not sources:
        raise ValueError(f"{rule_id}: no source")
    when = value.get("date")
    if not isinstance(when, str) or not when:
        raise ValueError(f"{rule_id}: no date")
    figures = tuple(_figure(f) for f in value.get("figures") or ())
    generated = value.get("figures_from")
    if generated is not None:
        figures += extra_figures.get(generated, ())
    check = value["check_at"]
    until = value.get("valid_until")
    return Rule(
        id=rule_id,
        name=_text(value["name"], f"{rule_id}: name"),
        what=_text(value["what"], f"{rule_id}: what"),
        who=_text(value["who"], f"{rule_id}: who"),
        applies=applies,
        conditions=tuple(_text(c, f"{rule_id}: condition") for c in value["conditions"]),
        figures=figures,
        helps_with=frozenset(ActionKind(k) for k in value.get("helps_with") or ()),
        check_label=_text(check["label"], f"{rule_id}: check_at"),
        check_url=_url(check.get("url"), f"{rule_id}: check_at url"),
        sources=sources,
        as_of=PartialDate.parse(when),
        valid_until=date.fromisoformat(until) if until else None,
    )


def parse_rights(doc: Any, extra_figures: Mapping[str, tuple[Figure, ...]] | None = None) -> Rules:
    """The rights document, checked; ``extra_figures`` fills a rule's ``figures_from`` (the
    EVC costs come from their own file, so the card and the rights list say the same)."""
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise ValueError("format")
        rules = tuple(_rule(r, extra_figures or {}) for r in doc["rules"])
        if len({r.id for r in rules}) != len(rules):
            raise ValueError("two rules with one id")
        return Rules(
            drawn_up=date.fromisoformat(doc["drawn_up"]),
            note=_text(doc["note"], "note"),
            rules=rules,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidInput(
            f"Het bestand met de rechten is ongeldig ({exc}).",
            f"The rights file is invalid ({exc}).",
        ) from None


def school_year_of(day: date) -> int:
    """The first calendar year of the school year ``day`` falls in (1 September to 31
    August): 2026 for 4 December 2026, 2025 for 1 March 2026."""
    return day.year if day.month >= 9 else day.year - 1


def school_year_start(text: str) -> date:
    """1 September of a school year written '2023-2024'."""
    first, _, second = text.partition("-")
    if not first.isdigit() or not second.isdigit() or int(second) != int(first) + 1:
        raise ValueError(f"school year {text!r}")
    return date(int(first), 9, 1)


def older_than_school_year(as_of: date, today: date) -> bool:
    """A figure of an earlier school year than today's: it may have changed since."""
    return school_year_of(as_of) < school_year_of(today)
