"""``portfolio competence add|list|remove``: the claims of the portfolio."""

from __future__ import annotations

from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.commands.link import claim_link_lines
from portfolio_app.commands.names import find_concept, resolve_item
from portfolio_app.commands.values import make, parse_date, parse_level
from portfolio_app.domain import CompetenceClaim, Source
from portfolio_app.domain.enums import CompetenceKind, LevelScale, SourceKind, label, willen_label
from portfolio_app.domain.links import Links
from portfolio_app.errors import InvalidInput


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("competence", help="competenties toevoegen, tonen, verwijderen")
    what = parser.add_subparsers(dest="competence_what", metavar="ACTIE", required=True)

    add = what.add_parser(
        "add", help="voeg een competentie toe (naam uit de competentietaal, of URI)"
    )
    add.add_argument("name", metavar="LABEL-OF-URI")
    add.add_argument("--level", help="1-4, een taalniveau A1-C2, of ja/nee")
    add.add_argument(
        "--want",
        type=int,
        choices=(1, 2, 3),
        default=2,
        help="1 wil ik niet meer, 2 neutraal, 3 wil ik graag",
    )
    add.add_argument(
        "--last-used", help="laatst gebruikt: JJJJ, MM/JJJJ of DD/MM/JJJJ (ook JJJJ-MM-DD)"
    )
    add.add_argument("--first-acquired", help="eerst verworven: JJJJ, MM/JJJJ of DD/MM/JJJJ")
    add.add_argument(
        "--source",
        choices=[s.value for s in SourceKind],
        default="zelf",
        help="wie stelde het vast",
    )
    add.add_argument("--source-name", default="", help="naam van de werkgever, school, ...")
    add.add_argument(
        "--kind",
        choices=[k.value for k in CompetenceKind],
        help="soort (anders uit de competentietaal)",
    )
    add.add_argument("--note", default="")
    add.add_argument(
        "--free", action="store_true", help="bewaar als vrije tekst, niet uit de competentietaal"
    )
    add.add_argument(
        "--leerbewijs",
        action="append",
        default=[],
        metavar="ID",
        help="aangetoond met dit leerbewijs: sleutel of titel (mag meermaals)",
    )
    add.add_argument(
        "--experience",
        action="append",
        default=[],
        metavar="ID",
        help="gebruikt bij deze ervaring: sleutel of titel (mag meermaals)",
    )
    add.set_defaults(handler=cmd_add)

    listing = what.add_parser(
        "list", help="toon je competenties, met de leerbewijzen en ervaringen die ze tonen"
    )
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=cmd_list)

    remove = what.add_parser("remove", help="verwijder een competentie")
    remove.add_argument("id")
    remove.set_defaults(handler=cmd_remove)


def cmd_add(ctx: Context) -> int:
    args = ctx.args
    uri, name, kind, scale, note = _resolve(ctx, args.name, args.free)
    if args.kind:
        kind = CompetenceKind(args.kind)
    level = 2 if scale is not LevelScale.BINAIR else 1
    if args.level:
        scale, level = parse_level(args.level, scale)
    source = make(
        Source,
        kind=SourceKind(args.source),
        name=args.source_name,
    )
    claim = make(
        CompetenceClaim,
        concept_uri=uri,
        label=name,
        kind=kind,
        level_scale=scale,
        level=level,
        willen=args.want,
        sources=[source] if source.kind is not SourceKind.ZELF or source.name else [],
        last_used=parse_date(args.last_used) if args.last_used else None,
        first_acquired=parse_date(args.first_acquired) if args.first_acquired else None,
        note=args.note,
    )
    with ctx.portfolio() as portfolio:
        proofs = [
            resolve_item(portfolio.leerbewijzen.list(), t, "leerbewijs") for t in args.leerbewijs
        ]
        works = [
            resolve_item(portfolio.experiences.list(), t, "experience") for t in args.experience
        ]
        with portfolio.change("Competentie toegevoegd", "Competence added"):
            portfolio.claims.add(claim)
            for proof in proofs:
                portfolio.links.link(claim, "leerbewijs", proof.id)
            for work in works:
                portfolio.links.link(claim, "experience", work.id)
        links = portfolio.links.read()
    ctx.print(
        ctx.t(
            f"Toegevoegd: {claim.label} ({claim.level_text('nl')})",
            f"Added: {claim.label} ({claim.level_text('en')})",
        )
    )
    for line in claim_link_lines(ctx, links, claim):
        ctx.print(line)
    if note:
        ctx.print(note)
    return 0


