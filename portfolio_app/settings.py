"""The app's settings: declared once with their defaults, migrated by version, written
atomically. Settings never hold personal data (the vault does); at most the path of the
portfolio file the user chose.

Each migration is a small function from the previous version's dict to the next, tested
without Qt (the Picard way), so that a settings file of any earlier version still loads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from portfolio_app.atomic import write_text
from portfolio_app.paths import AppPaths

VERSION = 1


@dataclass
class Settings:
    language: str = "nl"
    autolock_minutes: int = 10
    vault_path: str = ""
    backups_keep: int = 7
    # where each window was last, by name: [x, y, width, height, maximized (0 or 1)]
    windows: dict[str, list[int]] = field(default_factory=dict)
    version: int = VERSION

    def clamp(self) -> Settings:
        """Repair values a hand-edited file may hold, instead of refusing to start."""
        if self.language not in ("nl", "en"):
            self.language = "nl"
        self.autolock_minutes = min(max(int(self.autolock_minutes), 0), 240)
        self.backups_keep = min(max(int(self.backups_keep), 1), 100)
        self.windows = _valid_windows(self.windows)
        return self


def _valid_windows(windows: object) -> dict[str, list[int]]:
    """Only entries of five whole numbers with a size that could be a window."""
    if not isinstance(windows, dict):
        return {}
    valid = {}
    for name, place in windows.items():
        if (
            isinstance(name, str)
            and isinstance(place, list)
            and len(place) == 5
            and all(isinstance(n, int) and not isinstance(n, bool) for n in place)
            and 0 < place[2] <= 100_000
            and 0 < place[3] <= 100_000
        ):
            valid[name] = [*place[:4], 1 if place[4] else 0]
    return valid


# version -> function that upgrades a dict of that version to the next one
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = int(data.get("version", 1))
    while version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["version"] = version
    return data


def load(paths: AppPaths) -> Settings:
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    data = migrate(raw)
    known = {f.name for f in fields(Settings)}
    try:
        return Settings(**{k: v for k, v in data.items() if k in known}).clamp()
    except (TypeError, ValueError):
        return Settings()


def save(paths: AppPaths, settings: Settings) -> None:
    """Atomic: a crash while saving leaves the previous settings file whole. A full disk or
    a read-only folder ends in the user's words (``StorageFull``/``StorageReadOnly``), with
    the previous file untouched and no partial file left behind."""
    try:
        paths.ensure()
        write_text(paths.settings_file, json.dumps(asdict(settings), indent=2))
    except OSError as exc:
        # imported here: the vault's modules are not needed to start the app
        from portfolio_app.vault.connection import storage_error

        raise storage_error(exc) from None
