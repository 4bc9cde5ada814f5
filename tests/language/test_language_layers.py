"""How the bundled files are layered: an ESCO extract (written and read back), the starter
files over it, the overlays over both, and what the loader refuses. Small files of the
tests' own, so every rule is seen at work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portfolio_app.errors import InvalidInput
from portfolio_app.language import CompetenceLanguage, esco_extract, nothing_found, starter
from portfolio_app.language.data import LanguageData
from portfolio_app.language.model import Concept, ConceptType, Occupation
from portfolio_app.language.variants import gender_forms
from portfolio_app.paths import AppPaths
from tests.language.conftest import STARTER_DIR

ESCO = "http://data.europa.eu/esco"
STOCK = f"{ESCO}/skill/test-manage-stock"  # also in the fixture starter files
SEW = f"{ESCO}/skill/test-sew"
TILL = f"{ESCO}/skill/test-till"
OFFICIAL = f"{ESCO}/skill/test-official"
GROUP = f"{ESCO}/skill/test-group"
CASHIER = f"{ESCO}/occupation/test-cashier"


def _extract(folder: Path) -> Path:
    data = LanguageData(groups={GROUP}, isco_groups={"5230": ("", "Cashiers")})

    def skill(uri: str, en: str, nl: str = "", broader: tuple[str, ...] = ()) -> Concept:
        return Concept(uri, ConceptType.VAARDIGHEID, nl, en, (), "", broader, frozenset())

    data.concepts = {
        STOCK: skill(STOCK, "manage stock levels", broader=(GROUP,)),
        SEW: skill(SEW, "sew by hand"),
        TILL: skill(TILL, "operate cash register"),
        OFFICIAL: skill(OFFICIAL, "count money", "geld tellen"),
        GROUP: skill(GROUP, "moving and stocking"),
    }
    data.occupations[CASHIER] = Occupation(
        CASHIER, "kassamedewerker", "cashier", ("kassière",), "Ze rekenen af.", "5230",
        (TILL, OFFICIAL), (STOCK, SEW),
    )  # fmt: skip
    path = folder / esco_extract.file_name("9.9")
    esco_extract.write(data, path, "9.9", "test")
    return path


def _overlay(folder: Path, name: str, **doc: object) -> Path:
    path = folder / name
    content = {"format": "portfolio-language-overlay", "version": 1, **doc}
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def _files(tmp_path: Path, *extra: Path) -> list[Path]:
    return [_extract(tmp_path), *sorted(STARTER_DIR.glob("*.json")), *extra]


def test_the_extract_reads_back_as_it_was_written(tmp_path: Path) -> None:
    path = _extract(tmp_path)
    assert path.read_bytes() == _extract(tmp_path).read_bytes()  # reproducible
    data, version = esco_extract.read(path.name, path.read_bytes())
    assert version == "9.9" and data.groups == {GROUP}
    assert data.occupations[CASHIER].essential == (TILL, OFFICIAL)
    assert data.concepts[STOCK].broader == (GROUP,)
    assert (data.concepts[OFFICIAL].nl_origin, data.concepts[TILL].nl_origin) == ("esco", "")
    with pytest.raises(InvalidInput, match="ESCO"):
        esco_extract.read("bad.json.gz", b"not gzip")


def test_starter_over_the_extract_and_the_overlays_over_both(tmp_path: Path) -> None:
    skills = _overlay(
        tmp_path, "skills-nl.json",
        concepts=[
            {"uri": TILL, "en": "operate cash register", "nl": "de kassa bedienen",
             "alt_nl": ["afrekenen"]},
            # an official Dutch label wins over the project's own
            {"uri": OFFICIAL, "en": "count money", "nl": "geld natellen"},
        ],
    )  # fmt: skip
    jobs = _overlay(
        tmp_path, "jobs-nl.json",
        occupations=[{"uri": CASHIER, "nl": "kassamedewerker", "core": True,
                      "synonyms": ["kassier", "kassierster"]}],
    )  # fmt: skip
    data = starter.load(_files(tmp_path, skills, jobs))
    assert data.esco_version == "9.9"
    stock = data.concepts[STOCK]
    assert stock.label_nl == "voorraad beheren" and stock.nl_origin == "portfolio"
    assert GROUP in stock.broader  # ESCO's broader link comes along
    till = data.concepts[TILL]
    assert (till.label_nl, till.alt_labels, till.nl_origin) == (
        "de kassa bedienen", ("afrekenen",), "portfolio"
    )  # fmt: skip
    assert (data.concepts[OFFICIAL].label_nl, data.concepts[OFFICIAL].nl_origin) == (
        "geld tellen", "esco"
    )  # fmt: skip
    assert data.concepts[SEW].label_nl == "" and data.concepts[SEW].marker("nl") == "EN"
    assert data.occupations[CASHIER].synonyms == ("kassier", "kassierster")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"uri": TILL, "en": "operate till", "nl": "kassa"}, "ESCO noemt dit"),
        ({"uri": f"{ESCO}/skill/nowhere", "en": "", "nl": "x"}, "geen competentie"),
        ({"uri": STOCK, "en": "", "nl": "stock"}, "startertaal"),
        ({"uri": GROUP, "en": "", "nl": "groep"}, "geen competentie"),
        ({"uri": TILL, "en": "", "nl": ""}, "Nederlandse label ontbreekt"),
    ],
)
def test_the_loader_refuses_an_overlay_entry_that_does_not_fit(
    tmp_path: Path, entry: dict[str, str], message: str
) -> None:
    bad = _overlay(tmp_path, "bad-nl.json", concepts=[entry])
    with pytest.raises(InvalidInput, match=message):
        starter.load(_files(tmp_path, bad))


def test_the_loader_refuses_synonyms_for_an_occupation_it_does_not_know(tmp_path: Path) -> None:
    bad = _overlay(
        tmp_path, "bad-nl.json", occupations=[{"uri": f"{ESCO}/occupation/x", "synonyms": ["x"]}]
    )
    with pytest.raises(InvalidInput, match="geen beroep"):
        starter.load(_files(tmp_path, bad))
    wrong = _overlay(tmp_path, "wrong-nl.json", occupations=[{"uri": CASHIER, "nl": "kassier"}])
    with pytest.raises(InvalidInput, match="dit beroep heet 'kassamedewerker'"):
        starter.load(_files(tmp_path, wrong))


def test_synonyms_are_searched_like_the_preferred_label(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs = _overlay(
        tmp_path, "jobs-nl.json",
        occupations=[{"uri": CASHIER, "nl": "kassamedewerker", "synonyms": ["kassier"]}],
    )  # fmt: skip
    files = _files(tmp_path, jobs)
    monkeypatch.setattr(starter, "bundled_files", lambda: files)
    with CompetenceLanguage.open_default(AppPaths(tmp_path / "home")) as language:
        hit = language.search("kassier", kinds=["occupation"])[0]
        assert (hit.uri, hit.match, hit.score, hit.matched_text) == (
            CASHIER, "exact", 1.0, "kassier"
        )  # fmt: skip
        assert language.search("kassi", kinds=["occupation"])[0].match == "prefix"
        assert language.occupation(CASHIER).synonyms == ("kassier",)  # type: ignore[union-attr]
        info = language.info()
        assert info.source == "ESCO v9.9 (meegeleverd) + startertaal"
        assert "ESCO v9.9" in info.attribution and "2011/833/EU" in info.attribution_en
        hit = language.search("sew by hand")[0]
        assert (hit.label, hit.marker) == ("sew by hand", "EN")


def test_a_starter_language_alone_owes_no_attribution(language: CompetenceLanguage) -> None:
    info = language.info()
    assert (info.source, info.esco_version, info.attribution) == ("Startertaal", None, "")


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("boekhoudster", "boekhouder"),
        ("bakster", "bakker"),
        ("aankoopster", "aankoper"),
        ("verpleegster", "verpleger"),
        ("bestuurster", "bestuurder"),
        ("tuinvrouw", "tuinman"),
        ("poetsman", "poetsvrouw"),
        ("chauffeuse", "chauffeur"),
        ("directrice", "directeur"),
        ("receptioniste", "receptionist"),
        ("lerares", "leraar"),
        ("onderwijzeres", "onderwijzer"),
        ("kelnerin", "kelner"),
        ("bakker", "bakster"),
    ],
)
def test_other_gender_forms(word: str, form: str) -> None:
    assert form in gender_forms(word)


def test_short_words_have_no_other_forms() -> None:
    assert gender_forms("kok") == [] and gender_forms("man") == []


def test_nothing_found_in_both_languages() -> None:
    nl = nothing_found("  ruimtevaarder  ")
    assert nl.message.startswith("Geen beroep gevonden voor 'ruimtevaarder'.")
    assert nl.free_text_goal == "Werken als ruimtevaarder"
    assert "esco.ec.europa.eu" in nl.import_hint and len(nl.lines()) == 3
    en = nothing_found("astronaut", "en")
    assert en.message.startswith("No occupation found for 'astronaut'.")
    assert en.free_text_goal == "Work as astronaut" and en.import_offer == "Import ESCO"
