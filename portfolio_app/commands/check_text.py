"""How a check result reads in a terminal: the two counts first, then what is shown, what is
still to prove, what is still to learn, what to watch out for, the labour market, the future
competences and kunnen × willen. Every number comes from ``CheckResult.tally``."""

from __future__ import annotations

from portfolio_app.check import DISCLAIMER
from portfolio_app.check.signals import describe
from portfolio_app.commands.context import Context
from portfolio_app.domain.check_result import (
    CheckResult,
    Contribution,
    OpenPoint,
    Severity,
    SignalShown,
    Tally,
)
from portfolio_app.domain.enums import label
from portfolio_app.domain.steps import ROUTE_LABELS, LearningStep

_ICONS = {
    Severity.ALERT: "!!",
    Severity.WARNING: "! ",
    Severity.INFO: "i ",
    Severity.POSITIVE: "+ ",
}
SHOWN_POINTS = 10
STEPS_FOR = 3  # the first points of each list get their learning steps in full


def bar(part: int, total: int, width: int = 20) -> str:
    filled = round(width * part / total) if total else 0
    return "█" * filled + "░" * (width - filled)


def print_counts(ctx: Context, title: str, counts: Tally) -> None:
    ctx.print(f"{title} ({counts.total})")
    said = ctx.t("Zeg je te kunnen", "You say you can")
    shown = ctx.t("Toon je aan", "Shown")
    of = ctx.t("van", "of")
    ctx.print(f"  {said:<18} {bar(counts.said, counts.total)} {counts.said} {of} {counts.total}")
    ctx.print(f"  {shown:<18} {bar(counts.shown, counts.total)} {counts.shown} {of} {counts.total}")


def signal_text(ctx: Context, signal: SignalShown) -> str:
    if signal.text:
        return ctx.t(signal.text, signal.text_en or signal.text)
    # a check saved before the texts were stored
    return ctx.t(
        *describe(
            signal.occupation_label,
            signal.tension_ratio,
            signal.shortage,
            signal.date,
            signal.source,
            signal.note,
            signal.old,
        )
    )


def _points(ctx: Context, title: str, points: list[OpenPoint]) -> None:
    if not points:
        return
    ctx.print()
    ctx.print(title)
    for i, point in enumerate(points[:SHOWN_POINTS], 1):
        which = (
            ctx.t("essentieel", "essential") if point.essential else ctx.t("aanvullend", "optional")
        )
        reason = ctx.t(point.reason, point.reason_en or point.reason)
        ctx.print(f"  {i}. {point.competence.label} ({which}): {reason}")
        ctx.print(f"     → {', '.join(label(a, ctx.lang) for a in point.actions)}")
        if i <= STEPS_FOR:
            for step in point.steps:
                print_step(ctx, step, "       ")
    more = len(points) - SHOWN_POINTS
    if more > 0:
        ctx.print(
            ctx.t(f"  … en nog {more} (alles met --json)", f"  … and {more} more (all with --json)")
        )


def print_step(ctx: Context, step: LearningStep, indent: str) -> None:
    """'Stap (opleiding): …', then each catalogue with its address and what to type, then
    what can help pay."""
    route = ctx.t(*ROUTE_LABELS[step.route])
    ctx.print(
        f"{indent}{ctx.t('Stap', 'Step')} ({route}): {ctx.t(step.text, step.text_en or step.text)}"
    )
    for link in step.links:
        how = ctx.t(link.how, link.how_en or link.how)
        ctx.print(f"{indent}  {link.url}")
        ctx.print(f"{indent}    {how}")
    pay = ctx.t(step.pay, step.pay_en or step.pay)
    if pay:
        ctx.print(f"{indent}  {pay}")


def _shown(ctx: Context, items: list[Contribution]) -> None:
    shown = [c for c in items if c.standing.value == "aangetoond"]
    if not shown:
        return
    ctx.print()
    ctx.print(ctx.t("Wat je kunt en aantoont:", "What you can do and show:"))
    for c in shown:
        ctx.print(f"  + {c.competence.label}: {ctx.t(c.explanation, c.explanation_en)}")


