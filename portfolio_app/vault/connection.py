"""Opening the SQLCipher file, and turning SQLite's errors into the user's words.

SQLCipher 4 defaults are kept (AES-256-CBC, HMAC-SHA512 per page, PBKDF2-HMAC-SHA512 with
256,000 iterations; see docs/security.md). The connection runs in autocommit mode and every
write goes through an explicit ``BEGIN IMMEDIATE ... COMMIT`` (see ``store.Vault``), in WAL
mode with ``synchronous=FULL`` so that an acknowledged commit survives a power cut. Temporary
tables and sort spills stay in memory: SQLite would otherwise write them to the temp
directory.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from portfolio_app.errors import (
    PortfolioError,
    StorageFull,
    StorageReadOnly,
    VaultCorrupt,
    WrongPassphrase,
)

# sqlcipher3 ships no type information: name its two types once, for the annotations.
Connection: TypeAlias = Any
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
PAGE_SIZE = 4096
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_ROOM_NEEDED = 1_000_000  # bytes; below this a disk is full for the vault's purposes


def quote_key(passphrase: str) -> str:
    """A SQL string literal for PRAGMA key, which takes no bound parameters."""
    if "\x00" in passphrase:
        raise WrongPassphrase()
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str) -> Connection:
    """An open, keyed and verified connection. Never writes to the file on failure."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs a failed page HMAC to stderr; a wrong passphrase is reported by us.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Reading the schema is the first access that needs the key: a wrong key fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise _open_error(path, exc) from None
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except DatabaseError as exc:
        conn.close()
        raise storage_error(exc) from None
    return conn


def _open_error(path: Path, exc: Exception) -> PortfolioError:
    """Wrong passphrase and a damaged file fail the same way in SQLCipher; tell them apart
    by the file's shape, so a user with the right passphrase is not sent chasing it."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(16)
    except OSError:
        return storage_error(exc)
    if size == 0 or size % 512 != 0 or head == _PLAIN_SQLITE_HEADER:
        return VaultCorrupt()
    if "not a database" in str(exc) or "encrypted" in str(exc):
        return WrongPassphrase()
    if "disk i/o error" in str(exc).lower() and _no_room(path.parent):
        # Opening a WAL vault grows its shared-memory file; on a full disk SQLite reports
        # only a plain I/O error, which would otherwise reach the user as "something failed".
        return StorageFull()
    return storage_error(exc)


def _no_room(directory: Path) -> bool:
    try:
        return shutil.disk_usage(directory).free < _ROOM_NEEDED
    except OSError:
        return False


def storage_error(exc: BaseException) -> PortfolioError:
    """The user-facing error for a failed read or write."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageReadOnly()
        return PortfolioError(
            f"Het bestand kon niet gelezen of geschreven worden ({os.strerror(exc.errno or 0)}).",
            f"The file could not be read or written ({os.strerror(exc.errno or 0)}).",
        )
    text = str(exc).lower()
    if "full" in text:
        return StorageFull()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StorageReadOnly()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return VaultCorrupt()
    if "locked" in text or "busy" in text:
        from portfolio_app.errors import VaultInUse

        return VaultInUse()
    return PortfolioError(
        "De gegevens konden niet bewaard of gelezen worden. Er is niets verloren.",
        "The data could not be saved or read. Nothing was lost.",
    )
