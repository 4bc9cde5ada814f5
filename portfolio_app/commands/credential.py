"""``portfolio import credential FILE``: a digital leerbewijs (open badge, Europass credential).

Shows what will be stored and what could be checked offline, then stores it: after ``--yes``,
or after the user types "j" at the prompt. Without a terminal (a script) and without ``--yes``
nothing is stored, so a script never saves a credential its author did not look at. With
``--json`` there is no prompt either; the output is documented in docs/credentials.md.
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import date, datetime
from pathlib import Path
from typing import Any

from portfolio_app.commands.context import Context
from portfolio_app.credentials import (
    CHECK_LABELS,
    MAX_CREDENTIAL_BYTES,
    STATUS_LABELS,
    CredentialImport,
    PresentationImport,
    check_size,
    read_file,
)
from portfolio_app.credentials.competences import Match, language_matcher
from portfolio_app.credentials.store import AlreadyImported, Stored, already_imported, store_import
from portfolio_app.domain import CheckStatus, VerificationCheck
from portfolio_app.domain.enums import label
from portfolio_app.errors import NotFound, PortfolioError
from portfolio_app.texts import counted
from portfolio_app.vault import Portfolio
from portfolio_app.vault.connection import storage_error

_MARKS = {
    CheckStatus.GESLAAGD: "[ok]",
    CheckStatus.MISLUKT: "[x] ",
    CheckStatus.NIET_OFFLINE: "[?] ",
}


def register(sub: Any, groups: dict[str, Any]) -> None:
    parser = groups["import"].add_parser(
        "credential",
        help="een digitaal leerbewijs (open badge, Europass) inlezen en controleren",
        description=(
            "Lees een open badge (JSON, PNG of SVG), een Verifiable Credential of een Europass "
            "digitaal leerbewijs, controleer wat offline kan en bewaar het als leerbewijs."
        ),
    )
    parser.add_argument("path", type=Path, metavar="BESTAND")
    parser.add_argument("--json", action="store_true", help="uitvoer als JSON (vraagt niets)")
    parser.add_argument("--yes", action="store_true", help="bewaar zonder te vragen")
    parser.set_defaults(handler=cmd_import_credential)


def cmd_import_credential(ctx: Context) -> int:
    try:
        return _import(ctx)
    except PortfolioError as exc:
        if ctx.args.json:
            # A script reading --json gets an object for a refusal too; the one-line message
            # on stderr and the exit status stay as for every command.
            ctx.print_json({"stored": False, "refused": True, "error": _error(ctx, exc)})
        raise


def _import(ctx: Context) -> int:
    path: Path = ctx.args.path
    data = _read(path)
    with ExitStack() as stack, ctx.portfolio() as portfolio:
        emails = list(portfolio.profile.get().emails)
        result = read_file(
            data,
            path.name,
            profile_emails=emails,
            today=date.today(),
            now=datetime.now().astimezone(),
            match=_matcher(ctx, stack),
        )
        if isinstance(result, PresentationImport):
            return _import_presentation(ctx, portfolio, result, path.name)
        double = already_imported(portfolio, result.leerbewijs)
        if double is not None:
            raise AlreadyImported(title=double.title)
        if not ctx.args.json:
            _show(ctx, result)
        stored = store_import(portfolio, result, data, path.name) if _confirmed(ctx) else None
    if ctx.args.json:
        ctx.print_json(_as_json(ctx, result, stored))
    elif stored is None:
        ctx.print(_nothing_stored(ctx))
    else:
        ctx.print(_stored_line(ctx, stored))
    return 0


def _import_presentation(
    ctx: Context, portfolio: Portfolio, result: PresentationImport, filename: str
) -> int:
    """Each credential of a presentation on its own: shown with its own checks, stored
    (when the user agrees) when it was not refused and is not in the portfolio yet."""
    total = len(result.credentials)
    doubles = {
        i: already_imported(portfolio, item.result.leerbewijs)
        for i, item in enumerate(result.credentials)
        if item.result is not None
    }
    if not ctx.args.json:
        ctx.print(f"{ctx.t('Gelezen', 'Read')}: {result.format_name.text(ctx.lang)}")
        ctx.print(_check_line(ctx, result.presentation))
        for i, item in enumerate(result.credentials):
            ctx.print()
            ctx.print(ctx.t(f"Leerbewijs {i + 1} van {total}:", f"Credential {i + 1} of {total}:"))
            if item.refusal is not None:
                ctx.print(
                    f"  [x]  {ctx.t('Geweigerd', 'Refused')}: {item.refusal.message(ctx.lang)}"
                )
            elif doubles.get(i) is not None:
                title = doubles[i].title  # type: ignore[union-attr]
                ctx.print("  " + AlreadyImported(title=title).message(ctx.lang))
            elif item.result is not None:
                _show(ctx, item.result)
    storable = [
        (i, item.result, item.data)
        for i, item in enumerate(result.credentials)
        if item.result is not None and doubles.get(i) is None
    ]
    stored: dict[int, Stored] = {}
    if storable and _confirmed(ctx):
        for i, found, data in storable:
            stored[i] = store_import(portfolio, found, data, filename)
    if ctx.args.json:
        ctx.print_json(_presentation_json(ctx, result, stored, doubles))
    elif not stored:
        ctx.print(_nothing_stored(ctx))
    else:
        for done in stored.values():
            ctx.print(_stored_line(ctx, done))
    return 0


def _presentation_json(
    ctx: Context,
    result: PresentationImport,
    stored: dict[int, Stored],
    doubles: dict[int, Any],
) -> dict[str, Any]:
    credentials: list[dict[str, Any]] = []
    for i, item in enumerate(result.credentials):
        if item.refusal is not None:
            credentials.append(
                {"stored": False, "refused": True, "error": _error(ctx, item.refusal)}
            )
        elif doubles.get(i) is not None:
            error = AlreadyImported(title=doubles[i].title)
            credentials.append({"stored": False, "refused": True, "error": _error(ctx, error)})
        elif item.result is not None:
            credentials.append({"refused": False, **_as_json(ctx, item.result, stored.get(i))})
    return {
        "stored": bool(stored),
        "format": result.format_name.text(ctx.lang),
        "presentation": {
            "holder": result.holder,
            "check": result.presentation.model_dump(mode="json"),
        },
        "credentials": credentials,
    }


def _error(ctx: Context, exc: PortfolioError) -> dict[str, Any]:
    return {
        "kind": type(exc).__name__,
        "exit_code": exc.exit_code,
        "message": exc.message(ctx.lang),
    }


def _nothing_stored(ctx: Context) -> str:
    return ctx.t(
        "Er is niets bewaard. Voer de opdracht opnieuw uit met --yes om dit leerbewijs te bewaren.",
        "Nothing was stored. Run the command again with --yes to store this credential.",
    )


def _check_line(ctx: Context, check: VerificationCheck) -> str:
    name = ctx.t(*CHECK_LABELS.get(check.code, (check.code, check.code)))
    status = ctx.t(*STATUS_LABELS[check.status])
    return f"  {_MARKS[check.status]} {name}: {status}. {check.detail}"


def _read(path: Path) -> bytes:
    """Refuse an oversized file by its size, before reading it."""
    try:
        check_size(path.stat().st_size, path.name)
        with open(path, "rb") as handle:
            return handle.read(MAX_CREDENTIAL_BYTES + 1)
    except (FileNotFoundError, IsADirectoryError):
        raise NotFound(
            what=f"Het bestand {path.name}", en=f"The file {path.name} was not found."
        ) from None
    except OSError as exc:
        raise storage_error(exc) from None


def _matcher(ctx: Context, stack: ExitStack) -> Match | None:
    """Competences are matched against the competence language when it can be opened; when
    not, ESCO links still work and the rest is reported as not linked."""
    try:
        language = stack.enter_context(ctx.language())
    except PortfolioError:
        return None
    return language_matcher(language)


def _confirmed(ctx: Context) -> bool:
    if ctx.args.yes:
        return True
    if ctx.args.json or not ctx.stdin_is_tty:
        return False
    try:
        answer = input(ctx.t("Bewaren in je portfolio? [j/N] ", "Store in your portfolio? [y/N] "))
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def _show(ctx: Context, result: CredentialImport) -> None:
    lb = result.leerbewijs
    ctx.print(f"{ctx.t('Gelezen', 'Read')}: {result.format_name.text(ctx.lang)}")
    rows = [
        (ctx.t("Titel", "Title"), lb.title),
        (ctx.t("Soort", "Kind"), label(lb.kind, ctx.lang)),
        (ctx.t("Uitgever", "Issuer"), lb.issuer or "–"),
        (ctx.t("Uitgereikt", "Issued"), lb.issued.isoformat() if lb.issued else "–"),
        (
            ctx.t("Vervalt", "Expires"),
            lb.expires.isoformat() if lb.expires else ctx.t("geen vervaldatum", "no expiry"),
        ),
        (ctx.t("Niveau", "Level"), f"VKS/EQF {lb.vks_level}" if lb.vks_level else "–"),
    ]
    if lb.credential_number:
        rows.append((ctx.t("Kenmerk", "Identifier"), lb.credential_number))
    for name, value in rows:
        ctx.print(f"  {name + ':':<12} {value}")
    if lb.competences:
        ctx.print(ctx.t("  Competenties:", "  Competences:"))
        for ref in lb.competences:
            ctx.print(f"    - {ref.label}  <{ref.uri}>")
    when = result.verification.checked_at.strftime("%Y-%m-%d %H:%M")
    ctx.print(ctx.t(f"Controle ({when}):", f"Verification ({when}):"))
    for check in result.verification.checks:
        ctx.print(_check_line(ctx, check))
    ctx.print(f"  {result.summary(ctx.lang)}")
    if result.warnings:
        ctx.print(ctx.t("Let op:", "Note:"))
        for warning in result.warnings:
            ctx.print(f"  - {warning.text(ctx.lang)}")


def _stored_line(ctx: Context, stored: Stored) -> str:
    added, linked = len(stored.claims_added), len(stored.claims_linked)
    return ctx.t(
        f"Bewaard: {stored.leerbewijs.title} ({stored.leerbewijs.id[:8]}). "
        f"{counted(added, 'nieuwe competentie', 'nieuwe competenties')}, "
        f"{linked} bestaande gekoppeld.",
        f"Stored: {stored.leerbewijs.title} ({stored.leerbewijs.id[:8]}). "
        f"{counted(added, 'new competence', 'new competences')}, {linked} existing linked.",
    )


def _as_json(ctx: Context, result: CredentialImport, stored: Stored | None) -> dict[str, Any]:
    lb = stored.leerbewijs if stored else result.leerbewijs
    return {
        "stored": stored is not None,
        "format": result.format_name.text(ctx.lang),
        "summary": result.summary(ctx.lang),
        "leerbewijs": lb.model_dump(mode="json", exclude={"origin": {"payload"}}),
        "verification": result.verification.model_dump(mode="json"),
        "proposed_competences": [c.model_dump(mode="json") for c in result.proposed_competences],
        "warnings": [w.text(ctx.lang) for w in result.warnings],
        "claims_added": [c.id for c in stored.claims_added] if stored else [],
        "claims_linked": [c.id for c in stored.claims_linked] if stored else [],
    }
