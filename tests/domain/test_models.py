from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from portfolio_app.domain import (
    ActionPlanItem,
    CompetenceClaim,
    Experience,
    Leerbewijs,
    Profile,
    Source,
    Validity,
)
from portfolio_app.domain.common import revised
from portfolio_app.domain.enums import LevelScale, SourceKind
from portfolio_app.domain.validation import STORED, explain

TODAY = date.today()
TOMORROW = TODAY + timedelta(days=1)


def messages(build: object, lang: str = "nl") -> list[str]:
    with pytest.raises(ValidationError) as info:
        build()  # type: ignore[operator]
    return explain(info.value, lang)


def test_expiry_before_issue_is_refused_in_dutch() -> None:
    lines = messages(
        lambda: Leerbewijs(title="VCA", issued=date(2022, 5, 1), expires=date(2021, 5, 1))
    )
    assert lines == ["Vervaldatum: de vervaldatum ligt vóór de datum van uitreiking."]


def test_same_day_expiry_is_allowed() -> None:
    assert Leerbewijs(title="VCA", issued=date(2022, 5, 1), expires=date(2022, 5, 1)).expires


@pytest.mark.parametrize("level", [0, 5, -1])
def test_level_out_of_range(level: int) -> None:
    assert messages(lambda: CompetenceClaim(label="Lassen", level=level)) == [
        "Niveau: moet tussen 1 en 4 liggen."
    ]


def test_cefr_and_binary_levels() -> None:
    english = CompetenceClaim(label="Engels", level_scale=LevelScale.CEFR, level=4)
    assert english.level_text() == "B2"
    assert english.level_fraction == pytest.approx(4 / 6)
    licence = CompetenceClaim(label="Rijbewijs B", level_scale=LevelScale.BINAIR, level=0)
    assert licence.level_text() == "heb ik niet"
    assert licence.level_text("en") == "have not"
    assert messages(
        lambda: CompetenceClaim(label="Engels", level_scale=LevelScale.CEFR, level=7)
    ) == ["Niveau: moet een ERK-niveau zijn (A1, A2, B1, B2, C1 of C2)."]
    assert messages(lambda: CompetenceClaim(label="X", level_scale=LevelScale.BINAIR, level=2)) == [
        "Niveau: is 1 (heb ik) of 0 (heb ik niet)."
    ]


def test_willen_range() -> None:
    assert messages(lambda: CompetenceClaim(label="Koken", willen=4)) == [
        "Willen: mag hoogstens 3 zijn."
    ]


def test_end_before_start() -> None:
    assert messages(
        lambda: Experience(role="Kok", start=date(2020, 1, 1), end=date(2019, 1, 1))
    ) == ["Einddatum: de einddatum ligt vóór de begindatum."]


def test_experience_needs_role_or_organisation() -> None:
    assert messages(lambda: Experience()) == ["Vul een functie of een organisatie in."]


@pytest.mark.parametrize(
    "build",
    [
        lambda: Leerbewijs(title="X", issued=TOMORROW),
        lambda: CompetenceClaim(label="X", last_used=TOMORROW),
        lambda: Experience(role="X", start=TOMORROW),
        lambda: Source(kind=SourceKind.WERKGEVER, date=TOMORROW),
        lambda: Profile(birth_date=TOMORROW),
    ],
)
def test_future_dates_where_impossible(build: object) -> None:
    (line,) = messages(build)
    assert line.endswith("mag niet in de toekomst liggen.")


def test_future_dates_allowed_where_they_make_sense() -> None:
    assert Leerbewijs(title="X", expires=TOMORROW).expires == TOMORROW
    assert Experience(role="X", start=TODAY, end=TOMORROW).end == TOMORROW
    assert ActionPlanItem(goal="Cursus VCA", due=TOMORROW).due == TOMORROW


def test_stored_objects_are_not_rejudged_by_the_clock() -> None:
    """A clock set back must never make a saved portfolio unreadable."""
    data = {"title": "X", "issued": TOMORROW.isoformat()}
    assert Leerbewijs.model_validate(data, context=STORED).issued == TOMORROW


@pytest.mark.parametrize(
    "build",
    [
        lambda: Leerbewijs(title="   "),
        lambda: CompetenceClaim(label=""),
        lambda: ActionPlanItem(goal=" "),
    ],
)
def test_empty_titles(build: object) -> None:
    (line,) = messages(build)
    assert line.endswith("mag niet leeg zijn.")


def test_english_messages() -> None:
    lines = messages(lambda: Leerbewijs(title="X", vks_level=9), "en")
    assert lines == ["VKS/EQF level: must be at most 8."]


def test_bad_uri_and_email() -> None:
    assert messages(lambda: CompetenceClaim(label="X", concept_uri="not a uri")) == [
        "Competentie (URI): is geen geldig webadres (URI)."
    ]
    assert messages(lambda: Profile(emails=["jan@"])) == [
        "E-mailadres: is geen geldig e-mailadres."
    ]


def test_validity_windows() -> None:
    today = date(2026, 1, 1)
    assert Leerbewijs(title="X").validity(today) is Validity.ONBEPERKT
    assert Leerbewijs(title="X", expires=date(2025, 12, 31)).validity(today) is Validity.VERLOPEN
    assert (
        Leerbewijs(title="X", expires=date(2026, 3, 1)).validity(today)
        is Validity.VERLOOPT_BINNENKORT
    )
    assert Leerbewijs(title="X", expires=date(2026, 6, 1)).validity(today) is Validity.GELDIG


def test_revised_validates_across_fields_and_keeps_the_original() -> None:
    proof = Leerbewijs(title="VCA", issued=date(2022, 5, 1))
    with pytest.raises(ValidationError):
        revised(proof, expires=date(2021, 1, 1))
    assert proof.expires is None
    assert revised(proof, expires=date(2027, 1, 1)).expires == date(2027, 1, 1)


def test_free_text_claim_is_marked() -> None:
    assert not CompetenceClaim(label="Taarten versieren").in_language
    assert CompetenceClaim(label="X", concept_uri="urn:portfolio-app:concept:x").in_language
