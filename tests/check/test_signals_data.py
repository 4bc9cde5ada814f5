"""Checks on the bundled labour-market signals (resources/signals/knelpuntberoepen.csv)."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

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
        assert row["shortage"] in {"ja", "nee"}, i
        assert row["source"].strip(), i
        assert date(2000, 1, 1) <= parse_date(row["date"]) <= date.today(), i


def test_shortage_follows_the_documented_rule() -> None:
    # docs/signals-format.md: more vacancies than interested jobseekers (ratio < 1) -> shortage
    for row in rows():
        assert (row["shortage"] == "ja") == (float(row["tension_ratio"]) < 1), row


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
