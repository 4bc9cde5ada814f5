"""The bundled language of issue 15: the whole ESCO occupation pillar in Dutch, the starter
language over it unchanged, the project's Dutch names for the competences of the core
occupations, and search that finds the seed's occupations by the names the seed uses.

The data checks read ``starter.load()`` (a second or so); the search checks use the built
language, which ``tests/conftest.py`` builds once per session.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from portfolio_app.language import CompetenceLanguage, starter
from portfolio_app.language.data import LanguageData
from portfolio_app.language.text import fold
from portfolio_app.paths import AppPaths
from tests.language import test_starter_data as seed

REPO = Path(__file__).resolve().parents[2]
LANGUAGE_DIR = REPO / "resources" / "language"
ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/"

# seed 002_46d6a64a76542633.txt, table 2 (February 2020), as written there
SHORTAGE_OCCUPATIONS_2020 = [
    "Hoofdverpleegkundige",
    "Technicus industriële installaties",
    "Verpleegkundige",
    "Conducteur bouw",
    "Werfleider",
    "Bestuurder trekker-oplegger",
    "Onderhoudstechnicus verwarmingsinstallaties",
    "Douanedecarant",  # sic: the seed's spelling of douanedeclarant
    "Technicus studie bureau bouw",
    "Installateur van datacommunicatienetwerken",
    "Technicus elektrische en elektronische toestellen, witgoed",
    "Logopedist",
    "Calculator bouw",
    "Technoloog medische beeldvorming",
    "Plaatser van boven- en ondergrondse kabels en leidingen",
    "Verantwoordelijke industrieel onderhoud",
    "Technicus industriële automatisering",
    "Tekenaar-ontwerper elektriciteit, elektronica",
    "Technicus koeltechniek en klimatisatie",
    "Onderhoudsmecanici van bedrijfs- of vrachtwagens",
]
# where the seed writes a name otherwise than the language
SEED_SPELLING = {
    "douanedecarant": "douanedeclarant",
    "technicus studie bureau bouw": "technicus studiebureau bouw",
    "onderhoudsmecanici van bedrijfs- of vrachtwagens": (
        "onderhoudsmecanicien bedrijfs- en vrachtwagens"
    ),
}
# the sectors issue 15 names, with ESCO occupations of each that must be in the core
CORE_BY_SECTOR = {
    "retail": ["kassamedewerker", "winkelmedewerker", "verkoopmedewerker", "schappenvuller"],
    "cleaning": ["schoonmaker gebouwen", "interieurverzorger", "glazenwasser"],
    "logistics": ["magazijnmedewerker", "orderpicker", "inpakker met de hand"],
    "transport": ["vrachtwagenchauffeur", "buschauffeur", "auto- en bestelwagenkoerier"],
    "construction": ["metselaar", "timmerman", "loodgieter", "dakdekker", "opperman bouw"],
    "industry": ["lasser", "productiemedewerker", "operator CNC-machine", "kwaliteitscontroleur"],
    "hospitality": ["ober/serveerster", "barman/barvrouw", "medewerker keuken", "chefkok"],
    "care": ["verpleeghulp", "begeleider personen met een beperking", "huisarts"],
    "childcare": ["medewerker kinderdagverblijf", "oppas", "nanny"],
    "education": ["leraar basisonderwijs", "leraar kleuteronderwijs", "vakdocent beroepsonderwijs"],
    "office": ["administratief medewerker", "boekhouder", "receptionist", "callcentermedewerker"],
    "ict": ["software ontwikkelaar", "medewerker helpdesk", "ict systeembeheerder"],
}


@cache
def bundled() -> LanguageData:
    return starter.load()


@cache
def overlay(name: str) -> dict:
    return json.loads((LANGUAGE_DIR / name).read_text(encoding="utf-8"))


def core_uris() -> list[str]:
    return [o["uri"] for o in overlay("occupations-nl.json")["occupations"] if o["core"]]


@pytest.fixture(scope="module")
def language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompetenceLanguage]:
    with CompetenceLanguage.open_default(AppPaths(tmp_path_factory.mktemp("bundled"))) as opened:
        yield opened


# -- the ESCO pillar ------------------------------------------------------------------------


def test_every_esco_occupation_is_there_in_dutch_with_its_relations() -> None:
    data = bundled()
    esco = [o for uri, o in data.occupations.items() if uri.startswith(ESCO_OCCUPATION)]
    assert len(esco) == 3007 and data.esco_version == "1.1.1"
    assert all(o.label_nl and o.label_en and o.isco_code for o in esco)
    assert sum(len(o.alt_labels) for o in esco) > 20_000  # Dutch alternative and hidden labels
    relations = sum(len(o.essential) + len(o.optional) for o in esco)
    assert relations > 120_000
    assert all(u in data.concepts for o in esco for u in (*o.essential, *o.optional))
    assert data.skill_count() > 13_900 and len(data.groups) == 640


def test_the_extract_is_small_and_in_the_package() -> None:
    extract = LANGUAGE_DIR / "esco-v1.1.1.json.gz"
    assert extract.stat().st_size < 3_000_000
    assert extract in [Path(str(f)) for f in starter.bundled_files()]


@pytest.mark.slow
@pytest.mark.skipif(not seed.ESCO_DIR.is_dir(), reason="ESCO data not present (../shared/esco)")
def test_the_extract_is_what_the_tool_makes_from_the_download(tmp_path: Path) -> None:
    import subprocess
    import sys

    tool = REPO / "tools" / "build_esco_extract.py"
    subprocess.run(
        [sys.executable, str(tool), str(seed.ESCO_DIR), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    made = tmp_path / "esco-v1.1.1.json.gz"
    assert made.read_bytes() == (LANGUAGE_DIR / "esco-v1.1.1.json.gz").read_bytes()


# -- the starter language stays as it was ---------------------------------------------------


def test_the_starter_language_keeps_its_concepts_profiles_and_qualifications() -> None:
    own = LanguageData()
    for path in sorted(LANGUAGE_DIR.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc["format"] == "portfolio-language":
            starter.parse(path.name, path.read_bytes(), own)
    data = bundled()
    for uri, concept in own.concepts.items():
        merged = data.concepts[uri]
        assert (merged.label_nl, merged.type) == (concept.label_nl, concept.type), uri
        assert merged.nl_origin == "portfolio" and uri not in data.groups
        assert set(concept.alt_labels) <= set(merged.alt_labels)
    for uri, occupation in own.occupations.items():
        merged_o = data.occupations[uri]
        assert merged_o.label_nl == occupation.label_nl
        assert (merged_o.essential, merged_o.optional) == (
            occupation.essential,
            occupation.optional,
        )
    assert data.qualifications == own.qualifications


def test_files_that_refer_to_the_starter_language_still_resolve() -> None:
    data = bundled()
    regulated = json.loads((REPO / "resources/check/regulated_professions.json").read_text())
    for profession in regulated["professions"]:
        assert set(profession["occupations"]) <= data.occupations.keys()
    with (REPO / "resources/signals/knelpuntberoepen.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["occupation_uri"] in data.occupations, row
    future = json.loads((REPO / "resources/check/future_competences.json").read_text())
    assert set(json.dumps(future)) and all(
        uri in data.concepts
        for uri in json.dumps(future).split('"')
        if uri.startswith(("urn:portfolio-app:concept:", "http://data.europa.eu/esco/skill/"))
    )
    for qualification in data.qualifications.values():
        assert set(qualification.all_competences) <= data.concepts.keys()


def test_no_broader_cycles_after_the_merge() -> None:
    data = bundled()
    state: dict[str, int] = {}

    def visit(uri: str) -> None:
        state[uri] = 1
        for parent in data.concepts[uri].broader:
            if parent in data.concepts:
                assert state.get(parent) != 1, f"cycle through {uri} and {parent}"
                if parent not in state:
                    visit(parent)
        state[uri] = 2

    for uri in data.concepts:
        if uri not in state:
            visit(uri)


# -- Dutch names for the competences people meet first --------------------------------------


def test_the_core_occupations() -> None:
    data = bundled()
    core = core_uris()
    assert len(core) >= 150 and len(set(core)) == len(core)
    labels = {data.occupations[uri].label_nl for uri in core}
    # The starter occupations are those of the EVC list and both tables of seed 002
    # (test_starter_data holds that), and all are core.
    starter_file = json.loads((LANGUAGE_DIR / "occupations.json").read_text(encoding="utf-8"))
    assert {o["uri"] for o in starter_file["occupations"]} <= set(core)
    for sector, wanted in CORE_BY_SECTOR.items():
        missing = set(wanted) - labels
        assert not missing, f"{sector}: {missing} not in the core"


@pytest.mark.parametrize("uri", core_uris())
def test_every_essential_competence_of_a_core_occupation_has_a_dutch_name(uri: str) -> None:
    data = bundled()
    occupation = data.occupations[uri]
    english = [
        data.concepts[c].label_en for c in occupation.essential if not data.concepts[c].label_nl
    ]
    assert not english, f"{occupation.label_nl}: no Dutch name for {english}"


def test_the_projects_dutch_names_are_marked_as_its_own() -> None:
    data = bundled()
    entries = overlay("esco-skills-nl.json")["concepts"]
    assert len(entries) > 1200
    for entry in entries:
        concept = data.concepts[entry["uri"]]
        assert (concept.label_nl, concept.nl_origin) == (entry["nl"], "portfolio")
        assert concept.label_en == entry["en"]
    dutch = Counter(fold(c.label_nl) for c in data.concepts.values() if c.label_nl)
    twice = [e["nl"] for e in entries if dutch[fold(e["nl"])] > 1]
    assert not twice, f"Dutch names that another competence already has: {twice}"


def test_competences_without_a_dutch_name_are_marked_english(language: CompetenceLanguage) -> None:
    info = language.info()
    assert info.untranslated > 10_000 and info.own_translations > 1500
    concept = language.concept(
        "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"
    )
    assert concept is not None and concept.label("nl") == "manage musical staff"
    assert concept.marker("nl") == "EN" and concept.marker("en") == ""
    hit = language.search("manage musical staff")[0]
    assert (hit.label, hit.marker) == ("manage musical staff", "EN")
    hit = language.search("de kassa bedienen")[0]
    assert (hit.label, hit.marker) == ("de kassa bedienen", "")


# -- search in everyday words ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name", seed.EVC_OCCUPATIONS + seed.SHORTAGE_OCCUPATIONS_2021 + SHORTAGE_OCCUPATIONS_2020
)
def test_every_seed_occupation_is_found_first_by_its_dutch_name(
    language: CompetenceLanguage, name: str
) -> None:
    hits = language.search(name, limit=5, kinds=["occupation"])
    assert hits, name
    wanted = SEED_SPELLING.get(name.lower(), name.lower())
    assert hits[0].label.lower() == wanted, [h.label for h in hits]


def test_synonyms_are_unique_and_take_no_other_occupations_name() -> None:
    data = bundled()
    preferred = {fold(o.label_nl): uri for uri, o in data.occupations.items()}
    owner: dict[str, str] = {}
    for entry in overlay("occupations-nl.json")["occupations"]:
        for synonym in entry["synonyms"]:
            key = fold(synonym)
            assert owner.setdefault(key, entry["uri"]) == entry["uri"], synonym
            assert preferred.get(key, entry["uri"]) == entry["uri"], synonym


@pytest.mark.parametrize(
    ("query", "first", "match"),
    [
        ("poetsvrouw", "interieurverzorger", "exact"),  # the project's synonym
        ("magazijnier", "magazijnmedewerker", "exact"),  # the starter's alternative label
        ("metser", "metselaar", "exact"),  # ESCO's hidden label; the shorter name first
        ("bakster", "bakker", "exact"),  # the other-gender form
        ("tuinvrouw", "hovenier", "exact"),  # tuinman, a synonym of hovenier
        ("kok restaurant", "kok", "partial"),  # one word of several
        ("technicus studie bureau bouw", "technicus studiebureau bouw", "exact"),  # joined
    ],
)
def test_search_in_everyday_words(
    language: CompetenceLanguage, query: str, first: str, match: str
) -> None:
    hit = language.search(query, limit=3, kinds=["occupation"])[0]
    assert (hit.label, hit.match) == (first, match)


def test_an_occupation_search_that_finds_nothing(language: CompetenceLanguage) -> None:
    from portfolio_app.language import nothing_found

    assert language.search("qqqqqqq", kinds=["occupation"]) == []
    found = nothing_found("qqqqqqq")
    assert "Geen beroep gevonden" in found.message and "vrije tekst" in found.free_text_offer
