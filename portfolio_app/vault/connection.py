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
    StorageError,
    StorageFull,
    StorageReadOnly,
    VaultDamaged,
    VaultInUse,
    WrongPassphrase,
)
from portfolio_app.vault.integrity import PAGE_SIZE, check_shape, first_page_damaged

# sqlcipher3 ships no type information: name its two types once, for the annotations.
Connection: TypeAlias = Any
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
_ROOM_NEEDED = 1_000_000  # bytes; below this a disk is full for the vault's purposes

# SQLite's primary result codes (https://sqlite.org/rescode.html); exceptions carry the
# extended code in ``sqlite_errorcode``, whose low byte is the primary one.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8)


def quote_key(passphrase: str) -> str:
    """A SQL string literal for PRAGMA key, which takes no bound parameters."""
    if "\x00" in passphrase:
        raise WrongPassphrase()
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, create: bool = False) -> Connection:
    """An open, keyed and verified connection. Never writes to the file on failure.

    Without ``create`` the file must already be a vault: one that is missing, empty or not
    of a vault's shape is refused before SQLite could take it for a new database."""
    if not create:
        try:
            check_shape(path)
        except OSError as exc:
            raise storage_error(exc) from None
    target = str(path) if create else path.absolute().as_uri() + "?mode=rw"
    try:
        conn = sqlcipher3.connect(
            target, isolation_level=None, check_same_thread=False, uri=not create
        )
    except DatabaseError as exc:
        raise storage_error(exc) from None
    try:
        # SQLCipher logs a failed page HMAC to stderr; a wrong passphrase is reported by us.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {quote_key(passphrase)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Reading the schema is the first access that needs the key: a wrong key fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        error = _open_error(conn, path, exc)
        conn.close()
        raise error from None
    except BaseException:
        conn.close()
        raise
    try:
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
    except DatabaseError as exc:
        conn.close()
        raise storage_error(exc) from None
    return conn


def _open_error(conn: Connection, path: Path, exc: Exception) -> PortfolioError:
    """Wrong passphrase and a damaged first page fail the same way in SQLCipher; tell them
    apart (see ``integrity``), so a user with the right passphrase is not sent chasing it."""
    if error_code(exc) == SQLITE_NOTADB:
        if first_page_damaged(conn, path):
            return VaultDamaged(
                "het begin van het bestand is onleesbaar; je wachtzin is wel juist",
                "the start of the file cannot be read; your passphrase is right",
            )
        return WrongPassphrase()
    if error_code(exc) == SQLITE_IOERR and _no_room(path.parent):
        # Opening a WAL vault grows its shared-memory file; on a full disk SQLite reports
        # only a plain I/O error, which would otherwise reach the user as "something failed".
        return StorageFull()
    return storage_error(exc)


def _no_room(directory: Path) -> bool:
    try:
        return shutil.disk_usage(directory).free < _ROOM_NEEDED
    except OSError:
        return False


def error_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of an exception from sqlcipher3, if it carries one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def storage_error(exc: BaseException) -> PortfolioError:
    """The user-facing error for a failed read or write: by ``errno`` for the OS, by
    SQLite's result code for the database, never by the wording of a message."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageFull()
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageReadOnly()
        return StorageError(
            f"Het bestand kon niet gelezen of geschreven worden ({os.strerror(exc.errno or 0)}).",
            f"The file could not be read or written ({os.strerror(exc.errno or 0)}).",
        )
    extended = getattr(exc, "sqlite_errorcode", None)
    code = error_code(exc)
    if code == SQLITE_FULL:
        return StorageFull()
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN):
        return StorageReadOnly()
    if extended == SQLITE_IOERR_SHORT_READ:
        return VaultDamaged("het bestand is ingekort", "the file was cut short")
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return VaultDamaged("een deel ervan is onleesbaar", "part of it cannot be read")
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUse()
    return StorageError()


__all__ = [
    "PAGE_SIZE",
    "Connection",
    "DatabaseError",
    "connect",
    "error_code",
    "quote_key",
    "storage_error",
]
