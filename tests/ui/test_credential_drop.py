"""Issue 8's promise in the app: a baked OB 3.0 badge dropped on the Leerbewijzen page gives a
leerbewijs with its competences linked and the signature shown as checked; a tampered copy
is refused with a clear reason and nothing is stored."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519
from PySide6.QtWidgets import QDialog

from portfolio_app.domain import Profile
from portfolio_app.ui.dialogs.credential_dialog import CredentialDialog, is_credential_file
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
from portfolio_app.ui.session import Session
from tests.credentials.makers import EMAIL, Ed25519Issuer
from tests.credentials.samples import as_bytes, bake_png, ob3_credential

Answer = Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]


@pytest.fixture
def badge_text() -> str:
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    return as_bytes(issuer.prove(ob3_credential(issuer.did))).decode()


def test_dropping_a_baked_badge_imports_it(
    session: Session, badge_text: str, tmp_path: Path, answer_dialog: Answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    session.portfolio.profile.save(Profile(emails=[EMAIL]))
    badge = tmp_path / "badge.png"
    badge.write_bytes(bake_png(badge_text, "openbadgecredential"))
    assert is_credential_file(badge)
    seen: list[str] = []

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, CredentialDialog)
        lines = [dialog.checks.item(r).text() for r in range(dialog.checks.count())]
        seen.extend(lines)
        assert dialog.chosen(), "the badge's competences are proposed"
        dialog._save()

    opened = answer_dialog(CredentialDialog, accept)
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.handle_drop([badge])
    assert len(opened) == 1
    assert any(line.startswith("✓  Handtekening: geslaagd") for line in seen)
    (stored,) = session.portfolio.leerbewijzen.list()
    assert stored.title == "Veilig werken op hoogte"
    claims = session.portfolio.claims.list()
    assert claims and all(stored.id in c.leerbewijs_ids for c in claims)


def test_a_tampered_badge_is_refused_and_nothing_stored(
    session: Session, badge_text: str, tmp_path: Path, error_dialogs: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    document = json.loads(badge_text)
    document["name"] = "Veilig werken op hoogte – master"
    badge = tmp_path / "vervalst.png"
    badge.write_bytes(bake_png(json.dumps(document), "openbadgecredential"))
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.handle_drop([badge])
    assert session.portfolio.leerbewijzen.count() == 0
    assert error_dialogs and "handtekening" in error_dialogs[0].lower()


def test_a_plain_scan_becomes_an_attachment(
    session: Session, png_file: Path, answer_dialog: Answer, qtbot
) -> None:  # type: ignore[no-untyped-def]
    assert not is_credential_file(png_file)
    opened = answer_dialog(LeerbewijsDialog, lambda dialog: dialog.reject())
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.handle_drop([png_file])
    assert len(opened) == 1 and session.portfolio.leerbewijzen.count() == 0


def test_a_presentation_shows_each_credential_with_its_own_verdict(
    session: Session, tmp_path: Path, answer_dialog: Answer, error_dialogs: list[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    session.portfolio.profile.save(Profile(emails=[EMAIL]))
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    good = issuer.prove(ob3_credential(issuer.did))
    changed = issuer.prove(ob3_credential(issuer.did))
    changed["name"] = "Vervalst"
    wallet = tmp_path / "wallet.json"
    wallet.write_bytes(
        as_bytes(
            {
                "@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiablePresentation"],
                "verifiableCredential": [good, changed],
            }
        )
    )
    seen: list[str] = []

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, CredentialDialog)
        seen.append(dialog.presented.text())
        dialog._save()

    opened = answer_dialog(CredentialDialog, accept)
    page = LeerbewijzenPage(session)
    qtbot.addWidget(page)
    page.handle_drop([wallet])
    assert len(opened) == 1
    assert seen[0].startswith("Leerbewijs 1 van 2. ?  Handtekening van de presentatie")
    assert len(error_dialogs) == 1 and error_dialogs[0].startswith("Leerbewijs 2 van 2")
    assert [lb.title for lb in session.portfolio.leerbewijzen.list()] == ["Veilig werken op hoogte"]
