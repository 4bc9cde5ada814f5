"""Dates as people type them: the one reading the forms and the command line share."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portfolio_app.domain.dates import Precision, parse_date, read_date, show_date
from portfolio_app.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("2015", date(2015, 1, 1), Precision.YEAR),
        ("04/2015", date(2015, 4, 1), Precision.MONTH),
        ("4/2015", date(2015, 4, 1), Precision.MONTH),
        ("2015-04", date(2015, 4, 1), Precision.MONTH),
        ("2015-4", date(2015, 4, 1), Precision.MONTH),
        ("04-2015", date(2015, 4, 1), Precision.MONTH),
        ("12/04/2015", date(2015, 4, 12), Precision.DAY),
        ("1/4/2015", date(2015, 4, 1), Precision.DAY),
        ("12-04-2015", date(2015, 4, 12), Precision.DAY),
        ("12.04.2015", date(2015, 4, 12), Precision.DAY),
        ("2015-04-12", date(2015, 4, 12), Precision.DAY),
        (" 12 / 04 / 2015 ", date(2015, 4, 12), Precision.DAY),
        ("april 2015", date(2015, 4, 1), Precision.MONTH),
        ("Apr. 2015", date(2015, 4, 1), Precision.MONTH),
        ("12 april 2015", date(2015, 4, 12), Precision.DAY),
        ("3 mrt 2020", date(2020, 3, 3), Precision.DAY),
        ("okt 2019", date(2019, 10, 1), Precision.MONTH),
        ("October 2019", date(2019, 10, 1), Precision.MONTH),
    ],
)
def test_the_forms_people_type(text: str, value: date, precision: Precision) -> None:
    read = read_date(text)
    assert (read.value, read.precision) == (value, precision)
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text",
    ["", "15", "04/15", "13/2015", "31/02/2015", "2015-13", "0/2015", "morgen", "1850", "2015x"],
)
def test_what_is_not_a_date_is_refused_in_plain_words(text: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_date(text)
    assert "geen geldige datum" in refused.value.message("nl")
    assert "12/04/2015" in refused.value.message("nl")
    assert "not a valid date" in refused.value.message("en")


def test_what_was_understood_is_said_in_words() -> None:
    assert read_date("12/04/2015").spoken("nl") == "12 april 2015"
    assert read_date("4/2015").spoken("en") == "April 2015"
    assert read_date("2015").spoken("nl") == "2015"
    assert read_date("2015-04").numeric() == "04/2015"


def test_a_stored_date_is_shown_as_precisely_as_it_reads_back() -> None:
    assert show_date(date(2015, 1, 1)) == "2015"
    assert show_date(date(2015, 4, 1)) == "04/2015"
    assert show_date(date(2015, 4, 12)) == "12/04/2015"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_every_shown_date_reads_back_as_itself(value: date) -> None:
    assert parse_date(show_date(value)) == value
