"""``portfolio export evc`` and ``export cv`` from the terminal: a ``--bk`` that fits several
qualifications is an error that lists them (never one picked silently), ``--help`` says how to
find a qualification's name, and ``--embed-credentials`` puts the original credential files
into the PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from pypdf import PdfReader

from portfolio_app.cli import main
from portfolio_app.credentials.store import store_import
from portfolio_app.domain import ConceptRef
from portfolio_app.errors import ExitCode
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.credentials.makers import Ed25519Issuer, read
from tests.credentials.samples import as_bytes, ob3_credential
from tests.export.conftest import fill


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def vault(
    portfolio: Portfolio, vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str]:
    """The sample portfolio and the bundled competence language, as the CLI opens them."""
    fill(portfolio)
    portfolio.close()
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    return ("--vault", str(vault_path))


def test_an_ambiguous_bk_is_an_error_that_lists_the_candidates(
    vault: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "dossier.pdf"
    code, out, err = run(capsys, *vault, "export", "evc", str(out_file), "--bk", "kinderbegeleider")
    assert code == ExitCode.INVALID
    assert "past bij meer dan één beroepskwalificatie" in err
    assert "kinderbegeleider baby's en peuters" in out
    assert "kinderbegeleider schoolgaande kinderen" in out
    assert "--bk urn:portfolio-app:bk:kinderbegeleider-babys-peuters" in out
    assert not out_file.exists()
    # The full name picks one; so does the URI.
    code, out, err = run(
        capsys, *vault, "export", "evc", str(out_file), "--bk", "kinderbegeleider baby's en peuters"
    )
    assert code == 0, err
    assert "kinderbegeleider baby's en peuters" in out and out_file.exists()
    code, _, err = run(
        capsys,
        *vault,
        "export",
        "evc",
        str(out_file),
        "--bk",
        "urn:portfolio-app:bk:kinderbegeleider-schoolgaande-kinderen",
    )
    assert code == 0, err
    code, _, err = run(capsys, *vault, "--lang", "en", "export", "evc", str(out_file), "--bk", "x")
    assert code == ExitCode.NOT_FOUND
    assert "portfolio language search NAME --kind qualification" in err


def test_help_says_how_to_find_a_qualification(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "evc", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "portfolio language search NAAM --kind qualification" in text
    assert "--embed-credentials" in text


def test_the_suggested_search_lists_the_qualifications(
    vault: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, *vault, "language", "search", "kinderbegeleider", "--kind", "qualification"
    )
    assert code == 0, err
    assert "kinderbegeleider baby's en peuters" in out
    assert "kinderbegeleider schoolgaande kinderen" in out


def test_embed_credentials_from_the_cli(
    portfolio: Portfolio,
    vault_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fill(portfolio)
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    data = as_bytes(issuer.prove(ob3_credential(issuer.did)))
    result = read(data, "badge.json")
    heftruck = "http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da"
    result.leerbewijs.competences = [ConceptRef(uri=heftruck, label="heftruck")]
    store_import(portfolio, result, data, "badge.json")
    portfolio.close()
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    vault = ("--vault", str(vault_path))
    cv = tmp_path / "cv.pdf"
    code, out, err = run(capsys, *vault, "export", "cv", str(cv), "--embed-credentials")
    assert code == 0, err
    assert "Ingesloten digitale leerbewijzen: 1." in out
    attached = PdfReader(io.BytesIO(cv.read_bytes())).attachments
    assert attached["Veilig werken op hoogte.json"] == [data]
    code, out, err = run(capsys, *vault, "export", "cv", str(cv))
    assert code == 0 and "Ingesloten" not in out
    assert PdfReader(io.BytesIO(cv.read_bytes())).attachments == {}
    dossier = tmp_path / "dossier.pdf"
    code, out, err = run(
        capsys, *vault, "export", "evc", str(dossier), "--bk", "heftruckchauffeur",
        "--embed-credentials",
    )  # fmt: skip
    assert code == 0, err
    assert PdfReader(io.BytesIO(dossier.read_bytes())).attachments == {
        "Veilig werken op hoogte.json": [data]
    }
    code, out, err = run(
        capsys, *vault, "export", "evc", str(dossier), "--bk", "reachtruckchauffeur",
        "--embed-credentials",
    )  # fmt: skip
    assert code == 0, err
    assert "Er zijn geen digitale leerbewijzen om in te sluiten." in out
