"""The left half of the Exporteren page: every choice for the document, turned into the
core's option objects.

Only the boxes that matter for the chosen document are shown. Each document keeps its own
personal-details choice, because the core's defaults differ (a CV annex shows the headline
and the introduction, an EVC dossier only how to reach the candidate).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.enums import CompetenceKind, TargetKind, label
from portfolio_app.export.embedded import has_digital
from portfolio_app.export.options import (
    COUNSELLOR_DEFAULT_FIELDS,
    CV_DEFAULT_FIELDS,
    EVC_DEFAULT_FIELDS,
    CounsellorOptions,
    CvOptions,
    EvcOptions,
    ResumeOptions,
)
from portfolio_app.language import CompetenceLanguage
from portfolio_app.ui.pages.export_counsellor import CounsellorBox
from portfolio_app.ui.pages.export_options import (
    Choice,
    DocKind,
    DocumentChoice,
    FieldsBox,
    QualificationBox,
    SelectionBox,
)
from portfolio_app.vault import Portfolio


class OptionsPanel(QScrollArea):
    changed = Signal()  # any choice; the preview is out of date
    edit_profile = Signal()

    def __init__(
        self, language: CompetenceLanguage, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.column = QWidget(self)
        layout = QVBoxLayout(self.column)
        layout.setContentsMargins(0, 0, 8, 0)
        self.choice = DocumentChoice(self.column)
        self.choice.changed.connect(self._show_kind)
        layout.addWidget(self.choice)
        layout.addWidget(self._language_box(lang))

        self.bk = QualificationBox(language, lang, self.column)
        self.cv_fields = FieldsBox(CV_DEFAULT_FIELDS, self.column)
        self.evc_fields = FieldsBox(EVC_DEFAULT_FIELDS, self.column)
        self.counsellor_fields = FieldsBox(COUNSELLOR_DEFAULT_FIELDS, self.column)
        self.counsellor = CounsellorBox(self.column)
        self.claims = SelectionBox(
            self.tr("Competenties"),
            (self.tr("Competentie"), self.tr("Niveau")),
            self.tr("Competenties"),
            self.column,
        )
        self.proofs = SelectionBox(
            self.tr("Leerbewijzen"),
            (self.tr("Leerbewijs"), self.tr("Soort")),
            self.tr("Leerbewijzen"),
            self.column,
        )
        self.experiences = SelectionBox(
            self.tr("Ervaringen"),
            (self.tr("Ervaring"), self.tr("Soort")),
            self.tr("Ervaringen"),
            self.column,
        )
        lists = (self.claims, self.proofs, self.experiences)
        boxes = (self.bk, self.cv_fields, self.evc_fields, self.counsellor_fields, *lists)
        for box in (*boxes, self.counsellor):
            box.changed.connect(self.changed)
            layout.addWidget(box)
        for fields in (self.cv_fields, self.evc_fields, self.counsellor_fields):
            fields.edit_requested.connect(self.edit_profile)
        layout.addWidget(self._cv_extra())
        layout.addWidget(self._evc_extra())
        layout.addStretch(1)

        self.setWidget(self.column)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices; they scroll
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.has_credentials = False
        for widget in (self.cv_embed, self.cv_embed_hint, self.evc_embed, self.evc_embed_hint):
            widget.setVisible(False)
        self._show_kind()

    def _language_box(self, lang: str) -> QGroupBox:
        self.language_box = QGroupBox(self.tr("In welke taal?"), self.column)
        row = QHBoxLayout(self.language_box)
        self.doc_lang = QComboBox(self.language_box)
        self.doc_lang.addItem(self.tr("Nederlands"), "nl")
        self.doc_lang.addItem(self.tr("Engels"), "en")
        self.doc_lang.setCurrentIndex(1 if lang == "en" else 0)
        self.doc_lang.setAccessibleName(self.tr("Taal van het document"))
        self.doc_lang.setAccessibleDescription(
            self.tr("Het document in het Nederlands of in het Engels, los van de app.")
        )
        self.doc_lang.currentIndexChanged.connect(lambda _i: self.changed.emit())
        caption = QLabel(self.tr("&Taal:"), self.language_box)
        caption.setBuddy(self.doc_lang)
        row.addWidget(caption)
        row.addWidget(self.doc_lang)
        row.addStretch(1)
        return self.language_box

    def _cv_extra(self) -> QGroupBox:
        defaults = CvOptions()
        self.cv_extra = QGroupBox(self.tr("Verder in de bijlage"), self.column)
        layout = QVBoxLayout(self.cv_extra)
        self.include_check = self._extra(
            layout,
            self.tr("Je laatste competentiec&heck"),
            defaults.include_check,
            self.tr("Het resultaat van je laatste check, met de datum."),
        )
        self.check_hint = QLabel(self.cv_extra)
        self.check_hint.setObjectName("hint")
        self.check_hint.setWordWrap(True)
        layout.addWidget(self.check_hint)
        self.cv_notes = self._extra(
            layout, self.tr("Mijn eigen &notities"), defaults.include_notes, self._notes_hint()
        )
        self.cv_attachments = self._extra(
            layout,
            self.tr("Bij&lagen (scans, attesten)"),
            defaults.include_attachments,
            self._attachments_hint(),
        )
        self.cv_embed, self.cv_embed_hint = self._embed_choice(layout, defaults.embed_credentials)
        return self.cv_extra

    def _evc_extra(self) -> QGroupBox:
        defaults = EvcOptions()
        self.evc_extra = QGroupBox(self.tr("Verder in het dossier"), self.column)
        layout = QVBoxLayout(self.evc_extra)
        self.evc_notes = self._extra(
            layout, self.tr("Mijn eigen &notities"), defaults.include_notes, self._notes_hint()
        )
        self.evc_attachments = self._extra(
            layout,
            self.tr("Bij&lagen (scans, attesten)"),
            defaults.include_attachments,
            self._attachments_hint(),
        )
        self.evc_embed, self.evc_embed_hint = self._embed_choice(layout, defaults.embed_credentials)
        return self.evc_extra

    def _embed_choice(self, layout: QVBoxLayout, checked: bool) -> tuple[QCheckBox, QLabel]:
        """Digital credentials as their original files inside the PDF; only shown when the
        portfolio holds any (see ``load``)."""
        check = self._extra(
            layout, self.tr("Digitale leerbewijzen als origineel bestand insl&uiten"), checked
        )
        hint = QLabel(
            self.tr(
                "Je open badges en Europass-leerbewijzen gaan ongewijzigd mee in de PDF. Een "
                "werkgever of assessor kan ze dan zelf controleren. Ze kunnen je naam of "
                "e-mailadres bevatten."
            ),
            layout.parentWidget(),
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        hint.setIndent(check.iconSize().width() + 8)
        check.setAccessibleDescription(hint.text())
        layout.addWidget(hint)
        return check, hint

    def _notes_hint(self) -> str:
        return self.tr("Wat je als notitie bij je competenties en bewijzen schreef.")

    def _attachments_hint(self) -> str:
        return self.tr("Je scans en attesten komen achteraan in de PDF.")

    def _extra(
        self, layout: QVBoxLayout, text: str, checked: bool, description: str = ""
    ) -> QCheckBox:
        """A checkbox starting at the core's default for the option it stands for."""
        check = QCheckBox(text, layout.parentWidget())
        check.setChecked(checked)
        check.setAccessibleName(text.replace("&", ""))
        check.setAccessibleDescription(description)
        check.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(check)
        return check

    def _show_kind(self) -> None:
        kind = self.kind()
        for widget, shown in (
            (self.language_box, kind is not DocKind.FULL),
            (self.bk, kind is DocKind.EVC),
            (self.cv_fields, kind in (DocKind.CV, DocKind.RESUME)),
            (self.evc_fields, kind is DocKind.EVC),
            (self.counsellor_fields, kind is DocKind.COUNSELLOR),
            (self.counsellor, kind is DocKind.COUNSELLOR),
            (self.claims, kind in (DocKind.CV, DocKind.RESUME)),
            (self.proofs, kind in (DocKind.CV, DocKind.RESUME)),
            (self.experiences, kind in (DocKind.CV, DocKind.RESUME)),
            (self.cv_extra, kind is DocKind.CV),
            (self.evc_extra, kind is DocKind.EVC),
        ):
            widget.setVisible(shown)
        self.changed.emit()

    def needed_width(self) -> int:
        """How wide the panel must be to show its boxes without a sideways scroll bar."""
        bar = self.verticalScrollBar().sizeHint().width()
        return self.column.minimumSizeHint().width() + bar + 2 * self.frameWidth()

    # -- reading the portfolio -----------------------------------------------------------

    def load(self, portfolio: Portfolio, lang: str) -> None:
        profile = portfolio.profile.get()
        self.cv_fields.load(profile, lang)
        self.evc_fields.load(profile, lang)
        self.counsellor_fields.load(profile, lang)
        self.counsellor.load(profile, lang)
        order = {kind: n for n, kind in enumerate(CompetenceKind)}
        claims = sorted(portfolio.claims.list(), key=lambda c: (order[c.kind], c.label.casefold()))
        self.claims.load(
            [Choice(c.id, c.label, c.level_text(lang), label(c.kind, lang)) for c in claims]
        )
        proofs = sorted(portfolio.leerbewijzen.list(), key=lambda p: p.title.casefold())
        self.proofs.load([Choice(p.id, p.title, label(p.kind, lang)) for p in proofs])
        experiences = sorted(portfolio.experiences.list(), key=lambda e: e.start or date.min)
        self.experiences.load(
            [
                Choice(
                    e.id, " – ".join(p for p in (e.role, e.organisation) if p), label(e.kind, lang)
                )
                for e in reversed(experiences)
            ]
        )
        self.has_credentials = has_digital(proofs)
        for widget in (self.cv_embed, self.cv_embed_hint, self.evc_embed, self.evc_embed_hint):
            widget.setVisible(self.has_credentials)
        latest = portfolio.checks.latest()
        self.include_check.setVisible(latest is not None)
        if latest is None:
            self.check_hint.setText(
                self.tr(
                    "Je hebt nog geen competentiecheck gedaan. Doe je er een, dan kan de "
                    "samenvatting hier bij."
                )
            )
            return
        self.check_hint.setText(
            self.tr("Een korte samenvatting van je check voor %1 van %2.")
            .replace("%1", latest.target.label)
            .replace("%2", latest.checked_on.strftime("%d/%m/%Y"))
        )
        # the dossier most likely wanted is the one for the qualification last checked
        if self.bk.qualification is None and latest.target.kind is not TargetKind.BEROEP:
            self.bk.set_uri(latest.target.uri)

    def preselect_evc(self, uri: str) -> None:
        self.choice.set_kind(DocKind.EVC)
        self.bk.set_uri(uri)

    # -- the choices as the core's options -----------------------------------------------

    def kind(self) -> DocKind:
        return self.choice.kind()

    def lang(self) -> Literal["nl", "en"]:
        return "en" if self.doc_lang.currentData() == "en" else "nl"

    def cv_options(self) -> CvOptions:
        return CvOptions(
            lang=self.lang(),
            fields=self.cv_fields.chosen(),
            claim_ids=self.claims.chosen_ids(),
            leerbewijs_ids=self.proofs.chosen_ids(),
            experience_ids=self.experiences.chosen_ids(),
            include_check=self.include_check.isChecked(),
            include_notes=self.cv_notes.isChecked(),
            include_attachments=self.cv_attachments.isChecked(),
            embed_credentials=self.has_credentials and self.cv_embed.isChecked(),
        )

    def evc_options(self) -> EvcOptions:
        return EvcOptions(
            lang=self.lang(),
            fields=self.evc_fields.chosen(),
            include_notes=self.evc_notes.isChecked(),
            include_attachments=self.evc_attachments.isChecked(),
            embed_credentials=self.has_credentials and self.evc_embed.isChecked(),
        )

    def counsellor_options(self) -> CounsellorOptions:
        return CounsellorOptions(
            lang=self.lang(),
            fields=self.counsellor_fields.chosen(),
            include_situation=self.counsellor.include_situation(),
        )

    def resume_options(self) -> ResumeOptions:
        return ResumeOptions(
            lang=self.lang(),
            fields=self.cv_fields.chosen(),
            claim_ids=self.claims.chosen_ids(),
            leerbewijs_ids=self.proofs.chosen_ids(),
            experience_ids=self.experiences.chosen_ids(),
        )
