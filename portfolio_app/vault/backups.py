"""Encrypted backups: manual ones, and rolling automatic ones before every migration and once
a day.

A backup file is a small header followed by the vault's own bytes, which are already
encrypted with the vault's key; nothing in it is plaintext apart from the header (format,
creation time, size and SHA-256 of the payload — no personal data). The checksum is verified
after writing and again before a restore. A restore first shows what the backup holds (date,
counts; reading them needs the passphrase that was valid when the backup was made), keeps
the current vault as a backup, and then swaps the file in atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from portfolio_app.errors import InvalidInput, PortfolioError
from portfolio_app.vault.connection import DatabaseError, connect, storage_error
from portfolio_app.vault.files import fsync_dir

MAGIC = b"PORTFOLIO-BACKUP\n"
SUFFIX = ".pfbackup"
CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupPolicy:
    """Where automatic backups go and how many are kept."""

    directory: Path
    keep: int = 7


@dataclass(frozen=True)
class BackupHeader:
    created: datetime
    size: int
    sha256: str
    reason: str


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    header: BackupHeader
    counts: dict[str, int]
    schema_version: int
    vault_created: str | None


class BackupDamaged(PortfolioError):
    nl = "De reservekopie {name} is beschadigd (de controlesom klopt niet). Er is niets veranderd."
    en = "The backup {name} is damaged (checksum mismatch). Nothing was changed."


def write_backup(source: Path, dest: Path, reason: str = "manueel") -> BackupHeader:
    """Write ``source`` (a closed or checkpointed vault file) as a backup at ``dest``,
    atomically, and verify it by reading it back."""
    temp = dest.with_name(f".{dest.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        digest = hashlib.sha256()
        size = 0
        with open(source, "rb") as handle:
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
        header = BackupHeader(
            datetime.now().replace(microsecond=0), size, digest.hexdigest(), reason
        )
        header_bytes = json.dumps(
            {
                "format": 1,
                "created": header.created.isoformat(),
                "size": size,
                "sha256": header.sha256,
                "reason": reason,
            }
        ).encode()
        dest.parent.mkdir(parents=True, exist_ok=True)
        with open(source, "rb") as handle, open(temp, "wb") as out:
            out.write(MAGIC + len(header_bytes).to_bytes(4, "big") + header_bytes)
            shutil.copyfileobj(handle, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        verify(temp)
        os.replace(temp, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        _remove(temp)
        raise storage_error(exc) from None
    except BaseException:
        _remove(temp)
        raise
    return header


def read_header(path: Path, handle: BinaryIO) -> BackupHeader:
    if handle.read(len(MAGIC)) != MAGIC:
        raise InvalidInput(
            f"{path.name} is geen reservekopie van Portfolio.",
            f"{path.name} is not a Portfolio backup.",
        )
    try:
        length = int.from_bytes(handle.read(4), "big")
        data = json.loads(handle.read(min(length, 10_000)))
        return BackupHeader(
            created=datetime.fromisoformat(data["created"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            reason=str(data.get("reason", "")),
        )
    except (ValueError, KeyError, TypeError):
        raise BackupDamaged(name=path.name) from None


def verify(path: Path) -> BackupHeader:
    """Check the payload against the checksum in the header."""
    try:
        with open(path, "rb") as handle:
            header = read_header(path, handle)
            digest = hashlib.sha256()
            size = 0
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
    except FileNotFoundError:
        raise InvalidInput(
            f"De reservekopie {path.name} bestaat niet.", f"The backup {path.name} does not exist."
        ) from None
    except OSError as exc:
        raise storage_error(exc) from None
    if size != header.size or digest.hexdigest() != header.sha256:
        raise BackupDamaged(name=path.name)
    return header


@contextlib.contextmanager
def extracted(backup: Path, directory: Path) -> Iterator[tuple[BackupHeader, Path]]:
    """The backup's vault bytes as a file next to the target (still encrypted), removed
    afterwards unless the caller moved it."""
    header = verify(backup)
    temp = directory / f".restore-{uuid.uuid4().hex[:8]}.vault"
    try:
        with open(backup, "rb") as handle, open(temp, "wb") as out:
            read_header(backup, handle)
            shutil.copyfileobj(handle, out, CHUNK)
            out.flush()
            os.fsync(out.fileno())
        yield header, temp
    except OSError as exc:
        raise storage_error(exc) from None
    finally:
        _remove(temp)


def _remove(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            candidate.unlink()


_COUNTED = ("claims", "leerbewijzen", "experiences", "attachments", "plan_items", "checks")


def _inspect(backup: Path, header: BackupHeader, vault_file: Path, passphrase: str) -> BackupInfo:
    """Read counts straight from the file, without migrating it: a backup is looked at
    as it was made (it may be of an older, or even a newer, schema)."""
    conn = connect(vault_file, passphrase)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        if problems:
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
        raise storage_error(exc) from None
    finally:
        conn.close()
    return BackupInfo(backup, header, counts, version, created)


def describe(backup: Path, passphrase: str, directory: Path) -> BackupInfo:
    """What a backup holds: needs the passphrase that was valid when it was made."""
    with extracted(backup, directory) as (header, temp):
        return _inspect(backup, header, temp, passphrase)


def restore(backup: Path, passphrase: str, vault: Path, backups_dir: Path) -> BackupInfo:
    """Replace the (closed) vault with the backup. The current vault is first kept as a
    backup of its own; the swap is one rename. The restored file is migrated, with a backup
    of its own, the next time it is opened."""
    from portfolio_app.vault.lock import VaultLock

    lock = VaultLock(vault)
    lock.acquire()
    try:
        _require_settled(vault)
        with extracted(backup, vault.parent) as (header, temp):
            info = _inspect(backup, header, temp, passphrase)
            if vault.exists():
                write_backup(vault, backups_dir / backup_name("voor-herstel"), "voor-herstel")
            try:
                os.replace(temp, vault)
                fsync_dir(vault.parent)
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


def backup_name(reason: str, when: datetime | None = None) -> str:
    moment = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"portfolio-{moment}-{reason}{SUFFIX}"


def list_backups(directory: Path) -> list[Path]:
    """Newest first."""
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"portfolio-*{SUFFIX}"), reverse=True)


def prune(directory: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` automatic backups; manual ones are the user's to delete."""
    automatic = [p for p in list_backups(directory) if p.stem.endswith(("-dagelijks", "-migratie"))]
    removed = automatic[keep:]
    for path in removed:
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def remove_leftovers(directory: Path) -> None:
    """A backup interrupted by a crash leaves its temporary file (encrypted, but a waste of
    space); the next open clears them."""
    if directory.is_dir():
        for leftover in directory.glob(".*.part"):
            with contextlib.suppress(OSError):
                leftover.unlink()


def made_today(directory: Path, today: datetime | None = None) -> bool:
    stamp = (today or datetime.now()).strftime("%Y%m%d")
    return any(p.name.startswith(f"portfolio-{stamp}-") for p in list_backups(directory))


__all__ = [
    "BackupDamaged",
    "BackupHeader",
    "BackupInfo",
    "BackupPolicy",
    "backup_name",
    "describe",
    "list_backups",
    "made_today",
    "prune",
    "remove_leftovers",
    "restore",
    "verify",
    "write_backup",
]
