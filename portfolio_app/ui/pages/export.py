"""Exporteren: choose a document and what goes in, look at it, and only then save it.

The page turns the user's ticks into the core's option objects and asks the core for the
document as bytes; every rule about what a document holds lives in ``portfolio_app.export``.
The preview is remade a moment after the last change, off the GUI thread, and the save button
only works while the preview on screen matches the options: what is saved is exactly the
bytes the user looked at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from portfolio_app import logs
from portfolio_app.domain.enums import CompetenceKind, TargetKind, label
from portfolio_app.errors import PortfolioError
from portfolio_app.export.cv_annex import render_cv
from portfolio_app.export.evc_dossier import qualification_labels, render_evc
from portfolio_app.export.json_document import atomic_write, write_json
from portfolio_app.export.json_resume import render_json_resume
from portfolio_app.export.options import (
    CV_DEFAULT_FIELDS,
    EVC_DEFAULT_FIELDS,
    CvOptions,
    EvcOptions,
    ResumeOptions,
)
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.export_options import (
    Choice,
    DocKind,
    DocumentChoice,
    FieldsBox,
    QualificationBox,
    SelectionBox,
)
from portfolio_app.ui.pages.export_render import PreviewRenderer
from portfolio_app.ui.pages.export_save import SaveBar, file_name
from portfolio_app.ui.session import Session
from portfolio_app.ui.tasks import run_with_progress
from portfolio_app.ui.widgets.pdf_preview import PdfPreview
from portfolio_app.ui.widgets.text import heading, paragraph

DEBOUNCE_MS = 300
PDF_KINDS = (DocKind.CV, DocKind.EVC)


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
        self.renderer = PreviewRenderer(self)
        self.renderer.ready.connect(self._rendered)
        self.renderer.failed.connect(self._render_failed)
        self.renderer.busy.connect(lambda busy: self.preview.set_busy(busy))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._render)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._options_column())
        splitter.addWidget(self._preview_column())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.layout_.addWidget(splitter, 1)
        self.save_bar = SaveBar(self)
        self.save_bar.save_button.clicked.connect(self.save)
        self.layout_.addWidget(self.save_bar)
        self._kind_changed()

    # -- building ------------------------------------------------------------------------

    def _options_column(self) -> QScrollArea:
        session = self.session
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 8, 0)
        self.choice = DocumentChoice(column)
        self.choice.changed.connect(self._kind_changed)
        layout.addWidget(self.choice)

        self.language_row = QWidget(column)
        row = QHBoxLayout(self.language_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.doc_lang = QComboBox(self.language_row)
        self.doc_lang.addItem(self.tr("Nederlands"), "nl")
        self.doc_lang.addItem(self.tr("Engels"), "en")
        self.doc_lang.setCurrentIndex(1 if session.lang == "en" else 0)
        self.doc_lang.setAccessibleName(self.tr("Taal van het document"))
        caption = QLabel(self.tr("&Taal van het document:"), self.language_row)
        caption.setBuddy(self.doc_lang)
        row.addWidget(caption)
        row.addWidget(self.doc_lang)
        row.addStretch(1)
        layout.addWidget(self.language_row)

        self.bk = QualificationBox(session.language, session.lang, column)
        self.cv_fields = FieldsBox(CV_DEFAULT_FIELDS, column)
        self.evc_fields = FieldsBox(EVC_DEFAULT_FIELDS, column)
        self.claims = SelectionBox(
            self.tr("Competenties"),
            (self.tr("Competentie"), self.tr("Niveau")),
            self.tr("Competenties"),
            column,
        )
        self.proofs = SelectionBox(
            self.tr("Leerbewijzen"),
            (self.tr("Leerbewijs"), self.tr("Soort")),
            self.tr("Leerbewijzen"),
            column,
        )
        cv, evc = CvOptions(), EvcOptions()
        self.cv_extra = QGroupBox(self.tr("Verder in de bijlage"), column)
        cv_extra = QVBoxLayout(self.cv_extra)
        self.include_check = self._extra(
            cv_extra, self.tr("Samenvatting van je laatste check"), cv.include_check
        )
        self.check_hint = QLabel(self.cv_extra)
        self.check_hint.setObjectName("hint")
        self.check_hint.setWordWrap(True)
        cv_extra.addWidget(self.check_hint)
        self.cv_notes = self._extra(cv_extra, self.tr("Mijn eigen &notities"), cv.include_notes)
        self.cv_attachments = self._extra(
            cv_extra, self.tr("Bij&lagen achteraan (scans)"), cv.include_attachments
        )
        self.evc_extra = QGroupBox(self.tr("Verder in het dossier"), column)
        evc_extra = QVBoxLayout(self.evc_extra)
        self.evc_notes = self._extra(evc_extra, self.tr("Mijn eigen &notities"), evc.include_notes)
        self.evc_attachments = self._extra(
            evc_extra, self.tr("Bij&lagen als genummerde bijlagen"), evc.include_attachments
        )

        for box in (self.bk, self.cv_fields, self.evc_fields, self.claims, self.proofs):
            box.changed.connect(self._options_changed)
            layout.addWidget(box)
        for box in (self.cv_fields, self.evc_fields):
            box.edit_requested.connect(lambda: self.session.navigate.emit("settings", None))
        layout.addWidget(self.cv_extra)
        layout.addWidget(self.evc_extra)
        layout.addStretch(1)
        self.doc_lang.currentIndexChanged.connect(self._options_changed)

        scroll = QScrollArea(self)
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.fontMetrics().horizontalAdvance("x") * 40)
        return scroll

    def _extra(self, layout: QVBoxLayout, text: str, checked: bool) -> QCheckBox:
        """A checkbox starting at the core's default for the option it stands for."""
        check = QCheckBox(text, layout.parentWidget())
        check.setChecked(checked)
        check.setAccessibleName(text.replace("&", ""))
        check.toggled.connect(self._options_changed)
        layout.addWidget(check)
        return check

    def _preview_column(self) -> QWidget:
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(heading(self.tr("Voorbeeld"), column, level=2))
        self.preview_status = QLabel(column)
        self.preview_status.setWordWrap(True)
        layout.addWidget(self.preview_status)
        self.preview = PdfPreview(column)
        layout.addWidget(self.preview, 1)
        return column

    # -- reading the portfolio -----------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        portfolio, lang = self.session.portfolio, self.session.lang
        profile = portfolio.profile.get()
        self.cv_fields.load(profile, lang)
        self.evc_fields.load(profile, lang)
        order = {kind: n for n, kind in enumerate(CompetenceKind)}
        claims = sorted(portfolio.claims.list(), key=lambda c: (order[c.kind], c.label.casefold()))
        self.claims.load(
            [Choice(c.id, c.label, c.level_text(lang), label(c.kind, lang)) for c in claims]
        )
        proofs = sorted(portfolio.leerbewijzen.list(), key=lambda p: p.title.casefold())
        self.proofs.load([Choice(p.id, p.title, label(p.kind, lang)) for p in proofs])
        self._load_check()
        self._options_changed(soon=False)

    def _load_check(self) -> None:
        latest = self.session.portfolio.checks.latest()
        self.include_check.setEnabled(latest is not None)
        if latest is None:
            self.check_hint.setText(self.tr("Je hebt nog geen competentiecheck gedaan."))
            return
        self.check_hint.setText(
            self.tr("Check voor %1 van %2")
            .replace("%1", latest.target.label)
            .replace("%2", latest.checked_on.strftime("%d/%m/%Y"))
        )
        targets_bk = latest.target.kind is not TargetKind.BEROEP
        if self.bk.qualification is None and targets_bk:
            self.bk.set_uri(latest.target.uri)

    def show_hint(self, hint: object) -> None:
        """The check page sends ``{"evc": qualification_uri}`` to make that BK's dossier."""
        if isinstance(hint, dict) and isinstance(hint.get("evc"), str):
            self.choice.set_kind(DocKind.EVC)
            self.bk.set_uri(hint["evc"])

    # -- options -------------------------------------------------------------------------

    def kind(self) -> DocKind:
        return self.choice.kind()

    def _lang(self) -> Literal["nl", "en"]:
        return "en" if self.doc_lang.currentData() == "en" else "nl"

    def cv_options(self) -> CvOptions:
        return CvOptions(
            lang=self._lang(),
            fields=self.cv_fields.chosen(),
            claim_ids=self.claims.chosen_ids(),
            leerbewijs_ids=self.proofs.chosen_ids(),
            include_check=self.include_check.isEnabled() and self.include_check.isChecked(),
            include_notes=self.cv_notes.isChecked(),
            include_attachments=self.cv_attachments.isChecked(),
        )

    def evc_options(self) -> EvcOptions:
        return EvcOptions(
            lang=self._lang(),
            fields=self.evc_fields.chosen(),
            include_notes=self.evc_notes.isChecked(),
            include_attachments=self.evc_attachments.isChecked(),
        )

    def resume_options(self) -> ResumeOptions:
        return ResumeOptions(
            lang=self._lang(),
            fields=self.cv_fields.chosen(),
            claim_ids=self.claims.chosen_ids(),
            leerbewijs_ids=self.proofs.chosen_ids(),
        )

    def _kind_changed(self) -> None:
        kind = self.kind()
        for widget, shown in (
            (self.language_row, kind is not DocKind.FULL),
            (self.bk, kind is DocKind.EVC),
            (self.cv_fields, kind in (DocKind.CV, DocKind.RESUME)),
            (self.evc_fields, kind is DocKind.EVC),
            (self.claims, kind in (DocKind.CV, DocKind.RESUME)),
            (self.proofs, kind in (DocKind.CV, DocKind.RESUME)),
            (self.cv_extra, kind is DocKind.CV),
            (self.evc_extra, kind is DocKind.EVC),
        ):
            widget.setVisible(shown)
        self.save_bar.set_pdf(kind in PDF_KINDS)
        self._options_changed(soon=False)

    def _options_changed(self, *_args: object, soon: bool = True) -> None:
        """Whatever changed, the preview on screen is now out of date: no saving until the
        new one is there."""
        self.ready = False
        self.save_bar.save_button.setEnabled(False)
        self.save_bar.clear_saved()
        self.preview_status.setText(self.tr("Het voorbeeld wordt bijgewerkt…"))
        self.timer.start(DEBOUNCE_MS if soon else 0)

    # -- the preview ---------------------------------------------------------------------

    def _render(self) -> None:
        if not self.isVisible() and self._stale:
            return  # refresh() renders when the page is shown
        portfolio, kind = self.session.portfolio, self.kind()
        if kind is DocKind.CV:
            cv = self.cv_options()
            self.renderer.request(lambda: render_cv(portfolio, cv))
        elif kind is DocKind.RESUME:
            resume = self.resume_options()
            self.renderer.request(lambda: render_json_resume(portfolio, resume))
        elif kind is DocKind.EVC and self.bk.qualification is not None:
            evc, qualification = self.evc_options(), self.bk.qualification
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
        profile = self.session.portfolio.profile.get()
        name = profile.full_name
        kind, lang = self.kind(), self._lang()
        if kind is DocKind.EVC and self.bk.qualification is not None:
            bk = self.bk.qualification.label(lang)
            return file_name(self.tr("EVC-dossier %1").replace("%1", bk), name)
        if kind is DocKind.RESUME:
            return file_name("JSON Resume", name)
        if kind is DocKind.FULL:
            return file_name(self.tr("Portfolio volledige kopie"), name)
        return file_name(self.tr("Bijlage bij cv"), name)


def _write(path: Path, data: bytes) -> bool:
    atomic_write(path, data)
    return True
