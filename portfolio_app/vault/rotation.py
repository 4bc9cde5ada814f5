"""Which automatic backups exist, when the next one is due, and which are kept.

Backups of every vault share one folder. Each backup's header names its vault by a hash of
the vault's real path (symlinks followed), so a second vault in the same data folder gets
its own daily backup and its own rotation, and pruning one vault's backups never touches
another's. Rotation keeps the newest ``keep`` *verified* automatic backups of a vault: made
from a vault that passed its page checks, and whole on disk. A backup that is not verified
(damaged, cut short, made by an older version without the checks) never counts towards
``keep``, so it can never push a good one out. Manual backups and the copies kept before a
restore are the user's to delete.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from portfolio_app.errors import PortfolioError
from portfolio_app.vault.backup_format import SUFFIX, BackupHeader, read_header

AUTOMATIC = ("dagelijks", "migratie")
_STAMP = re.compile(r"-(\d{8}-\d{6})-[a-z-]+(?:-\d+)?\.pfbackup$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go and how many are kept (per vault)."""

    directory: Path
    keep: int = 7


def vault_key(vault: Path) -> str:
    """Which vault a backup belongs to: a hash of its real path (no path in the header)."""
    real = Path(vault).expanduser().resolve()
    return hashlib.sha256(str(real).encode("utf-8")).hexdigest()[:16]


def backup_name(reason: str, when: datetime | None = None, stem: str = "portfolio") -> str:
    moment = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    safe = _UNSAFE.sub("-", stem).strip("-")[:40] or "portfolio"
    return f"{safe}-{moment}-{reason}{SUFFIX}"


def free_name(directory: Path, vault: Path, reason: str, when: datetime | None = None) -> Path:
    """A name in ``directory`` for a new backup of ``vault`` that no file has yet."""
    first = directory / backup_name(reason, when, Path(vault).stem)
    candidate, number = first, 1
    while candidate.exists():
        number += 1
        candidate = first.with_name(f"{first.stem}-{number}{SUFFIX}")
    return candidate


def _moment(path: Path) -> str:
    found = _STAMP.search(path.name)
    if found:
        return found.group(1)
    with contextlib.suppress(OSError):
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y%m%d-%H%M%S")
    return ""


def list_backups(directory: Path) -> list[Path]:
    """Every backup in the folder, of any vault, newest first."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.glob(f"*{SUFFIX}") if not p.name.startswith(".")]
    return sorted(found, key=lambda p: (_moment(p), p.name), reverse=True)


def header_of(path: Path) -> BackupHeader | None:
    """The header, or None for a file that is not a readable backup."""
    try:
        with open(path, "rb") as handle:
            return read_header(path, handle)
    except (OSError, PortfolioError):
        return None


def is_whole(path: Path, header: BackupHeader) -> bool:
    """Cheap: the file holds exactly the payload its header announces. The checksum itself
    was verified when the backup was written and is verified again before a restore."""
    try:
        return path.stat().st_size == header.offset + header.size
    except OSError:
        return False


def backups_of(directory: Path, vault: str) -> list[tuple[Path, BackupHeader]]:
    """This vault's backups with their headers, newest first."""
    found = []
    for path in list_backups(directory):
        header = header_of(path)
        if header is not None and header.vault == vault:
            found.append((path, header))
    found.sort(key=lambda item: (item[1].created, item[0].name), reverse=True)
    return found


def verified(path: Path, header: BackupHeader) -> bool:
    return header.checked and is_whole(path, header)


def prune(directory: Path, keep: int, *, vault: str) -> list[Path]:
    """Keep this vault's newest ``keep`` verified automatic backups; remove its automatic
    backups older than the last one kept. Unverified ones never count towards ``keep``."""
    removed: list[Path] = []
    good = 0
    for path, header in backups_of(directory, vault):
        if header.reason not in AUTOMATIC:
            continue
        if good >= keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
        elif verified(path, header):
            good += 1
    return removed


def made_today(directory: Path, vault: str, today: date | None = None) -> bool:
    """Whether this vault already has a verified backup made today."""
    day = today or date.today()
    return any(
        header.created.date() == day and verified(path, header)
        for path, header in backups_of(directory, vault)
    )


def remove_leftovers(directory: Path) -> None:
    """A backup interrupted by a crash leaves its temporary file (encrypted, but a waste of
    space); the next open clears them."""
    if directory.is_dir():
        for leftover in directory.glob(".*.part"):
            with contextlib.suppress(OSError):
                leftover.unlink()


__all__ = [
    "AUTOMATIC",
    "BackupPolicy",
    "backup_name",
    "backups_of",
    "free_name",
    "header_of",
    "list_backups",
    "made_today",
    "prune",
    "remove_leftovers",
    "vault_key",
    "verified",
]
