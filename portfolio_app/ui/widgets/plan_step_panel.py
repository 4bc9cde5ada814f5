"""Below the action plan: the selected step's concrete next step (route, catalogues to open,
what helps pay) or, for a step done, the day it was done and what a later check said.

It reads the plan through the core (``check.load_plan``), with the rights for the person's
situation, and only lays the result out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from portfolio_app.check import PlanEntry, load_evc_costs, load_plan
from portfolio_app.domain import ActionPlanItem
from portfolio_app.rights.files import load_rights
from portfolio_app.rights.view import OFFLINE
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.learning_steps import StepsView
from portfolio_app.ui.widgets.text import paragraph


class PlanStepPanel(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Volgende stap"), parent)
        self.session = session
        self.rules = load_rights(load_evc_costs())
        self.entries: dict[str, PlanEntry] = {}
        layout = QVBoxLayout(self)
        self.text = paragraph("", self)
        layout.addWidget(self.text)
        self.steps = StepsView(session.lang, self)
        layout.addWidget(self.steps)
        self.offline = paragraph("", self)
        self.offline.setObjectName("hint")
        layout.addWidget(self.offline)
        self.show_item(None)

    def refresh(self) -> None:
        session = self.session
        entries = session.run(
            self,
            lambda: load_plan(session.portfolio, session.language, self.rules, date.today()),
        )
        self.entries = {e.item.id: e for e in entries or []}

    def show_item(self, item: ActionPlanItem | None) -> None:
        lang = self.session.lang
        entry = self.entries.get(item.id) if item is not None else None
        lines: list[str] = []
        if item is None:
            lines.append(self.tr("Kies een actie in de tabel om te zien waar je kan beginnen."))
        elif not item.is_open:
            if item.closed_on is not None:
                lines.append(
                    self.tr("Afgesloten op %1.").replace("%1", item.closed_on.strftime("%d/%m/%Y"))
                )
            if entry is not None and entry.followup is not None:
                text = entry.followup.text()
                lines.append(text[1] if lang == "en" else text[0])
            elif item.competence is not None and item.target is not None:
                lines.append(
                    self.tr("Doe de check opnieuw om te zien wat er veranderde na deze actie.")
                )
        step = entry.step if entry is not None and item is not None and item.is_open else None
        if item is not None and item.is_open and step is None:
            lines.append(self.tr("Voor deze actie heeft de app geen opleidingsaanbod om te tonen."))
        self.text.setText("\n".join(lines))
        self.text.setVisible(bool(lines))
        self.steps.set_steps([step] if step is not None else [])
        self.offline.setText(OFFLINE[1] if lang == "en" else OFFLINE[0])
        self.offline.setVisible(step is not None)
