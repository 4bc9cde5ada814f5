"""Exporteren: the preview shows the document the core renders for the options on screen,
an unticked item leaves both, nothing is written before the unencrypted-file warning is
accepted and a place is chosen, the check page's EVC link preselects its qualification, and a
failed write ends in the core's message with the page still usable."""

from __future__ import annotations

import io
import json
import re
import shutil
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from portfolio_app.demo import DEMO_PASSPHRASE, create_demo
from portfolio_app.domain import CheckResult
from portfolio_app.domain.common import TargetRef
from portfolio_app.domain.enums import TargetKind
from portfolio_app.errors import StorageFull
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui import file_dialogs
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.pages import export as export_module
from portfolio_app.ui.pages.export import ExportPage
from portfolio_app.ui.pages.export_options import DocKind
from portfolio_app.ui.pages.export_render import PreviewRenderer
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio

HEFTRUCK_BK = "urn:portfolio-app:bk:heftruckchauffeur"
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, language: CompetenceLanguage) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.vault"
    create_demo(path, language).close()
    return path


@pytest.fixture
def demo(
    qapp: object, demo_template: Path, language: CompetenceLanguage, tmp_path: Path
) -> Iterator[Session]:
    """The demo person (Noor, a heftruckchauffeur candidate) as the widgets see her."""
    path = tmp_path / "demo.vault"
    shutil.copyfile(demo_template, path)
    with Portfolio.open(path, DEMO_PASSPHRASE) as portfolio:
        yield Session(portfolio, language, AppPaths(tmp_path / "app"), Settings())


