"""Faults of the machine (issue 7, item 3): a full disk and a read-only data directory.

Each ends in the clear error (``StorageFull``/``StorageReadOnly``, with its Dutch message),
nothing saved before is lost (the vault is reopened and compared), and the vault stays
usable: the next write after the fault is gone succeeds. See ``machine`` for which layer
each test breaks and why.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from portfolio_app import atomic
from portfolio_app import settings as settings_store
from portfolio_app.check import import_signals
from portfolio_app.check.files import user_signals_file
from portfolio_app.domain import CompetenceClaim, Leerbewijs
from portfolio_app.errors import PortfolioError, StorageFull, StorageReadOnly
from portfolio_app.export import json_document
from portfolio_app.export.json_document import write_json
from portfolio_app.paths import AppPaths
from portfolio_app.vault import ChangeEvent, Portfolio
from tests.conftest import PASSPHRASE
from tests.reliability import figures, machine
from tests.reliability.content import add_saved_content, snapshot

SIMULATIONS: list[str] = []
SIGNALS = "occupation_uri,shortage,source,date\n{uri},ja,VDAB,2021-04\n"


def _note(name: str) -> None:
    SIMULATIONS.append(name)
    figures.record("reliability", "fault simulations", {"passed": ", ".join(SIMULATIONS)})


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _reopened(path: Path) -> dict[str, str]:
    with Portfolio.open(path, PASSPHRASE) as again:
        assert again.integrity_problems() == []
        return snapshot(again)


def _failing_group(portfolio: Portfolio, size: int) -> None:
    """A leerbewijs, a claim and then a large attachment, in one change: the last write is
    the one that fails, so the first two must be rolled back with it."""
    with portfolio.change("Leerbewijs toegevoegd", "Proof of learning added"):
        proof = portfolio.leerbewijzen.add(Leerbewijs(title="Diploma dat niet past"))
        portfolio.claims.add(CompetenceClaim(label="Half bewaard?", leerbewijs_ids=[proof.id]))
        portfolio.attachments.add_bytes(os.urandom(size), "groot.pdf")


# -- SQLite itself runs out of room or may not write -------------------------------------


def test_disk_full_inside_sqlite(vault_path: Path) -> None:
    events: list[ChangeEvent] = []
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        add_saved_content(portfolio)
        before = snapshot(portfolio)
        undo_before = portfolio.undo_description()
        portfolio.subscribe(events.append)
        machine.set_max_pages(portfolio, machine.page_count(portfolio) + 2)

        with pytest.raises(StorageFull) as single:
            portfolio.attachments.add_bytes(os.urandom(300_000), "scan.pdf")
        machine.assert_clear(single.value, StorageFull)
        with pytest.raises(StorageFull) as group:
            _failing_group(portfolio, 300_000)
        machine.assert_clear(group.value, StorageFull)

        # Nothing half-saved, nothing announced, the undo history as it was, reads work.
        assert snapshot(portfolio) == before
        assert events == [] and portfolio.undo_description() == undo_before
        # Space freed: the same change now goes through, on the same open vault.
        machine.set_max_pages(portfolio, 1_000_000)
        _failing_group(portfolio, 300_000)
        after = snapshot(portfolio)
        assert len(events) == 1
    assert _reopened(vault_path) == after
    assert {k: after[k] for k in before} == before
    _note("SQLITE_FULL via PRAGMA max_page_count")


def test_read_only_inside_sqlite(vault_path: Path) -> None:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        add_saved_content(portfolio)
        before = snapshot(portfolio)
        machine.set_query_only(portfolio, True)
        for write in (
            lambda: portfolio.claims.add(CompetenceClaim(label="Nieuw")),
            lambda: _failing_group(portfolio, 1000),
            lambda: portfolio.claims.delete(portfolio.claims.list()[0].id),
            portfolio.undo,
        ):
            with pytest.raises(StorageReadOnly) as info:
                write()
            machine.assert_clear(info.value, StorageReadOnly)
        assert snapshot(portfolio) == before
        machine.set_query_only(portfolio, False)
        portfolio.claims.add(CompetenceClaim(label="Na het herstel"))
        after = snapshot(portfolio)
    assert _reopened(vault_path) == after
    _note("read-only via PRAGMA query_only")


# -- a real, tiny filesystem --------------------------------------------------------------


def test_disk_full_on_a_real_tiny_filesystem(vault_path: Path, tmp_path: Path) -> None:
    with machine.tiny_filesystem(tmp_path / "stick", "2m") as stick:
        vault = stick / "portfolio.vault"
        shutil.copyfile(vault_path, vault)
        with Portfolio.open(vault, PASSPHRASE) as portfolio:
            add_saved_content(portfolio)
            earlier_export = stick / "export.json"
            write_json(portfolio, earlier_export)
            exported = _sha(earlier_export)
            before = snapshot(portfolio)
            filler = machine.fill_up(stick)

            # The vault's own writes: a single attachment, and a group that fails at its end.
            with pytest.raises(StorageFull) as info:
                for number in range(20):
                    portfolio.attachments.add_bytes(os.urandom(100_000), f"scan-{number}.png")
            machine.assert_clear(info.value, StorageFull)
            saved_while_full = snapshot(portfolio)
            with pytest.raises(StorageFull):
                _failing_group(portfolio, 200_000)
            assert snapshot(portfolio) == saved_while_full
            assert {k: saved_while_full[k] for k in before} == before
            assert portfolio.integrity_problems() == []

            # Files written next to it: an export, the settings, a new vault.
            with pytest.raises(StorageFull):
                write_json(portfolio, earlier_export)
            assert _sha(earlier_export) == exported
            with pytest.raises(StorageFull):
                settings_store.save(AppPaths(stick), settings_store.Settings())
            with pytest.raises(StorageFull):
                Portfolio.create(stick / "tweede.vault", PASSPHRASE)
            assert not (stick / "tweede.vault").exists()
            assert not [p.name for p in stick.iterdir() if p.name.endswith(".part")]

            filler.unlink()
            portfolio.attachments.add_bytes(os.urandom(100_000), "na-het-opruimen.png")
            after = snapshot(portfolio)
        assert _reopened(vault) == after
        # Leftovers of the failed creation are empty and hold no data.
        assert not [p for p in stick.iterdir() if ".new-" in p.name]
    _note("ENOSPC on a real 2 MB tmpfs")


def test_a_vault_on_a_completely_full_disk_says_so_and_opens_once_space_is_freed(
    vault_path: Path, tmp_path: Path
) -> None:
    with machine.tiny_filesystem(tmp_path / "stick", "1m") as stick:
        vault = stick / "portfolio.vault"
        shutil.copyfile(vault_path, vault)
        with Portfolio.open(vault, PASSPHRASE) as portfolio:
            add_saved_content(portfolio)
            before = snapshot(portfolio)
        filler = machine.fill_up(stick)
        with pytest.raises(StorageFull) as info:
            Portfolio.open(vault, PASSPHRASE)
        machine.assert_clear(info.value, StorageFull)
        filler.unlink()
        assert _reopened(vault) == before
    _note("opening on a full tmpfs")


def test_a_full_disk_on_the_first_open_of_a_day(
    vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """Issue 12, point 4, on a real full tmpfs: the daily backup cannot be made, yet
    listing and exporting work; a change is refused with "schijf vol" and exit 7, and goes
    through (after today's backup) once space is freed."""
    from portfolio_app.cli import main

    with machine.tiny_filesystem(tmp_path / "stick", "2m") as home:
        shutil.copyfile(vault_path, home / "portfolio.vault")
        with Portfolio.open(home / "portfolio.vault", PASSPHRASE) as portfolio:
            add_saved_content(portfolio)
            before = snapshot(portfolio)
        assert (home / "portfolio.vault").stat().st_size > 100_000
        reserve = home / "reserve"
        reserve.write_bytes(b"\0" * 64_000)  # room to open, not to copy the vault
        filler = machine.fill_up(home)
        reserve.unlink()
        monkeypatch.setenv("PORTFOLIO_HOME", str(home))
        monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

        def run(*argv: str) -> tuple[int, str, str]:
            code = main(list(argv))
            out = capsys.readouterr()
            return code, out.out, out.err

        code, out, err = run("leerbewijs", "list")
        assert code == 0 and "Attest heftruck" in out
        assert "geen reservekopie" in err and "schijf is vol" in err
        outside = tmp_path / "export.json"
        code, _, err = run("export", "json", str(outside))
        assert code == 0 and outside.stat().st_size > 40_000
        code, _, err = run("competence", "add", "Nieuw", "--free")
        assert code == 7 and "schijf is vol" in err and "onverwachts" not in err
        assert not list((home / "backups").glob("*.pfbackup"))
        filler.unlink()
        code, _, err = run("competence", "add", "Nieuw", "--free")
        assert code == 0 and err == ""  # today's backup is made at open now
        assert len(list((home / "backups").glob("*.pfbackup"))) == 1
        with Portfolio.open(home / "portfolio.vault", PASSPHRASE) as again:
            after = snapshot(again)
        assert {k: after[k] for k in before if k != "claims"} == {
            k: before[k] for k in before if k != "claims"
        }
    _note("first open of a day on a full tmpfs (CLI)")


def test_read_only_data_directory(vault_path: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    vault = data / "portfolio.vault"
    shutil.copyfile(vault_path, vault)
    with Portfolio.open(vault, PASSPHRASE) as portfolio:
        add_saved_content(portfolio)
        before = snapshot(portfolio)
    settings_store.save(AppPaths(data), settings_store.Settings(autolock_minutes=5))
    files = {p.name: _sha(p) for p in data.iterdir()}

    with machine.read_only_view(data, tmp_path / "ro") as view:
        attempts = {
            "open": lambda: Portfolio.open(view / "portfolio.vault", PASSPHRASE),
            "create": lambda: Portfolio.create(view / "nieuw.vault", PASSPHRASE),
            "create in a new folder": lambda: Portfolio.create(view / "a" / "b.vault", PASSPHRASE),
            "settings": lambda: settings_store.save(AppPaths(view), settings_store.Settings()),
            "json export": lambda: json_document.atomic_write(view / "export.json", b"{}"),
        }
        for name, attempt in attempts.items():
            with pytest.raises(PortfolioError) as info:
                attempt()
            assert isinstance(info.value, StorageReadOnly), name
            machine.assert_clear(info.value, StorageReadOnly)
        # Reading what is there still works (the settings fall back to nothing lost).
        assert settings_store.load(AppPaths(view)).autolock_minutes == 5
    assert {p.name: _sha(p) for p in data.iterdir()} == files
    assert _reopened(vault) == before
    _note("EROFS via a read-only bind mount")


# -- the Python-level writes, with the OS error injected ----------------------------------


@pytest.mark.parametrize(
    ("code", "kind"),
    [(errno.ENOSPC, StorageFull), (errno.EROFS, StorageReadOnly), (errno.EACCES, StorageReadOnly)],
)
def test_exports_and_settings_fail_cleanly(
    portfolio: Portfolio,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    code: int,
    kind: type[PortfolioError],
) -> None:
    add_saved_content(portfolio)
    before = snapshot(portfolio)
    out = tmp_path / "export"
    out.mkdir()
    target = out / "portfolio.json"
    write_json(portfolio, target)
    exported = _sha(target)
    paths = AppPaths(tmp_path / "home")
    settings_store.save(paths, settings_store.Settings(autolock_minutes=7))

    signals = tmp_path / "signalen.csv"
    signals.write_text(SIGNALS.format(uri="urn:x:eerste"), encoding="utf-8")
    import_signals(signals, paths, date(2025, 6, 1))
    signals_in_use = _sha(user_signals_file(paths))
    signals.write_text(SIGNALS.format(uri="urn:x:tweede"), encoding="utf-8")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", machine.failing(code))
        patch.setattr(os, "link", machine.failing(code))  # a new vault never replaces a file
        with pytest.raises(kind) as info:
            write_json(portfolio, target)
        machine.assert_clear(info.value, kind)
        with pytest.raises(kind):
            settings_store.save(paths, settings_store.Settings(autolock_minutes=1))
        with pytest.raises(kind):
            Portfolio.create(tmp_path / "nieuw.vault", PASSPHRASE)
        with pytest.raises(kind):
            import_signals(signals, paths, date(2025, 6, 1))
    assert not (tmp_path / "nieuw.vault").exists()
    assert not [p for p in tmp_path.iterdir() if ".new-" in p.name]
    with monkeypatch.context() as patch:
        patch.setattr(atomic, "open", machine.failing(code), raising=False)
        with pytest.raises(kind):
            write_json(portfolio, target)

    # The earlier files are whole, no partial file is left, and the vault did not notice.
    assert _sha(target) == exported
    assert _sha(user_signals_file(paths)) == signals_in_use
    assert [p.name for p in user_signals_file(paths).parent.iterdir()] == ["signals.csv"]
    assert settings_store.load(paths).autolock_minutes == 7
    leftovers = [p.name for p in (*out.iterdir(), *paths.data_dir.iterdir())]
    assert not [name for name in leftovers if name.endswith(".part")], leftovers
    assert snapshot(portfolio) == before
    write_json(portfolio, target)  # and the next try, with the fault gone, works
    _note(f"injected {errno.errorcode[code]} in os.replace/os.link/open (exports, settings, ...)")
