"""Search as you type: accents, prefixes, alternative labels, typos, ranking and filters."""

from __future__ import annotations

import pytest

from portfolio_app.errors import InvalidInput
from portfolio_app.language import CompetenceLanguage, ConceptType

OPERATOR = "urn:portfolio-app:occupation:heftruckchauffeur"
SAMENWERKEN = "urn:portfolio-app:concept:samenwerken"
STOCK = "http://data.europa.eu/esco/skill/test-manage-stock"


def _uris(language: CompetenceLanguage, query: str, **kwargs: object) -> list[str]:
    return [h.uri for h in language.search(query, **kwargs)]  # type: ignore[arg-type]


def test_typo_finds_the_forklift_operator_first(language: CompetenceLanguage) -> None:
    hits = language.search("heftruk")
    assert hits[0].uri == OPERATOR
    assert hits[0].match == "fuzzy"


def test_typo_in_a_longer_word(language: CompetenceLanguage) -> None:
    hits = language.search("samewerken")
    assert hits[0].uri == SAMENWERKEN and hits[0].match == "fuzzy"
    assert language.search("heftruckchaufeur")[0].uri == OPERATOR


def test_accents_and_case_do_not_matter(language: CompetenceLanguage) -> None:
    for query in ("cooperatie", "COÖPERATIE", "Coöperatie en"):
        assert _uris(language, query)[0] == "urn:portfolio-app:concept:cooperatie"
    hit = language.search("hygiene")[0]
    assert hit.label == "hygiëne toepassen" and hit.match == "prefix"


@pytest.mark.parametrize(
    "typed", ["h", "he", "hef", "heft", "heftr", "heftruckc", "heftruckchauffeur"]
)
def test_every_keystroke_keeps_the_operator_in_view(
    language: CompetenceLanguage, typed: str
) -> None:
    assert OPERATOR in _uris(language, typed, limit=5)


def test_ranking_exact_before_prefix_before_alt_before_fuzzy(
    language: CompetenceLanguage,
) -> None:
    hits = language.search("kok")
    assert (hits[0].label, hits[0].match, hits[0].score) == ("kok", "exact", 1.0)
    assert hits[1].label == "koken" and hits[1].match == "prefix"
    hits = language.search("werken")
    matches = [h.match for h in hits]
    assert matches == sorted(matches, key=["exact", "prefix", "alt", "fuzzy"].index)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_alternative_labels_are_found_and_shown(language: CompetenceLanguage) -> None:
    # A whole alternative label typed is an exact match, just below the preferred label.
    hit = language.search("stockbeheer")[0]
    assert (hit.uri, hit.match, hit.matched_text, hit.label, hit.score) == (
        STOCK, "exact", "stockbeheer", "voorraad beheren", 0.97
    )  # fmt: skip
    hit = language.search("stockbeh")[0]
    assert (hit.uri, hit.match, hit.matched_text) == (STOCK, "alt", "stockbeheer")
    assert language.search("teamw")[0].uri == SAMENWERKEN


def test_a_typo_in_one_of_several_words(language: CompetenceLanguage) -> None:
    assert _uris(language, "voorraad behren")[0] == STOCK
    assert _uris(language, "heftruk bes")[0] == "urn:portfolio-app:concept:heftruck-besturen"


def test_labels_shown_in_the_asked_language(language: CompetenceLanguage) -> None:
    assert language.search("kok")[0].label == "kok"
    hit = language.search("kok", lang="en")[0]
    assert (hit.label, hit.matched_text) == ("cook", "kok")


def test_english_labels_and_several_words(language: CompetenceLanguage) -> None:
    assert _uris(language, "dutch")[0] == "urn:portfolio-app:concept:nederlands"
    assert _uris(language, "operate fork")[0] == "urn:portfolio-app:concept:heftruck-besturen"
    # Words may come in any order and be cut short.
    assert _uris(language, "bes heftr")[0] == "urn:portfolio-app:concept:heftruck-besturen"


def test_filters_by_kind_and_type(language: CompetenceLanguage) -> None:
    kinds = {h.kind for h in language.search("heftruck", kinds=["qualification"])}
    assert kinds == {"qualification"}
    hits = language.search("heftruck", kinds=["concept"])
    assert [h.uri for h in hits] == ["urn:portfolio-app:concept:heftruck-besturen"]
    assert all(h.type is ConceptType.VAARDIGHEID for h in hits)
    typed = language.search("d", types=[ConceptType.TRANSVERSAAL, "taal"])
    assert typed and {h.type for h in typed} <= {ConceptType.TRANSVERSAAL, ConceptType.TAAL}
    assert language.search("heftruck", types=["kennis"]) == []


def test_deelkwalificaties_are_found_as_qualifications(language: CompetenceLanguage) -> None:
    hit = language.search("werken in het magazijn", kinds=["qualification"])[0]
    assert hit.uri == "urn:portfolio-app:dk:magazijn" and hit.kind == "qualification"
    assert language.qualification(hit.uri) is not None


def test_bad_filters_are_refused(language: CompetenceLanguage) -> None:
    with pytest.raises(InvalidInput, match="Onbekende soort"):
        language.search("x", kinds=["beroep"])
    with pytest.raises(InvalidInput, match="Onbekend type"):
        language.search("x", types=["houding"])


def test_empty_and_hopeless_queries(language: CompetenceLanguage) -> None:
    assert language.search("") == []
    assert language.search("  ?! ") == []
    assert language.search("xq") == []
    assert language.search("zzzzzzzzzz") == []
    assert len(language.search("k", limit=2)) == 2
