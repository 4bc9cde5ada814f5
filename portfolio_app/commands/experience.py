"""``portfolio experience add|list|remove``: where competences were used or learned."""

from __future__ import annotations

from typing import Any

from portfolio_app.commands.competence import resolve_id
from portfolio_app.commands.context import Context
from portfolio_app.commands.link import (
    competence_option,
    item_json,
    item_link_line,
    print_item_competences,
    resolve_competences,
)
from portfolio_app.commands.values import make, parse_date
from portfolio_app.domain import Experience
from portfolio_app.domain.enums import ExperienceKind, label


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("experience", help="ervaringen (werk, opleiding, stage, ...) beheren")
    what = parser.add_subparsers(dest="experience_what", metavar="ACTIE", required=True)

    add = what.add_parser("add", help="voeg een ervaring toe")
    add.add_argument("--kind", choices=[k.value for k in ExperienceKind], default="werk")
    add.add_argument("--organisation", default="", help="werkgever, school, vereniging")
    add.add_argument("--role", default="", help="functie of opleiding")
    add.add_argument("--start", help="begin: JJJJ, MM/JJJJ of DD/MM/JJJJ (ook JJJJ-MM)")
    add.add_argument("--end", help="einde: zoals --start; leeg als het nog loopt")
    add.add_argument("--description", default="", help="wat deed je er")
    competence_option(
        add,
        "competentie die je er gebruikte: naam of URI, uit je competenties of de "
        "competentietaal (mag meermaals)",
    )
    add.set_defaults(handler=cmd_add)

    listing = what.add_parser(
        "list", help="toon je ervaringen, met de competenties die je er gebruikte"
    )
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=cmd_list)

    remove = what.add_parser("remove", help="verwijder een ervaring")
    remove.add_argument("id")
    remove.set_defaults(handler=cmd_remove)


def cmd_add(ctx: Context) -> int:
    args = ctx.args
    experience = make(
        Experience,
        kind=ExperienceKind(args.kind),
        organisation=args.organisation,
        role=args.role,
        start=parse_date(args.start) if args.start else None,
        end=parse_date(args.end) if args.end else None,
        description=args.description,
    )
    with ctx.portfolio() as portfolio:
        refs = resolve_competences(ctx, portfolio, args.competence)
        with portfolio.change("Ervaring toegevoegd", "Experience added"):
            portfolio.experiences.add(experience)
            for ref in refs:
                portfolio.links.link(ref, "experience", experience.id)
        ctx.print(ctx.t(f"Toegevoegd: {experience.title}", f"Added: {experience.title}"))
        print_item_competences(ctx, portfolio, refs)
    return 0


def cmd_list(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        links = portfolio.links.read()
    items = list(links.experiences.values())
    if ctx.args.json:
        ctx.print_json([item_json(links, "experience", item) for item in items])
        return 0
    if not items:
        ctx.print(ctx.t("Nog geen ervaringen.", "No experiences yet."))
        return 0
    for item in items:
        start = item.start.strftime("%Y-%m") if item.start else "?"
        end = item.end.strftime("%Y-%m") if item.end else ctx.t("nu", "now")
        ctx.print(
            f"{item.id[:8]}  {item.title}  ·  {label(item.kind, ctx.lang)}  ·  {start} – {end}"
        )
        linked = links.competences_of("experience", item.id)
        ctx.print(item_link_line(ctx, linked, "experience", item.id[:8]))
    return 0


def cmd_remove(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        item = resolve_id(portfolio.experiences.list(), ctx.args.id)
        portfolio.experiences.delete(item.id)
    ctx.print(ctx.t(f"Verwijderd: {item.title}", f"Deleted: {item.title}"))
    return 0
