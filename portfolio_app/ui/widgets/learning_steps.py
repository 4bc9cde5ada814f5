"""Concrete learning steps as the check's result and the plan show them: the route, what to
do, each catalogue with what to type there and a button that opens it in the browser, and
what can help pay. The texts are the core's (``check.steps``), in the user's language."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from portfolio_app.domain.check_result import OpenPoint
from portfolio_app.domain.steps import ROUTE_LABELS, LearningStep
from portfolio_app.ui.widgets.text import paragraph
from portfolio_app.ui.widgets.web_links import LinkButton


def pick(lang: str, nl: str, en: str) -> str:
    return en if lang == "en" and en else nl


class StepsView(QWidget):
    """A column of learning steps, remade by ``set_steps``."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.buttons: list[LinkButton] = []
        self._parts: list[QWidget] = []

    def clear(self) -> None:
        for widget in self._parts:
            self.column.removeWidget(widget)
            widget.deleteLater()
        self._parts.clear()
        self.buttons.clear()

    def set_steps(self, steps: list[LearningStep], title: str = "") -> None:
        self.clear()
        if title:
            self._add(self._bold(title))
        for step in steps:
            self._add(self._step(step))

    def _add(self, widget: QWidget) -> None:
        self.column.addWidget(widget)
        self._parts.append(widget)

    def _bold(self, text: str) -> QLabel:
        label = paragraph(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _step(self, step: LearningStep) -> QWidget:
        lang = self.lang
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        route = pick(lang, *ROUTE_LABELS[step.route])
        layout.addWidget(
            paragraph(
                self.tr("Route: %1. %2")
                .replace("%1", route)
                .replace("%2", pick(lang, step.text, step.text_en)),
                box,
            )
        )
        for link in step.links:
            row = QHBoxLayout()
            button = LinkButton(
                self.tr("Open %1").replace("%1", pick(lang, link.name, link.name_en)), link.url, box
            )
            self.buttons.append(button)
            row.addWidget(button)
            how = paragraph(pick(lang, link.how, link.how_en), box)
            how.setObjectName("hint")
            row.addWidget(how, 1)
            layout.addLayout(row)
        pay = pick(lang, step.pay, step.pay_en)
        if pay:
            layout.addWidget(paragraph(pay, box))
        return box


def first_steps(points: list[OpenPoint], count: int = 3) -> list[LearningStep]:
    """The first learning step of each of the ``count`` most important open points that
    have one."""
    return [point.steps[0] for point in points if point.steps][:count]
