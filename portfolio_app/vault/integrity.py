"""Is this file a whole vault? Checks before opening, after a failed unlock, and before every
backup.

Three layers, cheapest first:

- **The file's shape**, before SQLite sees it. A SQLCipher 4 vault is whole pages of 4096
  bytes, at least one. SQLite would take a file of 0 or 1 bytes for a *new, empty* database
  (and a wrong passphrase would then "open" it), and it reads a last page cut short as if
  zero-filled; so a file that is empty, shorter than a page or not a whole number of pages
  is damaged, whatever the passphrase. A plain SQLite file is not a vault either.
- **The header**: SQLite itself refuses a file shorter than the page count in its header
  (SQLITE_CORRUPT on the first read), which catches a vault cut by whole pages.
- **Every page**: ``PRAGMA cipher_integrity_check`` verifies each page's HMAC (any changed
  byte, on any page) and ``PRAGMA quick_check`` SQLite's own structure (pages missing from
  the b-trees). Both read the whole file (about 5 ms per MB together), so they run before a
  backup, for ``status`` and on request, not on every open.

A wrong passphrase and a damaged first page fail the same way in SQLCipher ("file is not a
database"). The HMAC check tells them apart: it also runs on a connection whose key did not
open the schema, and when any other page verifies under the key, the key is right and the
first page is damaged. When no page verifies, the passphrase is wrong (or the 16-byte salt
at the start of the file is damaged, which no check can tell from a wrong passphrase).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import sqlcipher3

from portfolio_app.errors import VaultDamaged

PAGE_SIZE = 4096  # SQLCipher 4's default cipher_page_size, which every vault uses
_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
_HMAC_FAILED = re.compile(r"HMAC verification failed for page (\d+)")


def shape_damage(size: int, head: bytes) -> VaultDamaged | None:
    """The damage visible without the key, or None for a file of a vault's shape."""
    if size < PAGE_SIZE:
        return VaultDamaged(
            "het bestand is leeg of veel te kort", "the file is empty or far too short"
        )
    if size % PAGE_SIZE:
        return VaultDamaged(
            "het bestand is ingekort: het laatste stuk ontbreekt",
            "the file was cut short: its last part is missing",
        )
    if head.startswith(_PLAIN_SQLITE_HEADER):
        return VaultDamaged(
            "het is een gewone, onversleutelde database en geen portfolio",
            "it is a plain, unencrypted database, not a portfolio",
        )
    return None


def check_shape(path: Path) -> None:
    """Raise ``VaultDamaged`` for a file that cannot be a vault; ``OSError`` if unreadable.

    After a crash the write-ahead log may still hold pages the file lacks (a checkpoint cut
    off by a power cut): then SQLite must fold them in first, and only a plain SQLite file
    is refused here; the page checks before the next backup judge the result."""
    size = path.stat().st_size
    with open(path, "rb") as handle:
        head = handle.read(len(_PLAIN_SQLITE_HEADER))
    damage = shape_damage(size, head)
    if damage is not None and _pending_log(path) and not head.startswith(_PLAIN_SQLITE_HEADER):
        return
    if damage is not None:
        raise damage


def _pending_log(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def first_page_damaged(conn: Any, path: Path) -> bool:
    """After SQLITE_NOTADB on a keyed connection: True when another page verifies under this
    key (so the key is right and page 1 is damaged), False when none does."""
    try:
        size = path.stat().st_size
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except (OSError, sqlcipher3.DatabaseError):
        return False
    pages = size // PAGE_SIZE
    failed = {int(m.group(1)) for row in rows if (m := _HMAC_FAILED.search(str(row[0])))}
    return 1 in failed and pages > 1 and len(failed) < pages


def page_problems(conn: Any) -> list[str]:
    """SQLCipher's HMAC check of every page, then SQLite's structural quick check. Empty when
    the vault is sound. Run on a checkpointed vault, so the file holds every page."""
    problems: list[str] = []
    for pragma, healthy in (("cipher_integrity_check", None), ("quick_check", "ok")):
        try:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        except sqlcipher3.DatabaseError as exc:
            problems.append(f"{pragma}: {type(exc).__name__} {_code_name(exc)}")
            continue
        problems += [f"{pragma}: {row[0]}" for row in rows if row[0] != healthy]
    return problems


def require_sound(conn: Any) -> None:
    """Raise ``VaultDamaged`` when a page fails a check."""
    if page_problems(conn):
        raise VaultDamaged(
            "de controle van het bestand vond fouten", "the check of the file found errors"
        )


def _code_name(exc: BaseException) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


__all__ = [
    "PAGE_SIZE",
    "check_shape",
    "first_page_damaged",
    "page_problems",
    "require_sound",
    "shape_damage",
]
