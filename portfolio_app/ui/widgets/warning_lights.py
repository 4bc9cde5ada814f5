"""The check's warning lights (knipperlichten): one row each, with a badge, a word for how
serious it is and the reason in one line.

The badge has a different symbol per severity and the word says it again, so nobody has to
tell red from green; the colours themselves live in style.py under the badge's object name.
A light about a leerbewijs, an experience or stale competences offers a button to the page
where the user can act on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from portfolio_app.domain.check_result import Severity, WarningLight
from portfolio_app.ui.widgets.layout_tools import clear_layout

BADGES: dict[Severity, tuple[str, str]] = {
    Severity.ALERT: ("!!", "lightAlert"),
    Severity.WARNING: ("!", "lightWarning"),
    Severity.INFO: ("i", "lightInfo"),
    Severity.POSITIVE: ("✓", "lightPositive"),
}

RELATED = "related"  # stands for the light's related_id as the page hint

# where a light's button leads: page key and hint for that page
LINKS: dict[str, tuple[str, str | None]] = {
    "leerbewijs_verlopen": ("leerbewijzen", RELATED),
    "leerbewijs_verloopt": ("leerbewijzen", RELATED),
    "zelfde_job": ("experiences", RELATED),
    "niet_gebruikt": ("competences", "stale"),
    "geen_bewijs": ("competences", None),
    "wil_niet": ("competences", None),
    "vrije_tekst": ("competences", None),
}


class WarningLights(QWidget):
    navigate = Signal(str, object)  # page key, hint

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.list = QVBoxLayout(self)
        self.list.setContentsMargins(0, 0, 0, 0)
        self.list.setSpacing(14)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []

    def severity_word(self, severity: Severity) -> str:
        words = {
            Severity.ALERT: self.tr("Dringend"),
            Severity.WARNING: self.tr("Let op"),
            Severity.INFO: self.tr("Goed om te weten"),
            Severity.POSITIVE: self.tr("Goed nieuws"),
        }
        return words[severity]

    def set_lights(self, lights: list[WarningLight]) -> None:
        clear_layout(self.list)
        self.rows.clear()
        for light in lights:
            self.list.addWidget(self._row(light))
        if not lights:
            none = QLabel(self.tr("Geen knipperlichten voor dit doel."), self)
            none.setWordWrap(True)
            self.list.addWidget(none)

    def _row(self, light: WarningLight) -> QWidget:
        row = QWidget(self)
        symbol, name = BADGES[light.severity]
        badge = QLabel(symbol, row)
        badge.setObjectName(name)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = self.fontMetrics().height() * 3 // 2
        badge.setFixedSize(side, side)
        word = QLabel(self.severity_word(light.severity), row)
        font = word.font()
        font.setBold(True)
        word.setFont(font)
        message = light.message_en if self.lang == "en" and light.message_en else light.message
        text = QLabel(message, row)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(f"{word.text()}: {message}")
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(word)
        words.addWidget(text)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = Qt.AlignmentFlag.AlignTop
        layout.addWidget(badge, 0, top)
        layout.addLayout(words, 1)
        self.rows.append((badge, word, text))
        link = LINKS.get(light.code)
        if link is not None:
            page, hint = link
            if hint == RELATED:
                hint = light.related_id
            button = QPushButton(self.tr("Bekijk"), row)
            button.setAccessibleName(self.tr("Bekijk: %1").replace("%1", message))
            button.setAccessibleDescription(self.tr("Gaat naar de pagina waar je dit aanpakt."))
            button.clicked.connect(lambda _=False, p=page, h=hint: self.navigate.emit(p, h))
            layout.addWidget(button, 0, top)
        return row
