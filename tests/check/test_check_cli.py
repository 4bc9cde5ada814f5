"""``portfolio check / careers / plan / signals`` through the real CLI entry point."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., tuple[int, str, str]]


@pytest.fixture
def vault(template_vault: Path, isolated_home: Path) -> Path:
    """An empty vault where the CLI looks by default (copied: no key derivation for init)."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    path = isolated_home / "portfolio.vault"
    shutil.copyfile(template_vault, path)
    return path


def test_check_of_a_label_is_saved_and_shows_progress_later(cli: Cli, vault: Path) -> None:
    assert (
        cli("competence", "add", "heftruck besturen", "--level", "3", "--last-used", "2025-01")[0]
        == 0
    )
    code, out, err = cli("check", "heftruckchauffeur", "--kind", "beroep")
    assert code == 0, err
    assert "Competentiecheck: heftruckchauffeur (beroep)" in out
    assert "Tekorten" in out and "Knipperlichten" in out and "loopbaanbegeleider" in out
    assert "Bewaard als check van" in out
    code, out, _ = cli("leerbewijs", "add", "--kind", "bewijs_beroepskwalificatie", "--title",
                       "BK heftruckchauffeur", "--issued", "2025-02-01")  # fmt: skip
    assert code == 0
    code, out, _ = cli("--lang", "en", "check", "urn:test:o:heftruckchauffeur", "--json")
    doc = json.loads(out)
    assert doc["saved"] is True and doc["check"]["target"]["uri"] == "urn:test:o:heftruckchauffeur"
    assert doc["progress"]["coverage_before"] <= doc["progress"]["coverage_after"]
    code, out, _ = cli("check", "urn:test:o:heftruckchauffeur")
    assert "dekte je portfolio" in out


def test_no_save_leaves_the_vault_alone(cli: Cli, vault: Path) -> None:
    code, out, _ = cli("check", "kok", "--no-save", "--json")
    assert code == 0 and json.loads(out)["saved"] is False
    code, out, err = cli("plan", "add-from-check")
    assert code == 5 and "portfolio check" in err


def test_ambiguous_label_lists_the_candidates_and_fails(cli: Cli, vault: Path) -> None:
    code, out, err = cli("check", "heftruckchauffeur")
    assert code == 6
    assert "urn:test:o:heftruckchauffeur" in out and "urn:test:bk:heftruckchauffeur" in out
    assert err.count("\n") == 1 and "--kind" in err
    code, _, err = cli("check", "astronaut")
    assert code == 5 and "language search" in err


def test_plan_from_the_latest_check(cli: Cli, vault: Path) -> None:
    assert cli("check", "verpleegkundige", "--kind", "beroep")[0] == 0
    code, out, _ = cli("plan", "add-from-check", "--top", "2")
    assert code == 0 and "actie(s) toegevoegd" in out
    code, out, _ = cli("plan", "--json")
    items = json.loads(out)
    assert len(items) == 3  # two gaps and a talk with a career counsellor (low fit)
    assert {i["target"]["uri"] for i in items} == {"urn:test:o:verpleegkundige"}
    code, out, _ = cli("plan", "add-from-check", "urn:test:o:verpleegkundige", "--top", "2")
    assert code == 0 and "Geen nieuwe acties" in out
    code, out, _ = cli("plan", "status", items[0]["id"][:8], "klaar")
    assert code == 0 and "Klaar" in out
    code, out, _ = cli("plan")
    assert "[Klaar]" in out and out.count("[Open]") == 2


def test_careers(cli: Cli, vault: Path) -> None:
    code, out, _ = cli("careers")
    assert code == 0 and "Geen beroepen gevonden" in out
    cli("competence", "add", "voorraad beheren", "--level", "3")
    cli("competence", "add", "hygiëne toepassen", "--level", "3")
    code, out, _ = cli("careers", "--json", "--top", "3")
    steps = json.loads(out)
    assert len(steps) == 3 and steps[0]["fit"] >= steps[-1]["fit"]
    code, out, _ = cli("careers", "--shortage")
    assert code == 0 and "verpleegkundige" in out and "Knelpuntberoep (bron: VDAB" in out
    assert "magazijnier" not in out
    code, out, _ = cli("careers", "--vks", "2", "--json")
    assert [s["occupation"]["uri"] for s in json.loads(out)] == ["urn:test:o:heftruckchauffeur"]


def test_signals_import_and_list(cli: Cli, vault: Path, tmp_path: Path) -> None:
    bad = tmp_path / "fout.csv"
    bad.write_text(
        "occupation_uri,occupation_label,tension_ratio,shortage,source,date,note\n"
        "urn:test:o:kok,Kok,0.7,ja,VDAB 2025,2025-01,\n"
        "urn:test:o:kok,Kok,0.7,soms,VDAB 2025,2025-02,\n",
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
    assert [r["source"] for r in rows if r["imported"]] == ["VDAB 2025", "VDAB 2025"]
    code, out, _ = cli("signals", "list")
    assert "eigen import" in out and "ouder dan twee jaar" in out
    code, out, _ = cli("check", "kok", "--no-save")
    assert "knelpuntberoep" in out and "VDAB 2025" in out
