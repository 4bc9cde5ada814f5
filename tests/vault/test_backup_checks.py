"""Issue 12, point 2 (and the daily backups per vault of point 8): every page is checked
before any backup; a damaged vault is never backed up and never costs a good backup;
rotation keeps the newest *verified* backups of each vault."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import ExitCode, VaultDamaged
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import (
    BackupDamaged,
    BackupPolicy,
    describe,
    list_backups,
    made_today,
    prune,
    vault_key,
    verify,
    write_backup,
)
from tests.conftest import PASSPHRASE
from tests.vault.backup_tools import aged
from tests.vault.test_damaged_vault import PAGE, flip

LATER_PAGE = 4 * PAGE + 100


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def good_backups(vault: Path, policy: BackupPolicy, days: int) -> list[Path]:
    """``days`` verified daily backups of ``vault``, the newest yesterday."""
    with Portfolio.open(vault, PASSPHRASE) as portfolio:
        made = portfolio.backup(policy.directory / "bron.pfbackup", "dagelijks")
    assert made.checked
    source = policy.directory / "bron.pfbackup"
    now = datetime.now().replace(microsecond=0)
    copies = [aged(source, now - timedelta(days=day)) for day in range(1, days + 1)]
    source.unlink()
    return copies


def test_a_damaged_vault_is_not_backed_up_and_good_backups_stay(
    vault_path: Path, tmp_path: Path
) -> None:
    policy = BackupPolicy(tmp_path / "backups", keep=2)
    kept = good_backups(vault_path, policy, days=2)
    flip(LATER_PAGE)(vault_path)
    before = sha(vault_path)
    for _ in range(3):  # opening it again and again costs nothing either
        with Portfolio.open(vault_path, PASSPHRASE, backups=policy) as portfolio:
            assert isinstance(portfolio.damage, VaultDamaged)
            assert portfolio.schema_version() > 0  # reading what can be read still works
    assert sorted(list_backups(policy.directory)) == sorted(kept)
    assert all(verify(p) for p in kept)
    assert sha(vault_path) == before


def test_no_backup_before_a_migration_of_a_damaged_vault(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from portfolio_app.vault import migrations

    steps = {**migrations.STEPS, migrations.LATEST + 1: ("CREATE TABLE later (id TEXT)",)}
    monkeypatch.setattr(migrations, "STEPS", steps)
    monkeypatch.setattr(migrations, "LATEST", migrations.LATEST + 1)
    policy = BackupPolicy(tmp_path / "backups")
    flip(LATER_PAGE)(vault_path)
    before = sha(vault_path)
    with pytest.raises(VaultDamaged):
        Portfolio.open(vault_path, PASSPHRASE, backups=policy)
    assert list_backups(policy.directory) == []
    assert sha(vault_path) == before  # not migrated either


def test_a_manual_backup_is_checked_even_after_todays_daily_one(
    vault_path: Path, tmp_path: Path
) -> None:
    policy = BackupPolicy(tmp_path / "backups")
    Portfolio.open(vault_path, PASSPHRASE, backups=policy).close()
    assert made_today(policy.directory, vault_key(vault_path))
    flip(LATER_PAGE)(vault_path)
    with Portfolio.open(vault_path, PASSPHRASE, backups=policy) as portfolio:
        assert portfolio.damage is None  # today's backup was made before the damage
        with pytest.raises(VaultDamaged):
            portfolio.backup(tmp_path / "kopie.pfbackup")
        assert portfolio.page_problems()
    assert not (tmp_path / "kopie.pfbackup").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_rotation_counts_only_verified_backups(vault_path: Path, tmp_path: Path) -> None:
    policy = BackupPolicy(tmp_path / "backups", keep=2)
    good = good_backups(vault_path, policy, days=4)  # 1 to 4 days old
    now = datetime.now().replace(microsecond=0)
    newer_unchecked = aged(good[0], now - timedelta(hours=3), checked=False)
    newer_cut = aged(good[0], now - timedelta(hours=2))
    with open(newer_cut, "r+b") as handle:
        handle.truncate(newer_cut.stat().st_size - 100)
    key = vault_key(vault_path)
    removed = prune(policy.directory, policy.keep, vault=key)
    # The two newest *verified* ones are kept (and the unverified newer ones, which do
    # not count); everything older than the second verified one goes.
    assert sorted(removed) == sorted(good[2:])
    assert sorted(list_backups(policy.directory)) == sorted([*good[:2], newer_unchecked, newer_cut])
    assert not made_today(tmp_path / "backups", key)  # none of today's is verified


def test_a_second_vault_in_the_same_folder_gets_its_own_daily_backup(
    vault_path: Path, tmp_path: Path
) -> None:
    second = vault_path.with_name("tweede.vault")
    shutil.copyfile(vault_path, second)
    policy = BackupPolicy(tmp_path / "backups", keep=1)
    Portfolio.open(vault_path, PASSPHRASE, backups=policy).close()
    Portfolio.open(second, PASSPHRASE, backups=policy).close()
    names = sorted(p.name for p in list_backups(policy.directory))
    assert len(names) == 2
    assert names[0].startswith("portfolio-") and names[1].startswith("tweede-")
    assert made_today(policy.directory, vault_key(vault_path))
    assert made_today(policy.directory, vault_key(second))
    # Pruning one vault's backups never touches the other's.
    assert prune(policy.directory, 1, vault=vault_key(second)) == []
    assert len(list_backups(policy.directory)) == 2


def test_backup_damaged_is_a_storage_problem(vault_path: Path, tmp_path: Path) -> None:
    assert BackupDamaged.exit_code == ExitCode.STORAGE == 7
    # A backup whose checksum is right but whose vault is damaged (as older versions
    # made them) is refused too.
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Koken"))
    flip(LATER_PAGE)(vault_path)
    write_backup(vault_path, tmp_path / "oud.pfbackup", "dagelijks")
    verify(tmp_path / "oud.pfbackup")
    with pytest.raises(BackupDamaged) as info:
        describe(tmp_path / "oud.pfbackup", PASSPHRASE, tmp_path)
    assert info.value.exit_code == 7 and "beschadigd" in info.value.message()