@pytest.fixture
def page(demo: Session, qtbot) -> Iterator[ExportPage]:  # type: ignore[no-untyped-def]
    shown = ExportPage(demo)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    with qtbot.waitSignal(shown.previewed, timeout=WAIT_MS):
        shown.show()
    yield shown
    shown.renderer.pool.waitForDone()


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """Stand in for the save dialog: it 'chooses' out/<name> and records its titles."""
    asked: list[str] = []
    folder = tmp_path / "out"
    folder.mkdir()

    def choose(_parent: object, title: str, suggested: Path, _kinds: str) -> Path:
        asked.append(title)
        return folder / Path(suggested).name

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    return asked


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return squash(" ".join(p.extract_text() or "" for p in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_the_preview_shows_the_cv_annex_the_core_renders(page: ExportPage, demo: Session) -> None:
    assert page.kind() is DocKind.CV
    assert page.preview.kind == "pdf"
    assert page.data is not None
    expected = len(PdfReader(io.BytesIO(render_cv(demo.portfolio, page.panel.cv_options()))).pages)
    assert expected >= 2  # the demo annex runs over two pages
    assert page.preview.page_count() == expected
    assert "Noor Vermeulen" in squash(page.preview.all_text())
    assert page.save_bar.save_button.isEnabled()


def test_an_unticked_competence_leaves_the_document_and_the_preview(
    page: ExportPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    (item,) = [i for i in page.panel.claims.leaves() if i.text(0).casefold() == "taarten versieren"]
    assert "taarten versieren" in pdf_text(page.data or b"").lower()
    assert "taarten versieren" in squash(page.preview.all_text()).lower()

    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        item.setCheckState(0, Qt.CheckState.Unchecked)
        # until the new preview is there, what is on screen may not be saved
        assert not page.save_bar.save_button.isEnabled()

    assert item.data(0, Qt.ItemDataRole.UserRole + 1) not in (
        page.panel.cv_options().claim_ids or ()
    )
    assert "taarten versieren" not in pdf_text(page.data or b"").lower()
    assert "taarten versieren" not in squash(page.preview.all_text()).lower()
    assert "heftruck besturen" in squash(page.preview.all_text()).lower()
    total = len(page.panel.claims.leaves())
    assert page.panel.claims.count.text() == f"{total - 1} van {total} gekozen"


def test_nothing_is_written_before_the_warning_is_accepted(
    page: ExportPage, save_as: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    warnings: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def warn(box: QMessageBox) -> int:
        warnings.append(box.text())
        return int(answer.value)

    monkeypatch.setattr(QMessageBox, "exec", warn)
    page.save_bar.save_button.click()
    assert warnings == ["Dit bestand is niet versleuteld: wie het krijgt, kan het lezen."]
    assert save_as == []  # the dialog was never opened
    assert list((tmp_path / "out").iterdir()) == []

    answer = QMessageBox.StandardButton.Ok
    page.save_bar.save_button.click()
    (written,) = (tmp_path / "out").iterdir()
    assert written.name == "Bijlage bij cv – Noor Vermeulen.pdf"
    assert written.read_bytes() == page.data  # exactly what the preview showed
    assert page.save_bar.saved.isVisibleTo(page)
    assert str(written) in page.save_bar.saved.text()
    assert not [p for p in written.parent.iterdir() if p.name.endswith(".part")]


def test_the_check_pages_evc_link_preselects_the_qualification(page: ExportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.show_hint({"evc": HEFTRUCK_BK})
    assert page.kind() is DocKind.EVC
    assert page.panel.bk.qualification is not None
    assert page.panel.bk.qualification.uri == HEFTRUCK_BK
    assert page.panel.bk.isVisibleTo(page) and not page.panel.claims.isVisibleTo(page)
    text = pdf_text(page.data or b"")
    assert "EVC-bewijsdossier" in text.replace("EVC- bewijsdossier", "EVC-bewijsdossier")
    assert "heftruckchauffeur" in text
    assert page._file_name() == "EVC-dossier heftruckchauffeur – Noor Vermeulen"


def test_a_failed_write_shows_the_plain_message_and_keeps_the_page(
    page: ExportPage,
    save_as: list[str],
    error_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    real_write = export_module.atomic_write

    def disk_full(_path: Path, _data: bytes) -> None:
        raise StorageFull()

    monkeypatch.setattr(export_module, "atomic_write", disk_full)
    page.save_bar.save_button.click()  # error_dialogs answers the warning with "verder"
    assert error_dialogs[-1] == StorageFull().message("nl")
    assert list((tmp_path / "out").iterdir()) == []
    assert not page.save_bar.saved.isVisibleTo(page)
    assert page.preview.kind == "pdf" and page.save_bar.save_button.isEnabled()

    monkeypatch.setattr(export_module, "atomic_write", real_write)
    page.save_bar.save_button.click()
    assert [p.suffix for p in (tmp_path / "out").iterdir()] == [".pdf"]


def test_json_resume_and_full_copy(
    page: ExportPage,
    save_as: list[str],
    error_dialogs: list[str],
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.choice.set_kind(DocKind.RESUME)
    assert page.preview.kind == "text"
    resume = json.loads(page.preview.text.toPlainText())
    assert resume["basics"]["name"] == "Noor Vermeulen"
    assert page.save_bar.save_button.text() == "&Bewaren als JSON…"

    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.choice.set_kind(DocKind.FULL)
    claims = page.session.portfolio.claims.count()
    assert f"Competenties: {claims}" in page.preview.message.text()
    target = tmp_path / "out" / "Portfolio volledige kopie – Noor Vermeulen.json"
    page.save_bar.save_button.click()
    qtbot.waitUntil(lambda: page.save_bar.saved.isVisibleTo(page), timeout=WAIT_MS)
    assert len(json.loads(target.read_text(encoding="utf-8"))["claims"]) == claims


def test_the_renderer_shows_only_the_newest_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    renderer = PreviewRenderer()
    release = threading.Event()
    results: list[object] = []
    renderer.ready.connect(lambda result, _seconds: results.append(result))

    renderer.request(lambda: (release.wait(5), "old")[1])
    renderer.request(lambda: "skipped")
    renderer.request(lambda: "newest")
    release.set()
    qtbot.waitUntil(lambda: results != [], timeout=WAIT_MS)
    renderer.pool.waitForDone()
    qtbot.wait(50)
    assert results == ["newest"]


def test_everything_works_from_the_keyboard(page: ExportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=WAIT_MS)
    tree = page.panel.claims.tree
    item = page.panel.claims.leaves()[0]
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked

    qtbot.keyClick(tree, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &EVC-dossier
    qtbot.waitUntil(lambda: page.kind() is DocKind.EVC, timeout=WAIT_MS)  # an animated click
    # the demo has no check yet, so the page asks for a qualification and offers no save
    qtbot.waitUntil(lambda: page.preview.kind == "message", timeout=WAIT_MS)
    assert "Kies eerst een beroepskwalificatie" in page.preview.message.text()
    assert not page.save_bar.save_button.isEnabled()


def test_the_check_pages_link_goes_through_the_main_window(demo: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["export"]
    assert isinstance(page, ExportPage)
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        demo.navigate.emit("export", {"evc": HEFTRUCK_BK})
    assert window.stack.currentWidget() is page
    assert page.kind() is DocKind.EVC
    assert "heftruckchauffeur" in pdf_text(page.data or b"")
    page.renderer.pool.waitForDone()


def test_the_last_check_is_offered_and_names_the_qualification(demo: Session, qtbot) -> None:  # type: ignore[no-untyped-def]
    target = TargetRef(
        uri=HEFTRUCK_BK, label="heftruckchauffeur", kind=TargetKind.BEROEPSKWALIFICATIE
    )
    check = CheckResult(target=target, checked_on=date.today(), summary="Bijna klaar voor EVC")
    with demo.portfolio.change("check", "check"):
        demo.portfolio.checks.add(check)
    page = ExportPage(demo)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.show()
    assert page.panel.include_check.isVisibleTo(page)
    assert "heftruckchauffeur" in page.panel.check_hint.text()
    assert "Volgens de eigen inschatting van de persoon" not in pdf_text(
        page.data or b""
    )  # only when chosen
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.include_check.setChecked(True)
    assert "Volgens de eigen inschatting van de persoon" in pdf_text(page.data or b"")

    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.include_check.setChecked(False)
    assert "Volgens de eigen inschatting van de persoon" not in pdf_text(page.data or b"")

    # the dossier the user most likely wants is for the qualification last checked
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.choice.set_kind(DocKind.EVC)
    assert page.panel.bk.qualification is not None
    assert page.panel.bk.qualification.uri == HEFTRUCK_BK
    page.renderer.pool.waitForDone()


def test_an_unticked_experience_is_not_named_in_the_annex(page: ExportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    (item,) = [i for i in page.panel.experiences.leaves() if "Voedselbank" in i.text(0)]
    assert "Voedselbank" in pdf_text(page.data or b"")
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        item.setCheckState(0, Qt.CheckState.Unchecked)
    assert "Voedselbank" not in pdf_text(page.data or b"")
    assert "samenwerken" in pdf_text(page.data or b"")  # the competence itself stays


def test_the_document_language_is_the_users_choice(page: ExportPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert PdfReader(io.BytesIO(page.data or b"")).metadata.title.startswith(
        "Competentieportefeuille"
    )
    with qtbot.waitSignal(page.previewed, timeout=WAIT_MS):
        page.panel.doc_lang.setCurrentIndex(page.panel.doc_lang.findData("en"))
    assert page.panel.cv_options().lang == "en"
    assert PdfReader(io.BytesIO(page.data or b"")).metadata.title.startswith("Competence portfolio")
