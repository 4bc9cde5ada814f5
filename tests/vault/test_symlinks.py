"""Issue 12, point 3: reached through a symlink (to the vault, or to its folder), the lock,
a passphrase change and a restore all act on the real file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import VaultInUse, WrongPassphrase
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import list_backups, restore
from tests.conftest import PASSPHRASE, REPO_ROOT

NEW_PASSPHRASE = "groene tafel zingt luid"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symlinks as on POSIX")


@pytest.fixture
def linked(vault_path: Path, tmp_path: Path) -> Path:
    """``elders/link.vault`` -> the real vault in another folder."""
    folder = tmp_path / "elders"
    folder.mkdir()
    link = folder / "link.vault"
    link.symlink_to(vault_path)
    return link


def cli(home: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a second process, as a user would run it from another terminal."""
    env = {**os.environ, "PORTFOLIO_HOME": str(home), "PORTFOLIO_PASSPHRASE": PASSPHRASE}
    return subprocess.run(
        [sys.executable, "-m", "portfolio_app.cli", *argv],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=60,
    )


def test_the_lock_holds_through_a_symlinked_vault(
    vault_path: Path, linked: Path, isolated_home: Path
) -> None:
    with Portfolio.open(linked, PASSPHRASE) as portfolio:
        assert portfolio.path == vault_path  # resolved once, to the real file
        done = cli(isolated_home, "--vault", str(vault_path), "competence", "list")
        assert done.returncode == 4 and "al geopend" in done.stderr, done.stderr
        with pytest.raises(VaultInUse):
            Portfolio.open(vault_path, PASSPHRASE)
    with Portfolio.open(vault_path, PASSPHRASE):
        done = cli(isolated_home, "--vault", str(linked), "competence", "add", "X", "--free")
        assert done.returncode == 4 and "al geopend" in done.stderr, done.stderr
    assert not (linked.parent / "link.vault.lock").exists()  # no second lock beside the link


def test_the_lock_holds_through_a_symlinked_data_folder(tmp_path: Path) -> None:
    real_home = tmp_path / "echt"
    link_home = tmp_path / "snelkoppeling"
    real_home.mkdir()
    link_home.symlink_to(real_home, target_is_directory=True)
    done = cli(link_home, "init")
    assert done.returncode == 0, done.stderr
    assert (real_home / "portfolio.vault").is_file()
    with Portfolio.open(real_home / "portfolio.vault", PASSPHRASE):
        done = cli(link_home, "leerbewijs", "list")
        assert done.returncode == 4 and "al geopend" in done.stderr, done.stderr
    with Portfolio.open(link_home / "portfolio.vault", PASSPHRASE):
        done = cli(real_home, "status")
        assert "geopend in een ander venster" in done.stdout, done.stdout + done.stderr


def test_passwd_through_a_symlink_rekeys_the_real_file(vault_path: Path, linked: Path) -> None:
    with Portfolio.open(linked, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Lassen"))
        portfolio.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    assert linked.is_symlink() and linked.resolve() == vault_path
    assert sorted(p.name for p in linked.parent.iterdir()) == ["link.vault"]
    for path in (linked, vault_path):
        with pytest.raises(WrongPassphrase):
            Portfolio.open(path, PASSPHRASE)
        with Portfolio.open(path, NEW_PASSPHRASE) as portfolio:
            assert [c.label for c in portfolio.claims.list()] == ["Lassen"]


def test_restore_through_a_symlink_replaces_the_real_file(
    vault_path: Path, linked: Path, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="In de kopie"))
        portfolio.backup(tmp_path / "kopie.pfbackup")
        portfolio.claims.add(CompetenceClaim(label="Na de kopie"))
    with Portfolio.open(vault_path, PASSPHRASE):
        with pytest.raises(VaultInUse):  # the lock is the real file's, also via the link
            restore(tmp_path / "kopie.pfbackup", PASSPHRASE, linked, backups)
    restore(tmp_path / "kopie.pfbackup", PASSPHRASE, linked, backups)
    assert linked.is_symlink() and linked.resolve() == vault_path
    for path in (linked, vault_path):
        with Portfolio.open(path, PASSPHRASE) as portfolio:
            assert [c.label for c in portfolio.claims.list()] == ["In de kopie"]
    (kept,) = list_backups(backups)
    assert kept.name.startswith("portfolio-")  # named after the real file
    assert sorted(p.name for p in linked.parent.iterdir()) == ["link.vault"]
