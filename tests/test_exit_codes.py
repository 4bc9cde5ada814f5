"""One exit code table (issue 12, point 8): every error of the core carries a code from the
README's table; storage problems, including the fallback, exit 7; SQLite's errors are sorted
by their result code, never by the wording of their message."""

from __future__ import annotations

import errno
import importlib
import pkgutil
import re

import pytest
import sqlcipher3

import portfolio_app
from portfolio_app.errors import (
    BackupFailed,
    ExitCode,
    PortfolioError,
    StorageError,
    StorageFull,
    StorageReadOnly,
    VaultCorrupt,
    VaultDamaged,
    VaultInUse,
)
from portfolio_app.vault.backups import BackupDamaged
from portfolio_app.vault.connection import storage_error
from tests.conftest import REPO_ROOT

TABLE = {
    code
    for name, code in vars(ExitCode).items()
    if not name.startswith("_") and isinstance(code, int)
}


def all_errors() -> list[type[PortfolioError]]:
    for module in pkgutil.walk_packages(portfolio_app.__path__, "portfolio_app."):
        if ".ui" not in module.name:
            importlib.import_module(module.name)
    found: list[type[PortfolioError]] = []
    pending = [PortfolioError]
    while pending:
        kind = pending.pop()
        found.append(kind)
        pending.extend(kind.__subclasses__())
    return found


def test_every_error_uses_the_documented_table() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for code in TABLE:
        assert re.search(rf"\b{code} [a-z]", readme), f"exit status {code} not in the README"
    for kind in all_errors():
        assert kind.exit_code in TABLE, kind


@pytest.mark.parametrize(
    "kind",
    [StorageError, StorageFull, StorageReadOnly, VaultCorrupt, VaultDamaged, BackupDamaged],
)
def test_storage_problems_exit_7(kind: type[PortfolioError]) -> None:
    assert kind.exit_code == ExitCode.STORAGE == 7
    assert BackupFailed(StorageFull()).exit_code == 7


def sqlite_error(code: int, text: str) -> Exception:
    error = sqlcipher3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


MISLEADING = "database or disk is full; readonly; malformed; locked"


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (13, StorageFull),  # SQLITE_FULL
        (8, StorageReadOnly),  # SQLITE_READONLY
        (8 | (1 << 8), StorageReadOnly),  # SQLITE_READONLY_RECOVERY, an extended code
        (14, StorageReadOnly),  # SQLITE_CANTOPEN
        (11, VaultDamaged),  # SQLITE_CORRUPT
        (26, VaultDamaged),  # SQLITE_NOTADB
        (10 | (2 << 8), VaultDamaged),  # SQLITE_IOERR_SHORT_READ: the file was cut
        (5, VaultInUse),  # SQLITE_BUSY
        (7, StorageError),  # SQLITE_NOMEM: the fallback
        (10 | (3 << 8), StorageError),  # SQLITE_IOERR_WRITE
    ],
)
def test_sqlite_errors_are_sorted_by_code(code: int, kind: type[PortfolioError]) -> None:
    error = storage_error(sqlite_error(code, MISLEADING))
    assert type(error) is kind
    assert error.exit_code in (ExitCode.STORAGE, ExitCode.IN_USE)


def test_an_error_without_a_code_is_the_storage_fallback() -> None:
    assert type(storage_error(sqlcipher3.DatabaseError("disk is full"))) is StorageError
    assert type(storage_error(OSError(errno.EIO, "I/O"))) is StorageError
    assert storage_error(OSError(errno.EIO, "I/O")).exit_code == 7
