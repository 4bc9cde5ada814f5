"""Backups made to order: older ones, unverified ones, cut ones."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from portfolio_app.vault.backup_format import MAGIC
from portfolio_app.vault.backups import backup_name


def aged(backup: Path, when: datetime, **changes: object) -> Path:
    """A copy of ``backup`` whose header says it was made at ``when`` (and ``changes``)."""
    raw = backup.read_bytes()
    length = int.from_bytes(raw[len(MAGIC) : len(MAGIC) + 4], "big")
    header = json.loads(raw[len(MAGIC) + 4 : len(MAGIC) + 4 + length])
    header.update({"created": when.isoformat(), **changes})
    encoded = json.dumps(header).encode()
    reason = str(header["reason"])
    copy = backup.with_name(backup_name(reason, when))
    copy.write_bytes(
        MAGIC + len(encoded).to_bytes(4, "big") + encoded + raw[len(MAGIC) + 4 + length :]
    )
    return copy
