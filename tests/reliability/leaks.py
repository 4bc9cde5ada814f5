"""Looking for personal data where it must not be: every file a session may have written.

A needle is a marker string (in UTF-8 and both UTF-16 byte orders, since a Windows tool or a
Qt file may write either) or a slice of an attachment's bytes (raw, and in base64 at each of
its three alignments, since an export embeds attachments that way). A haystack is every
regular file under the roots; for the shared temporary directory only the files created or
changed since the session began, skipping the folders of the machinery that runs this
project's sessions, which no code of the app touches.
"""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_READ = 300_000_000  # a bigger file changed during the test is not ours; it is listed
SKIPPED_NAMES = ("bash_jobs", "bash_tool_")


@dataclass
class Needles:
    found_as: dict[bytes, str] = field(default_factory=dict)

    def text(self, name: str, value: str) -> None:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            self.found_as[value.encode(encoding)] = f"{name} ({encoding})"

    def blob(self, name: str, data: bytes, width: int = 48) -> None:
        """Slices from the start, middle and end, raw and as base64 at every alignment."""
        for where, at in (("start", 0), ("middle", len(data) // 2), ("end", len(data) - width)):
            piece = data[at : at + width]
            self.found_as[piece] = f"{name} {where} (raw)"
        for shift in range(3):
            encoded = base64.b64encode(data[shift:])
            middle = len(encoded) // 2
            self.found_as[encoded[middle : middle + width]] = f"{name} (base64)"

    def in_bytes(self, data: bytes) -> list[str]:
        return sorted({name for needle, name in self.found_as.items() if needle in data})


@dataclass
class Scan:
    files: int = 0
    bytes: int = 0
    hits: dict[str, list[str]] = field(default_factory=dict)
    too_big: list[str] = field(default_factory=list)


def _files(root: Path, since: float | None, exclude: tuple[Path, ...]) -> Iterator[Path]:
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            path = Path(entry.path)
            if any(path == e or e in path.parents for e in exclude):
                continue
            if entry.name.startswith(SKIPPED_NAMES):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if stat.S_ISDIR(info.st_mode):
                stack.append(path)
            elif stat.S_ISREG(info.st_mode) and (since is None or info.st_mtime >= since):
                yield path


def scan(
    needles: Needles,
    roots: Iterable[tuple[Path, float | None]],
    exclude: tuple[Path, ...] = (),
) -> Scan:
    """Every file under each root (changed since the given time, when one is given)."""
    found = Scan()
    seen: set[Path] = set()
    for root, since in roots:
        for path in _files(root, since, exclude):
            if path in seen:
                continue
            seen.add(path)
            try:
                if path.stat().st_size > MAX_READ:
                    found.too_big.append(str(path))
                    continue
                data = path.read_bytes()
            except OSError:
                continue  # gone already (another process's temporary file)
            found.files += 1
            found.bytes += len(data)
            hits = needles.in_bytes(data)
            if hits:
                found.hits[str(path)] = hits
    return found
