"""``portfolio profile``: show or change the personal fields (name, e-mail, ...).

The e-mail addresses also serve the credential import: an open badge's hashed recipient is
compared with them. ``--situation`` gives the person's situation (werknemer, werkzoekend, …;
``geen`` removes it), dated today: it decides what ``portfolio rights`` shows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.commands.values import make, parse_date
from portfolio_app.domain import Profile
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.domain.situation import Situation

NO_SITUATION = "geen"

_FIELDS = ("given_name", "family_name", "phone", "city", "website", "headline", "summary")


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("profile", help="toon of wijzig je persoonsgegevens")
    parser.add_argument("--given-name", help="voornaam")
    parser.add_argument("--family-name", help="familienaam")
    parser.add_argument(
        "--email", action="append", help="e-mailadres (mag meermaals; vervangt de lijst)"
    )
    parser.add_argument("--phone", help="telefoon")
    parser.add_argument("--city", help="woonplaats")
    parser.add_argument("--website", help="website")
    parser.add_argument("--headline", help="korte omschrijving")
    parser.add_argument("--summary", help="over mij")
    parser.add_argument("--birth-date", help="geboortedatum: DD/MM/JJJJ of JJJJ-MM-DD")
    parser.add_argument(
        "--situation",
        choices=[*(s.value for s in WorkStatus), NO_SITUATION],
        help="je situatie (bepaalt welke rechten gelden; komt niet in een export tenzij je "
        "het kiest); 'geen' wist ze",
    )
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON")
    parser.set_defaults(handler=cmd_profile)


def cmd_profile(ctx: Context) -> int:
    args = ctx.args
    changes: dict[str, Any] = {f: getattr(args, f) for f in _FIELDS if getattr(args, f) is not None}
    if args.email is not None:
        changes["emails"] = args.email
    if args.birth_date:
        changes["birth_date"] = parse_date(args.birth_date)
    if args.situation == NO_SITUATION:
        changes["situation"] = None
    elif args.situation:
        changes["situation"] = Situation(status=WorkStatus(args.situation), set_on=date.today())
    with ctx.portfolio() as portfolio:
        profile = portfolio.profile.get()
        if changes:
            profile = make(Profile, **{**profile.model_dump(), **changes})
            portfolio.profile.save(profile)
    if args.json:
        ctx.print_json(profile.model_dump(mode="json"))
        return 0
    ctx.print(profile.full_name or ctx.t("(geen naam)", "(no name)"))
    for email in profile.emails:
        ctx.print(email)
    for value in (profile.phone, profile.city, profile.headline):
        if value:
            ctx.print(value)
    print_situation(ctx, profile.situation)
    return 0


def print_situation(ctx: Context, situation: Situation | None) -> None:
    from portfolio_app.rights.view import WHERE_TO_SET_CLI, situation_text

    today = date.today()
    ctx.print(ctx.t(*situation_text(situation, today)))
    if situation is None or situation.needs_confirming(today):
        ctx.print(ctx.t(*WHERE_TO_SET_CLI))