def _resolve(
    ctx: Context, text: str, free: bool
) -> tuple[str | None, str, CompetenceKind, LevelScale, str]:
    """Find the concept the user meant: a URI, or a label the search knows exactly.
    Anything else is kept as free text, with the closest concepts suggested."""
    name = text.strip()
    if not name:
        raise InvalidInput("Geef de naam van een competentie.", "Give the name of a competence.")
    if free:
        return None, name, CompetenceKind.VAKSPECIFIEK, LevelScale.NIVEAU, ""
    from portfolio_app.language import ConceptType, concept_kind

    language = ctx.language()
    concept = find_concept(language, name)
    if concept is not None:
        scale = LevelScale.CEFR if concept.type is ConceptType.TAAL else LevelScale.NIVEAU
        return concept.uri, concept.label(ctx.lang), concept_kind(concept), scale, ""
    hits = language.search(name, limit=5, kinds={"concept"})
    note = ""
    if hits:
        names = ", ".join(h.label for h in hits[:3])
        note = ctx.t(
            f"Niet in de competentietaal; bewaard als vrije tekst. Bedoelde je: {names}?",
            f"Not in the competence language; kept as free text. Did you mean: {names}?",
        )
    else:
        note = ctx.t(
            "Niet in de competentietaal; bewaard als vrije tekst.",
            "Not in the competence language; kept as free text.",
        )
    return None, name, CompetenceKind.VAKSPECIFIEK, LevelScale.NIVEAU, note


def cmd_list(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        links = portfolio.links.read()
    claims = links.claims
    if ctx.args.json:
        ctx.print_json([claim_json(links, c) for c in claims])
        return 0
    if not claims:
        ctx.print(
            ctx.t(
                "Nog geen competenties. Voeg er een toe met 'portfolio competence add'.",
                "No competences yet. Add one with 'portfolio competence add'.",
            )
        )
        return 0
    for claim in claims:
        used = claim.last_used.strftime("%Y-%m") if claim.last_used else "–"
        marker = (
            ""
            if claim.in_language
            else ctx.t("  [niet in de competentietaal]", "  [not in the competence language]")
        )
        ctx.print(
            f"{claim.id[:8]}  {claim.label}  ·  {label(claim.kind, ctx.lang)}  ·  "
            f"{claim.level_text(ctx.lang)}  ·  {willen_label(claim.willen, ctx.lang)}  ·  "
            f"{used}{marker}"
        )
        for line in claim_link_lines(ctx, links, claim):
            ctx.print(line)
    return 0


def claim_json(links: Links, claim: CompetenceClaim) -> dict[str, Any]:
    """A claim as ``list --json`` gives it: ``leerbewijs_ids`` and ``experience_ids`` hold
    every link, whichever side made it."""
    data = claim.model_dump(mode="json")
    data["leerbewijs_ids"] = [p.id for p in links.leerbewijzen_for(claim)]
    data["experience_ids"] = [w.id for w in links.experiences_for(claim)]
    return data


def cmd_remove(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        claim = resolve_id(portfolio.claims.list(), ctx.args.id)
        portfolio.claims.delete(claim.id)
    ctx.print(ctx.t(f"Verwijderd: {claim.label}", f"Deleted: {claim.label}"))
    return 0


def resolve_id(items: list[Any], prefix: str) -> Any:
    """Accept the short id the list shows (its first characters)."""
    matches = (
        [item for item in items if item.id.startswith(prefix.strip())] if prefix.strip() else []
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InvalidInput(
            f"Niets gevonden met sleutel {prefix}.", f"Nothing found with key {prefix}."
        )
    raise InvalidInput(
        f"Sleutel {prefix} is niet eenduidig; geef meer tekens.",
        f"Key {prefix} is ambiguous; give more characters.",
    )