def print_result(ctx: Context, result: CheckResult) -> None:
    t, lang = ctx.t, ctx.lang
    kind = label(result.target.kind, lang).lower()
    ctx.print(
        t("Competentiecheck", "Competence check")
        + f": {result.target.label} ({kind}), {result.checked_on.isoformat()}"
    )
    ctx.print()
    essential, optional = result.tally(True), result.tally(False)
    if essential.total:
        print_counts(ctx, t("Essentiële competenties", "Essential competences"), essential)
    if optional.total:
        print_counts(ctx, t("Aanvullende competenties", "Optional competences"), optional)
    ctx.print()
    ctx.print(t(result.summary, result.summary_en or result.summary))
    _shown(ctx, result.contributions)
    _points(
        ctx,
        t("Nog te bewijzen (je zegt dat je het kunt):", "Still to prove (you say you can):"),
        result.to_prove,
    )
    _points(ctx, t("Nog te leren of na te gaan:", "Still to learn or to check:"), result.to_learn)
    # the EVC light says what the EVC section below says in full
    lights = [w for w in result.warnings if not (result.evc and w.code == "evc_traject")]
    if lights:
        ctx.print()
        ctx.print(t("Knipperlichten:", "Warning lights:"))
        for light in lights:
            ctx.print(
                f"  {_ICONS[light.severity]} {t(light.message, light.message_en or light.message)}"
            )
    print_evc(ctx, result)
    print_market(ctx, result)
    print_future(ctx, result)
    _print_kunnen_willen(ctx, result)
    ctx.print()
    ctx.print(t(*DISCLAIMER))


def _euro(ctx: Context, amount: float) -> str:
    if amount == 0:
        return ctx.t("gratis", "free")
    shown = f"{amount:.0f}" if amount == int(amount) else f"{amount:.2f}"
    return ctx.t(f"{shown.replace('.', ',')} euro", f"EUR {shown}")


def print_evc(ctx: Context, result: CheckResult) -> None:
    """The EVC card: what the traject is, whether the person looks ready, every fee (the
    one for them marked, "gratis" for jobseekers), the ways to pay and the source."""
    evc = result.evc
    if evc is None:
        return
    ctx.print()
    ctx.print(ctx.t("EVC-traject:", "EVC procedure:"))
    ctx.print("  " + ctx.t(evc.message, evc.message_en or evc.message))
    if evc.costs:
        ctx.print("  " + ctx.t("Wat kost het?", "What does it cost?"))
    for cost in evc.costs:
        mark = "→" if cost.applies else "•"
        name = ctx.t(cost.label, cost.label_en or cost.label)
        ctx.print(f"    {mark} {name}: {_euro(ctx, cost.amount_eur)}")
    conditions = evc.conditions_en if ctx.lang == "en" and evc.conditions_en else evc.conditions
    for text in conditions:
        ctx.print(f"    • {text}")
    if evc.source:
        ctx.print("  " + ctx.t("Bron: ", "Source: ") + evc.source)


def print_market(ctx: Context, result: CheckResult) -> None:
    ctx.print()
    ctx.print(ctx.t("Wat vroeg de arbeidsmarkt?", "What did the labour market ask?"))
    if not result.signals:
        ctx.print(
            "  "
            + ctx.t(
                "De app heeft geen cijfers over de vraag naar dit beroep.",
                "The app has no figures on the demand for this occupation.",
            )
        )
        return
    for signal in result.signals:
        ctx.print(f"  • {signal_text(ctx, signal)}")


def print_future(ctx: Context, result: CheckResult) -> None:
    future = result.future
    if future is None or not future.items:
        return
    counts = future.tally()
    when = future.source_date.strftime("%m/%Y")
    ctx.print()
    ctx.print(
        ctx.t(
            f"Toekomstcompetenties (bron: {future.source}, {when}): je zegt er "
            f"{counts.said} van de {counts.total} te kunnen, {counts.shown} aangetoond.",
            f"Future competences (source: {future.source}, {when}): you say you can do "
            f"{counts.said} of the {counts.total}, {counts.shown} shown.",
        )
    )
    missing = [c.competence.label for c in future.items if not c.said]
    if missing:
        ctx.print("  " + ctx.t("Nog niet: ", "Not yet: ") + ", ".join(missing))


def _print_kunnen_willen(ctx: Context, result: CheckResult) -> None:
    picture = result.kunnen_willen
    rows = (
        (ctx.t("Kan ik en wil ik", "Can and want"), picture.can_and_want),
        (ctx.t("Kan ik, maar wil ik niet", "Can, but don't want"), picture.can_not_want),
        (ctx.t("Wil ik, maar kan ik nog niet", "Want, but can't yet"), picture.want_cannot_yet),
    )
    if not any(refs for _, refs in rows):
        return
    ctx.print()
    ctx.print(ctx.t("Kunnen × willen:", "Can × want:"))
    for title, refs in rows:
        names = ", ".join(r.label for r in refs) if refs else "–"
        ctx.print(f"  {title}: {names}")
