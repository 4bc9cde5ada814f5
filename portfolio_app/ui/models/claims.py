"""The table of competence claims, with filtering and sorting done on plain Python lists.

10,000 claims must scroll, filter and sort without visible lag. The rows are prepared once
per reload (labels, sort keys, evidence flags), then a filter or a sort only rebuilds a list
of indices and resets the view: no widget per row, no Python callback per row per paint.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.domain.enums import CompetenceKind, label, willen_label

STALE_AFTER = timedelta(days=3 * 365)
Index = QModelIndex | QPersistentModelIndex


def fold(text: str) -> str:
    """Lower case without accents, so 'cooperatie' finds 'coöperatie'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class ClaimRow:
    claim: CompetenceClaim
    kind: str
    level: str
    willen: str
    last_used: str
    evidence: bool
    stale: bool
    key: str

    @property
    def sort_keys(self) -> tuple[Any, ...]:
        claim = self.claim
        return (
            self.key,
            self.kind,
            claim.level_fraction,
            claim.willen,
            claim.last_used or date.min,
            self.evidence,
        )


@dataclass
class ClaimFilter:
    text: str = ""
    kind: CompetenceKind | None = None
    min_level: int = 0  # 1-4 on the shared scale (quarters); 0 = any
    willen: int = 0  # 0 = any
    evidence: bool | None = None
    stale_only: bool = False

    def accepts(self, row: ClaimRow) -> bool:
        if self.text and fold(self.text) not in row.key:
            return False
        if self.kind is not None and row.claim.kind is not self.kind:
            return False
        if self.min_level and row.claim.level_fraction * 4 < self.min_level - 1e-9:
            return False
        if self.willen and row.claim.willen != self.willen:
            return False
        if self.evidence is not None and row.evidence is not self.evidence:
            return False
        return not (self.stale_only and not row.stale)


def evidence_index(leerbewijzen: list[Leerbewijs], experiences: list[Experience]) -> set[str]:
    """Concept URIs that some leerbewijs or experience backs, without an explicit link."""
    uris = {c.uri for lb in leerbewijzen for c in lb.competences if c.uri}
    uris |= {c.uri for ex in experiences for c in ex.competences if c.uri}
    return uris


class ClaimsModel(QAbstractTableModel):
    COLUMN_COUNT = 6

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang
        self._rows: list[ClaimRow] = []
        self._visible: list[int] = []
        self._filter = ClaimFilter()
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self._headers = [
            self.tr("Competentie"),
            self.tr("Soort"),
            self.tr("Niveau"),
            self.tr("Willen"),
            self.tr("Laatst gebruikt"),
            self.tr("Bewijs"),
        ]

    def load(
        self,
        claims: list[CompetenceClaim],
        leerbewijzen: list[Leerbewijs],
        experiences: list[Experience],
        today: date | None = None,
    ) -> None:
        today = today or date.today()
        backed = evidence_index(leerbewijzen, experiences)
        lang = self.lang
        rows = []
        for claim in claims:
            evidence = claim.has_evidence or (claim.concept_uri in backed)
            rows.append(
                ClaimRow(
                    claim=claim,
                    kind=label(claim.kind, lang),
                    level=claim.level_text(lang),
                    willen=willen_label(claim.willen, lang),
                    last_used=claim.last_used.strftime("%Y-%m") if claim.last_used else "",
                    evidence=evidence,
                    stale=claim.last_used is not None and today - claim.last_used > STALE_AFTER,
                    key=fold(claim.label),
                )
            )
        self.beginResetModel()
        self._rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, claim_filter: ClaimFilter) -> None:
        self.beginResetModel()
        self._filter = claim_filter
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
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.claim.label
            if column == 5:
                return self.tr("ja") if row.evidence else self.tr("nee")
            return (row.kind, row.level, row.willen, row.last_used)[column - 1] or "–"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not row.claim.in_language:
            return self.tr("Niet in de competentietaal (vrije tekst)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 4 and row.stale:
            return self.tr("Meer dan 3 jaar niet gebruikt")
        if role == Qt.ItemDataRole.FontRole and column == 0 and not row.claim.in_language:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.claim
        return None

    def claim_at(self, row: int) -> CompetenceClaim:
        return self._rows[self._visible[row]].claim

    @property
    def total(self) -> int:
        return len(self._rows)
