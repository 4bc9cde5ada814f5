"""``portfolio init``, ``status`` and ``passwd``: creating, inspecting and re-keying a vault."""

from __future__ import annotations

from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.errors import PassphraseMismatch
from portfolio_app.vault import (
    Portfolio,
    keyring_available,
    recall_passphrase,
    remember_passphrase,
)
from portfolio_app.vault.conflicts import find_conflict_copies
from portfolio_app.vault.keystore import NO_BACKEND_EN, NO_BACKEND_NL, note_new_vault
from portfolio_app.vault.lock import is_locked_elsewhere
from portfolio_app.vault.passphrase import RULE_EN, RULE_NL


def register(sub: Any, groups: dict[str, Any]) -> None:
    init = sub.add_parser("init", help="maak een nieuw, versleuteld portfolio")
    init.add_argument(
        "--remember", action="store_true", help="onthoud de wachtzin op dit toestel (sleutelbos)"
    )
    init.set_defaults(handler=cmd_init)

    status = sub.add_parser("status", help="toon waar je portfolio staat en wat erin zit")
    status.add_argument("--json", action="store_true", help="uitvoer als JSON")
    status.set_defaults(handler=cmd_status)

    passwd = sub.add_parser("passwd", help="kies een nieuwe wachtzin")
    passwd.set_defaults(handler=cmd_passwd)

    demo = sub.add_parser(
        "demo", help="maak een voorbeeldportfolio van een verzonnen persoon (demo.vault)"
    )
    demo.set_defaults(handler=cmd_demo)


def cmd_init(ctx: Context) -> int:
    path = ctx.vault_path
    if not ctx.env.passphrase:
        ctx.print(ctx.t(RULE_NL, RULE_EN))
    passphrase = ctx.new_passphrase()
    with Portfolio.create(path, passphrase):
        pass
    ctx.print(ctx.t(f"Nieuw portfolio gemaakt: {path}", f"New portfolio created: {path}"))
    if ctx.args.remember and remember_passphrase(path, passphrase):
        ctx.print(
            ctx.t(
                "De wachtzin wordt onthouden op dit toestel.",
                "The passphrase is remembered on this device.",
            )
        )
        return 0
    note_new_vault(path)  # nothing remembered: later commands need not load the keyring
    if ctx.args.remember:
        ctx.print(ctx.t(NO_BACKEND_NL, NO_BACKEND_EN))
    return 0


def cmd_status(ctx: Context) -> int:
    path = ctx.vault_path
    info: dict[str, Any] = {
        "vault": str(path),
        "exists": path.is_file(),
        "open_elsewhere": path.is_file() and is_locked_elsewhere(path),
    }
    # With the passphrase from the environment the keyring is not even loaded (its backend
    # probe starts dozens of programs): "unknown" (null) is the honest answer then.
    asked = not ctx.env.passphrase
    info["keyring_available"] = keyring_available() if asked else None
    remembered = bool(recall_passphrase(path)) if asked and path.is_file() else False
    info["passphrase_remembered"] = remembered if asked else None
    if info["exists"] and not info["open_elsewhere"]:
        with ctx.portfolio() as portfolio:
            info["schema_version"] = portfolio.schema_version()
            info["created_at"] = portfolio.meta("created_at")
            info["counts"] = portfolio.counts()
            info["demo"] = portfolio.profile.get().is_demo
    info["conflict_copies"] = [str(p) for p in find_conflict_copies(path)]
    if ctx.args.json:
        ctx.print_json(info)
        return 0
    ctx.print(ctx.t(f"Portfolio: {path}", f"Portfolio: {path}"))
    if not info["exists"]:
        ctx.print(
            ctx.t(
                "Er is nog geen portfolio. Maak er een met 'portfolio init'.",
                "There is no portfolio yet. Create one with 'portfolio init'.",
            )
        )
        return 0
    if info["open_elsewhere"]:
        ctx.print(
            ctx.t(
                "Het is nu geopend in een ander venster of programma.",
                "It is open in another window or program right now.",
            )
        )
        return 0
    counts = info["counts"]
    ctx.print(
        ctx.t(
            f"{counts['claims']} competenties, {counts['leerbewijzen']} leerbewijzen, "
            f"{counts['experiences']} ervaringen, {counts['attachments']} bijlagen, "
            f"{counts['plan']} acties, {counts['checks']} checks.",
            f"{counts['claims']} competences, {counts['leerbewijzen']} proofs of learning, "
            f"{counts['experiences']} experiences, {counts['attachments']} attachments, "
            f"{counts['plan']} actions, {counts['checks']} checks.",
        )
    )
    if info["demo"]:
        ctx.print(
            ctx.t("Dit is een voorbeeldportfolio (demo).", "This is a sample portfolio (demo).")
        )
    for copy in info["conflict_copies"]:
        ctx.print(
            ctx.t(
                f"Let op: conflictkopie van een synchronisatieprogramma gevonden: {copy}. "
                "Er wordt niets samengevoegd; open ze apart om te vergelijken.",
                f"Note: a sync tool's conflict copy was found: {copy}. "
                "Nothing is merged; open it separately to compare.",
            )
        )
    return 0


def cmd_passwd(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        old = ctx.env.passphrase or ctx.passphrase("Huidige wachtzin: ", "Current passphrase: ")
        new = ctx.env.new_passphrase
        if not new:
            new = ctx.passphrase("Nieuwe wachtzin: ", "New passphrase: ")
            if new != ctx.passphrase("Herhaal de nieuwe wachtzin: ", "Repeat the new passphrase: "):
                raise PassphraseMismatch()
        portfolio.change_passphrase(old, new)
    ctx.print(
        ctx.t(
            "De wachtzin is gewijzigd. Een onthouden wachtzin op dit toestel is gewist.",
            "The passphrase was changed. A passphrase remembered on this device was removed.",
        )
    )
    return 0


def cmd_demo(ctx: Context) -> int:
    from portfolio_app.demo import DEMO_PASSPHRASE, create_demo

    given = getattr(ctx.args, "vault", None)
    path = ctx.vault_path if given else ctx.paths.data_dir / "demo.vault"
    with create_demo(path, ctx.language()) as portfolio:
        counts = portfolio.counts()
    ctx.print(
        ctx.t(
            f"Voorbeeldportfolio gemaakt: {path} ({counts['claims']} competenties, "
            f"{counts['leerbewijzen']} leerbewijzen, {counts['experiences']} ervaringen).\n"
            f"Wachtzin: {DEMO_PASSPHRASE}",
            f"Sample portfolio created: {path} ({counts['claims']} competences, "
            f"{counts['leerbewijzen']} proofs of learning, {counts['experiences']} experiences).\n"
            f"Passphrase: {DEMO_PASSPHRASE}",
        )
    )
    return 0
