"""Files kept inside the vault: scans, PDFs and photos that back a claim or a leerbewijs.

The bytes live in the encrypted database next to everything else, so one file holds the
whole portfolio and adding an attachment is one transaction with the object that cites it.
A per-file limit (50 MB by default) keeps the vault workable; the size is checked before
reading, so a 2 GB file is refused at once instead of filling the memory.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from portfolio_app.domain import DEFAULT_MAX_ATTACHMENT_BYTES, Attachment
from portfolio_app.errors import InvalidInput, NotFound, TooLarge, human_size
from portfolio_app.vault.connection import storage_error
from portfolio_app.vault.repository import Repository

MAX_NAME = 255

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_media_type(data: bytes, filename: str) -> str:
    """The type from the content where it can be recognised: a file's name can lie, and the
    preview must not hand a non-PDF to the PDF renderer."""
    head = data[:1024]
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if b"<svg" in head.lower():
        return "image/svg+xml"
    guessed = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    if guessed in ("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"):
        return "application/octet-stream"  # claims a type its bytes do not have
    return guessed


def stored_name(filename: str) -> str:
    """The name kept with the bytes: no folders, never blank, at most 255 characters (what
    file systems allow) with the extension kept. A dropped file or an imported badge may
    carry any name; it must not make the attachment fail validation."""
    name = Path(filename).name.strip()
    if len(name) > MAX_NAME:
        suffix = Path(name).suffix[:16]
        name = name[: MAX_NAME - len(suffix)] + suffix
    return name or "bijlage"


class AttachmentRepository(Repository[Attachment]):
    table = "attachments"
    model = Attachment
    what_nl = "bijlage"
    what_en = "attachment"

    def __init__(
        self, *args: Any, max_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.max_bytes = max_bytes
        self.holders: list[Repository[Any]] = []

    def add_bytes(self, data: bytes, filename: str, media_type: str | None = None) -> Attachment:
        self._check_size(len(data), filename)
        attachment = Attachment(
            filename=stored_name(filename),
            media_type=media_type or sniff_media_type(data, filename),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        self.store(attachment, data)
        return attachment

    def add_file(self, path: Path) -> Attachment:
        try:
            size = path.stat().st_size
            if not path.is_file():
                raise InvalidInput(
                    f"{path.name} is geen gewoon bestand.", f"{path.name} is not a regular file."
                )
            self._check_size(size, path.name)
            with open(path, "rb") as handle:
                data = handle.read(self.max_bytes + 1)
        except FileNotFoundError:
            raise NotFound(
                what=f"Het bestand {path.name}", en=f"The file {path.name} was not found."
            ) from None
        except OSError as exc:
            raise storage_error(exc) from None
        return self.add_bytes(data, path.name)

    def store(self, attachment: Attachment, data: bytes) -> None:
        """Save metadata and bytes together (also used by the JSON import, which keeps ids)."""
        self._check_size(len(data), attachment.filename)
        if hashlib.sha256(data).hexdigest() != attachment.sha256 or len(data) != attachment.size:
            raise InvalidInput(
                f"De bijlage {attachment.filename} is beschadigd (de controlesom klopt niet).",
                f"The attachment {attachment.filename} is damaged (checksum mismatch).",
            )
        with self._change("Bijlage toegevoegd", "Attachment added"):
            self._insert(attachment)
            self._vault.put("attachment_blobs", attachment.id, {"content": data})

    def data(self, key: str) -> bytes:
        rows = self._vault.query("SELECT content FROM attachment_blobs WHERE id = ?", [key])
        if not rows:
            raise NotFound(what="Bijlage", en="Attachment not found.")
        return bytes(rows[0][0])

    def total_size(self) -> int:
        return int(
            self._vault.scalar("SELECT coalesce(sum(length(content)), 0) FROM attachment_blobs")
        )

    def _before_delete(self, key: str) -> None:
        for holder in self.holders:
            for obj in holder.list():
                if key in obj.attachment_ids:
                    obj.attachment_ids = [i for i in obj.attachment_ids if i != key]
                    holder._write(obj)
        self._vault.remove("attachment_blobs", key)

    def delete_if_unused(self, key: str, ignoring: tuple[str, str]) -> None:
        """Drop an attachment whose only holder (``ignoring``: table, id) is being deleted."""
        for holder in self.holders:
            for obj in holder.list():
                if (holder.table, obj.id) != ignoring and key in obj.attachment_ids:
                    return
        if self.exists(key):
            self._vault.remove("attachment_blobs", key)
            self._vault.remove(self.table, key)

    def _check_size(self, size: int, filename: str) -> None:
        if size > self.max_bytes:
            raise TooLarge(
                name=Path(filename).name, size=human_size(size), limit=human_size(self.max_bytes)
            )
