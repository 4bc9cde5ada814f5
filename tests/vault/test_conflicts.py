from __future__ import annotations

from pathlib import Path

from portfolio_app.vault.conflicts import find_conflict_copies


def test_conflict_copies_of_common_sync_tools_are_found(tmp_path: Path) -> None:
    vault = tmp_path / "portfolio.vault"
    names = [
        "portfolio.sync-conflict-20261005-101010-ABCDEFG.vault",
        "portfolio (conflicted copy 2026-10-05 101010).vault",
        "portfolio (Jan's conflicted copy 2026-10-05).vault",
        "portfolio (1).vault",
        "portfolio-DESKTOP-AB12CD.vault",
    ]
    innocent = [
        "portfolio.vault.lock",
        "portfolio.vault-wal",
        "ander.vault",
        "portfolio-notes.txt",
        "portfolio-2.vault",
    ]
    for name in [*names, *innocent, "portfolio.vault"]:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in find_conflict_copies(vault)] == sorted(names)


def test_no_folder_no_copies(tmp_path: Path) -> None:
    assert find_conflict_copies(tmp_path / "nope" / "portfolio.vault") == []
