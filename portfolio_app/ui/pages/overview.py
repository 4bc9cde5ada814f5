"""Overzicht: the portfolio at a glance, and where to go next. Every item leads to its page."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import Validity
from portfolio_app.domain.enums import CompetenceKind, label
from portfolio_app.domain.leerbewijs import VALIDITY_LABELS
from portfolio_app.ui.models.claims import STALE_AFTER
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.chart import KindLevelChart, bucket
from portfolio_app.ui.widgets.link import LinkButton
from portfolio_app.ui.widgets.text import heading, paragraph

MAX_ITEMS = 5


class Card(QFrame):
    """A titled block of the overview."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        self.body = QVBoxLayout(self)
        self.body.addWidget(heading(title, self, level=2))
        self.body.addStretch(1)
        self._items: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._items:
            self.body.removeWidget(widget)
            widget.deleteLater()
        self._items.clear()

    def add(self, widget: QWidget) -> QWidget:
        self.body.insertWidget(self.body.count() - 1, widget)
        self._items.append(widget)
        return widget


class OverviewPage(Page):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Overzicht"), parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to each link; they scroll
        content = QWidget(scroll)
        self.grid = QGridLayout(content)
        self.grid.setSpacing(14)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        self.counts = Card(self.tr("Wat zit er in je portfolio"), content)
        self.chart_card = Card(self.tr("Competenties per soort en niveau"), content)
        self.chart = KindLevelChart(self.chart_card)
        self.chart_card.body.insertWidget(1, self.chart)
        self.stale = Card(self.tr("Meer dan 3 jaar niet gebruikt"), content)
        self.expiring = Card(self.tr("Leerbewijzen die (bijna) verlopen"), content)
        self.check = Card(self.tr("Laatste competentiecheck"), content)
        self.plan = Card(self.tr("Open acties"), content)
        self.cards = [
            self.counts,
            self.chart_card,
            self.stale,
            self.expiring,
            self.check,
            self.plan,
        ]
        self._columns = 0
        self._arrange(2)
        self._titles = {
            "competences": self.tr("Competenties"),
            "leerbewijzen": self.tr("Leerbewijzen"),
            "experiences": self.tr("Ervaringen"),
            "check": self.tr("Competentiecheck"),
            "plan": self.tr("Actieplan"),
        }

    def _arrange(self, columns: int) -> None:
        """Two columns of cards when they fit, one when the text is large or the window
        narrow, so nothing needs a sideways scroll bar."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards:
            self.grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self.grid.addWidget(card, index // columns, index % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.grid.setRowStretch(len(self.cards), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wide_enough = self.width() >= self.fontMetrics().averageCharWidth() * 110
        self._arrange(2 if wide_enough else 1)

    def _link(self, card: Card, text: str, page: str, hint: object = None) -> None:
        button = LinkButton(text, card)
        button.setAccessibleDescription(
            self.tr("Gaat naar de pagina %1.").replace("%1", self._titles.get(page, page))
        )
        button.clicked.connect(lambda: self.session.navigate.emit(page, hint))
        card.add(button)

    def refresh(self) -> None:
        super().refresh()
        portfolio = self.session.portfolio
        lang = self.session.lang
        today = date.today()
        claims = portfolio.claims.list()
        leerbewijzen = portfolio.leerbewijzen.list()

        self.counts.clear()
        for text, page in (
            (self.tr("%n competentie(s)", "", len(claims)), "competences"),
            (self.tr("%n leerbewijs/leerbewijzen", "", len(leerbewijzen)), "leerbewijzen"),
            (self.tr("%n ervaring(en)", "", portfolio.experiences.count()), "experiences"),
        ):
            self._link(self.counts, text, page)
        if not claims:
            self.counts.add(
                paragraph(
                    self.tr(
                        "Begin met je competenties: wat kun je? Kies ‘Competenties’ en dan "
                        "‘Voeg toe uit een beroep…’ om snel te starten."
                    ),
                    self.counts,
                )
            )

        per_kind: dict[CompetenceKind, Counter[int]] = {kind: Counter() for kind in CompetenceKind}
        for claim in claims:
            per_kind[claim.kind][bucket(claim.level_fraction)] += 1
        legend = [self.tr("basis"), self.tr("zelfstandig"), self.tr("gevorderd"), self.tr("expert")]
        self.chart.set_data(
            [(label(kind, lang), counts) for kind, counts in per_kind.items()], legend
        )

        self.stale.clear()
        stale = [c for c in claims if c.last_used and today - c.last_used > STALE_AFTER]
        for claim in stale[:MAX_ITEMS]:
            used = claim.last_used.strftime("%m/%Y") if claim.last_used else ""
            self._link(self.stale, f"{claim.label} – {used}", "competences", "stale")
        if len(stale) > MAX_ITEMS:
            self._link(self.stale, self.tr("Toon alle %n", "", len(stale)), "competences", "stale")
        if not stale:
            self.stale.add(
                paragraph(
                    self.tr("Geen: je gebruikte al je competenties de voorbije 3 jaar."), self.stale
                )
            )

        self.expiring.clear()
        flagged = [
            lb
            for lb in leerbewijzen
            if lb.validity(today) in (Validity.VERLOPEN, Validity.VERLOOPT_BINNENKORT)
        ]
        for proof in flagged[:MAX_ITEMS]:
            nl, en = VALIDITY_LABELS[proof.validity(today)]
            when = proof.expires.strftime("%d/%m/%Y") if proof.expires else ""
            text = f"{proof.title} – {en if lang == 'en' else nl} ({when})"
            self._link(self.expiring, text, "leerbewijzen", proof.id)
        if not flagged:
            self.expiring.add(
                paragraph(self.tr("Geen leerbewijzen die binnen 90 dagen verlopen."), self.expiring)
            )

        self.check.clear()
        latest = portfolio.checks.latest()
        if latest is None:
            self._link(self.check, self.tr("Je deed nog geen check. Start er een →"), "check")
        else:
            counts = latest.headline()
            text = self.tr(
                "%1 op %2: je zegt %3 van de %4 belangrijkste competenties te kunnen, %5 aangetoond"
            )
            text = (
                text.replace("%1", latest.target.label)
                .replace("%2", latest.checked_on.strftime("%d/%m/%Y"))
                .replace("%3", str(counts.said))
                .replace("%4", str(counts.total))
                .replace("%5", str(counts.shown))
            )
            self._link(self.check, text, "check", latest.id)

        self.plan.clear()
        open_items = portfolio.plan.open_items()
        for item in open_items[:MAX_ITEMS]:
            due = f" – {item.due.strftime('%d/%m/%Y')}" if item.due else ""
            self._link(self.plan, item.goal + due, "plan", item.id)
        if not open_items:
            self.plan.add(paragraph(self.tr("Geen open acties."), self.plan))
