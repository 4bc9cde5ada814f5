"""``portfolio export cv|evc|jsonresume`` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from portfolio_app.cli import main
from portfolio_app.language import CompetenceLanguage
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.export.conftest import fill


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_documents(
    portfolio: Portfolio,
    vault_path: Path,
    language: CompetenceLanguage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill(portfolio)
    portfolio.close()
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PORTFOLIO_HOME", str(tmp_path / "langhome"))
    vault = ("--vault", str(vault_path))

    cv = tmp_path / "bijlage.pdf"
    code, out, err = run(
        *vault, "export", "cv", str(cv), "--fields", "name,city", "--date", "2025-03-03",
        capsys=capsys,
    )  # fmt: skip
    assert code == 0, err
    assert f"Geschreven naar {cv} (2 pagina's)" in out and "niet versleuteld" in out
    assert cv.read_bytes().startswith(b"%PDF-")

    evc = tmp_path / "dossier.pdf"
    code, out, err = run(
        *vault, "export", "evc", str(evc), "--bk", "Heftruckchauffeur", capsys=capsys
    )
    assert code == 0, err
    assert "Heftruckchauffeur" in out and "niet versleuteld" in out

    resume = tmp_path / "cv.json"
    code, out, err = run(*vault, "--lang", "en", "export", "jsonresume", str(resume), capsys=capsys)
    assert code == 0, err
    assert "not encrypted" in out
    assert json.loads(resume.read_text("utf-8"))["skills"][0]["level"].endswith("expert")

    code, _, err = run(*vault, "export", "cv", str(cv), "--fields", "schoenmaat", capsys=capsys)
    assert code != 0 and "Onbekend veld" in err
    code, _, err = run(*vault, "export", "evc", str(evc), "--bk", "astronaut", capsys=capsys)
    assert code != 0 and "astronaut" in err
