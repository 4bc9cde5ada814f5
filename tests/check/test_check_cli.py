"""``portfolio check / careers / plan / signals`` through the real CLI entry point, on the test
language and the test signals (see ``conftest.cli``)."""

from __future__ import annotations

import io
import json
import shutil
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.check import load_target
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.language import CompetenceLanguage

Cli = Callable[..., tuple[int, str, str]]
FORKLIFT = "urn:test:o:heftruckchauffeur"


class Terminal(io.StringIO):
    """Typed lines on a terminal: what ``input()`` reads, with ``isatty()`` True."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def vault(template_vault: Path, isolated_home: Path) -> Path:
    """An empty vault where the CLI looks by default (copied: no key derivation for init)."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    path = isolated_home / "portfolio.vault"
    shutil.copyfile(template_vault, path)
    return path


def claims(cli: Cli) -> list[dict[str, object]]:
    code, out, err = cli("competence", "list", "--json")
    assert code == 0, err
    result: list[dict[str, object]] = json.loads(out)
    return result


def test_check_text_shows_both_counts(cli: Cli, vault: Path) -> None:
    assert cli("competence", "add", "heftruck besturen", "--level", "3")[0] == 0
    added = cli(
        "competence", "add", "voorraad beheren", "--level", "2",
        "--source", "werkgever", "--source-name", "Colruyt",
    )  # fmt: skip
    assert added[0] == 0
    code, out, err = cli("check", "heftruckchauffeur", "--kind", "beroep")
    assert code == 0, err
    assert "Competentiecheck: heftruckchauffeur (beroep)" in out
    assert "Essentiële competenties (3)" in out and "Aanvullende competenties (3)" in out
    lines = out.splitlines()
    said = next(line for line in lines if "Zeg je te kunnen" in line)
    shown = next(line for line in lines if "Toon je aan" in line)
    assert said.rstrip().endswith("2 van 3") and shown.rstrip().endswith("1 van 3")
    assert "Voor heftruckchauffeur zeg je 2 van de 3 belangrijkste" in out
    assert "Wat je kunt en aantoont:" in out and "vastgesteld door werkgever (Colruyt)" in out
    assert "Nog te bewijzen (je zegt dat je het kunt):" in out
    assert "Nog te leren of na te gaan:" in out
    assert "Tekorten" not in out and "Tekort" not in out
    assert "Knipperlichten:" in out
    assert "Wat vroeg de arbeidsmarkt?" in out
    assert "De app heeft geen cijfers over de vraag naar dit beroep." in out
    assert "Toekomstcompetenties (bron:" in out
    assert "hulpmiddel, geen oordeel" in out
    assert "Bewaard als check van" in out
    code, out, _ = cli("--lang", "en", "check", FORKLIFT)
    assert code == 0 and "You say you can" in out and "2 of 3" in out
    assert "On " in out and "you said you could do 2 of the 3 essential competences" in out


