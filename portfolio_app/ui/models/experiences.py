"""The table of experiences, filtered and sorted on plain Python lists (as the claims table).
The period reads as people say it: "03/2019 – 06/2022", or "sinds 03/2019 (loopt nog)"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from portfolio_app.domain import Experience
from portfolio_app.domain.dates import show_date
from portfolio_app.domain.enums import ExperienceKind, label
from portfolio_app.domain.links import Links
from portfolio_app.ui.models.claims import fold
from portfolio_app.ui.models.rows import Index, RowsModel


def period_text(experience: Experience) -> str:
    start = show_date(experience.start) if experience.start else ""
    end = show_date(experience.end) if experience.end else ""
    if start and end:
        return (
            QCoreApplication.translate("ExperiencesModel", "%1 – %2")
            .replace("%1", start)
            .replace("%2", end)
        )
    if start:
        return QCoreApplication.translate("ExperiencesModel", "sinds %1 (loopt nog)").replace(
            "%1", start
        )
    if end:
        return QCoreApplication.translate("ExperiencesModel", "tot %1").replace("%1", end)
    return QCoreApplication.translate("ExperiencesModel", "loopt nog")


@dataclass(frozen=True)
class ExperienceRow:
    experience: Experience
    kind: str
    period: str
    competences: tuple[str, ...]  # every linked competence, whichever side made the link
    key: str  # folded text the search looks in

    @property
    def sort_keys(self) -> tuple[Any, ...]:
        work = self.experience
        return (
            self.kind,
            fold(work.title),
            # ongoing work sorts as the most recent
            (work.start or date.min, work.end or date.max),
            len(self.competences),
            len(work.attachment_ids),
        )


@dataclass
class ExperienceFilter:
    text: str = ""
    kind: ExperienceKind | None = None

    def accepts(self, row: ExperienceRow) -> bool:
        if self.text and fold(self.text) not in row.key:
            return False
        return self.kind is None or row.experience.kind is self.kind


class ExperiencesModel(RowsModel):
    TITLE_COLUMN = 1
    PERIOD_COLUMN = 2
    COMPETENCES_COLUMN = 3

    def __init__(self, lang: str = "nl") -> None:
        super().__init__(ExperienceFilter(), (self.PERIOD_COLUMN, Qt.SortOrder.DescendingOrder))
        self.lang = lang
        self._headers = [
            self.tr("Soort"),
            self.tr("Functie en organisatie"),
            self.tr("Periode"),
            self.tr("Competenties"),
            self.tr("Bijlagen"),
        ]

    def load(self, experiences: list[Experience], links: Links | None = None) -> None:
        """``links`` holds the claims' links too; without it, only what each experience
        lists itself."""
        links = links or Links((), (), experiences)
        rows = []
        for work in experiences:
            kind = label(work.kind, self.lang)
            names = tuple(c.label for c in links.competences_of_experience(work.id))
            words = [kind, work.title, work.description, *names]
            rows.append(
                ExperienceRow(
                    experience=work,
                    kind=kind,
                    period=period_text(work),
                    competences=names,
                    key=fold(" ".join(words)),
                )
            )
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        work = row.experience
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 3:
                return str(len(row.competences)) if row.competences else "–"
            if column == 4:
                return str(len(work.attachment_ids)) if work.attachment_ids else "–"
            return (row.kind, work.title, row.period)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and row.competences:
            return "\n".join(row.competences)
        if role == Qt.ItemDataRole.UserRole:
            return work
        return None

    def experience_at(self, row: int) -> Experience:
        return self.row_at(row).experience

    def row_of(self, experience_id: str) -> int:
        return self.position_where(lambda row: row.experience.id == experience_id)
