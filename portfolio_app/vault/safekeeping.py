"""Backups of an open vault, made only of a vault that is whole.

Before any backup (daily, before a migration, manual) the write-ahead log is folded into the
file and the file's every page is checked (``integrity.require_sound``): SQLCipher's HMAC
check and SQLite's quick check. A vault that fails is never backed up, so a copy of a
damaged file can neither pass for a good backup nor push a good one out of the rotation.

``Safekeeping`` does the daily backup when a vault is opened and decides what a failure
means for the session: a damaged vault can still be read and exported (to save what can be
saved) but not written; when the backup fails for want of room or a read-only folder, the
vault can be read and exported, and the next write first tries the backup again.
"""

from __future__ import annotations

from pathlib import Path

from portfolio_app.errors import (
    BackupFailed,
    PortfolioError,
    StorageError,
    StorageFull,
    StorageReadOnly,
    VaultDamaged,
)
from portfolio_app.vault.backup_format import BackupHeader
from portfolio_app.vault.backups import write_backup
from portfolio_app.vault.connection import Connection, DatabaseError, storage_error
from portfolio_app.vault.integrity import require_sound
from portfolio_app.vault.rotation import (
    BackupPolicy,
    free_name,
    made_today,
    prune,
    remove_leftovers,
    vault_key,
)
from portfolio_app.vault.store import Vault


def checkpoint(conn: Connection) -> None:
    """Fold the write-ahead log into the file, so that the file alone is the whole vault."""
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except DatabaseError as exc:
        raise storage_error(exc) from None
    if row is not None and row[0]:  # another connection kept part of the log
        raise StorageError()


def checked_backup(conn: Connection, source: Path, dest: Path, reason: str) -> BackupHeader:
    """Checkpoint, check every page, then copy: ``VaultDamaged`` when a check fails."""
    checkpoint(conn)
    require_sound(conn)
    return write_backup(source, dest, reason, vault=vault_key(source), checked=True)


def automatic_backup(
    conn: Connection, source: Path, policy: BackupPolicy, reason: str
) -> BackupHeader:
    """A checked backup in the policy's folder; only after it succeeded is the rotation
    pruned, so a failure never costs an older backup."""
    header = checked_backup(conn, source, free_name(policy.directory, source, reason), reason)
    prune(policy.directory, policy.keep, vault=vault_key(source))
    return header


def before_migration(conn: Connection, source: Path, policy: BackupPolicy) -> None:
    """The backup a migration needs; without it the vault is not changed (nor opened)."""
    try:
        automatic_backup(conn, source, policy, "migratie")
    except (StorageFull, StorageReadOnly) as exc:
        raise type(exc)(
            "Je portfolio moet bijgewerkt worden voor deze versie van de app; daarvoor wordt "
            "eerst een reservekopie gemaakt. Dat lukte niet: "
            + ("de schijf is vol" if isinstance(exc, StorageFull) else "de map is alleen-lezen")
            + ". Er is niets veranderd. Maak ruimte vrij en probeer opnieuw.",
            "Your portfolio needs an update for this version of the app, and a backup is made "
            "first. That failed: "
            + ("the disk is full" if isinstance(exc, StorageFull) else "the folder is read-only")
            + ". Nothing was changed. Free some space and try again.",
        ) from None


class Safekeeping:
    """The daily backup of one open vault, and what its outcome allows."""

    def __init__(self, vault: Vault, path: Path, policy: BackupPolicy) -> None:
        self._vault = vault
        self._path = path
        self._policy = policy
        self.damage: VaultDamaged | None = None
        self.backup_failure: BackupFailed | None = None

    @property
    def notices(self) -> list[PortfolioError]:
        """What the user must be told at once."""
        return [n for n in (self.damage, self.backup_failure) if n is not None]

    def daily(self) -> None:
        """Make today's backup if this vault has none yet. Never raises for a damaged vault
        or a failed backup: those are recorded, and writing is refused until resolved."""
        remove_leftovers(self._policy.directory)
        if made_today(self._policy.directory, vault_key(self._path)):
            return
        try:
            self._backup()
        except VaultDamaged as exc:
            self.damage = exc
            self._vault.write_guard = self._refuse_damaged
        except PortfolioError as exc:
            self.backup_failure = BackupFailed(exc)
            self._vault.write_guard = self._retry

    def _backup(self) -> None:
        with self._vault.lock:
            automatic_backup(self._vault.conn, self._path, self._policy, "dagelijks")

    def _refuse_damaged(self) -> None:
        assert self.damage is not None
        raise VaultDamaged(*self.damage.what)

    def _retry(self) -> None:
        """Before a write: try today's backup again (room may have been made since)."""
        try:
            self._backup()
        except VaultDamaged as exc:
            self.backup_failure = None
            self.damage = exc
            self._vault.write_guard = self._refuse_damaged
            raise
        self.backup_failure = None
        self._vault.write_guard = None


__all__ = ["Safekeeping", "automatic_backup", "before_migration", "checked_backup", "checkpoint"]
