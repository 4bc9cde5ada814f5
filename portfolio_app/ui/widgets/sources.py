"""Who identified a competence (employer, school, VDAB, an EVC assessor...), with name and
date: the line the CV annex prints as "vastgesteld door"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import Source
from portfolio_app.domain.enums import SourceKind, label
from portfolio_app.ui.widgets.dates import OptionalDate

SOURCE_ROLE = Qt.ItemDataRole.UserRole


class SourcesEditor(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Wie stelde de competentie vast"))
        self.list.setAccessibleDescription(
            self.tr("Bijvoorbeeld je werkgever of een testcentrum. Leeg: je zegt het zelf.")
        )
        self.list.setMaximumHeight(90)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort bron"))
        self.kind.setAccessibleDescription(self.tr("Wie het vaststelde: kies eerst de soort."))
        for kind in SourceKind:
            if kind is not SourceKind.ZELF:
                self.kind.addItem(label(kind, lang), kind)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("Naam (bv. de werkgever)"))
        self.name.setAccessibleName(self.tr("Naam van de bron"))
        self.name.setAccessibleDescription(self.tr("Mag leeg blijven."))
        self.when = OptionalDate(parent=self)
        self.when.setAccessibleName(self.tr("Datum van de vaststelling"))
        add = QPushButton(self.tr("Toevoegen"), self)
        add.setAccessibleName(self.tr("Bron toevoegen"))
        add.setAccessibleDescription(self.tr("Zet de soort, naam en datum hierboven in de lijst."))
        add.clicked.connect(self._add)
        remove = QPushButton(self.tr("Verwijderen"), self)
        remove.setAccessibleName(self.tr("Bron verwijderen"))
        remove.setAccessibleDescription(self.tr("Haalt de gekozen bron uit de lijst."))
        remove.clicked.connect(self._remove)
        row = QHBoxLayout()  # two short rows rather than one that a large font pushes wide
        row.addWidget(self.kind)
        row.addWidget(self.name, 1)
        second = QHBoxLayout()
        second.addWidget(self.when)
        second.addWidget(add)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addLayout(second)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

    def _add(self) -> None:
        source = Source(
            kind=self.kind.currentData(), name=self.name.text().strip(), date=self.when.value()
        )
        self._append(source)
        self.name.clear()
        self.when.set_value(None)

    def _append(self, source: Source) -> None:
        parts = [label(source.kind, self.lang)]
        if source.name:
            parts.append(source.name)
        if source.date:
            parts.append(source.date.strftime("%d/%m/%Y"))
        item = QListWidgetItem(" · ".join(parts), self.list)
        item.setData(SOURCE_ROLE, source)

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def set_sources(self, sources: list[Source]) -> None:
        self.list.clear()
        for source in sources:
            self._append(source)

    def sources(self) -> list[Source]:
        return [self.list.item(i).data(SOURCE_ROLE) for i in range(self.list.count())]
