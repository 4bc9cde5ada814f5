"""Digital credentials embedded in the CV annex and the EVC dossier: off by default; when
chosen, every chosen credential's original file is in the PDF, byte for byte, named in the
document with what was checked offline and when, and verifies again with the app's own
importer after it is taken out of the PDF."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from pypdf import PdfReader

from portfolio_app.credentials import read_credential
from portfolio_app.credentials.store import store_import
from portfolio_app.domain import CheckStatus, ConceptRef
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.export.embedded import credential_files, original_bytes
from portfolio_app.export.evc_dossier import find_qualification, qualification_labels, render_evc
from portfolio_app.export.options import CvOptions, EvcOptions
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.credentials.makers import EMAIL, NOW, Ed25519Issuer, read, statuses
from tests.credentials.samples import as_bytes, bake_png, ob2_assertion, ob3_credential
from tests.export.conftest import BK, CREATED, C, fill


@dataclass
class Imported:
    name: str  # the file name the user dropped
    data: bytes
    statuses: dict[str, CheckStatus]
    leerbewijs_id: str


def flat(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def embedded(data: bytes) -> dict[str, bytes]:
    found = PdfReader(io.BytesIO(data)).attachments
    return {name: contents[0] for name, contents in found.items()}


@pytest.fixture
def credentials(portfolio: Portfolio) -> dict[str, Imported]:
    """A signed Open Badge 3.0 (JSON-LD, did:key) that lists a competence of the BK, and a
    hosted Open Badge 2.0 baked into a PNG that has nothing to do with it."""
    fill(portfolio)
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    files = {
        "hoogte.json": as_bytes(
            issuer.prove(ob3_credential(issuer.did, valid_until="2027-11-05T08:00:00Z"))
        ),
        "lassen.png": bake_png(json.dumps(ob2_assertion()), "openbadges"),
    }
    imported: dict[str, Imported] = {}
    for name, data in files.items():
        result = read(data, name)
        if name == "hoogte.json":
            result.leerbewijs.competences = [ConceptRef(uri=C + "vca", label="VCA")]
        stored = store_import(portfolio, result, data, name)
        imported[name] = Imported(name, data, statuses(result), stored.leerbewijs.id)
    return imported


def reverify(name: str, data: bytes) -> dict[str, CheckStatus]:
    result = read_credential(data, name, profile_emails=[EMAIL], today=NOW.date(), now=NOW)
    return {c.code: c.status for c in result.verification.checks}


def test_the_stored_payload_is_the_original_file(
    portfolio: Portfolio, credentials: dict[str, Imported]
) -> None:
    by_id = {lb.id: lb for lb in portfolio.leerbewijzen.list()}
    for item in credentials.values():
        assert original_bytes(by_id[item.leerbewijs_id]) == item.data
    files = credential_files(portfolio.leerbewijzen.list())
    assert [(f.name, f.media_type) for f in files] == [
        ("Veilig werken op hoogte.json", "application/json"),
        ("MIG-MAG-lassen basis.png", "image/png"),
    ]


def test_nothing_is_embedded_unless_chosen(
    portfolio: Portfolio, credentials: dict[str, Imported], language: CompetenceLanguage
) -> None:
    assert embedded(render_cv(portfolio, CvOptions(created=CREATED))) == {}
    qualification = find_qualification(language, BK)
    dossier = render_evc(portfolio, qualification, EvcOptions(created=CREATED))
    assert embedded(dossier) == {}
    assert "DIGITALE LEERBEWIJZEN IN DEZE PDF" not in flat(dossier)


def test_the_cv_annex_carries_the_originals_and_they_verify_again(
    portfolio: Portfolio, credentials: dict[str, Imported]
) -> None:
    options = CvOptions(created=CREATED, embed_credentials=True)
    data = render_cv(portfolio, options)
    files = embedded(data)
    assert set(files) == {"Veilig werken op hoogte.json", "MIG-MAG-lassen basis.png"}
    signed = credentials["hoogte.json"]
    assert files["Veilig werken op hoogte.json"] == signed.data  # byte for byte
    assert files["MIG-MAG-lassen basis.png"] == credentials["lassen.png"].data
    again = reverify("Veilig werken op hoogte.json", files["Veilig werken op hoogte.json"])
    assert again == signed.statuses
    assert again["handtekening"] is CheckStatus.GESLAAGD
    assert reverify("lassen.png", files["MIG-MAG-lassen basis.png"]) == (
        credentials["lassen.png"].statuses
    )
    # Each named in the document, with what was checked offline and when.
    text = flat(data)
    section = text.split("DIGITALE LEERBEWIJZEN IN DEZE PDF")[1]
    assert "Veilig werken op hoogte.json Open Badges 3.0 Veilig werken op hoogte" in section
    assert "Op 1 maart 2025: Handtekening: geslaagd" in section
    assert "Intrekking: niet offline te controleren" in section
    assert "MIG-MAG-lassen basis.png Open Badges 2.0" in section
    assert "Handtekening: niet offline te controleren" in section
    # The same bytes for the same content (the document stays reproducible).
    assert render_cv(portfolio, options) == data


def test_a_leerbewijs_left_out_of_the_cv_is_not_embedded(
    portfolio: Portfolio, credentials: dict[str, Imported]
) -> None:
    keep = credentials["hoogte.json"].leerbewijs_id
    options = CvOptions(created=CREATED, embed_credentials=True, leerbewijs_ids=frozenset({keep}))
    data = render_cv(portfolio, options)
    assert set(embedded(data)) == {"Veilig werken op hoogte.json"}
    assert "MIG/MAG" not in flat(data)


def test_the_dossier_carries_the_credentials_that_bear_on_the_bk(
    portfolio: Portfolio, credentials: dict[str, Imported], language: CompetenceLanguage
) -> None:
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "nl")
    options = EvcOptions(created=CREATED, embed_credentials=True)
    data = render_evc(portfolio, qualification, options, labels)
    files = embedded(data)
    assert set(files) == {"Veilig werken op hoogte.json"}  # the welding badge does not bear
    signed = credentials["hoogte.json"]
    assert files["Veilig werken op hoogte.json"] == signed.data
    assert reverify("badge.json", files["Veilig werken op hoogte.json"]) == signed.statuses
    text = flat(data)
    register = text.split("LEERBEWIJZEN")[1].split("DIGITALE LEERBEWIJZEN")[0]
    assert (
        "Digitaal leerbewijs (Open Badges 3.0), offline gecontroleerd op 1 maart 2025" in register
    )
    assert "Het originele bestand zit in deze PDF: ‘Veilig werken op hoogte.json’" in register
    assert "Op 1 maart 2025: Handtekening: geslaagd" in text.split("DIGITALE LEERBEWIJZEN")[1]
    english = render_evc(
        portfolio, qualification, EvcOptions(created=CREATED, lang="en", embed_credentials=True)
    )
    assert "DIGITAL CREDENTIALS IN THIS PDF" in flat(english)
    assert "On 1 March 2025: Signature: passed" in flat(english)
    assert set(embedded(english)) == {"Veilig werken op hoogte.json"}


def test_a_pdf_without_digital_credentials_is_unchanged_by_the_option(
    portfolio: Portfolio,
) -> None:
    fill(portfolio)
    plain = render_cv(portfolio, CvOptions(created=CREATED))
    assert render_cv(portfolio, CvOptions(created=CREATED, embed_credentials=True)) == plain
