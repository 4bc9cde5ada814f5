"""The "Over jou" part of Instellingen. It saves like everything else in the app: at once,
with no button to forget. A field is saved when the user leaves it and after a short pause
in typing; leaving the page, locking and closing save what was typed last. Every save is one
change of the portfolio, so Ctrl+Z takes it back and the status line says "Bewaard".

A field the core refuses (an e-mail address without @) is said next to the fields and not
saved; the other fields still are, so a typo in one field never costs the rest.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from portfolio_app.domain import Profile
from portfolio_app.domain.validation import explain
from portfolio_app.errors import PortfolioError
from portfolio_app.ui.session import Session

SAVE_AFTER_MS = 800  # a pause in typing this long saves


class ProfileBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Over jou (alleen wat je kiest komt in een export)"), parent)
        self.session = session
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        self.form = QFormLayout(self)
        intro = QLabel(self.tr("Wat je hier typt, wordt meteen bewaard."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.given = self._line(self.tr("&Voornaam"))
        self.family = self._line(self.tr("&Familienaam"))
        self.emails = self._line(self.tr("&E-mail (meerdere: scheid met komma's)"))
        self.phone = self._line(self.tr("Telefoo&n"))
        self.city = self._line(self.tr("W&oonplaats"))
        self.headline = self._line(self.tr("&Korte omschrijving"))
        self.summary = QPlainTextEdit(self)
        self.summary.setMaximumHeight(self.fontMetrics().height() * 5)
        self.summary.setAccessibleName(self.tr("Over mij"))
        self.summary.setAccessibleDescription(self._saved_as_typed())
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(self._typed)
        self.form.addRow(self.tr("Over &mij"), self.summary)
        self.problem = QLabel(self)
        self.problem.setObjectName("errorText")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Probleem met wat je over jezelf schreef"))
        self.form.addRow(self.problem)
        self.problem.hide()

    def _line(self, text: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setAccessibleDescription(self._saved_as_typed())
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self.save)
        self.form.addRow(text, edit)
        return edit

    def _saved_as_typed(self) -> str:
        return self.tr("Wordt bewaard terwijl je typt; komt alleen in een export als je dat kiest.")

    def _typed(self) -> None:
        if not self._loading:
            self.timer.start()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored profile; text being typed (not saved yet) stays as it is."""
        if self.timer.isActive():
            return
        profile = self.session.portfolio.profile.get()
        self._loading = True
        for edit, value in self._fields(profile):
            if edit.text() != value:
                edit.setText(value)
        if self.summary.toPlainText() != profile.summary:
            self.summary.setPlainText(profile.summary)
        self._loading = False

    def _fields(self, profile: Profile) -> list[tuple[QLineEdit, str]]:
        return [
            (self.given, profile.given_name),
            (self.family, profile.family_name),
            (self.emails, ", ".join(profile.emails)),
            (self.phone, profile.phone),
            (self.city, profile.city),
            (self.headline, profile.headline),
        ]

    def typed(self) -> dict[str, Any]:
        """The fields as typed (spaces too: the field must not change under the cursor)."""
        return {
            "given_name": self.given.text(),
            "family_name": self.family.text(),
            "emails": [e.strip() for e in self.emails.text().split(",") if e.strip()],
            "phone": self.phone.text(),
            "city": self.city.text(),
            "headline": self.headline.text(),
            "summary": self.summary.toPlainText(),
        }

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        """Save what differs from the stored profile, as one change; a refused field keeps
        its stored value and is said."""
        self.timer.stop()
        portfolio = self.session.portfolio
        if not portfolio.is_open:
            return
        try:
            current = portfolio.profile.get()
        except PortfolioError:
            return
        data = {**current.model_dump(), **self.typed()}
        problems: list[str] = []
        try:
            profile = Profile.model_validate(data)
        except ValidationError as exc:
            problems = explain(exc, self.session.lang)
            refused = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
            kept = {name: getattr(current, name) for name in refused if hasattr(current, name)}
            try:
                profile = Profile.model_validate({**data, **kept})
            except ValidationError:
                profile = current
        if problems:
            problems.append(self.tr("Wat hier fout is, is nog niet bewaard; de rest wel."))
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))
        if profile != current:
            self.session.run(self, lambda: portfolio.profile.save(profile))

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        """Leaving the page, locking, closing: what was typed last is saved first."""
        self.save()
        super().hideEvent(event)
