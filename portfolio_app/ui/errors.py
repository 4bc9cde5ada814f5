"""Errors as people see them: one plain dialog, never a traceback.

A ``PortfolioError`` carries its own Dutch and English text. Anything else is a bug: the user
gets a calm message (nothing was lost: every save is a transaction) and the log gets the
error's class and code locations only, without personal data.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from portfolio_app import logs
from portfolio_app.errors import PortfolioError


def show_error(parent: QObject | None, exc: PortfolioError, lang: str = "nl") -> None:
    logs.record_error(exc)
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("errors", "Dat lukte niet"))
    box.setText(exc.message(lang))
    box.setAccessibleName(QCoreApplication.translate("errors", "Foutmelding"))
    box.exec()


def install_excepthook(lang_of: object) -> None:
    """Catch what escapes a slot, so the app keeps running with a message."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        lang = lang_of() if callable(lang_of) else "nl"
        if isinstance(exc, PortfolioError):
            show_error(None, exc, lang)
            return
        logs.record_unexpected(exc.with_traceback(tb))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("errors", "Er ging iets mis"),
            QCoreApplication.translate(
                "errors",
                "Er ging iets onverwachts mis. Alles wat je bewaarde is veilig: elke wijziging "
                "wordt meteen en volledig bewaard. Probeer het opnieuw; lukt het niet, sluit dan "
                "de app en open ze opnieuw.",
            ),
        )

    sys.excepthook = hook
