from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from portfolio_app.errors import VaultTooNew
from portfolio_app.vault import Portfolio, migrations
from portfolio_app.vault.connection import connect
from tests.conftest import PASSPHRASE
from tests.vault.make_version_fixture import FIXTURE_PASSPHRASE, fixture_path


def test_latest_version_is_pinned() -> None:
    """Raising LATEST needs a new step *and* a stored fixture of the previous version."""
    assert migrations.LATEST == 1
    assert sorted(migrations.STEPS) == list(range(1, migrations.LATEST + 1))


@pytest.mark.parametrize("version", range(1, migrations.LATEST + 1))
def test_every_stored_version_migrates_to_latest(version: int, tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(fixture_path(version), path)
    seen: list[int] = []
    with Portfolio.open(
        path, FIXTURE_PASSPHRASE, before_migration=lambda p, s: seen.append(s)
    ) as portfolio:
        assert portfolio.schema_version() == migrations.LATEST
        assert seen == list(range(version + 1, migrations.LATEST + 1))
        (claim,) = portfolio.claims.list()
        assert claim.label == "Heftruck besturen"
        assert portfolio.leerbewijzen.get(claim.leerbewijs_ids[0]).title == "Attest heftruck"
        assert portfolio.attachments.data(portfolio.attachments.list()[0].id) == b"%PDF-1.4 fixture"
        assert portfolio.integrity_problems() == []


def test_from_an_empty_keyed_file(tmp_path: Path) -> None:
    """Version 0: a keyed file without tables, as left by an interrupted first run."""
    path = tmp_path / "empty.vault"
    conn = connect(path, PASSPHRASE, create=True)
    conn.execute("CREATE TABLE placeholder (x)")
    conn.execute("DROP TABLE placeholder")
    conn.close()
    with Portfolio.open(path, PASSPHRASE) as portfolio:
        assert portfolio.schema_version() == migrations.LATEST
        assert portfolio.is_empty()


def test_a_newer_vault_is_refused(vault_path: Path) -> None:
    conn = connect(vault_path, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    conn.close()
    with pytest.raises(VaultTooNew) as info:
        Portfolio.open(vault_path, PASSPHRASE)
    assert "nieuwere versie" in info.value.message()
    Portfolio.require_exists(vault_path)  # untouched, and the lock was released:
    with pytest.raises(VaultTooNew):
        Portfolio.open(vault_path, PASSPHRASE)
