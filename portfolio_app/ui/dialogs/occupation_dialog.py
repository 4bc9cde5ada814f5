""" "Voeg toe uit een beroep": pick an occupation and tick which of its competences you have.
Faster than adding them one by one, and it teaches the words the competence language uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import CompetenceClaim
from portfolio_app.domain.enums import LEVEL_LABELS, LevelScale, willen_label
from portfolio_app.language import ConceptType, Occupation, SearchHit, concept_kind
from portfolio_app.texts import counted
from portfolio_app.ui.dialogs.guarded import GuardedDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch

URI_ROLE = Qt.ItemDataRole.UserRole


class OccupationDialog(GuardedDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Voeg toe uit een beroep"))
        self.occupation: Occupation | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Welk beroep deed je (of ken je)?"), self))
        self.search = ConceptSearch(session.language, kinds=("occupation",), parent=self)
        self.search.setPlaceholderText(self.tr("Typ bv. kok, heftruckchauffeur, verpleegkundige…"))
        self.search.setAccessibleName(self.tr("Zoek een beroep"))
        self.search.setAccessibleDescription(
            self.tr("Typ een deel van de naam en kies het beroep uit de lijst die verschijnt.")
        )
        self.search.picked.connect(self._pick)
        layout.addWidget(self.search)
        self.intro = QLabel(self.tr("Vink aan wat je kunt. ★ = belangrijk voor dit beroep."), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Competenties van het beroep"))
        self.list.setAccessibleDescription(
            self.tr("Spatie vinkt aan of af. Een ster staat voor: belangrijk voor dit beroep.")
        )
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.level = QComboBox(self)
        for number, (nl, en) in LEVEL_LABELS.items():
            self.level.addItem(en if session.lang == "en" else nl, number)
        self.level.setCurrentIndex(1)
        self.willen = QComboBox(self)
        for value in (3, 2, 1):
            self.willen.addItem(willen_label(value, session.lang), value)
        self.willen.setCurrentIndex(1)
        self.level.setAccessibleName(self.tr("Niveau voor wat je aanvinkt"))
        self.level.setAccessibleDescription(
            self.tr("Alles wat je aanvinkt, krijgt dit niveau; je past het later aan.")
        )
        self.willen.setAccessibleName(self.tr("Willen"))
        self.willen.setAccessibleDescription(
            self.tr("Of je dit graag (nog) doet; geldt voor alles wat je aanvinkt.")
        )
        form.addRow(self.tr("&Niveau voor wat je aanvinkt"), self.level)
        form.addRow(self.tr("&Willen"), self.willen)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("Toevoegen"))
        add.setAccessibleDescription(
            self.tr("Voegt de aangevinkte competenties toe aan je portfolio.")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit het venster zonder iets toe te voegen."))
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.cancel)
        layout.addWidget(self.buttons)
        self.resize(560, 600)

    def _pick(self, hit: SearchHit) -> None:
        self.show_occupation(hit.uri)

    def show_occupation(self, uri: str) -> None:
        """List the competences of the occupation with this URI to tick."""
        occupation = self.session.language.occupation(uri)
        if occupation is None:
            return
        self.search.setText(occupation.label(self.session.lang))
        self.occupation = occupation
        self.list.clear()
        have = {c.concept_uri for c in self.session.portfolio.claims.list() if c.concept_uri}
        concepts = self.session.language.concepts([*occupation.essential, *occupation.optional])
        for uri in (*occupation.essential, *occupation.optional):
            concept = concepts.get(uri)
            if concept is None:
                continue
            text = concept.label(self.session.lang)
            if marker := concept.marker(self.session.lang):
                text += f"  [{marker}]"  # no Dutch name yet: ESCO's English one, marked
            if uri in occupation.essential:
                text = "★ " + text
            item = QListWidgetItem(text, self.list)
            item.setData(URI_ROLE, uri)
            if uri in have:
                item.setText(text + "  " + self.tr("(al in je portfolio)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

    def checked_uris(self) -> list[str]:
        return [
            self.list.item(r).data(URI_ROLE)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def is_changed(self) -> bool:
        """Only ticks are worth asking about; a searched occupation is found again."""
        return bool(self.checked_uris())

    def save_and_close(self) -> None:
        self._add()

    def _add(self) -> None:
        uris = self.checked_uris()
        if not uris:
            self.reject()
            return
        concepts = self.session.language.concepts(uris)
        claims = []
        for uri in uris:
            concept = concepts[uri]
            is_language = concept.type is ConceptType.TAAL
            claims.append(
                CompetenceClaim(
                    concept_uri=uri,
                    label=concept.label(self.session.lang),
                    kind=concept_kind(concept),
                    level_scale=LevelScale.CEFR if is_language else LevelScale.NIVEAU,
                    level=3 if is_language else self.level.currentData(),
                    willen=self.willen.currentData(),
                )
            )
        portfolio = self.session.portfolio
        name = self.occupation.label(self.session.lang) if self.occupation else ""

        def add() -> None:
            with portfolio.change(
                counted(len(claims), "competentie", "competenties") + f" toegevoegd uit {name}",
                counted(len(claims), "competence", "competences") + f" added from {name}",
            ):
                portfolio.claims.add_many(claims)

        self.session.run(self, add)
        self.accept()
