"""Small ESCO CSV downloads written by the tests, in both layouts, well-formed or broken on
purpose. The URIs are fake but shaped like ESCO's; one skill and one occupation share their
URI with the fixture starter language, to test how the two merge."""

from __future__ import annotations

import csv
import io
from pathlib import Path

ESCO = "http://data.europa.eu/esco"
FORKLIFT = f"{ESCO}/skill/test-operate-forklift"
STOCK = f"{ESCO}/skill/test-manage-stock"  # also in the fixture starter language
TEAMS = f"{ESCO}/skill/test-work-in-teams"
DUTCH = f"{ESCO}/skill/test-speak-dutch"
SPREADSHEET = f"{ESCO}/skill/test-spreadsheets"
FOOD = f"{ESCO}/skill/test-food-safety"
GROUP = f"{ESCO}/skill/test-group-moving"
KNOWLEDGE_GROUP = f"{ESCO}/isced-f/1011"
OPERATOR = f"{ESCO}/occupation/test-forklift-operator"
COOK = f"{ESCO}/occupation/test-cook"  # also in the fixture starter language

SKILL_COLUMNS = [
    "conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels",
    "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition", "inScheme", "description",
]  # fmt: skip
OCCUPATION_COLUMNS = [
    "conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels",
    "status", "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme",
    "description", "code",
]  # fmt: skip
GROUP_COLUMNS = [
    "conceptType", "conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "status",
    "modifiedDate", "scopeNote", "inScheme", "description", "code",
]  # fmt: skip
COLLECTION_COLUMNS = [
    "conceptType", "conceptUri", "preferredLabel", "status", "skillType", "reuseLevel",
    "altLabels", "description", "broaderConceptUri", "broaderConceptPT",
]  # fmt: skip

# uri -> (skillType, reuseLevel, English label, English alt labels, Dutch label)
SKILLS = {
    FORKLIFT: ("skill/competence", "sector-specific", "operate forklift",
               ["drive forklift", "forklift driving"], "heftruck bedienen"),
    STOCK: ("skill/competence", "cross-sector", "manage stock levels", ["keep stock"],
            "voorraadniveau beheren"),
    TEAMS: ("skill/competence", "transversal", "work in teams", ["teamwork"], "in teams werken"),
    DUTCH: ("skill/competence", "transversal", "speak Dutch", [], "Nederlands spreken"),
    SPREADSHEET: ("knowledge", "cross-sector", "spreadsheet software", ["spreadsheets"],
                  "rekenbladsoftware"),
    FOOD: ("knowledge", "sector-specific", "food safety principles", [],
           "principes van voedselveiligheid"),
}  # fmt: skip
OCCUPATIONS = {
    OPERATOR: ("8344", "forklift operator", "heftruckbestuurder van ESCO"),
    COOK: ("5120", "cook", "kok"),
}
RELATIONS = [
    (OPERATOR, "essential", "skill/competence", FORKLIFT),
    (OPERATOR, "essential", "skill/competence", STOCK),
    (OPERATOR, "optional", "skill/competence", TEAMS),
    (COOK, "essential", "knowledge", FOOD),
    (COOK, "optional", "skill/competence", TEAMS),
]
BROADER = [
    ("KnowledgeSkillCompetence", FORKLIFT, "SkillGroup", GROUP),
    ("KnowledgeSkillCompetence", FOOD, "SkillGroup", KNOWLEDGE_GROUP),
    ("KnowledgeSkillCompetence", STOCK, "KnowledgeSkillCompetence", TEAMS),
]


def _csv(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _files(layout: str, langs: tuple[str, ...]) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for lang in langs:
        files[f"skills_{lang}.csv"] = _csv(
            SKILL_COLUMNS,
            [
                ["KnowledgeSkillCompetence", uri, kind, reuse, en if lang == "en" else nl,
                 "\n".join(alts) if lang == "en" else "", "", "released", "", "", "",
                 f"{ESCO}/concept-scheme/skills", f"Description of {en} ({lang})"]
                for uri, (kind, reuse, en, alts, nl) in SKILLS.items()
            ],
        )  # fmt: skip
        files[f"occupations_{lang}.csv"] = _csv(
            OCCUPATION_COLUMNS,
            [
                ["Occupation", uri, isco, en if lang == "en" else nl, "", "", "released", "", "",
                 "", "", "", f"Description of {en} ({lang})", f"{isco}.1"]
                for uri, (isco, en, nl) in OCCUPATIONS.items()
            ],
        )  # fmt: skip
        files[f"skillGroups_{lang}.csv"] = _csv(
            GROUP_COLUMNS,
            [
                ["SkillGroup", GROUP, "moving goods" if lang == "en" else "goederen verplaatsen",
                 "", "", "released", "", "", "", "", "S6.1"],
                ["SkillGroup", KNOWLEDGE_GROUP, "food services" if lang == "en" else "voeding",
                 "", "", "released", "", "", "", "", ""],
            ],
        )  # fmt: skip
        files[f"ISCOGroups_{lang}.csv"] = _csv(
            ["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels",
             "inScheme", "description"],
            [["ISCOGroup", f"{ESCO}/isco/C8344", "8344",
              "Lifting truck operators" if lang == "en" else "Heftruckbestuurders", "released",
              "", "", ""]],
        )  # fmt: skip
    first = langs[0]
    for name, uris in (
        ("digitalSkillsCollection", [SPREADSHEET]),
        ("greenSkillsCollection", [FOOD]),
        ("transversalSkillsCollection", [TEAMS]),
        ("languageSkillsCollection", [DUTCH]),
    ):
        files[f"{name}_{first}.csv"] = _csv(
            COLLECTION_COLUMNS,
            [["KnowledgeSkillCompetence", uri, "x", "released", "", "", "", "", "", ""]
             for uri in uris],
        )  # fmt: skip
    if layout == "1.1":
        files["occupationSkillRelations.csv"] = _csv(
            ["occupationUri", "relationType", "skillType", "skillUri"], [list(r) for r in RELATIONS]
        )
        files["broaderRelationsSkillPillar.csv"] = _csv(
            ["conceptType", "conceptUri", "broaderType", "broaderUri"], [list(b) for b in BROADER]
        )
    else:
        files[f"occupationSkillRelations_{first}.csv"] = _csv(
            ["occupationUri", "occupationLabel", "relationType", "skillType", "skillUri",
             "skillLabel"],
            [[o, "label", rel, kind, s, "label"] for o, rel, kind, s in RELATIONS],
        )  # fmt: skip
        files[f"broaderRelationsSkillPillar_{first}.csv"] = _csv(
            ["conceptType", "conceptUri", "conceptLabel", "broaderType", "broaderUri",
             "broaderLabel"],
            [[t, c, "label", bt, b, "label"] for t, c, bt, b in BROADER],
        )  # fmt: skip
    return files


def write_esco(
    folder: Path,
    *,
    layout: str = "1.1",
    langs: tuple[str, ...] = ("en",),
    extra_lines: dict[str, list[bytes]] | None = None,
    replace: dict[str, bytes] | None = None,
    leave_out: tuple[str, ...] = (),
) -> Path:
    """Write a download into ``folder``; ``extra_lines`` appends raw lines to a file,
    ``replace`` swaps a file's whole content, ``leave_out`` drops files."""
    folder.mkdir(parents=True, exist_ok=True)
    files = _files(layout, langs)
    for name, lines in (extra_lines or {}).items():
        files[name] += b"".join(line + b"\n" for line in lines)
    files.update(replace or {})
    for name, content in files.items():
        if name not in leave_out:
            (folder / name).write_bytes(content)
    return folder
