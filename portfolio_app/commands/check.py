"""``portfolio check TARGET`` and ``portfolio careers``: the competence check from a terminal.

``check --json`` prints one object: ``check`` (the saved ``CheckResult``, as in
``schemas/portfolio.schema.json``), ``saved`` (bool) and ``progress`` (null, or the change
since the previous check of the same target: ``before``, ``after``, ``coverage_before``,
``coverage_after``, ``closed_gaps``, ``new_gaps``, ``same_scoring``). ``careers --json``
prints a list of career steps (see ``CareerStep.to_json``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.check import (
    DISCLAIMER,
    AmbiguousTarget,
    Progress,
    career_index,
    compare_checks,
    language_view,
    load_evc_costs,
    load_signals,
    rank_careers,
    resolve_target,
    run_check,
    snapshot,
)
from portfolio_app.check.texts import percent
from portfolio_app.commands.context import Context
from portfolio_app.domain.check_result import CheckResult, Severity
from portfolio_app.domain.enums import TargetKind, label

_ICONS = {
    Severity.ALERT: "!!",
    Severity.WARNING: "! ",
    Severity.INFO: "i ",
    Severity.POSITIVE: "+ ",
}
KIND_CHOICES = [k.value for k in TargetKind]
SHOWN_GAPS = 10


def register(sub: Any, groups: dict[str, Any]) -> None:
    check = sub.add_parser(
        "check", help="competentiecheck: je portfolio naast een beroep of beroepskwalificatie"
    )
    check.add_argument("target", metavar="DOEL", help="naam of URI van een beroep of kwalificatie")
    check.add_argument("--kind", choices=KIND_CHOICES, help="soort doel, als de naam twijfel laat")
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    check.add_argument("--no-save", action="store_true", help="bewaar de check niet")
    check.set_defaults(handler=cmd_check)

    careers = sub.add_parser("careers", help="loopbaanstappen: beroepen die het best passen")
    careers.add_argument("--top", type=int, default=10, help="hoeveel beroepen (standaard 10)")
    careers.add_argument("--vks", type=int, choices=range(1, 9), help="alleen dit VKS-niveau")
    careers.add_argument("--shortage", action="store_true", help="alleen knelpuntberoepen")
    careers.add_argument("--json", action="store_true", help="uitvoer als JSON")
    careers.set_defaults(handler=cmd_careers)


def print_options(ctx: Context, exc: AmbiguousTarget) -> None:
    ctx.print(ctx.t("Kies een van deze doelen:", "Pick one of these targets:"))
    for option in exc.options:
        ctx.print(f"  {option.label}  [{label(option.kind, ctx.lang)}]")
        ctx.print(f"      {option.uri}")


def cmd_check(ctx: Context) -> int:
    args = ctx.args
    today = date.today()
    with ctx.language() as language:
        try:
            target = resolve_target(
                language, args.target, TargetKind(args.kind) if args.kind else None
            )
        except AmbiguousTarget as exc:
            print_options(ctx, exc)
            raise
        with ctx.portfolio() as portfolio:
            data = snapshot(portfolio)
            view = language_view(language, data, [target])
            result = run_check(data, target, view, today, load_signals(ctx.paths), load_evc_costs())
            history = portfolio.checks.for_target(target.ref.uri)
            if not args.no_save:
                name = target.ref.label
                with portfolio.change(f"Check voor {name}", f"Check for {name}"):
                    portfolio.checks.add(result)
    progress = compare_checks(history[-1], result) if history else None
    if args.json:
        ctx.print_json(
            {
                "check": result.model_dump(mode="json"),
                "saved": not args.no_save,
                "progress": _progress_json(progress),
            }
        )
        return 0
    print_result(ctx, result)
    if progress is not None:
        ctx.print()
        ctx.print(ctx.t(*progress.text()))
    ctx.print()
    if args.no_save:
        ctx.print(ctx.t("Deze check is niet bewaard.", "This check was not saved."))
    else:
        ctx.print(
            ctx.t(
                f"Bewaard als check van {today.isoformat()}.",
                f"Saved as the check of {today.isoformat()}.",
            )
        )
    return 0


def _progress_json(progress: Progress | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    return {
        "before": progress.before.isoformat(),
        "after": progress.after.isoformat(),
        "coverage_before": progress.coverage_before,
        "coverage_after": progress.coverage_after,
        "closed_gaps": [g.model_dump(mode="json") for g in progress.closed_gaps],
        "new_gaps": [g.model_dump(mode="json") for g in progress.new_gaps],
        "same_scoring": progress.same_scoring,
    }


def _bar(value: float, width: int = 20) -> str:
    filled = round(value * width)
    return "█" * filled + "░" * (width - filled)


def print_result(ctx: Context, result: CheckResult) -> None:
    t, en = ctx.t, ctx.lang == "en"
    kind = label(result.target.kind, ctx.lang).lower()
    ctx.print(
        t("Competentiecheck", "Competence check")
        + f": {result.target.label} ({kind}), {result.checked_on.isoformat()}"
    )
    ctx.print()
    bars = [
        (t("Totaal", "Overall"), result.coverage),
        (t("Essentieel", "Essential"), result.coverage_essential),
    ]
    if any(not c.essential for c in result.contributions):
        bars.append((t("Aanvullend", "Optional"), result.coverage_optional))
    for name, value in bars:
        ctx.print(f"  {name:<12} {_bar(value)} {percent(value)}")
    ctx.print()
    ctx.print(result.summary_en if en else result.summary)
    if result.strengths:
        ctx.print()
        ctx.print(t("Sterk:", "Strengths:"))
        for ref in result.strengths:
            ctx.print(f"  + {ref.label}")
    if result.gaps:
        ctx.print()
        ctx.print(t("Tekorten (belangrijkste eerst):", "Gaps (most important first):"))
        for i, gap in enumerate(result.gaps[:SHOWN_GAPS], 1):
            which = t("essentieel", "essential") if gap.essential else t("aanvullend", "optional")
            actions = ", ".join(label(a, ctx.lang) for a in gap.actions)
            reason = gap.reason_en if en and gap.reason_en else gap.reason
            ctx.print(f"  {i}. {gap.competence.label} ({which}, {percent(gap.credit)}): {reason}")
            ctx.print(f"     → {actions}")
        more = len(result.gaps) - SHOWN_GAPS
        if more > 0:
            ctx.print(
                ctx.t(
                    f"  … en nog {more} (alles met --json)",
                    f"  … and {more} more (all with --json)",
                )
            )
    if result.warnings:
        ctx.print()
        ctx.print(t("Knipperlichten:", "Warning lights:"))
        for light in result.warnings:
            message = light.message_en if en and light.message_en else light.message
            ctx.print(f"  {_ICONS[light.severity]} {message}")
    _print_kunnen_willen(ctx, result)
    ctx.print()
    ctx.print(t(*DISCLAIMER))


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


def cmd_careers(ctx: Context) -> int:
    args = ctx.args
    with ctx.language() as language:
        index = career_index(language)
        with ctx.portfolio() as portfolio:
            data = snapshot(portfolio)
        view = language_view(language, data)
        steps = rank_careers(
            index,
            data,
            view,
            date.today(),
            signals=load_signals(ctx.paths),
            top=args.top,
            vks_level=args.vks,
            shortage_only=args.shortage,
        )
    if args.json:
        ctx.print_json([step.to_json() for step in steps])
        return 0
    if not steps:
        ctx.print(
            ctx.t(
                "Geen beroepen gevonden die bij je portfolio passen. Voeg competenties toe uit "
                "de competentietaal ('portfolio competence add').",
                "No occupations found that fit your portfolio. Add competences from the "
                "competence language ('portfolio competence add').",
            )
        )
        return 0
    for i, step in enumerate(steps, 1):
        ctx.print(
            f"{i}. {step.occupation.label}: "
            + ctx.t(
                f"dekking {percent(step.coverage)}, "
                f"{step.essential_met} van {step.essential_total} essentiële competenties",
                f"coverage {percent(step.coverage)}, "
                f"{step.essential_met} of {step.essential_total} essential competences",
            )
        )
        if step.willen_balance > 0:
            ctx.print("   " + ctx.t("Past bij wat je graag doet.", "Fits what you like doing."))
        elif step.willen_balance < 0:
            ctx.print(
                "   "
                + ctx.t(
                    "Vraagt dingen die je niet meer wilt.", "Asks for things you no longer want."
                )
            )
        if step.gap:
            more = step.gap_size - len(step.gap)
            names = ", ".join(g.label for g in step.gap) + (f" (+{more})" if more > 0 else "")
            ctx.print("   " + ctx.t("Nog te doen: ", "Still to do: ") + names)
        signal = step.signal
        if signal is not None and signal.shortage:
            when = signal.date.strftime("%Y-%m")
            ctx.print(
                "   "
                + ctx.t("Knelpuntberoep (bron: ", "Shortage occupation (source: ")
                + f"{signal.source}, {when})"
            )
        ctx.print(f"   {step.occupation.uri}")
    return 0
