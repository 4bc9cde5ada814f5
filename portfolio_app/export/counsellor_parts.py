"""The sections of the counsellor report (``export.counsellor``), each in the third person:
the core's sentences for the person ("je zegt …") are not reused here; the facts behind them
are worded again for the counsellor."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from portfolio_app.check.history import Followup
from portfolio_app.check.steps import PlanEntry
from portfolio_app.check.texts import strength_breakdown
from portfolio_app.domain import CheckResult, CompetenceClaim, ConceptRef
from portfolio_app.domain.check_result import OpenPoint, Standing
from portfolio_app.domain.enums import PlanStatus, label
from portfolio_app.domain.situation import Situation
from portfolio_app.domain.steps import ROUTE_LABELS
from portfolio_app.export import fonts
from portfolio_app.export.options import CounsellorOptions, PersonalField
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MISSING,
    PARTIAL,
    SectionTitle,
    Styles,
    hex_of,
    panel,
    para,
    rich,
    row_tables,
    th,
)
from portfolio_app.export.wording import long_date, month_year, pick
from portfolio_app.rights.model import Applies
from portfolio_app.rights.view import RightShown, RightsView, status_words

if TYPE_CHECKING:
    from portfolio_app.export.counsellor import CounsellorContent

SHOWN_POINTS = 8
STANDING_3P: dict[Standing, tuple[str, str]] = {
    Standing.SHOWN: ("aangetoond", "shown"),
    Standing.TO_PROVE: ("zegt het te kunnen, nog te bewijzen", "says they can, still to prove"),
    Standing.LOWER_LEVEL: ("lager dan het gevraagde niveau", "below the level asked"),
    Standing.NOT_YET: ("zegt het nog niet te kunnen", "says they cannot do it yet"),
    Standing.NOT_SAID: ("nog niet in het portfolio", "not in the portfolio yet"),
}
POINT_WIDTHS = [CONTENT_WIDTH * 0.38, CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.32]
PLAN_WIDTHS = [CONTENT_WIDTH * 0.56, CONTENT_WIDTH * 0.16, CONTENT_WIDTH * 0.28]
RIGHT_WIDTHS = [CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.40]
WISH_WIDTHS = [CONTENT_WIDTH / 3] * 3


def _person(content: CounsellorContent, options: CounsellorOptions) -> str:
    name = content.profile.full_name if PersonalField.NAME in options.fields else ""
    return name or pick(options.lang, "de persoon", "the person")


def intro(content: CounsellorContent, options: CounsellorOptions) -> str:
    lang = options.lang
    who = _person(content, options)
    return pick(
        lang,
        f"Dit overzicht maakte {who} zelf met de app Portfolio, ter voorbereiding van een "
        "gesprek over de loopbaan, bijvoorbeeld met loopbaancheques. De check en de wensen "
        "zijn de eigen inschatting van de persoon, geen oordeel van een professional.",
        f"{who[:1].upper() + who[1:]} made this overview with the Portfolio app, to prepare "
        "a conversation about their career, for example with career guidance vouchers. The "
        "check and the wishes are the person's own estimate, not a professional judgement.",
    )


def situation(
    content: CounsellorContent, options: CounsellorOptions, styles: Styles
) -> list[Flowable]:
    lang = options.lang
    found: Situation | None = content.situation
    if found is None:
        return []
    words = status_words(found)
    when = month_year(found.set_on, lang)
    text = pick(
        lang,
        f"Volgens de persoon: {words[0]} (opgegeven in {when}).",
        f"According to the person: {words[1]} (given in {when}).",
    )
    if found.needs_confirming(options.creation_date()):
        text += " " + pick(
            lang,
            "Dat werd meer dan een jaar geleden opgegeven: vraag of het nog klopt.",
            "That was given more than a year ago: ask whether it still holds.",
        )
    return [
        SectionTitle(pick(lang, "Situatie", "Situation"), "situation"),
        para(text, styles.body),
    ]


def _point_row(point: OpenPoint, lang: str, styles: Styles) -> list[object]:
    kind = (
        pick(lang, "essentieel", "essential")
        if point.essential
        else pick(lang, "aanvullend", "optional")
    )
    routes = [pick(lang, *ROUTE_LABELS[s.route]) for s in point.steps]
    actions = routes or [label(a, lang).lower() for a in point.actions[:2]]
    return [
        [para(point.competence.label, styles.cell), para(kind, styles.meta)],
        para(pick(lang, *STANDING_3P[point.standing]), styles.meta),
        para(", ".join(dict.fromkeys(actions)), styles.meta),
    ]


def check(result: CheckResult | None, lang: str, styles: Styles) -> list[Flowable]:
    title = SectionTitle(pick(lang, "Laatste competentiecheck", "Latest competence check"), "check")
    if result is None:
        return [
            title,
            para(
                pick(
                    lang,
                    "De persoon deed nog geen competentiecheck met de app.",
                    "The person has not done a competence check with the app yet.",
                ),
                styles.body,
            ),
        ]
    counts = result.headline()
    which = pick(lang, "essentiële competenties", "essential competences")
    if not result.tally(True).total:
        which = pick(lang, "competenties", "competences")
    detail = strength_breakdown(counts)
    how = (f" ({detail[0]})", f" ({detail[1]})") if detail[0] else ("", "")
    shown = (
        pick(
            lang,
            f" Daarvan aangetoond: {counts.shown}{how[0]}.",
            f" Of those, shown: {counts.shown}{how[1]}.",
        )
        if counts.shown
        else pick(lang, " Daarvan nog geen aangetoond.", " None of those shown yet.")
    )
    kind = label(result.target.kind, lang).lower()
    summary = pick(
        lang,
        f"Doel: {result.target.label} ({kind}), check van {long_date(result.checked_on, lang)}. "
        f"Volgens de eigen inschatting van de persoon: {counts.said} van de {counts.total} "
        f"{which} op het gevraagde niveau.{shown}",
        f"Goal: {result.target.label} ({kind}), check of {long_date(result.checked_on, lang)}. "
        f"By the person's own estimate: {counts.said} of the {counts.total} {which} at the "
        f"level asked.{shown}",
    )
    number = [
        para(f"{counts.said}/{counts.total}", styles.big_number),
        para(pick(lang, "volgens eigen inschatting", "by own estimate"), styles.meta),
    ]
    story: list[Flowable] = [
        title,
        panel([[number, para(summary, styles.body)]], [96, CONTENT_WIDTH - 96]),
    ]
    if result.regulation is not None:
        story += [
            Spacer(1, 6),
            para(
                pick(
                    lang,
                    result.regulation.requirement,
                    result.regulation.requirement_en or result.regulation.requirement,
                ),
                styles.meta,
            ),
        ]
    points = sorted(
        [*result.to_learn, *result.to_prove], key=lambda p: (-p.importance, p.competence.label)
    )
    if points:
        head: list[object] = [
            th(pick(lang, "Open punt", "Open point"), styles),
            th(pick(lang, "Stand", "Where it stands"), styles),
            th(pick(lang, "Voorgestelde route", "Suggested route"), styles),
        ]
        rows = [_point_row(p, lang, styles) for p in points[:SHOWN_POINTS]]
        heading = para(
            pick(lang, "De belangrijkste open punten", "The most important open points"),
            styles.group,
        )
        story += row_tables(head, rows, POINT_WIDTHS, [heading])
        more = len(points) - SHOWN_POINTS
        if more > 0:
            story.append(
                para(pick(lang, f"En nog {more} andere.", f"And {more} more."), styles.meta)
            )
    return story


def _names(refs: list[ConceptRef]) -> str:
    return "<br/>".join(fonts.markup(r.label) for r in refs) or "–"


def wishes(
    result: CheckResult | None, claims: list[CompetenceClaim], lang: str, styles: Styles
) -> list[Flowable]:
    """Kunnen × willen of the last check, and what the person marked in the whole portfolio
    as wanting to do (willen 3) or no longer (willen 1)."""
    story: list[Flowable] = [
        SectionTitle(pick(lang, "Wat de persoon wil", "What the person wants"), "wishes")
    ]
    if result is not None:
        picture = result.kunnen_willen
        head: list[object] = [
            th(pick(lang, "Kan en wil", "Can and wants"), styles),
            th(pick(lang, "Kan, wil niet (meer)", "Can, does not want (any more)"), styles),
            th(pick(lang, "Wil, kan nog niet", "Wants, cannot yet"), styles),
        ]
        row = [
            rich(_names(picture.can_and_want), styles.meta),
            rich(_names(picture.can_not_want), styles.meta),
            rich(_names(picture.want_cannot_yet), styles.meta),
        ]
        note = para(
            pick(
                lang,
                f"Voor het doel van de laatste check ({result.target.label}):",
                f"For the goal of the latest check ({result.target.label}):",
            ),
            styles.meta,
        )
        story += row_tables(head, [row], WISH_WIDTHS, [note])
    keen = sorted(c.label for c in claims if c.willen == 3)
    not_any_more = sorted(c.label for c in claims if c.willen == 1)
    lines = []
    if keen:
        lines.append(pick(lang, "Doet graag: ", "Keen to do: ") + escape(", ".join(keen[:20])))
    if not_any_more:
        lines.append(
            pick(lang, "Wil niet meer doen: ", "No longer wants to do: ")
            + escape(", ".join(not_any_more[:20]))
        )
    if not lines and result is None:
        lines.append(
            escape(
                pick(
                    lang,
                    "De persoon gaf in het portfolio nog niet aan wat hij of zij graag doet.",
                    "The person has not yet marked in the portfolio what they like doing.",
                )
            )
        )
    story += [Spacer(1, 6), *(rich(line, styles.body) for line in lines)]
    return story


def _followup(followup: Followup, lang: str) -> str:
    after = followup.after.standing if followup.after else Standing.NOT_SAID
    text = pick(
        lang,
        f"Check van {long_date(followup.after_on, lang)}: {STANDING_3P[after][0]}",
        f"Check of {long_date(followup.after_on, lang)}: {STANDING_3P[after][1]}",
    )
    if followup.before is not None and followup.before.standing is not after:
        before = STANDING_3P[followup.before.standing]
        text += pick(lang, f" (daarvoor: {before[0]})", f" (before: {before[1]})")
    elif followup.before is not None:
        text += pick(lang, " (nog zoals ervoor)", " (as before)")
    return text + "."


def _when(entry: PlanEntry, today: date, lang: str) -> str:
    item = entry.item
    if not item.is_open:
        if item.closed_on is None:
            return pick(lang, "datum niet bekend", "date not known")
        verb = (
            pick(lang, "klaar op", "done on")
            if item.status is PlanStatus.KLAAR
            else pick(lang, "geschrapt op", "dropped on")
        )
        return f"{verb} {long_date(item.closed_on, lang)}"
    if item.due is None:
        return "–"
    due = f"{pick(lang, 'tegen', 'by')} {long_date(item.due, lang)}"
    if item.due < today:
        late = pick(lang, "te laat", "overdue")
        return f'{escape(due)} <font color="{hex_of(MISSING)}">({late})</font>'
    return escape(due)


def plan(entries: list[PlanEntry], today: date, lang: str, styles: Styles) -> list[Flowable]:
    title = SectionTitle(pick(lang, "Actieplan", "Action plan"), "plan")
    if not entries:
        return [
            title,
            para(
                pick(lang, "Het actieplan is nog leeg.", "The action plan is still empty."),
                styles.body,
            ),
        ]
    head: list[object] = [
        th(pick(lang, "Actie", "Action"), styles),
        th(pick(lang, "Status", "Status"), styles),
        th(pick(lang, "Datum", "Date"), styles),
    ]
    rows: list[list[object]] = []
    for entry in entries:
        item = entry.item
        first: list[Flowable] = [para(item.goal, styles.cell)]
        about = label(item.action_kind, lang)
        if item.competence is not None:
            about += f" · {item.competence.label}"
        if entry.step is not None and item.is_open:
            route = pick(lang, *ROUTE_LABELS[entry.step.route])
            about += " · " + pick(lang, f"route: {route}", f"route: {route}")
        first.append(para(about, styles.meta))
        if entry.followup is not None:
            first.append(rich(escape(_followup(entry.followup, lang)), styles.meta))
        status = label(item.status, lang)
        colour = hex_of(PARTIAL) if item.status is PlanStatus.BEZIG else None
        shown = f'<font color="{colour}">{escape(status)}</font>' if colour else escape(status)
        rows.append([first, rich(shown, styles.meta), rich(_when(entry, today, lang), styles.meta)])
    done = sum(1 for e in entries if e.item.status is PlanStatus.KLAAR)
    open_ = sum(1 for e in entries if e.item.is_open)
    line = pick(
        lang,
        f"{open_} open of bezig, {done} klaar. Afgewerkte acties blijven staan met hun datum.",
        f"{open_} open or in progress, {done} done. Finished actions stay listed with their date.",
    )
    return row_tables(head, rows, PLAN_WIDTHS, [title, para(line, styles.meta)])


def _right_status(
    right: RightShown, situation: Situation | None, options: CounsellorOptions
) -> str:
    lang = options.lang
    if right.applies is None:
        if options.include_situation:
            return pick(
                lang,
                "Hangt af van de situatie (de persoon gaf die niet op).",
                "Depends on the situation (the person did not give it).",
            )
        return pick(
            lang,
            "Hangt af van de situatie (niet vermeld in dit overzicht).",
            "Depends on the situation (not stated in this overview).",
        )
    if right.applies is Applies.JA:
        return pick(
            lang,
            "Past bij de opgegeven situatie, als aan de voorwaarden voldaan is.",
            "Fits the situation given, if the conditions are met.",
        )
    return pick(lang, "Hangt af van de voorwaarden.", "Depends on the conditions.")


def rights(
    view: RightsView | None,
    situation: Situation | None,
    options: CounsellorOptions,
    styles: Styles,
) -> list[Flowable]:
    lang = options.lang
    title = SectionTitle(pick(lang, "Rechten en premies", "Rights and incentives"), "rights")
    if view is None:
        return []
    pick_i = 1 if lang == "en" else 0
    head: list[object] = [
        th(pick(lang, "Regeling", "Scheme"), styles),
        th(pick(lang, "Voor deze persoon", "For this person"), styles),
        th(pick(lang, "Cijfer, met datum", "Figure, with date"), styles),
    ]
    rows: list[list[object]] = []
    for right in view.shown:
        rule = right.rule
        first: list[Flowable] = [
            para(rule.name[pick_i], styles.cell),
            para(rule.who[pick_i], styles.meta),
        ]
        where = rule.check_label[pick_i]
        first.append(para(pick(lang, "Nagaan bij: ", "Check with: ") + where, styles.meta))
        status = [para(_right_status(right, situation, options), styles.meta)]
        ended = right.ended_text()[pick_i]
        if ended:
            status.append(
                rich(f'<font color="{hex_of(MISSING)}">{escape(ended)}</font>', styles.meta)
            )
        figures: list[Flowable] = []
        for figure in right.figures:
            figures.append(para(figure.text[pick_i], styles.meta))
            warning = figure.warning(rule.check_label)[pick_i]
            if warning:
                figures.append(
                    rich(f'<font color="{hex_of(PARTIAL)}">{escape(warning)}</font>', styles.meta)
                )
        figures.append(para(right.short_source_line()[pick_i], styles.meta))
        rows.append([first, status, figures])
    note = para(
        pick(
            lang,
            "Zoals de bronnen het zeiden op hun datum; regels en bedragen veranderen. De app "
            "gaat niet online na wat vandaag geldt.",
            "As the sources stated it on their date; rules and amounts change. The app does "
            "not check online what holds today.",
        ),
        styles.meta,
    )
    story = row_tables(head, rows, RIGHT_WIDTHS, [title, note])
    if view.not_for_you:
        names = ", ".join(r.rule.name[pick_i] for r in view.not_for_you)
        story.append(
            para(
                pick(
                    lang,
                    f"Niet voor de opgegeven situatie: {names}.",
                    f"Not for the situation given: {names}.",
                ),
                styles.meta,
            )
        )
    return story


def closing(lang: str) -> str:
    return pick(
        lang,
        "Gemaakt met de app Portfolio. Alles in dit overzicht koos de persoon zelf om te delen.",
        "Made with the Portfolio app. The person chose to share everything in this overview.",
    )
