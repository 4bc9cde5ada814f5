"""Links to public web pages, opened in the user's browser only when they click.

The app itself stays offline: nothing here fetches a page, checks a link or prefetches
anything. A click hands the address to the desktop (``QDesktopServices``), which opens the
browser; that is the only way a link leaves the app.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the browser; only https addresses of the app's own data are passed."""
    if not url.startswith("https://"):
        return False
    return bool(QDesktopServices.openUrl(QUrl(url)))


class LinkButton(QPushButton):
    """A button that opens one address in the browser when clicked, and names where it
    goes (the address is also its tooltip, so the user can see it before clicking)."""

    def __init__(self, text: str, url: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.url = url
        self.setToolTip(url)
        self.setAccessibleDescription(url)
        self.setAutoDefault(False)
        self.clicked.connect(lambda: open_in_browser(self.url))
