"""Fixtures of the export tests: a portfolio with a bit of everything (Dutch characters, a
long title, an emoji and Hebrew in a note, a photo, a PDF and a damaged attachment), a big
one, and a small competence language of our own with a heftruckchauffeur BK."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from portfolio_app.domain import (
    CheckResult,
    CompetenceClaim,
    ConceptRef,
    Contribution,
    EvidenceStrength,
    Experience,
    Leerbewijs,
    Profile,
    Source,
    Standing,
    TargetRef,
)
from portfolio_app.domain.enums import (
    CompetenceKind,
    ExperienceKind,
    LeerbewijsKind,
    LevelScale,
    SourceKind,
    TargetKind,
)
from portfolio_app.language import CompetenceLanguage
from portfolio_app.language import starter as starter_module
from portfolio_app.paths import AppPaths
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE

LANGUAGE_DIR = Path(__file__).parent / "data" / "language"
C = "urn:test:concept:"
BK = "urn:test:bk:heftruckchauffeur"
CREATED = date(2025, 3, 3)


@dataclass
class Sample:
    """IDs of the objects in the sample portfolio, for selecting and asserting."""

    forklift: CompetenceClaim
    loading: CompetenceClaim
    teamwork: CompetenceClaim
    french: CompetenceClaim
    secret: CompetenceClaim
    certificate: Leerbewijs
    diploma: Leerbewijs
    hidden_proof: Leerbewijs
    job: Experience
    volunteering: Experience
    photo_id: str
    pdf_id: str
    broken_id: str


def png_bytes(size: tuple[int, int] = (900, 600)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (40, 110, 120)).save(out, "PNG")
    return out.getvalue()


def pdf_bytes(*texts: str) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    for text in texts:
        canvas.drawString(72, 700, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def fill(portfolio: Portfolio) -> Sample:
    portfolio.profile.save(
        Profile(
            given_name="Zoë",
            family_name="D’Hondt",
            emails=["zoe@example.org"],
            phone="0470 12 34 56",
            city="Sint-Niklaas",
            birth_date=date(1988, 4, 2),
            headline="Heftruckchauffeur in een coöperatie",
            summary="Ik werk graag nauwkeurig; naïef ben ik niet. Loon: €2.500.",
        )
    )
    photo = portfolio.attachments.add_bytes(png_bytes(), "foto-werf.png")
    pdf = portfolio.attachments.add_bytes(
        pdf_bytes("Attest VCA pagina een", "pagina twee"), "vca.pdf"
    )
    broken = portfolio.attachments.add_bytes(b"%PDF-1.7 kapot en afgebroken", "kapot.pdf")
    certificate = portfolio.leerbewijzen.add(
        Leerbewijs(
            kind=LeerbewijsKind.CERTIFICAAT,
            title="Attest heftruckchauffeur",
            issuer="VDAB",
            issued=date(2019, 3, 14),
            expires=date(2026, 3, 14),
            vks_level=2,
            attachment_ids=[photo.id],
            competences=[],
            note="Notitie bij het attest",
        )
    )
    diploma = portfolio.leerbewijzen.add(
        Leerbewijs(
            kind=LeerbewijsKind.DIPLOMA,
            title="Diploma secundair onderwijs " + "logistiek en transport " * 40,
            issuer="Sint-Jozefinstituut",
            issued=date(2006, 6, 30),
            vks_level=4,
        )
    )
    hidden_proof = portfolio.leerbewijzen.add(
        Leerbewijs(
            kind=LeerbewijsKind.ATTEST, title="Geheim attest Xylofoon", attachment_ids=[pdf.id]
        )
    )
    job = portfolio.experiences.add(
        Experience(
            organisation="Colruyt Group",
            role="Heftruckchauffeur",
            start=date(2015, 1, 5),
            end=date(2023, 6, 30),
        )
    )
    volunteering = portfolio.experiences.add(
        Experience(kind=ExperienceKind.VRIJWILLIGERSWERK, organisation="Voedselbank Waasland")
    )
    forklift = portfolio.claims.add(
        CompetenceClaim(
            concept_uri=C + "heftruck",
            label="Een heftruck besturen",
            level=4,
            last_used=date(2025, 2, 1),
            leerbewijs_ids=[certificate.id],
            experience_ids=[job.id],
            attachment_ids=[photo.id],
            sources=[Source(kind=SourceKind.WERKGEVER, name="Colruyt Group")],
        )
    )
    loading = portfolio.claims.add(
        CompetenceClaim(
            concept_uri=C + "laden",
            label="Goederen laden en lossen",
            level=3,
            leerbewijs_ids=[hidden_proof.id],
            attachment_ids=[pdf.id, broken.id],
        )
    )
    teamwork = portfolio.claims.add(
        CompetenceClaim(
            concept_uri=C + "samenwerken",
            label="Samenwerken",
            kind=CompetenceKind.TRANSVERSAAL,
            note="Noot met emoji 😀🧑‍🔧 en Hebreeuws שלום",
        )
    )
    french = portfolio.claims.add(
        CompetenceClaim(
            label="Frans", kind=CompetenceKind.TAAL, level_scale=LevelScale.CEFR, level=3
        )
    )
    secret = portfolio.claims.add(
        CompetenceClaim(label="Zakkenrollen Kwispeldoorn", kind=CompetenceKind.VAKSPECIFIEK)
    )
    portfolio.checks.add(
        CheckResult(
            target=TargetRef(
                uri=BK, label="Heftruckchauffeur", kind=TargetKind.BEROEPSKWALIFICATIE
            ),
            checked_on=date(2025, 2, 20),
            contributions=[
                Contribution(
                    competence=ConceptRef(uri=C + "heftruck", label="een heftruck besturen"),
                    essential=True,
                    standing=Standing.SHOWN,
                    strength=EvidenceStrength.DOCUMENT,
                ),
                Contribution(
                    competence=ConceptRef(uri=C + "laden", label="goederen laden en lossen"),
                    essential=True,
                    standing=Standing.SHOWN,
                    strength=EvidenceStrength.EXPERIENCE,
                ),
                Contribution(
                    competence=ConceptRef(uri=C + "samenwerken", label="samenwerken"),
                    essential=True,
                    standing=Standing.TO_PROVE,
                    strength=EvidenceStrength.OWN,
                ),
            ],
            summary="Voor heftruckchauffeur zeg je 3 van de 3 competenties te kunnen.",
        )
    )
    return Sample(
        forklift, loading, teamwork, french, secret, certificate, diploma, hidden_proof, job,
        volunteering, photo.id, pdf.id, broken.id,
    )  # fmt: skip


@pytest.fixture(scope="session")
def filled(
    template_vault: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Portfolio, Sample]]:
    """One sample portfolio for all export tests that only read it: opening a vault
    costs a key derivation, and the exports never change what they read."""
    path = tmp_path_factory.mktemp("filled") / "portfolio.vault"
    shutil.copyfile(template_vault, path)
    with Portfolio.open(path, PASSPHRASE) as opened:
        yield opened, fill(opened)


@pytest.fixture
def language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[CompetenceLanguage]:
    files = sorted(LANGUAGE_DIR.glob("*.json"))
    monkeypatch.setattr(starter_module, "bundled_files", lambda: list(files))
    with CompetenceLanguage.open_default(AppPaths(tmp_path / "langhome")) as opened:
        yield opened
