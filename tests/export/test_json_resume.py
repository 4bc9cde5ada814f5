"""JSON Resume: valid against the schema, the right things in the right sections."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from portfolio_app.export.json_resume import build_resume, save_json_resume
from portfolio_app.export.names import portfolio_names
from portfolio_app.export.options import PersonalField, ResumeOptions
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.conftest import REPO_ROOT
from tests.export.conftest import CREATED, Sample

SCHEMA = json.loads((REPO_ROOT / "schemas" / "jsonresume.schema.json").read_text("utf-8"))


def validate(resume: dict[str, object]) -> None:
    jsonschema.validate(resume, SCHEMA, format_checker=jsonschema.FormatChecker())


def test_resume_validates_and_maps_the_portfolio(filled: tuple[Portfolio, Sample]) -> None:
    portfolio, sample = filled
    resume = build_resume(portfolio, ResumeOptions(created=CREATED))
    validate(resume)
    assert resume["basics"]["name"] == "Zoë D’Hondt"
    assert "birthDate" not in json.dumps(resume)
    skills = {s["name"]: s for s in resume["skills"]}
    assert skills["Een heftruck besturen"]["level"] == "4 – expert"
    assert resume["languages"] == [{"language": "Frans", "fluency": "B1"}]
    assert [w["name"] for w in resume["work"]] == ["Colruyt Group"]
    assert resume["work"][0]["startDate"] == "2015-01-05"
    assert [v["organization"] for v in resume["volunteer"]] == ["Voedselbank Waasland"]
    assert resume["education"][0]["institution"] == "Sint-Jozefinstituut"
    certificates = {c["name"] for c in resume["certificates"]}
    assert certificates == {"Attest heftruckchauffeur", "Geheim attest Xylofoon"}
    assert "Notitie" not in json.dumps(resume, ensure_ascii=False)


def test_selection_and_fields(filled: tuple[Portfolio, Sample], tmp_path: Path) -> None:
    portfolio, sample = filled
    options = ResumeOptions(
        created=CREATED,
        fields=frozenset({PersonalField.NAME}),
        claim_ids=frozenset({sample.forklift.id}),
        leerbewijs_ids=frozenset(),
        experience_ids=frozenset(),
    )
    target = tmp_path / "resume.json"
    save_json_resume(portfolio, target, options)
    resume = json.loads(target.read_text("utf-8"))
    validate(resume)
    assert resume["basics"] == {"name": "Zoë D’Hondt"}
    assert [s["name"] for s in resume["skills"]] == ["Een heftruck besturen"]
    assert resume["certificates"] == [] and resume["work"] == []


def test_empty_portfolio_validates(portfolio: Portfolio) -> None:
    validate(build_resume(portfolio))


def test_schema_rejects_what_the_format_forbids() -> None:
    bad = {"basics": {"email": "geen e-mail"}, "work": [{"startDate": "maart 2020"}]}
    errors = list(
        jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).iter_errors(
            bad
        )
    )
    assert len(errors) == 2


def test_an_english_resume_names_competences_in_english(
    filled: tuple[Portfolio, Sample], language: CompetenceLanguage
) -> None:
    portfolio, _ = filled
    names = portfolio_names(language, portfolio, "en")
    resume = build_resume(portfolio, ResumeOptions(created=CREATED, lang="en"), names)
    skills = {s["name"] for s in resume["skills"]}
    assert {"operate a forklift", "load and unload goods"} <= skills
    assert "Een heftruck besturen" not in skills
