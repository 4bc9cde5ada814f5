"""Metadata of a file kept inside the vault (a scan, a PDF, a photo). The bytes themselves live
in their own table and travel separately, so lists never load them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field

from portfolio_app.domain.common import DomainModel, Id, NonBlank, Text, new_id

DEFAULT_MAX_ATTACHMENT_BYTES = 50 * 1000 * 1000


class Attachment(DomainModel):
    id: Id = Field(default_factory=new_id)
    filename: NonBlank
    media_type: Annotated[str, Field(max_length=200)] = "application/octet-stream"
    size: Annotated[int, Field(ge=0)] = 0
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    added: datetime = Field(default_factory=datetime.now)
    note: Text = ""

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"
