"""``portfolio rights``: "Mijn rechten", the rights and incentives that apply to the situation
in the profile (``portfolio profile --situation``), with their conditions, figures, dates and
sources.

``--all`` also lists the rules that are not for the situation; ``--json`` prints
``{"situation": null | {status, set_on, confirm}, "rights": [...], "not_for_you": [...]}``,
each right as ``{id, name, applies, status, what, conditions, figures: [{text, as_of, old,
warning}], ended, check_at, check_url, date, sources: [{title, url, date}]}`` in the chosen
language. The app looks nothing up online: the links are printed for the user to open.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.errors import NotFound
from portfolio_app.rights.view import WHERE_TO_SET_CLI, RightShown, RightsView, rights_view

OFFLINE_CLI = (
    "De app zoekt niets op het internet. Open de links zelf in je browser.",
    "The app looks nothing up online. Open the links yourself in your browser.",
)


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser(
        "rights", help="mijn rechten: premies en cheques die bij je situatie passen"
    )
    parser.add_argument(
        "--all", action="store_true", help="toon ook wat niet voor jouw situatie is"
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=cmd_rights)


def load_view(ctx: Context, today: date) -> RightsView:
    from portfolio_app.check import load_evc_costs
    from portfolio_app.rights.files import load_rights

    rules = load_rights(load_evc_costs())
    if rules is None:
        raise NotFound(
            "De lijst met rechten is niet geïnstalleerd.", "The list of rights is not installed."
        )
    with ctx.portfolio() as portfolio:
        situation = portfolio.profile.get().situation
    return rights_view(rules, situation, today)


def _json(right: RightShown, view: RightsView, pick: int) -> dict[str, Any]:
    rule = right.rule
    return {
        "id": rule.id,
        "name": rule.name[pick],
        "applies": right.applies.value if right.applies is not None else None,
        "status": right.status(view.situation)[pick],
        "what": rule.what[pick],
        "conditions": [c[pick] for c in rule.conditions],
        "figures": [
            {
                "text": f.text[pick],
                "as_of": f.as_of.isoformat(),
                "old": f.old,
                "warning": f.warning(rule.check_label)[pick],
            }
            for f in right.figures
        ],
        "ended": right.ended_text()[pick] or None,
        "check_at": rule.check_label[pick],
        "check_url": rule.check_url,
        "date": rule.as_of.iso(),
        "sources": [
            {"title": s.title, "url": s.url, "date": s.date.iso() if s.date else None}
            for s in rule.sources
        ],
    }


def cmd_rights(ctx: Context) -> int:
    view = load_view(ctx, date.today())
    pick = 1 if ctx.lang == "en" else 0
    if ctx.args.json:
        situation = view.situation
        ctx.print_json(
            {
                "situation": None
                if situation is None
                else {
                    "status": situation.status.value,
                    "set_on": situation.set_on.isoformat(),
                    "confirm": view.confirm,
                },
                "rights": [_json(r, view, pick) for r in view.shown],
                "not_for_you": [_json(r, view, pick) for r in view.not_for_you],
            }
        )
        return 0
    ctx.print(ctx.t("Mijn rechten", "My rights"))
    ctx.print(view.situation_text()[pick])
    if view.situation is None or view.confirm:
        ctx.print(WHERE_TO_SET_CLI[pick])
    ctx.print(view.note[pick])
    for right in view.shown:
        _print(ctx, right, view, pick)
    if view.not_for_you and ctx.args.all:
        ctx.print()
        ctx.print(ctx.t("Niet voor jouw situatie:", "Not for your situation:"))
        for right in view.not_for_you:
            _print(ctx, right, view, pick)
    elif view.not_for_you:
        ctx.print()
        names = ", ".join(r.rule.name[pick] for r in view.not_for_you)
        ctx.print(
            ctx.t(
                f"Niet voor jouw situatie: {names}. Toon ze met --all.",
                f"Not for your situation: {names}. Show them with --all.",
            )
        )
    ctx.print()
    ctx.print(ctx.t(*OFFLINE_CLI))
    return 0


def _print(ctx: Context, right: RightShown, view: RightsView, pick: int) -> None:
    ctx.print()
    ctx.print(right.rule.name[pick])
    for line in right.lines(view.situation, ctx.lang):
        ctx.print(f"  {line}")
