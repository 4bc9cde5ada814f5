"""Mijn rechten: the rights and incentives that apply to the person's situation, each with
its conditions, its figures (with their date, and "controleer het bedrag" when older than a
school year), where to check it and its sources (``portfolio_app.rights``).

Without a situation everything is shown, "afhankelijk van je situatie", with a button to give
one. A situation given a year or more ago is questioned. The app stays offline: a page only
opens in the browser when the user clicks its button, and the page says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import load_evc_costs
from portfolio_app.rights.files import load_rights
from portfolio_app.rights.model import Rules
from portfolio_app.rights.view import OFFLINE, RightShown, RightsView, rights_view
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.overview import Card
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import paragraph
from portfolio_app.ui.widgets.web_links import LinkButton


def pick(lang: str, text: tuple[str, str]) -> str:
    return text[1] if lang == "en" and text[1] else text[0]


class RightCard(Card):
    """One right: whom it is for, what it is, its conditions, figures, where to check it."""

    def __init__(self, right: RightShown, view: RightsView, lang: str, parent: QWidget) -> None:
        rule = right.rule
        super().__init__(pick(lang, rule.name), parent)
        self.rule_id = rule.id
        status = paragraph(pick(lang, right.status(view.situation)), self)
        font = status.font()
        font.setBold(True)
        status.setFont(font)
        self.add(status)
        ended = pick(lang, right.ended_text())
        if ended:
            warning = paragraph(ended, self)
            warning.setObjectName("warningText")
            self.add(warning)
        self.add(paragraph(pick(lang, rule.what), self))
        conditions = "\n".join(f"•  {pick(lang, c)}" for c in rule.conditions)
        self.add(paragraph(conditions, self))
        self.warnings: list[str] = []
        for figure in right.figures:
            self.add(paragraph(pick(lang, figure.text), self))
            text = pick(lang, figure.warning(rule.check_label))
            if text:
                self.warnings.append(text)
                label = paragraph(text, self)
                label.setObjectName("warningText")
                self.add(label)
        where = paragraph(
            self.tr("Nagaan bij: %1").replace("%1", pick(lang, rule.check_label)), self
        )
        self.add(where)
        self.link: LinkButton | None = None
        if rule.check_url:
            self.link = LinkButton(self.tr("Open de pagina in je browser"), rule.check_url, self)
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(self.link)
            line.addStretch(1)
            self.add(row)
        source = paragraph(pick(lang, right.source_line()), self)
        source.setObjectName("sourceText")
        self.add(source)


class RightsPage(Page):
    watches = frozenset({"profile"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Mijn rechten"), parent)
        self.rules: Rules | None = load_rights(load_evc_costs())
        self.view: RightsView | None = None
        self.situation = paragraph("", self)
        self.situation.setAccessibleName(self.tr("Je situatie"))
        self.layout_.addWidget(self.situation)
        row = QHBoxLayout()
        self.change = QPushButton(self.tr("Je &situatie aanpassen…"), self)
        self.change.setAccessibleDescription(
            self.tr("Opent Instellingen, waar je kiest of je werkt, werk zoekt of studeert.")
        )
        self.change.clicked.connect(lambda: session.navigate.emit("settings", None))
        row.addWidget(self.change)
        self.show_all = QCheckBox(self.tr("Toon ook wat &niet voor jouw situatie is"), self)
        self.show_all.toggled.connect(lambda _on: self.refresh())
        row.addWidget(self.show_all)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.note = paragraph("", self)
        self.note.setObjectName("hint")
        self.layout_.addWidget(self.note)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' links; they scroll
        content = QWidget(scroll)
        self.cards = QVBoxLayout(content)
        self.cards.setSpacing(12)
        self.cards.addStretch(1)
        scroll.setWidget(content)
        self.content = content
        self.layout_.addWidget(scroll, 1)
        self.shown: list[RightCard] = []

    def refresh(self) -> None:
        super().refresh()
        lang = self.session.lang
        for card in self.shown:
            self.cards.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.shown = []
        if self.rules is None:
            self.situation.setText(self.tr("De lijst met rechten is niet geïnstalleerd."))
            return
        situation = self.session.portfolio.profile.get().situation
        view = rights_view(self.rules, situation, date.today())
        self.view = view
        self.situation.setText(pick(lang, view.situation_text()))
        self.situation.setObjectName("warningText" if view.confirm else "")
        self.note.setText(f"{pick(lang, view.note)} {pick(lang, OFFLINE)}")
        self.show_all.setVisible(bool(view.not_for_you))
        rights = list(view.shown)
        if self.show_all.isChecked():
            rights += view.not_for_you
        for right in rights:
            card = RightCard(right, view, lang, self.content)
            self.cards.insertWidget(self.cards.count() - 1, card)
            self.shown.append(card)
