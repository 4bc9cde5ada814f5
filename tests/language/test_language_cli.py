"""``portfolio language ...`` through the real CLI entry point, with the bundled starter
language (the promise of the issue: ``search heftruk`` lists heftruckchauffeur first)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from portfolio_app.cli import main
from portfolio_app.errors import ExitCode
from portfolio_app.language import starter as starter_module
from tests.language import esco_files

BUNDLED = "ESCO v1.1.1 (meegeleverd) + startertaal"

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Run:
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_search_heftruk_lists_the_forklift_operator_first(cli: Run) -> None:
    code, out, _ = cli("language", "search", "heftruk")
    assert code == 0
    assert out.splitlines()[0].startswith("heftruckchauffeur  [beroep]")
    code, out, _ = cli("language", "search", "heftruk", "--json")
    hits = json.loads(out)
    assert hits[0]["label"] == "heftruckchauffeur" and hits[0]["kind"] == "occupation"
    assert set(hits[0]) == {
        "uri", "kind", "label", "matched_text", "match", "score", "type", "marker"
    }  # fmt: skip


def test_search_filters_and_limit(cli: Run) -> None:
    _, out, _ = cli("language", "search", "samenw", "--json", "--kind", "concept", "--limit", "3")
    hits = json.loads(out)
    assert len(hits) == 3 and {h["kind"] for h in hits} == {"concept"}
    _, out, _ = cli("language", "search", "frans", "--json", "--type", "taal")
    assert [h["type"] for h in json.loads(out)] == ["taal"]
    code, out, _ = cli("language", "search", "qqqqqqq")
    assert code == 0 and "Niets gevonden" in out


def test_an_occupation_search_that_finds_nothing_offers_free_text_and_the_import(
    cli: Run,
) -> None:
    code, out, _ = cli("language", "search", "qqqqqqq", "--kind", "occupation")
    assert code == 0
    assert out.startswith("Geen beroep gevonden voor 'qqqqqqq'.")
    assert "Bewaar 'qqqqqqq' als doel in vrije tekst" in out
    assert "ESCO importeren" in out and "esco.ec.europa.eu" in out


def test_english_names_of_untranslated_competences_are_marked(cli: Run) -> None:
    _, out, _ = cli("language", "search", "tend automatic sewing machines", "--json")
    hit = json.loads(out)[0]
    assert (hit["label"], hit["marker"]) == ("tend automatic sewing machines", "EN")
    _, out, _ = cli("language", "search", "tend automatic sewing machines")
    assert out.startswith("tend automatic sewing machines (EN)  [vaardigheid]")
    with pytest.raises(SystemExit) as caught:
        main(["language", "search", "x", "--type", "houding"])
    assert caught.value.code == ExitCode.USAGE


def test_suggest(cli: Run) -> None:
    text = "Ik heb vijf jaar met een heftruck in een magazijn gewerkt en hield de voorraad bij"
    code, out, _ = cli("language", "suggest", text, "--json")
    assert code == 0
    found = json.loads(out)
    assert found[0]["label"] == "heftruck besturen" and found[0]["matched_words"] == ["heftruck"]
    code, out, _ = cli("language", "suggest", text)
    assert "heftruck besturen  [vaardigheid]  ← heftruck" in out
    _, out, _ = cli("language", "suggest", "en toen en daarna")
    assert "Geen voorstellen" in out


def test_info(cli: Run) -> None:
    code, out, _ = cli("language", "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["source"] == BUNDLED and info["occupations"] >= 3000
    assert info["esco_version"] == "1.1.1" and "2011/833/EU" in info["attribution"]
    _, out, _ = cli("--lang", "en", "language", "info")
    assert out.startswith(f"Competence language: {BUNDLED}")


def test_import_esco(cli: Run, tmp_path: Path) -> None:
    folder = esco_files.write_esco(
        tmp_path / "ESCO v1.1.1",
        extra_lines={"occupationSkillRelations.csv": [b"a,sometimes,b,c"]},
    )
    code, out, err = cli("language", "import-esco", str(folder))
    assert code == 0
    assert "Competenties lezen" in err and "Zoekindex bouwen" in err
    assert "Geïmporteerd: ESCO v1.1.1 + startertaal" in out
    assert "1 regel overgeslagen:" in out
    assert "occupationSkillRelations.csv, regel" in out and "onbekend relatietype" in out
    _, out, _ = cli("language", "info", "--json")
    assert json.loads(out)["esco_version"] == "1.1.1"
    _, out, _ = cli("language", "search", "forklift operator", "--json")
    assert esco_files.OPERATOR in [h["uri"] for h in json.loads(out)]


def test_import_esco_refuses_a_folder_without_esco(cli: Run, tmp_path: Path) -> None:
    code, out, err = cli("language", "import-esco", str(tmp_path))
    assert code == ExitCode.INVALID
    assert "skills_en.csv" in err and out == ""
    _, out, _ = cli("language", "info", "--json")
    assert json.loads(out)["source"] == BUNDLED


def test_refresh(cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _ = cli("language", "refresh")
    assert code == 0 and "is bij" in out
    assert cli("language", "import-esco", str(esco_files.write_esco(tmp_path / "esco")))[0] == 0
    extra = tmp_path / "extra.json"
    extra.write_text(
        '{"format": "portfolio-language", "version": 1, "concepts": [{"uri": '
        '"urn:portfolio-app:concept:nieuw", "type": "kennis", "labels": {"nl": "nieuw"}}]}',
        encoding="utf-8",
    )
    bundled = [*starter_module.bundled_files(), extra]
    monkeypatch.setattr(starter_module, "bundled_files", lambda: bundled)
    _, out, _ = cli("language", "info")
    assert "portfolio language refresh" in out
    code, out, _ = cli("language", "refresh")
    assert code == 0 and "opnieuw samengesteld" in out
    _, out, _ = cli("language", "info", "--json")
    assert json.loads(out)["starter_outdated"] is False
    _, out, _ = cli("language", "search", "nieuw", "--json")
    assert json.loads(out)[0]["uri"] == "urn:portfolio-app:concept:nieuw"
