"""``portfolio import credential`` end to end, through the real CLI entry point and vault."""

from __future__ import annotations

import base64
import json
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from portfolio_app.cli import main
from portfolio_app.domain import CompetenceClaim, Profile
from portfolio_app.errors import ExitCode
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE
from tests.credentials.makers import (
    EMAIL,
    ESCO_SAFETY,
    Ed25519Issuer,
)
from tests.credentials.samples import (
    as_bytes,
    bake_png,
    ob3_credential,
)

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def vault(vault_path: Path) -> Path:
    with Portfolio.open(vault_path, PASSPHRASE) as portfolio:
        portfolio.profile.save(Profile(given_name="An", emails=[EMAIL]))
    return vault_path


@pytest.fixture
def cli(vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--vault", str(vault), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def badge(issuer: Ed25519Issuer, tmp_path: Path) -> Path:
    text = as_bytes(issuer.prove(ob3_credential(issuer.did))).decode()
    path = tmp_path / "hoogte.png"
    path.write_bytes(bake_png(text, "openbadgecredential"))
    return path


def _contents(vault: Path) -> tuple[list, list, list]:  # type: ignore[type-arg]
    with Portfolio.open(vault, PASSPHRASE) as portfolio:
        return (
            portfolio.leerbewijzen.list(),
            portfolio.claims.list(),
            portfolio.attachments.list(),
        )


def test_without_yes_in_a_script_it_shows_and_stores_nothing(
    cli: Run, badge: Path, vault: Path
) -> None:
    code, out, err = cli("import", "credential", str(badge))
    assert code == 0, err
    assert "Titel:       Veilig werken op hoogte" in out
    assert "[ok] Handtekening: geslaagd. Handtekening gecontroleerd" in out
    assert "[ok] Ontvanger: geslaagd" in out
    assert "[?]  Intrekking: niet offline te controleren" in out
    assert f"veiligheidsvoorschriften toepassen  <{ESCO_SAFETY}>" in out
    assert "Er is niets bewaard" in out and "--yes" in out
    assert _contents(vault) == ([], [], [])


def test_yes_stores_leerbewijs_image_and_claims_in_one_go(
    cli: Run, badge: Path, vault: Path
) -> None:
    code, out, _ = cli("import", "credential", str(badge), "--yes")
    assert code == 0 and "Bewaard: Veilig werken op hoogte" in out
    leerbewijzen, claims, attachments = _contents(vault)
    [stored] = leerbewijzen
    assert base64.b64decode(stored.origin.payload) == badge.read_bytes()
    assert stored.verification is not None and len(stored.verification.checks) == 5
    assert [a.media_type for a in attachments] == ["image/png"]
    assert stored.attachment_ids == [attachments[0].id]
    [claim] = claims
    assert claim.concept_uri == ESCO_SAFETY and claim.leerbewijs_ids == [stored.id]
    assert claim.sources[0].name == "Syntra Test"

    code, _, err = cli("import", "credential", str(badge), "--yes")
    assert code == ExitCode.INVALID and "staat al in je portfolio" in err
    assert len(_contents(vault)[0]) == 1


def test_an_existing_claim_is_linked_not_doubled(cli: Run, badge: Path, vault: Path) -> None:
    with Portfolio.open(vault, PASSPHRASE) as portfolio:
        portfolio.claims.add(CompetenceClaim(concept_uri=ESCO_SAFETY, label="veilig werken"))
    code, out, _ = cli("import", "credential", str(badge), "--yes")
    assert code == 0 and "0 nieuwe competenties, 1 bestaande gekoppeld" in out
    leerbewijzen, claims, _ = _contents(vault)
    assert len(claims) == 1 and claims[0].leerbewijs_ids == [leerbewijzen[0].id]


def test_json_output_is_complete_and_stores_only_with_yes(
    cli: Run, badge: Path, vault: Path
) -> None:
    code, out, _ = cli("import", "credential", str(badge), "--json")
    preview = json.loads(out)
    assert code == 0 and preview["stored"] is False
    assert preview["leerbewijs"]["title"] == "Veilig werken op hoogte"
    assert "payload" not in preview["leerbewijs"]["origin"]
    assert {c["code"]: c["status"] for c in preview["verification"]["checks"]} == {
        "handtekening": "geslaagd",
        "sleutel_uitgever": "geslaagd",
        "ontvanger": "geslaagd",
        "geldigheid": "geslaagd",
        "intrekking": "niet_offline",
    }
    assert preview["proposed_competences"][0]["uri"] == ESCO_SAFETY
    assert _contents(vault)[0] == []
    code, out, _ = cli("import", "credential", str(badge), "--json", "--yes")
    stored = json.loads(out)
    assert stored["stored"] is True and len(stored["claims_added"]) == 1
    assert [lb.id for lb in _contents(vault)[0]] == [stored["leerbewijs"]["id"]]


def test_interactive_yes(
    cli: Run, badge: Path, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt: "j")
    code, out, _ = cli("import", "credential", str(badge))
    assert code == 0 and "Bewaard:" in out
    assert len(_contents(vault)[0]) == 1


def test_refusals_store_nothing(
    cli: Run, issuer: Ed25519Issuer, tmp_path: Path, vault: Path
) -> None:
    signed = issuer.prove(ob3_credential(issuer.did))
    signed["credentialSubject"]["achievement"]["name"] = "Brandweerofficier"
    forged = tmp_path / "vals.json"
    forged.write_bytes(as_bytes(signed))
    code, out, err = cli("import", "credential", str(forged), "--yes")
    assert code == ExitCode.INVALID and "handtekening van dit leerbewijs klopt niet" in err
    assert out == ""
    other = tmp_path / "ander.json"
    other.write_bytes(as_bytes(issuer.prove(ob3_credential(issuer.did, email="x@example.be"))))
    code, _, err = cli("import", "credential", str(other), "--yes")
    assert code == ExitCode.INVALID and "iemand anders" in err
    huge = tmp_path / "groot.json"
    huge.write_bytes(b" " * 20_000_000)
    code, _, err = cli("import", "credential", str(huge), "--yes")
    assert code == ExitCode.TOO_LARGE and "te groot" in err
    code, _, err = cli("import", "credential", str(tmp_path / "weg.json"), "--yes")
    assert code == ExitCode.NOT_FOUND and "weg.json" in err
    assert _contents(vault) == ([], [], [])


def test_english_messages(cli: Run, badge: Path) -> None:
    code, out, _ = cli("--lang", "en", "import", "credential", str(badge))
    assert code == 0 and "Signature: passed." in out and "Nothing was stored" in out


def test_every_refusal_with_json_prints_an_object_with_the_reason(
    cli: Run, issuer: Ed25519Issuer, tmp_path: Path, vault: Path
) -> None:
    signed = issuer.prove(ob3_credential(issuer.did))
    signed["name"] = "Vervalst"
    forged = tmp_path / "vals.json"
    forged.write_bytes(as_bytes(signed))
    huge = tmp_path / "groot.json"
    huge.write_bytes(b" " * 20_000_000)
    bomb = tmp_path / "bom.png"
    packed = zlib.compress(b" " * 30_000_000, 9)
    body = b"iTXt" + b"openbadgecredential\0\1\0\0\0" + packed
    chunk = len(body[4:]).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    plain = bake_png("x", "other")
    bomb.write_bytes(
        plain[: plain.rindex(b"IEND") - 4] + chunk + plain[plain.rindex(b"IEND") - 4 :]
    )
    cases = {
        forged: (ExitCode.INVALID, "SignatureMismatch", "klopt niet"),
        huge: (ExitCode.TOO_LARGE, "TooLarge", "te groot"),
        bomb: (ExitCode.TOO_LARGE, "TooComplex", "zip-bom"),
        tmp_path / "weg.json": (ExitCode.NOT_FOUND, "NotFound", "weg.json"),
    }
    for path, (code, kind, words) in cases.items():
        exit_code, out, err = cli("import", "credential", str(path), "--json", "--yes")
        answer = json.loads(out)
        assert exit_code == code, (path.name, err)
        assert answer["stored"] is False and answer["refused"] is True
        assert answer["error"]["kind"] == kind and answer["error"]["exit_code"] == code
        assert words in answer["error"]["message"] and words in err
    assert _contents(vault) == ([], [], [])


def test_a_presentation_is_imported_credential_by_credential(
    cli: Run, issuer: Ed25519Issuer, other_issuer: Ed25519Issuer, tmp_path: Path, vault: Path
) -> None:
    good = issuer.prove(ob3_credential(issuer.did))
    changed = issuer.prove(ob3_credential(issuer.did))
    changed["id"] = "urn:uuid:00000000-0000-4000-8000-000000000009"
    vp = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": other_issuer.did,
        "verifiableCredential": [good, changed],
    }
    path = tmp_path / "wallet.json"
    path.write_bytes(as_bytes(other_issuer.prove(vp, proofPurpose="authentication")))
    code, out, _ = cli("import", "credential", str(path))
    assert code == 0
    assert "Handtekening van de presentatie: geslaagd" in out
    assert "Leerbewijs 1 van 2:" in out and "Leerbewijs 2 van 2:" in out
    assert "[x]  Geweigerd: De handtekening van dit leerbewijs klopt niet" in out
    code, out, _ = cli("import", "credential", str(path), "--json", "--yes")
    answer = json.loads(out)
    assert code == 0 and answer["stored"] is True
    assert answer["presentation"]["check"]["status"] == "geslaagd"
    first, second = answer["credentials"]
    assert first["stored"] is True and first["refused"] is False
    assert second["refused"] is True and second["error"]["kind"] == "SignatureMismatch"
    assert len(_contents(vault)[0]) == 1
