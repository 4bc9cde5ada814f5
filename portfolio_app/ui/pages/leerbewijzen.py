"""Leerbewijzen: diplomas, certificates, attests and badges in one table, with a clear warning
for what has expired or expires within 90 days, add/edit, delete (undo with Ctrl+Z), and files
dropped on the page opening a new leerbewijs with them attached."""

from __future__ import annotations

from pathlib import Path

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

from portfolio_app.domain import Leerbewijs
from portfolio_app.ui.dialogs.credential_dialog import import_credential_file, is_credential_file
from portfolio_app.ui.dialogs.leerbewijs_dialog import LeerbewijsDialog
from portfolio_app.ui.icons import icon
from portfolio_app.ui.models.leerbewijzen import LeerbewijsFilter, LeerbewijzenModel
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.attachments import FileDrops
from portfolio_app.ui.widgets.columns import NameColumnFitter
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.selection import enable_with_selection


class LeerbewijzenPage(Page):
    watches = frozenset({"leerbewijzen", "attachments", "claims"})  # claims hold links too

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Leerbewijzen"), parent)
        actions = FlowLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Toevoegen…"), self)
        self.add_button.setAccessibleName(self.tr("Leerbewijs toevoegen"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setAccessibleDescription(
            self.tr("Een diploma, attest of badge toevoegen (Ctrl+N), met een scan als je wilt.")
        )
        self.edit_button = QPushButton(icon("edit"), self.tr("&Bewerken…"), self)
        self.edit_button.setAccessibleName(self.tr("Gekozen leerbewijs bewerken"))
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setAccessibleDescription(
            self.tr("Het gekozen leerbewijs in de tabel aanpassen (of Enter in de tabel).")
        )
        self.delete_button = QPushButton(icon("delete"), self.tr("&Verwijderen"), self)
        self.delete_button.setAccessibleName(self.tr("Gekozen leerbewijzen verwijderen"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setAccessibleDescription(
            self.tr("De gekozen leerbewijzen weghalen (of Delete). Ctrl+Z zet ze terug.")
        )
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        self.layout_.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Zoek in je leerbewijzen…"))
        self.search.setAccessibleName(self.tr("Zoek in je leerbewijzen"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(
            self.tr("De tabel toont alleen de leerbewijzen met deze woorden.")
        )
        self.search.textChanged.connect(self._filter)
        self.validity = QComboBox(self)
        self.validity.setAccessibleName(self.tr("Toon welke leerbewijzen"))
        self.validity.setAccessibleDescription(
            self.tr("Alle leerbewijzen, of alleen wat verlopen is of binnen 90 dagen verloopt.")
        )
        self.validity.addItem(self.tr("Alle leerbewijzen"), False)
        self.validity.addItem(self.tr("Verlopen of verloopt binnenkort"), True)
        self.validity.currentIndexChanged.connect(self._filter)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.validity)
        self.layout_.addLayout(filters)

        self.model = LeerbewijzenModel(session.lang)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tabel met je leerbewijzen"))
        self.table.setAccessibleDescription(
            self.tr("Enter past het gekozen leerbewijs aan, Delete haalt het weg.")
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LeerbewijzenModel.TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.columns = NameColumnFitter(
            self.table,
            min_chars=28,
            name_column=LeerbewijzenModel.TITLE_COLUMN,
            caps={LeerbewijzenModel.KIND_COLUMN: 16, LeerbewijzenModel.ISSUER_COLUMN: 20},
        )
        self.table.doubleClicked.connect(self._open)
        enable_with_selection(self.table, self.edit_button, self.delete_button)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.count.setWordWrap(True)
        self.layout_.addWidget(self.count)
        self.drop_hint = QLabel(
            self.tr("Tip: sleep een scan of PDF van een diploma of attest naar dit venster."), self
        )
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        self.layout_.addWidget(self.drop_hint)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)
        FileDrops(self, self.handle_drop)

    def refresh(self) -> None:
        super().refresh()
        links = self.session.portfolio.links.read()
        self.model.load(list(links.leerbewijzen.values()), links=links)
        self._update_count()

    def _filter(self) -> None:
        self.model.set_filter(
            LeerbewijsFilter(text=self.search.text(), needs_attention=self.validity.currentData())
        )
        self._update_count()

    def show_hint(self, hint: object) -> None:
        """From the overview: one leerbewijs to look at, or all that need attention."""
        if hint == "attention":
            self.show_needing_attention()
        elif isinstance(hint, str):
            self.select(hint)

    def show_needing_attention(self) -> None:
        """Only what has expired or expires soon (the overview links here)."""
        self.validity.setCurrentIndex(self.validity.findData(True))

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count.setText(
                self.tr(
                    "Nog geen leerbewijzen. Klik op ‘Toevoegen…’ of sleep een bestand hierheen."
                )
            )
        elif shown == total:
            self.count.setText(self.tr("Aantal leerbewijzen: %n", "", total))
        else:
            text = self.tr("%1 van %n leerbewijs/leerbewijzen", "", total)
            self.count.setText(text.replace("%1", str(shown)))

    # -- add, edit, drop ---------------------------------------------------------------------

    def add(self) -> None:
        self._run_dialog(LeerbewijsDialog(self.session, parent=self))

    def handle_drop(self, paths: list[Path]) -> None:
        """Files dropped on the page: a digital credential (open badge, Europass) goes to the
        credential import with its preview; other files become a new leerbewijs with them
        attached."""
        ordinary = []
        for path in paths:
            if is_credential_file(path):
                import_credential_file(self.session, path, self)
            else:
                ordinary.append(path)
        if ordinary:
            self._run_dialog(LeerbewijsDialog(self.session, files=ordinary, parent=self))

    def _open(self, index: QModelIndex) -> None:
        proof = self.model.proof_at(index.row())
        self._run_dialog(LeerbewijsDialog(self.session, proof, parent=self))

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def _run_dialog(self, dialog: LeerbewijsDialog) -> None:
        if dialog.exec() and isinstance(dialog.result_value, Leerbewijs):
            self.select(dialog.result_value.id)

    def select(self, proof_id: str) -> None:
        """Put the cursor on a leerbewijs, so the user sees what was just saved."""
        if self._stale:
            self.refresh()
        row = self.model.row_of(proof_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        proofs = [self.model.proof_at(r) for r in rows]
        if not proofs:
            return
        portfolio = self.session.portfolio
        n = len(proofs)
        nl = "1 leerbewijs verwijderd" if n == 1 else f"{n} leerbewijzen verwijderd"
        en = "1 proof of learning deleted" if n == 1 else f"{n} proofs of learning deleted"

        def delete() -> None:
            with portfolio.change(nl, en):
                for proof in proofs:
                    portfolio.leerbewijzen.delete(proof.id)

        self.session.run(self, delete)
