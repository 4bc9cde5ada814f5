"""One application-wide event filter for the app's own rules (focus ring, Tab leaving text
boxes, dialogs kept on the screen). Qt passes every event of every widget through an
application filter, so each one written in Python costs time at every event: one filter
that asks the event's type once and calls only the rules that want that type keeps the
cost to a single call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

Rule = Callable[[QObject, QEvent], None]


class AppEvents(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.rules: dict[QEvent.Type, list[Rule]] = {}
        self.owners: set[str] = set()
        app.installEventFilter(self)

    @classmethod
    def of(cls, app: QApplication) -> AppEvents:
        found = app.findChild(AppEvents)
        return found if isinstance(found, AppEvents) else cls(app)

    def add(self, owner: str, rules: dict[QEvent.Type, Rule]) -> bool:
        """Add ``owner``'s rules once; False when they were there already."""
        if owner in self.owners:
            return False
        self.owners.add(owner)
        for kind, rule in rules.items():
            self.rules.setdefault(kind, []).append(rule)
        return True

    def remove(self, owner: str, rules: dict[QEvent.Type, Rule]) -> None:
        self.owners.discard(owner)
        for kind, rule in rules.items():
            if rule in self.rules.get(kind, []):
                self.rules[kind].remove(rule)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        rules = self.rules.get(event.type())
        if rules:
            for rule in rules:
                rule(watched, event)
        return False
