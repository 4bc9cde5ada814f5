"""Portfolio text left on the clipboard is cleared when the portfolio locks.

The app never copies by itself: text reaches the clipboard when the user copies it out of a
field, a label or the preview (Ctrl+C, or Kopiëren in the context menu), through Qt's own
widgets. So the guard listens to the clipboard while a portfolio is unlocked and remembers a
fingerprint (SHA-256, not the text) of what this app put there: a change is the app's when Qt
says the app owns the clipboard, or when it happened while the app was the active one (for
platforms that cannot tell ownership, such as the offscreen one of the tests). On lock, and
when the app quits, the clipboard is cleared only if it still holds exactly that text, so
whatever the user copied in another program since is left alone. On X11 the same is done
for the selection that a middle click pastes.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication

Mode = QClipboard.Mode


def _fingerprint(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    def __init__(
        self,
        clipboard: QClipboard,
        parent: QObject | None = None,
        is_ours: Callable[[Mode], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._is_ours = is_ours or self._app_owns
        self._modes = [Mode.Clipboard]
        if clipboard.supportsSelection():
            self._modes.append(Mode.Selection)
        self._ours: dict[Mode, bytes] = {}
        self._watching = False
        clipboard.changed.connect(self._changed)

    def _app_owns(self, mode: Mode) -> bool:
        if mode == Mode.Clipboard and self._clipboard.ownsClipboard():
            return True
        if mode == Mode.Selection and self._clipboard.ownsSelection():
            return True
        return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def watch(self) -> None:
        """A portfolio was unlocked: from now on, remember what the app copies."""
        self._ours.clear()
        self._watching = True

    def _changed(self, mode: Mode) -> None:
        if not self._watching or mode not in self._modes:
            return
        text = self._clipboard.text(mode)
        if text and self._is_ours(mode):
            self._ours[mode] = _fingerprint(text)
        else:
            self._ours.pop(mode, None)  # another program's now (or empty)

    def clear_if_ours(self) -> bool:
        """On lock or quit: clear what still holds the app's text. True when cleared."""
        self._watching = False
        ours, self._ours = self._ours, {}
        cleared = False
        for mode, fingerprint in ours.items():
            if hmac.compare_digest(_fingerprint(self._clipboard.text(mode)), fingerprint):
                self._clipboard.clear(mode)
                cleared = True
        return cleared
