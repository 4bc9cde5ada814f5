"""``portfolio leerbewijs add|list|remove``: proofs of learning, with attached files."""

from __future__ import annotations

from datetime import date
from pathlib import Path
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
from portfolio_app.domain import Leerbewijs
from portfolio_app.domain.enums import LeerbewijsKind, label
from portfolio_app.domain.leerbewijs import VALIDITY_LABELS
from portfolio_app.texts import counted


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("leerbewijs", help="leerbewijzen (diploma's, attesten, ...) beheren")
    what = parser.add_subparsers(dest="leerbewijs_what", metavar="ACTIE", required=True)

    add = what.add_parser("add", help="voeg een leerbewijs toe")
    add.add_argument(
        "--kind", required=True, choices=[k.value for k in LeerbewijsKind], help="soort leerbewijs"
    )
    add.add_argument("--title", required=True, help="titel, zoals op het document")
    add.add_argument("--issuer", default="", help="wie reikte het uit")
    add.add_argument(
        "--issued", help="datum van uitreiking: DD/MM/JJJJ, MM/JJJJ, JJJJ of JJJJ-MM-DD"
    )
    add.add_argument("--expires", help="vervaldatum: zoals --issued")
    add.add_argument("--vks", type=int, help="VKS/EKK-niveau 1-8")
    add.add_argument("--number", default="", help="nummer van het certificaat")
    add.add_argument(
        "--file",
        action="append",
        default=[],
        type=Path,
        metavar="PAD",
        help="bijlage (mag meermaals)",
    )
    competence_option(
        add,
        "competentie die het leerbewijs aantoont: naam of URI, uit je competenties of de "
        "competentietaal (mag meermaals)",
    )
    add.set_defaults(handler=cmd_add)

    listing = what.add_parser("list", help="toon je leerbewijzen, met de competenties die ze tonen")
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=cmd_list)

    remove = what.add_parser("remove", help="verwijder een leerbewijs (en zijn bijlagen)")
    remove.add_argument("id")
    remove.set_defaults(handler=cmd_remove)


def cmd_add(ctx: Context) -> int:
    args = ctx.args
    leerbewijs = make(
        Leerbewijs,
        kind=LeerbewijsKind(args.kind),
        title=args.title,
        issuer=args.issuer,
        issued=parse_date(args.issued) if args.issued else None,
        expires=parse_date(args.expires) if args.expires else None,
        vks_level=args.vks,
        credential_number=args.number,
    )
    with ctx.portfolio() as portfolio:
        refs = resolve_competences(ctx, portfolio, args.competence)
        with portfolio.change("Leerbewijs toegevoegd", "Proof of learning added"):
            attachments = [portfolio.attachments.add_file(path) for path in args.file]
            leerbewijs.attachment_ids = [a.id for a in attachments]
            portfolio.leerbewijzen.add(leerbewijs)
            for ref in refs:
                portfolio.links.link(ref, "leerbewijs", leerbewijs.id)
        ctx.print(ctx.t(f"Toegevoegd: {leerbewijs.title}", f"Added: {leerbewijs.title}"))
        for attachment in attachments:
            ctx.print(
                ctx.t(f"  bijlage: {attachment.filename}", f"  attachment: {attachment.filename}")
            )
        print_item_competences(ctx, portfolio, refs)
    return 0


def cmd_list(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        links = portfolio.links.read()
    items = list(links.leerbewijzen.values())
    if ctx.args.json:
        ctx.print_json([item_json(links, "leerbewijs", item) for item in items])
        return 0
    if not items:
        ctx.print(
            ctx.t(
                "Nog geen leerbewijzen. Voeg er een toe met 'portfolio leerbewijs add'.",
                "No proofs of learning yet. Add one with 'portfolio leerbewijs add'.",
            )
        )
        return 0
    today = date.today()
    for item in items:
        issued = item.issued.isoformat() if item.issued else "–"
        nl, en = VALIDITY_LABELS[item.validity(today)]
        parts = [
            item.id[:8],
            item.title,
            label(item.kind, ctx.lang),
            item.issuer or "–",
            issued,
            ctx.t(nl, en),
        ]
        if item.attachment_ids:
            parts.append(
                ctx.t(
                    counted(len(item.attachment_ids), "bijlage", "bijlagen"),
                    counted(len(item.attachment_ids), "attachment", "attachments"),
                )
            )
        ctx.print("  ·  ".join(parts))
        linked = links.competences_of("leerbewijs", item.id)
        ctx.print(item_link_line(ctx, linked, "leerbewijs", item.id[:8]))
    return 0


def cmd_remove(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        item = resolve_id(portfolio.leerbewijzen.list(), ctx.args.id)
        portfolio.leerbewijzen.delete(item.id)
    ctx.print(ctx.t(f"Verwijderd: {item.title}", f"Deleted: {item.title}"))
    return 0
