"""Exporteren: choose a document and what goes in, look at it, and only then save it.

The page turns the user's ticks into the core's option objects (``export_panel``) and asks
the core for the document as bytes; every rule about what a document holds lives in
``portfolio_app.export``. The preview is remade a moment after the last change, off the GUI
thread, and the save button only works while the preview on screen matches the options: what
is saved is exactly the bytes the user looked at.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from portfolio_app import logs
from portfolio_app.check import load_evc_costs
from portfolio_app.errors import PortfolioError
from portfolio_app.export.counsellor import render_counsellor
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.export.evc_dossier import qualification_labels, render_evc
from portfolio_app.export.json_document import atomic_write, write_json
from portfolio_app.export.json_resume import render_json_resume
from portfolio_app.export.names import portfolio_names
from portfolio_app.export.options import PersonalField
from portfolio_app.rights.files import load_rights
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.export_options import DocKind
from portfolio_app.ui.pages.export_panel import OptionsPanel
from portfolio_app.ui.pages.export_render import PreviewRenderer
from portfolio_app.ui.pages.export_save import SaveBar, file_name
from portfolio_app.ui.session import Session
from portfolio_app.ui.tasks import run_with_progress
from portfolio_app.ui.widgets.pdf_preview import PdfPreview
from portfolio_app.ui.widgets.preview import PreviewDialog
from portfolio_app.ui.widgets.text import heading, paragraph

DEBOUNCE_MS = 300
PDF_KINDS = (DocKind.CV, DocKind.EVC, DocKind.COUNSELLOR)


class ExportPage(Page):
    previewed = Signal()  # the preview on screen now matches the options

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Exporteren"), parent)
        intro = paragraph(
            self.tr(
                "Maak een document om aan iemand te geven, bijvoorbeeld aan een werkgever of "
                "je VDAB-consulent. Je ziet eerst een voorbeeld. Er wordt pas iets bewaard als "
                "je op ‘Bewaren’ klikt."
            ),
            self,
        )
        self.layout_.addWidget(intro)
        self.data: bytes | None = None
        self.ready = False
        self._worker: object | None = None
        self._split = False
        self.renderer = PreviewRenderer(self)
        self.renderer.ready.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._render)

        self.panel = OptionsPanel(session.language, session.lang, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self._preview_column())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.layout_.addWidget(self.splitter, 1)
        self.save_bar = SaveBar(self)
        self.save_bar.save_button.clicked.connect(self.save)
        self.layout_.addWidget(self.save_bar)
        self.renderer.busy.connect(self.preview.set_busy)
        self.panel.changed.connect(self._options_changed)
        self.panel.choice.changed.connect(self._kind_changed)
        self.panel.edit_profile.connect(lambda: session.navigate.emit("settings", None))
        self._kind_changed()

    def _preview_column(self) -> QWidget:
        column = QWidget(self)
        self.preview_column = column
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Voorbeeld"), column, level=2), 1)
        self.enlarge = QPushButton(self.tr("Groot be&kijken…"), column)
        self.enlarge.setAccessibleName(self.tr("Het voorbeeld groot bekijken in een apart venster"))
        self.enlarge.setAccessibleDescription(self.tr("Esc sluit het venster weer."))
        self.enlarge.setAutoDefault(False)
        self.enlarge.clicked.connect(self.show_large)
        top.addWidget(self.enlarge)
        layout.addLayout(top)
        self.preview_status = QLabel(column)
        self.preview_status.setWordWrap(True)
        layout.addWidget(self.preview_status)
        self.preview = PdfPreview(column)
        layout.addWidget(self.preview, 1)
        return column

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """The first time, give the preview the larger share of the width, but never so much
        that the options would need a sideways scroll bar."""
        self._orient()
        if not self._split:
            self._split = True
            total = sum(self.splitter.sizes())
            if self.splitter.orientation() == Qt.Orientation.Horizontal:
                options = max(total * 2 // 5, self.panel.needed_width())
            else:
                options = total * 2 // 5
            self.splitter.setSizes([options, total - options])
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._orient()

    def _orient(self) -> None:
        """Options beside the preview when both fit; else the preview under the options
        (a small screen, 200 % text), each tall enough to use, and the page scrolls."""
        line = self.fontMetrics().height()
        preview_width = self.fontMetrics().averageCharWidth() * 48
        wide = self.width() >= self.panel.needed_width() + preview_width
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self.panel.setMinimumHeight(0 if wide else line * 14)
        self.preview_column.setMinimumHeight(0 if wide else line * 22)
        self._split = False

    def show_large(self) -> None:
        """A big window for the same bytes: at a large font the side panel is small."""
        if self.data is None or self.kind() not in PDF_KINDS:
            return
        dialog = PreviewDialog(self.data, self._file_name() + ".pdf", self)
        dialog.setWindowState(Qt.WindowState.WindowMaximized)
        dialog.exec()

    def refresh(self) -> None:
        super().refresh()
        self.panel.load(self.session.portfolio, self.session.lang)
        self._options_changed(soon=False)

    def show_hint(self, hint: object) -> None:
        """The check page sends ``{"evc": qualification_uri}`` to make that BK's dossier."""
        if isinstance(hint, dict) and isinstance(hint.get("evc"), str):
            self.panel.preselect_evc(hint["evc"])

    def kind(self) -> DocKind:
        return self.panel.kind()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.save_bar.set_pdf(kind in PDF_KINDS)
        self.enlarge.setVisible(kind in PDF_KINDS)
        self._options_changed(soon=False)

    def _options_changed(self, soon: bool = True) -> None:
        """Whatever changed, the preview on screen is now out of date: no saving until the
        new one is there, and a render already under way no longer counts."""
        self.renderer.forget()
        self.ready = False
        self.save_bar.save_button.setEnabled(False)
        self.enlarge.setEnabled(False)
        self.save_bar.clear_saved()
        self.preview_status.setText(self.tr("Het voorbeeld wordt bijgewerkt…"))
        self.timer.start(DEBOUNCE_MS if soon else 0)

    # -- the preview ---------------------------------------------------------------------

    def _render(self) -> None:
        if not self.isVisible() and self._stale:
            return  # refresh() renders when the page is shown
        portfolio, kind = self.session.portfolio, self.kind()
        if kind is DocKind.CV:
            cv = self.panel.cv_options()
            names = portfolio_names(self.session.language, portfolio, cv.lang)
            self.renderer.request(lambda: render_cv(portfolio, cv, names))
        elif kind is DocKind.COUNSELLOR:
            options, language = self.panel.counsellor_options(), self.session.language
            rules = load_rights(load_evc_costs())
            self.renderer.request(lambda: render_counsellor(portfolio, options, rules, language))
        elif kind is DocKind.RESUME:
            resume = self.panel.resume_options()
            names = portfolio_names(self.session.language, portfolio, resume.lang)
            self.renderer.request(lambda: render_json_resume(portfolio, resume, names))
        elif kind is DocKind.EVC and self.panel.bk.qualification is not None:
            evc, qualification = self.panel.evc_options(), self.panel.bk.qualification
            labels = qualification_labels(self.session.language, qualification, evc.lang)
            self.renderer.request(lambda: render_evc(portfolio, qualification, evc, labels))
        else:
            self.renderer.forget()
            self.preview.set_busy(False)
            if kind is DocKind.EVC:
                self.preview.show_message(
                    self.tr("Kies eerst een beroepskwalificatie (links, bij ‘Voor welke "
                            "beroepskwalificatie?’). Dan zie je hier het dossier.")
                )  # fmt: skip
                self.preview_status.setText("")
            else:
                self._show_full_copy()

    def _rendered(self, data: object, seconds: float) -> None:
        assert isinstance(data, bytes)
        kind = self.kind()
        if kind in PDF_KINDS:
            if not self.preview.show_pdf(data):
                self.preview_status.setText("")
                return
            pages = self.preview.page_count()
            self.preview_status.setText(
                self.tr("Zo ziet je document eruit. Aantal pagina's: %1.").replace("%1", str(pages))
            )
            logs.event("export_preview", seconds=round(seconds, 3), pages=pages)
        else:
            self.preview.show_text(data.decode("utf-8"))
            self.preview_status.setText(self.tr("Zo ziet het bestand eruit."))
        self.data = data
        self._set_ready()

    def _render_failed(self, exc: object) -> None:
        self.preview.set_busy(False)
        self.preview_status.setText("")
        if isinstance(exc, PortfolioError):
            self.preview.show_message(exc.message(self.session.lang))
            return
        if isinstance(exc, BaseException):
            logs.record_unexpected(exc)
        self.preview.show_message(
            self.tr(
                "Het voorbeeld kon niet gemaakt worden. Probeer een andere keuze, of sluit de "
                "app en open ze opnieuw."
            )
        )

    def _show_full_copy(self) -> None:
        counts = self.session.portfolio.counts()
        lines = [
            self.tr("Een volledige kopie van je portfolio bevat alles:"),
            "",
            self.tr("Competenties: %1").replace("%1", str(counts["claims"])),
            self.tr("Leerbewijzen: %1").replace("%1", str(counts["leerbewijzen"])),
            self.tr("Ervaringen: %1").replace("%1", str(counts["experiences"])),
            self.tr("Bijlagen: %1").replace("%1", str(counts["attachments"])),
            "",
            self.tr(
                "Ook je notities, je actieplan en je checks staan erin. Gebruik dit bestand om "
                "je portfolio over te zetten naar een andere computer of een ander programma."
            ),
        ]
        self.preview.show_message("\n".join(lines))
        self.preview_status.setText("")
        self.data = None
        self._set_ready()

    def _set_ready(self) -> None:
        self.ready = True
        self.save_bar.save_button.setEnabled(True)
        self.enlarge.setEnabled(self.preview.kind == "pdf")
        self.previewed.emit()

    # -- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if not self.ready or not self.save_bar.confirm_unencrypted():
            return
        kind = self.kind()
        path = self.save_bar.ask_path(self.tr("Bewaren als"), self._file_name(), kind in PDF_KINDS)
        if path is None:
            return
        if kind is DocKind.FULL:
            self._save_full_copy(path)
            return
        data = self.data
        assert data is not None
        if self.session.run(self, lambda: _write(path, data)):
            self.save_bar.show_saved(path)

    def _save_full_copy(self, path: Path) -> None:
        portfolio = self.session.portfolio

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, PortfolioError):
                raise exc
            show_error(self, exc, self.session.lang)

        self._worker = run_with_progress(
            self,
            self.tr("Volledige kopie bewaren"),
            lambda _progress, _cancelled: write_json(portfolio, path),
            lambda _document: self.save_bar.show_saved(path),
            failed,
        )

    def _file_name(self) -> str:
        """A name the user recognises later; without their name if they left it out."""
        kind, lang = self.kind(), self.panel.lang()
        fields = {
            DocKind.EVC: self.panel.evc_fields,
            DocKind.COUNSELLOR: self.panel.counsellor_fields,
        }.get(kind, self.panel.cv_fields)
        name = ""
        if kind is DocKind.FULL or PersonalField.NAME in fields.chosen():
            name = self.session.portfolio.profile.get().full_name
        qualification = self.panel.bk.qualification
        if kind is DocKind.EVC and qualification is not None:
            bk = qualification.label(lang)
            return file_name(self.tr("EVC-dossier %1").replace("%1", bk), name)
        if kind is DocKind.COUNSELLOR:
            return file_name(self.tr("Voor de loopbaanbegeleider"), name)
        if kind is DocKind.RESUME:
            return file_name("JSON Resume", name)
        if kind is DocKind.FULL:
            return file_name(self.tr("Portfolio volledige kopie"), name)
        return file_name(self.tr("Bijlage bij cv"), name)


def _write(path: Path, data: bytes) -> bool:
    atomic_write(path, data)
    return True
