"""``Portfolio``: one open, unlocked vault, and the services the front ends use.

GUI, CLI and tests all go through this object (as Anki's front ends go through its
``Collection``): it owns the connection and the cross-process lock, hands out the
repositories, groups writes into changes (one transaction and one undo step each), and
tells subscribers what changed. Locking the app closes the Portfolio: the connection, the
lock and the undo history (which holds personal data) are all dropped; unlocking opens a
new one.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from portfolio_app.atomic import atomic_path, private_dir, rename_into_place
from portfolio_app.domain import DEFAULT_MAX_ATTACHMENT_BYTES
from portfolio_app.errors import (
    PortfolioError,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from portfolio_app.vault import migrations
from portfolio_app.vault.attachments import AttachmentRepository
from portfolio_app.vault.backup_format import BackupHeader
from portfolio_app.vault.conflicts import find_conflict_copies
from portfolio_app.vault.connection import connect, storage_error
from portfolio_app.vault.creation import (
    build_new,
    make_private,
    move_aside,
    remove_leftovers,
    require_whole,
)
from portfolio_app.vault.entities import (
    CheckRepository,
    ClaimRepository,
    ExperienceRepository,
    LeerbewijsRepository,
    PlanRepository,
)
from portfolio_app.vault.files import copy_encrypted, real_path
from portfolio_app.vault.integrity import page_problems
from portfolio_app.vault.keystore import forget_passphrase
from portfolio_app.vault.links import LinkService
from portfolio_app.vault.lock import VaultLock
from portfolio_app.vault.passphrase import profile_words, require_acceptable
from portfolio_app.vault.profile_store import ProfileStore
from portfolio_app.vault.rotation import BackupPolicy
from portfolio_app.vault.safekeeping import Safekeeping, checked_backup
from portfolio_app.vault.safekeeping import before_migration as backup_before_migration
from portfolio_app.vault.store import RowImage, Vault

MAX_UNDO_STEPS = 50
MAX_UNDO_BYTES = 300 * 1000 * 1000


@dataclass(frozen=True)
class ChangeEvent:
    """Sent to subscribers after every committed change (and after an undo)."""

    tables: frozenset[str]
    description_nl: str
    description_en: str
    undone: bool = False

    def description(self, lang: str = "nl") -> str:
        return self.description_en if lang == "en" else self.description_nl


@dataclass(frozen=True)
class UndoStep:
    description_nl: str
    description_en: str
    images: tuple[RowImage, ...]

    @property
    def size(self) -> int:
        return sum(image.size for image in self.images)


class Portfolio:
    def __init__(
        self, path: Path, vault: Vault, lock: VaultLock, max_attachment_bytes: int
    ) -> None:
        self.path = path
        self._vault = vault
        self._lock = lock
        self._undo: list[UndoStep] = []
        self._subscribers: list[Callable[[ChangeEvent], None]] = []
        self._depth = 0
        run = self.change
        self.attachments = AttachmentRepository(vault, run, max_bytes=max_attachment_bytes)
        self.claims = ClaimRepository(vault, run)
        self.leerbewijzen = LeerbewijsRepository(
            vault, run, claims=self.claims, attachments=self.attachments
        )
        self.experiences = ExperienceRepository(
            vault, run, claims=self.claims, attachments=self.attachments
        )
        self.attachments.holders = [self.claims, self.leerbewijzen, self.experiences]
        self.links = LinkService(self.claims, self.leerbewijzen, self.experiences, run)
        self.plan = PlanRepository(vault, run)
        self.checks = CheckRepository(vault, run)
        self.profile = ProfileStore(vault, run)
        # A sync tool's copies beside the vault: every front end names them when it opens.
        self.conflict_copies: list[Path] = find_conflict_copies(path)
        self.moved_aside: Path | None = None  # where ``create`` put the file it replaced
        self._safekeeping: Safekeeping | None = None

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def require_exists(path: Path) -> None:
        if not path.is_file():
            raise VaultNotFound(path=str(path))

    @classmethod
    def open(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        before_migration: Callable[[Path, int], None] | None = None,
        max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
        backups: BackupPolicy | None = None,
    ) -> Portfolio:
        """Unlock an existing vault. A wrong passphrase changes nothing in the file.

        The path is resolved once (symlinks followed): the lock, every rename and every
        temporary file act on the real file. With a backup policy, a checked backup is made
        before a migration changes the file, and once a day; see ``safekeeping`` for what a
        damaged vault or a failed daily backup allows (``notices`` says which)."""
        path = real_path(path)
        cls.require_exists(path)
        lock = VaultLock(path)
        lock.acquire()
        remove_leftovers(path)
        make_private(path)
        try:
            conn = connect(path, passphrase)
            try:
                if (
                    backups is not None
                    and migrations.version(conn) > 0
                    and migrations.pending(conn)
                ):
                    backup_before_migration(conn, path, backups)
                migrations.migrate(
                    conn,
                    before_step=(lambda step: before_migration(path, step))
                    if before_migration
                    else None,
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        portfolio = cls(path, Vault(conn), lock, max_attachment_bytes)
        if backups is not None:
            try:
                portfolio._safekeeping = Safekeeping(portfolio._vault, path, backups)
                portfolio._safekeeping.daily()
            except BaseException:
                portfolio.close()
                raise
        return portfolio

    @classmethod
    def create(
        cls,
        path: Path | str,
        passphrase: str,
        *,
        max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
        check_strength: bool = True,
        replace_existing: bool = False,
    ) -> Portfolio:
        """A new, empty vault. Built under a temporary name and renamed when complete, so an
        interrupted creation never leaves a half-made portfolio under the real name.

        An existing file at ``path`` (even an empty one) is never overwritten: without
        ``replace_existing`` it is refused, with it the old file is first moved aside to a
        name of its own (``moved_aside`` of the result says where)."""
        path = real_path(path)
        if os.path.lexists(path) and (not replace_existing or path.is_dir()):
            raise VaultExists(path=str(path))
        if check_strength:
            require_acceptable(passphrase)
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise storage_error(exc) from None
        lock = VaultLock(path)
        lock.acquire()
        moved: Path | None = None
        try:
            if os.path.lexists(path) and not replace_existing:
                raise VaultExists(path=str(path))
            try:
                with atomic_path(
                    path, prefix=f".{path.name}.new-", suffix="", replace=False
                ) as temp:
                    build_new(temp, passphrase)
                    if os.path.lexists(path):
                        moved = move_aside(path)
            except FileExistsError:
                raise VaultExists(path=str(path)) from None
            except OSError as exc:
                raise storage_error(exc) from None
            portfolio = cls.open_locked(path, passphrase, lock, max_attachment_bytes)
        except BaseException:
            if moved is not None and not os.path.lexists(path):
                with contextlib.suppress(OSError):
                    rename_into_place(moved, path, replace=False)
            lock.release()
            raise
        portfolio.moved_aside = moved
        return portfolio

    @classmethod
    def open_locked(
        cls, path: Path, passphrase: str, lock: VaultLock, max_attachment_bytes: int
    ) -> Portfolio:
        conn = connect(path, passphrase)
        return cls(path, Vault(conn), lock, max_attachment_bytes)

    def close(self) -> None:
        """Lock: drop the connection, the cross-process lock and the undo history."""
        self._vault.close()
        self._lock.release()
        self._undo.clear()

    @property
    def is_open(self) -> bool:
        return self._vault.is_open

    def __enter__(self) -> Portfolio:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- changes, undo, notifications ----------------------------------------------------

    @contextlib.contextmanager
    def change(self, description_nl: str, description_en: str) -> Iterator[None]:
        """Group writes into one transaction and one undo step; nested changes join the
        outermost, whose description is the one the user sees."""
        outermost = self._depth == 0
        self._depth += 1
        try:
            with self._vault.transaction() as journal:
                yield
        finally:
            self._depth -= 1
        if outermost and journal.images:
            self._push_undo(UndoStep(description_nl, description_en, tuple(journal.images)))
            self._notify(ChangeEvent(frozenset(journal.tables), description_nl, description_en))

    def subscribe(self, callback: Callable[[ChangeEvent], None]) -> None:
        self._subscribers.append(callback)

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo_description(self, lang: str = "nl") -> str | None:
        if not self._undo:
            return None
        step = self._undo[-1]
        return step.description_en if lang == "en" else step.description_nl

    def undo(self) -> ChangeEvent | None:
        """Undo the last change; None when there is nothing to undo."""
        if not self._undo:
            return None
        step = self._undo[-1]
        tables = self._vault.restore(step.images)
        self._undo.pop()
        event = ChangeEvent(
            frozenset(tables), step.description_nl, step.description_en, undone=True
        )
        self._notify(event)
        return event

    def _push_undo(self, step: UndoStep) -> None:
        self._undo.append(step)
        while len(self._undo) > MAX_UNDO_STEPS or (
            len(self._undo) > 1 and sum(s.size for s in self._undo) > MAX_UNDO_BYTES
        ):
            self._undo.pop(0)

    def _notify(self, event: ChangeEvent) -> None:
        for callback in list(self._subscribers):
            callback(event)

    # -- whole-vault operations ----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return {
            "claims": self.claims.count(),
            "leerbewijzen": self.leerbewijzen.count(),
            "experiences": self.experiences.count(),
            "attachments": self.attachments.count(),
            "plan": self.plan.count(),
            "checks": self.checks.count(),
        }

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def meta(self, key: str) -> str | None:
        value = self._vault.scalar("SELECT value FROM meta WHERE id = ?", [key])
        return str(value) if value is not None else None

    def schema_version(self) -> int:
        return migrations.version(self._vault.conn)

    def integrity_problems(self) -> list[str]:
        """SQLite's full integrity check and SQLCipher's page check; empty when sound."""
        rows = self._vault.query("PRAGMA integrity_check")
        problems = [str(r[0]) for r in rows if r[0] != "ok"]
        problems += [str(r[0]) for r in self._vault.query("PRAGMA cipher_integrity_check")]
        return problems

    def page_problems(self) -> list[str]:
        """The checks a vault passes before every backup (see ``integrity``)."""
        with self._vault.lock:
            return page_problems(self._vault.conn)

    @property
    def notices(self) -> list[PortfolioError]:
        """What the user must be told as soon as the vault is open: it is damaged, or
        today's backup failed. Writing is refused while either holds."""
        return self._safekeeping.notices if self._safekeeping is not None else []

    @property
    def damage(self) -> VaultDamaged | None:
        return self._safekeeping.damage if self._safekeeping is not None else None

    def backup(self, dest: Path, reason: str = "manueel") -> BackupHeader:
        """An encrypted, verified copy of the vault as it is now, made only after every
        page passed its checks (``VaultDamaged`` otherwise). Never overwrites ``dest``."""
        with self._vault.lock:
            return checked_backup(self._vault.conn, self.path, Path(dest), reason)

    def verify_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` opens this vault (before storing it in the keyring)."""
        try:
            connect(self.path, passphrase).close()
        except WrongPassphrase:
            return False
        return True

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt under a new passphrase, atomically: a complete copy is written and
        verified under the new key, then renamed over the old (real) file. A crash at any
        moment leaves either the old or the new vault, both whole. The keyring entry is
        removed."""
        require_acceptable(new, profile_words(self.profile.get()))
        connect(self.path, old).close()  # proves the old passphrase; raises WrongPassphrase
        if self._vault.write_guard is not None:
            self._vault.write_guard()  # a damaged vault, or no backup today: not now
        try:
            with (
                self._vault.lock,
                atomic_path(
                    self.path, prefix=f".{self.path.name}.rekey-", suffix="", check=require_whole
                ) as temp,
            ):
                copy_encrypted(self._vault, temp, new)
                connect(temp, new).close()  # the copy opens under the new key
                self._vault.close()
            self._vault = _reopen(self._vault, self.path, new)
        except OSError as exc:
            if not self._vault.is_open:
                self._vault = _reopen(self._vault, self.path, old)
            raise storage_error(exc) from None
        except BaseException:
            if not self._vault.is_open:
                self._vault = _reopen(self._vault, self.path, old)
            raise
        self._undo.clear()
        forget_passphrase(self.path)


def _reopen(vault: Vault, path: Path, passphrase: str) -> Vault:
    """Swap a fresh connection into the same Vault object the repositories hold."""
    vault.reconnect(connect(path, passphrase))
    return vault
