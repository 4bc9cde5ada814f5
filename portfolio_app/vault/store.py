"""Transactions, row writes and the undo journal over one open SQLCipher connection.

Every write of the app goes through ``Vault.put``/``Vault.remove`` inside ``Vault.transaction``.
That gives three guarantees in one place: a change is one transaction (all of it is saved, or
none), a failed write is turned into the user's words (disk full, read-only), and the rows as
they were before are kept in memory, so the change can be undone as one step. The journal
lives only in memory: nothing personal is written outside the vault to make undo work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from portfolio_app.errors import VaultLocked
from portfolio_app.vault.connection import Connection, DatabaseError, storage_error

Row = dict[str, Any]


@dataclass(frozen=True)
class RowImage:
    """A row as it was before a write; ``before`` None means the row did not exist."""

    table: str
    id: str | int
    before: Row | None

    @property
    def size(self) -> int:
        if self.before is None:
            return 0
        return sum(len(v) for v in self.before.values() if isinstance(v, bytes | str))


@dataclass
class Journal:
    images: list[RowImage] = field(default_factory=list)
    tables: set[str] = field(default_factory=set)


class Vault:
    """The open connection. Thread-safe for the app's one writer thread plus readers: all
    access is serialised by one lock, which is cheap next to SQLite's own work."""

    def __init__(self, conn: Connection) -> None:
        self._conn: Connection | None = conn
        self._depth = 0
        self._journal: Journal | None = None
        self.lock = threading.RLock()
        # Called before every write; raises to refuse it (a damaged vault, or no backup
        # could be made today). None while writing is allowed.
        self.write_guard: Callable[[], None] | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def reconnect(self, conn: Connection) -> None:
        """Continue on a new connection to the same vault (after a passphrase change)."""
        with self.lock:
            self._conn = conn

    def close(self) -> None:
        with self.lock:
            if self._conn is not None:
                try:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except DatabaseError:
                    pass  # a failed checkpoint only leaves the WAL for the next open to apply
                self._conn.close()
                self._conn = None

    # -- reading -------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            try:
                return list(self.conn.execute(sql, params).fetchall())
            except DatabaseError as exc:
                raise storage_error(exc) from None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Journal]:
        """One atomic unit of work; nested uses join the outer one."""
        with self.lock:
            outer = self._depth == 0
            if outer:
                if self.write_guard is not None:
                    self.write_guard()
                self._begin()
                self._journal = Journal()
            self._depth += 1
            journal = self._journal
            assert journal is not None
            try:
                yield journal
            except BaseException:
                self._depth -= 1
                if outer:
                    self._journal = None
                    self._rollback()
                raise
            self._depth -= 1
            if outer:
                self._journal = None
                self._commit()

    def put(self, table: str, key: str | int, row: Row) -> None:
        """Insert or update one row (``row`` holds every column but the key)."""
        self._remember(table, key)
        self._upsert(table, {"id": key, **row})

    def remove(self, table: str, key: str | int) -> None:
        self._remember(table, key)
        self._execute(f"DELETE FROM {table} WHERE id = ?", [key])

    def restore(self, images: Sequence[RowImage]) -> set[str]:
        """Put rows back as they were, newest first; used by undo."""
        tables: set[str] = set()
        with self.transaction():
            for image in reversed(images):
                tables.add(image.table)
                if image.before is None:
                    self._execute(f"DELETE FROM {image.table} WHERE id = ?", [image.id])
                else:
                    self._upsert(image.table, image.before)
        return tables

    def _upsert(self, table: str, row: Row) -> None:
        """An update in place, never a delete and insert (as ``INSERT OR REPLACE`` does):
        an edited row keeps its place, so lists stay in the order things were added
        however often they are edited (and undone), and nothing cascades from a delete."""
        columns = list(row)
        placeholders = ", ".join("?" for _ in columns)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        self._execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders}) "
            f"ON CONFLICT (id) DO UPDATE SET {updates}",
            list(row.values()),
        )

    def _remember(self, table: str, key: str | int) -> None:
        journal = self._journal
        if journal is None:
            raise RuntimeError("vault writes must run inside Vault.transaction()")
        journal.tables.add(table)
        cursor = self._execute(f"SELECT * FROM {table} WHERE id = ?", [key])
        found = cursor.fetchone()
        before = None
        if found is not None:
            before = {d[0]: v for d, v in zip(cursor.description, found, strict=True)}
        journal.images.append(RowImage(table, key, before))

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        try:
            return self.conn.execute(sql, params)
        except DatabaseError as exc:
            raise storage_error(exc) from None

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except DatabaseError as exc:
            raise storage_error(exc) from None

    def _commit(self) -> None:
        try:
            self.conn.execute("COMMIT")
        except DatabaseError as exc:
            self._rollback()
            raise storage_error(exc) from None

    def _rollback(self) -> None:
        conn = self._conn
        if conn is None or not conn.in_transaction:
            return
        try:
            conn.execute("ROLLBACK")
        except DatabaseError:
            pass  # SQLite already rolled back (e.g. after SQLITE_FULL)
