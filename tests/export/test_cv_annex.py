"""The CV annex: what goes in (and what must not), the characters, pages, outline, metadata
and reproducibility."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from benchmarks.export_bench import fill_big
from portfolio_app.export.cv_annex import render_cv, save_cv
from portfolio_app.export.names import portfolio_names
from portfolio_app.export.options import CvOptions, PersonalField
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.export.conftest import CREATED, Sample


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Extracted text with line breaks and hyphen-free wraps joined, to search phrases."""
    return re.sub(r"\s+", " ", text)


def outline_titles(data: bytes) -> list[object]:
    reader = PdfReader(io.BytesIO(data))

    def walk(items: list[object]) -> list[object]:
        return [walk(i) if isinstance(i, list) else i.title for i in items]  # type: ignore[attr-defined]

    return walk(reader.outline)


def test_default_annex_holds_the_portfolio_and_no_private_extras(
    filled: tuple[Portfolio, Sample],
) -> None:
    portfolio, sample = filled
    text = flat(text_of(render_cv(portfolio, CvOptions(created=CREATED, include_check=True))))
    assert "COMPETENTIECHECK" not in flat(text_of(render_cv(portfolio, CvOptions(created=CREATED))))
    for expected in (
        "Zoë D’Hondt",
        "Heftruckchauffeur in een coöperatie",
        "zoe@example.org",
        "0470 12 34 56",
        "Een heftruck besturen",
        "aangetoond met Attest heftruckchauffeur",
        "gebruikt bij Heftruckchauffeur – Colruyt Group",
        "vastgesteld door Colruyt Group (werkgever)",
        "zelf ingeschat",
        "Attest heftruckchauffeur",
        "VDAB",
        "niveau 2",
        "geldig tot",
        "COMPETENTIECHECK",
        "3/3",
        "Volgens de eigen inschatting van de persoon: 3 van de 3 essentiële competenties op "
        "het gevraagde niveau. Daarvan aangetoond: 2 (1 met een document en 1 met een "
        "beschreven ervaring).",
        "aangemaakt op 3 maart 2025",
    ):
        assert expected in text, expected
    # Never without being asked: notes, attachments, birth date.
    assert "Notitie bij het attest" not in text
    assert "Hebreeuws" not in text
    assert "Bijlage 1" not in text and "foto-werf.png" not in text
    assert "1988" not in text


