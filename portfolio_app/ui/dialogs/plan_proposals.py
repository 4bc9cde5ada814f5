"""From a check to an action plan: the core proposes steps for the biggest gaps, the user ticks
the ones they will do, and those are saved in one change (one Ctrl+Z takes them all back).

Everything stays editable later on the Actieplan page, so the dialog asks for no more than a
tick: fewer decisions at once for people who are not used to forms.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import ActionPlanItem
from portfolio_app.domain.enums import label
from portfolio_app.texts import counted
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import heading, paragraph


class PlanProposalDialog(QDialog):
    def __init__(
        self, session: Session, proposals: list[ActionPlanItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.proposals = proposals
        self.saved = 0
        self.setWindowTitle(self.tr("Maak een actieplan"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Wat ga je doen?"), self, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Dit zijn stappen om te leren wat je nog mist, het belangrijkste eerst. "
                    "Vink aan wat je wilt doen. Op de pagina ‘Actieplan’ kun je alles later "
                    "nog aanpassen."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("formList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Voorgestelde acties; vink aan wat je wilt doen"))
        self.list.setAccessibleDescription(self.tr("Spatie vinkt de gekozen actie aan of af."))
        tick = self.fontMetrics().height() * 7 // 10  # check boxes grow with the font
        self.list.setStyleSheet(f"QListWidget::indicator {{ width: {tick}px; height: {tick}px; }}")
        lang = session.lang
        for item in proposals:
            due = item.due.strftime("%d/%m/%Y") if item.due else ""
            text = (
                self.tr("%1\n%2 · klaar tegen %3")
                .replace("%1", item.goal)
                .replace("%2", label(item.action_kind, lang))
                .replace("%3", due)
            )
            row = QListWidgetItem(text, self.list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.list, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Bewaar in mijn actieplan"))
        self.save_button.setAccessibleDescription(
            self.tr("De aangevinkte acties komen op de pagina Actieplan.")
        )
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setAccessibleDescription(self.tr("Sluit zonder acties te bewaren."))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(self._update)
        width = max(640, self.fontMetrics().averageCharWidth() * 80)  # grows with the font
        self.resize(width, max(480, self.fontMetrics().height() * 24))
        self._update()

    def chosen(self) -> list[ActionPlanItem]:
        return [
            item
            for row, item in enumerate(self.proposals)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        self.save_button.setEnabled(bool(self.chosen()))

    def _save(self) -> None:
        items = self.chosen()
        portfolio = self.session.portfolio
        n = len(items)

        def save() -> int:
            with portfolio.change(
                counted(n, "actie", "acties") + " toegevoegd aan je actieplan",
                counted(n, "action", "actions") + " added to your action plan",
            ):
                for item in items:
                    portfolio.plan.add(item)
            return n

        if self.session.run(self, save) is not None:
            self.saved = n
            self.accept()
