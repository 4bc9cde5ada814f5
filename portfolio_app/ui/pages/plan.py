"""Actieplan: the steps the user plans to take, with add/edit, delete (with an undo button
right there, besides Ctrl+Z), "klaar" in one click, and a filter on open or done.

An empty plan says where plan items come from (a competence check) and leads there, so a
first-time user is never left in front of an empty table.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from portfolio_app.domain import ActionPlanItem, revised
from portfolio_app.domain.enums import PlanStatus
from portfolio_app.texts import counted
from portfolio_app.ui.dialogs.plan_dialog import PlanDialog
from portfolio_app.ui.icons import icon
from portfolio_app.ui.models.plan import PlanFilter, PlanModel
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.plan_step_panel import PlanStepPanel
from portfolio_app.ui.widgets.text import paragraph


class PlanTable(QTableView):
    """Short columns (kind, date, status) get what their text needs; the long ones share the
    rest 2:1:1 (the goal matters most) and wrap, so 200 % text stays readable without a
    horizontal scroll bar. Qt's own Stretch mode would give each long column a third."""

    SHARES = {0: 2, 2: 1, 3: 1}

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.spread()

    def spread(self) -> None:
        columns = self.model().columnCount()
        fixed = 0
        for column in range(columns):
            if column not in self.SHARES:
                self.resizeColumnToContents(column)
                fixed += self.columnWidth(column)
        room = max(self.viewport().width() - fixed, 0)
        total = sum(self.SHARES.values())
        char = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        for column, share in self.SHARES.items():  # never narrower than its header
            least = max(char * 8 * share, header.sectionSizeHint(column))
            self.setColumnWidth(column, max(room * share // total, least))


class PlanPage(Page):
    watches = frozenset({"plan_items"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Actieplan"), parent)
        self._deleted = ""  # the undo description of the page's last delete
        self.layout_.addWidget(
            paragraph(
                self.tr(
                    "Je stappen om je doel te halen. Is een stap gedaan? Klik op ‘Klaar’. "
                    "Dubbelklik op een stap om ze aan te passen."
                ),
                self,
            )
        )
        actions = FlowLayout()
        self.add_button = QPushButton(icon("add"), self.tr("&Toevoegen…"), self)
        self.add_button.setAccessibleDescription(
            self.tr("Een stap toevoegen die je zelf bedenkt (Ctrl+N).")
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Bewerken…"), self)
        self.edit_button.setAccessibleDescription(
            self.tr("De gekozen actie in de tabel aanpassen (of Enter in de tabel).")
        )
        self.edit_button.clicked.connect(self.edit_current)
        self.done_button = QPushButton(icon("done"), self.tr("&Klaar"), self)
        self.done_button.setAccessibleDescription(
            self.tr("Zet de gekozen actie op klaar, of een afgewerkte actie terug op open.")
        )
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button = QPushButton(icon("delete"), self.tr("&Verwijderen"), self)
        self.delete_button.setAccessibleDescription(
            self.tr("De gekozen acties weghalen (of Delete). Ctrl+Z zet ze terug.")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            actions.addWidget(button)
        self.layout_.addLayout(actions)
        filters = QHBoxLayout()  # a row of its own, so 200 % text still fits the window
        show = QLabel(self.tr("&Laat zien:"), self)
        self.filter = QComboBox(self)
        self.filter.addItem(self.tr("Open acties"), PlanFilter.OPEN)
        self.filter.addItem(self.tr("Afgewerkte acties"), PlanFilter.DONE)
        self.filter.addItem(self.tr("Alle acties"), PlanFilter.ALL)
        self.filter.setAccessibleName(self.tr("Welke acties tonen"))
        self.filter.setAccessibleDescription(self.tr("De open acties, de afgewerkte, of allemaal."))
        self.filter.currentIndexChanged.connect(self._filter)
        show.setBuddy(self.filter)
        filters.addWidget(show)
        filters.addWidget(self.filter)
        filters.addStretch(1)
        self.layout_.addLayout(filters)

        self.model = PlanModel(session.lang)
        self.table = PlanTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tabel met je acties"))
        self.table.setAccessibleDescription(
            self.tr("Enter past de gekozen actie aan, Delete haalt ze weg.")
        )
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.modelReset.connect(self.table.spread)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.layout_.addWidget(self.table, 1)
        self.next_step = PlanStepPanel(session, self)  # route and catalogues (issue 17)
        self.layout_.addWidget(self.next_step)

        self.empty = paragraph("", self)
        self.layout_.addWidget(self.empty)
        below = FlowLayout()
        self.to_check = QPushButton(self.tr("Naar de &competentiecheck"), self)
        self.to_check.clicked.connect(lambda: session.navigate.emit("check", None))
        self.to_check.setAccessibleDescription(
            self.tr("Een check toont wat je nog mist; daaruit maak je een actieplan.")
        )
        self.undo_text = QLabel(self)
        self.undo_button = QPushButton(icon("undo"), self.tr("&Ongedaan maken"), self)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setAccessibleDescription(self.tr("Zet de verwijderde acties terug."))
        for widget in (self.to_check, self.undo_text, self.undo_button):
            below.addWidget(widget)
        below.addStretch(1)
        self.layout_.addLayout(below)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_current)
        QShortcut(QKeySequence.StandardKey.New, self, self.add)

    def show_hint(self, hint: object) -> None:
        """The overview links here with the id of one plan item: select it."""
        if not isinstance(hint, str):
            return
        self.refresh()
        if self.model.row_of(hint) is None and self.model.find(hint) is not None:
            self.filter.setCurrentIndex(self.filter.findData(PlanFilter.ALL))
        row = self.model.row_of(hint)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()

    def refresh(self) -> None:
        super().refresh()
        self.model.load(self.session.portfolio.plan.list())
        self.next_step.refresh()
        self._update_buttons()

    def _filter(self) -> None:
        self.model.set_filter(PlanFilter(self.filter.currentData()))
        self._update_buttons()

    def _selected(self) -> list[ActionPlanItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.item_at(r) for r in rows]

    def _current(self) -> ActionPlanItem | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        current = self._current()
        self.next_step.show_item(current)
        has = current is not None
        for button in (self.edit_button, self.done_button, self.delete_button):
            button.setEnabled(has)
        reopen = current is not None and not current.is_open
        self.done_button.setText(self.tr("Zet terug op op&en") if reopen else self.tr("&Klaar"))
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr(
                "Nog geen acties. Doe een competentiecheck en maak er een actieplan van."
            )
        elif shown == 0:
            text = self.tr("Geen acties om te tonen. Kies ‘Alle acties’ bij ‘Laat zien’.")
        else:
            text = self.tr("%n actie(s)", "", shown)
        self.empty.setText(text)
        self.to_check.setVisible(total == 0)
        undo = self.session.portfolio.undo_description(self.session.lang)
        can_undo = bool(self._deleted) and undo == self._deleted
        self.undo_text.setText(self.tr("Verwijderd.") if can_undo else "")
        self.undo_text.setVisible(can_undo)
        self.undo_button.setVisible(can_undo)

    def add(self) -> None:
        PlanDialog(self.session, parent=self).exec()

    def _open(self, index: QModelIndex) -> None:
        PlanDialog(self.session, self.model.item_at(index.row()), parent=self).exec()

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open(index)

    def toggle_done(self) -> None:
        item = self._current()
        if item is None:
            return
        status = PlanStatus.OPEN if not item.is_open else PlanStatus.KLAAR
        portfolio = self.session.portfolio
        self.session.run(self, lambda: portfolio.plan.update(revised(item, status=status)))

    def delete_selected(self) -> None:
        items = self._selected()
        if not items:
            return
        portfolio = self.session.portfolio
        nl = counted(len(items), "actie", "acties") + " verwijderd"
        en = counted(len(items), "action", "actions") + " deleted"

        def delete() -> bool:
            with portfolio.change(nl, en):
                for item in items:
                    portfolio.plan.delete(item.id)
            return True

        self._deleted = en if self.session.lang == "en" else nl
        self.session.run(self, delete)
        self._update_buttons()

    def undo_delete(self) -> None:
        self._deleted = ""
        self.session.run(self, self.session.portfolio.undo)
        self._update_buttons()
