"""Conflict copies left by sync tools next to a vault.

When a portfolio lives in a synced folder (Syncthing, Nextcloud, OneDrive, Dropbox, Google
Drive) and two computers changed it, the sync tool keeps both and renames one. Merging two
encrypted databases silently would be guesswork, so the app only finds such copies and tells
the user, who can open the copy on its own and compare.
"""

from __future__ import annotations

import re
from pathlib import Path


def _patterns(stem: str, suffix: str) -> list[re.Pattern[str]]:
    s, x = re.escape(stem), re.escape(suffix)
    return [
        re.compile(rf"^{s}\.sync-conflict-[\w-]+{x}$", re.IGNORECASE),  # Syncthing
        re.compile(rf"^{s} \(.*conflict.*\){x}$", re.IGNORECASE),  # Nextcloud, ownCloud, Dropbox
        re.compile(rf"^{s}[ _-]?\(\d+\){x}$"),  # Google Drive, copies by hand
        re.compile(rf"^{s}-[A-Z0-9][A-Z0-9-]{{2,}}{x}$"),  # OneDrive adds the computer's name
        re.compile(rf"^{s}.*conflict.*{x}$", re.IGNORECASE),
    ]


def find_conflict_copies(vault: Path) -> list[Path]:
    """Files next to ``vault`` that look like a sync tool's conflict copy of it."""
    directory = vault.parent
    if not directory.is_dir():
        return []
    patterns = _patterns(vault.stem, vault.suffix)
    found = []
    for candidate in directory.iterdir():
        if candidate == vault or not candidate.is_file():
            continue
        if any(p.match(candidate.name) for p in patterns):
            found.append(candidate)
    return sorted(found)
