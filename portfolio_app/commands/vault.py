"""``portfolio init``, ``status`` and ``passwd``: creating, inspecting and re-keying a vault."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from portfolio_app.commands.context import Context, conflict_note
from portfolio_app.errors import PassphraseMismatch, VaultDamaged, VaultExists
from portfolio_app.vault import (
    Portfolio,
    keyring_available,
    recall_passphrase,
    remember_passphrase,
)
from portfolio_app.vault.conflicts import find_conflict_copies
from portfolio_app.vault.files import real_path
from portfolio_app.vault.keystore import NO_BACKEND_EN, NO_BACKEND_NL, note_new_vault
from portfolio_app.vault.lock import is_locked_elsewhere
from portfolio_app.vault.passphrase import RULE_EN, RULE_NL


def register(sub: Any, groups: dict[str, Any]) -> None:
    init = sub.add_parser("init", help="maak een nieuw, versleuteld portfolio")
    init.add_argument(
        "--remember", action="store_true", help="onthoud de wachtzin op dit toestel (sleutelbos)"
    )
    init.add_argument(
        "--force",
        action="store_true",
        help="er staat al een bestand: zet het eerst opzij (het wordt niet gewist)",
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
    force = bool(getattr(ctx.args, "force", False))
    if os.path.lexists(path) and not force:
        raise VaultExists(
            f"Op {path} staat al een bestand. Er is niets overschreven. Wil je daar toch een "
            "nieuw portfolio? Gebruik dan 'portfolio init --force': het oude bestand wordt "
            "eerst opzij gezet, niet gewist.",
            f"There is already a file at {path}. Nothing was overwritten. Do you want a new "
            "portfolio there anyway? Use 'portfolio init --force': the old file is moved "
            "aside first, not deleted.",
        )
    if not ctx.env.passphrase:
        ctx.print(ctx.t(RULE_NL, RULE_EN))
    passphrase = ctx.new_passphrase()
    with Portfolio.create(path, passphrase, replace_existing=force) as portfolio:
        moved = portfolio.moved_aside
        ctx.tell(portfolio)
    ctx.print(ctx.t(f"Nieuw portfolio gemaakt: {path}", f"New portfolio created: {path}"))
    if moved is not None:
        ctx.print(
            ctx.t(
                f"Het bestand dat er al stond, is niet gewist: het staat nu op {moved}.",
                f"The file that was there was not deleted: it is now at {moved}.",
            )
        )
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
    """Where the portfolio is and what it holds; a damaged vault never passes silently:
    every page is checked, and a problem ends in its message and exit status 7."""
    path = real_path(ctx.vault_path)
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
        with ctx.portfolio(tell=False) as portfolio:
            info["schema_version"] = portfolio.schema_version()
            info["created_at"] = portfolio.meta("created_at")
            info["counts"] = portfolio.counts()
            info["demo"] = portfolio.profile.get().is_demo
            damage = portfolio.damage
            if damage is None and portfolio.page_problems():
                damage = VaultDamaged(
                    "de controle van het bestand vond fouten", "the check of the file found errors"
                )
            info["damaged"] = damage is not None
            info["notices"] = [n.message(ctx.lang) for n in portfolio.notices]
            if damage is not None and damage not in portfolio.notices:
                info["notices"].append(damage.message(ctx.lang))
            ctx.storage_problem = damage
    info["conflict_copies"] = [str(p) for p in find_conflict_copies(path)]
    if ctx.args.json:
        ctx.print_json(info)
        return 0
    for notice in info.get("notices", []):
        print(f"portfolio: {notice}", file=ctx.err)
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
    if not info["damaged"]:
        ctx.print(ctx.t("Het bestand is gecontroleerd: in orde.", "The file was checked: sound."))
    if info["demo"]:
        ctx.print(
            ctx.t("Dit is een voorbeeldportfolio (demo).", "This is a sample portfolio (demo).")
        )
    for copy in info["conflict_copies"]:
        ctx.print(conflict_note(Path(copy), ctx.lang))
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
