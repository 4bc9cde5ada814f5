"""Add or edit one competence: search the competence language as you type, or keep free
text (marked "niet in de competentietaal", with concepts suggested to link it to).

The "Bewijs" list ticks every leerbewijs and experience linked to the competence, whichever
side made the link (``domain.links``), and follows the competence when another concept is
picked: a leerbewijs that lists the concept is ticked at once. Saving links what was ticked
and unlinks what was unticked, on both sides, in the same change as the claim itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import CompetenceClaim
from portfolio_app.domain.enums import (
    CEFR_LEVELS,
    LEVEL_LABELS,
    CompetenceKind,
    LevelScale,
    label,
    willen_label,
)
from portfolio_app.domain.links import ItemKind, Links, competence_key, key_for
from portfolio_app.language import ConceptType, SearchHit, concept_kind
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.dates import DateField
from portfolio_app.ui.widgets.sources import SourcesEditor

ID_ROLE = Qt.ItemDataRole.UserRole
ITEM_KINDS: dict[str, ItemKind] = {"lb": "leerbewijs", "ex": "experience"}


class ClaimDialog(FormDialog):
    def __init__(
        self, session: Session, claim: CompetenceClaim | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("ClaimDialog", "Competentie toevoegen")
            if claim is None
            else QCoreApplication.translate("ClaimDialog", "Competentie bewerken")
        )
        super().__init__(title, session.lang, parent)
        self.session = session
        self.original = claim
        self.concept_uri: str | None = claim.concept_uri if claim else None
        lang = session.lang

        # the concepts of the other claims, marked "al in je portfolio" by the search (a set,
        # not a method of the dialog: the search must not hold its dialog alive)
        self._owned: set[str] = set()
        owned = self._owned
        self.search = ConceptSearch(session.language, parent=self, owned=lambda: owned)
        self.search.setPlaceholderText(self.tr("Typ bv. heftruck, samenwerken, Engels…"))
        self.search.picked.connect(self._pick)
        self.search.textEdited.connect(self._typed)
        self.search.popup_hidden.connect(self._show_status)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.suggestions = QHBoxLayout()
        self.notice = QLabel(self)
        self.notice.setObjectName("warningText")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Melding"))
        self.form.addRow(self.notice)
        self.form.setRowVisible(self.notice, False)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.status)
        column.addLayout(self.suggestions)
        self.add_row(self.tr("&Competentie"), box, self.tr("Competentie"))
        self.search.setAccessibleName(self.tr("Zoek een competentie"))
        self.search.setAccessibleDescription(
            self.tr("Typ een deel van de naam en kies uit de lijst, of houd je eigen woorden.")
        )

        self.kind = QComboBox(self)
        for kind in CompetenceKind:
            self.kind.addItem(label(kind, lang), kind)
        self.add_row(
            self.tr("&Soort"),
            self.kind,
            description=self.tr("Vakspecifiek, transversaal, digitaal, taal of kennis."),
        )

        self.scale = QComboBox(self)
        for scale in LevelScale:
            self.scale.addItem(label(scale, lang), scale)
        self.scale.currentIndexChanged.connect(self._fill_levels)
        self.level = QComboBox(self)
        level_box = QWidget(self)
        level_row = QHBoxLayout(level_box)
        level_row.setContentsMargins(0, 0, 0, 0)
        level_row.addWidget(self.scale)
        level_row.addWidget(self.level, 1)
        self.add_row(self.tr("&Niveau"), level_box, self.tr("Niveau"))
        self.scale.setAccessibleName(self.tr("Schaal van het niveau"))
        self.scale.setAccessibleDescription(
            self.tr("Niveau 1 tot 4, een taalniveau (A1 tot C2), of gewoon: heb ik.")
        )
        self.level.setAccessibleName(self.tr("Niveau"))
        self.level.setAccessibleDescription(self.tr("Hoe goed je het kunt, op die schaal."))

        self.willen = QComboBox(self)
        for value in (3, 2, 1):
            self.willen.addItem(willen_label(value, lang), value)
        self.add_row(
            self.tr("&Willen"),
            self.willen,
            self.tr("Wil je dit (nog) doen?"),
            self.tr("De check houdt er rekening mee wat je graag doet."),
        )

        self.last_used = DateField(self, month_only=True, not_after_today=True)
        self.add_row(self.tr("&Laatst gebruikt"), self.last_used)
        self.first_acquired = DateField(self, month_only=True, not_after_today=True)
        self.add_row(self.tr("&Eerst verworven"), self.first_acquired)

        self.sources = SourcesEditor(lang, self)
        self.add_row(self.tr("Vastgesteld &door"), self.sources, self.tr("Vastgesteld door"))

        links = session.portfolio.links.read()
        self._read_links(links, claim)
        self._syncing = False
        self.evidence = QListWidget(self)
        self.evidence.setMinimumHeight(110)
        for proof in links.leerbewijzen.values():
            self._evidence_item(self.tr("Leerbewijs: ") + proof.title, ("lb", proof.id))
        for work in links.experiences.values():
            self._evidence_item(self.tr("Ervaring: ") + work.title, ("ex", work.id))
        if self.evidence.count() == 0:
            self._evidence_item(self.tr("Nog geen leerbewijzen of ervaringen"), None)
        self.evidence.itemChanged.connect(self._evidence_toggled)
        self.add_row(
            self.tr("&Bewijs"),
            self.evidence,
            self.tr("Aangetoond met"),
            self.tr("Vink de leerbewijzen en ervaringen aan die tonen dat je dit kunt."),
        )

        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(90)
        self.add_row(
            self.tr("N&otitie"),
            self.note,
            self.tr("Notitie (alleen voor jezelf)"),
            self.tr("Alleen voor jezelf; komt niet in een export, tenzij je dat aanvinkt."),
        )

        if claim is not None:
            self._load(claim)
        else:
            self._fill_levels()
            self.level.setCurrentIndex(1)
            self.willen.setCurrentIndex(1)
        self._show_status()
        self._sync_evidence()
        self.search.setFocus()

    def _read_links(self, links: Links, claim: CompetenceClaim | None) -> None:
        """What the other claims and the items link; this claim's own links travel with it."""
        self._others = Links(
            [c for c in links.claims if claim is None or c.id != claim.id],
            links.leerbewijzen.values(),
            links.experiences.values(),
        )
        self._own: set[tuple[ItemKind, str]] = set()
        if claim is not None:
            self._own = {("leerbewijs", i) for i in claim.leerbewijs_ids}
            self._own |= {("experience", i) for i in claim.experience_ids}
        self._touched: set[tuple[ItemKind, str]] = set()  # ticked or unticked by the user
        self._owned.clear()
        self._owned.update(c.concept_uri for c in self._others.claims if c.concept_uri)

    def _existing(self, uri: str | None, text: str) -> CompetenceClaim | None:
        """Another claim of the same competence (concept, or free text with case and
        spacing aside), if there is one."""
        key = key_for(uri, text)
        for claim in self._others.claims:
            if competence_key(claim) == key:
                return claim
        return None

    def edit_existing(self, claim: CompetenceClaim) -> None:
        """The competence is in the portfolio already: edit that claim instead of adding a
        second one (the form shows it as it is saved)."""
        self.original = claim
        self.setWindowTitle(QCoreApplication.translate("ClaimDialog", "Competentie bewerken"))
        self.concept_uri = claim.concept_uri
        self._read_links(self.session.portfolio.links.read(), claim)
        self._load(claim)
        self.notice.setText(
            self.tr(
                "‘%1’ staat al in je portfolio. Je past die competentie nu aan, in plaats "
                "van ze een tweede keer toe te voegen."
            ).replace("%1", claim.label)
        )
        self.form.setRowVisible(self.notice, True)
        self._show_status()
        self._sync_evidence()
        self.level.setFocus()

    def _evidence_item(self, text: str, key: tuple[str, str] | None) -> None:
        item = QListWidgetItem(text, self.evidence)
        if key is None:
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, key)

    def _load(self, claim: CompetenceClaim) -> None:
        self.search.setText(claim.label)
        self.kind.setCurrentIndex(self.kind.findData(claim.kind))
        self.scale.setCurrentIndex(self.scale.findData(claim.level_scale))
        self._fill_levels()
        self.level.setCurrentIndex(self.level.findData(claim.level))
        self.willen.setCurrentIndex(self.willen.findData(claim.willen))
        self.last_used.set_value(claim.last_used)
        self.first_acquired.set_value(claim.first_acquired)
        self.sources.set_sources(claim.sources)
        self.note.setPlainText(claim.note)

    # -- the evidence list follows the competence ------------------------------------------

    def _sync_evidence(self) -> None:
        """Tick what is linked to the competence as it stands in the form, except what the
        user ticked or unticked by hand."""
        text = self.search.text().strip()
        linked = set(self._own)
        if text:
            linked |= self._others.items_for(key_for(self.concept_uri, text))
        self._syncing = True
        for row in range(self.evidence.count()):
            item = self.evidence.item(row)
            key = _item_key(item.data(ID_ROLE))
            if key is None or key in self._touched:
                continue
            item.setCheckState(Qt.CheckState.Checked if key in linked else Qt.CheckState.Unchecked)
        self._syncing = False

    def _evidence_toggled(self, item: QListWidgetItem) -> None:
        key = _item_key(item.data(ID_ROLE))
        if key is not None and not self._syncing:
            self._touched.add(key)

    def _scale(self) -> LevelScale:
        """Qt hands enum data back as plain strings; turn it back into the enum."""
        return LevelScale(self.scale.currentData())

    def _fill_levels(self) -> None:
        scale = self._scale()
        previous = self.level.currentData()
        self.level.clear()
        if scale is LevelScale.CEFR:
            for number, name in enumerate(CEFR_LEVELS, start=1):
                self.level.addItem(name, number)
        elif scale is LevelScale.BINAIR:
            self.level.addItem(self.tr("heb ik"), 1)
            self.level.addItem(self.tr("heb ik niet"), 0)
        else:
            for number, (nl, en) in LEVEL_LABELS.items():
                self.level.addItem(en if self.lang == "en" else nl, number)
        found = self.level.findData(previous)
        self.level.setCurrentIndex(max(found, 0))

    # -- linking to the competence language -----------------------------------------------

    def _pick(self, hit: SearchHit) -> None:
        concept = self.session.language.concept(hit.uri)
        if concept is None:
            return
        existing = self._existing(concept.uri, concept.label(self.lang))
        if existing is not None and self._adding():
            self.edit_existing(existing)
            return
        self.concept_uri = concept.uri
        self.search.setText(concept.label(self.lang))
        self.kind.setCurrentIndex(self.kind.findData(concept_kind(concept)))
        wanted = LevelScale.CEFR if concept.type is ConceptType.TAAL else LevelScale.NIVEAU
        if self._scale() not in (wanted, LevelScale.BINAIR):
            self.scale.setCurrentIndex(self.scale.findData(wanted))
        self._show_status()
        self._sync_evidence()

    def _typed(self, _text: str) -> None:
        self.concept_uri = None
        self._show_status()
        self._sync_evidence()

    def _adding(self) -> bool:
        """Still adding (not editing an existing claim, nor switched to one)."""
        return self.original is None

    def _show_status(self) -> None:
        """Say whether the text is in the competence language; the buttons that offer a
        concept wait until the search's list is closed, so the form does not move under it."""
        if self.search.popup_visible():
            self.status.setText(self._status_text())
            return
        while self.suggestions.count():
            item = self.suggestions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.status.setText(self._status_text())
        if self.concept_uri or not self.search.text().strip():
            return
        for hit in self.search.hits[:3]:
            button = QPushButton(self.tr("Koppel aan: %1").replace("%1", hit.label), self)
            button.setFlat(True)
            button.setAccessibleDescription(
                self.tr("Gebruik deze competentie uit de competentietaal in plaats van je tekst.")
            )
            button.clicked.connect(lambda _=False, h=hit: self._pick(h))
            self.suggestions.addWidget(button)

    def _status_text(self) -> str:
        if self.concept_uri:
            return self.tr("✓ In de competentietaal")
        if not self.search.text().strip():
            return self.tr("Kies een competentie uit de lijst, of typ je eigen omschrijving.")
        return self.tr("Niet in de competentietaal: wordt bewaard als vrije tekst.")

    # -- saving ------------------------------------------------------------------------------

    def _save(self) -> None:
        """A name typed in full is taken as picked from the list; adding what the portfolio
        holds already opens that claim instead of saving a second one."""
        hit = self.search.exact_hit() if self.concept_uri is None else None
        if hit is not None:  # typed in full: as good as picked
            adding = self._adding()
            self._pick(hit)
            if adding and not self._adding():
                return  # switched to the claim the portfolio holds
        existing = self._existing(self.concept_uri, self.search.text())
        if existing is not None and self._adding():
            self.edit_existing(existing)
            return
        if existing is not None:  # renamed into another claim: two rows of one competence
            self.problems.setText(
                self.tr(
                    "‘%1’ staat al in je portfolio als een andere competentie. Pas die aan, "
                    "of kies hier een andere naam."
                ).replace("%1", existing.label)
            )
            return
        super()._save()

    def build(self) -> CompetenceClaim:
        checked = {
            key
            for r in range(self.evidence.count())
            if self.evidence.item(r).checkState() == Qt.CheckState.Checked
            and (key := _item_key(self.evidence.item(r).data(ID_ROLE))) is not None
        }
        original = self.original
        data = {
            "concept_uri": self.concept_uri,
            "label": self.search.text(),
            "kind": self.kind.currentData(),
            "level_scale": self.scale.currentData(),
            "level": self.level.currentData(),
            "willen": self.willen.currentData(),
            "sources": self.sources.sources(),
            "last_used": self.last_used.value(),
            "first_acquired": self.first_acquired.value(),
            # the links are saved below, through the one place that writes links
            "leerbewijs_ids": original.leerbewijs_ids if original else [],
            "experience_ids": original.experience_ids if original else [],
            "attachment_ids": original.attachment_ids if original else [],
            "note": self.note.toPlainText(),
        }
        if original is not None:
            data["id"] = original.id
        claim = CompetenceClaim.model_validate(data)
        portfolio = self.session.portfolio
        if original is None:
            description = ("Competentie toegevoegd", "Competence added")
        else:
            description = ("Competentie gewijzigd", "Competence changed")
        with portfolio.change(*description):
            if original is None:
                portfolio.claims.add(claim)
            else:
                portfolio.claims.update(claim)
            linked = portfolio.links.read().items_for(claim)
            portfolio.links.set_claim_items(claim, checked, linked)
        return portfolio.claims.get(claim.id)


def _item_key(data: object) -> tuple[ItemKind, str] | None:
    """("lb", id) on a list item -> ("leerbewijs", id); None for the placeholder line."""
    if not isinstance(data, tuple):
        return None
    kind, item_id = data
    return ITEM_KINDS[kind], item_id
