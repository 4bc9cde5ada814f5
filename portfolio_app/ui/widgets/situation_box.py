"""Instellingen › Over jou: the person's situation (werkend, werkzoekend, student, …), in a
box of its own that saves itself, so it does not depend on how the rest of the profile form
is saved.

It is optional and says why it is asked (it decides what "Mijn rechten" shows) and that it
stays out of every export unless chosen. A choice is saved at once, dated today; an answer of
a year or more ago asks "Klopt dit nog?" with a button to confirm it (which dates it anew).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from portfolio_app.domain import revised
from portfolio_app.domain.enums import WorkStatus, label
from portfolio_app.domain.situation import Situation
from portfolio_app.rights.view import situation_text
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import paragraph
from portfolio_app.vault import ChangeEvent


class SituationBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Over jou: je situatie"), parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Werk je, zoek je werk, studeer je? Dat bepaalt welke premies en cheques "
                    "je ziet bij ‘Mijn rechten’. Je hoeft het niet in te vullen. Het komt "
                    "niet in een export, tenzij je dat zelf kiest."
                ),
                self,
            )
        )
        row = QHBoxLayout()
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("Niet opgegeven"), None)
        for status in WorkStatus:
            self.choice.addItem(label(status, session.lang), status)
        self.choice.setAccessibleName(self.tr("Je situatie"))
        self.choice.setAccessibleDescription(
            self.tr("Bepaalt wat je ziet bij ‘Mijn rechten’; wordt meteen bewaard.")
        )
        self.choice.activated.connect(self._chosen)
        row.addWidget(self.choice, 1)
        self.confirm = QPushButton(self.tr("Ja, dit &klopt nog"), self)
        self.confirm.setAccessibleDescription(
            self.tr("Bevestigt dat je situatie nog dezelfde is, met de datum van vandaag.")
        )
        self.confirm.clicked.connect(self._confirm)
        row.addWidget(self.confirm)
        layout.addLayout(row)
        self.when = paragraph("", self)
        layout.addWidget(self.when)
        session.changed.connect(self._changed)
        self.refresh()

    def _changed(self, event: ChangeEvent) -> None:
        if "profile" in event.tables:
            self.refresh()

    def refresh(self) -> None:
        situation = self.session.portfolio.profile.get().situation
        today = date.today()
        index = self.choice.findData(situation.status if situation else None)
        self.choice.setCurrentIndex(max(index, 0))
        text = situation_text(situation, today)
        self.when.setText(text[1] if self.session.lang == "en" else text[0])
        stale = situation is not None and situation.needs_confirming(today)
        self.when.setObjectName("warningText" if stale else "hint")
        self.confirm.setVisible(stale)

    def _save(self, situation: Situation | None) -> None:
        portfolio = self.session.portfolio

        def save() -> None:
            profile = portfolio.profile.get()  # fresh: whatever else was saved stays
            portfolio.profile.save(revised(profile, situation=situation))

        self.session.run(self, save)

    def _chosen(self, _index: int) -> None:
        data = self.choice.currentData()
        status = WorkStatus(data) if data else None
        current = self.session.portfolio.profile.get().situation
        if current is not None and current.status == status:
            return
        self._save(Situation(status=status, set_on=date.today()) if status else None)

    def _confirm(self) -> None:
        current = self.session.portfolio.profile.get().situation
        if current is not None:
            self._save(Situation(status=current.status, set_on=date.today()))
