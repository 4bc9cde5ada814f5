"""Change the passphrase: the current one, then the new one twice with the strength meter."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from portfolio_app.errors import PassphraseMismatch
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.passphrase import PassphraseEdit, StrengthMeter
from portfolio_app.vault import RULE_EN, RULE_NL
from portfolio_app.vault.passphrase import profile_words


class PassphraseDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wachtzin wijzigen"), session.lang, parent)
        self.session = session
        rule = QLabel(RULE_EN if session.lang == "en" else RULE_NL, self)
        rule.setWordWrap(True)
        self.form.addRow(rule)
        self.old = self.add_row(
            self.tr("&Huidige wachtzin"), PassphraseEdit(self.tr("Huidige wachtzin"), self)
        )
        self.new = self.add_row(
            self.tr("&Nieuwe wachtzin"), PassphraseEdit(self.tr("Nieuwe wachtzin"), self)
        )
        own_words = profile_words(session.portfolio.profile.get())
        self.meter = StrengthMeter(session.lang, self, own_words)
        self.form.addRow("", self.meter)
        self.again = self.add_row(
            self.tr("H&erhaal"), PassphraseEdit(self.tr("Herhaal de nieuwe wachtzin"), self)
        )
        assert isinstance(self.old, PassphraseEdit)
        assert isinstance(self.new, PassphraseEdit)
        assert isinstance(self.again, PassphraseEdit)
        self.old.edit.setAccessibleDescription(self.tr("De wachtzin waarmee je nu opent."))
        self.new.edit.setAccessibleDescription(
            self.tr("Minstens 12 tekens. Onder het veld staat hoe sterk ze is.")
        )
        self.again.edit.setAccessibleDescription(self.tr("Typ de nieuwe wachtzin nog eens."))
        self.new.textChanged.connect(self.meter.update_for)
        self.resize(520, 420)

    def build(self) -> None:
        assert isinstance(self.old, PassphraseEdit)
        assert isinstance(self.new, PassphraseEdit)
        assert isinstance(self.again, PassphraseEdit)
        if self.new.text() != self.again.text():
            raise PassphraseMismatch()
        self.session.portfolio.change_passphrase(self.old.text(), self.new.text())
