"""The Exporteren page offers to embed digital credentials only when the portfolio holds any;
ticked, the previewed (and so the saved) PDF carries the original files."""

from __future__ import annotations

import io

from cryptography.hazmat.primitives.asymmetric import ed25519
from pypdf import PdfReader

from portfolio_app.credentials.store import store_import
from portfolio_app.ui.pages.export import ExportPage
from portfolio_app.ui.pages.export_options import DocKind
from portfolio_app.ui.pages.export_panel import OptionsPanel
from portfolio_app.ui.session import Session
from tests.credentials.makers import EMAIL, Ed25519Issuer, read
from tests.credentials.samples import as_bytes, ob3_credential

WAIT_MS = 10_000


def add_badge(session: Session) -> bytes:
    issuer = Ed25519Issuer(ed25519.Ed25519PrivateKey.generate())
    data = as_bytes(issuer.prove(ob3_credential(issuer.did, email=EMAIL)))
    store_import(session.portfolio, read(data, "badge.json"), data, "badge.json")
    return data


def test_the_choice_is_only_offered_with_digital_credentials(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = OptionsPanel(session.language, "nl")
    qtbot.addWidget(panel)
    panel.load(session.portfolio, "nl")
    assert panel.cv_embed.isHidden() and panel.evc_embed.isHidden()
    assert not panel.cv_options().embed_credentials

    add_badge(session)
    panel.load(session.portfolio, "nl")
    assert not panel.cv_embed.isHidden() and not panel.evc_embed.isHidden()
    assert not panel.cv_embed.isChecked()  # off by default
    with qtbot.waitSignal(panel.changed):
        panel.cv_embed.setChecked(True)
    assert panel.cv_options().embed_credentials
    assert not panel.evc_options().embed_credentials
    panel.evc_embed.setChecked(True)
    assert panel.evc_options().embed_credentials
    assert "werkgever of assessor" in panel.cv_embed.accessibleDescription()


def test_the_preview_carries_the_original_files(session: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = add_badge(session)
    page = ExportPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.show()
    assert page.panel.kind() is DocKind.CV
    assert PdfReader(io.BytesIO(page.data or b"")).attachments == {}
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.cv_embed.setChecked(True)
    assert PdfReader(io.BytesIO(page.data or b"")).attachments == {
        "Veilig werken op hoogte.json": [data]
    }
    page.renderer.pool.waitForDone()