def test_check_json_counts_are_the_checks_tally(cli: Cli, vault: Path) -> None:
    cli("competence", "add", "heftruck besturen", "--level", "3")
    cli("competence", "add", "orderpicken", "--level", "1")
    code, out, err = cli("check", FORKLIFT, "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["saved"] is True and doc["progress"] is None
    result = CheckResult.model_validate(doc["check"])
    assert result.scoring_version == 2 and result.target.uri == FORKLIFT
    assert doc["counts"] == result.counts_json()
    essential, optional = doc["counts"]["essential"], doc["counts"]["optional"]
    assert (essential["total"], essential["said"], essential["shown"]) == (3, 1, 0)
    assert (essential["to_prove"], essential["not_said"]) == (1, 2)
    assert (optional["total"], optional["lower_level"], optional["said"]) == (3, 1, 0)
    cli("competence", "add", "voorraad beheren", "--source", "werkgever")
    code, out, _ = cli("--lang", "en", "check", FORKLIFT, "--json")
    again = json.loads(out)
    progress = again["progress"]
    assert progress["counts_before"] == essential
    assert progress["counts_after"] == again["counts"]["essential"]
    assert progress["counts_after"]["said"] == 2 and progress["counts_after"]["shown"] == 1
    assert [c["uri"] for c in progress["newly_said"]] == ["urn:test:c:voorraad"]
    assert progress["same_scoring"] is True


def test_no_save_leaves_the_vault_alone(cli: Cli, vault: Path) -> None:
    code, out, _ = cli("check", "kok", "--no-save", "--json")
    assert code == 0 and json.loads(out)["saved"] is False
    code, out, err = cli("plan", "add-from-check")
    assert code == 5 and "portfolio check" in err
    code, out, _ = cli("check", "kok", "--no-save")
    assert "Deze check is niet bewaard." in out


def test_ambiguous_label_lists_the_candidates_and_fails(cli: Cli, vault: Path) -> None:
    code, out, err = cli("check", "heftruckchauffeur")
    assert code == 6
    assert "urn:test:o:heftruckchauffeur" in out and "urn:test:bk:heftruckchauffeur" in out
    assert err.count("\n") == 1 and "--kind" in err
    code, _, err = cli("check", "astronaut")
    assert code == 5 and "language search" in err


def test_ask_on_a_terminal_turns_answers_into_claims(
    cli: Cli, vault: Path, monkeypatch: pytest.MonkeyPatch, check_language: CompetenceLanguage
) -> None:
    # Asked in the order of the target's essential competences, then the optional ones:
    # the first "ja" (last done: now), the second "een beetje" (last done 2022-06), the third
    # first a typo, then "nee"; the fourth "weet ik niet"; then stop.
    first, second, third = load_target(check_language, FORKLIFT).essential
    typed = Terminal("j\n\nb\n2022-06\nx\nn\nw\ns\n")
    monkeypatch.setattr(sys, "stdin", typed)
    code, out, err = cli("check", FORKLIFT, "--ask")
    assert code == 0, err
    assert "6 competenties van 'heftruckchauffeur' staan nog niet in je portfolio" in out
    assert "Typ j, b, n of w." in out
    assert "3 antwoorden bewaard als competenties" in out
    said = next(line for line in out.splitlines() if "Zeg je te kunnen" in line)
    assert said.rstrip().endswith("1 van 3")
    made = {str(c["concept_uri"]): c for c in claims(cli)}
    assert set(made) == {first, second, third}
    assert (made[first]["level_scale"], made[first]["level"]) == ("niveau", 2)
    assert made[first]["last_used"] == date.today().isoformat()
    assert (made[second]["level_scale"], made[second]["level"]) == ("niveau", 1)
    assert made[second]["last_used"] == "2022-06-01"
    no = made[third]
    assert (no["level_scale"], no["level"], no["last_used"]) == ("binair", 0, None)
    sources = made[first]["sources"]
    assert isinstance(sources, list) and sources[0]["kind"] == "zelf"
    code, out, _ = cli("check", FORKLIFT, "--json", "--no-save")
    counts = json.loads(out)["counts"]["essential"]
    assert (counts["said"], counts["lower_level"], counts["not_yet"], counts["not_said"]) == (
        1,
        1,
        1,
        0,
    )
    # Asked again: only what is still open (orderpicken "weet ik niet", and the rest).
    monkeypatch.setattr(sys, "stdin", Terminal("j\n\n"))  # then the end of input
    code, out, _ = cli("check", FORKLIFT, "--ask", "--no-save")
    assert code == 0
    assert "3 competenties van 'heftruckchauffeur' staan nog niet in je portfolio" in out
    assert "1 antwoord bewaard" in out
    assert "urn:test:c:orderpicken" in {str(c["concept_uri"]) for c in claims(cli)}


def test_ask_with_json_keeps_stdout_one_json_object(
    cli: Cli, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", Terminal("j\n\ns\n"))
    code, out, _ = cli("check", FORKLIFT, "--ask", "--json", "--no-save")
    assert code == 0
    assert json.loads(out)["counts"]["essential"]["said"] == 1


def test_ask_without_a_terminal_says_how_to_add_competences(
    cli: Cli, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("j\n"))
    code, out, err = cli("check", FORKLIFT, "--ask")
    assert code == 2
    assert "portfolio competence add" in err and "--level 2" in err
    assert '"heftruck besturen"' in err and "nog 3" in err
    assert claims(cli) == []
    code, out, err = cli("--lang", "en", "check", FORKLIFT, "--ask")
    assert code == 2 and "there is none" in err and "portfolio competence add" in err


def test_ask_with_nothing_to_ask_needs_no_terminal(
    cli: Cli, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("koken", "hygiëne toepassen", "samenwerken"):
        assert cli("competence", "add", name, "--level", "2")[0] == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, out, _ = cli("check", "kok", "--ask", "--no-save")
    assert code == 0 and "zegt al iets over elke competentie" in out


def test_plan_from_the_latest_check(cli: Cli, vault: Path) -> None:
    assert cli("check", "verpleegkundige", "--kind", "beroep")[0] == 0
    code, out, _ = cli("plan", "add-from-check", "--top", "2")
    assert code == 0 and "3 acties toegevoegd" in out
    code, out, _ = cli("plan", "--json")
    items = json.loads(out)
    assert len(items) == 3  # two open points and a talk with a career counsellor (low fit)
    assert {i["target"]["uri"] for i in items} == {"urn:test:o:verpleegkundige"}
    assert {i["action_kind"] for i in items} == {"zelf_nagaan", "loopbaanbegeleiding"}
    code, out, _ = cli("plan", "add-from-check", "urn:test:o:verpleegkundige", "--top", "2")
    assert code == 0 and "Geen nieuwe acties" in out
    code, out, _ = cli("plan", "status", items[0]["id"][:8], "klaar")
    assert code == 0 and "Klaar" in out
    code, out, _ = cli("plan")
    assert "[Klaar]" in out and out.count("[Open]") == 2


def test_careers(cli: Cli, vault: Path) -> None:
    code, out, _ = cli("careers")
    assert code == 0 and "Geen beroepen gevonden" in out and "--ask" in out
    cli("competence", "add", "voorraad beheren", "--level", "3", "--want", "3")
    cli("competence", "add", "hygiëne toepassen", "--level", "3")
    code, out, _ = cli("careers")
    assert code == 0
    assert "Waarom: je kunt voorraad beheren" in out
    assert "je zegt 1 van de 3 essentiële competenties te kunnen (0 aangetoond)" in out
    assert "Nog te leren of na te gaan: " in out
    for line in out.splitlines():
        if "Nog te leren" in line:
            assert "voorraad beheren" not in line and "hygiëne" not in line
    assert "Past bij wat je graag doet." in out
    assert "hulpmiddel, geen oordeel" in out  # the disclaimer, also here
    assert "In april 2021 was de spanningsratio voor 'Verpleegkundige' 0,34" in out
    assert "jaar oud" in out  # the age warning stays
    code, out, _ = cli("careers", "--json", "--top", "3")
    steps = json.loads(out)
    assert len(steps) == 3 and steps[0]["fit"] >= steps[-1]["fit"]
    for step in steps:
        assert step["essential_said"] >= 1
        assert {c["uri"] for c in step["carried_by"]} <= {
            "urn:test:c:voorraad",
            "urn:test:c:hygiene",
        }
    code, out, _ = cli("careers", "--krapte")
    assert code == 0 and "verpleegkundige" in out and "magazijnier" not in out
    assert "krapte" in out and "Bron: VDAB, top-20 krapte april 2021" in out
    assert cli("careers", "--shortage")[1] == out  # the English name of the same filter
    code, out, _ = cli("careers", "--vks", "2", "--json")
    assert [s["occupation"]["uri"] for s in json.loads(out)] == [FORKLIFT]


def test_signals_import_and_list(cli: Cli, vault: Path, tmp_path: Path) -> None:
    header = "occupation_uri,occupation_label,tension_ratio,shortage,source,date,note\n"
    bad = tmp_path / "fout.csv"
    bad.write_text(
        header
        + "urn:test:o:kok,Kok,0.7,,VDAB 2025,2025-01,\n"
        + "urn:test:o:kok,Kok,0.7,soms,VDAB 2025,2025-02,\n",
        encoding="utf-8",
    )
    code, _, err = cli("signals", "import", str(bad))
    assert code == 6 and "regel 3" in err
    good = tmp_path / "goed.csv"
    good.write_text(bad.read_text(encoding="utf-8").replace("soms", "ja"), encoding="utf-8")
    code, out, _ = cli("signals", "import", str(good))
    assert code == 0 and "2 signalen" in out
    code, out, _ = cli("signals", "list", "--json")
    rows = json.loads(out)
    mine = [r for r in rows if r["imported"]]
    assert [r["source"] for r in mine] == ["VDAB 2025", "VDAB 2025"]
    assert [r["shortage"] for r in mine] == [True, None]
    nurse = next(r for r in rows if r["occupation_uri"] == "urn:test:o:verpleegkundige")
    assert nurse["old"] is True and nurse["text"].startswith("In april 2021 was de spanningsratio")
    code, out, _ = cli("signals", "list")
    assert "Kok [eigen import]" in out
    assert "In februari 2025 was de spanningsratio voor 'Kok' 0,70: er was krapte" in out
    assert "In februari 2025 stond 'Kok' op de lijst van knelpuntberoepen" in out
    assert "In april 2021 was de spanningsratio voor 'Verpleegkundige' 0,34" in out
    assert "jaar oud" in out
    assert "is een knelpuntberoep" not in out
    code, out, _ = cli("check", "kok", "--no-save")
    assert "Wat vroeg de arbeidsmarkt?" in out and "Bron: VDAB 2025." in out
    market = out.split("Wat vroeg de arbeidsmarkt?")[1]
    assert market.index("februari 2025") < market.index("januari 2025")  # newest first
