"""Checks on the bundled labour-market signals (resources/signals/knelpuntberoepen.csv)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

from portfolio_app.check import load_signals, parse_signals
from portfolio_app.paths import AppPaths

REPO_ROOT = Path(__file__).resolve().parents[2]
SIGNALS = REPO_ROOT / "resources" / "signals" / "knelpuntberoepen.csv"
LANGUAGE_DIR = REPO_ROOT / "resources" / "language"
HEADER = [
    "occupation_uri",
    "occupation_label",
    "tension_ratio",
    "shortage",
    "source",
    "date",
    "note",
]


@cache
def raw() -> bytes:
    return SIGNALS.read_bytes()


@cache
def rows() -> list[dict[str, str]]:
    text = raw().decode("utf-8")  # strict: the file must be valid UTF-8
    return list(csv.DictReader(text.splitlines()))


@cache
def starter_occupations() -> dict[str, dict]:
    found = {}
    for path in LANGUAGE_DIR.glob("*.json"):
        for occ in json.loads(path.read_text(encoding="utf-8")).get("occupations", []):
            found[occ["uri"]] = occ
    return found


def parse_date(value: str) -> date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    assert re.fullmatch(r"\d{4}-\d{2}", value), value
    return date.fromisoformat(value + "-01")


def test_header_and_encoding() -> None:
    assert not raw().startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    first = raw().decode("utf-8").splitlines()[0]
    assert next(csv.reader([first])) == HEADER


def test_at_least_thirty_rows() -> None:
    assert len(rows()) >= 30


def test_column_types() -> None:
    for i, row in enumerate(rows(), start=2):
        assert None not in row and all(v is not None for v in row.values()), i
        assert row["occupation_label"].strip(), i
        ratio = float(row["tension_ratio"])
        assert 0 < ratio < 100, i
        assert row["shortage"] == "", i
        assert row["source"].strip(), i
        assert date(2000, 1, 1) <= parse_date(row["date"]) <= date.today(), i


def test_shortage_is_empty_everywhere() -> None:
    # docs/signals-format.md: the tables rank tension and do not say which occupations were on
    # the knelpuntberoepenlijst, and a yes/no is never derived from a ratio.
    assert {row["shortage"] for row in rows()} == {""}


def test_every_row_is_stated_in_the_past_tense_with_its_month_and_source() -> None:
    signals, bad = parse_signals(raw().decode("utf-8"), today=date.today())
    assert not bad and len(signals) == len(rows())
    for signal in signals:
        nl, en = signal.describe(date(2026, 12, 1))
        month = "april 2021" if signal.date == date(2021, 4, 1) else "februari 2020"
        assert nl.startswith(f"In {month} was de spanningsratio voor '{signal.occupation_label}'")
        assert f"Bron: {signal.source}." in nl and "jaar oud" in nl
        assert "knelpuntberoep" not in nl and "shortage occupation" not in en
        words = nl.split(" Bron: ")[0]  # the source's title may say "krapte" itself
        assert ("krapte" in words) is (
            signal.tension_ratio is not None and signal.tension_ratio < 1
        )


def test_slager_is_in_the_figures_and_linked() -> None:
    """Issue 11: Slager (seed top-20 table, 1,01) was called "niet in de cijfers"."""
    (slager,) = [r for r in rows() if r["occupation_label"] == "Slager"]
    assert slager["occupation_uri"] in starter_occupations()
    assert (slager["tension_ratio"], slager["date"]) == ("1.01", "2021-04")
    table = load_signals(AppPaths(Path("/nonexistent-portfolio-home")))
    latest = table.latest(slager["occupation_uri"])
    assert latest is not None and latest.tension_ratio == 1.01 and not latest.tight
    text = latest.describe(date(2026, 12, 1))[0]
    assert "1,01: er waren ongeveer evenveel geïnteresseerde werkzoekenden als vacatures" in text


def test_ratio_matches_the_counts_in_the_note() -> None:
    checked = 0
    for row in rows():
        m = re.search(r"(\d+) werkzoekenden, (\d+) vacatures", row["note"])
        if m:
            jobseekers, vacancies = int(m[1]), int(m[2])
            assert abs(jobseekers / vacancies - float(row["tension_ratio"])) <= 0.006, row
            checked += 1
    assert checked >= 30


def test_occupation_uris_exist_in_starter_language() -> None:
    known = starter_occupations()
    assert known
    for row in rows():
        uri = row["occupation_uri"]
        if uri:
            assert uri in known, uri


def test_rows_are_unique_per_occupation_and_date() -> None:
    keys = Counter((r["occupation_label"], r["date"]) for r in rows())
    assert not [k for k, n in keys.items() if n > 1]
    linked = Counter((r["occupation_uri"], r["date"]) for r in rows() if r["occupation_uri"])
    assert not [k for k, n in linked.items() if n > 1]


def test_two_top20_tables() -> None:
    per_date = Counter(r["date"] for r in rows())
    assert per_date == {"2021-04": 20, "2020-02": 20}
    for row in rows():
        assert "VDAB" in row["source"], row
