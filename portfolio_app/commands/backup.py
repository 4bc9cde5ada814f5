"""``portfolio backup``, ``restore`` and ``backups``: encrypted copies of the whole vault."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portfolio_app.atomic import private_dir
from portfolio_app.commands.context import Context
from portfolio_app.errors import InvalidInput, VaultDamaged
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import describe, list_backups, restore, verify
from portfolio_app.vault.connection import storage_error
from portfolio_app.vault.files import real_path


def register(sub: Any, groups: dict[str, Any]) -> None:
    backup = sub.add_parser("backup", help="maak een versleutelde reservekopie")
    backup.add_argument("path", type=Path, metavar="PAD")
    backup.set_defaults(handler=cmd_backup)

    restore_cmd = sub.add_parser("restore", help="zet een reservekopie terug")
    restore_cmd.add_argument("path", type=Path, metavar="PAD")
    restore_cmd.add_argument("--yes", action="store_true", help="niet opnieuw vragen")
    restore_cmd.set_defaults(handler=cmd_restore)

    listing = sub.add_parser("backups", help="toon de automatische reservekopieën")
    listing.set_defaults(handler=cmd_list)


def cmd_backup(ctx: Context) -> int:
    path: Path = ctx.args.path
    if path.exists():
        raise InvalidInput(
            f"{path} bestaat al; kies een nieuwe naam. Er is niets overschreven.",
            f"{path} already exists; choose a new name. Nothing was overwritten.",
        )
    with ctx.portfolio() as portfolio:
        header = portfolio.backup(path)
    ctx.print(
        ctx.t(
            f"Reservekopie gemaakt en gecontroleerd: {path} ({header.size / 1e6:.1f} MB). "
            "Ze is versleuteld met je wachtzin.",
            f"Backup made and verified: {path} ({header.size / 1e6:.1f} MB). "
            "It is encrypted with your passphrase.",
        )
    )
    return 0


def cmd_restore(ctx: Context) -> int:
    backup: Path = ctx.args.path
    verify(backup)
    passphrase = ctx.env.passphrase or ctx.passphrase(
        "Wachtzin van de reservekopie: ", "Passphrase of the backup: "
    )
    vault = real_path(ctx.vault_path)
    try:
        private_dir(vault.parent)
    except OSError as exc:
        raise storage_error(exc) from None
    info = describe(backup, passphrase, vault.parent)
    counts = info.counts
    ctx.print(
        ctx.t(
            f"Reservekopie van {info.header.created:%d/%m/%Y %H:%M}: {counts['claims']} "
            f"competenties, {counts['leerbewijzen']} leerbewijzen, {counts['experiences']} "
            f"ervaringen, {counts['attachments']} bijlagen.",
            f"Backup of {info.header.created:%Y-%m-%d %H:%M}: {counts['claims']} competences, "
            f"{counts['leerbewijzen']} proofs of learning, {counts['experiences']} experiences, "
            f"{counts['attachments']} attachments.",
        )
    )
    if not ctx.args.yes:
        if not ctx.stdin_is_tty:
            ctx.print(
                ctx.t(
                    "Er is niets veranderd. Herhaal met --yes om terug te zetten.",
                    "Nothing was changed. Repeat with --yes to restore.",
                )
            )
            return 0
        answer = input(
            ctx.t(
                "Je huidige portfolio vervangen? Het wordt eerst bewaard als reservekopie. [j/N] ",
                "Replace your current portfolio? It is kept as a backup first. [y/N] ",
            )
        )
        if answer.strip().lower() not in ("j", "ja", "y", "yes"):
            ctx.print(ctx.t("Er is niets veranderd.", "Nothing was changed."))
            return 0
    restore(backup, passphrase, vault, ctx.paths.backups_dir)
    with Portfolio.open(vault, passphrase) as portfolio:
        ctx.tell(portfolio)
        problems = portfolio.integrity_problems()
    if problems:
        raise VaultDamaged(
            "de teruggezette kopie is niet in orde", "the restored copy is not sound"
        )
    ctx.print(
        ctx.t(
            "Teruggezet. Je vorige portfolio staat bij de reservekopieën.",
            "Restored. Your previous portfolio is among the backups.",
        )
    )
    return 0


def cmd_list(ctx: Context) -> int:
    backups = list_backups(ctx.paths.backups_dir)
    if not backups:
        ctx.print(ctx.t("Nog geen reservekopieën.", "No backups yet."))
        return 0
    for path in backups:
        ctx.print(f"{path.name}  {path.stat().st_size / 1e6:.1f} MB")
    return 0
