"""The wait after wrong passphrases in the unlock window, kept beside the vault so that
closing and restarting the app does not start the count again.

After the n-th wrong passphrase in a row the window waits 1, 2, 4 ... up to 30 seconds: a
typo costs a second, guessing at a borrowed laptop gets nowhere fast. The count and the time
of the last failure live in ``<vault>.unlock-delay``, a small JSON file beside the vault (the
wait belongs to that portfolio, and follows it to another folder). It holds no secret and
nothing personal: two numbers. It is written atomically (a unique temporary name, fsync,
rename, fsync of the folder) and removed by the next correct passphrase.

This slows down guessing at the window only. Someone who copies the vault file guesses
offline and is slowed by the key derivation instead (see docs/security.md); deleting this
file resets the wait, which gains such a person nothing they did not already have.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from portfolio_app.atomic import write_bytes

MAX_DELAY_S = 30
SUFFIX = ".unlock-delay"
_VERSION = 1


def retry_delay(failures: int) -> int:
    """Seconds to wait after the n-th wrong passphrase in a row."""
    if failures <= 0:
        return 0
    return min(2 ** min(failures - 1, 16), MAX_DELAY_S)


@dataclass(frozen=True)
class Failures:
    """Wrong passphrases in a row, and when the last one was typed (UTC)."""

    count: int = 0
    last: datetime | None = None

    def wait_left(self, now: datetime | None = None) -> float:
        """Seconds still to wait. A clock set back counts as no time passed."""
        if self.count <= 0 or self.last is None:
            return 0.0
        passed = max(((now or datetime.now(UTC)) - self.last).total_seconds(), 0.0)
        return max(retry_delay(self.count) - passed, 0.0)


def delay_file(vault: Path) -> Path:
    return vault.with_name(vault.name + SUFFIX)


def load(vault: Path) -> Failures:
    """The failures so far; none when there is no file, or one that cannot be read."""
    try:
        data = json.loads(delay_file(vault).read_text(encoding="utf-8"))
        count = int(data["failures"])
        last = datetime.fromisoformat(str(data["last"]))
    except (OSError, ValueError, TypeError, KeyError):
        return Failures()
    if last.tzinfo is None:
        last = last.replace(tzinfo=UTC)
    return Failures(max(count, 0), last)


def record_failure(vault: Path, now: datetime | None = None) -> Failures:
    """Count one more wrong passphrase. The new count is returned even when the file
    cannot be written (a read-only folder): the window then still waits this time."""
    failures = Failures(load(vault).count + 1, now or datetime.now(UTC))
    assert failures.last is not None
    data = {"version": _VERSION, "failures": failures.count, "last": failures.last.isoformat()}
    with contextlib.suppress(OSError):
        write_bytes(delay_file(vault), json.dumps(data).encode("utf-8"))
    return failures


def clear(vault: Path) -> None:
    """After the right passphrase: the next wrong one waits one second again."""
    with contextlib.suppress(OSError):
        delay_file(vault).unlink(missing_ok=True)
