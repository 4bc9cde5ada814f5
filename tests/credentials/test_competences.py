"""Proposed competences: ESCO URIs kept, other alignments offered to the language lookup."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from portfolio_app.credentials.competences import esco_uri, language_matcher, propose
from portfolio_app.credentials.draft import Candidate
from portfolio_app.domain import ConceptRef
from tests.credentials.makers import (
    ESCO_WELD,
    read,
)
from tests.credentials.samples import (
    as_bytes,
    ob2_assertion,
)

LANGUAGE = {
    ESCO_WELD: ConceptRef(uri=ESCO_WELD, label="lassen (competentietaal)"),
    "veilig werken met gas": ConceptRef(
        uri="https://portfolio.example/concept/gas", label="veilig werken met gas"
    ),
}


def lookup(key: str) -> ConceptRef | None:
    return LANGUAGE.get(key)


def test_esco_uris_are_kept_even_without_a_language() -> None:
    proposed, unmatched = propose([Candidate(ESCO_WELD, "lassen")], None)
    assert proposed == [ConceptRef(uri=ESCO_WELD, label="lassen")]
    assert unmatched == []


def test_the_language_gives_its_own_label_and_places_other_alignments() -> None:
    result = read(as_bytes(ob2_assertion()), match=lookup)
    assert [(c.uri, c.label) for c in result.proposed_competences] == [
        (ESCO_WELD, "lassen (competentietaal)"),
        ("https://portfolio.example/concept/gas", "veilig werken met gas"),
    ]
    assert not any("niet gekoppeld" in w.nl for w in result.warnings)


def test_https_esco_is_normalised_and_doubles_are_dropped() -> None:
    https = ESCO_WELD.replace("http://", "https://")
    proposed, _ = propose([Candidate(https, "lassen"), Candidate(ESCO_WELD, "Lassen")], None)
    assert [c.uri for c in proposed] == [ESCO_WELD]
    assert esco_uri("https://example.org/esco/skill/1") == ""
    assert esco_uri("http://data.europa.eu/esco/") == ""


def test_what_cannot_be_placed_is_reported_once() -> None:
    proposed, unmatched = propose(
        [Candidate("", "Teamwerk"), Candidate("https://x.example/1", "teamwerk")], lookup
    )
    assert proposed == []
    assert unmatched == ["Teamwerk"]


@dataclass(frozen=True)
class FakeConcept:
    uri: str
    label_nl: str

    def label(self, lang: str = "nl") -> str:
        return self.label_nl


@dataclass(frozen=True)
class FakeHit:
    uri: str
    label: str
    match: str


class FakeLanguage:
    """Stands in for CompetenceLanguage: only the two calls the matcher makes."""

    concepts = {ESCO_WELD: FakeConcept(ESCO_WELD, "lassen")}
    hits = {
        "Teamwerk": [FakeHit("https://portfolio.example/c/team", "samenwerken", "alt")],
        "Excel": [FakeHit("https://portfolio.example/c/excel-macros", "Excel-macro's", "prefix")],
    }

    def concept(self, uri: str) -> FakeConcept | None:
        return self.concepts.get(uri)

    def search(
        self, query: str, limit: int = 20, kinds: Iterable[str] | None = None
    ) -> list[FakeHit]:
        assert kinds == ["concept"]
        return self.hits.get(query, [])[:limit]


def test_language_matcher_takes_uris_and_exact_or_alternative_labels_only() -> None:
    match = language_matcher(FakeLanguage())
    assert match(ESCO_WELD) == ConceptRef(uri=ESCO_WELD, label="lassen")
    assert match("http://data.europa.eu/esco/skill/unknown") is None
    assert match("Teamwerk") == ConceptRef(
        uri="https://portfolio.example/c/team", label="samenwerken"
    )
    assert match("Excel") is None  # a prefix hit is a guess, not a match
