"""One writer per vault, across processes.

SQLite would let two processes write the same file one after the other, and the user would
silently see two diverging windows on one portfolio. A second app window or CLI must instead
be told the portfolio is open elsewhere. An OS file lock on a small companion file does that:
the OS drops it when the process dies (even on SIGKILL or a power cut), so a crash never
leaves a stale lock behind. The lock file holds no personal data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from portfolio_app.errors import StorageReadOnly, VaultInUse
from portfolio_app.vault.connection import storage_error


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + ".lock")


class VaultLock:
    """Held for as long as a vault is unlocked in this process. Give it the vault's real
    path (``files.real_path``): the lock of a symlink must be the lock of its target."""

    def __init__(self, vault: Path) -> None:
        self.path = lock_path(vault)
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            handle = os.fdopen(fd, "a+b")  # kept open while the lock is held
        except OSError as exc:
            # A read-only medium raises EROFS (not a PermissionError), a full disk ENOSPC.
            raise storage_error(exc) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultInUse() from None
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def is_locked_elsewhere(vault: Path) -> bool:
    """For a status display: does another process hold this vault open?"""
    vault = vault.expanduser().resolve()
    if not lock_path(vault).exists():
        return False
    probe = VaultLock(vault)
    try:
        probe.acquire()
    except VaultInUse:
        return True
    except StorageReadOnly:
        return False
    probe.release()
    return False


__all__ = ["VaultLock", "is_locked_elsewhere", "lock_path"]
