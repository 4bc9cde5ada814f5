"""The real ESCO 1.1.1 download from ``../shared/esco``: import it whole and check the counts
its README gives, and that the result is fast to use. Skips when the folder is absent."""

from __future__ import annotations

import time

import pytest

from portfolio_app.language import CompetenceLanguage, ConceptType, import_esco
from portfolio_app.paths import AppPaths
from tests.language.conftest import ESCO_DIR

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not ESCO_DIR.is_dir(), reason="ESCO data not present (../shared/esco)"),
]

# ESCO 1.1.1 lists 67 relations of an occupation that its occupations files do not hold, and
# 7 broader links to concepts it does not hold: reported as bad rows, not imported.
DANGLING_RELATIONS = 67
DANGLING_BROADER = 7


def test_full_esco_import(paths: AppPaths) -> None:
    report = import_esco(ESCO_DIR, paths)
    assert (report.skills, report.occupations, report.skill_groups) == (13_896, 3_007, 640)
    assert report.relations == 123_855 - DANGLING_RELATIONS
    assert report.broader == 20_656 - DANGLING_BROADER
    assert report.isco_groups == 619
    assert report.bad_row_count == DANGLING_RELATIONS + DANGLING_BROADER
    assert report.languages == ("nl", "en") and report.layout == "1.1"
    assert report.source == "ESCO v1.1.1 + startertaal"
    assert report.duration < 60

    with CompetenceLanguage.open_default(paths) as language:
        assert language.info().occupations == report.total_occupations
        started = time.perf_counter()
        profiles = language.occupation_profiles()
        assert time.perf_counter() - started < 1.0
        assert len(profiles) == report.total_occupations
        assert sum(len(e) + len(o) for e, o in profiles.values()) >= report.relations
        operator = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"
        assert language.search("heftruk")[0].uri == operator
        occupation = language.occupation(operator)
        assert occupation is not None and occupation.label_nl == "heftruckchauffeur"
        assert occupation.isco_code == "8344" and len(occupation.essential) >= 5
        assert language.isco_label("8344", "en") == "Lifting truck operators"
        languages = language.search("speak Dutch", kinds=["concept"], types=["taal"])
        assert languages and languages[0].type is ConceptType.TAAL
        assert language.search("samewerken")[0].label == "samenwerken"
