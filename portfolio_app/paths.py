"""Where the app keeps its files.

Everything lives under one data directory so that a user (or a test) can point the whole app
elsewhere with ``PORTFOLIO_HOME``. Only the vault holds personal data; the competence
language is public, and settings and logs hold none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "portfolio-app"
HOME_ENV = "PORTFOLIO_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(HOME_ENV)
        if override:
            return cls(Path(override).expanduser())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def vault(self) -> Path:
        return self.data_dir / "portfolio.vault"

    @property
    def language_dir(self) -> Path:
        return self.data_dir / "language"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.json"

    def ensure(self) -> None:
        """Create the data directory, private to the user (0700 on POSIX)."""
        from portfolio_app.atomic import private_dir

        private_dir(self.data_dir)
