"""No leaks (issue 7, item 5): after a whole session, the personal data is found only in the
files the user exported.

The session is what a user does, half through the CLI (so its code paths are covered) and
half through the core: create the vault, fill in the profile, add competences, a leerbewijs
with a scan, an experience, search the competence language, run a check and add its plan,
export JSON and the CV annex (with the scan as an appendix) to a folder the user chose, make
and restore a backup, cause an error and a crash the log must record, and lock. Then every
file in the data directory, every file the session created or changed in the temporary
directory and in the user's cache, and the log are searched for every marker (UTF-8 and
UTF-16) and for the scan's bytes (raw and base64).
"""

from __future__ import annotations

import logging
import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from portfolio_app import cli, logs
from portfolio_app.domain import CompetenceClaim, Leerbewijs
from portfolio_app.export.json_document import write_json
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.reliability import figures
from tests.reliability.leaks import Needles, scan


@pytest.fixture
def fresh_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app's log goes to this test's data directory (``logs.setup`` runs once a process,
    so an earlier test would otherwise keep it pointed at its own directory)."""
    logger = logging.getLogger(logs.LOGGER_NAME)
    monkeypatch.setattr(logger, "handlers", [])
    yield
    for handler in logger.handlers:
        handler.close()


def _markers() -> dict[str, str]:
    """Strings no file can hold by chance: a fresh token in each."""
    token = secrets.token_hex(4)
    return {
        "given name": f"Zoltar{token}",
        "family name": f"Vandenqwist{token}",
        "e-mail": f"zq{token}@voorbeeld.be",
        "city": f"Kwaadmechelen{token}",
        "summary": f"Heeft twintig jaar ervaring met {token} vorkheftrucks",
        "competence": f"Hefbrugbediening {token}",
        "note": f"Persoonlijke notitie {token}",
        "leerbewijs": f"Attest reachtruck {token}",
        "organisation": f"Magazijn Oostrand {token}",
        "core competence": f"Kraanbesturing {token}",
        "core leerbewijs": f"Getuigschrift lassen {token}",
        "search": f"zoekterm{token}",
        "crash text": f"foutmelding-{token}",
    }


def _cli(*argv: str) -> int:
    return cli.main(list(argv))


def test_personal_data_only_in_exported_files(
    tmp_path: Path,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    fresh_log: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    started = time.time() - 2  # file times may be rounded down to the second
    marks = _markers()
    scan_bytes = b"%PDF-1.4\n" + os.urandom(30_000) + marks["note"].encode() + os.urandom(30_000)
    documents = tmp_path / "Documenten"  # the user's own files, which they attach
    documents.mkdir()
    (documents / "scan.pdf").write_bytes(scan_bytes)
    exports = tmp_path / "Exports"  # the folder the user exports to
    exports.mkdir()
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    vault = isolated_home / "portfolio.vault"

    # -- through the CLI --------------------------------------------------------------------
    assert _cli("init") == 0
    assert _cli(
        "profile", "--given-name", marks["given name"], "--family-name", marks["family name"],
        "--email", marks["e-mail"], "--city", marks["city"], "--summary", marks["summary"],
    ) == 0  # fmt: skip
    assert _cli("competence", "add", "--free", marks["competence"], "--note", marks["note"]) == 0
    assert _cli("competence", "add", "heftruck besturen", "--level", "3") == 0
    assert _cli(
        "leerbewijs", "add", "--kind", "certificaat", "--title", marks["leerbewijs"],
        "--file", str(documents / "scan.pdf"),
    ) == 0  # fmt: skip
    assert _cli("experience", "add", "--organisation", marks["organisation"], "--role", "x") == 0
    assert _cli("language", "search", marks["search"]) == 0
    assert _cli("check", "heftruckchauffeur", "--kind", "beroep") == 0
    assert _cli("plan", "add-from-check") == 0
    assert _cli("export", "json", str(exports / "portfolio-cli.json")) == 0
    assert (
        _cli(
            "export", "cv", str(exports / "cv-cli.pdf"), "--include-notes", "--include-attachments"
        )
        == 0
    )
    assert _cli("backup", str(isolated_home / "eigen-reservekopie.vault")) == 0
    assert _cli("restore", str(isolated_home / "eigen-reservekopie.vault"), "--yes") == 0
    assert _cli("competence", "remove", "bestaat-niet") != 0  # an error the log records

    def crash(ctx: object) -> int:
        raise RuntimeError(marks["crash text"])

    monkeypatch.setattr("portfolio_app.commands.competence.cmd_list", crash)
    assert _cli("competence", "list") == 1  # a bug: the log records where, never what
    capsys.readouterr()  # the terminal shows the user's own data; that is not a file

    # -- through the core -------------------------------------------------------------------
    with Portfolio.open(vault, PASSPHRASE) as portfolio:
        with portfolio.change("Leerbewijs toegevoegd", "Proof of learning added"):
            photo = portfolio.attachments.add_bytes(scan_bytes[::-1], "foto.pdf")
            proof = portfolio.leerbewijzen.add(
                Leerbewijs(title=marks["core leerbewijs"], attachment_ids=[photo.id])
            )
            portfolio.claims.add(
                CompetenceClaim(label=marks["core competence"], leerbewijs_ids=[proof.id])
            )
        write_json(portfolio, exports / "portfolio.json")
        try:
            from portfolio_app.export.cv_annex import save_cv
            from portfolio_app.export.options import CvOptions

            save_cv(portfolio, exports / "cv.pdf", CvOptions(include_attachments=True))
        except ImportError:
            pass
        portfolio.undo()
        portfolio.undo()
    # locked

    # -- the search ---------------------------------------------------------------------------
    needles = Needles()
    for name, value in marks.items():
        needles.text(name, value)
    needles.blob("scan", scan_bytes)
    needles.blob("photo", scan_bytes[::-1])
    temp = Path(tempfile.gettempdir())
    cache = Path.home() / ".cache"
    found = scan(
        needles,
        [(isolated_home, None), (temp, started), (cache, started)],
        exclude=(exports, documents),
    )
    log = isolated_home / "logs" / "portfolio.log"
    figures.record(
        "reliability",
        "no leaks",
        {
            "files searched": found.files,
            "MB searched": round(found.bytes / 1e6, 1),
            "needles": len(needles.found_as),
            "files with personal data": len(found.hits),
        },
    )
    assert found.hits == {}, found.hits
    assert found.files >= 5 and not [p for p in found.too_big if str(tmp_path) in p]

    # The search can see: the exports hold the markers and the scan, as they should.
    exported = (exports / "portfolio.json").read_bytes() + (
        exports / "portfolio-cli.json"
    ).read_bytes()
    missing = [name for name, value in marks.items() if value.encode() not in exported]
    assert missing == ["search", "crash text"], missing
    assert "scan (base64)" in needles.in_bytes(exported)
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "notes.txt").write_bytes(("x" + marks["city"]).encode("utf-16-le"))
    (probe / "blob.bin").write_bytes(b"..." + scan_bytes[:200])
    probed = scan(needles, [(probe, started)]).hits
    assert "city (utf-16-le)" in probed[str(probe / "notes.txt")]
    assert probed[str(probe / "blob.bin")] == ["scan start (raw)"]

    # The log exists, says what went wrong, and holds nothing personal.
    text = log.read_text(encoding="utf-8")
    assert "user error " in text and "unexpected RuntimeError" in text
    assert str(isolated_home) not in text and "Documenten" not in text
