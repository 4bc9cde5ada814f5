"""Europass digital credentials (European Learning Model)."""

from __future__ import annotations

import copy

import pytest

from portfolio_app.credentials import SignatureMismatch, WrongRecipient
from portfolio_app.domain import ConceptRef
from portfolio_app.domain.enums import LeerbewijsKind
from tests.credentials.makers import (
    EMAIL,
    ESCO_SAFETY,
    OFFLINE,
    PASSED,
    Ed25519Issuer,
    read,
    statuses,
)
from tests.credentials.samples import (
    as_bytes,
    elm_credential,
)


def test_elm_credential_maps_title_awarding_body_date_level_and_outcomes() -> None:
    result = read(as_bytes(elm_credential()), "diploma.json")
    lb = result.leerbewijs
    assert statuses(result) == {
        "handtekening": OFFLINE,
        "sleutel_uitgever": OFFLINE,
        "ontvanger": PASSED,
        "geldigheid": PASSED,
        "intrekking": OFFLINE,
    }
    assert lb.kind is LeerbewijsKind.DIPLOMA
    assert lb.title == "Graduaat Verpleegkunde"  # Dutch preferred over English
    assert lb.issuer == "HoGent"  # the awarding body, not the platform that issued the file
    assert lb.issued is not None and lb.issued.isoformat() == "2023-06-30"
    assert lb.vks_level == 5
    assert lb.qualification_uri == "https://data.hogent.example/qualifications/gv"
    assert "- Past veiligheidsvoorschriften toe" in lb.description
    assert "- Communiceert met patiënten" in lb.description
    assert [c.uri for c in result.proposed_competences] == [ESCO_SAFETY]
    assert result.format_name.nl == "Europass digitaal leerbewijs (ELM, JSON-LD)"
    assert any("Communiceert met patiënten" in w.nl for w in result.warnings)


def test_learning_outcome_without_esco_is_matched_through_the_language() -> None:
    known = ConceptRef(uri="http://data.europa.eu/esco/skill/patient-communication", label="x")

    def match(text: str) -> ConceptRef | None:
        return known if text == "Communiceert met patiënten" else None

    result = read(as_bytes(elm_credential()), match=match)
    assert [c.uri for c in result.proposed_competences] == [ESCO_SAFETY, known.uri]
    assert not any("niet gekoppeld" in w.nl for w in result.warnings)


def test_elm_for_someone_else_is_refused() -> None:
    with pytest.raises(WrongRecipient):
        read(as_bytes(elm_credential(email="iemand@example.be")))


def test_elm_with_eddsa_jcs_proof_is_verified_and_tampering_refused(issuer: Ed25519Issuer) -> None:
    signed = issuer.prove(elm_credential(issuer_id=issuer.did))
    result = read(as_bytes(signed), emails=(EMAIL.upper(),))
    assert statuses(result)["handtekening"] is PASSED
    assert statuses(result)["sleutel_uitgever"] is PASSED
    forged = copy.deepcopy(signed)
    claim = forged["credentialSubject"]["hasClaim"][0]
    claim["specifiedBy"]["eqfLevel"]["id"] = "http://data.europa.eu/snb/eqf/7"
    with pytest.raises(SignatureMismatch):
        read(as_bytes(forged))


def test_parts_of_a_claim_add_their_outcomes() -> None:
    credential = elm_credential()
    claim = credential["credentialSubject"]["hasClaim"][0]
    claim["hasPart"] = [
        {
            "type": "LearningAchievement",
            "title": {"nl": "Module wondzorg"},
            "specifiedBy": {
                "learningOutcome": [
                    {
                        "title": {"nl": "Verzorgt wonden"},
                        "relatedESCOSkill": [
                            {
                                "id": "http://data.europa.eu/esco/skill/wound-care",
                                "prefLabel": "wondzorg",
                            }
                        ],
                    }
                ]
            },
        }
    ]
    result = read(as_bytes(credential))
    assert "http://data.europa.eu/esco/skill/wound-care" in {
        c.uri for c in result.proposed_competences
    }
