"""``portfolio profile --situation`` and ``portfolio rights`` through the real CLI."""

from __future__ import annotations

import json

import pytest

from portfolio_app.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("init")[0] == 0
    return run


def test_rights_without_a_situation_show_everything(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("rights")
    assert code == 0
    assert "Je hebt je situatie niet opgegeven" in out
    assert out.count("Afhankelijk van je situatie") >= 7
    assert "Opleidingscheques" in out and "Loopbaancheques" in out
    assert "controleer het bedrag" in out
    assert "De app zoekt niets op het internet" in out


def test_a_jobseeker_sees_free_evc_and_no_training_vouchers(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = cli("profile", "--situation", "werkzoekend")
    assert code == 0 and "werkzoekend, ingeschreven bij de VDAB" in out
    code, out, _ = cli("rights")
    assert code == 0
    assert "gratis voor werkzoekenden" in out
    shown = out.split("Niet voor jouw situatie:")[0]
    assert "Opleidingscheques" not in shown
    code, out, _ = cli("rights", "--all")
    assert "Alleen voor werknemers (ook bij de overheid)" in out


def test_an_employee_sees_vouchers_with_conditions_in_json(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("profile", "--situation", "werknemer")[0] == 0
    code, out, _ = cli("rights", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["situation"]["status"] == "werknemer" and data["situation"]["confirm"] is False
    rights = {r["id"]: r for r in data["rights"]}
    assert rights["opleidingscheques"]["applies"] == "ja"
    assert any("werknemer" in c for c in rights["opleidingscheques"]["conditions"])
    assert rights["loopbaancheques"]["applies"] == "ja"
    assert rights["loopbaancheques"]["sources"] and rights["loopbaancheques"]["date"]
    assert "vdab-opleiding-werkzoekenden" in {r["id"] for r in data["not_for_you"]}
    figure = rights["opleidingscheques"]["figures"][0]
    assert figure["old"] and "controleer het bedrag" in figure["warning"]


def test_the_situation_can_be_removed(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("profile", "--situation", "student")[0] == 0
    code, out, _ = cli("profile", "--json")
    assert json.loads(out)["situation"]["status"] == "student"
    code, out, _ = cli("profile", "--situation", "geen")
    assert code == 0 and "niet opgegeven" in out
    code, out, _ = cli("profile", "--json")
    assert json.loads(out)["situation"] is None


def test_english(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("profile", "--situation", "zelfstandige")[0] == 0
    code, out, _ = cli("--lang", "en", "rights")
    assert code == 0 and "My rights" in out and "self-employed" in out
