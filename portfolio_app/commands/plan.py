"""``portfolio plan``: the action plan (POP).

- ``plan [--json]`` lists the plan items, open ones first, each with its learning step
  (route, catalogue links with what to type, what can help pay) and, for a step done, the
  day it was done and what a later check says about it (``--json``: a list of
  ``ActionPlanItem`` objects as in ``schemas/portfolio.schema.json``, each with ``step``
  (a ``LearningStep`` or null) and ``followup`` (a sentence or null));
- ``plan add-from-check [DOEL] [--top N]`` turns the gaps of the latest saved check (of DOEL,
  or of any target) into plan items and stores them, skipping what is already planned;
- ``plan status SLEUTEL STATUS`` marks an item open, bezig, klaar or geschrapt.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from portfolio_app.check import AmbiguousTarget, PlanEntry, load_plan, propose_plan, resolve_target
from portfolio_app.commands.check import KIND_CHOICES, print_options
from portfolio_app.commands.check_text import print_step
from portfolio_app.commands.competence import resolve_id
from portfolio_app.commands.context import Context
from portfolio_app.domain import ActionPlanItem, revised
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import PlanStatus, TargetKind, label
from portfolio_app.errors import NotFound
from portfolio_app.texts import counted

if TYPE_CHECKING:
    from portfolio_app.vault import Portfolio


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("plan", help="je actieplan: tonen, aanvullen uit een check")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=cmd_list)
    what = parser.add_subparsers(dest="plan_what", metavar="ACTIE")

    add = what.add_parser(
        "add-from-check", help="maak acties voor de belangrijkste tekorten van je laatste check"
    )
    add.add_argument("target", nargs="?", metavar="DOEL", help="naam of URI (standaard: laatste)")
    add.add_argument("--kind", choices=KIND_CHOICES, help="soort doel, als de naam twijfel laat")
    add.add_argument("--top", type=int, default=5, help="hoeveel tekorten (standaard 5)")
    add.add_argument("--json", action="store_true", help="uitvoer als JSON")
    add.set_defaults(handler=cmd_add_from_check)

    status = what.add_parser("status", help="zet de status van een actie")
    status.add_argument("id", metavar="SLEUTEL")
    status.add_argument("status", choices=[s.value for s in PlanStatus])
    status.set_defaults(handler=cmd_status)


def _print_items(ctx: Context, items: list[ActionPlanItem]) -> None:
    for item in items:
        due = item.due.isoformat() if item.due else "–"
        kind = label(item.action_kind, ctx.lang)
        status = label(item.status, ctx.lang)
        ctx.print(f"{item.id[:8]}  [{status}]  {item.goal}")
        ctx.print(f"          {kind} · {ctx.t('tegen', 'due')} {due}")


def _print_entries(ctx: Context, entries: list[PlanEntry]) -> None:
    for entry in entries:
        item = entry.item
        _print_items(ctx, [item])
        if item.closed_on is not None and not item.is_open:
            when = item.closed_on.isoformat()
            ctx.print("          " + ctx.t(f"afgesloten op {when}", f"closed on {when}"))
        if entry.followup is not None:
            ctx.print("          " + ctx.t(*entry.followup.text()))
        if entry.step is not None and item.is_open:
            print_step(ctx, entry.step, "          ")


def _entry_json(entry: PlanEntry) -> dict[str, Any]:
    found = entry.item.model_dump(mode="json")
    found["step"] = entry.step.model_dump(mode="json") if entry.step else None
    found["followup"] = entry.followup.text()[0] if entry.followup else None
    found["followup_en"] = entry.followup.text()[1] if entry.followup else None
    return found


def cmd_list(ctx: Context) -> int:
    from portfolio_app.check import load_evc_costs
    from portfolio_app.rights.files import load_rights

    rules = load_rights(load_evc_costs())
    with ctx.language() as language, ctx.portfolio() as portfolio:
        entries = load_plan(portfolio, language, rules, date.today())
    if ctx.args.json:
        ctx.print_json([_entry_json(e) for e in entries])
        return 0
    if not entries:
        ctx.print(
            ctx.t(
                "Je actieplan is nog leeg. Doe een check en maak er acties van met "
                "'portfolio plan add-from-check'.",
                "Your action plan is empty. Run a check and turn it into actions with "
                "'portfolio plan add-from-check'.",
            )
        )
        return 0
    _print_entries(ctx, entries)
    ctx.print()
    ctx.print(
        ctx.t(
            "De app zoekt niets op het internet. Open de links zelf in je browser.",
            "The app looks nothing up online. Open the links yourself in your browser.",
        )
    )
    return 0


def _latest_check(portfolio: Portfolio, target_uri: str | None) -> CheckResult:
    if target_uri is None:
        found = portfolio.checks.latest()
    else:
        history = portfolio.checks.for_target(target_uri)
        found = history[-1] if history else None
    if found is None:
        raise NotFound(
            "Er is nog geen check bewaard. Doe eerst 'portfolio check DOEL'.",
            "No check has been saved yet. Run 'portfolio check TARGET' first.",
        )
    return found


def cmd_add_from_check(ctx: Context) -> int:
    args = ctx.args
    target_uri = None
    if args.target:
        with ctx.language() as language:
            try:
                kind = TargetKind(args.kind) if args.kind else None
                target_uri = resolve_target(language, args.target, kind).ref.uri
            except AmbiguousTarget as exc:
                print_options(ctx, exc)
                raise
    with ctx.portfolio() as portfolio:
        check = _latest_check(portfolio, target_uri)
        items = propose_plan(
            check, date.today(), top=args.top, existing=portfolio.plan.list(), lang=ctx.lang
        )
        if items:
            with portfolio.change("Acties uit de check", "Actions from the check"):
                portfolio.plan.add_many(items)
    if args.json:
        ctx.print_json([item.model_dump(mode="json") for item in items])
        return 0
    if not items:
        ctx.print(
            ctx.t(
                "Geen nieuwe acties: wat de check voorstelt, staat al in je plan.",
                "No new actions: what the check suggests is already in your plan.",
            )
        )
        return 0
    ctx.print(
        ctx.t(
            f"{counted(len(items), 'actie', 'acties')} toegevoegd uit de check voor "
            f"'{check.target.label}' van {check.checked_on.isoformat()}:",
            f"{counted(len(items), 'action', 'actions')} added from the check for "
            f"'{check.target.label}' of {check.checked_on.isoformat()}:",
        )
    )
    _print_items(ctx, items)
    return 0


def cmd_status(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        item = resolve_id(portfolio.plan.list(), ctx.args.id)
        changed = revised(item, status=PlanStatus(ctx.args.status))
        portfolio.plan.update(changed)
    status = label(changed.status, ctx.lang)
    ctx.print(ctx.t(f"{changed.goal}: {status}", f"{changed.goal}: {status}"))
    return 0
