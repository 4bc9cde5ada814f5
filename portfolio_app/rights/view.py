"""What applies to a situation, in words: the "Mijn rechten" view of the GUI, the CLI and the
counsellor report all show this.

Without a situation every rule is shown, each with "afhankelijk van je situatie": the app
does not guess. With one, the rules for that situation come first; rules that are not for it
are kept apart (shown on request, each with whom it is for). A figure of an earlier school
year than today's says "controleer het bedrag" and where to check; a measure whose end date
has passed says so. A situation given a year or more ago is questioned ("Klopt dit nog?").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from portfolio_app import texts
from portfolio_app.domain.enums import ActionKind, label
from portfolio_app.domain.situation import Situation
from portfolio_app.rights.model import (
    Applies,
    Figure,
    FigureKind,
    Rule,
    Rules,
    Text,
    older_than_school_year,
)

DEPENDS: Text = (
    "Afhankelijk van je situatie: lees de voorwaarden.",
    "Depending on your situation: read the conditions.",
)
OFFLINE: Text = (
    "De app gaat niet op het internet. Een link opent pas in je browser als je erop klikt.",
    "The app does not go online. A link only opens in your browser when you click it.",
)
WHERE_TO_SET: Text = (
    "Je kan je situatie opgeven of aanpassen bij Instellingen › Over jou.",
    "You can give or change your situation under Settings › About you.",
)
WHERE_TO_SET_CLI: Text = (
    "In de terminal: portfolio profile --situation werknemer (of zelfstandige, ambtenaar, "
    "werkzoekend, student, anders, geen).",
    "In a terminal: portfolio profile --situation werknemer (or zelfstandige, ambtenaar, "
    "werkzoekend, student, anders, geen).",
)


def status_words(situation: Situation | None) -> Text:
    """'werkend, als werknemer' (the label, starting in lower case), for inside a sentence."""
    if situation is None:
        return "", ""
    nl, en = label(situation.status, "nl"), label(situation.status, "en")
    return nl[:1].lower() + nl[1:], en[:1].lower() + en[1:]


@dataclass(frozen=True, slots=True)
class FigureShown:
    text: Text
    as_of: date
    kind: FigureKind
    old: bool  # of an earlier school year than today's

    def warning(self, where: Text) -> Text:
        """'Dit cijfer is van maart 2024: controleer het bedrag bij …' ('' when current)."""
        if not self.old:
            return "", ""
        when = texts.month_year(self.as_of)
        what = (
            ("controleer het bedrag", "check the amount")
            if self.kind is FigureKind.BEDRAG
            else ("controleer het aantal uren", "check the number of hours")
        )
        return (
            f"Dit cijfer is van {when[0]}: {what[0]} bij {where[0]}.",
            f"This figure is from {when[1]}: {what[1]} with {where[1]}.",
        )


@dataclass(frozen=True, slots=True)
class RightShown:
    rule: Rule
    applies: Applies | None  # None: no situation given
    figures: tuple[FigureShown, ...]
    ended: bool  # the measure's end date has passed

    @property
    def id(self) -> str:
        return self.rule.id

    def status(self, situation: Situation | None) -> Text:
        """One sentence: for you, depending on your situation, or not for you (and whom it
        is for)."""
        if self.applies is None:
            return DEPENDS
        if self.applies is Applies.JA:
            who = status_words(situation)
            return (
                f"Voor jouw situatie ({who[0]}), als je aan de voorwaarden voldoet.",
                f"For your situation ({who[1]}), if you meet the conditions.",
            )
        if self.applies is Applies.MISSCHIEN:
            return texts.join(
                (
                    "Afhankelijk van je situatie: het hangt af van de voorwaarden.",
                    "Depending on your situation: it depends on the conditions.",
                ),
                self.rule.who,
            )
        return texts.join(("Niet voor jouw situatie.", "Not for your situation."), self.rule.who)

    def ended_text(self) -> Text:
        if not self.ended or self.rule.valid_until is None:
            return "", ""
        until = self.rule.valid_until
        day = texts.day_month_year(until)
        where = self.rule.check_label
        return (
            f"Deze maatregel liep tot {day[0]}. Vraag bij {where[0]} of hij nog bestaat.",
            f"This measure ran until {day[1]}. Ask {where[1]} whether it still exists.",
        )

    def source_line(self) -> Text:
        """'Zo stond het in april 2024. Bronnen: …'"""
        when = self.rule.as_of
        if when.month is None:
            said = (str(when.year), str(when.year))
        else:
            said = texts.month_year(when.first_day)
        titles = "; ".join(s.title for s in self.rule.sources)
        return (
            f"Zo stond het in {said[0]}. Bronnen: {titles}.",
            f"As stated in {said[1]}. Sources: {titles}.",
        )

    def short_source_line(self) -> Text:
        """'Zo stond het in april 2024 (bron: SERV, …; en 2 andere).': the newest dated
        source only, for a document where space is short."""
        when = self.rule.as_of
        said = (
            (str(when.year), str(when.year))
            if when.month is None
            else texts.month_year(when.first_day)
        )
        dated = [s for s in self.rule.sources if s.date is not None]
        first = max(
            dated, key=lambda s: s.date.first_day if s.date else when.first_day, default=None
        )
        first = first or self.rule.sources[0]
        more = len(self.rule.sources) - 1
        rest = (f"; en {more} andere", f"; and {more} more") if more else ("", "")
        return (
            f"Zo stond het in {said[0]} (bron: {first.title}{rest[0]}).",
            f"As stated in {said[1]} (source: {first.title}{rest[1]}).",
        )

    def lines(self, situation: Situation | None, lang: str) -> list[str]:
        """The right in a few lines of text, for a terminal and the counsellor report."""
        pick = 1 if lang == "en" else 0
        found = [self.rule.what[pick], self.status(situation)[pick]]
        ended = self.ended_text()[pick]
        if ended:
            found.append(ended)
        found += [f"• {c[pick]}" for c in self.rule.conditions]
        for figure in self.figures:
            found.append(figure.text[pick])
            warning = figure.warning(self.rule.check_label)[pick]
            if warning:
                found.append(warning)
        where = self.rule.check_label[pick]
        if self.rule.check_url:
            where += f" – {self.rule.check_url}"
        found.append(("Nagaan bij: ", "Check with: ")[pick] + where)
        found.append(self.source_line()[pick])
        return found


@dataclass(frozen=True, slots=True)
class RightsView:
    situation: Situation | None
    today: date
    shown: tuple[RightShown, ...]
    not_for_you: tuple[RightShown, ...]
    note: Text

    @property
    def confirm(self) -> bool:
        """The situation was given a year or more ago: ask whether it still holds."""
        return self.situation is not None and self.situation.needs_confirming(self.today)

    def situation_text(self) -> Text:
        return situation_text(self.situation, self.today)

    def get(self, rule_id: str) -> RightShown | None:
        return next((r for r in (*self.shown, *self.not_for_you) if r.id == rule_id), None)

    def helping(self, kind: ActionKind) -> tuple[RightShown, ...]:
        """The rights shown that can help with an action of this kind."""
        return tuple(r for r in self.shown if kind in r.rule.helps_with)


def situation_text(situation: Situation | None, today: date) -> Text:
    """'Je situatie: werkend, als werknemer (opgegeven in maart 2025).', with "Klopt dit
    nog?" when that was a year or more ago, or how to give it when there is none."""
    if situation is None:
        return texts.join(
            (
                "Je hebt je situatie niet opgegeven. Daarom zie je alle rechten, met "
                "'afhankelijk van je situatie'.",
                "You have not given your situation. So you see all rights, with "
                "'depending on your situation'.",
            ),
            WHERE_TO_SET,
        )
    when = texts.month_year(situation.set_on)
    status = status_words(situation)
    text: Text = (
        f"Je situatie: {status[0]} (opgegeven in {when[0]}).",
        f"Your situation: {status[1]} (given in {when[1]}).",
    )
    if situation.needs_confirming(today):
        text = texts.join(
            text,
            (
                f"Je gaf dit op in {when[0]}. Klopt dit nog?",
                f"You gave this in {when[1]}. Is it still right?",
            ),
            WHERE_TO_SET,
        )
    return text


def _figure(figure: Figure, today: date) -> FigureShown:
    return FigureShown(
        figure.text, figure.as_of, figure.kind, older_than_school_year(figure.as_of, today)
    )


def rights_view(rules: Rules, situation: Situation | None, today: date) -> RightsView:
    """The rules as they apply to ``situation`` on ``today``: those for it first, then those
    that depend on more than the situation; those not for it apart."""
    status = situation.status if situation is not None else None
    order = {Applies.JA: 0, Applies.MISSCHIEN: 1, None: 1, Applies.NEE: 2}
    items = []
    for rule in rules.rules:
        applies = rule.for_status(status)
        items.append(
            RightShown(
                rule=rule,
                applies=applies,
                figures=tuple(_figure(f, today) for f in rule.figures if f.for_status(status)),
                ended=rule.valid_until is not None and rule.valid_until < today,
            )
        )
    items.sort(key=lambda r: order[r.applies])
    return RightsView(
        situation=situation,
        today=today,
        shown=tuple(r for r in items if r.applies is not Applies.NEE),
        not_for_you=tuple(r for r in items if r.applies is Applies.NEE),
        note=rules.note,
    )
