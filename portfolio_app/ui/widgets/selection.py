"""Buttons that act on the chosen rows of a table (Bewerken, Verwijderen) are enabled only
while rows are chosen: a button that does nothing when clicked confuses more than a grey one."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractItemView


def enable_with_selection(table: QAbstractItemView, *buttons: QAbstractButton) -> None:
    """Keep ``buttons`` enabled exactly while ``table`` has chosen rows (also after the
    table's model is reloaded, which clears the choice)."""

    def update() -> None:
        chosen = table.selectionModel()
        has = chosen is not None and chosen.hasSelection()
        for button in buttons:
            button.setEnabled(has)

    table.selectionModel().selectionChanged.connect(update)
    model = table.model()
    model.modelReset.connect(update)
    model.layoutChanged.connect(update)
    model.rowsRemoved.connect(update)
    update()
