"""The backup file format: a small plaintext header, then the vault's own encrypted bytes.

The header holds the format, the creation time, the payload's size and SHA-256, why it was
made, which vault it belongs to (a hash of the vault's real path, see ``rotation``) and
whether the vault passed its page checks just before it was copied. No personal data.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from portfolio_app.errors import ExitCode, InvalidInput, PortfolioError
from portfolio_app.vault.connection import storage_error

MAGIC = b"PORTFOLIO-BACKUP\n"
SUFFIX = ".pfbackup"
CHUNK = 1 << 20
FORMAT = 2  # 2 adds "vault" and "checked"; format 1 files are still read and restored


@dataclass(frozen=True)
class BackupHeader:
    created: datetime
    size: int
    sha256: str
    reason: str
    vault: str | None = None  # ``rotation.vault_key`` of the vault it was made of
    checked: bool = False  # the vault passed its page checks just before it was copied
    offset: int = 0  # where the payload starts in the file


class BackupDamaged(PortfolioError):
    exit_code = ExitCode.STORAGE
    nl = (
        "De reservekopie {name} is beschadigd. Er is niets veranderd. Kies een andere "
        "reservekopie, bijvoorbeeld een oudere."
    )
    en = (
        "The backup {name} is damaged. Nothing was changed. Choose another backup, for "
        "instance an older one."
    )


def read_header(path: Path, handle: BinaryIO) -> BackupHeader:
    if handle.read(len(MAGIC)) != MAGIC:
        raise InvalidInput(
            f"{path.name} is geen reservekopie van Portfolio.",
            f"{path.name} is not a Portfolio backup.",
        )
    try:
        length = int.from_bytes(handle.read(4), "big")
        if length > 10_000:
            raise ValueError("header too long")
        data = json.loads(handle.read(length))
        vault = data.get("vault")
        return BackupHeader(
            created=datetime.fromisoformat(data["created"]),
            size=int(data["size"]),
            sha256=str(data["sha256"]),
            reason=str(data.get("reason", "")),
            vault=str(vault) if vault is not None else None,
            checked=data.get("checked") is True,
            offset=len(MAGIC) + 4 + length,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BackupDamaged(name=path.name) from None


def verify(path: Path) -> BackupHeader:
    """Check the payload against the checksum in the header."""
    try:
        with open(path, "rb") as handle:
            header = read_header(path, handle)
            digest = hashlib.sha256()
            size = 0
            for chunk in iter(lambda: handle.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
    except FileNotFoundError:
        raise InvalidInput(
            f"De reservekopie {path.name} bestaat niet.", f"The backup {path.name} does not exist."
        ) from None
    except OSError as exc:
        raise storage_error(exc) from None
    if size != header.size or digest.hexdigest() != header.sha256:
        raise BackupDamaged(name=path.name)
    return header
