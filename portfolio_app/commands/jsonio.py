"""``portfolio export json`` and ``portfolio import json``: the whole portfolio as one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.export.json_document import import_document, read_json, write_json


def register(sub: Any, groups: dict[str, Any]) -> None:
    export = groups["export"].add_parser(
        "json", help="alles als één JSON-bestand (niet versleuteld)"
    )
    export.add_argument("path", type=Path, metavar="PAD")
    export.set_defaults(handler=cmd_export)

    imp = groups["import"].add_parser("json", help="een JSON-export inlezen")
    imp.add_argument("path", type=Path, metavar="PAD")
    imp.add_argument("--replace", action="store_true", help="vervang wat al in het portfolio staat")
    imp.set_defaults(handler=cmd_import)


def cmd_export(ctx: Context) -> int:
    with ctx.portfolio() as portfolio:
        document = write_json(portfolio, ctx.args.path)
    ctx.print(
        ctx.t(
            f"Geëxporteerd naar {ctx.args.path}: {len(document.claims)} competenties, "
            f"{len(document.leerbewijzen)} leerbewijzen, {len(document.attachments)} bijlagen. "
            "Let op: dit bestand is niet versleuteld.",
            f"Exported to {ctx.args.path}: {len(document.claims)} competences, "
            f"{len(document.leerbewijzen)} proofs of learning, {len(document.attachments)} "
            "attachments. Note: this file is not encrypted.",
        )
    )
    return 0


def cmd_import(ctx: Context) -> int:
    document = read_json(ctx.args.path)
    with ctx.portfolio() as portfolio:
        import_document(portfolio, document, replace=ctx.args.replace)
    claims, proofs = len(document.claims), len(document.leerbewijzen)
    experiences, attachments = len(document.experiences), len(document.attachments)
    ctx.print(
        ctx.t(
            f"Geïmporteerd: {claims} competenties, {proofs} leerbewijzen, "
            f"{experiences} ervaringen, {attachments} bijlagen.",
            f"Imported: {claims} competences, {proofs} proofs of learning, "
            f"{experiences} experiences, {attachments} attachments.",
        )
    )
    return 0
