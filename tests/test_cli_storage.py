"""Issue 12 through the real CLI entry point: damaged files, init that never overwrites,
checked backups, conflict copies named by every command, one exit code table, file modes."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from portfolio_app.cli import main
from portfolio_app.errors import ExitCode
from tests.conftest import PASSPHRASE
from tests.vault.test_damaged_vault import PAGE, cut_by, cut_to, flip


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def vault(cli: Any, isolated_home: Path, template_vault: Path) -> Path:
    """The default vault with one claim (a copy of the template: no key derivation to make
    it), and today's backup made by the first command."""
    path = isolated_home / "portfolio.vault"
    isolated_home.mkdir()
    shutil.copyfile(template_vault, path)
    assert cli("competence", "add", "Koken", "--free")[0] == 0
    return path


@pytest.mark.parametrize(
    "damage",
    [cut_to(0), cut_to(1), cut_to(100), cut_by(1), cut_by(512), cut_by(PAGE)],
    ids=["0", "1", "100", "-1", "-512", "-4096"],
)
def test_a_cut_vault_never_passes_status(cli: Any, vault: Path, damage: Any) -> None:
    damage(vault)
    for command in (("status",), ("status", "--json"), ("competence", "list")):
        code, out, err = cli(*command)
        assert code == ExitCode.STORAGE, (command, out, err)
        assert err.count("\n") == 1 and "beschadigd" in err and "portfolio restore" in err
        assert "0 competenties" not in out


def test_first_page_damage_says_the_passphrase_is_right(cli: Any, vault: Path) -> None:
    flip(2000)(vault)
    code, _, err = cli("competence", "list")
    assert code == 7 and "beschadigd" in err and "wachtzin is wel juist" in err


def test_status_checks_every_page(cli: Any, vault: Path, isolated_home: Path) -> None:
    code, out, _ = cli("status")
    assert code == 0 and "gecontroleerd: in orde" in out
    flip(4 * PAGE + 100)(vault)  # after today's backup: only a check finds it
    code, out, err = cli("status")
    assert code == 7 and "beschadigd" in err and "in orde" not in out
    code, out, _ = cli("status", "--json")
    assert code == 7 and json.loads(out)["damaged"] is True
    before = sorted(p.name for p in (isolated_home / "backups").iterdir())
    code, out, err = cli("backup", str(isolated_home / "kopie.pfbackup"))
    assert code == 7 and "gecontroleerd" not in out and "beschadigd" in err
    assert not (isolated_home / "kopie.pfbackup").exists()
    assert sorted(p.name for p in (isolated_home / "backups").iterdir()) == before


def test_init_never_overwrites_and_force_moves_aside(cli: Any, vault: Path) -> None:
    for content in (b"", vault.read_bytes()):
        vault.write_bytes(content)
        code, _, err = cli("init")
        assert code == ExitCode.INVALID and "--force" in err and "niets overschreven" in err
        assert vault.read_bytes() == content
    old = vault.read_bytes()
    code, out, _ = cli("init", "--force")
    assert code == 0 and "niet gewist" in out
    (moved,) = [p for p in vault.parent.iterdir() if p.name.startswith("portfolio-oud-")]
    assert str(moved) in out and moved.read_bytes() == old
    code, out, _ = cli("--vault", str(moved), "competence", "list", "--json")
    assert code == 0 and [c["label"] for c in json.loads(out)] == ["Koken"]
    code, out, _ = cli("competence", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_a_damaged_backup_exits_7(cli: Any, vault: Path, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.pfbackup"
    code, out, _ = cli("backup", str(copy))
    assert code == 0 and "gemaakt en gecontroleerd" in out
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF
    copy.write_bytes(bytes(data))
    code, _, err = cli("restore", str(copy), "--yes")
    assert code == 7 and "beschadigd" in err and err.count("\n") == 1


def test_conflict_copies_are_named_by_every_command(cli: Any, vault: Path, tmp_path: Path) -> None:
    (vault.parent / "portfolio (conflicted copy 2026-01-02).vault").write_bytes(b"x")
    for command in (
        ("competence", "list"),
        ("leerbewijs", "list"),
        ("export", "json", str(tmp_path / "uit.json")),
        ("competence", "add", "Bakken", "--free"),
    ):
        code, _, err = cli(*command)
        assert code == 0 and "conflictkopie" in err, command


def test_a_second_vault_gets_its_own_daily_backup(
    cli: Any, vault: Path, isolated_home: Path
) -> None:
    second = isolated_home / "tweede.vault"
    assert cli("--vault", str(second), "init")[0] == 0
    assert cli("--vault", str(second), "competence", "list")[0] == 0
    names = sorted(p.name for p in (isolated_home / "backups").iterdir())
    assert [n.split("-")[0] for n in names] == ["portfolio", "tweede"]


def test_the_storage_fallback_exits_7(
    cli: Any, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlcipher3

    from portfolio_app.vault import store

    class Odd:
        """SQLite failing to begin a write with a code that has no plainer name."""

        def __init__(self, conn: Any) -> None:
            self._conn = conn

        def execute(self, sql: str, *args: Any) -> Any:
            if sql.startswith("BEGIN"):
                error = sqlcipher3.DatabaseError("disk is full, corrupt, readonly")  # misleading
                error.sqlite_errorcode = 7  # type: ignore[attr-defined] # SQLITE_NOMEM
                raise error
            return self._conn.execute(sql, *args)

        def __getattr__(self, name: str) -> Any:
            return getattr(self._conn, name)

    monkeypatch.setattr(store.Vault, "conn", property(lambda self: Odd(self._conn)))
    code, _, err = cli("competence", "add", "Bakken", "--free")
    assert code == 7 and "niet bewaard of gelezen" in err
    assert "schijf" not in err and "beschadigd" not in err  # the code decides, not the text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_and_folders_are_private(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "nieuw" / "thuis"  # made by the app, parents included
    monkeypatch.setenv("PORTFOLIO_HOME", str(home))
    previous = os.umask(0o022)  # the usual default, which made files 0644 before
    try:
        _check_private_files(cli, home, tmp_path)
    finally:
        os.umask(previous)


def _check_private_files(cli: Any, home: Path, tmp_path: Path) -> None:
    assert cli("init")[0] == 0
    vault = home / "portfolio.vault"
    out = tmp_path / "uitvoer"
    out.mkdir()
    assert cli("backup", str(out / "kopie.pfbackup"))[0] == 0
    assert cli("export", "json", str(out / "portfolio.json"))[0] == 0
    assert cli("export", "cv", str(out / "bijlage.pdf"))[0] == 0
    from portfolio_app import settings
    from portfolio_app.paths import AppPaths

    settings.save(AppPaths(home), settings.Settings())

    def mode(path: Path) -> int:
        return stat.S_IMODE(path.stat().st_mode)

    for folder in (home.parent, home, home / "backups", home / "logs"):
        assert mode(folder) == 0o700, folder
    files = [
        vault,
        home / "portfolio.vault.lock",
        home / "settings.json",
        *(home / "backups").iterdir(),
        *out.iterdir(),
    ]
    for path in files:
        assert mode(path) == 0o600, path
    vault.chmod(0o644)  # as an earlier version made it
    assert cli("competence", "list")[0] == 0
    assert mode(vault) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_is_private_whatever_comes_first(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "thuis"
    monkeypatch.setenv("PORTFOLIO_HOME", str(home))
    assert cli("language", "search", "heftruck")[0] == 0
    for folder in (home, home / "language"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
