"""The table of leerbewijzen, filtered and sorted on plain Python lists (as the claims table).

The validity column carries the warning the user must not miss: an expired leerbewijs, or
one that expires within 90 days (long enough to book a renewal course), gets a warning icon
and a word that says so, not only a colour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

from portfolio_app.domain import Leerbewijs, Validity
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import label
from portfolio_app.domain.links import Links
from portfolio_app.ui.models.claims import fold
from portfolio_app.ui.models.rows import Index, RowsModel

WARN = frozenset({Validity.VERLOPEN, Validity.VERLOOPT_BINNENKORT})
_VALIDITY_ORDER = {
    Validity.VERLOPEN: 0,
    Validity.VERLOOPT_BINNENKORT: 1,
    Validity.GELDIG: 2,
    Validity.ONBEPERKT: 3,
}


def validity_text(proof: Leerbewijs, validity: Validity) -> str:
    """'Verlopen op 03/02/2024': the date said with the state, so nobody has to count."""
    expires = show_date(proof.expires) if proof.expires else ""
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
    competences: tuple[str, ...]  # every linked competence, whichever side made the link
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
            len(self.competences),
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


class LeerbewijzenModel(RowsModel):
    TITLE_COLUMN = 0
    KIND_COLUMN = 1
    ISSUER_COLUMN = 2
    VALIDITY_COLUMN = 5
    COMPETENCES_COLUMN = 6
    ATTACHMENTS_COLUMN = 7

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(LeerbewijsFilter(), (self.TITLE_COLUMN, Qt.SortOrder.AscendingOrder))
        self.lang = lang
        self._headers = [
            self.tr("Titel"),
            self.tr("Soort"),
            self.tr("Uitgereikt door"),
            self.tr("Uitgereikt op"),
            self.tr("VKS"),
            self.tr("Geldigheid"),
            self.tr("Competenties"),
            self.tr("Bijlagen"),
        ]

    def load(
        self, proofs: list[Leerbewijs], today: date | None = None, links: Links | None = None
    ) -> None:
        """``links`` holds the claims' links too; without it, only what each leerbewijs
        lists itself."""
        today = today or date.today()
        links = links or Links((), proofs, ())
        rows = []
        for proof in proofs:
            validity = proof.validity(today)
            kind = label(proof.kind, self.lang)
            names = tuple(c.label for c in links.competences_of_leerbewijs(proof.id))
            words = [kind, proof.title, proof.issuer, *names]
            rows.append(
                LeerbewijsRow(
                    proof=proof,
                    kind=kind,
                    issued=show_date(proof.issued) if proof.issued else "",
                    validity=validity,
                    validity_text=validity_text(proof, validity),
                    competences=names,
                    key=fold(" ".join(words)),
                )
            )
        self.set_rows(rows)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == 4:
                return self.tr(
                    "Niveau in de Vlaamse Kwalificatiestructuur (gelijk aan EQF), 1 tot 8"
                )
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
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
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            self.TITLE_COLUMN,
            self.KIND_COLUMN,
            self.ISSUER_COLUMN,
        ):
            return self._text(row, column)  # the whole text where the column cuts it off
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COMPETENCES_COLUMN:
            return "\n".join(row.competences) or None
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
        if column == self.COMPETENCES_COLUMN:
            return str(len(row.competences)) if row.competences else "–"
        if column == self.ATTACHMENTS_COLUMN:
            return str(len(proof.attachment_ids)) if proof.attachment_ids else "–"
        return (proof.title, row.kind, proof.issuer, row.issued)[column] or "–"

    def proof_at(self, row: int) -> Leerbewijs:
        return self.row_at(row).proof

    def row_of(self, proof_id: str) -> int:
        """Where a leerbewijs is shown now, or -1 (so a page can select what was just added)."""
        return self.position_where(lambda row: row.proof.id == proof_id)
