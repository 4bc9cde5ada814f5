"""Checks on the bundled starter language (resources/language/*.json).

Reads the files with plain ``json``, independent of the loader, so a broken data file is caught
even when the loader is lenient. The lists of names below are the requirements (the EVC
occupations of seed 004, the SCOPE future competences of seed 002, DigComp 2.2, the languages);
the data must satisfy them, not the other way round.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
LANGUAGE_DIR = REPO_ROOT / "resources" / "language"
ESCO_DIR = REPO_ROOT.parent / "shared" / "esco" / "v1.1.1"

CONCEPT_TYPES = {"vaardigheid", "kennis", "transversaal", "taal"}
FLAGS = {"digital", "green", "future", "basic"}
ESCO_SKILL = "http://data.europa.eu/esco/skill/"
ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/"
OWN = re.compile(r"^urn:portfolio-app:(concept|occupation|bk|dk):[a-z0-9]+(-[a-z0-9]+)*$")

# seed 004_a3548957d80ab107.txt, lines 481-490 (as listed in issue 3)
EVC_OCCUPATIONS = [
    "heftruckchauffeur",
    "reachtruckchauffeur",
    "uitbener-uitsnijder",
    "kinderbegeleider baby's en peuters",
    "kinderbegeleider schoolgaande kinderen",
    "onderhoudsmecanicien personenwagens en lichte bedrijfsvoertuigen",
    "gids",
    "mentor",
    "kok",
    "woningcontroleur",
    "zorgkundige",
]
# seed 002_46d6a64a76542633.txt, table 1 (lines 124-145)
SHORTAGE_OCCUPATIONS_2021 = [
    "Hoofdverpleegkundige",
    "Verpleegkundige",
    "Logopedist",
    "Technoloog medische beeldvorming",
    "Onderhoudstechnicus verwarmingsinstallaties",
    "Technicus koeltechniek en klimatisatie",
    "Technicus industriële installaties",
    "Technieker werf-, landbouw- en hefmachines",
    "Leerkracht kleuter- of lager onderwijs",
    "Technicus elektronische installaties",
    "Calculator bouw",
    "Werfleider",
    "Conducteur bouw",
    "Kinesitherapeut",
    "Technicus studie bureau bouw",
    "Verantwoordelijke industrieel onderhoud",
    "Technicus industriële automatisering",
    "Ergotherapeut",
    "Bestuurder trekker-oplegger",
    "Slager",
]
# seed 002_46d6a64a76542633.txt, lines 532-544
FUTURE_COMPETENCES = [
    "Interdisciplinair samenwerken",
    "Bedrijfsvoering, financiële geletterdheid, zakelijk inzicht",
    "Leervaardigheid",
    "Organisatie- en planvaardigheid",
    "Verantwoordelijkheid opnemen en dragen",
    "Complexe probleemoplossing",
    "Commerciële skills en klantenzorg",
    "Benutten van digitale tools",
    "Adaptatievermogen",
    "Innovatievermogen",
    "Coachend en overleggericht leidinggeven",
]
BASIC_SKILLS = ["geletterdheid", "gecijferdheid", "digitale basisvaardigheden"]
# DigComp 2.2: competences per area
DIGCOMP = {1: 3, 2: 6, 3: 4, 4: 4, 5: 4}
LANGUAGES = [
    "Nederlands",
    "Frans",
    "Engels",
    "Duits",
    "Spaans",
    "Italiaans",
    "Arabisch",
    "Turks",
    "Pools",
    "Roemeens",
    "Vlaamse Gebarentaal",
]


def norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("ë", "e").replace("ï", "i"))


@cache
def files() -> dict[str, dict]:
    found = sorted(LANGUAGE_DIR.glob("*.json"))
    assert found, f"no starter language files in {LANGUAGE_DIR}"
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in found}
    # The overlays (the project's Dutch names over ESCO) have their own test.
    return {name: doc for name, doc in docs.items() if doc["format"] == "portfolio-language"}


@cache
def concepts() -> list[dict]:
    return [c for data in files().values() for c in data.get("concepts", [])]


@cache
def occupations() -> list[dict]:
    return [o for data in files().values() for o in data.get("occupations", [])]


@cache
def qualifications() -> list[dict]:
    return [q for data in files().values() for q in data.get("qualifications", [])]


def concept_uris() -> set[str]:
    return {c["uri"] for c in concepts()}


def occupation_by_label() -> dict[str, dict]:
    return {o["labels"]["nl"]: o for o in occupations()}


def dutch_texts(item: dict) -> list[str]:
    return [item["labels"]["nl"], *item.get("alt_labels", {}).get("nl", [])]


def is_bilingual(value: object) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"nl", "en"}
        and all(isinstance(v, str) and v.strip() == v and v for v in value.values())
    )


# --- format -------------------------------------------------------------------------------


def test_file_format_fields() -> None:
    for name, data in files().items():
        assert data.get("format") == "portfolio-language", name
        assert data.get("version") == 1, name
        extra = set(data) - {"format", "version", "concepts", "occupations", "qualifications"}
        assert not extra, (name, extra)
        for key in ("concepts", "occupations", "qualifications"):
            assert isinstance(data.get(key, []), list), (name, key)


def test_concept_shape() -> None:
    assert concepts()
    keys = {"uri", "type", "labels", "alt_labels", "description", "broader", "flags"}
    for c in concepts():
        assert set(c) == keys, c.get("uri")
        assert c["type"] in CONCEPT_TYPES, c["uri"]
        assert is_bilingual(c["labels"]), c["uri"]
        assert is_bilingual(c["description"]), c["uri"]
        assert set(c["alt_labels"]) <= {"nl", "en"}, c["uri"]
        for alts in c["alt_labels"].values():
            assert all(isinstance(a, str) and a.strip() == a and a for a in alts), c["uri"]
        assert isinstance(c["broader"], list) and c["uri"] not in c["broader"], c["uri"]
        assert set(c["flags"]) <= FLAGS and len(set(c["flags"])) == len(c["flags"]), c["uri"]


def test_occupation_and_qualification_shape() -> None:
    okeys = {"uri", "labels", "alt_labels", "description", "isco", "essential", "optional"}
    for o in occupations():
        assert set(o) == okeys, o.get("uri")
        assert is_bilingual(o["labels"]) and is_bilingual(o["description"]), o["uri"]
        assert re.fullmatch(r"\d{4}", o["isco"]), o["uri"]
    qkeys = {
        "uri",
        "labels",
        "description",
        "vks_level",
        "occupation",
        "evc",
        "deelkwalificaties",
        "competences",
    }
    for q in qualifications():
        assert set(q) == qkeys, q.get("uri")
        assert is_bilingual(q["labels"]) and is_bilingual(q["description"]), q["uri"]
        assert isinstance(q["vks_level"], int) and 1 <= q["vks_level"] <= 8, q["uri"]
        assert isinstance(q["evc"], bool), q["uri"]
        for dk in q["deelkwalificaties"]:
            assert set(dk) == {"uri", "labels", "competences"}, dk.get("uri")
            assert is_bilingual(dk["labels"]) and dk["competences"], dk["uri"]


def test_labels_are_lower_case_except_proper_nouns_and_acronyms() -> None:
    def ok(label: str, kind: str) -> bool:
        first = re.split(r"[ \-,]", label, maxsplit=1)[0]
        return (
            label[0] == label[0].lower()
            or kind == "taal"
            or first.isupper()  # HACCP, PLC, ICT-..., CAD-...
            or first in {"Vlaamse", "Flemish"}
        )

    for item in [*concepts(), *occupations(), *qualifications()]:
        for lang in ("nl", "en"):
            assert ok(item["labels"][lang], item.get("type", "")), item["labels"][lang]


def test_useful_dutch_alternative_labels() -> None:
    for o in occupations():
        assert len(o["alt_labels"]["nl"]) >= 2, o["labels"]["nl"]
    with_alts = [c for c in concepts() if c["alt_labels"].get("nl")]
    assert len(with_alts) >= 0.9 * len(concepts())
    forklift = [c for c in concepts() if "heftruck" in c["alt_labels"].get("nl", [])]
    assert forklift, "no concept with the alternative label 'heftruck'"
    assert {"vorkheftruck", "clark"} <= set(forklift[0]["alt_labels"]["nl"])


# --- URIs and references -----------------------------------------------------------------


def test_uris_unique_and_well_formed() -> None:
    all_uris = [c["uri"] for c in concepts()] + [o["uri"] for o in occupations()]
    for q in qualifications():
        all_uris.append(q["uri"])
        all_uris.extend(dk["uri"] for dk in q["deelkwalificaties"])
    dupes = [u for u, n in Counter(all_uris).items() if n > 1]
    assert not dupes, dupes
    for c in concepts():
        u = c["uri"]
        assert u.startswith(ESCO_SKILL) or (OWN.match(u) and ":concept:" in u), u
    for o in occupations():
        u = o["uri"]
        assert u.startswith(ESCO_OCCUPATION) or (OWN.match(u) and ":occupation:" in u), u
    for q in qualifications():
        assert OWN.match(q["uri"]) and ":bk:" in q["uri"], q["uri"]
        for dk in q["deelkwalificaties"]:
            assert OWN.match(dk["uri"]) and ":dk:" in dk["uri"], dk["uri"]


def test_every_referenced_uri_is_defined() -> None:
    known = concept_uris()
    occ_uris = {o["uri"] for o in occupations()}
    missing = []
    for c in concepts():
        missing += [(c["uri"], b) for b in c["broader"] if b not in known]
    for o in occupations():
        missing += [(o["uri"], u) for u in o["essential"] + o["optional"] if u not in known]
    for q in qualifications():
        if q["occupation"] is not None and q["occupation"] not in occ_uris:
            missing.append((q["uri"], q["occupation"]))
        refs = q["competences"] + [u for dk in q["deelkwalificaties"] for u in dk["competences"]]
        missing += [(q["uri"], u) for u in refs if u not in known]
    assert not missing, missing


def test_broader_relations_have_no_cycles() -> None:
    broader = {c["uri"]: c["broader"] for c in concepts()}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for b in broader.get(start, []):
            if b == target or (b not in seen and reaches(b, target, seen | {b})):
                return True
        return False

    cyclic = [u for u in broader if reaches(u, u, {u})]
    assert not cyclic, cyclic


# --- occupations and qualifications ---------------------------------------------------------


def test_at_least_thirty_occupation_profiles() -> None:
    assert len(occupations()) >= 30
    types = {c["uri"]: c["type"] for c in concepts()}
    for o in occupations():
        name = o["labels"]["nl"]
        assert 5 <= len(o["essential"]) <= 12, name
        assert 3 <= len(o["optional"]) <= 8, name
        assert len(set(o["essential"])) == len(o["essential"]), name
        assert not set(o["essential"]) & set(o["optional"]), name
        kinds = {types[u] for u in o["essential"] + o["optional"]}
        assert kinds & {"vaardigheid", "kennis"}, f"{name}: no occupation-specific competence"
        assert kinds & {"transversaal", "taal"}, f"{name}: no transversal competence"


def test_each_evc_occupation_has_an_evc_qualification() -> None:
    by_label = occupation_by_label()
    for name in EVC_OCCUPATIONS:
        assert name in by_label, f"EVC occupation {name!r} missing"
        occ = by_label[name]
        bks = [q for q in qualifications() if q["occupation"] == occ["uri"]]
        assert bks, f"no beroepskwalificatie for {name!r}"
        for q in bks:
            assert q["evc"] is True, name
            assert 1 <= q["vks_level"] <= 8, name
            assert len(q["deelkwalificaties"]) in (0, 2, 3, 4), name
            comps = q["competences"] + [u for d in q["deelkwalificaties"] for u in d["competences"]]
            assert len(comps) >= 5 and len(set(comps)) == len(comps), name
            # a qualification asks for what the occupation needs: every essential competence
            # of the occupation is in the BK and the BK asks nothing outside the profile
            profile = set(occ["essential"]) | set(occ["optional"])
            assert set(occ["essential"]) <= set(comps), name
            assert set(comps) <= profile, name


def test_shortage_occupations_present() -> None:
    names = {norm(t) for o in occupations() for t in dutch_texts(o)}
    missing = [n for n in SHORTAGE_OCCUPATIONS_2021 if norm(n) not in names]
    assert not missing, missing


def test_related_occupations_overlap() -> None:
    by_label = occupation_by_label()

    def overlap(a: str, b: str) -> float:
        sa = set(by_label[a]["essential"]) | set(by_label[a]["optional"])
        sb = set(by_label[b]["essential"]) | set(by_label[b]["optional"])
        return len(sa & sb) / len(sa | sb)

    assert overlap("heftruckchauffeur", "reachtruckchauffeur") >= 0.4
    assert overlap("verpleegkundige", "zorgkundige") >= 0.2
    assert overlap("heftruckchauffeur", "verpleegkundige") < 0.1
    # the closest occupation to reachtruckchauffeur is heftruckchauffeur
    others = [n for n in by_label if n != "reachtruckchauffeur"]
    assert max(others, key=lambda n: overlap("reachtruckchauffeur", n)) == "heftruckchauffeur"


# --- transversal, digital, languages ---------------------------------------------------------


def test_future_competences_flagged() -> None:
    future = [c for c in concepts() if "future" in c["flags"]]
    assert len(future) == len(FUTURE_COMPETENCES)
    labels = {norm(c["labels"]["nl"]) for c in future}
    for name in FUTURE_COMPETENCES:
        assert norm(name) in labels, name
    for c in future:
        assert c["type"] == "transversaal", c["labels"]["nl"]


def test_basic_skills_flagged() -> None:
    basic = {c["labels"]["nl"]: c for c in concepts() if "basic" in c["flags"]}
    for name in BASIC_SKILLS:
        assert name in basic, name
    assert "digital" in basic["digitale basisvaardigheden"]["flags"]


def test_digcomp_areas_and_competences() -> None:
    areas: dict[int, dict] = {}
    comps: dict[str, dict] = {}
    for c in concepts():
        for alt in c["alt_labels"].get("nl", []):
            if m := re.fullmatch(r"DigComp-gebied (\d)", alt):
                assert int(m[1]) not in areas, alt
                areas[int(m[1])] = c
            if m := re.fullmatch(r"DigComp (\d)\.(\d)", alt):
                assert alt not in comps, alt
                comps[alt] = c
    assert sorted(areas) == [1, 2, 3, 4, 5]
    expected = {f"DigComp {a}.{i}" for a, n in DIGCOMP.items() for i in range(1, n + 1)}
    assert set(comps) == expected and len(expected) == 21
    for area in areas.values():
        assert "digital" in area["flags"] and not area["broader"]
    for number, c in comps.items():
        area = areas[int(number.split()[1][0])]
        assert c["broader"] == [area["uri"]], number
        assert "digital" in c["flags"], number
    assert len({c["uri"] for c in comps.values()}) == 21


def test_languages_present_and_levelled_with_cefr() -> None:
    langs = {c["labels"]["nl"]: c for c in concepts() if c["type"] == "taal"}
    for name in LANGUAGES:
        assert name in langs, name
    for c in langs.values():
        assert "A1" in c["description"]["nl"] and "C2" in c["description"]["nl"], c["uri"]
        assert "A1" in c["description"]["en"] and "C2" in c["description"]["en"], c["uri"]


# --- ESCO: every ESCO URI used exists (skips without the shared ESCO files) ----------------


@cache
def esco_rows(filename: str) -> dict[str, dict]:
    with open(ESCO_DIR / filename, encoding="utf-8", newline="") as fh:
        return {r["conceptUri"]: r for r in csv.DictReader(fh)}


needs_esco = pytest.mark.skipif(not ESCO_DIR.is_dir(), reason=f"ESCO files not at {ESCO_DIR}")


@needs_esco
def test_esco_uris_exist() -> None:
    skills = esco_rows("skills_en.csv")
    occs = esco_rows("occupations_nl.csv")
    used = [c["uri"] for c in concepts() if c["uri"].startswith("http://data.europa.eu/esco/")]
    used += [u for c in concepts() for u in c["broader"] if u.startswith("http://data.europa.")]
    bad = [u for u in used if u not in skills]
    assert not bad, bad
    occ_used = [o["uri"] for o in occupations() if o["uri"].startswith("http://data.europa.")]
    bad = [u for u in occ_used if u not in occs]
    assert not bad, bad
    assert used and occ_used


@needs_esco
def test_esco_reuse_is_consistent() -> None:
    skills = esco_rows("skills_en.csv")
    occs = esco_rows("occupations_nl.csv")
    digital = set(esco_rows("digitalSkillsCollection_en.csv")) | set(
        esco_rows("digCompSkillsCollection_en.csv")
    )
    green = set(esco_rows("greenSkillsCollection_en.csv"))
    for c in concepts():
        row = skills.get(c["uri"])
        if row is None:
            continue
        if row["skillType"] == "knowledge":
            assert c["type"] in {"kennis", "taal"}, c["uri"]
        elif row["skillType"] == "skill/competence":
            assert c["type"] in {"vaardigheid", "transversaal"}, c["uri"]
        # the digital and green flags of an ESCO concept follow ESCO's collections
        assert ("digital" in c["flags"]) == (c["uri"] in digital), c["uri"]
        assert ("green" in c["flags"]) == (c["uri"] in green), c["uri"]
        # descriptions are our own words, not ESCO's
        assert c["description"]["en"].strip() != row["description"].strip(), c["uri"]
    isco_codes = {r["code"] for r in esco_rows("ISCOGroups_en.csv").values()}
    for o in occupations():
        assert o["isco"] in isco_codes, o["uri"]
        row = occs.get(o["uri"])
        if row is not None:
            assert o["isco"] == row["iscoGroup"], o["uri"]
            assert o["description"]["nl"].strip() != row["description"].strip(), o["uri"]
