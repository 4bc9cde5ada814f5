"""Fuzzing the ESCO CSV import: a valid download (either layout) with its files broken.

Each input is a small, valid download (``tests.language.esco_files``) to which one to four
faults are done: a file replaced by random bytes or mutated, quoting broken, NUL bytes put
in, re-encoded (Latin-1, UTF-16), a column dropped, a field of megabytes added, the file
removed, emptied, made a folder or a dangling link, CRLF line ends, a byte-order mark. The
import either succeeds (bad rows skipped and counted) or stops with a plain message, and a
stopped import leaves the language folder as it was.
"""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import strategies as st

from portfolio_app.language import import_esco
from portfolio_app.language import starter as starter_module
from portfolio_app.paths import AppPaths
from tests.fuzz import fuzzing
from tests.language import esco_files

STARTER = Path(__file__).resolve().parents[1] / "language" / "data" / "starter"
LAYOUTS = {
    (layout, langs): sorted(esco_files._files(layout, langs))
    for layout in ("1.1", "1.2")
    for langs in (("en",), ("nl", "en"))
}
FAULTS = (
    "random", "mutate", "quote", "nul", "latin-1", "utf-16", "drop column", "huge field",
    "remove", "empty", "folder", "dangling link", "crlf", "bom", "header only",
)  # fmt: skip


@pytest.fixture(autouse=True)
def small_starter(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own small starter language, so an import takes milliseconds."""
    files = sorted(STARTER.glob("*.json"))
    monkeypatch.setattr(starter_module, "bundled_files", lambda: list(files))


def _drop_column(data: bytes, index: int) -> bytes:
    try:
        rows = list(csv.reader(io.StringIO(data.decode("utf-8", "replace"), newline="")))
    except csv.Error:  # an earlier fault broke it beyond what the csv module reads
        return data
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([v for i, v in enumerate(row) if i != index % max(len(row), 1)])
    return out.getvalue().encode("utf-8")


def _break(folder: Path, name: str, fault: str, arg: int, blob: bytes) -> None:
    path = folder / name
    if path.is_symlink():  # an earlier fault made it a link or a folder: start from nothing
        path.unlink()
    elif path.is_dir():
        path.rmdir()
    data = path.read_bytes() if path.is_file() else b""
    at = arg % (len(data) + 1)
    if fault == "random":
        path.write_bytes(blob)
    elif fault == "mutate":
        path.write_bytes(data[:at] + blob + data[at + len(blob) :])
    elif fault == "quote":
        path.write_bytes(data[:at] + b'"' + data[at:])
    elif fault == "nul":
        path.write_bytes(data[:at] + b"\x00" * (1 + arg % 3) + data[at:])
    elif fault == "latin-1":
        path.write_bytes(data.decode("utf-8", "replace").encode("latin-1", "replace") + b"\xe9")
    elif fault == "utf-16":
        path.write_bytes(data.decode("utf-8", "replace").encode("utf-16"))
    elif fault == "drop column":
        path.write_bytes(_drop_column(data, arg))
    elif fault == "huge field":
        size = 100_000 + (arg * 7919) % 3_000_000
        path.write_bytes(data + b'"x,' + b"y" * size + b'",z\n' + b"w" * size + b"\n")
    elif fault == "remove":
        path.unlink(missing_ok=True)
    elif fault == "empty":
        path.write_bytes(b"")
    elif fault == "folder":
        path.unlink(missing_ok=True)
        path.mkdir()
    elif fault == "dangling link":
        path.unlink(missing_ok=True)
        path.symlink_to(folder / "nowhere" / name)
    elif fault == "crlf":
        path.write_bytes(data.replace(b"\n", b"\r\n"))
    elif fault == "bom":
        path.write_bytes(b"\xef\xbb\xbf" + data)
    elif fault == "header only":
        path.write_bytes(data.split(b"\n", 1)[0])


def _inputs() -> st.SearchStrategy[tuple[Any, ...]]:
    fault = st.tuples(
        st.integers(0, 100),  # which file
        st.sampled_from(FAULTS),
        st.integers(0, 2**20),
        st.binary(min_size=1, max_size=300),
    )
    return st.tuples(st.sampled_from(sorted(LAYOUTS)), st.lists(fault, min_size=1, max_size=4))


def _language_files(paths: AppPaths) -> list[str]:
    folder = paths.language_dir
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _check(root: Path) -> Callable[[tuple[Any, ...]], None]:
    counts = fuzzing.tally("ESCO CSV import")

    def check(value: tuple[Any, ...]) -> None:
        (layout, langs), faults = value
        work = Path(tempfile.mkdtemp(dir=root))
        try:
            folder = esco_files.write_esco(work / "ESCO dataset v1.1.1", layout=layout, langs=langs)
            for which, fault, arg, blob in faults:
                names = LAYOUTS[(layout, langs)]
                _break(folder, names[which % len(names)], fault, arg, blob)
            paths = AppPaths(work / "home")
            before = _language_files(paths)
            stages: list[str] = []
            kind, result = fuzzing.outcome(
                lambda: import_esco(
                    folder, paths, progress=lambda s, d, t: stages.append(s), cancel=lambda: False
                )
            )
            counts[kind] += 1
            if kind == "ok":
                assert result.path.is_file() and result.bad_row_count >= 0
                counts["_bad rows skipped"] += result.bad_row_count
            else:
                assert _language_files(paths) == before
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return check


def test_esco_import_with_broken_files(tmp_path: Path) -> None:
    fuzzing.run_fuzz(_inputs(), _check(tmp_path), examples=40)


@pytest.mark.slow
def test_esco_import_many_broken_downloads(tmp_path: Path) -> None:
    fuzzing.run_fuzz(_inputs(), _check(tmp_path), examples=800)


def test_a_csv_file_of_gigabytes_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = esco_files.write_esco(tmp_path / "esco")
    with open(folder / "skills_en.csv", "r+b") as handle:
        handle.truncate(2_500_000_000)  # sparse: takes no room on disk
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    kind, error = fuzzing.outcome(lambda: import_esco(folder, AppPaths(tmp_path / "home")))
    assert kind == "refused: ImportFailed" and "te groot" in error.message("nl")
    assert folder / "skills_en.csv" not in read
