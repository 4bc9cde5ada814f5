"""Which window is on screen, and the passage between them: first run, unlock, main window,
lock. The controller owns the open ``Portfolio`` for as long as it is unlocked; locking
destroys the main window (and with it every widget that showed personal data) and closes
the vault."""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from portfolio_app import settings as settings_store
from portfolio_app.errors import PortfolioError, VaultCorrupt, WrongPassphrase
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui import file_dialogs, geometry, i18n
from portfolio_app.ui.busy import BusyIndicator, wait_for
from portfolio_app.ui.clipboard import ClipboardGuard
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.idle import IdleWatcher
from portfolio_app.ui.language_prep import LanguagePreparer
from portfolio_app.ui.preload import Preloader
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.vault import unlock_delay
from portfolio_app.vault.keystore import recall_passphrase

# What only an open portfolio needs (the pydantic models, the competence language, the
# pages) is imported when it is first used: the unlock window comes up without it.
if TYPE_CHECKING:
    from portfolio_app.language import CompetenceLanguage
    from portfolio_app.ui.session import Session
    from portfolio_app.vault import Portfolio

T = TypeVar("T")


def _import_main_window() -> None:
    """What the main window needs, imported while the key is derived."""
    from portfolio_app.ui.pages.registry import import_pages

    import_pages()


def _import_after(core: threading.Event) -> None:
    """The pages' modules, once the worker has the core (two threads never import the same
    modules at once)."""
    if core.is_set():
        _import_main_window()
    else:
        QTimer.singleShot(20, lambda: _import_after(core))


