"""``portfolio link`` and ``portfolio unlink``: which leerbewijzen and experiences show a
competence; and the lines the list commands print about links.

``link COMPETENTIE --leerbewijs ID --experience ID`` links one competence to one or more
items, in one change. The competence may be one of the user's own (a claim) or one of the
competence language that is not a claim yet: then the leerbewijs or experience lists it,
which the check already counts, and the user is told how to add it to their competences.
Every view reads links through ``domain.links.Links``, so what is linked here shows in the
app, the lists and the exports alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from portfolio_app.commands.context import Context
from portfolio_app.commands.names import resolve_competence, resolve_item
from portfolio_app.domain import ConceptRef, Experience, Leerbewijs
from portfolio_app.domain.links import ItemKind, LinkedCompetence, Links
from portfolio_app.errors import ExitCode, PortfolioError

if TYPE_CHECKING:
    from portfolio_app.vault import Portfolio

ITEM_NAMES: dict[ItemKind, tuple[str, str]] = {
    "leerbewijs": ("leerbewijs", "proof of learning"),
    "experience": ("ervaring", "experience"),
}


def competence_option(parser: Any, help_text: str) -> None:
    """``--competence`` on ``leerbewijs add`` and ``experience add``."""
    parser.add_argument(
        "--competence",
        action="append",
        default=[],
        metavar="NAAM-OF-URI",
        help=help_text,
    )


def resolve_competences(
    ctx: Context, portfolio: Portfolio, texts: Sequence[str]
) -> list[ConceptRef]:
    """Every ``--competence``, resolved before anything is written: a typo adds nothing."""
    claims = portfolio.claims.list() if texts else []
    refs = [resolve_competence(claims, ctx.language, text, ctx.lang) for text in texts]
    return list({ref.uri or ref.label.casefold(): ref for ref in refs}.values())


def print_item_competences(ctx: Context, portfolio: Portfolio, refs: Sequence[ConceptRef]) -> None:
    """After ``add --competence``: what is linked, and what is not a claim yet."""
    if not refs:
        return
    links = portfolio.links.read()
    ctx.print(
        INDENT[:2] + ctx.t("competenties: ", "competences: ") + ", ".join(ref.label for ref in refs)
    )
    print_not_claimed(ctx, [ref for ref in refs if not links.claims_of(ref)])


def register(sub: Any, groups: dict[str, Any]) -> None:
    for name, handler, help_nl in (
        ("link", cmd_link, "koppel een competentie aan een leerbewijs of ervaring"),
        ("unlink", cmd_unlink, "maak een koppeling tussen competentie en bewijs los"),
    ):
        parser = sub.add_parser(
            name,
            help=help_nl,
            description=help_nl[0].upper()
            + help_nl[1:]
            + ". COMPETENTIE is de naam of sleutel uit 'portfolio competence list', "
            "of een naam of URI uit de competentietaal. ID is de sleutel (de eerste tekens "
            "volstaan) of de titel uit 'portfolio leerbewijs list' of 'experience list'.",
        )
        parser.add_argument("competence", metavar="COMPETENTIE")
        parser.add_argument(
            "--leerbewijs",
            action="append",
            default=[],
            metavar="ID",
            help="sleutel of titel van een leerbewijs (mag meermaals)",
        )
        parser.add_argument(
            "--experience",
            action="append",
            default=[],
            metavar="ID",
            help="sleutel of titel van een ervaring (mag meermaals)",
        )
        parser.set_defaults(handler=handler)


class NoTarget(PortfolioError):
    exit_code = ExitCode.USAGE
    nl = "Zeg waaraan: geef --leerbewijs ID of --experience ID (of allebei)."
    en = "Say to what: give --leerbewijs ID or --experience ID (or both)."


def _require_target(ctx: Context) -> None:
    if not ctx.args.leerbewijs and not ctx.args.experience:
        raise NoTarget()


def _targets(ctx: Context, portfolio: Portfolio) -> list[tuple[ItemKind, Leerbewijs | Experience]]:
    args = ctx.args
    found: list[tuple[ItemKind, Leerbewijs | Experience]] = []
    if args.leerbewijs:
        proofs = portfolio.leerbewijzen.list()
        found += [
            ("leerbewijs", resolve_item(proofs, text, "leerbewijs")) for text in args.leerbewijs
        ]
    if args.experience:
        works = portfolio.experiences.list()
        found += [
            ("experience", resolve_item(works, text, "experience")) for text in args.experience
        ]
    return found


def _competence(ctx: Context, portfolio: Portfolio, text: str) -> ConceptRef:
    return resolve_competence(portfolio.claims.list(), ctx.language, text, ctx.lang)


def item_phrase(ctx: Context, kind: ItemKind, title: str) -> str:
    nl, en = ITEM_NAMES[kind]
    return ctx.t(f"{nl} '{title}'", f"{en} '{title}'")


# (verb in the undo step, said when it changed, said when it did not), Dutch and English
_LINK = (
    ("gekoppeld", "linked"),
    ("Gekoppeld: {}.", "Linked: {}."),
    ("Was al gekoppeld: {}.", "Already linked: {}."),
)
_UNLINK = (
    ("losgekoppeld", "unlinked"),
    ("Losgekoppeld: {}.", "Unlinked: {}."),
    ("Niet gekoppeld: {}. Er is niets veranderd.", "Not linked: {}. Nothing was changed."),
)


def cmd_link(ctx: Context) -> int:
    return _change_links(ctx, link=True)


def cmd_unlink(ctx: Context) -> int:
    return _change_links(ctx, link=False)


def _change_links(ctx: Context, *, link: bool) -> int:
    """Link (or unlink) one competence with each chosen item, as one undo step."""
    _require_target(ctx)
    verb, changed_text, same_text = _LINK if link else _UNLINK
    with ctx.portfolio() as portfolio:
        ref = _competence(ctx, portfolio, ctx.args.competence)
        targets = _targets(ctx, portfolio)
        change = portfolio.links.link if link else portfolio.links.unlink
        with portfolio.change(*_describe(ref, targets, *verb)):
            results = [(kind, item.title, change(ref, kind, item.id)) for kind, item in targets]
        claimed = not link or bool(portfolio.links.read().claims_of(ref))
    for kind, title, changed in results:
        what = f"{ref.label} – {item_phrase(ctx, kind, title)}"
        nl, en = changed_text if changed else same_text
        ctx.print(ctx.t(nl.format(what), en.format(what)))
    if not claimed:
        print_not_claimed(ctx, [ref])
    return 0


def _describe(
    ref: ConceptRef,
    targets: Sequence[tuple[ItemKind, Leerbewijs | Experience]],
    verb_nl: str,
    verb_en: str,
) -> tuple[str, str]:
    if len(targets) == 1:
        title = targets[0][1].title
        return f"{ref.label} {verb_nl} – {title}", f"{ref.label} {verb_en} – {title}"
    n = len(targets)
    return f"{ref.label} {verb_nl} – {n} keer", f"{ref.label} {verb_en} – {n} times"


def print_not_claimed(ctx: Context, refs: Sequence[ConceptRef]) -> None:
    """A competence linked without a claim: the check counts it, but the user should know
    it is not on their list, and how to put it there."""
    for ref in refs:
        name = ref.label
        ctx.print(
            ctx.t(
                f"'{ref.label}' staat nog niet bij je competenties. "
                f'Voeg het toe met: portfolio competence add "{name}"',
                f"'{ref.label}' is not among your competences yet. "
                f'Add it with: portfolio competence add "{name}"',
            )
        )


# -- what the list commands print about links ----------------------------------------------

INDENT = " " * 10


def claim_link_lines(ctx: Context, links: Links, claim: Any) -> list[str]:
    """'aangetoond met: Attest heftruckchauffeur (5e6f7a8b)', 'gebruikt bij: …'."""
    lines = []
    proofs = links.leerbewijzen_for(claim)
    if proofs:
        names = ", ".join(f"{p.title} ({p.id[:8]})" for p in proofs)
        lines.append(INDENT + ctx.t(f"aangetoond met: {names}", f"shown by: {names}"))
    works = links.experiences_for(claim)
    if works:
        names = ", ".join(f"{w.title} ({w.id[:8]})" for w in works)
        lines.append(INDENT + ctx.t(f"gebruikt bij: {names}", f"used at: {names}"))
    return lines


def item_link_line(ctx: Context, linked: list[LinkedCompetence], kind: ItemKind, key: str) -> str:
    """'competenties: heftruck besturen, goederen stapelen (nog niet bij je competenties)'."""
    if not linked:
        option = "--leerbewijs" if kind == "leerbewijs" else "--experience"
        return INDENT + ctx.t(
            f"competenties: nog geen (koppel met: portfolio link COMPETENTIE {option} {key})",
            f"competences: none yet (link with: portfolio link COMPETENCE {option} {key})",
        )
    names = ", ".join(
        c.label
        if c.is_claimed
        else c.label + ctx.t(" (nog niet bij je competenties)", " (not among your competences)")
        for c in linked
    )
    return INDENT + ctx.t(f"competenties: {names}", f"competences: {names}")


def item_json(links: Links, kind: ItemKind, item: Leerbewijs | Experience) -> dict[str, Any]:
    """An item as ``list --json`` gives it: ``competences`` holds every linked competence,
    whichever side made the link, and ``claim_ids`` the claims among them."""
    data = item.model_dump(mode="json")
    data["competences"] = [
        c.ref.model_dump(mode="json") for c in links.competences_of(kind, item.id)
    ]
    data["claim_ids"] = links.claim_ids_of(kind, item.id)
    return data
