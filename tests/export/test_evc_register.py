"""The EVC dossier's evidence as the assessor reads it: each piece with its strength on the one
scale, dates and expiry ("verlopen op …"), experience descriptions printed, and every
leerbewijs that bears on the BK listed and attached, also when no competence cites it yet."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

from pypdf import PdfReader

from portfolio_app.domain import (
    CheckStatus,
    CompetenceClaim,
    ConceptRef,
    Experience,
    Leerbewijs,
    Verification,
    VerificationCheck,
)
from portfolio_app.domain.enums import LeerbewijsKind
from portfolio_app.export.evc_dossier import find_qualification, qualification_labels, render_evc
from portfolio_app.export.evc_evidence import Status, collect
from portfolio_app.export.options import EvcOptions
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.export.conftest import BK, CREATED, C, fill, pdf_bytes

DESCRIPTION = "Ik reed vijf jaar lang elke dag met een heftruck en leidde nieuwe collega's op."


def flat_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def add_evidence(portfolio: Portfolio) -> dict[str, str]:
    """An expired VCA that lists its competence, a described experience, a getuigschrift that
    only names the BK (uncited, with a scan), one that names a deelkwalificatie, one that
    names the BK by URI, and a diploma that has nothing to do with it."""
    scan = portfolio.attachments.add_bytes(pdf_bytes("Getuigschrift scan"), "scan_0001.pdf")
    ids = {
        "vca": portfolio.leerbewijzen.add(
            Leerbewijs(
                kind=LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT,
                title="VCA Basisveiligheid",
                issuer="Examencentrum",
                issued=date(2014, 1, 10),
                expires=date(2024, 1, 10),
                competences=[ConceptRef(uri=C + "vca", label="VCA")],
            )
        ).id,
        "getuigschrift": portfolio.leerbewijzen.add(
            Leerbewijs(
                kind=LeerbewijsKind.GETUIGSCHRIFT,
                title="Getuigschrift HEFTRUCKCHAUFFEUR",
                issuer="CVO",
                issued=date(2023, 5, 12),
                attachment_ids=[scan.id],
            )
        ).id,
        "dk": portfolio.leerbewijzen.add(
            Leerbewijs(
                kind=LeerbewijsKind.ATTEST,
                title="Attest opleiding",
                description="Module 'Werken in het magazijn', 40 uur.",
            )
        ).id,
        "bk_uri": portfolio.leerbewijzen.add(
            Leerbewijs(
                kind=LeerbewijsKind.BEROEPSKWALIFICATIE,
                title="Erkenning deel magazijn",
                issuer="Testcentrum",
                issued=date(2024, 9, 1),
                qualification_uri="urn:test:dk:magazijn",
            )
        ).id,
        "unrelated": portfolio.leerbewijzen.add(
            Leerbewijs(kind=LeerbewijsKind.DIPLOMA, title="Diploma kok", issuer="Ter Groene Poorte")
        ).id,
    }
    portfolio.experiences.add(
        Experience(
            organisation="Depot Waasland",
            role="Magazijnier",
            start=date(2018, 3, 1),
            end=date(2023, 2, 28),
            description=DESCRIPTION,
            competences=[ConceptRef(uri=C + "vca", label="VCA")],
        )
    )
    portfolio.claims.add(CompetenceClaim(concept_uri=C + "vca", label="VCA", level=3))
    return ids


def render(portfolio: Portfolio, language: CompetenceLanguage, lang: str = "nl") -> str:
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, lang)
    options = EvcOptions(created=CREATED, lang=lang)  # type: ignore[arg-type]
    return flat_text(render_evc(portfolio, qualification, options, labels))


def test_expired_evidence_is_named_and_does_not_count(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    fill(portfolio)
    add_evidence(portfolio)
    qualification = find_qualification(language, BK)
    dossier = collect(portfolio, qualification, {}, "nl", CREATED)
    vca = next(c for c in dossier.competences() if c.uri == C + "vca")
    # The described experience shows it (the check's own answer), the expired VCA does not.
    assert vca.status is Status.EVIDENCE
    text = render(portfolio, language)
    assert (
        "oordeel van iemand anders leerbewijs L3: VCA Basisveiligheid, Examencentrum, jan. 2014, "
        "verlopen op 10 januari 2024: telt niet als bewijs" in text
    )
    assert "nummer" not in text.split("VCA Basisveiligheid")[2][:120]  # none was given
    assert "verlopen op 10 januari 2024" in text.split("LEERBEWIJZEN")[1]
    text_en = render(portfolio, language, "en")
    assert "expired on 10 January 2024: does not count" in text_en


def test_only_an_expired_proof_leaves_the_competence_to_prove(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    portfolio.leerbewijzen.add(
        Leerbewijs(
            title="VCA Basisveiligheid",
            issued=date(2014, 1, 10),
            expires=date(2024, 1, 10),
            competences=[ConceptRef(uri=C + "vca", label="VCA")],
        )
    )
    text = render(portfolio, language)
    missing = text.split("ZONDER BEWIJS IN DIT DOSSIER")[1].split("COMPETENTIES EN BEWIJS")[0]
    assert "veiligheidsvoorschriften (VCA) Rijden met de heftruck nog te bewijzen" in missing
    assert "leerbewijs verlopen" in missing


def test_experience_descriptions_are_printed_with_their_strength(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    fill(portfolio)
    add_evidence(portfolio)
    text = render(portfolio, language)
    experiences = text.split("ERVARINGEN")[1]
    assert DESCRIPTION in experiences
    assert "Magazijnier – Depot Waasland Werk · maart 2018 – februari 2023" in experiences
    details = text.split("COMPETENTIES EN BEWIJS")[1].split("LEERBEWIJZEN")[0]
    assert "beschreven ervaring ervaring E2: Magazijnier – Depot Waasland, 2018 – 2023" in details
    # Zoë's job has no description: her own word, and the dossier says so.
    own = "eigen inschatting ervaring E1: Heftruckchauffeur – Colruyt Group, 2015 – 2023, zonder"
    assert own in details
    assert "Geen beschrijving gegeven." in experiences
    for strength in ("document", "oordeel van iemand anders", "beschreven ervaring"):
        assert strength in details


def test_every_leerbewijs_that_bears_on_the_bk_is_listed_and_attached(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    fill(portfolio)
    add_evidence(portfolio)
    text = render(portfolio, language)
    register = text.split("LEERBEWIJZEN")[1].split("ERVARINGEN")[0]
    uncited = "Nog bij geen competentie van deze beroepskwalificatie vermeld."
    # Names the BK in its title (in capitals), nobody linked it: listed, marked and attached.
    getuigschrift = register.split("Getuigschrift HEFTRUCKCHAUFFEUR")[1][:200]
    assert uncited in getuigschrift and "Zie bijlage" in getuigschrift
    number = re.search(r"Zie bijlage (\d+)", getuigschrift)
    assert number is not None
    assert f"Bijlage {number[1]} · Getuigschrift HEFTRUCKCHAUFFEUR" in text
    assert "Getuigschrift scan" in text  # its page is in the dossier
    # Names a deelkwalificatie in its description: listed too.
    assert uncited in register.split("Attest opleiding")[1][:200]
    # Names a deelkwalificatie by URI: it backs that part's competences.
    bk_proof = register.split("Erkenning deel magazijn")[1][:200]
    assert "Bij: een magazijnbeheersysteem gebruiken, orders verzamelen" in bk_proof
    # Nothing to do with the BK: not in the dossier.
    assert "Diploma kok" not in text


def test_a_dossier_without_leerbewijzen_says_so(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    text = render(portfolio, language)
    assert "Het portfolio bevat geen leerbewijs dat over deze beroepskwalificatie gaat." in text
    assert "ERVARINGEN" not in text


def test_a_credential_whose_check_failed_is_shown_as_not_counting(
    portfolio: Portfolio, language: CompetenceLanguage
) -> None:
    checked = datetime(2025, 2, 1, 10, 0, tzinfo=UTC)
    failed = Verification(
        checked_at=checked,
        checks=[VerificationCheck(code="handtekening", status=CheckStatus.MISLUKT)],
    )
    portfolio.leerbewijzen.add(
        Leerbewijs(
            kind=LeerbewijsKind.OPEN_BADGE,
            title="Badge heftruck",
            issuer="Onbekend",
            competences=[ConceptRef(uri=C + "heftruck", label="heftruck")],
            verification=failed,
        )
    )
    text = render(portfolio, language)
    assert (
        "telt niet leerbewijs L1: Badge heftruck, Onbekend — de controle van het digitale "
        "leerbewijs mislukte: telt niet" in text
    )
    missing = text.split("ZONDER BEWIJS IN DIT DOSSIER")[1].split("COMPETENTIES EN BEWIJS")[0]
    assert "een heftruck besturen" in missing  # it says nothing, as in the check
