"""Encrypted backups: manual ones, and rolling automatic ones before every migration and once
a day.

A backup file is a small header followed by the vault's own bytes, which are already
encrypted with the vault's key; nothing in it is plaintext apart from the header (format,
creation time, size and SHA-256 of the payload, which vault it belongs to as a hash of the
vault's real path, and whether the vault passed its checks before it was copied — no
personal data). The checksum is verified after writing and again before a restore. A
restore first shows what the backup holds (date, counts; reading them needs the passphrase
that was valid when the backup was made), keeps the current vault as a backup, and then swaps
the file in atomically.

Which backups are kept, and when one is made, is in ``rotation``; the checks that a vault
passes before it is backed up are in ``safekeeping``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from portfolio_app.atomic import (
    atomic_file,
    fsync_file,
    private_dir,
    private_temp,
    remove_quietly,
    rename_into_place,
)
from portfolio_app.errors import InvalidInput, VaultDamaged, WrongPassphrase
from portfolio_app.vault.backup_format import (
    FORMAT,
    MAGIC,
    BackupDamaged,
    BackupHeader,
    read_header,
    verify,
)
from portfolio_app.vault.connection import DatabaseError, connect, storage_error
from portfolio_app.vault.files import real_path
from portfolio_app.vault.integrity import page_problems
from portfolio_app.vault.rotation import (
    BackupPolicy,
    backup_name,
    free_name,
    list_backups,
    made_today,
    prune,
    remove_leftovers,
    vault_key,
)

CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    header: BackupHeader
    counts: dict[str, int]
    schema_version: int
    vault_created: str | None


def write_backup(
    source: Path,
    dest: Path,
    reason: str = "manueel",
    *,
    vault: str | None = None,
    checked: bool = False,
) -> BackupHeader:
    """Write ``source`` (a closed or checkpointed vault file) as a backup at ``dest``,
    atomically, and verify it by reading it back before it takes its name. An existing
    ``dest`` is never overwritten."""
    try:
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
        created = datetime.now().replace(microsecond=0)
        header_bytes = json.dumps(
            {
                "format": FORMAT,
                "created": created.isoformat(),
                "size": size,
                "sha256": digest.hexdigest(),
                "reason": reason,
                "vault": vault,
                "checked": checked,
            }
        ).encode()
        offset = len(MAGIC) + 4 + len(header_bytes)
        header = BackupHeader(created, size, digest.hexdigest(), reason, vault, checked, offset)
        private_dir(dest.parent)
        with (
            open(source, "rb") as handle,
            atomic_file(dest, replace=False, check=_same_as(header)) as out,
        ):
            out.write(MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes)
            shutil.copyfileobj(handle, out, CHUNK)
    except FileExistsError:
        raise InvalidInput(
            f"{dest} bestaat al; kies een nieuwe naam. Er is niets overschreven.",
            f"{dest} already exists; choose a new name. Nothing was overwritten.",
        ) from None
    except OSError as exc:
        raise storage_error(exc) from None
    return header


def _same_as(header: BackupHeader) -> Callable[[Path], None]:
    def check(written: Path) -> None:
        if verify(written) != header:
            raise BackupDamaged(name=written.name)

    return check


@contextlib.contextmanager
def extracted(backup: Path, directory: Path) -> Iterator[tuple[BackupHeader, Path]]:
    """The backup's vault bytes as a private file in ``directory`` (still encrypted),
    removed afterwards unless the caller moved it."""
    header = verify(backup)
    try:
        temp = private_temp(directory, ".restore-", ".vault")
    except OSError as exc:
        raise storage_error(exc) from None
    try:
        with open(backup, "rb") as handle, open(temp, "wb") as out:
            handle.seek(header.offset)
            shutil.copyfileobj(handle, out, CHUNK)
        fsync_file(temp)  # a restore renames it onto the vault (``rename_into_place``)
        yield header, temp
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        remove_quietly(temp)


_COUNTED = ("claims", "leerbewijzen", "experiences", "attachments", "plan_items", "checks")


def _inspect(backup: Path, header: BackupHeader, vault_file: Path, passphrase: str) -> BackupInfo:
    """Read counts straight from the file, without migrating it: a backup is looked at
    as it was made (it may be of an older, or even a newer, schema). A backup that fails
    the page checks is damaged, whatever its checksum says."""
    try:
        conn = connect(vault_file, passphrase)
    except WrongPassphrase:
        raise
    except VaultDamaged:
        raise BackupDamaged(name=backup.name) from None
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        if problems or page_problems(conn):
            raise BackupDamaged(name=backup.name)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        counts = {
            ("plan" if name == "plan_items" else name): (
                int(conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
                if name in tables
                else 0
            )
            for name in _COUNTED
        }
        created = None
        if "meta" in tables:
            row = conn.execute("SELECT value FROM meta WHERE id = 'created_at'").fetchone()
            created = row[0] if row else None
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except DatabaseError as exc:
        error = storage_error(exc)
        if isinstance(error, VaultDamaged):
            raise BackupDamaged(name=backup.name) from None
        raise error from None
    finally:
        conn.close()
    return BackupInfo(backup, header, counts, version, created)


def describe(backup: Path, passphrase: str, directory: Path) -> BackupInfo:
    """What a backup holds: needs the passphrase that was valid when it was made."""
    with extracted(backup, directory) as (header, temp):
        return _inspect(backup, header, temp, passphrase)


def restore(backup: Path, passphrase: str, vault: Path, backups_dir: Path) -> BackupInfo:
    """Replace the (closed) vault with the backup. The current vault is first kept as a
    backup of its own; the swap is one rename onto the real file (a symlink to the vault
    stays a symlink). The restored file is migrated, with a backup of its own, the next
    time it is opened."""
    from portfolio_app.vault.lock import VaultLock

    vault = real_path(vault)
    lock = VaultLock(vault)
    lock.acquire()
    try:
        _require_settled(vault)
        with extracted(backup, vault.parent) as (header, temp):
            info = _inspect(backup, header, temp, passphrase)
            if vault.exists():
                # Kept as it is, even when damaged: it may hold the latest work. It is marked
                # unchecked, so rotation never counts it as a good backup.
                write_backup(
                    vault,
                    free_name(backups_dir, vault, "voor-herstel"),
                    "voor-herstel",
                    vault=vault_key(vault),
                )
            try:
                rename_into_place(temp, vault)
            except OSError as exc:
                raise storage_error(exc) from None
    finally:
        lock.release()
    return info


def _require_settled(vault: Path) -> None:
    """A vault whose last session crashed may still have changes in its write-ahead log;
    those belong to it and must be folded in (by opening it once) before it is replaced."""
    wal = Path(f"{vault}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise InvalidInput(
            "Je portfolio werd de vorige keer niet netjes gesloten. Open het eerst één keer "
            "gewoon en sluit het weer; zet daarna de reservekopie terug.",
            "Your portfolio was not closed properly last time. Open it once as usual and "
            "close it again; then restore the backup.",
        )
    for leftover in (wal, Path(f"{vault}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink()


__all__ = [
    "BackupDamaged",
    "BackupHeader",
    "BackupInfo",
    "BackupPolicy",
    "backup_name",
    "describe",
    "free_name",
    "list_backups",
    "read_header",
    "made_today",
    "prune",
    "remove_leftovers",
    "restore",
    "vault_key",
    "verify",
    "write_backup",
]
