"""The people of issue 11, built with ``portfolio import json`` on the bundled starter language
and checked through the real CLI: each gets the headline wording, the two counts, the open
points and the actions their situation calls for, and every view of the same check — the
terminal text, the JSON, the history, the EVC card, the CV annex and the EVC dossier — shows
the same numbers."""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from portfolio_app.domain import (
    CompetenceClaim,
    ConceptRef,
    Experience,
    Leerbewijs,
    PortfolioDocument,
    Source,
)
from portfolio_app.domain.enums import LeerbewijsKind, LevelScale, SourceKind
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths

HEFTRUCK = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"
BK_HEFTRUCK = "urn:portfolio-app:bk:heftruckchauffeur"
VERPLEEG = "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50"
SLAGER = "http://data.europa.eu/esco/occupation/37c7880e-cfee-4c41-a41b-061682fefde3"
VEILIG = "http://data.europa.eu/esco/skill/ee5e2297-39cc-4ed6-89e5-d58016118a7f"

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture(scope="module")
def starter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompetenceLanguage]:
    with CompetenceLanguage.open_default(AppPaths(tmp_path_factory.mktemp("lang"))) as language:
        yield language


@pytest.fixture
def cli(
    template_vault: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    """The real CLI on an empty vault where it looks by default, bundled data and all."""
    from portfolio_app.cli import main
    from tests.conftest import PASSPHRASE

    isolated_home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template_vault, isolated_home / "portfolio.vault")
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def claim(language: CompetenceLanguage, uri: str, **fields: object) -> CompetenceClaim:
    concept = language.concept(uri)
    assert concept is not None, uri
    fields.setdefault("level", 3)
    fields.setdefault("last_used", date(2026, 1, 1))
    return CompetenceClaim(concept_uri=uri, label=concept.label("nl"), **fields)  # type: ignore[arg-type]


def essentials(language: CompetenceLanguage, uri: str) -> tuple[str, ...]:
    occupation = language.occupation(uri)
    assert occupation is not None
    return occupation.essential


def load(cli: Cli, tmp_path: Path, document: PortfolioDocument) -> None:
    path = tmp_path / "persona.json"
    path.write_text(document.model_dump_json(), encoding="utf-8")
    code, _, err = cli("import", "json", str(path))
    assert code == 0, err


@dataclass
class Seen:
    """One check as every view shows it."""

    doc: dict[str, object]
    text: str

    @property
    def counts(self) -> dict[str, int]:
        return self.doc["counts"]["essential"]  # type: ignore[index, return-value]

    @property
    def check(self) -> dict[str, object]:
        return self.doc["check"]  # type: ignore[return-value]


