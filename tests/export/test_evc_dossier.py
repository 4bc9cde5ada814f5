"""The EVC dossier: status per competence, the list of what is missing, numbered appendices
referenced from their competences, and a damaged attachment that does not stop the export."""

from __future__ import annotations

import dataclasses
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
    missing = text.split("ZONDER BEWIJS IN DIT DOSSIER")[1].split("COMPETENTIES EN BEWIJS")[0]
    for label in ("veiligheidsvoorschriften (VCA)", "orders verzamelen", "samenwerken"):
        assert label in missing
    assert "een heftruck besturen" not in missing
    assert "nog te bewijzen alleen eigen inschatting" in missing
    # Evidence named under its competence, with its strength on the one scale.
    details = text.split("COMPETENTIES EN BEWIJS")[1].split("LEERBEWIJZEN")[0]
    assert "beschreven ervaring" not in details  # Zoë's job has no description: her own word
    assert "eigen inschatting ervaring E1: Heftruckchauffeur – Colruyt Group, 2015 – 2023" in text
    assert "document leerbewijs L1: Attest heftruckchauffeur, VDAB, mrt. 2019" in text
    assert "oordeel van iemand anders vastgesteld door: Colruyt Group (werkgever)" in text
    assert "eigen inschatting de kandidaat: 4 – expert, laatst gebruikt feb. 2025" in text


def test_appendices_are_numbered_referenced_and_survive_a_damaged_file(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "nl")
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED), labels)
    text = flat_text(data)
    assert "geldig tot 14 maart 2026 · bijlage 1" in text  # the photo, of the certificate
    assert "document bij de competentie: bijlage 2, bijlage 3 (bijlage kon niet worden " in text
    # Titled by the leerbewijs they belong to, not by their file name.
    assert "Bijlage 1 · Attest heftruckchauffeur" in text
    assert "Bijlage 2 · Geheim attest Xylofoon" in text
    assert "Bijlage 1 · foto-werf.png" not in text and "bestand foto-werf.png" in text
    assert "Attest VCA pagina een" in text and "pagina twee" in text  # merged pages
    assert "kapot.pdf bijlage kon niet worden toegevoegd" in text
    reader = PdfReader(io.BytesIO(data))
    outline = [i.title for i in reader.outline if not isinstance(i, list)]
    assert outline == [
        "De beroepskwalificatie",
        "Verklaring op erewoord",
        "In één oogopslag: 2 van de 6 competenties met bewijs",
        "Sterkte van het bewijs",
        "Zonder bewijs in dit dossier",
        "Competenties en bewijs",
        "Leerbewijzen",
        "Ervaringen",
        "Bijlagen",
    ]
    nested = [i.title for group in reader.outline if isinstance(group, list) for i in group]
    assert "Bijlage 1 · Attest heftruckchauffeur" in nested
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
    assert "operate a forklift" in text and "not claimed" in text
    assert "The candidate compiled this dossier" in text
    assert "DECLARATION ON HONOUR" in text and "I, the undersigned" in text
    assert "document proof of learning L1: Attest heftruckchauffeur, VDAB, Mar 2019" in text
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
    assert "Bijlage 5 · Bij ‘Orders verzamelen’" in text and "bestand scan.pdf" in text
    assert "landscape" in text


def test_the_cover_says_who_compiled_it_whose_judgement_it_is_and_carries_a_declaration(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, "nl")
    data = render_evc(portfolio, qualification, EvcOptions(created=CREATED), labels)
    reader = PdfReader(io.BytesIO(data))
    cover = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    assert "Dit dossier is door de kandidaat zelf samengesteld met de app Portfolio" in cover
    assert "een hulpmiddel, geen oordeel" in cover
    assert "beoordeelt het EVC-testcentrum" in cover
    assert "VERKLARING OP EREWOORD" in cover
    assert "Ik, ondergetekende, verklaar op erewoord" in cover
    for line in ("NAAM Zoë D’Hondt", "PLAATS", "DATUM", "HANDTEKENING"):
        assert line in cover, line
    # The BK by name, with its level and where to look it up; never an internal identifier.
    assert "Kwalificatiedatabank" in cover and "Onderwijskiezer" in cover
    assert "Zoek er op de naam ‘Heftruckchauffeur’" in cover
    assert "urn:" not in flat_text(data), re.findall(r".{80}urn:.{40}", flat_text(data))


def test_the_apps_own_level_is_to_be_confirmed(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    test_bk = find_qualification(language, BK)
    own = dataclasses.replace(test_bk, uri="urn:portfolio-app:bk:heftruckchauffeur")
    text = flat_text(render_evc(portfolio, own, EvcOptions(created=CREATED)))
    assert "Beroepskwalificatie · VKS-niveau 2 (te bevestigen)" in text
    assert "Te bevestigen: dit niveau is de beste kennis van de app Portfolio" in text
    assert "Die indeling is van de app, niet die van de officiële deelkwalificaties" in text
    assert "urn:portfolio-app" not in text
    other = flat_text(render_evc(portfolio, test_bk, EvcOptions(created=CREATED)))
    assert "te bevestigen" not in other.lower()
    assert "Zoals de competentietaal in de app het vermeldt" in other


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_dossier_speaks_about_the_candidate_not_to_them(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage, lang: str
) -> None:
    portfolio, _ = filled
    qualification = find_qualification(language, BK)
    labels = qualification_labels(language, qualification, lang)
    options = EvcOptions(created=CREATED, lang=lang)  # type: ignore[arg-type]
    text = flat_text(render_evc(portfolio, qualification, options, labels))
    declaration = text.split("ERE" if lang == "nl" else "HONOUR")[1][:400]
    rest = text.replace(declaration, "")
    if lang == "nl":
        assert not re.search(r"\b(je|jij|jouw|jezelf|u|uw)\b", rest, re.IGNORECASE), rest
        assert "Verzamel" not in text and "schat zelf in" not in text
    else:
        assert not re.search(r"\b(you|your|yourself)\b", rest, re.IGNORECASE), rest
        assert "Gather" not in text
