"""``portfolio language search|suggest|info|import-esco|refresh``: the competence language
from a terminal.

The ``--json`` output is stable: ``search`` gives a list of hits (uri, kind, label,
matched_text, match, score, type, marker: "EN" for a name not in the asked language),
``suggest`` a list of suggestions (uri, label, type, score, matched_words), ``info`` one
object (source, esco_version, counts, built_at, path, starter_outdated, attribution and
attribution_en: what must be said about ESCO, untranslated: competences without a Dutch
name, own_translations: those with the project's own Dutch name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.language import (
    ConceptType,
    ImportFailed,
    ImportReport,
    import_esco,
    nothing_found,
    refresh_import,
)

_KINDS = ("concept", "occupation", "qualification")
_SHOWN = 40  # groups of bad rows printed after an import
_KIND_NL = {"concept": "competentie", "occupation": "beroep", "qualification": "kwalificatie"}


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = sub.add_parser("language", help="zoek in de competentietaal, importeer ESCO")
    what = parser.add_subparsers(dest="language_what", metavar="ACTIE", required=True)

    search = what.add_parser("search", help="zoek competenties, beroepen en kwalificaties")
    search.add_argument("query", metavar="ZOEKTERM")
    search.add_argument("--json", action="store_true", help="uitvoer als JSON")
    search.add_argument(
        "--type", choices=[t.value for t in ConceptType], action="append", help="soort competentie"
    )
    search.add_argument("--kind", choices=_KINDS, action="append", help="soort resultaat")
    search.add_argument("--limit", type=int, default=20, help="hoeveel resultaten (standaard 20)")
    search.set_defaults(handler=cmd_search)

    suggest = what.add_parser("suggest", help="stel competenties voor bij een zin over je werk")
    suggest.add_argument("text", metavar="TEKST")
    suggest.add_argument("--json", action="store_true", help="uitvoer als JSON")
    suggest.add_argument("--limit", type=int, default=10, help="hoeveel voorstellen")
    suggest.set_defaults(handler=cmd_suggest)

    info = what.add_parser("info", help="toon welke competentietaal in gebruik is")
    info.add_argument("--json", action="store_true", help="uitvoer als JSON")
    info.set_defaults(handler=cmd_info)

    esco = what.add_parser("import-esco", help="importeer de ESCO-download (CSV) uit een map")
    esco.add_argument("directory", metavar="MAP")
    esco.set_defaults(handler=cmd_import_esco)

    refresh = what.add_parser(
        "refresh", help="neem na een update de nieuwe startertaal op in je geïmporteerde taal"
    )
    refresh.set_defaults(handler=cmd_refresh)


def cmd_search(ctx: Context) -> int:
    args = ctx.args
    with ctx.language() as language:
        hits = language.search(
            args.query, limit=args.limit, kinds=args.kind, types=args.type, lang=ctx.lang
        )
    if args.json:
        ctx.print_json(
            [
                {
                    "uri": h.uri,
                    "kind": h.kind,
                    "label": h.label,
                    "matched_text": h.matched_text,
                    "match": h.match,
                    "score": h.score,
                    "type": h.type.value if h.type else None,
                    "marker": h.marker,
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        if args.kind and set(args.kind) == {"occupation"}:
            for line in nothing_found(args.query, ctx.lang).lines():
                ctx.print(line)
        else:
            ctx.print(ctx.t("Niets gevonden.", "Nothing found."))
        return 0
    for hit in hits:
        kind = ctx.t(_KIND_NL[hit.kind], hit.kind)
        detail = hit.type.value if hit.type else kind
        other = hit.matched_text.casefold() != hit.label.casefold()
        via = f"  ({ctx.t('via', 'via')} “{hit.matched_text}”)" if other else ""
        marker = f" ({hit.marker})" if hit.marker else ""
        ctx.print(f"{hit.label}{marker}  [{detail}]{via}")
        ctx.print(f"    {hit.uri}")
    return 0


def cmd_suggest(ctx: Context) -> int:
    args = ctx.args
    with ctx.language() as language:
        suggestions = language.suggest(args.text, limit=args.limit)
    lang = ctx.lang
    if args.json:
        ctx.print_json(
            [
                {
                    "uri": s.concept.uri,
                    "label": s.concept.label(lang),
                    "type": s.concept.type.value,
                    "score": s.score,
                    "matched_words": list(s.matched_words),
                }
                for s in suggestions
            ]
        )
        return 0
    if not suggestions:
        ctx.print(ctx.t("Geen voorstellen gevonden.", "No suggestions found."))
        return 0
    for s in suggestions:
        words = ", ".join(s.matched_words)
        ctx.print(f"{s.concept.label(lang)}  [{s.concept.type.value}]  ← {words}")
        ctx.print(f"    {s.concept.uri}")
    return 0


def cmd_info(ctx: Context) -> int:
    with ctx.language() as language:
        info = language.info()
    if ctx.args.json:
        ctx.print_json(asdict(info))
        return 0
    ctx.print(ctx.t(f"Competentietaal: {info.source}", f"Competence language: {info.source}"))
    ctx.print(
        ctx.t(
            f"{info.concepts} competenties, {info.occupations} beroepen, "
            f"{info.qualifications} beroepskwalificaties, {info.relations} koppelingen",
            f"{info.concepts} competences, {info.occupations} occupations, "
            f"{info.qualifications} qualifications, {info.relations} links",
        )
    )
    if info.untranslated or info.own_translations:
        ctx.print(
            ctx.t(
                f"{info.own_translations} competenties met een eigen Nederlandse naam van dit "
                f"project, {info.untranslated} nog alleen in het Engels (gemarkeerd met EN)",
                f"{info.own_translations} competences with the project's own Dutch name, "
                f"{info.untranslated} still in English only (marked EN)",
            )
        )
    ctx.print(ctx.t(f"Opgebouwd op {info.built_at}", f"Built on {info.built_at}"))
    if info.attribution:
        ctx.print(info.attribution_en if ctx.lang == "en" else info.attribution)
    if info.starter_outdated:
        ctx.print(
            ctx.t(
                "De app heeft een nieuwere startertaal. "
                "Neem die op met 'portfolio language refresh'.",
                "The app has a newer starter language. "
                "Take it in with 'portfolio language refresh'.",
            )
        )
    ctx.print(ctx.t(f"Bestand: {info.path}", f"File: {info.path}"))
    return 0


def _progress(ctx: Context) -> Callable[[str, int, int], None]:
    """A one-line progress display on stderr, rewritten in place on a terminal."""
    interactive = ctx.err.isatty()
    last: list[str] = [""]

    def show(stage: str, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        line = f"{stage}: {percent}%"
        if interactive:
            ctx.err.write(f"\r{line:<60}")
        elif stage != last[0]:
            ctx.err.write(f"{stage}...\n")
        last[0] = stage
        ctx.err.flush()

    return show


def _runs(report: ImportReport, lang: str) -> list[tuple[str, int, int, str]]:
    """Bad rows with the same file and reason on consecutive lines, as one line each: a
    dangling occupation in ESCO spoils dozens of relation lines in a row."""
    runs: list[tuple[str, int, int, str]] = []
    for row in report.bad_rows:
        reason = row.reason_en if lang == "en" else row.reason
        if (
            runs
            and runs[-1][0] == row.file
            and runs[-1][3] == reason
            and runs[-1][2] == row.line - 1
        ):
            runs[-1] = (row.file, runs[-1][1], row.line, reason)
        else:
            runs.append((row.file, row.line, row.line, reason))
    return runs


def _report(ctx: Context, report: ImportReport) -> None:
    ctx.print(
        ctx.t(
            f"Geïmporteerd: {report.source} in {report.duration:.1f} s.",
            f"Imported: {report.source} in {report.duration:.1f} s.",
        )
    )
    ctx.print(
        ctx.t(
            f"Uit ESCO: {report.skills} competenties, {report.skill_groups} groepen, "
            f"{report.occupations} beroepen, {report.relations} koppelingen "
            f"(talen: {', '.join(report.languages)}, indeling {report.layout}).",
            f"From ESCO: {report.skills} skills, {report.skill_groups} groups, "
            f"{report.occupations} occupations, {report.relations} links "
            f"(languages: {', '.join(report.languages)}, layout {report.layout}).",
        )
    )
    ctx.print(
        ctx.t(
            f"Nu in gebruik: {report.total_concepts} competenties, {report.total_occupations} "
            f"beroepen, {report.total_qualifications} beroepskwalificaties.",
            f"Now in use: {report.total_concepts} competences, {report.total_occupations} "
            f"occupations, {report.total_qualifications} qualifications.",
        )
    )
    if not report.bad_row_count:
        ctx.print(ctx.t("Alle regels waren in orde.", "All lines were fine."))
        return
    count = report.bad_row_count
    ctx.print(
        ctx.t(
            f"{count} {'regel' if count == 1 else 'regels'} overgeslagen:",
            f"{count} {'line' if count == 1 else 'lines'} skipped:",
        )
    )
    for file, first, last, reason in _runs(report, ctx.lang)[:_SHOWN]:
        lines = f"{first}" if first == last else f"{first}-{last}"
        ctx.print(f"  {file}, {ctx.t('regel', 'line')} {lines}: {reason}")
    if len(_runs(report, ctx.lang)) > _SHOWN or count > len(report.bad_rows):
        ctx.print(ctx.t("  ... en nog meer.", "  ... and more."))


def cmd_import_esco(ctx: Context) -> int:
    directory = Path(ctx.args.directory).expanduser()
    report = import_esco(directory, ctx.paths, progress=_progress(ctx))
    if ctx.err.isatty():
        ctx.err.write("\n")
    _report(ctx, report)
    return 0


def cmd_refresh(ctx: Context) -> int:
    with ctx.language() as language:
        outdated = language.info().starter_outdated
    if not outdated:
        ctx.print(ctx.t("De competentietaal is bij.", "The competence language is up to date."))
        return 0
    target = refresh_import(ctx.paths, progress=_progress(ctx))
    if ctx.err.isatty():
        ctx.err.write("\n")
    if target is None:
        raise ImportFailed(
            "Het ESCO-deel van je taal is niet meer bewaard. Importeer ESCO opnieuw.",
            "The ESCO part of your language is no longer kept. Import ESCO again.",
        )
    ctx.print(
        ctx.t(
            "De competentietaal is opnieuw samengesteld met de nieuwe startertaal.",
            "The competence language was rebuilt with the new starter language.",
        )
    )
    return 0
