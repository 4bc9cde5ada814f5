"""Proposed competences: ESCO URIs kept, other alignments offered to the language lookup."""

from __future__ import annotations

from portfolio_app.credentials.competences import esco_uri, propose
from portfolio_app.credentials.draft import Candidate
from portfolio_app.domain import ConceptRef
from tests.credentials.makers import ESCO_WELD, as_bytes, ob2_assertion, read

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
