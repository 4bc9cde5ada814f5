"""``portfolio signals import FILE | list``: the labour-market signals the check shows.

``import`` checks the whole CSV file (format in ``docs/signals-format.md``) and only then
stores it as the user's own table, replacing an earlier import; a file with a bad row changes
nothing and names every bad row by line. ``list --json`` prints a list of objects
(occupation_uri, occupation_label, tension_ratio, shortage, source, date, note, imported, old).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from portfolio_app.check import import_signals, load_signals
from portfolio_app.commands.context import Context


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("signals", help="arbeidsmarktsignalen (knelpuntberoepen) beheren")
    what = parser.add_subparsers(dest="signals_what", metavar="ACTIE", required=True)

    imp = what.add_parser("import", help="importeer een eigen tabel met signalen (CSV)")
    imp.add_argument("file", metavar="BESTAND")
    imp.set_defaults(handler=cmd_import)

    listing = what.add_parser("list", help="toon de signalen in gebruik")
    listing.add_argument("--json", action="store_true", help="uitvoer als JSON")
    listing.set_defaults(handler=cmd_list)


def cmd_import(ctx: Context) -> int:
    signals = import_signals(Path(ctx.args.file).expanduser(), ctx.paths, date.today())
    occupations = len({s.occupation_uri for s in signals})
    ctx.print(
        ctx.t(
            f"{len(signals)} signalen geïmporteerd voor {occupations} beroepen. "
            "Ze vervangen je vorige import; de meegeleverde cijfers blijven.",
            f"Imported {len(signals)} signals for {occupations} occupations. "
            "They replace your previous import; the bundled figures stay.",
        )
    )
    return 0


def cmd_list(ctx: Context) -> int:
    today = date.today()
    table = load_signals(ctx.paths)
    if ctx.args.json:
        ctx.print_json(
            [
                {
                    "occupation_uri": s.occupation_uri,
                    "occupation_label": s.occupation_label,
                    "tension_ratio": s.tension_ratio,
                    "shortage": s.shortage,
                    "source": s.source,
                    "date": s.date.isoformat(),
                    "note": s.note,
                    "imported": s.imported,
                    "old": s.is_old(today),
                    "text": s.describe(today)[0],
                    "text_en": s.describe(today)[1],
                }
                for s in table
            ]
        )
        return 0
    if not len(table):
        ctx.print(ctx.t("Er zijn geen signalen.", "There are no signals."))
        return 0
    for s in table:
        name = s.occupation_label or s.occupation_uri
        own = ctx.t(" [eigen import]", " [own import]") if s.imported else ""
        ctx.print(f"{name}{own}")
        ctx.print(f"    {ctx.t(*s.describe(today))}")
    return 0
