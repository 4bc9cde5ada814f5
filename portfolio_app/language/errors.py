"""Errors of the competence language that the shared hierarchy does not have yet."""

from __future__ import annotations

from portfolio_app.errors import ExitCode, PortfolioError


class LanguageUnusable(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "De competentietaal in {path} kan niet gelezen worden. "
        "Start de app opnieuw; ze bouwt de startertaal dan opnieuw op."
    )
    en = (
        "The competence language in {path} cannot be read. "
        "Restart the app; it then rebuilds the starter language."
    )


class ImportCancelled(PortfolioError):
    nl = "Het importeren is gestopt. Je competentietaal is niet veranderd."
    en = "The import was stopped. Your competence language has not changed."


class ImportFailed(PortfolioError):
    """The import cannot go on (a missing file, a file without its columns)."""

    exit_code = ExitCode.INVALID
