"""``portfolio export cv``, ``export evc``, ``export counsellor`` and ``export jsonresume``:
the documents a user hands to someone else. Each says where it wrote and that the file is not
encrypted."""

from __future__ import annotations

import argparse
import io
from datetime import date
from pathlib import Path
from typing import Any, Literal

from portfolio_app.check.load import AmbiguousTarget
from portfolio_app.commands.context import Context
from portfolio_app.errors import InvalidInput
from portfolio_app.export.options import (
    COUNSELLOR_DEFAULT_FIELDS,
    CV_DEFAULT_FIELDS,
    EVC_DEFAULT_FIELDS,
    CounsellorOptions,
    CvOptions,
    EvcOptions,
    PersonalField,
    ResumeOptions,
)

FIELD_HELP = "persoonsgegevens om te tonen, met komma's: " + ",".join(
    f.value for f in PersonalField
)


def register(sub: Any, groups: dict[str, Any]) -> None:
    cv = groups["export"].add_parser("cv", help="de bijlage bij je cv als PDF (niet versleuteld)")
    _common(cv)
    cv.add_argument(
        "--with-check", action="store_true", help="met de samenvatting van je laatste check"
    )
    cv.add_argument("--include-notes", action="store_true", help="met je eigen notities")
    cv.add_argument("--include-attachments", action="store_true", help="met bijlagen achteraan")
    cv.add_argument("--competences", metavar="ID,...", help="alleen deze competenties")
    cv.add_argument("--leerbewijzen", metavar="ID,...", help="alleen deze leerbewijzen")
    cv.add_argument("--experiences", metavar="ID,...", help="alleen deze ervaringen")
    _embed(cv)
    cv.set_defaults(handler=cmd_cv)

    evc = groups["export"].add_parser(
        "evc",
        help="een EVC-bewijsdossier voor een beroepskwalificatie als PDF",
        description="Een EVC-bewijsdossier voor één beroepskwalificatie, als PDF (niet "
        "versleuteld). Welke beroepskwalificaties er zijn: "
        "portfolio language search NAAM --kind qualification.",
    )
    _common(evc)
    evc.add_argument(
        "--bk",
        required=True,
        metavar="URI-OF-NAAM",
        help="de beroepskwalificatie: haar URI of haar naam (past de naam bij meer dan één, "
        "dan krijg je de lijst); zoek ze met 'portfolio language search NAAM --kind "
        "qualification'",
    )
    evc.add_argument("--include-notes", action="store_true", help="met je eigen notities")
    evc.add_argument("--no-attachments", action="store_true", help="zonder bijlagen")
    _embed(evc)
    evc.set_defaults(handler=cmd_evc)

    counsellor = groups["export"].add_parser(
        "counsellor",
        help="een kort overzicht voor je loopbaanbegeleider als PDF (niet versleuteld)",
        description="Een kort overzicht voor een loopbaanbegeleider, als PDF (niet "
        "versleuteld): je laatste check, wat je wilt, je actieplan en de rechten die kunnen "
        "gelden.",
    )
    _common(counsellor)
    counsellor.add_argument(
        "--with-situation",
        action="store_true",
        help="vermeld je situatie (werkend, werkzoekend …); zonder staan de rechten er als "
        "'hangt af van de situatie'",
    )
    counsellor.add_argument(
        "--check", metavar="SLEUTEL", help="welke check (standaard: de laatste)"
    )
    counsellor.set_defaults(handler=cmd_counsellor)

    resume = groups["export"].add_parser(
        "jsonresume", help="je portfolio als JSON Resume (niet versleuteld)"
    )
    _common(resume)
    resume.set_defaults(handler=cmd_jsonresume)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PAD")
    parser.add_argument(
        "--lang", dest="doc_lang", choices=("nl", "en"), help="taal van het document"
    )
    parser.add_argument("--fields", metavar="VELD,...", help=FIELD_HELP)
    parser.add_argument(
        "--date", dest="created", type=date.fromisoformat, metavar="JJJJ-MM-DD",
        help="aanmaakdatum in het document (standaard vandaag)",
    )  # fmt: skip


def _embed(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--embed-credentials",
        action="store_true",
        help="sluit de originele bestanden van je digitale leerbewijzen (open badges, "
        "Europass) in de PDF in, zodat de lezer ze zelf kan controleren",
    )


def _fields(text: str | None, default: frozenset[PersonalField]) -> frozenset[PersonalField]:
    if text is None:
        return default
    try:
        return frozenset(PersonalField(p.strip()) for p in text.split(",") if p.strip())
    except ValueError:
        known = ", ".join(f.value for f in PersonalField)
        raise InvalidInput(
            f"Onbekend veld in --fields. Kies uit: {known}.",
            f"Unknown field in --fields. Choose from: {known}.",
        ) from None


def _ids(text: str | None) -> frozenset[str] | None:
    return None if text is None else frozenset(p.strip() for p in text.split(",") if p.strip())


