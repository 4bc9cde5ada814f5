"""Signals: parsing with line numbers, the optional shortage column, the words a figure is
stated in (``describe``), the all-or-nothing import, and the bundled data."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from portfolio_app.check import (
    Signal,
    SignalTable,
    import_signals,
    load_evc_costs,
    load_signals,
    parse_signals,
)
from portfolio_app.check.evc import parse_evc_costs
from portfolio_app.check.files import user_signals_file
from portfolio_app.check.signals import write_signals
from portfolio_app.errors import InvalidInput, TooLarge
from portfolio_app.paths import AppPaths

HEADER = "occupation_uri,occupation_label,tension_ratio,shortage,source,date,note\n"
GOOD = HEADER + (
    'urn:x:o:lasser,Lasser,"0,62",ja,"VDAB, knelpuntberoepen 2025",2025-03,\n'
    ",Vrachtwagenchauffeur (niet in de taal),0.8,ja,VDAB,2025-03-15,\n"
    "urn:x:o:kapper,Kapper,,nee,Eigen telling,2024,geen ratio\n"
)


def test_good_rows_are_read(tmp_path: Path) -> None:
    signals, bad = parse_signals(GOOD)
    assert not bad
    welder, driver, barber = signals
    assert (welder.tension_ratio, welder.shortage, welder.date) == (0.62, True, date(2025, 3, 1))
    assert driver.occupation_uri == "" and driver.date == date(2025, 3, 15)
    assert barber.tension_ratio is None and not barber.shortage and barber.date == date(2024, 1, 1)
    table = SignalTable(signals)
    assert table.for_occupation("") == () and table.for_occupation(None) == ()
    assert table.is_tight("urn:x:o:lasser") and not table.is_tight("urn:x:o:kapper")
    assert not table.is_tight("urn:x:o:onbekend") and table.latest("urn:x:o:onbekend") is None


def test_the_shortage_column_is_optional_and_may_be_empty() -> None:
    without = (
        "occupation_uri,occupation_label,tension_ratio,source,date\n"
        'urn:x:o:slager,Slager,"1,01",VDAB,2021-04\n'
        "urn:x:o:lasser,Lasser,0.62,VDAB,2021-04\n"
    )
    signals, bad = parse_signals(without)
    assert not bad and [s.shortage for s in signals] == [None, None]
    table = SignalTable(signals)
    # Where the source does not say, the ratio decides the careers filter: below 1.
    assert not table.is_tight("urn:x:o:slager") and table.is_tight("urn:x:o:lasser")
    empty, bad = parse_signals(HEADER + "urn:x:o:a,A,0.5,,Bron,2024-01,\n")
    assert not bad and empty[0].shortage is None and empty[0].tight
    said_no, _ = parse_signals(HEADER + "urn:x:o:a,A,0.5,nee,Bron,2024-01,\n")
    assert said_no[0].shortage is False and not said_no[0].tight  # the source's word wins
    assert ",0.5,,Bron," in write_signals(empty)  # an empty shortage stays empty


def signal(ratio: float | None, shortage: bool | None = None, **fields: Any) -> Signal:
    fields.setdefault("occupation_uri", "urn:x:o:trekker")
    fields.setdefault("occupation_label", "Bestuurder trekker-oplegger")
    fields.setdefault("source", "VDAB, top-20 april 2021")
    fields.setdefault("date", date(2021, 4, 1))
    return Signal(tension_ratio=ratio, shortage=shortage, **fields)


@pytest.mark.parametrize(
    ("ratio", "words"),
    [
        (0.34, "0,34: er was grote krapte, met veel meer vacatures dan geïnteresseerde "
               "werkzoekenden."),
        (0.8, "0,80: er was krapte, met meer vacatures dan geïnteresseerde werkzoekenden."),
        (0.98, "0,98: er was krapte"),
        (1.01, "1,01: er waren ongeveer evenveel geïnteresseerde werkzoekenden als vacatures."),
        (1.8, "1,80: er waren meer geïnteresseerde werkzoekenden dan vacatures."),
    ],
)  # fmt: skip
def test_a_ratio_is_stated_in_the_past_tense_with_month_and_source(
    ratio: float, words: str
) -> None:
    nl, en = signal(ratio).describe(date(2022, 1, 1))
    assert nl.startswith(
        f"In april 2021 was de spanningsratio voor 'Bestuurder trekker-oplegger' {words}"
    )
    assert nl.endswith("Bron: VDAB, top-20 april 2021.")
    assert en.startswith("In April 2021 the tension ratio for 'Bestuurder trekker-oplegger' was")
    assert en.endswith("Source: VDAB, top-20 april 2021.")
    for text in (nl, en):
        assert "knelpuntberoep" not in text and "shortage occupation" not in text
        assert " is er " not in text and "there is" not in text  # never the present tense


@pytest.mark.parametrize("ratio", [0.0, 0.2, 0.49, 0.5, 0.7, 0.95, 0.99, 1.0, 1.05, 1.1, 1.2, 3.0])
def test_the_words_say_krapte_exactly_when_the_figure_counts_as_tight(ratio: float) -> None:
    one = signal(ratio)
    nl, en = one.describe(date(2022, 1, 1))
    assert ("krapte" in nl) is one.tight is ("shortage" in en) is (ratio < 1)


def test_a_shortage_list_is_only_named_when_the_source_says(tmp_path: Path) -> None:
    on, _ = signal(0.5, True).describe(date(2022, 1, 1))
    assert (
        "In april 2021 stond 'Bestuurder trekker-oplegger' op de lijst van knelpuntberoepen" in on
    )
    off, off_en = signal(0.5, False).describe(date(2022, 1, 1))
    assert "niet" in off and "op de lijst van knelpuntberoepen" in off
    assert "was not on the list of shortage occupations" in off_en
    silent, _ = signal(0.5, None).describe(date(2022, 1, 1))
    assert "lijst" not in silent
    for text in (on, off, silent):
        assert "is een knelpuntberoep" not in text
    bare, bare_en = signal(None, None, note="eigen telling").describe(date(2022, 1, 1))
    assert bare.startswith("Cijfer van april 2021 voor 'Bestuurder trekker-oplegger'.")
    assert "(eigen telling)" in bare and bare_en.startswith("Figure of April 2021")
    unnamed, _ = signal(0.5, occupation_label="").describe(date(2022, 1, 1))
    assert "voor dit beroep 0,50" in unnamed


def test_not_on_the_list_reads_as_dutch() -> None:
    off, _ = signal(0.5, False).describe(date(2022, 1, 1))
    assert "In april 2021 stond 'Bestuurder trekker-oplegger' niet op de lijst" in off


@pytest.mark.parametrize(
    ("today", "old", "age"),
    [
        (date(2023, 3, 31), False, None),
        (date(2023, 4, 1), True, "2 jaar oud"),  # two years to the day
        (date(2025, 6, 1), True, "4 jaar oud"),
    ],
)
def test_an_old_figure_says_how_old_it_is(today: date, old: bool, age: str | None) -> None:
    one = signal(0.98)
    assert one.is_old(today) is old
    nl, en = one.describe(today)
    if age is None:
        assert "Let op" not in nl and "Note:" not in en
    else:
        assert f"Let op: dit cijfer is {age}; de situatie kan nu anders zijn." in nl
        assert "years old" in en


def test_bad_rows_are_named_by_line() -> None:
    text = HEADER + (
        "urn:x:o:a,A,0.5,ja,Bron,2024-01,\n"
        "geen uri,B,0.5,ja,Bron,2024-01,\n"
        "urn:x:o:c,C,-1,ja,Bron,2024-01,\n"
        "urn:x:o:d,D,0.5,misschien,Bron,2024-01,\n"
        "urn:x:o:e,E,0.5,ja,,2024-01,\n"
        "urn:x:o:f,F,0.5,ja,Bron,2024-13,\n"
        "urn:x:o:a,A,0.5,ja,Bron,2024-01,\n"
        "urn:x:o:g,G,0.5,ja,Bron,2030-01,\n"
        ",,0.5,ja,Bron,2024-01,\n"
        "urn:x:o:h,H,0.5,ja,Bron,2024-01,,te veel\n"
    )
    signals, bad = parse_signals(text, today=date(2025, 1, 1))
    assert [s.occupation_uri for s in signals] == ["urn:x:o:a"]
    assert [b.line for b in bad] == [3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert "spanningsratio" in bad[1].reason_nl and "ja" in bad[2].reason_nl
    assert "toekomst" in bad[6].reason_nl and bad[0].message("en").startswith("line 3:")


def test_unreadable_text_is_refused_not_crashed_on() -> None:
    giant = HEADER + "urn:x:o:a,A,0.5,ja,Bron,2024-01,\n" + "urn:x:o:b," + "x" * 200_000 + "\n"
    signals, bad = parse_signals(giant)
    assert len(signals) == 1 and [b.line for b in bad] == [3] and "CSV" in bad[0].reason_nl
    long_source = HEADER + "urn:x:o:a,A,0.5,ja," + "b" * 2001 + ",2024-01,\n"
    assert "2000" in parse_signals(long_source)[1][0].reason_nl
    control = HEADER + "urn:x:o:a,A\x00,0.5,ja,Bron,2024-01,\n"
    assert "onleesbare" in parse_signals(control)[1][0].reason_nl
    assert parse_signals("x" * 200_000)[1][0].line == 1


def test_a_missing_column_makes_the_file_bad() -> None:
    signals, bad = parse_signals("occupation_uri,shortage,date\nurn:x:o:a,ja,2024-01\n")
    assert signals == [] and [(b.line, "source" in b.reason_nl) for b in bad] == [(1, True)]


def test_import_is_all_or_nothing(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "home")
    good = tmp_path / "goed.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert len(import_signals(good, paths, date(2025, 6, 1))) == 3
    stored = user_signals_file(paths).read_text(encoding="utf-8")
    bad = tmp_path / "fout.csv"
    bad.write_text(GOOD + "urn:x:o:z,Z,veel,ja,Bron,2024-01,\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        import_signals(bad, paths, date(2025, 6, 1))
    assert "regel 5" in raised.value.message("nl") and "line 5" in raised.value.message("en")
    assert user_signals_file(paths).read_text(encoding="utf-8") == stored
    latin = tmp_path / "latin.csv"
    latin.write_bytes(GOOD.replace("Lasser", "Laßer").encode("latin-1"))
    with pytest.raises(InvalidInput):
        import_signals(latin, paths, date(2025, 6, 1))
    empty = tmp_path / "leeg.csv"
    empty.write_text(HEADER, encoding="utf-8")
    with pytest.raises(InvalidInput):
        import_signals(empty, paths, date(2025, 6, 1))
    assert user_signals_file(paths).read_text(encoding="utf-8") == stored
    assert not [p for p in user_signals_file(paths).parent.iterdir() if p.name.startswith(".")]


def test_huge_import_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from portfolio_app.check import files

    monkeypatch.setattr(files, "MAX_IMPORT_BYTES", 100)
    big = tmp_path / "groot.csv"
    big.write_text(GOOD, encoding="utf-8")
    with pytest.raises(TooLarge):
        import_signals(big, AppPaths(tmp_path / "home"), date(2025, 6, 1))


def test_imported_signals_join_the_bundled_ones_and_win_on_the_same_date(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "home")
    bundled = load_signals(paths)
    nurse = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50"
    first = bundled.latest(nurse)
    assert first is not None and first.date == date(2021, 4, 1)
    own = tmp_path / "eigen.csv"
    own.write_text(HEADER + f"{nurse},Verpleegkundige,0.9,nee,Eigen bron,2021-04,\n", "utf-8")
    import_signals(own, paths, date(2025, 6, 1))
    table = load_signals(paths)
    assert len(table) == len(bundled) + 1
    newest = table.latest(nurse)
    assert newest is not None and newest.imported and newest.source == "Eigen bron"


def test_bundled_files_parse_cleanly() -> None:
    from portfolio_app.check.files import bundled_evc_costs_text, bundled_signals_text

    text = bundled_signals_text()
    assert text is not None
    signals, bad = parse_signals(text, today=date.today())
    assert not bad and len(signals) == 40
    assert all(s.shortage is None for s in signals)  # the tables rank tension, nothing more
    assert all(s.source and s.date for s in signals)
    costs = load_evc_costs()
    assert costs is not None and costs.school_year == "2023-2024"
    amounts = {fee.applies_to: fee.amount for fee in costs.fees}
    assert amounts["beroepskwalificatie"] == 141 and amounts["deelkwalificatie"] == 113
    assert bundled_evc_costs_text() is not None


def test_a_malformed_cost_document_is_refused() -> None:
    for doc in (None, {"format": "x"}, {"format": "portfolio-evc-costs", "school_year": "x"}):
        with pytest.raises(InvalidInput):
            parse_evc_costs(doc)
