"""``portfolio check TARGET`` and ``portfolio careers``: the competence check from a terminal.

``check --ask`` first asks "kan je dit?" about every competence of the target the portfolio
does not hold yet (essential ones first) and saves the answers as claims, in one change.

``check --json`` prints one object: ``check`` (the saved ``CheckResult``, as in
``schemas/portfolio.schema.json``), ``counts`` (``essential`` and ``optional``: total, said,
shown, to_prove, shown_by_strength, expired, lower_level, not_yet, not_said — counted from
the check's contributions), ``saved`` (bool) and ``progress`` (null, or the change since the
previous check of the same target). ``careers --json`` prints a list of career steps (see
``CareerStep.to_json``).
"""

from __future__ import annotations

from datetime import date
from typing import Any, TextIO

from portfolio_app.check import (
    DISCLAIMER,
    AmbiguousTarget,
    Progress,
    Target,
    career_index,
    compare_checks,
    language_view,
    load_facts,
    load_regulated,
    load_signals,
    rank_careers,
    resolve_target,
    run_check,
    snapshot,
    target_competences,
)
from portfolio_app.check.answers import ANSWER_LABELS, Answer, Reply, claims_from
from portfolio_app.commands.check_text import print_result
from portfolio_app.commands.context import Context
from portfolio_app.commands.values import parse_date
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.enums import TargetKind, label
from portfolio_app.errors import ExitCode, InvalidInput, PortfolioError
from portfolio_app.language import CompetenceLanguage
from portfolio_app.texts import counted
from portfolio_app.vault import Portfolio

KIND_CHOICES = [k.value for k in TargetKind]
_KEYS = {
    "j": Answer.YES,
    "b": Answer.A_LITTLE,
    "n": Answer.NO,
    "w": Answer.UNSURE,
    "": Answer.UNSURE,
}


class NoTerminal(PortfolioError):
    exit_code = ExitCode.USAGE


