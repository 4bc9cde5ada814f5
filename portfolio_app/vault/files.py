"""Whole-file operations on a vault: its real path, and encrypted copies.

Every operation on the file (locking, renaming a new version into place, re-keying,
restoring) acts on the vault's *real* path, resolved once when the vault is opened: through
a symlink (to the vault, or to its folder) the lock, the temporary files and the rename
would otherwise land beside the link, and a rename would replace the link with a regular
file, splitting the portfolio in two.

A copy is made with SQLCipher's ``sqlcipher_export`` into a new file attached to the open
connection, so its pages are encrypted as they are written: no plaintext ever touches the
disk. Without a new passphrase the copy keeps the vault's key (and salt), which is what a
backup needs; with one, it is the first half of a passphrase change.
"""

from __future__ import annotations

from pathlib import Path

from portfolio_app.atomic import fsync_dir
from portfolio_app.errors import VaultNotFound
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


def real_path(path: Path | str) -> Path:
    """The vault's real, absolute path: ``~`` expanded and every symlink followed."""
    given = Path(path).expanduser()
    try:
        return given.resolve()
    except (OSError, RuntimeError):  # a symlink loop, or a folder that cannot be read
        raise VaultNotFound(path=str(given)) from None


__all__ = ["copy_encrypted", "fsync_dir", "real_path"]
