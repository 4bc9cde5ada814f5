"""Add or edit one leerbewijs, with every field of the model.

The form shows what most people have on paper (title, issuer, dates, level, the competences
it proves, a scan); the rarer fields (qualification, number, verification address, route,
NARIC, exemptions, criteria, evidence) wait under "Meer details", which opens by itself when
one of them holds something. Everything, attachments included, is saved in one change.

"Competenties" lists every competence linked to the leerbewijs, also those a claim links
from its side (``domain.links``); what the user takes away is unlinked on both sides.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import ConceptRef, Leerbewijs
from portfolio_app.domain.enums import LeerbewijsKind, label
from portfolio_app.language import CompetenceLanguage, Qualification, SearchHit
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.dialogs.leerbewijs_details import LeerbewijsDetails
from portfolio_app.ui.models.leerbewijzen import WARN, validity_text
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.attachments import AttachmentsEditor, FileDrops
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.dates import DateField
from portfolio_app.ui.widgets.text import paragraph

REF_ROLE = Qt.ItemDataRole.UserRole


class CompetenceList(QWidget):
    """The competences a leerbewijs proves: search to add, select and remove."""

    def __init__(
        self,
        language: CompetenceLanguage,
        lang: str,
        parent: QWidget | None = None,
        owned: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.lang = lang
        self.search = ConceptSearch(language, parent=self, owned=lambda: owned)
        self.search.setPlaceholderText(self.tr("Typ bv. heftruck, klantgericht, Excel…"))
        self.search.setAccessibleName(self.tr("Zoek een competentie om toe te voegen"))
        self.search.setAccessibleDescription(
            self.tr("Typ een deel van de naam en kies uit de lijst die verschijnt.")
        )
        self.search.picked.connect(self._picked)
        self.add_button = QPushButton(self.tr("To&evoegen"), self)
        self.add_button.setAccessibleName(self.tr("Voeg de getypte competentie toe"))
        self.add_button.setAccessibleDescription(
            self.tr("Zet wat je typte in de lijst, ook als het niet gevonden werd.")
        )
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget(self)
        self.list.setObjectName("formList")
        self.list.setAccessibleName(self.tr("Competenties die dit leerbewijs aantoont"))
        self.list.setAccessibleDescription(self.tr("Delete haalt de gekozen competentie weg."))
        # four lines, then it scrolls
        self.list.setFixedHeight((self.fontMetrics().height() + 10) * 4)
        self.remove_button = QPushButton(self.tr("Competentie we&ghalen"), self)
        self.remove_button.setAccessibleName(self.tr("Haal de gekozen competentie weg"))
        self.remove_button.setAccessibleDescription(
            self.tr("Het leerbewijs toont deze competentie dan niet meer aan.")
        )
        self.remove_button.clicked.connect(self.remove_current)
        self.remove_button.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.search)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def refs(self) -> list[ConceptRef]:
        return [self.list.item(row).data(REF_ROLE) for row in range(self.list.count())]

    def set_refs(self, refs: list[ConceptRef]) -> None:
        self.list.clear()
        for ref in refs:
            self.add_ref(ref)

    def add_ref(self, ref: ConceptRef) -> None:
        """Add once: the same concept (or the same free text) is not listed twice."""
        for existing in self.refs():
            same_uri = ref.uri is not None and existing.uri == ref.uri
            if same_uri or (ref.uri is None and existing.label.casefold() == ref.label.casefold()):
                return
        text = ref.label if ref.uri else self.tr("%1 (eigen omschrijving)").replace("%1", ref.label)
        item = QListWidgetItem(text, self.list)
        item.setData(REF_ROLE, ref)

    def _picked(self, hit: SearchHit) -> None:
        self.add_ref(self.search.ref_for(hit, self.lang))
        # the completer writes its text into the field after this signal: clear afterwards
        QTimer.singleShot(0, self.search, self.search.clear)

    def add_typed(self) -> None:
        """Enter or the button: the hit with exactly this name, else the text as it is."""
        ref = self.search.typed_ref(self.lang)
        if ref is not None:
            self.add_ref(ref)
            self.search.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


class LeerbewijsDialog(FormDialog):
    def __init__(
        self,
        session: Session,
        proof: Leerbewijs | None = None,
        files: list[Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("LeerbewijsDialog", "Leerbewijs toevoegen")
            if proof is None
            else QCoreApplication.translate("LeerbewijsDialog", "Leerbewijs bewerken")
        )
        super().__init__(title, session.lang, parent)
        self.session = session
        self.original = proof
        lang = session.lang
        self.form.addRow(
            paragraph(
                self.tr(
                    "Een leerbewijs is een diploma, certificaat, attest of badge. "
                    "Alleen de titel is verplicht."
                ),
                self,
            )
        )
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(
            self.tr("bv. Attest heftruckchauffeur, Diploma secundair onderwijs")
        )
        self.add_row(self.tr("&Titel"), self.title)
        self.kind = QComboBox(self)
        for kind in LeerbewijsKind:
            self.kind.addItem(label(kind, lang), kind)
        self.kind.setCurrentIndex(self.kind.findData(Leerbewijs.model_fields["kind"].default))
        self.add_row(
            self.tr("&Soort"),
            self.kind,
            description=self.tr("Diploma, getuigschrift, certificaat, attest, badge, …"),
        )
        self.issuer = QLineEdit(self)
        self.issuer.setPlaceholderText(self.tr("school, opleider of organisatie"))
        self.add_row(self.tr("Uitgereikt &door"), self.issuer)
        self.issued = DateField(self, not_after_today=True)
        self.add_row(self.tr("Uitgereikt &op"), self.issued, self.tr("Datum van uitreiking"))
        self.expires = DateField(self, open_end=self.tr("verloopt niet"), ahead=True)
        self.expires.changed.connect(self._show_validity)
        self.validity = paragraph("", self)
        self.validity.setObjectName("warningText")
        expiry = QWidget(self)
        expiry_column = QVBoxLayout(expiry)
        expiry_column.setContentsMargins(0, 0, 0, 0)
        expiry_column.addWidget(self.expires)
        expiry_column.addWidget(self.validity)
        self.add_row(self.tr("&Geldig tot"), expiry, self.tr("Geldig tot"))
        self.expires.setAccessibleName(self.tr("Geldig tot (leeg als het niet verloopt)"))
        self.vks = QComboBox(self)
        self.vks.addItem(self.tr("weet ik niet / niet van toepassing"), None)
        for level in range(1, 9):
            self.vks.addItem(self.tr("niveau %1").replace("%1", str(level)), level)
        self.vks.setToolTip(
            self.tr("Het niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF)")
        )
        self.add_row(
            self.tr("&VKS-niveau"),
            self.vks,
            self.tr("VKS-niveau (1 tot 8)"),
            self.tr("Het niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF)"),
        )
        self.attachments = AttachmentsEditor(session, self)
        self.add_row(self.tr("&Bijlagen"), self.attachments, self.tr("Bijlagen"))
        self.attachments.list.setAccessibleName(self.tr("Bijlagen (scans, foto's, PDF's)"))
        owned = frozenset(c.concept_uri for c in session.portfolio.claims.list() if c.concept_uri)
        self.competences = CompetenceList(session.language, lang, self, owned)
        self.add_row(self.tr("&Competenties"), self.competences, self.tr("Competenties"))
        self.description = QPlainTextEdit(self)
        self.description.setMaximumHeight(self.fontMetrics().height() * 5)
        self.add_row(
            self.tr("Beschr&ijving"),
            self.description,
            description=self.tr("Wat je leerde of deed om dit te halen, in je eigen woorden."),
        )
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        self.add_row(
            self.tr("&Notitie"),
            self.note,
            self.tr("Notitie (alleen voor jezelf)"),
            self.tr("Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt."),
        )
        self.details = LeerbewijsDetails(session, self.form, self)
        self.details.qualification_picked.connect(self._qualification_picked)
        FileDrops(self, self.attachments.add_paths)
        for box in self.findChildren(QPlainTextEdit):  # a text box would paste the file's path
            FileDrops(box.viewport(), self.attachments.add_paths)

        if proof is not None:
            self._load(proof)
        else:
            self.attachments.set_attachments([])
        if files:
            self.attachments.add_paths(files)
        self._show_validity()
        room = self.screen().availableGeometry()
        wide = max(760, self.fontMetrics().averageCharWidth() * 95)  # grows with the font
        self.resize(min(wide, room.width() * 95 // 100), min(900, room.height() * 9 // 10))
        self.title.setFocus()

    def _load(self, proof: Leerbewijs) -> None:
        self.title.setText(proof.title)
        self.kind.setCurrentIndex(self.kind.findData(proof.kind))
        self.issuer.setText(proof.issuer)
        self.issued.set_value(proof.issued)
        self.expires.set_value(proof.expires)
        self.vks.setCurrentIndex(max(self.vks.findData(proof.vks_level), 0))
        self.description.setPlainText(proof.description)
        linked = self.session.portfolio.links.read().competences_of_leerbewijs(proof.id)
        self.competences.set_refs([c.ref for c in linked])
        self.attachments.set_attachments(proof.attachment_ids)
        self.note.setPlainText(proof.note)
        self.details.load(proof)

    def _qualification_picked(self, qualification: Qualification) -> None:
        """Fill in what the qualification says, without overwriting what the user typed."""
        if not self.title.text().strip():
            self.title.setText(qualification.label(self.lang))
        if self.vks.currentData() is None:
            self.vks.setCurrentIndex(self.vks.findData(qualification.vks_level))

    def _show_validity(self) -> None:
        # the domain's own rule decides, so the form and the list never disagree
        probe = Leerbewijs(title="-", expires=self.expires.peek())
        validity = probe.validity(date.today())
        self.validity.setText(self.tr("⚠ %1").replace("%1", validity_text(probe, validity)))
        self.validity.setVisible(validity in WARN)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter in a search field or a list does that field's job; only elsewhere does it
        save the form (a half-filled form must not close because a competence was added)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus is self.competences.search:
                self.competences.add_typed()
                return
            if focus in (self.attachments.list, self.competences.list, self.details.qualification):
                return  # the list opened its item already; the search has its own list
        super().keyPressEvent(event)

    # -- saving ------------------------------------------------------------------------------

    def _save(self) -> None:
        if self.attempt(self.build):
            self.accept()
        elif self.details.has_content() and not self.details.expanded:
            self.details.expand(True)  # a problem may sit in a field that was folded away

    def build(self) -> Leerbewijs:
        original = self.original
        data = original.model_dump() if original is not None else {}
        data.update(
            {
                "kind": self.kind.currentData(),
                "title": self.title.text(),
                "issuer": self.issuer.text().strip(),
                "issued": self.issued.value(),
                "expires": self.expires.value(),
                "vks_level": self.vks.currentData(),
                "description": self.description.toPlainText().strip(),
                # the links are saved below, through the one place that writes links
                "competences": original.competences if original is not None else [],
                "attachment_ids": self.attachments.attachment_ids(),
                "note": self.note.toPlainText().strip(),
                **self.details.values(),
            }
        )
        proof = Leerbewijs.model_validate(data)
        portfolio = self.session.portfolio
        if original is None:
            description = ("Leerbewijs toegevoegd", "Proof of learning added")
        else:
            description = ("Leerbewijs gewijzigd", "Proof of learning changed")
        with portfolio.change(*description):
            if original is None:
                portfolio.leerbewijzen.add(proof)
            else:
                portfolio.leerbewijzen.update(proof)
            self.attachments.store(portfolio, (portfolio.leerbewijzen.table, proof.id))
            portfolio.links.set_item_competences("leerbewijs", proof.id, self.competences.refs())
        return portfolio.leerbewijzen.get(proof.id)