def register(sub: Any, groups: dict[str, Any]) -> None:
    check = sub.add_parser(
        "check", help="competentiecheck: je portfolio naast een beroep of beroepskwalificatie"
    )
    check.add_argument("target", metavar="DOEL", help="naam of URI van een beroep of kwalificatie")
    check.add_argument("--kind", choices=KIND_CHOICES, help="soort doel, als de naam twijfel laat")
    check.add_argument(
        "--ask", action="store_true", help="vraag eerst 'kan je dit?' voor wat nog ontbreekt"
    )
    check.add_argument("--json", action="store_true", help="uitvoer als JSON")
    check.add_argument("--no-save", action="store_true", help="bewaar de check niet")
    check.set_defaults(handler=cmd_check)

    careers = sub.add_parser("careers", help="loopbaanstappen: beroepen die het best passen")
    careers.add_argument("--top", type=int, default=10, help="hoeveel beroepen (standaard 10)")
    careers.add_argument("--vks", type=int, choices=range(1, 9), help="alleen dit VKS-niveau")
    careers.add_argument(
        "--krapte",
        "--shortage",
        dest="tight",
        action="store_true",
        help="alleen beroepen waar de laatste cijfers krapte toonden",
    )
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
            if args.ask:
                ask(ctx, portfolio, language, target, today, ctx.err if args.json else ctx.out)
            data = snapshot(portfolio)
            view = language_view(language, data, [target])
            result = run_check(data, target, view, today, load_facts(ctx.paths))
            history = portfolio.checks.for_target(target.ref.uri)
            plan = portfolio.plan.list()
            if not args.no_save:
                name = target.ref.label
                with portfolio.change(f"Check voor {name}", f"Check for {name}"):
                    portfolio.checks.add(result)
    progress = compare_checks(history[-1], result, plan) if history else None
    if args.json:
        ctx.print_json(
            {
                "check": result.model_dump(mode="json"),
                "counts": result.counts_json(),
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


def ask(
    ctx: Context,
    portfolio: Portfolio,
    language: CompetenceLanguage,
    target: Target,
    today: date,
    talk: TextIO,
) -> None:
    """Ask about every competence of ``target`` the portfolio does not hold; save the
    answers as claims in one change. Questions go to ``talk`` (stderr with ``--json``)."""

    def say(text: str = "") -> None:
        print(text, file=talk)

    data = snapshot(portfolio)
    view = language_view(language, data, [target])
    open_ = [
        item
        for item in target_competences(data, target, view, today)
        if item.standing is Standing.NOT_SAID
    ]
    if not open_:
        say(
            ctx.t(
                "Je portfolio zegt al iets over elke competentie van dit doel.",
                "Your portfolio already says something about every competence of this goal.",
            )
        )
        return
    if not ctx.stdin_is_tty:
        raise NoTerminal(*_how_to_answer(target, [i.competence.label for i in open_]))
    keys = ", ".join(
        f"{k} = {ANSWER_LABELS[a][1 if ctx.lang == 'en' else 0].lower()}"
        for k, a in _KEYS.items()
        if k
    )
    say(
        ctx.t(
            f"{len(open_)} competenties van '{target.ref.label}' staan nog niet in je "
            f"portfolio. Kan je ze? ({keys}; Enter = weet ik niet; s = stoppen)",
            f"{len(open_)} competences of '{target.ref.label}' are not in your portfolio yet. "
            f"Can you do them? ({keys}; Enter = not sure; s = stop)",
        )
    )
    replies: list[Reply] = []
    for number, item in enumerate(open_, 1):
        which = (
            ctx.t("essentieel", "essential") if item.essential else ctx.t("aanvullend", "optional")
        )
        hint = ""
        if item.related is not None:
            hint = ctx.t(
                f" (je hebt wel '{item.related.label}')", f" (you do have '{item.related.label}')"
            )
        answer = _read_answer(
            ctx, talk, f"{number}/{len(open_)} {item.competence.label} [{which}]{hint}? "
        )
        if answer is None:
            break
        last_done = None
        if answer in (Answer.YES, Answer.A_LITTLE):
            last_done = _read_month(ctx, talk, today)
        replies.append(Reply(item.competence, answer, last_done))
    claims = claims_from(replies, view, target.ref, today, ctx.lang)
    if claims:
        with portfolio.change(
            f"{len(claims)} antwoorden uit de check voor {target.ref.label}",
            f"{len(claims)} answers from the check for {target.ref.label}",
        ):
            portfolio.claims.add_many(claims)
    say(
        ctx.t(
            counted(len(claims), "antwoord", "antwoorden")
            + " bewaard als competenties (zie 'portfolio competence list'; wat niet klopt, "
            "verwijder je met 'portfolio competence remove').",
            counted(len(claims), "answer", "answers")
            + " saved as competences (see 'portfolio competence list'; remove what is "
            "wrong with 'portfolio competence remove').",
        )
    )
    say()


def _read_answer(ctx: Context, talk: TextIO, prompt: str) -> Answer | None:
    while True:
        text = ctx.ask(prompt, talk)
        if text is None or text.strip().lower() in ("s", "stop", "stoppen"):
            return None
        key = text.strip().lower()[:1]
        if key in _KEYS:
            return _KEYS[key]
        print(
            ctx.t("Typ j, b, n of w.", "Type j (yes), b (a little), n (no) or w (not sure)."),
            file=talk,
        )


def _read_month(ctx: Context, talk: TextIO, today: date) -> date | None:
    prompt = ctx.t(
        "   Laatst gedaan? (Enter = nu nog, of bv. 06/2022) ",
        "   Last done? (Enter = still now, or e.g. 06/2022) ",
    )
    while True:
        text = ctx.ask(prompt, talk)
        if text is None or not text.strip():
            return today
        try:
            return min(parse_date(text), today)
        except InvalidInput as exc:
            print("   " + exc.message(ctx.lang), file=talk)


def _how_to_answer(target: Target, names: list[str]) -> tuple[str, str]:
    shown = names[:3]
    lines = "\n".join(f'  portfolio competence add "{n}" --level 2' for n in shown)
    more = len(names) - len(shown)
    extra_nl = f"\n  … en nog {more}" if more else ""
    extra_en = f"\n  … and {more} more" if more else ""
    return (
        "--ask stelt vragen op een terminal, en die is er niet. Voeg zonder terminal toe wat je "
        f"kunt, en doe dan de check voor '{target.ref.label}':\n{lines}{extra_nl}",
        "--ask asks questions on a terminal, and there is none. Without a terminal, add what "
        f"you can, then run the check for '{target.ref.label}':\n{lines}{extra_en}",
    )


def _progress_json(progress: Progress | None) -> dict[str, Any] | None:
    if progress is None:
        return None
    return {
        "before": progress.before.isoformat(),
        "after": progress.after.isoformat(),
        "counts_before": progress.counts_before.to_json(),
        "counts_after": progress.counts_after.to_json(),
        "newly_said": [g.model_dump(mode="json") for g in progress.newly_said],
        "newly_shown": [g.model_dump(mode="json") for g in progress.newly_shown],
        "no_longer": [g.model_dump(mode="json") for g in progress.no_longer],
        "same_scoring": progress.same_scoring,
        "actions_done": [i.model_dump(mode="json") for i in progress.actions_done],
    }


def cmd_careers(ctx: Context) -> int:
    args = ctx.args
    today = date.today()
    signals = load_signals(ctx.paths)
    with ctx.language() as language:
        index = career_index(language)
        with ctx.portfolio() as portfolio:
            data = snapshot(portfolio)
        view = language_view(language, data)
        steps = rank_careers(
            index,
            data,
            view.qualification_competences,
            today,
            signals=signals,
            regulated=load_regulated(),
            top=args.top,
            vks_level=args.vks,
            tight_only=args.tight,
        )
    if args.json:
        ctx.print_json([step.to_json(today) for step in steps])
        return 0
    if not steps:
        ctx.print(
            ctx.t(
                "Geen beroepen gevonden waarvan je een essentiële competentie zegt te kunnen. "
                "Voeg toe wat je kunt ('portfolio competence add'), of doe een check met "
                "--ask.",
                "No occupations found where you say you can do an essential competence. Add "
                "what you can ('portfolio competence add'), or run a check with --ask.",
            )
        )
        return 0
    for i, step in enumerate(steps, 1):
        ctx.print(
            f"{i}. {step.occupation.label}: "
            + ctx.t(
                f"je zegt {step.essential_said} van de {step.essential_total} essentiële "
                f"competenties te kunnen ({step.essential_shown} aangetoond)",
                f"you say you can do {step.essential_said} of the {step.essential_total} "
                f"essential competences ({step.essential_shown} shown)",
            )
        )
        carried = ", ".join(c.label for c in step.carried_by)
        ctx.print("   " + ctx.t("Waarom: je kunt ", "Why: you can do ") + carried)
        if step.willen_balance > 0:
            ctx.print("   " + ctx.t("Past bij wat je graag doet.", "Fits what you like doing."))
        elif step.willen_balance < 0:
            ctx.print(
                "   "
                + ctx.t(
                    "Vraagt dingen die je niet meer wilt.", "Asks for things you no longer want."
                )
            )
        if step.missing:
            more = step.missing_count - len(step.missing)
            names = ", ".join(g.label for g in step.missing) + (f" (+{more})" if more > 0 else "")
            ctx.print(
                "   " + ctx.t("Nog te leren of na te gaan: ", "Still to learn or check: ") + names
            )
        if step.regulation is not None:
            rule = step.regulation
            ctx.print("   " + ctx.t(rule.requirement, rule.requirement_en or rule.requirement))
        if step.signal is not None:
            ctx.print("   " + ctx.t(*step.signal.describe(today)))
        ctx.print(f"   {step.occupation.uri}")
    ctx.print()
    ctx.print(ctx.t(*DISCLAIMER))
    return 0
