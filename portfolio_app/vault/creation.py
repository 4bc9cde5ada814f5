"""Creating a vault file, putting an old one aside, and tidying what a crash left.

A new vault is built under a temporary name beside its target and renamed into place only
when it is whole (see ``atomic``); ``init --force`` first moves an existing file aside under
a name of its own instead of overwriting it, so nothing is ever lost to a new portfolio.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import uuid
from datetime import datetime
from pathlib import Path

from portfolio_app.atomic import remove_quietly, rename_into_place
from portfolio_app.errors import StorageError, StorageFull
from portfolio_app.vault import migrations
from portfolio_app.vault.connection import connect
from portfolio_app.vault.integrity import PAGE_SIZE
from portfolio_app.vault.store import Vault


def build_new(temp: Path, passphrase: str) -> None:
    """A new vault in ``temp``: schema, creation time and id, then closed and checked."""
    vault = Vault(connect(temp, passphrase, create=True))
    try:
        migrations.migrate(vault.conn)
        with vault.transaction():
            now = datetime.now().isoformat(timespec="seconds")
            vault.put("meta", "created_at", {"value": now})
            vault.put("meta", "vault_id", {"value": uuid.uuid4().hex})
    finally:
        vault.close()
    require_whole(temp)


def require_whole(temp: Path) -> None:
    """The closed file holds every page: its log was folded in (a failed final checkpoint,
    say on a full disk, would leave pages only in the log, which a rename leaves behind)."""
    wal = Path(f"{temp}-wal")
    size = temp.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE or (wal.exists() and wal.stat().st_size > 0):
        raise StorageFull() if _nearly_full(temp.parent) else StorageError()


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < 1_000_000
    except OSError:
        return False


def move_aside(path: Path) -> Path:
    """Rename an existing file (and the write-ahead log that belongs to it) to a free name
    beside it, for ``create`` with ``replace_existing``; the caller holds the lock."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.stem}-oud-{stamp}{path.suffix}")
    number = 1
    while os.path.lexists(aside) or os.path.lexists(f"{aside}-wal"):
        number += 1
        aside = path.with_name(f"{path.stem}-oud-{stamp}-{number}{path.suffix}")
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        rename_into_place(wal, Path(f"{aside}-wal"), replace=False)
    rename_into_place(path, aside, replace=False)
    for leftover in (wal, Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()
    return aside


def make_private(path: Path) -> None:
    """A vault made by an earlier version may be readable by other users (0644)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)


def remove_leftovers(path: Path) -> None:
    """Drop what a crash during a creation or a passphrase change left beside the vault: a
    full-size encrypted copy under a temporary name, which nothing would ever remove. Only
    the holder of the vault's lock writes such a copy, and the caller holds it now."""
    for pattern in (".{}.new-*", ".{}.rekey-*"):
        for stale in path.parent.glob(pattern.format(glob.escape(path.name))):
            if not stale.name.endswith(("-wal", "-shm", "-journal")):
                remove_quietly(stale)


__all__ = ["build_new", "make_private", "move_aside", "remove_leftovers", "require_whole"]
