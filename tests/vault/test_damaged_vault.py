"""Issue 12, point 1: a file that is not a whole vault is "beschadigd" with any passphrase;
it is never turned into a new, empty portfolio, never backed up, and never overwritten.

A vault here is the test template: 20 pages of 4096 bytes, with a claim added so that there
is something to lose."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from portfolio_app.domain import CompetenceClaim
from portfolio_app.errors import (
    ExitCode,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from portfolio_app.vault import Portfolio
from portfolio_app.vault.backups import BackupPolicy, list_backups
from tests.conftest import PASSPHRASE

PAGE = 4096


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(vault_path: Path) -> Path:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(label="Lassen"))
    return vault_path


def cut_to(size: int) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.truncate(size)

    return cut


def cut_by(count: int) -> Callable[[Path], None]:
    def cut(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.truncate(path.stat().st_size - count)

    return cut


def flip(offset: int) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        with open(path, "r+b") as handle:
            handle.seek(offset)
            byte = handle.read(1)
            handle.seek(offset)
            handle.write(bytes([byte[0] ^ 0xFF]))

    return change


# Visible without the key: not whole pages, or less than one.
SHAPES = {
    "0 bytes": cut_to(0),
    "1 byte": cut_to(1),
    "100 bytes": cut_to(100),
    "cut by 1": cut_by(1),
    "cut by 512": cut_by(512),
    "cut by 4095": cut_by(PAGE - 1),
}


@pytest.mark.parametrize("damage", list(SHAPES.values()), ids=list(SHAPES))
@pytest.mark.parametrize("passphrase", [PASSPHRASE, "a"], ids=["right", "any"])
def test_a_cut_vault_is_damaged_with_any_passphrase(
    filled: Path, tmp_path: Path, damage: Callable[[Path], None], passphrase: str
) -> None:
    policy = BackupPolicy(tmp_path / "backups")
    damage(filled)
    before = sha(filled)
    with pytest.raises(VaultDamaged) as info:
        Portfolio.open(filled, passphrase, backups=policy)
    error = info.value
    assert error.exit_code == ExitCode.STORAGE == 7
    assert "beschadigd" in error.message() and "portfolio restore" in error.message()
    assert "damaged" in error.message("en")
    assert sha(filled) == before  # never turned into a new portfolio
    assert list_backups(policy.directory) == []  # and never backed up
    Portfolio.require_exists(filled)  # the lock was released: nothing else changed


@pytest.mark.parametrize("pages", [1, 2, 19])
def test_a_vault_cut_by_whole_pages_is_damaged(filled: Path, pages: int) -> None:
    """Whole pages gone: the page count in the (encrypted) header says so, which only the
    right key can read; with a wrong one it is a wrong passphrase, and nothing changes."""
    cut_by(pages * PAGE)(filled)
    before = sha(filled)
    with pytest.raises(VaultDamaged) as info:
        Portfolio.open(filled, PASSPHRASE)
    assert info.value.exit_code == 7 and "beschadigd" in info.value.message()
    with pytest.raises(WrongPassphrase):
        Portfolio.open(filled, "a")
    assert sha(filled) == before


def test_first_page_damage_is_not_called_a_wrong_passphrase(filled: Path) -> None:
    flip(2000)(filled)
    with pytest.raises(VaultDamaged) as info:
        Portfolio.open(filled, PASSPHRASE)
    assert "beschadigd" in info.value.message()
    assert "wachtzin is wel juist" in info.value.message()
    assert "klopt niet" not in info.value.message()
    # A wrong passphrase on the same file is still a wrong passphrase.
    with pytest.raises(WrongPassphrase):
        Portfolio.open(filled, "niet de goede wachtzin")


def test_first_page_hmac_damage(filled: Path) -> None:
    flip(PAGE - 10)(filled)  # inside the page's HMAC
    with pytest.raises(VaultDamaged):
        Portfolio.open(filled, PASSPHRASE)


@pytest.mark.parametrize("page", [2, 5, 20])
def test_damage_on_a_later_page_is_found_before_the_daily_backup(
    filled: Path, tmp_path: Path, page: int
) -> None:
    policy = BackupPolicy(tmp_path / "backups")
    flip((page - 1) * PAGE + 100)(filled)
    with Portfolio.open(filled, PASSPHRASE, backups=policy) as portfolio:
        assert portfolio.damage is not None
        assert portfolio.notices == [portfolio.damage]
        assert "beschadigd" in portfolio.damage.message()
        with pytest.raises(VaultDamaged):
            portfolio.claims.add(CompetenceClaim(label="Niet bewaard"))
        with pytest.raises(VaultDamaged):
            portfolio.backup(tmp_path / "manueel.pfbackup")
    assert list_backups(policy.directory) == []
    assert not (tmp_path / "manueel.pfbackup").exists()


def test_a_plain_sqlite_file_is_not_a_vault(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.vault"
    with sqlite3.connect(plain) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    with pytest.raises(VaultDamaged) as info:
        Portfolio.open(plain, PASSPHRASE)
    assert "onversleutelde" in info.value.message()


@pytest.mark.parametrize("content", [b"", b"x", b"\0" * PAGE])
def test_create_never_overwrites_an_existing_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "portfolio.vault"
    path.write_bytes(content)
    with pytest.raises(VaultExists):
        Portfolio.create(path, PASSPHRASE)
    assert path.read_bytes() == content


def test_create_through_a_dangling_symlink_is_also_refused_when_the_link_exists(
    tmp_path: Path,
) -> None:
    target = tmp_path / "elders.vault"
    target.write_bytes(b"")
    link = tmp_path / "portfolio.vault"
    link.symlink_to(target)
    with pytest.raises(VaultExists):
        Portfolio.create(link, PASSPHRASE)
    assert link.is_symlink() and target.read_bytes() == b""


def test_create_with_replace_moves_the_old_file_aside(filled: Path) -> None:
    shutil.copyfile(filled, filled.with_name("bewaard.vault"))
    old = sha(filled)
    with Portfolio.create(filled, "een heel andere wachtzin", replace_existing=True) as fresh:
        moved = fresh.moved_aside
        assert fresh.is_empty()
    assert moved is not None and moved.parent == filled.parent
    assert moved.name.startswith("portfolio-oud-") and moved.suffix == ".vault"
    assert sha(moved) == old
    with Portfolio.open(moved, PASSPHRASE) as kept:  # the old portfolio, whole
        assert [c.label for c in kept.claims.list()] == ["Lassen"]
    with Portfolio.open(filled, "een heel andere wachtzin") as fresh:
        assert fresh.is_empty()


def test_the_shape_is_judged_after_a_crash_by_the_pages_instead(
    filled: Path, tmp_path: Path
) -> None:
    """A write-ahead log left by a crash may hold what the file lacks: SQLite folds it in
    first, and the page checks before the daily backup judge what is left."""
    from portfolio_app.vault.integrity import check_shape

    cut_by(512)(filled)
    with pytest.raises(VaultDamaged):
        check_shape(filled)
    Path(f"{filled}-wal").write_bytes(b"\0" * 32)  # a log is there
    check_shape(filled)  # left to SQLite
    policy = BackupPolicy(tmp_path / "backups")
    with Portfolio.open(filled, PASSPHRASE, backups=policy) as portfolio:
        assert portfolio.damage is not None  # the cut page is found by the checks
    assert list_backups(policy.directory) == []
