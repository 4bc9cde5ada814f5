"""The value objects: label fallback and the mapping to claim kinds."""

from __future__ import annotations

import pytest

from portfolio_app.domain.enums import CompetenceKind
from portfolio_app.language import (
    Concept,
    ConceptType,
    Deelkwalificatie,
    Qualification,
    concept_kind,
)


def _concept(ctype: ConceptType, flags: frozenset[str] = frozenset()) -> Concept:
    return Concept("urn:x:c", ctype, "koken", "cooking", (), "", (), flags)


def test_label_falls_back_to_the_other_language() -> None:
    english_only = Concept(
        "urn:x:c", ConceptType.KENNIS, "", "food safety", (), "", (), frozenset()
    )
    assert english_only.label("nl") == "food safety"
    assert _concept(ConceptType.VAARDIGHEID).label("en") == "cooking"
    assert _concept(ConceptType.VAARDIGHEID).label() == "koken"


@pytest.mark.parametrize(
    ("ctype", "flags", "kind"),
    [
        (ConceptType.VAARDIGHEID, frozenset(), CompetenceKind.VAKSPECIFIEK),
        (ConceptType.KENNIS, frozenset(), CompetenceKind.KENNIS),
        (ConceptType.TRANSVERSAAL, frozenset({"future"}), CompetenceKind.TRANSVERSAAL),
        (ConceptType.TAAL, frozenset(), CompetenceKind.TAAL),
        (ConceptType.KENNIS, frozenset({"digital"}), CompetenceKind.DIGITAAL),
        (ConceptType.TRANSVERSAAL, frozenset({"digital", "basic"}), CompetenceKind.DIGITAAL),
    ],
)
def test_concept_kind(ctype: ConceptType, flags: frozenset[str], kind: CompetenceKind) -> None:
    assert concept_kind(_concept(ctype, flags)) is kind


def test_all_competences_joins_parts_without_duplicates() -> None:
    q = Qualification(
        "urn:x:bk", "BK", "", 3, None, True, "", ("a", "b"),
        (Deelkwalificatie("urn:x:dk1", "deel", "", ("b", "c")),
         Deelkwalificatie("urn:x:dk2", "deel 2", "", ("d",))),
    )  # fmt: skip
    assert q.all_competences == ("a", "b", "c", "d")
