"""Fuzzing the labour-market signals import (``portfolio_app.check.import_signals``).

Inputs: random bytes, the bundled table (a real file in the documented format) cut short,
mutated byte by byte, re-encoded, with a column dropped or a row of odd values (future
dates, huge and negative ratios, NaN, a URI with spaces), and random CSV text. An import
either replaces the user's table with a clean copy of every row or is refused with a plain
message; a refused import leaves the table in use exactly as it was, and whatever was
stored still loads.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import strategies as st

from portfolio_app.check import import_signals, load_signals
from portfolio_app.check.files import bundled_signals_text, user_signals_file
from portfolio_app.paths import AppPaths
from tests.fuzz import fuzzing

TODAY = date(2025, 6, 1)
ODD_VALUES = [
    "", " ", "nan", "NaN", "inf", "-inf", "-1", "0", "1e308", "1e999", "9" * 400, "0,5",
    "2999-01", "0000-00", "2021-13-40", "2021-02-30", "ja", "nee", "misschien", "\x00",
    "urn:met spatie", "http://", "é" * 5000, '"', "=1+1", "1.5.5",
]  # fmt: skip


@pytest.fixture(scope="module")
def table() -> bytes:
    text = bundled_signals_text()
    assert text, "the bundled signals table is missing"
    return text.encode("utf-8")


def _rows(table: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(table.decode("utf-8"), newline="")))


def _write(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _odd_cells(table: bytes) -> st.SearchStrategy[bytes]:
    rows = _rows(table)

    def build(changes: list[tuple[int, int, str]]) -> bytes:
        copy = [list(r) for r in rows]
        for row, column, value in changes:
            target = copy[row % len(copy)]
            target[column % len(target)] = value
        return _write(copy)

    cell = st.tuples(st.integers(0, 200), st.integers(0, 20), st.sampled_from(ODD_VALUES))
    return st.lists(cell, min_size=1, max_size=5).map(build)


def _dropped_column(table: bytes) -> st.SearchStrategy[bytes]:
    rows = _rows(table)
    return st.integers(0, 6).map(
        lambda c: _write([[v for i, v in enumerate(r) if i != c] for r in rows])
    )


def _encodings(table: bytes) -> st.SearchStrategy[bytes]:
    text = table.decode("utf-8")
    names = st.sampled_from(["utf-16", "utf-32", "latin-1", "cp1252", "utf-8-sig"])
    return st.tuples(names, st.integers(1, 10)).map(
        lambda c: text.encode(c[0], "replace")[: len(text) * 4 * c[1] // 10]
    )


def _random_csv() -> st.SearchStrategy[bytes]:
    cell = st.one_of(st.sampled_from(ODD_VALUES), st.text(max_size=20))
    header = st.lists(
        st.sampled_from(["occupation_uri", "shortage", "source", "date", "tension_ratio", "x"]),
        max_size=8,
    )
    return st.tuples(header, st.lists(st.lists(cell, max_size=9), max_size=10)).map(
        lambda h: _write([h[0], *h[1]])
    )


INPUTS: dict[str, Callable[[bytes], st.SearchStrategy[bytes]]] = {
    "random bytes": lambda _: st.binary(max_size=3000),
    "random CSV": lambda _: _random_csv(),
    "truncated table": lambda t: st.integers(0, len(t)).map(lambda n: t[:n]),
    "byte mutations": fuzzing.byte_mutations,
    "odd values": _odd_cells,
    "column dropped": _dropped_column,
    "wrong encoding": _encodings,
}


def _check(folder: Path, paths: AppPaths) -> Callable[[bytes], None]:
    counts = fuzzing.tally("signals CSV import")
    source = folder / "signalen.csv"
    stored = user_signals_file(paths)

    def check(raw: bytes) -> None:
        before = stored.read_bytes()
        source.write_bytes(raw)
        kind, result = fuzzing.outcome(lambda: import_signals(source, paths, TODAY))
        counts[kind] += 1
        if kind == "ok":
            assert result and all(s.date <= TODAY for s in result)
            assert {s.occupation_uri for s in result} <= {
                s.occupation_uri for s in load_signals(paths) if s.imported
            }
            source.write_bytes(before)  # put the earlier table back for the next input
            import_signals(source, paths, TODAY)
        assert stored.read_bytes() == before
        assert [s for s in load_signals(paths) if s.imported]
        assert not [p.name for p in stored.parent.iterdir() if p.name.startswith(".signals-")]

    return check


def _fuzz(tmp_path: Path, table: bytes, examples: int) -> None:
    paths = AppPaths(tmp_path / "home")
    first = tmp_path / "eerste.csv"
    first.write_bytes(table)
    import_signals(first, paths, TODAY)  # a table in use, which a refused import must keep
    check = _check(tmp_path, paths)
    for make in INPUTS.values():
        fuzzing.run_fuzz(make(table), check, examples)


def test_signals_import(tmp_path: Path, table: bytes) -> None:
    _fuzz(tmp_path, table, examples=30)


@pytest.mark.slow
def test_signals_import_many_inputs(tmp_path: Path, table: bytes) -> None:
    _fuzz(tmp_path, table, examples=500)
