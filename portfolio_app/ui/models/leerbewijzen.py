"""The table of leerbewijzen, filtered and sorted on plain Python lists (as the claims table).

The validity column carries the warning the user must not miss: an expired leerbewijs, or
one that expires within 90 days (long enough to book a renewal course), gets a warning icon
and a word that says so, not only a colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from portfolio_app.domain import Leerbewijs, Validity
from portfolio_app.domain.enums import label
from portfolio_app.ui.models.claims import Index, fold

WARN = frozenset({Validity.VERLOPEN, Validity.VERLOOPT_BINNENKORT})
_VALIDITY_ORDER = {
    Validity.VERLOPEN: 0,
    Validity.VERLOOPT_BINNENKORT: 1,
    Validity.GELDIG: 2,
    Validity.ONBEPERKT: 3,
}


def validity_text(proof: Leerbewijs, validity: Validity) -> str:
    """'Verlopen op 03/02/2024': the date said with the state, so nobody has to count."""
    expires = proof.expires.strftime("%d/%m/%Y") if proof.expires else ""
    texts = {
        Validity.ONBEPERKT: QCoreApplication.translate("LeerbewijzenModel", "Verloopt niet"),
        Validity.GELDIG: QCoreApplication.translate("LeerbewijzenModel", "Geldig tot %1"),
        Validity.VERLOOPT_BINNENKORT: QCoreApplication.translate(
            "LeerbewijzenModel", "Verloopt binnenkort: %1"
        ),
        Validity.VERLOPEN: QCoreApplication.translate("LeerbewijzenModel", "Verlopen op %1"),
    }
    return texts[validity].replace("%1", expires)


@dataclass(frozen=True)
class LeerbewijsRow:
    proof: Leerbewijs
    kind: str
    issued: str
    validity: Validity
    validity_text: str
    key: str  # folded text the search looks in

    @property
    def sort_keys(self) -> tuple[Any, ...]:
        proof = self.proof
        return (
            fold(proof.title),
            self.kind,
            fold(proof.issuer),
            proof.issued or date.min,
            proof.vks_level or 0,
            (_VALIDITY_ORDER[self.validity], proof.expires or date.max),
            len(proof.attachment_ids),
        )


@dataclass
class LeerbewijsFilter:
    text: str = ""
    needs_attention: bool = False  # only expired or expiring soon

    def accepts(self, row: LeerbewijsRow) -> bool:
        if self.text and fold(self.text) not in row.key:
            return False
        return not (self.needs_attention and row.validity not in WARN)


class LeerbewijzenModel(QAbstractTableModel):
    TITLE_COLUMN = 0
    ISSUER_COLUMN = 2
    VALIDITY_COLUMN = 5

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        self._rows: list[LeerbewijsRow] = []
        self._visible: list[int] = []
        self._filter = LeerbewijsFilter()
        self._sort: tuple[int, Qt.SortOrder] = (self.TITLE_COLUMN, Qt.SortOrder.AscendingOrder)
        self._headers = [
            self.tr("Titel"),
            self.tr("Soort"),
            self.tr("Uitgereikt door"),
            self.tr("Uitgereikt op"),
            self.tr("VKS"),
            self.tr("Geldigheid"),
            self.tr("Bijlagen"),
        ]

    def load(self, proofs: list[Leerbewijs], today: date | None = None) -> None:
        today = today or date.today()
        rows = []
        for proof in proofs:
            validity = proof.validity(today)
            kind = label(proof.kind, self.lang)
            words = [kind, proof.title, proof.issuer, *(c.label for c in proof.competences)]
            rows.append(
                LeerbewijsRow(
                    proof=proof,
                    kind=kind,
                    issued=proof.issued.strftime("%d/%m/%Y") if proof.issued else "",
                    validity=validity,
                    validity_text=validity_text(proof, validity),
                    key=fold(" ".join(words)),
                )
            )
        self.beginResetModel()
        self._rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, proof_filter: LeerbewijsFilter) -> None:
        self.beginResetModel()
        self._filter = proof_filter
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply()
        self.layoutChanged.emit()

    def _apply(self) -> None:
        column, order = self._sort
        accepted = [i for i, row in enumerate(self._rows) if self._filter.accepts(row)]
        accepted.sort(
            key=lambda i: self._rows[i].sort_keys[column],
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._visible = accepted

    # -- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == 4:
                return self.tr(
                    "Niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF), 1 tot 8"
                )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        warn = column == self.VALIDITY_COLUMN and row.validity in WARN
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and warn:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and warn:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and warn:
            if row.validity is Validity.VERLOPEN:
                return self.tr(
                    "Dit leerbewijs is verlopen. Vraag een nieuw aan of volg een opfrissing."
                )
            return self.tr("Dit leerbewijs verloopt binnen 90 dagen. Plan de vernieuwing.")
        if role == Qt.ItemDataRole.UserRole:
            return row.proof
        return None

    def _text(self, row: LeerbewijsRow, column: int) -> str:
        proof = row.proof
        if column == 4:
            return str(proof.vks_level) if proof.vks_level else "–"
        if column == 5:
            return row.validity_text
        if column == 6:
            return str(len(proof.attachment_ids)) if proof.attachment_ids else "–"
        return (proof.title, row.kind, proof.issuer, row.issued)[column] or "–"

    def proof_at(self, row: int) -> Leerbewijs:
        return self._rows[self._visible[row]].proof

    def row_of(self, proof_id: str) -> int:
        """Where a leerbewijs is shown now, or -1 (so a page can select what was just added)."""
        for position, index in enumerate(self._visible):
            if self._rows[index].proof.id == proof_id:
                return position
        return -1

    @property
    def total(self) -> int:
        return len(self._rows)
