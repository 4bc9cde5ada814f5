"""Loading the starter-language format: valid files, and every way a file can be wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from portfolio_app.errors import InvalidInput
from portfolio_app.language import ConceptType, starter
from tests.language.conftest import STARTER_DIR


def _write(tmp_path: Path, doc: Any, name: str = "extra.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc, str) else doc, encoding="utf-8")
    return path


def _doc(**sections: Any) -> dict[str, Any]:
    return {"format": "portfolio-language", "version": 1, **sections}


def _concept(uri: str = "urn:portfolio-app:concept:x", **fields: Any) -> dict[str, Any]:
    return {"uri": uri, "type": "vaardigheid", "labels": {"nl": "iets", "en": "thing"}, **fields}


def test_fixture_files_load_with_all_fields() -> None:
    data = starter.load(sorted(STARTER_DIR.glob("*.json")))
    assert len(data.concepts) == 12 and len(data.occupations) == 2
    samenwerken = data.concepts["urn:portfolio-app:concept:samenwerken"]
    assert samenwerken.type is ConceptType.TRANSVERSAAL
    assert samenwerken.flags == {"future"}
    assert samenwerken.alt_labels == ("in team werken", "teamwork")
    assert samenwerken.description == "Met anderen een gezamenlijk doel bereiken."
    bk = data.qualifications["urn:portfolio-app:bk:heftruckchauffeur"]
    assert bk.vks_level == 2 and bk.evc and len(bk.deelkwalificaties) == 2
    operator = data.occupations["urn:portfolio-app:occupation:heftruckchauffeur"]
    assert operator.isco_code == "8344"
    assert "urn:portfolio-app:concept:orderpicken" in operator.optional


@pytest.mark.parametrize(
    ("doc", "fragment"),
    [
        ("{not json", "geen geldige JSON"),
        ({"format": "iets anders", "version": 1}, "verwacht portfolio-language"),
        (_doc(concepts=[_concept(type="houding")]), "onbekend type"),
        (_doc(concepts=[_concept(flags=["groen"])]), "onbekende vlag"),
        (_doc(concepts=[_concept(labels={"nl": "", "en": ""})]), "het label ontbreekt"),
        (_doc(concepts=[_concept(uri="geen uri")]), "ongeldige URI"),
        (_doc(concepts=[_concept(), _concept()]), "twee keer"),
        (_doc(concepts=[_concept(broader=["urn:portfolio-app:concept:weg"])]), "niet bestaat"),
        (
            _doc(occupations=[{"uri": "urn:portfolio-app:occupation:x", "labels": {"nl": "b"},
                               "essential": ["urn:portfolio-app:concept:weg"]}]),
            "urn:portfolio-app:concept:weg",
        ),
        (
            _doc(qualifications=[{"uri": "urn:portfolio-app:bk:x", "labels": {"nl": "b"},
                                  "vks_level": 9}]),
            "VKS-niveau",
        ),
        (
            _doc(qualifications=[{"uri": "urn:portfolio-app:bk:x", "labels": {"nl": "b"},
                                  "vks_level": 3,
                                  "occupation": "urn:portfolio-app:occupation:weg"}]),
            "urn:portfolio-app:occupation:weg",
        ),
        (
            _doc(qualifications=[{"uri": "urn:portfolio-app:bk:x", "labels": {"nl": "b"},
                                  "vks_level": 3, "evc": "ja"}]),
            "'evc'",
        ),
    ],
)  # fmt: skip
def test_bad_files_are_refused_with_a_clear_message(
    tmp_path: Path, doc: Any, fragment: str
) -> None:
    path = _write(tmp_path, doc)
    with pytest.raises(InvalidInput) as caught:
        starter.load([path])
    message = caught.value.message("nl")
    assert fragment in message
    assert "extra.json" in message or "verwijst naar" in message


def test_a_uri_defined_in_two_files_is_refused(tmp_path: Path) -> None:
    first = _write(tmp_path, _doc(concepts=[_concept()]), "a.json")
    second = _write(tmp_path, _doc(concepts=[_concept()]), "b.json")
    with pytest.raises(InvalidInput, match="twee keer"):
        starter.load([first, second])


def test_references_may_cross_files(tmp_path: Path) -> None:
    first = _write(tmp_path, _doc(concepts=[_concept()]), "a.json")
    second = _write(
        tmp_path,
        _doc(concepts=[_concept("urn:portfolio-app:concept:y",
                                broader=["urn:portfolio-app:concept:x"])]),
        "b.json",
    )  # fmt: skip
    data = starter.load([first, second])
    assert data.concepts["urn:portfolio-app:concept:y"].broader == ("urn:portfolio-app:concept:x",)


def test_hash_follows_content_and_names(tmp_path: Path) -> None:
    path = _write(tmp_path, _doc(concepts=[_concept()]))
    before = starter.source_hash([path])
    assert starter.source_hash([path]) == before
    path.write_text(json.dumps(_doc(concepts=[_concept(type="kennis")])), encoding="utf-8")
    edited = starter.source_hash([path])
    assert edited != before
    renamed = path.rename(tmp_path / "other.json")
    assert starter.source_hash([renamed]) != edited
