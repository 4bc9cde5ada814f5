"""Faults of the machine, made real where the test may and simulated where it may not.

CI runs as root, so ``chmod`` stops nothing. Where mounting is allowed (root, or a container
with CAP_SYS_ADMIN) a real tiny ``tmpfs`` gives a real ENOSPC and a read-only bind mount a
real EROFS, all the way through SQLite and the OS; those tests skip cleanly when mounting is
refused. The other layers are simulated where they fail in practice: ``PRAGMA
max_page_count`` makes SQLite itself hit SQLITE_FULL, ``PRAGMA query_only`` makes it refuse
writes, and an ``OSError`` injected into ``os.replace``/``open`` covers the Python-level
writes (JSON and PDF exports, settings, backups).
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from portfolio_app.errors import PortfolioError, StorageFull, StorageReadOnly
from portfolio_app.vault import Portfolio


def _mount(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True, check=False)


def _unmount(target: Path) -> None:
    done = subprocess.run(["umount", str(target)], capture_output=True, check=False)
    if done.returncode != 0:  # a handle still open somewhere: detach it anyway
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@contextmanager
def tiny_filesystem(target: Path, size: str = "2m") -> Iterator[Path]:
    """A real filesystem of ``size`` at ``target``; the test skips where mounting is refused."""
    target.mkdir(parents=True, exist_ok=True)
    done = _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(target))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield target
    finally:
        _unmount(target)


@contextmanager
def read_only_view(source: Path, target: Path) -> Iterator[Path]:
    """``source`` seen through a read-only bind mount at ``target`` (writes fail with EROFS)."""
    target.mkdir(parents=True, exist_ok=True)
    done = _mount("--bind", str(source), str(target))
    if done.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {done.stderr.strip()}")
    try:
        again = _mount("-o", "remount,bind,ro", str(target))
        if again.returncode != 0:
            pytest.skip(f"cannot make a bind mount read-only here: {again.stderr.strip()}")
        yield target
    finally:
        _unmount(target)


def fill_up(folder: Path, name: str = "filler") -> Path:
    """Fill the filesystem of ``folder`` to the last byte; deleting the file frees it all."""
    path = folder / name
    chunk = b"\0" * 65536
    with open(path, "wb", buffering=0) as handle:
        try:
            while True:
                handle.write(chunk)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    # Top up with smaller writes: a tmpfs has room for a last partial chunk.
    with open(path, "ab", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 512)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC, exc
    return path


def os_error(code: int) -> OSError:
    return OSError(code, os.strerror(code))


def failing(code: int) -> Any:
    """A stand-in for ``os.replace``, ``open``, ... that fails as the OS would."""

    def fail(*args: object, **kwargs: object) -> Any:
        raise os_error(code)

    return fail


def assert_clear(error: PortfolioError, kind: type[PortfolioError]) -> None:
    """The error is the one the user must see, in plain Dutch (and English)."""
    assert type(error) is kind, repr(error)
    if kind is StorageFull:
        assert "schijf is vol" in error.message("nl")
        assert "disk is full" in error.message("en")
    elif kind is StorageReadOnly:
        assert "alleen-lezen" in error.message("nl")
        assert "read-only" in error.message("en")
    assert "Traceback" not in error.message("nl")


def set_max_pages(portfolio: Portfolio, pages: int) -> None:
    """Let SQLite grow the file to ``pages`` pages at most: past that, SQLITE_FULL."""
    portfolio._vault.conn.execute(f"PRAGMA max_page_count = {int(pages)}")


def page_count(portfolio: Portfolio) -> int:
    return int(portfolio._vault.conn.execute("PRAGMA page_count").fetchone()[0])


def set_query_only(portfolio: Portfolio, on: bool) -> None:
    portfolio._vault.conn.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")
