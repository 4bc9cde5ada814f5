"""Step 2 of the guided check: "klopt dit nog?" for the competences you already have that
the target asks for.

A check is only as good as two things the user knows best: when they last used a competence
(an old one counts less) and whether they still want to use it (willen). So before the result,
the claims that count for the target are shown with exactly those two fields. One claim may
count for several of the target's competences (a broader one, say); it is shown once, with
the competences it counts for. Only what the user changed is saved, as one change (one undo).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import Target, TargetCompetence
from portfolio_app.domain import CompetenceClaim, revised
from portfolio_app.domain.enums import willen_label
from portfolio_app.ui.widgets.dates import OptionalDate
from portfolio_app.ui.widgets.layout_tools import clear_layout
from portfolio_app.ui.widgets.text import heading, paragraph


@dataclass
class ConfirmRow:
    claim: CompetenceClaim
    counts_for: list[str] = field(default_factory=list)
    still: QCheckBox | None = None
    last_used: OptionalDate | None = None
    willen: QComboBox | None = None

    def edited(self, today: date) -> CompetenceClaim | None:
        """The claim with the user's answers, or None when nothing changed."""
        assert self.still is not None and self.last_used is not None and self.willen is not None
        last_used = today if self.still.isChecked() else self.last_used.value()
        willen = int(self.willen.currentData())
        if last_used == self.claim.last_used and willen == self.claim.willen:
            return None
        return revised(self.claim, last_used=last_used, willen=willen)


def rows_for(items: list[TargetCompetence]) -> list[ConfirmRow]:
    """One row per claim that counts for the target, essential ones first."""
    rows: dict[str, ConfirmRow] = {}
    for item in items:
        if item.claim is None:
            continue
        row = rows.setdefault(item.claim.id, ConfirmRow(item.claim))
        if item.competence.label.casefold() != item.claim.label.casefold():
            row.counts_for.append(item.competence.label)
    return list(rows.values())


class ConfirmStep(QWidget):
    back = Signal()
    confirmed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[ConfirmRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)  # as the other steps, which scroll
        layout.addWidget(heading(self.tr("Stap 2 van 3: klopt dit nog?"), self, level=2))
        self.intro = paragraph("", self)
        layout.addWidget(self.intro)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.table = QWidget(scroll)
        self.grid = QGridLayout(self.table)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        tick = self.fontMetrics().height() * 7 // 10  # check boxes grow with the font
        self.table.setStyleSheet(f"QCheckBox::indicator {{ width: {tick}px; height: {tick}px; }}")
        scroll.setWidget(self.table)
        layout.addWidget(scroll, 1)
        self.missing = paragraph("", self)
        layout.addWidget(self.missing)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Terug"), self)
        self.back_button.clicked.connect(self.back)
        self.run_button = QPushButton(self.tr("Toon mijn &resultaat"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.confirmed)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        layout.addLayout(buttons)

    def load(self, target: Target, items: list[TargetCompetence]) -> None:
        clear_layout(self.grid)
        self.rows = rows_for(items)
        name = target.ref.label
        if self.rows:
            self.intro.setText(
                self.tr(
                    "Dit heb je al van wat ‘%1’ vraagt. Kijk of het nog klopt: wanneer "
                    "deed je het laatst, en wil je het nog doen? Pas aan wat niet klopt."
                ).replace("%1", name)
            )
            self._headers()
            for number, row in enumerate(self.rows, 1):
                self._add(number, row)
            self.grid.setRowStretch(len(self.rows) + 1, 1)
        else:
            self.intro.setText(
                self.tr(
                    "Je portfolio heeft nog niets van wat ‘%1’ vraagt. Doe de check toch: "
                    "dan zie je wat je nog mist."
                ).replace("%1", name)
            )
        missing = sum(1 for item in items if item.claim is None)
        self.missing.setText(
            self.tr(
                "Nog %n competentie(s) van dit doel staan niet in je portfolio. "
                "Die zie je in je resultaat.",
                "",
                missing,
            )
            if missing
            else ""
        )
        self.missing.setVisible(bool(missing))
        self.run_button.setFocus()

    def _headers(self) -> None:
        for column, text in enumerate(
            (
                self.tr("Competentie"),
                self.tr("Doe je het nu nog?"),
                self.tr("Zo niet: laatst gedaan in"),
                self.tr("Wil je het (nog) doen?"),
            )
        ):
            header = QLabel(text, self.table)
            header.setWordWrap(True)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)

    def _add(self, number: int, row: ConfirmRow) -> None:
        claim = row.claim
        text = claim.label
        if row.counts_for:
            text += "\n" + self.tr("telt mee voor: %1").replace("%1", ", ".join(row.counts_for))
        name = QLabel(text, self.table)
        name.setWordWrap(True)
        row.still = QCheckBox(self.tr("Ja, nu nog"), self.table)
        row.still.setAccessibleName(self.tr("%1: doe ik nu nog").replace("%1", claim.label))
        row.last_used = OptionalDate(month_only=True, parent=self.table)
        row.last_used.setMaximumDate(QDate.currentDate())
        row.last_used.set_value(claim.last_used)
        row.last_used.setAccessibleName(
            self.tr("%1: laatst gedaan in (maand en jaar)").replace("%1", claim.label)
        )
        row.still.toggled.connect(row.last_used.setDisabled)
        row.willen = QComboBox(self.table)
        for value in (3, 2, 1):
            row.willen.addItem(willen_label(value, self.lang), value)
        row.willen.setCurrentIndex(row.willen.findData(claim.willen))
        row.willen.setAccessibleName(self.tr("%1: wil je het nog doen?").replace("%1", claim.label))
        for column, widget in enumerate((name, row.still, row.last_used, row.willen)):
            self.grid.addWidget(widget, number, column)

    def edited_claims(self, today: date) -> list[CompetenceClaim]:
        return [claim for row in self.rows if (claim := row.edited(today)) is not None]
