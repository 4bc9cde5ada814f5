"""The one durable atomic-write helper (issue 12, point 8): unique temporary names, the file
and its folder flushed, nothing left behind on failure, never a clobbered file where that is
asked, private modes; and no other writer in the project."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

import pytest

from portfolio_app import atomic
from tests.conftest import REPO_ROOT
from tests.reliability import machine


def test_the_target_is_whole_or_untouched(tmp_path: Path) -> None:
    target = tmp_path / "doel.json"
    atomic.write_bytes(target, b"eerste")
    with pytest.raises(RuntimeError), atomic.atomic_file(target) as handle:
        handle.write(b"half")
        raise RuntimeError("onderbroken")
    assert target.read_bytes() == b"eerste"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doel.json"]


def test_temporary_names_are_unique(tmp_path: Path) -> None:
    target = tmp_path / "doel.txt"
    with atomic.atomic_path(target) as first, atomic.atomic_path(target) as second:
        assert first != second and first.parent == second.parent == tmp_path
        assert first.name.startswith(".doel.txt.") and first.name.endswith(".part")
        first.write_bytes(b"een")
        second.write_bytes(b"twee")
    assert target.read_bytes() == b"een"  # the outer one finished last
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doel.txt"]


def test_file_and_folder_are_flushed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kinds: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        kinds.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic.write_bytes(tmp_path / "doel", b"x")
    assert kinds == ["file", "folder"] if os.name == "posix" else ["file"]


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_a_failed_rename_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    target = tmp_path / "doel"
    target.write_bytes(b"oud")
    monkeypatch.setattr(os, "replace", machine.failing(code))
    with pytest.raises(OSError) as info:
        atomic.write_bytes(target, b"nieuw")
    assert info.value.errno == code
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["doel"]


@pytest.mark.parametrize("links", [True, False], ids=["hard links", "no hard links (FAT)"])
def test_never_clobber_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    if not links:
        monkeypatch.setattr(os, "link", machine.failing(errno.EPERM))
    target = tmp_path / "doel"
    atomic.write_bytes(target, b"eerste", replace=False)
    with pytest.raises(FileExistsError):
        atomic.write_bytes(target, b"tweede", replace=False)
    assert target.read_bytes() == b"eerste"
    assert [p.name for p in tmp_path.iterdir()] == ["doel"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_files_and_new_folders_are_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        mine = tmp_path / "bestaand"
        mine.mkdir(mode=0o755)
        target = mine / "a" / "b" / "doel"
        atomic.write_text(target, "tekst")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for folder in (mine / "a", mine / "a" / "b"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755  # a folder that was there is left alone


WRITERS = re.compile(
    r"os\.(replace|rename|link|fsync)\(|mkstemp\(|NamedTemporaryFile|"
    r"\.write_(text|bytes)\(|shutil\.(copy|copyfile|copy2|move)\("
)


def test_no_other_writer_in_the_app() -> None:
    """Every file the app writes goes through ``atomic`` (SQLite's own files aside)."""
    offenders = []
    for source in sorted((REPO_ROOT / "portfolio_app").rglob("*.py")):
        if source.name == "atomic.py" and source.parent.name == "portfolio_app":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if WRITERS.search(line):
                offenders.append(f"{source.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert offenders == []
