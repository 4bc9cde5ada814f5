"""Issue 12, point 4: when the daily backup fails (a full disk, a read-only folder), the
portfolio still opens and can be read and exported; only writes are refused, in plain words
("schijf vol", exit 7), until a backup succeeds again. The failures are injected here; a
real full tmpfs is in tests/reliability/test_faults.py."""

from __future__ import annotations

import errno
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import BackupFailed, PortfolioError, StorageFull, StorageReadOnly
from portfolio_app.export.json_document import read_json, write_json
from portfolio_app.vault import Portfolio
from portfolio_app.vault import portfolio as portfolio_module
from portfolio_app.vault.backups import BackupPolicy, list_backups
from tests.conftest import PASSPHRASE
from tests.reliability import machine


@pytest.fixture
def saved(vault_path: Path) -> Path:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Heftruck besturen"))
    return vault_path


class FullCheckpoint:
    """A connection whose WAL checkpoint fails as SQLite's does on a full disk."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self.full = True

    def execute(self, sql: str, *args: Any) -> Any:
        if self.full and "wal_checkpoint" in sql:
            error = sqlcipher3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]
            raise error
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.fixture
def full_checkpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[FullCheckpoint]]:
    made: list[FullCheckpoint] = []
    real = portfolio_module.connect

    def connect(path: Path, passphrase: str, **kwargs: Any) -> Any:
        proxy = FullCheckpoint(real(path, passphrase, **kwargs))
        made.append(proxy)
        return proxy

    monkeypatch.setattr(portfolio_module, "connect", connect)
    yield made


FAULTS = {
    "disk full while copying": ("shutil.copyfileobj", errno.ENOSPC, StorageFull),
    "read-only backups folder": ("tempfile.mkstemp", errno.EROFS, StorageReadOnly),
}


@pytest.mark.parametrize(("where", "code", "kind"), list(FAULTS.values()), ids=list(FAULTS))
def test_a_failed_daily_backup_leaves_the_portfolio_readable(
    saved: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    code: int,
    kind: type[PortfolioError],
) -> None:
    policy = BackupPolicy(tmp_path / "backups")
    policy.directory.mkdir()
    module, name = where.split(".")
    with monkeypatch.context() as patch:
        patch.setattr(f"{module}.{name}", machine.failing(code))
        portfolio = Portfolio.open(saved, PASSPHRASE, backups=policy)
    with portfolio:
        (notice,) = portfolio.notices
        assert isinstance(notice, BackupFailed) and notice.exit_code == 7
        assert "geen reservekopie" in notice.message() and "exporteren" in notice.message()
        assert portfolio.damage is None
        # Reading and exporting work.
        assert [c.label for c in portfolio.claims.list()] == ["Heftruck besturen"]
        write_json(portfolio, tmp_path / "export.json")
        assert len(read_json(tmp_path / "export.json").claims) == 1
        # Writing is refused while the backup still fails, in plain words.
        with monkeypatch.context() as patch:
            patch.setattr(f"{module}.{name}", machine.failing(code))
            with pytest.raises(kind) as refused:
                portfolio.claims.add(CompetenceClaim(label="Nog niet"))
            machine.assert_clear(refused.value, kind)
            with pytest.raises(kind):
                portfolio.change_passphrase(PASSPHRASE, "groene tafel zingt luid")
        assert list_backups(policy.directory) == []
        assert not list(policy.directory.glob(".*"))  # no temporary file left behind
        # Room again: the next write makes today's backup first, then goes through.
        portfolio.claims.add(CompetenceClaim(label="Na het opruimen"))
        assert portfolio.notices == []
        (made,) = list_backups(policy.directory)
        assert made.name.endswith("-dagelijks.pfbackup")
    with Portfolio.open(saved, PASSPHRASE) as again:
        assert len(again.claims.list()) == 2


def test_a_full_disk_at_the_daily_checkpoint(
    saved: Path, tmp_path: Path, full_checkpoint: list[FullCheckpoint]
) -> None:
    """The case of the issue: "database or disk is full" from the checkpoint before the
    daily backup used to end every command, even a listing, in "something went wrong"."""
    policy = BackupPolicy(tmp_path / "backups")
    with Portfolio.open(saved, PASSPHRASE, backups=policy) as portfolio:
        (notice,) = portfolio.notices
        assert isinstance(notice, BackupFailed) and isinstance(notice.cause, StorageFull)
        assert "schijf is vol" in notice.message()
        assert len(portfolio.claims.list()) == 1
        with pytest.raises(StorageFull) as refused:
            portfolio.claims.add(CompetenceClaim(label="Nog niet"))
        machine.assert_clear(refused.value, StorageFull)
        full_checkpoint[-1].full = False
        portfolio.claims.add(CompetenceClaim(label="Nu wel"))
    assert len(list_backups(policy.directory)) == 1


def test_the_failed_backup_costs_no_older_backup(
    saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = BackupPolicy(tmp_path / "backups", keep=1)
    from tests.vault.test_backup_checks import good_backups

    kept = good_backups(saved, policy, days=1)
    with monkeypatch.context() as patch:
        patch.setattr(shutil, "copyfileobj", machine.failing(errno.ENOSPC))
        Portfolio.open(saved, PASSPHRASE, backups=policy).close()
    assert list_backups(policy.directory) == kept