class AppController(QObject):
    def __init__(self, app: QApplication, paths: AppPaths, settings: Settings) -> None:
        super().__init__()
        self.app = app
        self.paths = paths
        self.settings = settings
        self.session: Session | None = None
        self.window: QWidget | None = None
        self._language: CompetenceLanguage | None = None
        self.language_preparer = LanguagePreparer(paths)
        self.idle = IdleWatcher(settings.autolock_minutes, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.preloader: Preloader | None = None
        self._preload_timer = QTimer(self)
        self._preload_timer.setSingleShot(True)
        self._preload_timer.setInterval(200)
        self._preload_timer.timeout.connect(self._start_background_work)
        self.clipboard = ClipboardGuard(app.clipboard(), self)
        app.aboutToQuit.connect(self.clipboard.clear_if_ours)

    # -- where things are -----------------------------------------------------------------

    @property
    def vault_path(self) -> Path:
        return Path(self.settings.vault_path) if self.settings.vault_path else self.paths.vault

    @property
    def language(self) -> CompetenceLanguage:
        if self._language is None:
            from portfolio_app.language import CompetenceLanguage

            self.language_preparer.wait(self.window)
            self._language = CompetenceLanguage.open_default(self.paths)
        return self._language

    def reload_language(self) -> None:
        """After an import: the next session uses the new competence language."""
        if self._language is not None:
            self._language.close()
        self._language = None

    # -- windows ----------------------------------------------------------------------------

    def start(self) -> None:
        path = self.vault_path
        if not path.is_file():
            self.show_welcome()
            return
        remembered = recall_passphrase(path)
        self.show_unlock()
        if remembered:
            try:
                portfolio = self._busy(
                    self.tr("Je portfolio wordt geopend met de onthouden wachtzin…"),
                    lambda: self._unlock(path, remembered),
                )
            except PortfolioError:
                return  # the unlock window asks for it
            self._open(portfolio)

    def show_welcome(self) -> None:
        from portfolio_app.ui.welcome import WelcomeWindow

        welcome = WelcomeWindow(self.settings.language)
        welcome.create_requested.connect(self.create)
        welcome.demo_requested.connect(self.open_demo)
        welcome.open_requested.connect(self.open_other)
        self._show(welcome)
        self._preload()

    def show_unlock(self) -> None:
        unlock = UnlockWindow(self.vault_path)
        unlock.unlock_requested.connect(self.unlock)
        unlock.open_other_requested.connect(self.open_other)
        unlock.new_requested.connect(self.show_welcome)
        self._show(unlock)
        self._preload()
        left = unlock_delay.load(self.vault_path).wait_left()
        if left > 0:  # wrong passphrases before a restart still count
            unlock.show_failure(
                self.tr("Er werd net een verkeerde wachtzin getypt."), math.ceil(left)
            )

    def _show(self, window: QWidget) -> None:
        old = self.window
        self.window = window
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        geometry.remember(window, self.paths, self.settings)
        window.show()
        if old is not None:
            old.hide()
            old.deleteLater()

    def _preload(self) -> None:
        """Import the core while the first window waits for the user; started once the
        window is painted, so it never slows the window down."""
        if self.preloader is None:
            self.preloader = Preloader()
            self._preload_timer.start()

    def _start_background_work(self) -> None:
        """The core's imports, then (on the first start) the competence language's build,
        which needs those modules: one after the other, never two imports at once."""
        if self.preloader is not None:
            self.preloader.start()
            self.language_preparer.start(after=self.preloader.wait)

    def _busy(self, text: str, work: Callable[[], T]) -> T:
        """``work`` on a worker thread, with the window's busy indicator (if it has one);
        the worker first lets the preloader finish, the GUI thread imports the pages."""
        indicator = getattr(self.window, "busy", None)
        self._preload_timer.stop()  # not started yet: the worker imports the core itself
        preloader = self.preloader or Preloader()
        core = threading.Event()

        def after_preload() -> T:
            preloader.wait()
            core.set()
            return work()

        return wait_for(
            after_preload,
            indicator if isinstance(indicator, BusyIndicator) else None,
            text,
            meanwhile=lambda: _import_after(core),
        )

    def _with_language(self, work: Callable[[], T]) -> Callable[[], T]:
        """``work``, then the competence language opened too (built the first time), while
        the user waits anyway. A failure there is left for ``_open`` to report as before."""

        def both() -> T:
            result = work()
            with contextlib.suppress(Exception):
                _ = self.language
            return result

        return both

    # -- actions ----------------------------------------------------------------------------

    def create(self, passphrase: str, remember: bool) -> None:
        path = self.vault_path
        if path.exists():
            chosen = file_dialogs.save_file(
                self.window,
                self.tr("Waar bewaar je het nieuwe portfolio?"),
                path.with_name("portfolio-2.vault"),
                self.tr("Portfolio (*.vault)"),
            )
            if chosen is None:
                return
            path = chosen
        from portfolio_app.vault import Portfolio, remember_passphrase
        from portfolio_app.vault.keystore import note_new_vault

        try:
            portfolio = self._busy(
                self.tr("Je portfolio wordt gemaakt en versleuteld. Dat duurt enkele seconden…"),
                self._with_language(lambda: Portfolio.create(path, passphrase)),
            )
        except PortfolioError as exc:
            show_error(self.window, exc, self.settings.language)
            return
        if not remember or not remember_passphrase(path, passphrase):
            note_new_vault(path)
        self._remember_path(path)
        self._open(portfolio)

    def open_demo(self) -> None:
        from portfolio_app.demo import DEMO_PASSPHRASE, create_demo
        from portfolio_app.vault import Portfolio

        path = self.paths.data_dir / "demo.vault"

        def work() -> Portfolio:
            if not path.is_file():
                create_demo(path, self.language).close()
            return Portfolio.open(path, DEMO_PASSPHRASE)

        try:
            portfolio = self._busy(
                self.tr("Het voorbeeldportfolio wordt geopend…"), self._with_language(work)
            )
        except PortfolioError as exc:
            show_error(self.window, exc, self.settings.language)
            return
        self._open(portfolio)

    def open_other(self, path: str) -> None:
        self._remember_path(Path(path))
        self.show_unlock()

    def unlock(self, passphrase: str) -> None:
        window = self.window
        path = self.vault_path
        try:
            portfolio = self._busy(
                self.tr("Je portfolio wordt ontgrendeld…"),
                self._with_language(lambda: self._unlock(path, passphrase)),
            )
        except VaultCorrupt as exc:
            # Not a wrong guess: no waiting, but the way out (a backup) is offered at once.
            self._offer_restore(exc)
            return
        except WrongPassphrase as exc:
            failures = unlock_delay.record_failure(path)
            if isinstance(window, UnlockWindow):
                wait = unlock_delay.retry_delay(failures.count)
                window.show_failure(exc.message(self.settings.language), wait)
            return
        except PortfolioError as exc:
            if isinstance(window, UnlockWindow):
                window.show_failure(exc.message(self.settings.language))
            else:
                show_error(window, exc, self.settings.language)
            return
        unlock_delay.clear(path)
        self._open(portfolio)

    def _unlock(self, path: Path, passphrase: str) -> Portfolio:
        from portfolio_app.vault import Portfolio
        from portfolio_app.vault.backups import BackupPolicy

        policy = BackupPolicy(self.paths.backups_dir, self.settings.backups_keep)
        portfolio = Portfolio.open(path, passphrase, backups=policy)
        damage = portfolio.damage
        if damage is not None:
            # The pages would fail one read after another; the way out is a backup (the
            # terminal's 'portfolio export json' can still save what is readable).
            portfolio.close()
            raise damage
        return portfolio

    def _open(self, portfolio: Portfolio) -> None:
        from portfolio_app.ui.session import Session

        self.session = Session(portfolio, self.language, self.paths, self.settings)
        self.session.language_requested.connect(self.set_language)
        self.session.autolock_requested.connect(self.set_autolock)
        self.session.language_replaced.connect(self._language_replaced)
        self.session.restore_requested.connect(self.restore)
        self.clipboard.watch()
        self._show_main()
        self.idle.set_minutes(self.settings.autolock_minutes)
        self._report_conflicts(portfolio.path)
        self._report_notices(portfolio)

    def _report_notices(self, portfolio: Portfolio) -> None:
        """A failed daily backup is said at once (a damaged vault never gets this far)."""
        for notice in portfolio.notices:
            QMessageBox.warning(
                self.window,
                self.tr("Geen reservekopie vandaag"),
                notice.message(self.settings.language),
            )

    def _offer_restore(self, problem: PortfolioError) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Portfolio beschadigd"))
        box.setText(problem.message(self.settings.language))
        restore = box.addButton(
            self.tr("Reservekopie terugzetten…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is restore:
            self.restore_from_backup()

    def restore_from_backup(self) -> None:
        """Choose a backup and put it in place of the (damaged) vault, which is closed
        first; then the unlock window asks for the backup's passphrase."""
        from portfolio_app.ui.pages.backup_box import ask_for_backup

        self.lock()
        path = self.vault_path
        chosen = ask_for_backup(
            self.window, self.paths.backups_dir, path.parent, self.settings.language
        )
        if chosen is not None:
            self._restore_closed(path, *chosen)

    def _report_conflicts(self, path: Path) -> None:
        from portfolio_app.vault.conflicts import find_conflict_copies

        copies = find_conflict_copies(path)
        if not copies:
            return
        names = "\n".join(f"• {p.name}" for p in copies[:5])
        QMessageBox.warning(
            self.window,
            self.tr("Conflictkopie gevonden"),
            self.tr(
                "Naast je portfolio staat een kopie die je synchronisatieprogramma maakte, "
                "waarschijnlijk omdat twee computers tegelijk iets wijzigden:\n%1\n\n"
                "Er wordt niets samengevoegd. Open die kopie apart (Ander portfolio openen…) "
                "om te vergelijken, en verwijder daarna wat je niet meer nodig hebt."
            ).replace("%1", names),
        )

    def restore(self, backup: str, passphrase: str) -> None:
        """Close the vault, put the backup in its place, and ask for the passphrase again."""
        if self.session is None:
            return
        path = self.session.portfolio.path
        self.lock()
        self._restore_closed(path, backup, passphrase)

    def _restore_closed(self, path: Path, backup: str, passphrase: str) -> None:
        from portfolio_app.vault.backups import restore as restore_backup

        try:
            restore_backup(Path(backup), passphrase, path, self.paths.backups_dir)
        except PortfolioError as exc:
            show_error(self.window, exc, self.settings.language)
            return
        QMessageBox.information(
            self.window,
            self.tr("Teruggezet"),
            self.tr(
                "De reservekopie is teruggezet. Je vorige portfolio staat bij de "
                "reservekopieën. Ontgrendel met de wachtzin van de reservekopie."
            ),
        )

    def _show_main(self, page: str | None = None) -> None:
        from portfolio_app.ui.main_window import MainWindow

        assert self.session is not None
        window = MainWindow(self.session)
        window.lock_requested.connect(self.lock)
        self._show(window)
        if page:
            window.go_to(page)

    def _language_replaced(self) -> None:
        """Reopen the competence language after an import and rebuild the pages on it."""
        if self.session is None:
            return
        self.reload_language()
        self.session.language = self.language
        self._show_main(page="settings")

    def lock(self) -> None:
        """Close the vault and every window that showed its contents."""
        if self.session is None:
            return
        while (modal := QApplication.activeModalWidget()) is not None:
            modal.close()  # a form or message left open must not outlive the lock
            if QApplication.activeModalWidget() is modal:
                break
        session, self.session = self.session, None
        self.clipboard.clear_if_ours()
        self.show_unlock()
        session.portfolio.close()
        session.deleteLater()

    def set_language(self, language: str) -> None:
        self.settings.language = language
        settings_store.save(self.paths, self.settings)
        i18n.install(self.app, language)
        if self.session is not None:
            self._show_main(page="settings")

    def set_autolock(self, minutes: int) -> None:
        self.settings.autolock_minutes = minutes
        settings_store.save(self.paths, self.settings)
        self.idle.set_minutes(minutes)

    def _remember_path(self, path: Path) -> None:
        if path == self.paths.vault:
            self.settings.vault_path = ""
        else:
            self.settings.vault_path = str(path)
        settings_store.save(self.paths, self.settings)
