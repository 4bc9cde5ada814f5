"""The EVC dossier: status per competence, the list of what is missing, numbered appendices
referenced from their competences, and a damaged attachment that does not stop the export."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from portfolio_app.errors import NotFound
from portfolio_app.export.evc_dossier import (
    find_qualification,
    qualification_labels,
    render_evc,
)
from portfolio_app.export.evc_evidence import Status, gather
from portfolio_app.export.options import EvcOptions
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.export.conftest import BK, CREATED, Sample, pdf_bytes, png_bytes


def flat_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_status_per_competence(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "nl")
    parts = gather(portfolio, qualification, labels, "nl")
    status = {c.label: c.status for part in parts for c in part.competences}
    assert status == {
        "een heftruck besturen": Status.EVIDENCE,
        "goederen laden en lossen": Status.EVIDENCE,  # leerbewijs and attachments
        "veiligheidsvoorschriften (VCA)": Status.NONE,
        "een magazijnbeheersysteem gebruiken": Status.NONE,
        "orders verzamelen": Status.NONE,
        "samenwerken": Status.SELF,
    }
    assert [p.label for p in parts] == [
        "Rijden met de heftruck",
        "Werken in het magazijn",
        "Overige competenties",
    ]


def test_dossier_shows_the_state_at_a_glance_and_what_is_missing(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, "heftruck")
    labels = qualification_labels(language, qualification, "nl")
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED), labels)
    text = flat_text(data)
    assert "EVC-BEWIJSDOSSIER" in text and "Heftruckchauffeur" in text
    assert "VKS-niveau 2" in text and "Zoë D’Hondt" in text
    assert "IN ÉÉN OOGOPSLAG: 2 VAN DE 6 COMPETENTIES MET BEWIJS" in text
    missing = text.split("NOG ZONDER BEWIJS")[1].split("COMPETENTIES EN BEWIJS")[0]
    for label in ("veiligheidsvoorschriften (VCA)", "orders verzamelen", "samenwerken"):
        assert label in missing
    assert "een heftruck besturen" not in missing
    assert "nog te bewijzen" in missing
    # Evidence named under its competence.
    assert "ervaring Heftruckchauffeur – Colruyt Group, 2015 – 2023" in text
    assert "leerbewijs Attest heftruckchauffeur, VDAB, mrt. 2019" in text


def test_appendices_are_numbered_referenced_and_survive_a_damaged_file(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "nl")
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED), labels)
    text = flat_text(data)
    assert "zie bijlage 1" in text  # the photo, from the forklift competence
    assert "zie bijlage 2, bijlage 3 (bijlage kon niet worden toegevoegd)" in text
    assert "Bijlage 1 · foto-werf.png" in text
    assert "Bijlage 2 · vca.pdf" in text
    assert "Attest VCA pagina een" in text and "pagina twee" in text  # merged pages
    assert "kapot.pdf bijlage kon niet worden toegevoegd" in text
    reader = PdfReader(io.BytesIO(data))
    outline = [i.title for i in reader.outline if not isinstance(i, list)]
    assert outline[:4] == [
        "In één oogopslag: 2 van de 6 competenties met bewijs",
        "Nog zonder bewijs",
        "Competenties en bewijs",
        "Bijlagen",
    ]
    nested = [i.title for group in reader.outline if isinstance(group, list) for i in group]
    assert "Bijlage 1 · foto-werf.png" in nested and "Bijlage 2 · vca.pdf" in nested
    total = len(reader.pages)
    assert f"p. {total}/{total}" in reader.pages[-1].extract_text()


def test_without_attachments_and_in_english(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "en")
    options = EvcOptions(created=CREATED, lang="en", include_attachments=False)
    text = flat_text(render_evc(portfolio, qualification, options, labels))
    assert "RPL EVIDENCE DOSSIER" in text and "Forklift operator" in text
    assert "operate a forklift" in text and "not in the portfolio yet" in text
    assert "Appendix" not in text and "foto-werf.png" not in text


def test_unknown_qualification(language: CompetenceLanguage) -> None:
    with pytest.raises(NotFound):
        find_qualification(language, "astronaut op Mars")


def test_many_attachments_and_odd_files(portfolio: Portfolio, language: CompetenceLanguage) -> None:
    from portfolio_app.domain import CompetenceClaim

    ids = [
        portfolio.attachments.add_bytes(png_bytes((300, 200)), f"foto {i}.png").id for i in range(4)
    ]
    ids.append(portfolio.attachments.add_bytes(pdf_bytes("landscape"), "scan.pdf").id)
    ids.append(portfolio.attachments.add_bytes(b"\x89PNG\r\n\x1a\nkapot", "kapot.png").id)
    ids.append(portfolio.attachments.add_bytes(b"gewone tekst", "uitleg.txt").id)
    portfolio.claims.add(
        CompetenceClaim(
            concept_uri="urn:test:concept:picken", label="Orders verzamelen", attachment_ids=ids
        )
    )
    qualification = find_qualification(language, BK)
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED))
    text = flat_text(data)
    assert "Bijlage 7 · " not in text  # the text file cannot be placed on a page
    assert text.count("bijlage kon niet worden toegevoegd") >= 2
    assert "Bijlage 5 · scan.pdf" in text and "landscape" in text


def test_the_dossier_says_who_compiled_it_and_that_it_is_no_judgement(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    text = flat_text(render_evc(portfolio, qualification, EvcOptions(created=CREATED)))
    assert "door de kandidaat zelf samengesteld" in text
    assert "een hulpmiddel, geen oordeel" in text
