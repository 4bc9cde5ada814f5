"""What every CLI command gets: its parsed arguments, the app's paths, and helpers to open the
vault and the competence language, print, and emit ``--json``.

Commands stay thin: parse, open through here, call the core, print.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from portfolio_app.errors import NoPassphrase, PortfolioError
from portfolio_app.paths import AppPaths
from portfolio_app.process import EnvPassphrases

if TYPE_CHECKING:
    from portfolio_app.language import CompetenceLanguage
    from portfolio_app.vault import Portfolio
    from portfolio_app.vault.backups import BackupPolicy


@dataclass
class Context:
    args: argparse.Namespace
    paths: AppPaths
    lang: str = "nl"
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    stdin_is_tty: bool = field(default_factory=lambda: sys.stdin.isatty())
    # A storage problem met while the command still did its work (a damaged vault that was
    # read for an export): the command's output stands, but its exit status is this one's.
    storage_problem: PortfolioError | None = None
    env: EnvPassphrases = field(default_factory=EnvPassphrases)
    """``PORTFOLIO_PASSPHRASE`` and ``PORTFOLIO_NEW_PASSPHRASE``, taken out of the environment
    by ``cli.main`` before the command runs (see ``portfolio_app.process``)."""

    @property
    def vault_path(self) -> Path:
        given = getattr(self.args, "vault", None)
        return Path(given).expanduser() if given else self.paths.vault

    def t(self, nl: str, en: str) -> str:
        """Pick the text for the chosen language."""
        return en if self.lang == "en" else nl

    def print(self, text: str = "") -> None:
        print(text, file=self.out)

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def ask(self, prompt: str, stream: TextIO | None = None) -> str | None:
        """One line typed at the terminal, after ``prompt`` on ``stream`` (stdout unless the
        command's output must stay clean, as with ``--json``); None at the end of input."""
        out = stream or self.out
        out.write(prompt)
        out.flush()
        line = sys.stdin.readline()
        return None if line == "" else line.rstrip("\n")

    def passphrase(self, prompt_nl: str = "Wachtzin: ", prompt_en: str = "Passphrase: ") -> str:
        """From the environment (scripts) or a hidden prompt; never from an argument, where
        it would end up in the shell history and the process list."""
        if self.env.passphrase:
            return self.env.passphrase
        if not self.stdin_is_tty:
            raise NoPassphrase()
        try:
            value = getpass.getpass(self.t(prompt_nl, prompt_en))
        except EOFError:
            raise NoPassphrase() from None
        if not value:
            raise NoPassphrase()
        return value

    def new_passphrase(self) -> str:
        """A new passphrase: from the environment, or typed twice."""
        from portfolio_app.errors import PassphraseMismatch

        if self.env.passphrase:
            return self.env.passphrase
        first = self.passphrase("Nieuwe wachtzin: ", "New passphrase: ")
        second = self.passphrase("Herhaal de wachtzin: ", "Repeat the passphrase: ")
        if first != second:
            raise PassphraseMismatch()
        return first

    @contextmanager
    def portfolio(self, *, tell: bool = True) -> Iterator[Portfolio]:
        """The unlocked vault for the length of one command. What the user must know at
        once (a damaged vault, a failed daily backup, a sync tool's conflict copies) is
        said on stderr before the command's own output, unless the command says it itself
        (``tell=False``)."""
        from portfolio_app.vault import Portfolio, recall_passphrase

        path = self.vault_path
        Portfolio.require_exists(path)
        secret = self.env.passphrase or recall_passphrase(path)
        if not secret:
            secret = self.passphrase()
        with Portfolio.open(path, secret, backups=self.backup_policy()) as portfolio:
            if portfolio.damage is not None:
                self.storage_problem = portfolio.damage
            if tell:
                self.tell(portfolio)
            yield portfolio

    def tell(self, portfolio: Portfolio) -> None:
        for notice in portfolio.notices:
            print(f"portfolio: {notice.message(self.lang)}", file=self.err)
        for copy in portfolio.conflict_copies:
            print(f"portfolio: {conflict_note(copy, self.lang)}", file=self.err)

    def backup_policy(self) -> BackupPolicy:
        from portfolio_app import settings
        from portfolio_app.vault.backups import BackupPolicy

        return BackupPolicy(self.paths.backups_dir, settings.load(self.paths).backups_keep)

    def language(self) -> CompetenceLanguage:
        from portfolio_app.language import CompetenceLanguage

        return CompetenceLanguage.open_default(self.paths)


def conflict_note(copy: Path, lang: str) -> str:
    if lang == "en":
        return (
            f"Note: a sync tool's conflict copy was found: {copy}. "
            "Nothing is merged; open it separately to compare."
        )
    return (
        f"Let op: conflictkopie van een synchronisatieprogramma gevonden: {copy}. "
        "Er wordt niets samengevoegd; open ze apart om te vergelijken."
    )