def test_only_the_chosen_items_and_fields_go_in(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    options = CvOptions(
        created=CREATED,
        claim_ids=frozenset({sample.forklift.id, sample.loading.id}),
        leerbewijs_ids=frozenset({sample.certificate.id}),
        fields=frozenset({PersonalField.NAME, PersonalField.CITY}),
        include_check=False,
    )
    text = flat(text_of(render_cv(portfolio, options)))
    assert "Een heftruck besturen" in text and "Goederen laden en lossen" in text
    assert "Sint-Niklaas" in text and "Zoë D’Hondt" in text
    for excluded in (
        "Zakkenrollen",
        "Kwispeldoorn",
        "Samenwerken",
        "Xylofoon",
        "Diploma secundair",
        "zoe@example.org",
        "0470",
        "Heftruckchauffeur in een coöperatie",
        "COMPETENTIECHECK",
    ):
        assert excluded not in text, excluded
    # The hidden leerbewijs is still counted as proof, without its name.
    assert "aangetoond met een leerbewijs" in text


def test_notes_and_attachments_when_chosen(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    options = CvOptions(created=CREATED, include_notes=True, include_attachments=True)
    data = render_cv(portfolio, options)
    text = flat(text_of(data))
    assert "Notitie bij het attest" in text
    assert "Noot met emoji" in text and "Hebreeuws" in text
    assert "zie bijlage 1" in text
    assert "Bijlage 1 · foto-werf.png" in text
    assert "Attest VCA pagina een" in text  # the PDF attachment's own page, merged in
    assert "bijlage kon niet worden toegevoegd" in text  # the damaged one


def test_dutch_characters_survive_extraction(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    text = text_of(render_cv(portfolio, CvOptions(created=CREATED, include_check=True)))
    for word in ("Zoë", "D’Hondt", "coöperatie", "naïef", "€2.500", "essentiële"):
        assert word in text, word


def test_fonts_are_embedded(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    reader = PdfReader(io.BytesIO(render_cv(portfolio, CvOptions(created=CREATED))))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values())
    assert all("Lato" in name for name in fonts)


def test_pages_footer_and_outline(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    data = render_cv(portfolio, CvOptions(created=CREATED, include_check=True))
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total == 2
    for number, page in enumerate(reader.pages, 1):
        assert f"p. {number}/{total}" in page.extract_text()
    assert outline_titles(data) == [
        "Competenties",
        ["Vakspecifieke competenties", "Transversale competenties", "Talen"],
        "Leerbewijzen",
        "Competentiecheck",
    ]


def test_metadata(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    reader = PdfReader(io.BytesIO(render_cv(portfolio, CvOptions(created=CREATED))))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Competentieportefeuille – Zoë D’Hondt"
    assert meta.author == "Zoë D’Hondt"
    assert meta.subject and "cv" in meta.subject
    assert meta["/CreationDate"].startswith("D:20250303")
    assert reader.trailer["/Root"]["/Lang"] == "nl-BE"


def test_no_name_means_no_author(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    options = CvOptions(created=CREATED, fields=frozenset({PersonalField.EMAIL}))
    data = render_cv(portfolio, options)
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta is not None and not meta.author
    assert "Zoë" not in text_of(data)


def test_english(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    data = render_cv(portfolio, CvOptions(created=CREATED, lang="en"))
    text = flat(text_of(data))
    assert "COMPETENCES" in text and "PROOFS OF LEARNING" in text
    assert "shown by Attest heftruckchauffeur" in text and "self-assessed" in text
    assert "created on 3 March 2025" in text
    assert PdfReader(io.BytesIO(data)).trailer["/Root"]["/Lang"] == "en"


def test_output_is_deterministic_for_a_fixed_date(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    options = CvOptions(created=CREATED, include_attachments=True)
    first, second = render_cv(portfolio, options), render_cv(portfolio, options)
    assert first == second
    later = render_cv(portfolio, CvOptions(created=date(2025, 3, 4), include_attachments=True))
    assert later != first


def test_big_portfolio_renders(portfolio: Portfolio) -> None:
    fill_big(portfolio)
    data = render_cv(portfolio, CvOptions(created=CREATED))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 10
    last = reader.pages[-1].extract_text()
    assert f"p. {len(reader.pages)}/{len(reader.pages)}" in last


def test_empty_portfolio_renders(portfolio: Portfolio) -> None:
    text = text_of(render_cv(portfolio, CvOptions(created=CREATED)))
    assert "nog geen competenties of leerbewijzen" in text


def test_save_writes_atomically(filled: tuple[Portfolio, Sample], tmp_path: Path) -> None:
    portfolio, _ = filled
    target = tmp_path / "bijlage.pdf"
    data = save_cv(portfolio, target, CvOptions(created=CREATED))
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_annex_is_written_for_the_employer(filled: tuple[Portfolio, Sample]) -> None:
    """No advice meant for the person, no zero counts, nothing said about validity where
    the leerbewijs has no end date; the check in the third person."""
    portfolio, _ = filled
    text = flat(text_of(render_cv(portfolio, CvOptions(created=CREATED, include_check=True))))
    assert not re.search(r"(?<![\d/])0 (vastgesteld|aangetoond|leerbewijs|competentie)", text)
    assert "Onbeperkt geldig" not in text
    for advice in ("Begin met", "Volg een", "Verzamel", "voeg bewijs", "Ga na", "je portfolio"):
        assert advice not in text, advice
    assert "geldig tot mrt. 2026" in text
    assert "Volgens de eigen inschatting van de persoon" in text


def test_english_means_english(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    names = portfolio_names(language, portfolio, "en")
    options = CvOptions(created=CREATED, lang="en", include_check=True)
    text = flat(text_of(render_cv(portfolio, options, names)))
    assert "operate a forklift" in text and "load and unload goods" in text
    assert "Een heftruck besturen" not in text and "Goederen laden en lossen" not in text
    assert "Forklift operator" in text  # the check's target
    # a competence in free text keeps the person's words, marked and explained once
    assert "Frans *" in text or "Frans*" in text
    assert "No English name in the competence language: as the person wrote it." in text
    dutch = flat(text_of(render_cv(portfolio, CvOptions(created=CREATED), names)))
    assert "operate a forklift" not in dutch  # names in English go with an English document


def test_a_dutch_annex_marks_a_competence_the_language_only_names_in_english(
    portfolio: Portfolio, tmp_path: Path
) -> None:
    from portfolio_app.domain import CompetenceClaim
    from portfolio_app.paths import AppPaths

    staff = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"
    cash = "http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82"
    with CompetenceLanguage.open_default(AppPaths(tmp_path / "home")) as bundled:
        for uri in (staff, cash):
            concept = bundled.concept(uri)
            assert concept is not None
            portfolio.claims.add(CompetenceClaim(concept_uri=uri, label=concept.label("nl")))
        names = portfolio_names(bundled, portfolio, "nl")
    assert names.of(staff, "x") == ("manage musical staff", True)
    assert names.of(cash, "x") == ("de kassa bedienen", False)
    text = flat(text_of(render_cv(portfolio, CvOptions(created=CREATED), names)))
    assert "manage musical staff *" in text or "manage musical staff*" in text
    assert "Nog geen Nederlandse naam in de competentietaal: de Engelse naam uit ESCO." in text
    assert "de kassa bedienen" in text
