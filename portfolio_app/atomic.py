"""The one way the app writes a file outside the vault: whole or not at all, and private.

A file is written under a unique temporary name in the target's own folder (so the rename
stays on one filesystem), flushed to disk, renamed over the target, and then the folder
itself is flushed, so that the rename survives a power cut too (POSIX keeps directory
entries apart from file data). On any failure the temporary file is removed and the target
is as it was. Every writer goes through here: exports, settings, backups, the vault's own
creation and passphrase change, the signals table and the competence language files.

Files and folders the app creates are private to the user on POSIX (0600 and 0700): the
temporary file is made by ``tempfile.mkstemp``, which creates it 0600 before a byte is
written, so there is never a moment when another user could open it.

Errors are raised as the ``OSError`` they are: each caller turns them into its own words
(an export names the file, the vault says the portfolio is untouched).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

# Files SQLite may leave beside a database that was built under a temporary name.
_SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
# Filesystems without hard links (FAT, exFAT, some network and sync mounts).
_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV, errno.EMLINK}


def private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents as 0700 folders; existing ones are left as
    they are (they may be the user's own, such as a synced folder they chose)."""
    missing: list[Path] = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR)
    return path


def private_temp(folder: Path, prefix: str, suffix: str) -> Path:
    """A new, empty file with a unique name in ``folder`` (made if missing), 0600 from the
    start: ``tempfile.mkstemp`` creates it with that mode before anything is written."""
    private_dir(folder)
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    os.close(fd)
    return Path(name)


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (a no-op where the OS has no such thing)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def remove_quietly(path: Path, *, companions: bool = True) -> None:
    """Remove a temporary file (and what SQLite left beside it); missing is fine."""
    names = [str(path)]
    if companions:
        names += [f"{path}{suffix}" for suffix in _SQLITE_COMPANIONS]
    for name in names:
        with contextlib.suppress(OSError):
            os.unlink(name)


def rename_into_place(source: Path, target: Path, *, replace: bool = True) -> None:
    """Rename a finished, flushed file onto ``target`` and flush the folder.

    With ``replace=False`` an existing target is never overwritten (``FileExistsError``):
    a hard link is atomic and refuses an existing name, where ``os.replace`` would not."""
    if replace:
        os.replace(source, target)
    elif os.name != "posix":
        os.rename(source, target)  # Windows refuses an existing target by itself
    else:
        try:
            os.link(source, target)
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            if os.path.lexists(target):
                raise FileExistsError(
                    errno.EEXIST, os.strerror(errno.EEXIST), str(target)
                ) from None
            os.rename(source, target)
        else:
            os.unlink(source)
    fsync_dir(target.parent)


@contextlib.contextmanager
def atomic_path(
    target: Path,
    *,
    prefix: str | None = None,
    suffix: str = ".part",
    replace: bool = True,
    mode: int = PRIVATE_FILE,
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """A new, empty, private file beside ``target`` for the caller to fill (for instance a
    database built there). When the block ends without an error the file is flushed,
    ``check`` (if given) may still refuse it, and it is renamed onto ``target``; otherwise
    it is removed, with any companion files SQLite made.

    The name is unique (``tempfile.mkstemp``): two writers never share a temporary file."""
    temp = private_temp(target.parent, prefix if prefix is not None else f".{target.name}.", suffix)
    try:
        if mode != PRIVATE_FILE:
            os.chmod(temp, mode)
        yield temp
        fsync_file(temp)
        if check is not None:
            check(temp)
        rename_into_place(temp, target, replace=replace)
    except BaseException:
        remove_quietly(temp)
        raise


@contextlib.contextmanager
def atomic_file(
    target: Path,
    *,
    replace: bool = True,
    mode: int = PRIVATE_FILE,
    check: Callable[[Path], None] | None = None,
) -> Iterator[BinaryIO]:
    """A binary file handle whose content becomes ``target`` when the block ends cleanly."""
    with atomic_path(target, replace=replace, mode=mode, check=check) as temp:
        with open(temp, "wb") as handle:
            yield handle
            handle.flush()


def write_bytes(
    target: Path, data: bytes, *, replace: bool = True, mode: int = PRIVATE_FILE
) -> None:
    with atomic_file(target, replace=replace, mode=mode) as handle:
        handle.write(data)


def write_text(target: Path, text: str, *, mode: int = PRIVATE_FILE) -> None:
    write_bytes(target, text.encode("utf-8"), mode=mode)


def copy_file(source: Path, target: Path, *, mode: int = PRIVATE_FILE) -> None:
    """``target`` becomes a copy of ``source``, whole or not at all."""
    with open(source, "rb") as handle, atomic_file(target, mode=mode) as out:
        shutil.copyfileobj(handle, out, 1 << 20)


__all__ = [
    "PRIVATE_DIR",
    "PRIVATE_FILE",
    "atomic_file",
    "atomic_path",
    "copy_file",
    "fsync_dir",
    "fsync_file",
    "private_dir",
    "private_temp",
    "remove_quietly",
    "rename_into_place",
    "write_bytes",
    "write_text",
]
