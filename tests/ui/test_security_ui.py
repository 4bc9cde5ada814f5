"""The GUI's part in keeping the portfolio safe: the strength meter that knows the user's own
words, the clipboard cleared on lock, and the unlock delay that survives a restart."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from portfolio_app.domain import Profile
from portfolio_app.ui.dialogs.passphrase_dialog import PassphraseDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.passphrase import StrengthMeter


def test_the_meter_of_passwd_knows_the_users_profile(session: Session, qapp: QApplication) -> None:
    session.portfolio.profile.save(
        Profile(given_name="An", family_name="Peeters", city="Lier", birth_date=date(1990, 1, 2))
    )
    dialog = PassphraseDialog(session)
    dialog.new.edit.setText("AnPeetersLier")  # type: ignore[attr-defined]
    assert "naam, woonplaats of e-mailadres" in dialog.meter.hint.text()
    assert dialog.meter.bar.value() <= 1
    dialog.new.edit.setText("paars fietsje leest graag")  # type: ignore[attr-defined]
    assert dialog.meter.hint.text() == "Sterk." and dialog.meter.bar.value() == 4
    dialog.deleteLater()


def test_the_meter_rates_the_issue_examples_weak(qapp: QApplication) -> None:
    meter = StrengthMeter("en")
    for weak in ("Password1234", "wachtwoord12", "qwertyuiop12", "Welkom2024!!", "abcdabcdabcd"):
        assert meter.update_for(weak) is False
        assert meter.hint.text().startswith("Weak: ")
    assert meter.update_for("groene tafel zingt luid") is True
    meter.deleteLater()
