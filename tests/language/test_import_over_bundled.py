"""An ESCO import merges over the bundled language (issue 15): official Dutch skill labels
replace the project's own translations, nothing the bundled language holds is lost, and a
claim keeps its link, in the 1.1 and the 1.2 layout of the download."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from portfolio_app.domain import CompetenceClaim
from portfolio_app.domain.enums import CompetenceKind
from portfolio_app.language import CompetenceLanguage, import_esco
from portfolio_app.paths import AppPaths
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE

SKILL = "http://data.europa.eu/esco/skill/"
CASH_REGISTER = SKILL + "0cb013af-6dd9-4fb2-b34e-63dda1a5cf82"
MUSICAL_STAFF = SKILL + "0005c151-5b5a-4a66-8aac-60e734beb1ab"
SEWING = SKILL + "c32f3c0e-44fa-49f0-ae94-fc37a880b50c"
FORKLIFT = SKILL + "28cb374e-6261-4133-8371-f9a5470145da"  # a starter concept
OWN = "urn:portfolio-app:concept:reachtruck-besturen"  # the starter's own
CASHIER = "http://data.europa.eu/esco/occupation/2b871272-bd61-4206-bd1a-0b96d7023098"


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)


def _download(folder: Path, layout: str, english: dict[str, str]) -> Path:
    """A tiny ESCO download: three skills in Dutch and English, one occupation."""
    folder.mkdir(parents=True)
    dutch = {CASH_REGISTER: "kassa bedienen", MUSICAL_STAFF: "muziekpersoneel leiden"}
    skill_header = ["conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels"]
    for lang, labels in (("en", english), ("nl", dutch)):
        _write(
            folder / f"skills_{lang}.csv",
            skill_header,
            [
                [uri, "skill/competence", "sector-specific", label, ""]
                for uri, label in labels.items()
            ],
        )
        _write(
            folder / f"occupations_{lang}.csv",
            ["conceptUri", "iscoGroup", "preferredLabel", "altLabels"],
            [[CASHIER, "5230", {"en": "cashier", "nl": "kassamedewerker"}[lang], ""]],
        )
    relations = [[CASHIER, "essential", "skill/competence", CASH_REGISTER]]
    if layout == "1.1":
        _write(
            folder / "occupationSkillRelations.csv",
            ["occupationUri", "relationType", "skillType", "skillUri"],
            relations,
        )
    else:
        _write(
            folder / "occupationSkillRelations_en.csv",
            ["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri",
             "skillLabel"],
            [[CASHIER, "cashier", r[1], r[2], r[3], "operate cash register"] for r in relations],
        )  # fmt: skip
    return folder


@pytest.mark.parametrize("layout", ["1.1", "1.2"])
def test_an_import_merges_over_the_bundled_language_and_keeps_every_link(
    tmp_path: Path, vault_path: Path, layout: str
) -> None:
    paths = AppPaths(tmp_path / "home")
    with CompetenceLanguage.open_default(paths) as bundled:
        before = bundled.concepts([CASH_REGISTER, MUSICAL_STAFF, SEWING, FORKLIFT, OWN])
        profile = bundled.occupation(CASHIER)
        info = bundled.info()
    assert len(before) == 5 and profile is not None
    sewing_en = before[SEWING].label_en
    assert (before[CASH_REGISTER].label_nl, before[CASH_REGISTER].nl_origin) == (
        "de kassa bedienen", "portfolio"
    )  # fmt: skip
    assert before[MUSICAL_STAFF].marker("nl") == "EN"

    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        for uri, concept in before.items():
            portfolio.claims.add(
                CompetenceClaim(
                    concept_uri=uri, label=concept.label("nl"), kind=CompetenceKind.VAKSPECIFIEK
                )
            )
        claimed = {c.concept_uri for c in portfolio.claims.list()}

    english = {
        CASH_REGISTER: "operate cash register",
        MUSICAL_STAFF: "manage musical staff",
        SEWING: sewing_en,
    }
    report = import_esco(_download(tmp_path / "ESCO v1.2.0", layout, english), paths)
    assert report.layout == layout and report.bad_row_count == 0
    with CompetenceLanguage.open_default(paths) as imported:
        after = imported.concepts(claimed)
        assert set(after) == claimed  # every claim still finds its competence
        # The official Dutch label replaces the project's translation and says so.
        cash = after[CASH_REGISTER]
        assert (cash.label_nl, cash.nl_origin) == ("kassa bedienen", "esco")
        assert (after[MUSICAL_STAFF].label_nl, after[MUSICAL_STAFF].marker("nl")) == (
            "muziekpersoneel leiden", ""
        )  # fmt: skip
        assert after[SEWING].marker("nl") == "EN"  # still only in English
        assert after[FORKLIFT].label_nl == before[FORKLIFT].label_nl  # the starter's Dutch
        assert after[OWN] == before[OWN]
        # The bundled occupations stay; the imported one takes ESCO's relations.
        new_info = imported.info()
        assert new_info.occupations == info.occupations
        assert new_info.source == "ESCO v1.2.0 + startertaal"
        assert imported.occupation(CASHIER).essential == (CASH_REGISTER,)  # type: ignore[union-attr]
        # The project's everyday names for it are kept.
        assert imported.search("kassier", kinds=["occupation"])[0].uri == CASHIER
