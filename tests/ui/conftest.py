"""Shared fixtures of the widget tests: one competence language for the whole run, a
``Session`` over the empty test vault, the demo portfolio (``demo``), file makers (PNG, PDF,
a fake PDF) and a way to see the error dialogs a test causes instead of having them block it.

The language is public, read-only data, so one copy (built once, about a second) serves every
test; a test module that needs another one defines its own ``language`` fixture.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from portfolio_app.language import CompetenceLanguage
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui.controller import AppController
from portfolio_app.ui.session import Session
from portfolio_app.vault import Portfolio
from tests.ui.views import make_demo, open_demo


@pytest.fixture(scope="session")
def language(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CompetenceLanguage]:
    opened = CompetenceLanguage.open_default(AppPaths(tmp_path_factory.mktemp("language")))
    yield opened
    opened.close()


@pytest.fixture
def session(
    qapp: QApplication, portfolio: Portfolio, language: CompetenceLanguage, tmp_path: Path
) -> Session:
    """The open, empty test vault as the widgets see it (Dutch, default settings)."""
    return Session(portfolio, language, AppPaths(tmp_path / "app"), Settings())


@pytest.fixture
def controller(qapp: QApplication) -> Iterator[AppController]:
    """The app as ``portfolio-app`` starts it (its paths from PORTFOLIO_HOME); afterwards its
    session is closed, its window gone and its idle watcher removed."""
    made = AppController(qapp, AppPaths.default(), Settings())
    yield made
    if made.session is not None:
        made.session.portfolio.close()
    if made.window is not None:
        made.window.close()
        made.window.deleteLater()
    qapp.removeEventFilter(made.idle)


@pytest.fixture(scope="module")
def demo_template(language: CompetenceLanguage, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, made once per module; ``demo`` opens a copy of it."""
    return make_demo(language, tmp_path_factory.mktemp("demo"))


@pytest.fixture
def demo(
    qapp: QApplication, language: CompetenceLanguage, demo_template: Path, tmp_path: Path
) -> Iterator[Session]:
    """A copy of the demo portfolio, open, as the widgets see it."""
    session = open_demo(demo_template, language, tmp_path)
    yield session
    session.portfolio.close()


@pytest.fixture
def error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of message boxes that would have been shown; none of them blocks."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(box.text())
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    """A real PNG with a recognisable colour."""
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 120, 200))
    path = tmp_path / "scan.png"
    assert image.save(str(path))
    return path


def pdf_bytes(text: str = "Attest heftruckchauffeur") -> bytes:
    """A one-page PDF made the way the export makes its own."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    path = tmp_path / "attest.pdf"
    path.write_bytes(pdf_bytes())
    return path


@pytest.fixture
def fake_pdf_file(tmp_path: Path) -> Path:
    """Claims to be a PDF by its name and even its first bytes, but is not one."""
    path = tmp_path / "kapot.pdf"
    path.write_bytes(b"%PDF-1.7\nthis is not really a pdf at all\n%%EOF\n")
    return path


def file_drop_data(paths: list[Path]) -> QMimeData:
    """What a file manager puts in a drag of these files."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


@pytest.fixture
def drop_files(qapp: QApplication) -> Callable[[QWidget, list[Path]], bool]:
    """Drag files onto a widget and drop them, as Qt delivers it; True when accepted."""

    def drop(widget: QWidget, paths: list[Path]) -> bool:
        mime = file_drop_data(paths)
        middle = QPoint(widget.width() // 2, widget.height() // 2)
        where = QPointF(middle)
        buttons = Qt.MouseButton.LeftButton
        # QDragEnterEvent takes a QPoint (QPointF only from PySide6 6.12 on); QDropEvent a QPointF.
        enter = QDragEnterEvent(
            middle, Qt.DropAction.CopyAction, mime, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, enter)
        if not enter.isAccepted():
            return False
        event = QDropEvent(
            where,
            Qt.DropAction.CopyAction,
            mime,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(widget, event)
        return event.isAccepted()

    return drop


@pytest.fixture
def answer_dialog(
    monkeypatch: pytest.MonkeyPatch,
) -> Callable[[type[QDialog], Callable[[QDialog], object]], list[QDialog]]:
    """Stand in for the user at a modal dialog: instead of blocking in ``exec``, run
    ``action`` on the dialog (fill fields, click a button) and return what it decided.
    Returns the list of dialogs that were opened."""

    def answer(cls: type[QDialog], action: Callable[[QDialog], object]) -> list[QDialog]:
        opened: list[QDialog] = []

        def exec_(dialog: QDialog) -> int:
            opened.append(dialog)
            action(dialog)
            return dialog.result()

        monkeypatch.setattr(cls, "exec", exec_)
        return opened

    return answer
