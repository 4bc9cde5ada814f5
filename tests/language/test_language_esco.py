"""Importing ESCO CSV downloads: both layouts, one or two languages, bad rows reported and
skipped, and the atomic switch (a cancelled or failed import changes nothing)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from portfolio_app.domain.enums import CompetenceKind
from portfolio_app.language import (
    CompetenceLanguage,
    ConceptType,
    ImportCancelled,
    ImportFailed,
    concept_kind,
    esco_csv,
    esco_source,
    import_esco,
    refresh_import,
)
from portfolio_app.language import build as build_module
from portfolio_app.language import esco_import as esco_import_module
from portfolio_app.language import starter as starter_module
from portfolio_app.language.current import use_starter
from portfolio_app.paths import AppPaths
from tests.language import esco_files as f
from tests.language.conftest import STARTER_DIR

pytestmark = pytest.mark.usefixtures("starter_files")


def _state(paths: AppPaths) -> list[str]:
    """Everything in the language folder, to show an import left it as it was."""
    folder = paths.language_dir
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _lines(folder: Path, name: str) -> int:
    return (folder / name).read_bytes().count(b"\n")


def test_import_english_1_1(tmp_path: Path, paths: AppPaths) -> None:
    folder = f.write_esco(tmp_path / "ESCO dataset v1.1.1")
    report = import_esco(folder, paths)
    assert (report.skills, report.skill_groups, report.occupations) == (6, 2, 2)
    assert (report.relations, report.broader, report.isco_groups) == (5, 3, 1)
    assert report.layout == "1.1" and report.languages == ("en",)
    assert report.esco_version == "1.1.1" and report.source == "ESCO v1.1.1 + startertaal"
    assert report.bad_row_count == 0 and report.bad_rows == ()
    # 12 starter concepts, one of which ESCO replaces, plus 5 new ESCO skills.
    assert (report.total_concepts, report.total_occupations, report.total_qualifications) == (
        17, 3, 1
    )  # fmt: skip
    with CompetenceLanguage.open_default(paths) as language:
        assert language.path == report.path
        info = language.info()
        assert (info.source, info.esco_version, info.concepts) == (report.source, "1.1.1", 17)
        kinds = {uri: language.concept(uri) for uri in f.SKILLS}
        assert kinds[f.TEAMS].type is ConceptType.TRANSVERSAAL  # type: ignore[union-attr]
        assert kinds[f.DUTCH].type is ConceptType.TAAL  # type: ignore[union-attr]
        spreadsheet = kinds[f.SPREADSHEET]
        assert spreadsheet is not None and spreadsheet.type is ConceptType.KENNIS
        assert concept_kind(spreadsheet) is CompetenceKind.DIGITAAL
        assert kinds[f.FOOD].flags == {"green"}  # type: ignore[union-attr]
        forklift = kinds[f.FORKLIFT]
        assert forklift is not None and forklift.type is ConceptType.VAARDIGHEID
        assert forklift.alt_labels == ("drive forklift", "forklift driving")
        assert forklift.broader == (f.GROUP,)
        assert [c.uri for c in language.narrower(f.GROUP)] == [f.FORKLIFT]
        group = language.concept(f.KNOWLEDGE_GROUP)
        assert group is not None and group.type is ConceptType.KENNIS
        assert language.isco_label("8344") == "Lifting truck operators"
        essential, optional = language.occupation_profiles()[f.OPERATOR]
        assert essential == {f.FORKLIFT, f.STOCK} and optional == {f.TEAMS}
        # Skill groups are for browsing, not for search.
        assert [h.uri for h in language.search("moving goods")] == []
        assert language.search("forklift operator")[0].uri == f.OPERATOR
        # The starter language stays: its concepts, occupations and qualifications.
        assert language.qualification("urn:portfolio-app:bk:heftruckchauffeur") is not None
        assert language.search("heftruk")[0].uri == "urn:portfolio-app:occupation:heftruckchauffeur"


def test_esco_wins_but_keeps_dutch_text_from_the_starter(tmp_path: Path, paths: AppPaths) -> None:
    import_esco(f.write_esco(tmp_path / "esco"), paths)
    with CompetenceLanguage.open_default(paths) as language:
        stock = language.concept(f.STOCK)
        assert stock is not None
        assert (stock.label_nl, stock.label_en) == ("voorraad beheren", "manage stock levels")
        assert stock.description == "De voorraad tellen, aanvullen en bijhouden."
        assert "stockbeheer" in stock.alt_labels and "keep stock" in stock.alt_labels
        assert stock.flags == {"basic"}
        cook = language.occupation(f.COOK)
        assert cook is not None
        assert (cook.label_nl, cook.label_en, cook.isco_code) == ("kok", "cook", "5120")
        # ESCO's relations replace the starter's for a shared occupation.
        assert cook.essential == (f.FOOD,)


def test_dutch_and_english_side_by_side_1_2(tmp_path: Path, paths: AppPaths) -> None:
    report = import_esco(f.write_esco(tmp_path / "esco", layout="1.2", langs=("nl", "en")), paths)
    assert report.layout == "1.2" and report.languages == ("nl", "en")
    assert report.relations == 5 and report.broader == 3 and report.bad_row_count == 0
    assert report.source == "ESCO + startertaal" and report.esco_version is None
    with CompetenceLanguage.open_default(paths) as language:
        forklift = language.concept(f.FORKLIFT)
        assert forklift is not None
        assert (forklift.label_nl, forklift.label_en) == ("heftruck bedienen", "operate forklift")
        assert forklift.description == "Description of operate forklift (nl)"
        # ESCO's Dutch label wins over the starter's for a shared URI.
        stock = language.concept(f.STOCK)
        assert stock is not None and stock.label_nl == "voorraadniveau beheren"
        assert language.isco_label("8344") == "Heftruckbestuurders"
        assert language.isco_label("8344", "en") == "Lifting truck operators"
        assert language.search("rekenblad")[0].uri == f.SPREADSHEET


def test_packages_unpacked_in_subfolders(tmp_path: Path, paths: AppPaths) -> None:
    f.write_esco(tmp_path / "download" / "ESCO dataset - v1.2.0 - nl - csv", langs=("nl",))
    f.write_esco(tmp_path / "download" / "ESCO dataset - v1.2.0 - en - csv", langs=("en",))
    report = import_esco(tmp_path / "download", paths)
    assert report.languages == ("nl", "en") and report.esco_version == "1.2.0"
    assert report.skills == 6 and report.bad_row_count == 0


def _good_skills(count: int) -> list[bytes]:
    """Good rows, so that a handful of bad ones stays below the share that fails an import."""
    row = "KnowledgeSkillCompetence,http://x/good-{0},knowledge,cross-sector,good {0},,,,,,,,"
    return [row.format(i).encode() for i in range(count)]


def test_bad_rows_are_reported_and_skipped(tmp_path: Path, paths: AppPaths) -> None:
    clean = f.write_esco(tmp_path / "clean")
    skills_end = _lines(clean, "skills_en.csv")
    occupations_end = _lines(clean, "occupations_en.csv")
    relations_end = _lines(clean, "occupationSkillRelations.csv")
    forklift_row = (
        f"KnowledgeSkillCompetence,{f.FORKLIFT},skill/competence,sector-specific,"
        "operate forklift again,,,released,,,,,"
    ).encode()
    folder = f.write_esco(
        tmp_path / "broken",
        extra_lines={
            "skills_en.csv": [
                forklift_row,  # duplicate URI
                b'KnowledgeSkillCompetence,"http://x/broken"quote,k,r,l,,,,,,,,',
                b"KnowledgeSkillCompetence,http://x/short,knowledge",
                b"KnowledgeSkillCompetence,http://x/new,knowledge,cross-sector,welding,,,,,,,,",
                *_good_skills(40),  # 7 bad rows of 72: below a tenth
            ],
            "occupations_en.csv": [
                b"Occupation,http://x/bad-bytes,7212,lasser \xff\xfe,,,,,,,,,,7212.1",
            ],
            "occupationSkillRelations.csv": [
                f"{f.OPERATOR},maybe,skill/competence,{f.TEAMS}".encode(),
                f"{f.OPERATOR},essential,skill/competence,http://x/unknown-skill".encode(),
                f"http://x/unknown-occupation,essential,skill/competence,{f.TEAMS}".encode(),
                f"{f.COOK},Essential,skill/competence,{f.FORKLIFT}".encode(),
            ],
        },
    )
    report = import_esco(folder, paths)
    found = {(r.file, r.line): r.reason for r in report.bad_rows}
    assert report.bad_row_count == len(found) == 7
    assert "dubbele URI" in found[("skills_en.csv", skills_end + 1)]
    assert "aanhalingstekens" in found[("skills_en.csv", skills_end + 2)]
    assert "3 kolommen in plaats van 13" in found[("skills_en.csv", skills_end + 3)]
    assert "UTF-8" in found[("occupations_en.csv", occupations_end + 1)]
    relations = "occupationSkillRelations.csv"
    assert "onbekend relatietype 'maybe'" in found[(relations, relations_end + 1)]
    assert "onbekende competentie" in found[(relations, relations_end + 2)]
    assert "onbekend beroep" in found[(relations, relations_end + 3)]
    assert all(r.reason_en for r in report.bad_rows)
    # Good rows around the bad ones are all there.
    assert report.skills == 47 and report.occupations == 2 and report.relations == 6
    with CompetenceLanguage.open_default(paths) as language:
        assert language.concept("http://x/new") is not None
        forklift = language.concept(f.FORKLIFT)
        assert forklift is not None and forklift.label_en == "operate forklift"
        assert f.FORKLIFT in language.occupation_profiles()[f.COOK][0]


def test_an_import_that_skips_more_than_a_tenth_fails_and_changes_nothing(
    tmp_path: Path, paths: AppPaths
) -> None:
    with CompetenceLanguage.open_default(paths) as language:
        before_info = language.info()
    before = _state(paths)
    unknown = [
        f"{f.OPERATOR},essential,skill/competence,http://x/unknown-{i}".encode() for i in range(5)
    ]
    folder = f.write_esco(tmp_path / "esco", extra_lines={"occupationSkillRelations.csv": unknown})
    with pytest.raises(ImportFailed) as caught:
        import_esco(folder, paths)  # 5 bad rows of 28: 18%
    nl, en = caught.value.message("nl"), caught.value.message("en")
    assert nl.startswith("Van de 28 regels konden er 5 niet gebruikt worden (18%)")
    assert "occupationSkillRelations.csv" in nl and "onbekende competentie" in nl
    assert nl.endswith("Je competentietaal is niet veranderd.")
    assert en.startswith("5 of the 28 rows could not be used (18%)") and "unknown skill" in en
    assert caught.value.exit_code == 6
    assert _state(paths) == before
    with CompetenceLanguage.open_default(paths) as language:
        assert language.info() == before_info


@pytest.mark.parametrize(("bad", "fails"), [(0, False), (10, False), (11, True), (100, True)])
def test_the_skipped_share_limit(bad: int, fails: bool) -> None:
    problems = esco_csv.Problems(seen=100)
    for line in range(bad):
        problems.add("skills_en.csv", line + 2, "kapot", "broken")
    if fails:
        with pytest.raises(ImportFailed):
            esco_import_module.refuse_if_mostly_skipped(problems)
    else:
        esco_import_module.refuse_if_mostly_skipped(problems)
    assert esco_import_module.MAX_SKIPPED_SHARE == 0.10


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"replace": {"skills_en.csv": b"conceptUri,altLabels\nhttp://x,y\n"}}, "skills_en.csv"),
        (
            {"replace": {"occupationSkillRelations.csv": b"occupationUri,skillUri\na,b\n"}},
            "relationType",
        ),
        ({"leave_out": ("skills_en.csv",)}, "skills_nl.csv of skills_en.csv"),
        ({"leave_out": ("occupations_en.csv",)}, "occupations_en.csv"),
        ({"leave_out": ("occupationSkillRelations.csv",)}, "occupationSkillRelations"),
        ({"replace": {"skills_en.csv": b""}}, "skills_en.csv"),
    ],
)
def test_missing_files_or_columns_stop_the_import_and_change_nothing(
    tmp_path: Path, paths: AppPaths, change: dict[str, object], fragment: str
) -> None:
    with CompetenceLanguage.open_default(paths):
        pass
    before = _state(paths)
    folder = f.write_esco(tmp_path / "esco", **change)  # type: ignore[arg-type]
    with pytest.raises(ImportFailed) as caught:
        import_esco(folder, paths)
    assert fragment in caught.value.message("nl")
    assert _state(paths) == before


def test_unreadable_and_oversized_files_stop_the_import(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = f.write_esco(tmp_path / "esco", leave_out=("skills_en.csv",))
    (folder / "skills_en.csv").mkdir()
    with pytest.raises(ImportFailed, match="skills_en.csv kan niet gelezen worden"):
        import_esco(folder, paths)
    monkeypatch.setattr(esco_csv, "MAX_FILE_BYTES", 500)
    with pytest.raises(ImportFailed, match="te groot"):
        import_esco(f.write_esco(tmp_path / "big"), paths)
    assert not paths.language_dir.exists() or _state(paths) == []


def test_missing_folder(tmp_path: Path, paths: AppPaths) -> None:
    with pytest.raises(ImportFailed, match="bestaat niet"):
        import_esco(tmp_path / "nowhere", paths)


def test_an_optional_file_with_wrong_columns_is_reported(tmp_path: Path, paths: AppPaths) -> None:
    folder = f.write_esco(
        tmp_path / "esco", replace={"greenSkillsCollection_en.csv": b"uri,label\nx,y\n"}
    )
    report = import_esco(folder, paths)
    assert [(r.file, r.line) for r in report.bad_rows] == [("greenSkillsCollection_en.csv", 1)]
    assert "conceptUri" in report.bad_rows[0].reason


def test_progress_is_reported(tmp_path: Path, paths: AppPaths) -> None:
    seen: list[tuple[str, int, int]] = []
    import_esco(f.write_esco(tmp_path / "esco"), paths, progress=lambda *a: seen.append(a))
    stages = [stage for stage, _, _ in seen]
    assert "Competenties lezen" in stages and "Relaties lezen" in stages
    assert "Zoekindex bouwen" in stages and stages[-1] == "Nieuwe taal in gebruik nemen"
    assert all(0 <= done <= total for _, done, total in seen)


def _cancel_checks(folder: Path, tmp_path: Path) -> int:
    """How often an import of ``folder`` asks whether to stop."""
    calls = [0]

    def never() -> bool:
        calls[0] += 1
        return False

    import_esco(folder, AppPaths(tmp_path / "counting"), cancel=never)
    return calls[0]


@pytest.mark.parametrize("at", ["first", "reading", "building", "last"])
def test_cancel_leaves_the_previous_language(tmp_path: Path, paths: AppPaths, at: str) -> None:
    first = import_esco(f.write_esco(tmp_path / "first"), paths)
    second = f.write_esco(tmp_path / "second", langs=("nl", "en"))
    total = _cancel_checks(second, tmp_path)
    stop_at = {"first": 1, "reading": 4, "building": total - 3, "last": total}[at]
    calls = [0]

    def cancel() -> bool:
        calls[0] += 1
        return calls[0] >= stop_at

    before = _state(paths)
    with CompetenceLanguage.open_default(paths) as old:
        with pytest.raises(ImportCancelled):
            import_esco(second, paths, cancel=cancel)
        # The language open during the import keeps working.
        assert old.search("forklift operator")[0].uri == f.OPERATOR
    assert _state(paths) == before
    with CompetenceLanguage.open_default(paths) as language:
        assert language.path == first.path


@pytest.mark.parametrize(
    ("module", "name"),
    [(build_module, "_write_suggest"), (esco_source, "save"), (esco_import_module, "point_to")],
)
def test_a_failure_while_building_or_switching_changes_nothing(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch, module: object, name: str
) -> None:
    first = import_esco(f.write_esco(tmp_path / "first"), paths)
    before = _state(paths)

    def fail(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(module, name, fail)
    with pytest.raises(OSError):
        import_esco(f.write_esco(tmp_path / "second", langs=("nl", "en")), paths)
    assert _state(paths) == before
    with CompetenceLanguage.open_default(paths) as language:
        assert language.path == first.path


def test_an_import_tells_when_the_starter_language_has_changed(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_esco(f.write_esco(tmp_path / "esco"), paths)
    with CompetenceLanguage.open_default(paths) as language:
        assert not language.info().starter_outdated
    fewer = sorted(STARTER_DIR.glob("*.json"))[:1]
    monkeypatch.setattr(starter_module, "bundled_files", lambda: fewer)
    with CompetenceLanguage.open_default(paths) as language:
        info = language.info()
        assert info.source == "ESCO + startertaal" and info.starter_outdated


def test_back_to_the_starter_language(tmp_path: Path, paths: AppPaths) -> None:
    import_esco(f.write_esco(tmp_path / "esco"), paths)
    use_starter(paths)
    with CompetenceLanguage.open_default(paths) as language:
        assert language.info().source == "Startertaal"
        assert language.concept(f.FORKLIFT) is None


def _newer_starter(tmp_path: Path) -> list[Path]:
    """The fixture starter files with a new concept and a new Dutch label for a concept
    that ESCO shares."""
    folder = tmp_path / "newer-starter"
    shutil.copytree(STARTER_DIR, folder)
    doc = json.loads((folder / "concepts.json").read_text(encoding="utf-8"))
    for concept in doc["concepts"]:
        if concept["uri"] == f.STOCK:
            concept["labels"]["nl"] = "stock beheren"
    doc["concepts"].append(
        {"uri": "urn:portfolio-app:concept:nieuw", "type": "kennis", "labels": {"nl": "nieuw"}}
    )
    (folder / "concepts.json").write_text(json.dumps(doc), encoding="utf-8")
    return sorted(folder.glob("*.json"))


def test_refresh_merges_a_newer_starter_language(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert refresh_import(paths) is None  # nothing imported
    first = import_esco(f.write_esco(tmp_path / "esco v1.2.0"), paths)
    assert refresh_import(paths) is None  # up to date
    newer = _newer_starter(tmp_path)
    monkeypatch.setattr(starter_module, "bundled_files", lambda: newer)
    with CompetenceLanguage.open_default(paths) as before:
        assert before.info().starter_outdated
    seen: list[str] = []
    refreshed = refresh_import(paths, progress=lambda stage, *_: seen.append(stage))
    assert refreshed is not None and refreshed != first.path and "Zoekindex bouwen" in seen
    with CompetenceLanguage.open_default(paths) as language:
        info = language.info()
        assert language.path == refreshed and not info.starter_outdated
        assert (info.source, info.esco_version) == ("ESCO v1.2.0 + startertaal", "1.2.0")
        assert language.concept("urn:portfolio-app:concept:nieuw") is not None
        stock = language.concept(f.STOCK)
        # ESCO's English label, the new starter's Dutch one.
        assert stock is not None and (stock.label_nl, stock.label_en) == (
            "stock beheren", "manage stock levels"
        )  # fmt: skip
        assert language.occupation_profiles()[f.OPERATOR][0] == {f.FORKLIFT, f.STOCK}
    assert refresh_import(paths) is None


def test_refresh_without_the_kept_esco_part(
    tmp_path: Path, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = import_esco(f.write_esco(tmp_path / "esco"), paths)
    esco_source.source_path(first.path).unlink()
    newer = _newer_starter(tmp_path)
    monkeypatch.setattr(starter_module, "bundled_files", lambda: newer)
    before = _state(paths)
    assert refresh_import(paths) is None
    assert _state(paths) == before
