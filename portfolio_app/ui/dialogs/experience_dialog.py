"""Add or edit one experience, and say which competences it used.

While the user describes what they did, the competence language suggests competences (with
the words it recognised, so a suggestion explains itself); ticking one keeps it. On save the
ticked competences may also become claims that cite this experience: an existing claim for the
same competence gets the link instead of a twin. All of it is one change, so one Ctrl+Z.

The list ticks every competence linked to the experience, also those a claim links from its
side (``domain.links``); unticking one unlinks it on both sides.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience
from portfolio_app.domain.enums import ExperienceKind, LevelScale, label
from portfolio_app.domain.links import competence_key
from portfolio_app.language import ConceptType, SearchHit, concept_kind
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.attachments import AttachmentsEditor, FileDrops
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.dates import DateField
from portfolio_app.ui.widgets.text import heading, paragraph

REF_ROLE = Qt.ItemDataRole.UserRole
SUGGEST_DELAY_MS = 400
SUGGEST_LIMIT = 8


def _same(a: ConceptRef, b: ConceptRef) -> bool:
    return competence_key(a) == competence_key(b)


class CompetenceChecklist(QWidget):
    """Suggestions to tick, plus a search for the ones the language did not think of."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._text = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SUGGEST_DELAY_MS)
        self.timer.timeout.connect(self.update_suggestions)
        self.list = QListWidget(self)
        self.list.setObjectName("formList")
        self.list.setAccessibleName(self.tr("Voorgestelde competenties; vink aan wat klopt"))
        self.list.setAccessibleDescription(
            self.tr("Gevonden in wat je schreef. Spatie vinkt de gekozen competentie aan of af.")
        )
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tick = self.fontMetrics().height() * 7 // 10  # check boxes grow with the font
        self.list.setStyleSheet(f"QListWidget::indicator {{ width: {tick}px; height: {tick}px; }}")
        line = self.fontMetrics().height() + 10
        self.list.setMinimumHeight(line * 4)
        self.list.setMaximumHeight(line * 9)
        self.empty = paragraph(
            self.tr("Schrijf hierboven wat je deed: dan stelt de app competenties voor."), self
        )
        self.empty.setObjectName("hint")
        owned = frozenset(c.concept_uri for c in session.portfolio.claims.list() if c.concept_uri)
        self.search = ConceptSearch(session.language, parent=self, owned=lambda: owned)
        self.search.setPlaceholderText(self.tr("Zoek nog een andere competentie…"))
        self.search.setAccessibleName(self.tr("Zoek nog een andere competentie"))
        self.search.setAccessibleDescription(
            self.tr("Typ een deel van de naam en kies uit de lijst die verschijnt.")
        )
        self.search.picked.connect(self._picked)
        add = QPushButton(self.tr("To&evoegen"), self)
        add.setAccessibleName(self.tr("Voeg de getypte competentie toe"))
        add.setAccessibleDescription(
            self.tr("Zet wat je typte aangevinkt in de lijst, ook als het niet gevonden werd.")
        )
        add.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(row)

    def text_changed(self, text: str) -> None:
        """Suggest again once the typing pauses, not at every key."""
        self._text = text
        self.timer.start()

    def update_suggestions(self) -> None:
        """Replace the unticked suggestions; what is ticked stays where it is."""
        self.timer.stop()
        for row in reversed(range(self.list.count())):
            if self.list.item(row).checkState() != Qt.CheckState.Checked:
                self.list.takeItem(row)
        found = (
            self.session.language.suggest(self._text, SUGGEST_LIMIT) if self._text.strip() else []
        )
        lang = self.session.lang
        for suggestion in found:
            ref = ConceptRef(uri=suggestion.concept.uri, label=suggestion.concept.label(lang))
            words = ", ".join(suggestion.matched_words)
            self.add_ref(ref, checked=False, words=words)
        self.empty.setVisible(self.list.count() == 0)

    def add_ref(self, ref: ConceptRef, checked: bool, words: str = "") -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if _same(item.data(REF_ROLE), ref):
                if checked:
                    item.setCheckState(Qt.CheckState.Checked)
                return
        text = ref.label if ref.uri else self.tr("%1 (eigen omschrijving)").replace("%1", ref.label)
        if words:
            text = self.tr("%1   — herkend in: %2").replace("%1", text).replace("%2", words)
        item = QListWidgetItem(text, self.list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(REF_ROLE, ref)
        self.empty.setVisible(False)

    def toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_refs(self, refs: list[ConceptRef]) -> None:
        self.list.clear()
        for ref in refs:
            self.add_ref(ref, checked=True)

    def checked_refs(self) -> list[ConceptRef]:
        return [
            self.list.item(row).data(REF_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _picked(self, hit: SearchHit) -> None:
        self.add_ref(self.search.ref_for(hit, self.session.lang), checked=True)
        # the completer writes its text into the field after this signal: clear afterwards
        QTimer.singleShot(0, self.search, self.search.clear)

    def add_typed(self) -> None:
        ref = self.search.typed_ref(self.session.lang)
        if ref is not None:
            self.add_ref(ref, checked=True)
            self.search.clear()


class ExperienceDialog(FormDialog):
    def __init__(
        self, session: Session, experience: Experience | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("ExperienceDialog", "Ervaring toevoegen")
            if experience is None
            else QCoreApplication.translate("ExperienceDialog", "Ervaring bewerken")
        )
        super().__init__(title, session.lang, parent)
        self.session = session
        self.original = experience
        self.shown: list[ConceptRef] = []  # the linked competences when the form opened
        self.form.addRow(
            paragraph(
                self.tr(
                    "Werk, een opleiding, een stage, vrijwilligerswerk of iets wat je thuis "
                    "of in je vrije tijd deed. Vul minstens een functie of een organisatie in."
                ),
                self,
            )
        )
        self.kind = QComboBox(self)
        for kind in ExperienceKind:
            self.kind.addItem(label(kind, session.lang), kind)
        self.add_row(
            self.tr("&Soort"),
            self.kind,
            description=self.tr("Werk, opleiding, stage, vrijwilligerswerk of iets anders."),
        )
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("bv. magazijnier, leiding in de jeugdbeweging"))
        self.add_row(self.tr("&Functie of rol"), self.role)
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("bv. de naam van het bedrijf of de school"))
        self.add_row(self.tr("&Organisatie"), self.organisation)
        self.start = DateField(self, month_only=True, not_after_today=True)
        self.add_row(self.tr("&Van"), self.start, self.tr("Begonnen in (maand en jaar)"))
        self.end = DateField(self, month_only=True, open_end=self.tr("loopt nog"))
        self.add_row(self.tr("&Tot"), self.end, self.tr("Gestopt in (leeg als het nog loopt)"))
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(
            self.tr("Vertel in je eigen woorden wat je deed, bv.: Ik laadde vrachtwagens.")
        )
        self.description.setMinimumHeight(self.fontMetrics().height() * 4)
        self.description.setMaximumHeight(self.fontMetrics().height() * 7)
        self.add_row(self.tr("Wat &deed je?"), self.description, self.tr("Wat deed je?"))

        self.form.addRow(heading(self.tr("Welke competenties gebruikte je hier?"), self, level=2))
        self.form.addRow(
            paragraph(
                self.tr(
                    "Vink aan wat klopt. De voorstellen komen uit wat je hierboven schreef; "
                    "staat er iets niet bij, zoek het dan onder de lijst."
                ),
                self,
            )
        )
        self.checklist = CompetenceChecklist(session, self)
        self.form.addRow(self.checklist)
        self.description.textChanged.connect(
            lambda: self.checklist.text_changed(self.description.toPlainText())
        )
        self.add_claims = QCheckBox(self.tr("Voeg ze ook toe aan mijn &competenties"), self)
        self.add_claims.setChecked(True)
        tick = self.fontMetrics().height() * 7 // 10
        self.add_claims.setStyleSheet(
            f"QCheckBox::indicator {{ width: {tick}px; height: {tick}px; }}"
        )
        self.add_claims.setAccessibleName(
            self.tr("Voeg de aangevinkte competenties ook toe aan mijn competenties")
        )
        self.add_claims.setAccessibleDescription(
            self.tr("Competenties die al in je lijst staan, krijgen deze ervaring als bewijs.")
        )
        self.add_claims.setToolTip(
            self.tr(
                "Competenties die al in je lijst staan, krijgen deze ervaring als bewijs erbij."
            )
        )
        self.form.addRow(self.add_claims)

        self.attachments = AttachmentsEditor(session, self)
        self.add_row(self.tr("&Bijlagen"), self.attachments, self.tr("Bijlagen"))
        self.attachments.list.setAccessibleName(
            self.tr("Bijlagen (bv. een attest van de werkgever)")
        )
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(self.fontMetrics().height() * 4)
        self.add_row(
            self.tr("&Notitie"),
            self.note,
            self.tr("Notitie (alleen voor jezelf)"),
            self.tr("Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt."),
        )
        FileDrops(self, self.attachments.add_paths)
        for box in self.findChildren(QPlainTextEdit):  # a text box would paste the file's path
            FileDrops(box.viewport(), self.attachments.add_paths)
        if experience is not None:
            self._load(experience)
        else:
            self.attachments.set_attachments([])
        self.checklist.update_suggestions()
        room = self.screen().availableGeometry()
        wide = max(760, self.fontMetrics().averageCharWidth() * 95)  # grows with the font
        self.resize(min(wide, room.width() * 95 // 100), min(900, room.height() * 9 // 10))
        self.role.setFocus()

    def _load(self, work: Experience) -> None:
        self.kind.setCurrentIndex(self.kind.findData(work.kind))
        self.role.setText(work.role)
        self.organisation.setText(work.organisation)
        self.start.set_value(work.start)
        self.end.set_value(work.end)
        linked = self.session.portfolio.links.read().competences_of_experience(work.id)
        self.shown = [c.ref for c in linked]
        self.checklist.set_refs(self.shown)
        self.description.setPlainText(work.description)  # after the ticks: they stay on top
        self.attachments.set_attachments(work.attachment_ids)
        self.note.setPlainText(work.note)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Enter in the search adds, on a suggestion ticks it; only elsewhere does it save
        (a half-filled form must not close because a competence was added)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus is self.checklist.search:
                self.checklist.add_typed()
                return
            if focus is self.checklist.list:
                self.checklist.toggle_current()
                return
            if focus is self.attachments.list:
                return  # the list opened the attachment already
        super().keyPressEvent(event)

    # -- saving ------------------------------------------------------------------------------

    def build(self) -> Experience:
        original = self.original
        data = original.model_dump() if original is not None else {}
        refs = self.checklist.checked_refs()
        data.update(
            {
                "kind": self.kind.currentData(),
                "role": self.role.text().strip(),
                "organisation": self.organisation.text().strip(),
                "start": self.start.value(),
                "end": self.end.value(),
                "description": self.description.toPlainText().strip(),
                # the links are saved below, through the one place that writes links
                "competences": original.competences if original is not None else [],
                "attachment_ids": self.attachments.attachment_ids(),
                "note": self.note.toPlainText().strip(),
            }
        )
        work = Experience.model_validate(data)
        portfolio = self.session.portfolio
        new_refs = [r for r in refs if not any(_same(r, h) for h in self.shown)]
        to_claim = new_refs if self.add_claims.isChecked() else []
        with portfolio.change(*_describe(original is None, len(to_claim))):
            if original is None:
                portfolio.experiences.add(work)
            else:
                portfolio.experiences.update(work)
            self.attachments.store(portfolio, (portfolio.experiences.table, work.id))
            # an existing claim of a ticked competence gets the link here, on both sides
            portfolio.links.set_item_competences("experience", work.id, refs)
            self._add_claims(work, to_claim)
        return portfolio.experiences.get(work.id)

    def _add_claims(self, work: Experience, refs: list[ConceptRef]) -> None:
        """A claim for each newly ticked competence that has none. Only newly ticked ones:
        editing an experience must not bring back a claim the user deleted on purpose."""
        links = self.session.portfolio.links.read()
        for ref in refs:
            if not links.claims_of(ref):
                self.session.portfolio.claims.add(self._new_claim(work, ref))

    def _new_claim(self, work: Experience, ref: ConceptRef) -> CompetenceClaim:
        data: dict[str, object] = {
            "concept_uri": ref.uri,
            "label": ref.label,
            "experience_ids": [work.id],
            "last_used": min(work.end or date.today(), date.today()),
        }
        concept = self.session.language.concept(ref.uri) if ref.uri else None
        if concept is not None:
            data["kind"] = concept_kind(concept)
            if concept.type is ConceptType.TAAL:
                data.update(level_scale=LevelScale.CEFR, level=3)  # B1, "zelfstandig"
        return CompetenceClaim.model_validate(data)


def _describe(added: bool, competences: int) -> tuple[str, str]:
    """What the undo button and the status line say: the competences are named because one
    Ctrl+Z takes them away together with the experience."""
    nl = "Ervaring toegevoegd" if added else "Ervaring gewijzigd"
    en = "Experience added" if added else "Experience changed"
    if competences == 1:
        return f"{nl}, met 1 competentie", f"{en}, with 1 competence"
    if competences > 1:
        return f"{nl}, met {competences} competenties", f"{en}, with {competences} competences"
    return nl, en
