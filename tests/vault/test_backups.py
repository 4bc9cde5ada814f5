from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import InvalidInput, WrongPassphrase
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import (
    BackupDamaged,
    BackupPolicy,
    backup_name,
    describe,
    list_backups,
    made_today,
    prune,
    restore,
    vault_key,
    verify,
)
from portfolio_app.vault.migrations import LATEST
from tests.conftest import PASSPHRASE
from tests.vault.backup_tools import aged


def test_backup_is_verified_encrypted_and_restorable(vault_path: Path, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Geheime competentie Qwertyzorro"))
        portfolio.attachments.add_bytes(b"SCANBYTES" * 1000, "scan.bin")
        header = portfolio.backup(tmp_path / "kopie.pfbackup")
        portfolio.claims.add(CompetenceClaim(label="Na de kopie"))
    raw = (tmp_path / "kopie.pfbackup").read_bytes()
    assert b"Qwertyzorro" not in raw and b"SCANBYTES" not in raw
    assert verify(tmp_path / "kopie.pfbackup") == header

    info = describe(tmp_path / "kopie.pfbackup", PASSPHRASE, tmp_path)
    assert info.counts["claims"] == 1 and info.counts["attachments"] == 1
    assert info.schema_version == LATEST
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["kopie.pfbackup", "portfolio.vault", "portfolio.vault.lock"]

    restore(tmp_path / "kopie.pfbackup", PASSPHRASE, vault_path, backups)
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        assert [c.label for c in portfolio.claims.list()] == ["Geheime competentie Qwertyzorro"]
        assert portfolio.integrity_problems() == []
    (kept,) = list_backups(backups)
    assert kept.name.endswith("-voor-herstel.pfbackup")
    assert describe(kept, PASSPHRASE, tmp_path).counts["claims"] == 2  # the replaced vault


def test_damaged_or_foreign_backups_are_refused(vault_path: Path, tmp_path: Path) -> None:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.backup(tmp_path / "kopie.pfbackup")
    data = bytearray((tmp_path / "kopie.pfbackup").read_bytes())
    data[-100] ^= 0xFF
    (tmp_path / "kapot.pfbackup").write_bytes(bytes(data))
    with pytest.raises(BackupDamaged) as info:
        restore(tmp_path / "kapot.pfbackup", PASSPHRASE, vault_path, tmp_path / "b")
    assert "beschadigd" in info.value.message()
    (tmp_path / "vreemd.pfbackup").write_bytes(b"hello")
    with pytest.raises(InvalidInput):
        verify(tmp_path / "vreemd.pfbackup")
    with pytest.raises(WrongPassphrase):
        restore(tmp_path / "kopie.pfbackup", "niet de wachtzin hoor", vault_path, tmp_path / "b")
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:  # untouched by all of this
        assert portfolio.integrity_problems() == []
    assert not list((tmp_path / "b").glob("*")) if (tmp_path / "b").exists() else True


def test_daily_backup_once_a_day_and_rolling(vault_path: Path, tmp_path: Path) -> None:
    policy = BackupPolicy(tmp_path / "backups", keep=3)
    policy.directory.mkdir()
    (policy.directory / ".portfolio-x.pfbackup.1a2b3c4d.part").write_bytes(b"half")
    Portfolio.open(vault_path, PASSPHRASE, backups=policy).close()
    Portfolio.open(vault_path, PASSPHRASE, backups=policy).close()
    (first,) = list_backups(policy.directory)
    key = vault_key(vault_path)
    assert first.name.endswith("-dagelijks.pfbackup") and made_today(policy.directory, key)
    assert not list(policy.directory.glob(".*.part"))  # a crashed backup's leftover is gone
    for day in range(1, 6):
        aged(first, datetime(2020, 1, day))
    (policy.directory / backup_name("manueel", datetime(2019, 1, 1))).write_bytes(b"x")
    removed = prune(policy.directory, policy.keep, vault=key)
    assert len(removed) == 3
    names = [p.name for p in list_backups(policy.directory)]
    assert names[0] == first.name and len(names) == 4  # 3 automatic + the manual one
    assert any("manueel" in n for n in names)


def test_backup_before_a_migration(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portfolio_app.vault import migrations

    steps = {**migrations.STEPS, LATEST + 1: ("CREATE TABLE future_things (id TEXT PRIMARY KEY)",)}
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", LATEST + 1)
    policy = BackupPolicy(tmp_path / "backups")
    with Portfolio.open(vault_path, PASSPHRASE, backups=policy) as portfolio:
        assert portfolio.schema_version() == LATEST + 1
    names = [p.name for p in list_backups(policy.directory)]
    (before,) = [n for n in names if n.endswith("-migratie.pfbackup")]
    assert describe(policy.directory / before, PASSPHRASE, tmp_path).schema_version == LATEST
