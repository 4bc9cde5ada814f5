"""Whole-file operations on a vault: encrypted copies and durable renames.

A copy is made with SQLCipher's ``sqlcipher_export`` into a new file attached to the open
connection, so its pages are encrypted as they are written: no plaintext ever touches the
disk. Without a new passphrase the copy keeps the vault's key (and salt), which is what a
backup needs; with one, it is the first half of a passphrase change.
"""

from __future__ import annotations

import os
from pathlib import Path

from portfolio_app.vault import migrations
from portfolio_app.vault.connection import DatabaseError, quote_key, storage_error
from portfolio_app.vault.store import Vault

_ALIAS = "vault_copy"


def copy_encrypted(vault: Vault, dest: Path, passphrase: str | None = None) -> None:
    """Write a complete encrypted copy of the open vault to ``dest`` (which must not exist)."""
    key_clause = f" KEY {quote_key(passphrase)}" if passphrase is not None else ""
    with vault.lock:
        conn = vault.conn
        version = migrations.version(conn)
        try:
            conn.execute(f"ATTACH DATABASE ? AS {_ALIAS}{key_clause}", [str(dest)])
            try:
                conn.execute(f"SELECT sqlcipher_export('{_ALIAS}')")
                conn.execute(f"PRAGMA {_ALIAS}.user_version = {int(version)}")
            finally:
                conn.execute(f"DETACH DATABASE {_ALIAS}")
        except DatabaseError as exc:
            raise storage_error(exc) from None


def fsync_dir(directory: Path) -> None:
    """Make a rename durable: on POSIX the directory entry must be flushed too."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
