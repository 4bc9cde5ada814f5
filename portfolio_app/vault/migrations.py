"""Numbered schema steps, applied in order, forward only.

``PRAGMA user_version`` holds the step a vault is at. Each step runs in its own transaction
together with the version bump, so a vault is always at exactly one version. A vault from a
newer app is refused rather than guessed at. Tests open a stored vault of every earlier
version (tests/vault/data) and migrate it.

Objects are stored as the JSON of their domain model next to the few columns that need an
index; new optional fields therefore need no step here, only changes of structure do.
"""

from __future__ import annotations

from collections.abc import Callable

from portfolio_app.errors import VaultTooNew
from portfolio_app.vault.connection import Connection

_ENTITY = """
CREATE TABLE {name} (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL{extra}
)"""

STEPS: dict[int, tuple[str, ...]] = {
    1: (
        "CREATE TABLE meta (id TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
        _ENTITY.format(name="claims", extra=",\n    concept_uri TEXT"),
        "CREATE INDEX claims_concept ON claims (concept_uri)",
        _ENTITY.format(name="leerbewijzen", extra=""),
        _ENTITY.format(name="experiences", extra=""),
        _ENTITY.format(name="attachments", extra=""),
        """CREATE TABLE attachment_blobs (
            id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
            content BLOB NOT NULL
        )""",
        _ENTITY.format(name="plan_items", extra=""),
        _ENTITY.format(
            name="checks", extra=",\n    target_uri TEXT NOT NULL,\n    checked_on TEXT NOT NULL"
        ),
        "CREATE INDEX checks_target ON checks (target_uri, checked_on)",
    ),
}

LATEST = max(STEPS)


def version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection) -> list[int]:
    current = version(conn)
    if current > LATEST:
        raise VaultTooNew(found=current)
    return [step for step in sorted(STEPS) if step > current]


def migrate(conn: Connection, before_step: Callable[[int], None] | None = None) -> list[int]:
    """Bring the vault to LATEST; returns the steps applied. ``before_step`` runs before each
    step on an existing vault (the app makes a backup there)."""
    applied: list[int] = []
    for step in pending(conn):
        if before_step is not None and version(conn) > 0:
            before_step(step)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in STEPS[step]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(step)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(step)
    return applied