def _lang(ctx: Context) -> Literal["nl", "en"]:
    return "en" if (ctx.args.doc_lang or ctx.lang) == "en" else "nl"


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _embedded(ctx: Context, data: bytes) -> None:
    """How many credential files went in, when they were asked for."""
    if not ctx.args.embed_credentials:
        return
    from pypdf import PdfReader

    count = len(PdfReader(io.BytesIO(data)).attachments)
    if count:
        ctx.print(
            ctx.t(
                f"Ingesloten digitale leerbewijzen: {count}.",
                f"Digital credentials embedded: {count}.",
            )
        )
    else:
        ctx.print(
            ctx.t(
                "Er zijn geen digitale leerbewijzen om in te sluiten.",
                "There are no digital credentials to embed.",
            )
        )


def print_candidates(ctx: Context, exc: AmbiguousTarget) -> None:
    ctx.print(ctx.t("Kies een van deze beroepskwalificaties:", "Pick one of these qualifications:"))
    for option in exc.options:
        ctx.print(f"  {option.label}")
        ctx.print(f"      --bk {option.uri}")


def _written(ctx: Context, path: Path, pages: int | None = None) -> None:
    if pages is None:
        where = ctx.t(f"Geschreven naar {path}.", f"Written to {path}.")
    else:
        where = ctx.t(
            f"Geschreven naar {path} ({pages} pagina's).", f"Written to {path} ({pages} pages)."
        )
    ctx.print(
        where
        + " "
        + ctx.t("Let op: dit bestand is niet versleuteld.", "Note: this file is not encrypted.")
    )


def cmd_cv(ctx: Context) -> int:
    from portfolio_app.export.cv_annex import save_cv
    from portfolio_app.export.names import portfolio_names

    args = ctx.args
    options = CvOptions(
        lang=_lang(ctx),
        fields=_fields(args.fields, CV_DEFAULT_FIELDS),
        include_check=args.with_check,
        include_notes=args.include_notes,
        include_attachments=args.include_attachments,
        claim_ids=_ids(args.competences),
        leerbewijs_ids=_ids(args.leerbewijzen),
        experience_ids=_ids(args.experiences),
        embed_credentials=args.embed_credentials,
        created=args.created,
    )
    with ctx.language() as language, ctx.portfolio() as portfolio:
        names = portfolio_names(language, portfolio, options.lang)
        data = save_cv(portfolio, args.path, options, names)
    _written(ctx, args.path, _pages(data))
    _embedded(ctx, data)
    return 0


def cmd_evc(ctx: Context) -> int:
    from portfolio_app.export.evc_dossier import (
        find_qualification,
        qualification_labels,
        save_evc,
    )

    args = ctx.args
    options = EvcOptions(
        lang=_lang(ctx),
        fields=_fields(args.fields, EVC_DEFAULT_FIELDS),
        include_notes=args.include_notes,
        include_attachments=not args.no_attachments,
        embed_credentials=args.embed_credentials,
        created=args.created,
    )
    with ctx.language() as language:
        try:
            qualification = find_qualification(language, args.bk)
        except AmbiguousTarget as exc:
            print_candidates(ctx, exc)
            raise
        labels = qualification_labels(language, qualification, options.lang)
    with ctx.portfolio() as portfolio:
        data = save_evc(portfolio, args.path, qualification, options, labels)
    ctx.print(qualification.label(options.lang))
    _written(ctx, args.path, _pages(data))
    _embedded(ctx, data)
    return 0


def cmd_counsellor(ctx: Context) -> int:
    from portfolio_app.check import load_evc_costs
    from portfolio_app.commands.competence import resolve_id
    from portfolio_app.export.counsellor import save_counsellor
    from portfolio_app.rights.files import load_rights

    args = ctx.args
    rules = load_rights(load_evc_costs())
    with ctx.language() as language, ctx.portfolio() as portfolio:
        check_id = resolve_id(portfolio.checks.list(), args.check).id if args.check else None
        options = CounsellorOptions(
            lang=_lang(ctx),
            fields=_fields(args.fields, COUNSELLOR_DEFAULT_FIELDS),
            include_situation=args.with_situation,
            check_id=check_id,
            created=args.created,
        )
        data = save_counsellor(portfolio, args.path, options, rules, language)
    _written(ctx, args.path, _pages(data))
    return 0


def cmd_jsonresume(ctx: Context) -> int:
    from portfolio_app.export.json_resume import save_json_resume
    from portfolio_app.export.names import portfolio_names

    args = ctx.args
    options = ResumeOptions(
        lang=_lang(ctx), fields=_fields(args.fields, CV_DEFAULT_FIELDS), created=args.created
    )
    with ctx.language() as language, ctx.portfolio() as portfolio:
        save_json_resume(
            portfolio, args.path, options, portfolio_names(language, portfolio, options.lang)
        )
    _written(ctx, args.path)
    return 0
