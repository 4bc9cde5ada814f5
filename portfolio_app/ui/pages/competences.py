"""Competenties: every claim in one sortable, filterable table, with add/edit, delete (undo
with Ctrl+Z) and "Voeg toe uit een beroep"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from portfolio_app.domain.enums import CompetenceKind, label, willen_label
from portfolio_app.texts import counted
from portfolio_app.ui.dialogs.claim_dialog import ClaimDialog
from portfolio_app.ui.dialogs.occupation_dialog import OccupationDialog
from portfolio_app.ui.icons import icon
from portfolio_app.ui.models.claims import ClaimFilter, ClaimsModel
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.columns import NameColumnFitter
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.selection import enable_with_selection


class CompetencesPage(Page):
    watches = frozenset({"claims", "leerbewijzen", "experiences"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Competenties"), parent)
        lang = session.lang
        actions = FlowLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Toevoegen…"), self)
        self.add_button.clicked.connect(self.add)
        self.add_button.setAccessibleDescription(
            self.tr("Een competentie toevoegen: zoek ze op naam (Ctrl+N).")
        )
        self.from_occupation = QPushButton(
            icon("occupation"), self.tr("Voeg toe &uit een beroep…"), self
        )
        self.from_occupation.clicked.connect(lambda: self.add_from_occupation())
        self.from_occupation.setAccessibleDescription(
            self.tr("Kies een beroep en vink aan welke van zijn competenties je hebt.")
        )
        self.edit_button = QPushButton(icon("edit"), self.tr("&Bewerken…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setAccessibleDescription(
            self.tr("De gekozen competentie in de tabel aanpassen (of Enter in de tabel).")
        )
        self.delete_button = QPushButton(icon("delete"), self.tr("&Verwijderen"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setAccessibleDescription(
            self.tr("De gekozen competenties weghalen (of Delete). Ctrl+Z zet ze terug.")
        )
        for button in (self.add_button, self.from_occupation, self.edit_button, self.delete_button):
            actions.addWidget(button)
        self.layout_.addLayout(actions)

        # the search on a line of its own, the filters after it wrap when the window is narrow
        filters = FlowLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in je competenties…"))
        self.search.setAccessibleName(self.tr("Zoek in je competenties"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(
            self.tr("De tabel toont alleen de competenties met deze woorden.")
        )
        self.kind = self._combo(
            self.tr("Soort"),
            [(self.tr("Alle soorten"), None)] + [(label(k, lang), k) for k in CompetenceKind],
        )
        self.level = self._combo(
            self.tr("Niveau"),
            [(self.tr("Elk niveau"), 0)]
            + [(self.tr("vanaf niveau %1").replace("%1", str(n)), n) for n in (2, 3, 4)],
        )
        self.willen = self._combo(
            self.tr("Willen"),
            [(self.tr("Willen: alles"), 0)] + [(willen_label(n, lang), n) for n in (3, 2, 1)],
        )
        self.evidence = self._combo(
            self.tr("Bewijs"),
            [
                (self.tr("Met en zonder bewijs"), None),
                (self.tr("Met bewijs"), True),
                (self.tr("Zonder bewijs"), False),
            ],
        )
        self.stale = QCheckBox(self.tr("Meer dan 3 jaar niet gebruikt"), self)
        self.stale.setAccessibleDescription(
            self.tr("Toon alleen wat je de laatste 3 jaar niet meer deed.")
        )
        self.layout_.addWidget(self.search)
        for widget in (self.kind, self.level, self.willen, self.evidence, self.stale):
            filters.addWidget(widget)
        self.layout_.addLayout(filters)
        self.search.textChanged.connect(self._filter)
        self.stale.toggled.connect(self._filter)

        self.model = ClaimsModel(lang)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tabel met je competenties"))
        self.table.setAccessibleDescription(
            self.tr("Enter past de gekozen competentie aan, Delete haalt ze weg.")
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.columns = NameColumnFitter(self.table)
        self.table.doubleClicked.connect(self._open)
        enable_with_selection(self.table, self.edit_button, self.delete_button)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.layout_.addWidget(self.count)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)

    def show_hint(self, hint: object) -> None:
        """ "stale" filters on competences not used for years; ``{"occupation": uri}`` (from
        a check's result) opens "Voeg toe uit een beroep" on that occupation."""
        if hint == "stale":
            self.stale.setChecked(True)
        elif isinstance(hint, dict) and isinstance(hint.get("occupation"), str):
            self.add_from_occupation(hint["occupation"])

    def _combo(self, name: str, items: Sequence[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setAccessibleDescription(self.tr("Toon alleen de competenties die hierbij passen."))
        for text, value in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._filter)
        return combo

    def refresh(self) -> None:
        super().refresh()
        portfolio = self.session.portfolio
        self.model.load(
            portfolio.claims.list(), portfolio.leerbewijzen.list(), portfolio.experiences.list()
        )
        self._update_count()

    def _filter(self) -> None:
        self.model.set_filter(
            ClaimFilter(
                text=self.search.text(),
                kind=CompetenceKind(self.kind.currentData()) if self.kind.currentData() else None,
                min_level=self.level.currentData(),
                willen=self.willen.currentData(),
                evidence=self.evidence.currentData(),
                stale_only=self.stale.isChecked(),
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count.setText(
                self.tr(
                    "Nog geen competenties. Klik op ‘Toevoegen…’ of ‘Voeg toe uit een beroep…’."
                )
            )
        elif shown == total:
            self.count.setText(self.tr("%n competentie(s)", "", total))
        else:
            self.count.setText(
                self.tr("%1 van %n competentie(s)", "", total).replace("%1", str(shown))
            )

    def add(self) -> None:
        ClaimDialog(self.session, parent=self).exec()

    def add_from_occupation(self, occupation_uri: str | None = None) -> None:
        dialog = OccupationDialog(self.session, parent=self)
        if occupation_uri:
            dialog.show_occupation(occupation_uri)
        dialog.exec()

    def _open(self, index: QModelIndex) -> None:
        ClaimDialog(self.session, self.model.claim_at(index.row()), parent=self).exec()

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        claims = [self.model.claim_at(r) for r in rows]
        if not claims:
            return
        portfolio = self.session.portfolio

        def delete() -> None:
            with portfolio.change(
                counted(len(claims), "competentie", "competenties") + " verwijderd",
                counted(len(claims), "competence", "competences") + " deleted",
            ):
                for claim in claims:
                    portfolio.claims.delete(claim.id)

        self.session.run(self, delete)
