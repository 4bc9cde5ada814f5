"""The Exporteren page's choices for the report for a loopbaanbegeleider
(``export.counsellor``): whether it states the person's situation. The situation is off by
default and the box says what changes when it is on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QVBoxLayout, QWidget

from portfolio_app.domain import Profile
from portfolio_app.domain.enums import label
from portfolio_app.export.options import CounsellorOptions


class CounsellorBox(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verder in het overzicht"), parent)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Je laatste check, wat je graag doet, je actieplan en de rechten die kunnen "
                "gelden. Neem het mee naar je loopbaanbegeleider."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.situation = QCheckBox(self.tr("Vermeld mijn &situatie"), self)
        self.situation.setChecked(CounsellorOptions().include_situation)
        self.situation.setAccessibleName(self.tr("Vermeld mijn situatie"))
        self.situation.toggled.connect(lambda _on: self.changed.emit())
        layout.addWidget(self.situation)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setIndent(self.situation.iconSize().width() + 8)
        layout.addWidget(self.hint)

    def load(self, profile: Profile, lang: str) -> None:
        situation = profile.situation
        if situation is None:
            self.situation.setChecked(False)
            self.situation.setEnabled(False)
            self.hint.setText(
                self.tr(
                    "Je hebt je situatie niet opgegeven (Instellingen › Over jou). De rechten "
                    "staan er dan bij als ‘hangt af van de situatie’."
                )
            )
            return
        self.situation.setEnabled(True)
        self.hint.setText(
            self.tr(
                "Dan staat er ‘%1’ in, en alleen de rechten die daarbij passen. Zonder staan "
                "alle rechten er, als ‘hangt af van de situatie’."
            ).replace("%1", label(situation.status, lang).lower())
        )

    def include_situation(self) -> bool:
        return self.situation.isEnabled() and self.situation.isChecked()
