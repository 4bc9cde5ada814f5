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

from portfolio_app.errors import NoPassphrase
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
    def portfolio(self) -> Iterator[Portfolio]:
        """The unlocked vault for the length of one command."""
        from portfolio_app.vault import Portfolio, recall_passphrase

        path = self.vault_path
        Portfolio.require_exists(path)
        secret = self.env.passphrase or recall_passphrase(path)
        if not secret:
            secret = self.passphrase()
        with Portfolio.open(path, secret, backups=self.backup_policy()) as portfolio:
            yield portfolio

    def backup_policy(self) -> BackupPolicy:
        from portfolio_app import settings
        from portfolio_app.vault.backups import BackupPolicy

        return BackupPolicy(self.paths.backups_dir, settings.load(self.paths).backups_keep)

    def language(self) -> CompetenceLanguage:
        from portfolio_app.language import CompetenceLanguage

        return CompetenceLanguage.open_default(self.paths)
