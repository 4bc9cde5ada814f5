"""The table of competence claims: each row prepared once per reload (labels, sort keys,
evidence flags); filtering and sorting are ``RowsModel``'s."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import CompetenceKind, label, willen_label
from portfolio_app.domain.links import Links
from portfolio_app.ui.models.rows import Index, RowsModel

STALE_AFTER = timedelta(days=3 * 365)


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
    evidence_text: str  # "Aangetoond met: …\nGebruikt bij: …", the column's tooltip
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


class ClaimsModel(RowsModel):
    def __init__(self, lang: str = "nl") -> None:
        super().__init__(ClaimFilter(), (0, Qt.SortOrder.AscendingOrder))
        self.lang = lang
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
        links = Links(claims, leerbewijzen, experiences)
        lang = self.lang
        rows = []
        for claim in claims:
            shown_by = links.leerbewijzen_for(claim)
            used_at = links.experiences_for(claim)
            lines = []
            if shown_by:
                lines.append(self.tr("Aangetoond met: ") + ", ".join(p.title for p in shown_by))
            if used_at:
                lines.append(self.tr("Gebruikt bij: ") + ", ".join(e.title for e in used_at))
            if claim.attachment_ids:
                count = str(len(claim.attachment_ids))
                lines.append(self.tr("Bijlagen bij de competentie: %1").replace("%1", count))
            rows.append(
                ClaimRow(
                    claim=claim,
                    kind=label(claim.kind, lang),
                    level=claim.level_text(lang),
                    willen=willen_label(claim.willen, lang),
                    last_used=show_date(claim.last_used) if claim.last_used else "",
                    evidence=bool(lines),
                    evidence_text="\n".join(lines),
                    stale=claim.last_used is not None and today - claim.last_used > STALE_AFTER,
                    key=fold(claim.label),
                )
            )
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.claim.label
            if column == 5:
                return self.tr("ja") if row.evidence else self.tr("nee")
            return (row.kind, row.level, row.willen, row.last_used)[column - 1] or "–"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not row.claim.in_language:
            return self.tr("Niet in de competentietaal (vrije tekst)")
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.evidence:
            return row.evidence_text
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
        return self.row_at(row).claim
