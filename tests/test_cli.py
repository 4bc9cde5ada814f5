"""The README's promise, driven through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

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

    return run


def test_new_user_flow_export_and_import_is_identical(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    scan = tmp_path / "attest.pdf"
    scan.write_bytes(b"%PDF-1.4\n% attest van de opleiding\n%%EOF\n")
    assert cli("init")[0] == 0
    code, out, _ = cli(
        "competence",
        "add",
        "Heftruck besturen",
        "--level",
        "3",
        "--want",
        "3",
        "--last-used",
        "2024-05",
        "--free",
    )
    assert code == 0 and "Heftruck besturen" in out
    code, out, _ = cli(
        "leerbewijs", "add", "--kind", "certificaat", "--title", "Attest heftruckchauffeur",
        "--issuer", "VDAB", "--issued", "2022-03-01", "--vks", "2", "--file", str(scan),
    )  # fmt: skip
    assert code == 0 and "attest.pdf" in out
    first = tmp_path / "first.json"
    assert cli("export", "json", str(first))[0] == 0
    second_vault = tmp_path / "second.vault"
    assert cli("--vault", str(second_vault), "init")[0] == 0
    assert cli("--vault", str(second_vault), "import", "json", str(first))[0] == 0
    second = tmp_path / "second.json"
    assert cli("--vault", str(second_vault), "export", "json", str(second))[0] == 0
    a, b = json.loads(first.read_text()), json.loads(second.read_text())
    a.pop("exported_at"), b.pop("exported_at")
    assert a == b
    assert len(a["attachments"]) == 1 and len(a["claims"]) == 1

    code, out, _ = cli("competence", "list", "--json")
    (claim,) = json.loads(out)
    assert claim["level"] == 3 and claim["willen"] == 3 and claim["last_used"] == "2024-05-01"


def test_errors_are_one_line_with_an_exit_status(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("status", "--json")
    assert code == 0
    code, _, err = cli("competence", "list")
    assert code == 5 and err.count("\n") == 1 and "portfolio init" in err
    assert cli("init")[0] == 0
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", "helemaal niet de wachtzin")
    code, _, err = cli("competence", "list")
    assert (
        code == 3
        and err.strip()
        == "portfolio: De wachtzin klopt niet. Er is niets aan je portfolio veranderd."
    )
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    code, _, err = cli(
        "leerbewijs", "add", "--kind", "diploma", "--title", "X", "--issued", "2022-13-45"
    )
    assert code == 6 and "geen geldige datum" in err
    code, _, err = cli(
        "--lang", "en", "leerbewijs", "add", "--kind", "diploma", "--title", "X", "--vks", "12"
    )
    assert code == 6 and err.strip() == "portfolio: VKS/EQF level: must be at most 8."


def test_dates_are_read_as_the_forms_read_them(cli) -> None:  # type: ignore[no-untyped-def]
    """DD/MM/YYYY and MM/YYYY, as people in Flanders write them, besides the ISO forms."""
    assert cli("init")[0] == 0
    code, _, _ = cli(
        "experience", "add", "--role", "Magazijnier", "--start", "4/2015", "--end", "31/12/2019"
    )
    assert code == 0
    code, out, _ = cli("experience", "list", "--json")
    (work,) = json.loads(out)
    assert (work["start"], work["end"]) == ("2015-04-01", "2019-12-31")
    code, _, err = cli("experience", "add", "--role", "Kok", "--start", "13/2015")
    assert code == 6 and "'13/2015' is geen geldige datum" in err and "04/2015" in err


def test_passphrase_is_never_taken_from_a_pipe(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    monkeypatch.delenv("PORTFOLIO_PASSPHRASE")
    code, _, err = cli("competence", "list")
    assert code == 3 and "PORTFOLIO_PASSPHRASE" in err


def test_passwd(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    monkeypatch.setenv("PORTFOLIO_NEW_PASSPHRASE", "groene tafel zingt luid")
    assert cli("passwd")[0] == 0
    assert cli("status")[0] == 3
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", "groene tafel zingt luid")
    code, out, _ = cli("status")
    assert code == 0 and "0 competenties" in out


def test_profile_and_status_with_conflict_copy(cli, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    code, out, _ = cli("profile", "--given-name", "Zoë", "--email", "zoe@example.org", "--json")
    assert code == 0 and json.loads(out)["emails"] == ["zoe@example.org"]
    code, _, err = cli("profile", "--email", "geen-adres")
    assert code == 6 and "e-mailadres" in err
    (isolated_home / "portfolio.sync-conflict-20260101-101010-ABC.vault").write_bytes(b"x")
    code, out, _ = cli("status", "--json")
    assert code == 0 and len(json.loads(out)["conflict_copies"]) == 1
    code, out, _ = cli("status")
    assert "conflictkopie" in out


def test_backup_and_restore(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("init")[0] == 0
    assert cli("competence", "add", "Koken", "--free")[0] == 0
    copy = tmp_path / "kopie.pfbackup"
    code, out, _ = cli("backup", str(copy))
    assert code == 0 and "gecontroleerd" in out
    assert cli("backup", str(copy))[0] == 6  # never overwrites
    assert cli("competence", "add", "Bakken", "--free")[0] == 0
    code, out, _ = cli("restore", str(copy))
    assert code == 0 and "1 competenties" in out and "niets veranderd" in out
    code, out, _ = cli("restore", str(copy), "--yes")
    assert code == 0 and "Teruggezet" in out
    code, out, _ = cli("competence", "list", "--json")
    assert [c["label"] for c in json.loads(out)] == ["Koken"]
    code, out, _ = cli("backups")
    assert "voor-herstel" in out and "dagelijks" in out
