"""While the first window waits for the user (a passphrase takes seconds to type), the core
modules an open portfolio needs are imported on a worker thread: the domain's pydantic
models, the vault, the competence language, the check, the exports. Unlocking then only
has the pages themselves to import.

Only modules without widgets are imported here (Qt's classes belong to the GUI thread), and
nothing else imports them meanwhile: whoever needs them first waits for the preloader
(``wait``), so two threads never import the same modules at once. A module that fails to
import here is imported again, and its error reported, where it is used. A plain Python
thread (a daemon) rather than a QThread: quitting while it works must not abort the app.
"""

from __future__ import annotations

import threading
from importlib import import_module

CORE = (
    "portfolio_app.vault.portfolio",
    "portfolio_app.vault.backups",
    "portfolio_app.vault.conflicts",
    "portfolio_app.vault.passphrase",
    "portfolio_app.language",
    "portfolio_app.demo",
    "portfolio_app.check",
    "portfolio_app.export.cv_annex",
    "portfolio_app.export.evc_dossier",
    "portfolio_app.export.json_document",
    "portfolio_app.export.json_resume",
)


def import_core() -> None:
    for name in CORE:
        try:
            import_module(name)
        except Exception:  # noqa: BLE001 - imported (and reported) again where used
            return


class Preloader:
    def __init__(self) -> None:
        self._thread = threading.Thread(target=import_core, name="preload", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    def started(self) -> bool:
        return self._thread.ident is not None

    def wait(self) -> None:
        """Until the core is imported: here if the preloader never started."""
        if self.started():
            self._thread.join()
        else:
            import_core()
