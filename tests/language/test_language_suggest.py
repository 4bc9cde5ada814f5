"""Suggest: behaviour on the small fixture language, and quality on the labelled sentences
against the bundled starter language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portfolio_app.language import CompetenceLanguage, starter
from portfolio_app.paths import AppPaths
from tests.language.suggest_eval import evaluate, load_sentences

FORKLIFT = "urn:portfolio-app:concept:heftruck-besturen"
STOCK = "http://data.europa.eu/esco/skill/test-manage-stock"

# Measured when the labelled set was written (precision@5 0.388 of a possible 0.46,
# recall@10 0.93); the test keeps them from getting worse, with room for small data edits.
MIN_PRECISION_AT_5 = 0.37
MIN_RECALL_AT_10 = 0.90
# The same sentences on the bundled language (starter + ESCO + the project's Dutch names,
# issue 15): 0.348 and 0.88 when measured. Lower because the labelled set only names
# starter concepts: "HACCP" for a sentence about HACCP rules, "de kassa bedienen" for one
# about the till or "orde houden in de klas" count as misses, though they fit.
MIN_BUNDLED_PRECISION_AT_5 = 0.33
MIN_BUNDLED_RECALL_AT_10 = 0.85


def test_the_issue_sentence(language: CompetenceLanguage) -> None:
    found = language.suggest(
        "Ik heb vijf jaar met een heftruck in een magazijn gewerkt en hield de voorraad bij"
    )
    by_uri = {s.concept.uri: s for s in found}
    assert [s.concept.uri for s in found[:2]] == [FORKLIFT, STOCK]
    assert by_uri[FORKLIFT].matched_words == ("heftruck",)
    assert by_uri[STOCK].matched_words == ("voorraad",)
    # "magazijn" is part of an alternative label of order picking.
    assert by_uri["urn:portfolio-app:concept:orderpicken"].matched_words == ("magazijn",)
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)


def test_a_named_occupation_brings_its_essential_competences(
    language: CompetenceLanguage,
) -> None:
    found = {s.concept.uri: s for s in language.suggest("Ik werkte drie jaar als kok")}
    assert set(found) == {
        "urn:portfolio-app:concept:koken",
        "urn:portfolio-app:concept:hygiene",
        "urn:portfolio-app:concept:voedselveiligheid",
    }
    assert all(s.matched_words == ("kok",) for s in found.values())


def test_part_of_an_occupation_name_does_not_name_it(language: CompetenceLanguage) -> None:
    # "heftruck" is only part of "heftruckchauffeur": no competences of the occupation
    # beyond what the sentence itself says.
    found = [s.concept.uri for s in language.suggest("Ik reed met een heftruck")]
    assert found == [FORKLIFT]


def test_compound_words_and_inflections(language: CompetenceLanguage) -> None:
    found = [s.concept.uri for s in language.suggest("Ik werkte graag samen met collega's")]
    assert found[0] == "urn:portfolio-app:concept:samenwerken"
    found = [s.concept.uri for s in language.suggest("Magazijnbestellingen verzamelen")]
    assert found[0] == "urn:portfolio-app:concept:orderpicken"


def test_nothing_to_suggest(language: CompetenceLanguage) -> None:
    assert language.suggest("") == []
    assert language.suggest("Ik heb het daar vijf jaar gedaan.") == []
    assert len(language.suggest("heftruck voorraad kok samenwerken", limit=2)) == 2


def test_quality_on_the_labelled_sentences(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The starter language alone, as the labelled set was written for it."""
    own = [f for f in starter.bundled_files() if _is_starter_file(f.name)]
    monkeypatch.setattr(starter, "bundled_files", lambda: own)
    sentences = load_sentences()
    assert len(sentences) >= 40
    with CompetenceLanguage.open_default(paths) as language:
        expected = {uri for item in sentences for uri in item["expected"]}  # type: ignore[attr-defined]
        missing = expected - set(language.concepts(expected))
        assert not missing, f"labelled concepts not in the starter language: {missing}"
        score = evaluate(language)
    assert score.precision_at_5 >= MIN_PRECISION_AT_5, score
    assert score.recall_at_10 >= MIN_RECALL_AT_10, score


def test_quality_on_the_bundled_language(paths: AppPaths) -> None:
    with CompetenceLanguage.open_default(paths) as language:
        assert language.info().esco_version == "1.1.1"
        score = evaluate(language)
    assert score.precision_at_5 >= MIN_BUNDLED_PRECISION_AT_5, score
    assert score.recall_at_10 >= MIN_BUNDLED_RECALL_AT_10, score


def _is_starter_file(name: str) -> bool:
    path = Path(__file__).resolve().parents[2] / "resources" / "language" / name
    if not name.endswith(".json"):
        return False
    return bool(json.loads(path.read_text(encoding="utf-8"))["format"] == "portfolio-language")


def test_labelled_set_is_sound() -> None:
    sentences = load_sentences()
    texts = [str(s["text"]) for s in sentences]
    assert len(set(texts)) == len(texts)
    for item in sentences:
        assert item["expected"] and len(item["expected"]) == len(item["expected_labels"])  # type: ignore[arg-type]
    assert Path(__file__).parent.joinpath("suggest_eval.py").exists()
