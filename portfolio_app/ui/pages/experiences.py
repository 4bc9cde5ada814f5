"""Ervaringen: work, education, internships, volunteering and informal experience in one table,
most recent first, with add/edit (and the competences each one used) and delete (undo with
Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from portfolio_app.domain import Experience
from portfolio_app.domain.enums import ExperienceKind, label
from portfolio_app.ui.dialogs.experience_dialog import ExperienceDialog
from portfolio_app.ui.icons import icon
from portfolio_app.ui.models.experiences import ExperienceFilter, ExperiencesModel
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.columns import NameColumnFitter
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.selection import enable_with_selection


class ExperiencesPage(Page):
    watches = frozenset({"experiences", "attachments", "claims"})  # claims hold links too

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Ervaringen"), parent)
        actions = FlowLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Toevoegen…"), self)
        self.add_button.setAccessibleName(self.tr("Ervaring toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setAccessibleDescription(
            self.tr("Werk, een opleiding, een stage of vrijwilligerswerk toevoegen (Ctrl+N).")
        )
        self.edit_button = QPushButton(icon("edit"), self.tr("&Bewerken…"), self)
        self.edit_button.setAccessibleName(self.tr("Gekozen ervaring bewerken"))
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setAccessibleDescription(
            self.tr("De gekozen ervaring in de tabel aanpassen (of Enter in de tabel).")
        )
        self.delete_button = QPushButton(icon("delete"), self.tr("&Verwijderen"), self)
        self.delete_button.setAccessibleName(self.tr("Gekozen ervaringen verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setAccessibleDescription(
            self.tr("De gekozen ervaringen weghalen (of Delete). Ctrl+Z zet ze terug.")
        )
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        self.layout_.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in je ervaringen…"))
        self.search.setAccessibleName(self.tr("Zoek in je ervaringen"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(
            self.tr("De tabel toont alleen de ervaringen met deze woorden.")
        )
        self.search.textChanged.connect(self._filter)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort ervaring"))
        self.kind.setAccessibleDescription(self.tr("Toon alleen ervaringen van deze soort."))
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in ExperienceKind:
            self.kind.addItem(label(kind, session.lang), kind)
        self.kind.currentIndexChanged.connect(self._filter)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        self.layout_.addLayout(filters)

        self.model = ExperiencesModel(session.lang)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tabel met je ervaringen"))
        self.table.setAccessibleDescription(
            self.tr("Enter past de gekozen ervaring aan, Delete haalt ze weg.")
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ExperiencesModel.PERIOD_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.columns = NameColumnFitter(
            self.table, min_chars=30, name_column=ExperiencesModel.TITLE_COLUMN
        )
        self.table.doubleClicked.connect(self._open)
        enable_with_selection(self.table, self.edit_button, self.delete_button)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.count.setWordWrap(True)
        self.layout_.addWidget(self.count)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)

    def refresh(self) -> None:
        super().refresh()
        links = self.session.portfolio.links.read()
        self.model.load(list(links.experiences.values()), links)
        self._update_count()

    def _filter(self) -> None:
        kind = self.kind.currentData()  # a combo hands an enum back as a plain str
        self.model.set_filter(
            ExperienceFilter(text=self.search.text(), kind=ExperienceKind(kind) if kind else None)
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count.setText(
                self.tr(
                    "Nog geen ervaringen. Klik op ‘Toevoegen…’ en vertel wat je deed: "
                    "op het werk, op school, als vrijwilliger of thuis."
                )
            )
        elif shown == total:
            self.count.setText(self.tr("Aantal ervaringen: %n", "", total))
        else:
            text = self.tr("%1 van %n ervaring(en)", "", total)
            self.count.setText(text.replace("%1", str(shown)))

    def add(self) -> None:
        self._run_dialog(ExperienceDialog(self.session, parent=self))

    def _open(self, index: QModelIndex) -> None:
        work = self.model.experience_at(index.row())
        self._run_dialog(ExperienceDialog(self.session, work, parent=self))

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def _run_dialog(self, dialog: ExperienceDialog) -> None:
        if dialog.exec() and isinstance(dialog.result_value, Experience):
            self.select(dialog.result_value.id)

    def show_hint(self, hint: object) -> None:
        """From the overview or a warning light: the experience to look at."""
        if isinstance(hint, str):
            self.select(hint)

    def select(self, experience_id: str) -> None:
        """Put the cursor on an experience, so the user sees what was just saved."""
        if self._stale:
            self.refresh()
        row = self.model.row_of(experience_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        works = [self.model.experience_at(r) for r in rows]
        if not works:
            return
        portfolio = self.session.portfolio
        n = len(works)
        nl = "1 ervaring verwijderd" if n == 1 else f"{n} ervaringen verwijderd"
        en = "1 experience deleted" if n == 1 else f"{n} experiences deleted"

        def delete() -> None:
            with portfolio.change(nl, en):
                for work in works:
                    portfolio.experiences.delete(work.id)

        self.session.run(self, delete)
