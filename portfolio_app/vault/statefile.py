"""Small state files the app keeps beside the vault or in the data folder (the unlock delay,
which vaults have a remembered passphrase): no secret and nothing personal in them, but
written so that a crash leaves the old file or the new one, whole.

To be folded into the project's one durable atomic-write helper (issue 12, point 7).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(target: Path, content: bytes) -> None:
    """A unique temporary name in the same folder (mode 0600), flushed to disk, renamed over
    the target, and the folder flushed. Raises ``OSError``; no temporary file is left."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if hasattr(os, "O_DIRECTORY"):  # POSIX; Windows cannot open a folder to flush it
        folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