def check(cli: Cli, target: str) -> Seen:
    code, out, err = cli("check", target, "--json", "--no-save")
    assert code == 0, err
    doc = json.loads(out)
    code, text, err = cli("check", target)
    assert code == 0, err
    seen = Seen(doc, text)
    said, shown, total = seen.counts["said"], seen.counts["shown"], seen.counts["total"]
    # the terminal text and the JSON say the same numbers, and so do the lists below them
    assert re.search(rf"Zeg je te kunnen\s+\S+ {said} van {total}\b", text), text
    assert re.search(rf"Toon je aan\s+\S+ {shown} van {total}\b", text), text
    assert f"zeg je {said} van de {total} belangrijkste" in seen.check["summary"]  # type: ignore[operator]
    contributions = [c for c in seen.check["contributions"] if c["essential"]]  # type: ignore[union-attr]
    assert said == sum(c["standing"] in ("aangetoond", "te_bewijzen") for c in contributions)
    assert shown == sum(c["standing"] == "aangetoond" for c in contributions)
    assert "Tekorten" not in text and "al goed in je portfolio" not in text
    return seen


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def test_everything_claimed_without_proof_is_said_and_still_to_prove(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    claims = [claim(starter, uri) for uri in essentials(starter, HEFTRUCK)]
    load(cli, tmp_path, PortfolioDocument(claims=claims))
    seen = check(cli, HEFTRUCK)
    assert seen.counts == {**seen.counts, "total": 10, "said": 10, "shown": 0, "to_prove": 10}
    summary = str(seen.check["summary"])
    assert "toont er nog geen van aan: ze zijn nog te bewijzen" in summary
    assert "voeg bewijs toe" in summary
    assert not seen.check["to_learn"] or all(
        not p["essential"]
        for p in seen.check["to_learn"]  # type: ignore[union-attr]
    )
    to_prove = seen.check["to_prove"]
    assert len(to_prove) == 10  # type: ignore[arg-type]
    assert all(p["actions"] == ["bewijs_verzamelen", "evc_traject"] for p in to_prove)  # type: ignore[union-attr, index]
    # the EVC card counts the same ten, and its readiness follows what is said
    evc = seen.check["evc"]
    assert evc["competences_said"] == 10 and evc["competences_shown"] == 0  # type: ignore[index]
    assert evc["ready"] is True  # type: ignore[index]
    assert "Je zegt dat je 10 van de 10 competenties kunt" in evc["message"]  # type: ignore[index]
    # careers: the occupation comes first, carried by what is said, nothing missing named
    code, out, _ = cli("careers", "--json", "--top", "3")
    steps = json.loads(out)
    assert steps[0]["occupation"]["uri"] == HEFTRUCK
    assert steps[0]["essential_said"] == 10 and steps[0]["missing"] == []


def test_everything_claimed_with_leerbewijzen_is_shown_with_its_strength(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    uris = essentials(starter, HEFTRUCK)
    proof = Leerbewijs(
        kind=LeerbewijsKind.BEROEPSKWALIFICATIE,
        title="Bewijs van beroepskwalificatie heftruckchauffeur",
        issuer="Syntra",
        issued=date(2024, 6, 1),
        qualification_uri=BK_HEFTRUCK,
    )
    employer = [Source(kind=SourceKind.WERKGEVER, name="Colruyt", date=date(2025, 3, 1))]
    claims = [claim(starter, uri, leerbewijs_ids=[proof.id]) for uri in uris[:8]]
    claims += [claim(starter, uri, sources=employer) for uri in uris[8:]]
    load(cli, tmp_path, PortfolioDocument(claims=claims, leerbewijzen=[proof]))
    seen = check(cli, HEFTRUCK)
    assert (seen.counts["said"], seen.counts["shown"]) == (10, 10)
    assert seen.counts["shown_by_strength"] == {"oordeel": 10}
    assert "je portfolio toont ze allemaal aan: 10 met een oordeel van iemand anders" in str(
        seen.check["summary"]
    )
    assert seen.check["to_prove"] == []
    # the same numbers on paper: the CV annex for the employer, the EVC dossier for the assessor
    code, _, err = cli("check", HEFTRUCK)  # saved, so the annex can show it
    annex = tmp_path / "bijlage.pdf"
    code, _, err = cli("export", "cv", str(annex), "--with-check")
    assert code == 0, err
    text = pdf_text(annex)
    assert (
        "Volgens de eigen inschatting van de persoon: 10 van de 10 essentiële competenties op "
        "het gevraagde niveau. Daarvan aangetoond: 10 (10 met een oordeel van iemand anders)."
    ) in text
    assert "Begin met" not in text  # advice for the citizen stays out of the employer's copy
    dossier = tmp_path / "evc.pdf"
    code, _, err = cli("export", "evc", str(dossier), "--bk", BK_HEFTRUCK)
    assert code == 0, err
    assert "IN ÉÉN OOGOPSLAG: 10 VAN DE 10 COMPETENTIES MET BEWIJS" in pdf_text(dossier)


def test_half_claimed_asks_about_the_rest_first(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    uris = essentials(starter, HEFTRUCK)
    job = Experience(
        role="Magazijnier",
        organisation="Colruyt",
        start=date(2018, 4, 1),
        description="Ik laad en los vrachtwagens en stapel goederen in het magazijn.",
        competences=[ConceptRef(uri=u, label=u) for u in uris[:2]],
    )
    claims = [claim(starter, uri, experience_ids=[job.id]) for uri in uris[:2]]
    claims += [claim(starter, uri) for uri in uris[2:5]]
    load(cli, tmp_path, PortfolioDocument(claims=claims, experiences=[job]))
    seen = check(cli, HEFTRUCK)
    assert (seen.counts["said"], seen.counts["shown"], seen.counts["not_said"]) == (5, 2, 5)
    assert seen.counts["shown_by_strength"] == {"ervaring": 2}
    to_learn = seen.check["to_learn"]
    essential_points = [p for p in to_learn if p["essential"]]  # type: ignore[union-attr, index]
    assert len(essential_points) == 5
    assert all(p["actions"][0] == "zelf_nagaan" for p in essential_points)  # type: ignore[index]
    assert "ga na of je het al kunt" in str(seen.check["summary"])
    assert "en 3 zijn nog te bewijzen" in str(seen.check["summary"])
    # the history says the same numbers a week of work later
    assert cli("check", HEFTRUCK)[0] == 0
    code, out, _ = cli("check", HEFTRUCK)
    assert "zei je 5 van de 10 essentiële competenties te kunnen en toonde je portfolio er 2" in out


def test_an_expired_vca_is_renewed_by_retaking_the_exam(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    vca = Leerbewijs(
        kind=LeerbewijsKind.SECTORAAL_PERSOONSCERTIFICAAT,
        title="VCA Basisveiligheid",
        issuer="BeSaCC-VCA",
        issued=date(2015, 11, 20),
        expires=date(2025, 11, 20),
        competences=[ConceptRef(uri=VEILIG, label="veilig en gezond werken")],
    )
    claims = [claim(starter, VEILIG, leerbewijs_ids=[vca.id])]
    load(cli, tmp_path, PortfolioDocument(claims=claims, leerbewijzen=[vca]))
    seen = check(cli, HEFTRUCK)
    assert (seen.counts["said"], seen.counts["shown"], seen.counts["expired"]) == (1, 0, 1)
    (point,) = [p for p in seen.check["to_prove"]]  # type: ignore[union-attr]
    assert point["actions"] == ["hernieuwen"]  # type: ignore[index]
    assert "je legt het VCA-examen opnieuw af" in point["reason"]  # type: ignore[index]
    assert "Vraag een hernieuwing aan" not in seen.text
    lights = {w["code"]: w for w in seen.check["warnings"]}  # type: ignore[union-attr, index]
    assert lights["leerbewijs_verlopen"]["severity"] == "alarm"
    code, out, _ = cli("plan", "add-from-check", HEFTRUCK, "--kind", "beroep", "--json")
    assert code == 0
    assert "Hernieuw je leerbewijs 'VCA Basisveiligheid'" in [i["goal"] for i in json.loads(out)]


def test_a_beroepskwalificatie_asks_the_level_of_a_professional(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    uris = essentials(starter, HEFTRUCK)
    claims = [claim(starter, uri, level=2) for uri in uris[:6]]
    claims += [claim(starter, uri, level=1) for uri in uris[6:8]]
    binary = {"level_scale": LevelScale.BINAIR, "level": 0}
    claims += [claim(starter, uris[8], **binary)]
    load(cli, tmp_path, PortfolioDocument(claims=claims))
    seen = check(cli, BK_HEFTRUCK)
    counts = seen.counts
    assert (counts["total"], counts["said"], counts["lower_level"], counts["not_yet"]) == (
        10,
        6,
        2,
        1,
    )
    assert seen.doc["counts"]["optional"]["total"] == 0  # type: ignore[index]
    lower = [p for p in seen.check["to_learn"] if p["standing"] == "lager_niveau"]  # type: ignore[union-attr, index]
    assert len(lower) == 2 and all(p["actions"][0] == "werkplekleren" for p in lower)  # type: ignore[index]
    assert all("zelfstandig (niveau 2)" in p["reason"] for p in lower)  # type: ignore[index]
    assert "Aanvullende competenties" not in seen.text


def test_a_regulated_profession_says_what_the_law_asks(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    claims = [claim(starter, uri) for uri in essentials(starter, VERPLEEG)]
    load(cli, tmp_path, PortfolioDocument(claims=claims))
    seen = check(cli, VERPLEEG)
    summary = str(seen.check["summary"])
    assert "erkend diploma verpleegkunde" in summary and "visum" in summary
    assert "Goed nieuws" not in seen.text and "knelpuntberoep:" not in seen.text
    assert seen.check["regulation"]["source"].startswith("Gecoördineerde wet van 10 mei 2015")  # type: ignore[index]
    assert all("evc_traject" not in p["actions"] for p in seen.check["to_prove"])  # type: ignore[union-attr, index]
    # its labour-market figures: in the past tense, dated, with their age
    assert "In april 2021 was de spanningsratio voor 'Verpleegkundige' 0,34" in seen.text
    assert "Let op: dit cijfer is 5 jaar oud" in seen.text
    assert "is een knelpuntberoep" not in seen.text
    # careers: the same regulation and the age of the figure, and the plain disclaimer
    code, out, _ = cli("careers", "--top", "3")
    n = len(essentials(starter, VERPLEEG))
    assert code == 0 and out.startswith(f"1. verpleegkundige: je zegt {n} van de {n}")
    assert "visum" in out and "dit cijfer is 5 jaar oud" in out
    assert "hulpmiddel, geen oordeel" in out


def test_an_occupation_in_the_figures_and_one_without(
    cli: Cli, starter: CompetenceLanguage, tmp_path: Path
) -> None:
    load(cli, tmp_path, PortfolioDocument())
    slager = check(cli, SLAGER)
    (signal,) = [s for s in slager.check["signals"] if s["date"] == "2021-04-01"]  # type: ignore[union-attr, index]
    assert signal["shortage"] is None  # type: ignore[index]
    assert (
        "1,01: er waren ongeveer evenveel geïnteresseerde werkzoekenden als vacatures"
        in (
            signal["text"]  # type: ignore[index]
        )
    )
    assert "niet in de cijfers" not in slager.text
    forklift = check(cli, HEFTRUCK)
    assert forklift.check["signals"] == []
    assert forklift.text.count("geen cijfers over de vraag naar dit beroep") == 1
