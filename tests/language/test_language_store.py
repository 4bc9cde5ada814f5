"""The language file: built on first use, rebuilt when the bundled files change, read-only,
and every lookup of the API."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from portfolio_app.language import CompetenceLanguage, ConceptType
from portfolio_app.language import starter as starter_module
from portfolio_app.language.current import POINTER
from portfolio_app.paths import AppPaths

BK = "urn:portfolio-app:bk:heftruckchauffeur"
DK = "urn:portfolio-app:dk:magazijn"
OPERATOR = "urn:portfolio-app:occupation:heftruckchauffeur"


def _languages(paths: AppPaths) -> list[str]:
    return sorted(p.name for p in paths.language_dir.glob("*.sqlite"))


def test_first_use_builds_once(paths: AppPaths, starter_files: list[Path]) -> None:
    with CompetenceLanguage.open_default(paths) as first:
        built = first.path
        assert first.info().source == "Startertaal"
    mtime = built.stat().st_mtime_ns
    with CompetenceLanguage.open_default(paths) as second:
        assert second.path == built
    assert built.stat().st_mtime_ns == mtime
    assert _languages(paths) == [built.name]


def test_changed_bundled_files_give_a_new_language(
    paths: AppPaths, starter_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with CompetenceLanguage.open_default(paths) as old:
        old_path = old.path
        assert old.concept("urn:portfolio-app:concept:nieuw") is None
    changed = tmp_path / "changed"
    shutil.copytree(starter_files[0].parent, changed)
    doc = json.loads((changed / "concepts.json").read_text(encoding="utf-8"))
    doc["concepts"].append(
        {"uri": "urn:portfolio-app:concept:nieuw", "type": "kennis", "labels": {"nl": "nieuw"}}
    )
    (changed / "concepts.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(starter_module, "bundled_files", lambda: sorted(changed.glob("*.json")))
    with CompetenceLanguage.open_default(paths) as new:
        assert new.path != old_path
        assert new.concept("urn:portfolio-app:concept:nieuw") is not None
    # The old file may still be open in another window: it goes only once it is old.
    assert old_path.exists()
    an_hour_ago = time.time() - 4000
    os.utime(old_path, (an_hour_ago, an_hour_ago))
    CompetenceLanguage.open_default(paths).close()
    assert not old_path.exists()


def test_the_file_is_read_only(language: CompetenceLanguage) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        language._db.execute("DELETE FROM concept")


def test_a_damaged_language_file_is_rebuilt(paths: AppPaths, starter_files: list[Path]) -> None:
    with CompetenceLanguage.open_default(paths) as first:
        path = first.path
    path.write_bytes(b"this is not a database" * 100)
    with CompetenceLanguage.open_default(paths) as again:
        assert again.concept("urn:portfolio-app:concept:koken") is not None


def test_a_pointer_to_a_missing_import_falls_back_to_starter(
    paths: AppPaths, starter_files: list[Path]
) -> None:
    paths.language_dir.mkdir(parents=True)
    (paths.language_dir / POINTER).write_text('{"file": "esco-gone.sqlite"}', encoding="utf-8")
    with CompetenceLanguage.open_default(paths) as language:
        assert language.info().source == "Startertaal"


def test_concepts_and_hierarchy(language: CompetenceLanguage) -> None:
    basis = "urn:portfolio-app:concept:digitale-basisvaardigheden"
    child = "urn:portfolio-app:concept:digitaal-communiceren"
    concept = language.concept(child)
    assert concept is not None
    assert concept.broader == (basis,)
    assert concept.flags == {"digital"}
    assert concept.type is ConceptType.TRANSVERSAAL
    assert [c.uri for c in language.broader(child)] == [basis]
    assert [c.uri for c in language.narrower(basis)] == [child]
    assert language.concept("urn:portfolio-app:concept:bestaat-niet") is None
    found = language.concepts([child, basis, "urn:portfolio-app:concept:bestaat-niet", child])
    assert set(found) == {child, basis}


def test_occupations_and_profiles(language: CompetenceLanguage) -> None:
    operator = language.occupation(OPERATOR)
    assert operator is not None
    assert operator.label() == "heftruckchauffeur" and operator.isco_code == "8344"
    assert set(operator.essential) == {
        "urn:portfolio-app:concept:heftruck-besturen",
        "http://data.europa.eu/esco/skill/test-manage-stock",
    }
    profiles = language.occupation_profiles()
    assert profiles[OPERATOR] == (frozenset(operator.essential), frozenset(operator.optional))
    assert language.occupation_profiles() is profiles  # loaded once
    assert [o.label() for o in language.occupations()] == ["heftruckchauffeur", "kok"]


def test_qualifications_and_deelkwalificaties(language: CompetenceLanguage) -> None:
    bk = language.qualification(BK)
    assert bk is not None and bk.vks_level == 2 and bk.evc
    assert bk.occupation_uri == OPERATOR
    assert bk.competences == ("urn:portfolio-app:concept:samenwerken",)
    assert [d.uri for d in bk.deelkwalificaties] == ["urn:portfolio-app:dk:heftruck-rijden", DK]
    # A deelkwalificatie URI resolves to its qualification, and to itself through
    # deelkwalificatie().
    assert language.qualification(DK) == bk
    found = language.deelkwalificatie(DK)
    assert found is not None and found[0] == bk
    assert found[1].competences == (
        "http://data.europa.eu/esco/skill/test-manage-stock",
        "urn:portfolio-app:concept:orderpicken",
    )
    assert language.deelkwalificatie(BK) is None
    assert language.qualifications() == [bk]


def test_info_counts(language: CompetenceLanguage) -> None:
    info = language.info()
    assert (info.concepts, info.occupations, info.qualifications) == (12, 2, 1)
    assert info.relations == 8
    assert info.esco_version is None and info.built_at


def test_safe_to_share_between_threads(language: CompetenceLanguage) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                assert language.search("hef")
                assert language.occupation_profiles()
        except BaseException as exc:  # noqa: BLE001 - collected for the main thread
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_an_import_from_an_older_file_layout_is_merged_again(
    paths: AppPaths, starter_files: list[Path], tmp_path: Path
) -> None:
    """An app update that changes the file layout makes an imported language unreadable;
    its kept ESCO part is merged again with the new bundled language, so the import stays."""
    from portfolio_app.language import import_esco
    from tests.language import esco_files

    report = import_esco(esco_files.write_esco(tmp_path / "ESCO v1.1.1"), paths)
    db = sqlite3.connect(report.path)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")  # as an older app wrote it
    db.commit()
    db.close()
    steps: list[str] = []
    with CompetenceLanguage.open_default(paths, lambda stage, *_: steps.append(stage)) as again:
        info = again.info()
        assert again.path != report.path and "Zoekindex bouwen" in steps
        assert (info.source, info.esco_version) == ("ESCO v1.1.1 + startertaal", "1.1.1")
        assert again.concept(esco_files.FORKLIFT) is not None
    # Without the kept ESCO part, the bundled language takes over.
    with CompetenceLanguage.open_default(paths) as current:
        kept = current.path
    db = sqlite3.connect(kept)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    db.commit()
    db.close()
    kept.with_name(kept.stem + ".esco.json.gz").unlink()
    with CompetenceLanguage.open_default(paths) as fallback:
        assert fallback.info().source == "Startertaal"
