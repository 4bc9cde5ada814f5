"""The lossless JSON export and import of a whole portfolio.

The file is plaintext by the user's choice (the app says so before writing). It is written
atomically, so an interrupted export never leaves half a file under the chosen name. Import
is strict and all-or-nothing: the file is read and validated completely, cross-references
are checked, and only then is everything written in one transaction.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from portfolio_app.atomic import write_bytes
from portfolio_app.domain import Attachment
from portfolio_app.domain.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AttachmentWithData,
    PortfolioDocument,
)
from portfolio_app.domain.validation import invalid
from portfolio_app.errors import (
    InvalidInput,
    NotFound,
    PortfolioError,
    StorageFull,
    StorageReadOnly,
    TooLarge,
    human_size,
)
from portfolio_app.vault import Portfolio
from portfolio_app.vault.connection import storage_error

MAX_IMPORT_BYTES = 4 * 1000 * 1000 * 1000
"""Large enough for a vault full of attachments in base64; the size is checked before
reading, so a wrong file of many gigabytes is refused at once."""


def build_document(portfolio: Portfolio) -> PortfolioDocument:
    attachments = [
        AttachmentWithData(
            **a.model_dump(),
            data_base64=base64.b64encode(portfolio.attachments.data(a.id)).decode(),
        )
        for a in portfolio.attachments.list()
    ]
    return PortfolioDocument(
        exported_at=datetime.now().replace(microsecond=0),
        profile=portfolio.profile.get(),
        claims=portfolio.claims.list(),
        leerbewijzen=portfolio.leerbewijzen.list(),
        experiences=portfolio.experiences.list(),
        attachments=attachments,
        plan=portfolio.plan.list(),
        checks=portfolio.checks.list(),
    )


def write_json(portfolio: Portfolio, path: Path) -> PortfolioDocument:
    document = build_document(portfolio)
    atomic_write(path, document.model_dump_json(indent=2).encode("utf-8"))
    return document


def atomic_write(path: Path, data: bytes) -> None:
    """Every export is written through the app's one atomic writer (``atomic``): whole or
    not at all, private to the user, and the previous file kept on failure."""
    try:
        write_bytes(path, data)
    except OSError as exc:
        raise export_error(exc, path) from None


def export_error(exc: OSError, path: Path) -> PortfolioError:
    """An export that could not be written: the portfolio itself is untouched, so say so,
    and point to the way out (another place)."""
    if exc.errno == errno.ENOSPC:
        return StorageFull(
            f"{path.name} kon niet bewaard worden: de schijf is vol. Maak ruimte vrij of kies "
            "een andere plaats. Aan je portfolio is niets veranderd.",
            f"{path.name} could not be saved: the disk is full. Free some space or choose "
            "another place. Your portfolio was not changed.",
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageReadOnly(
            f"In de map van {path.name} kan niet geschreven worden (alleen-lezen). Kies een "
            "andere plaats. Aan je portfolio is niets veranderd.",
            f"The folder of {path.name} cannot be written to (read-only). Choose another "
            "place. Your portfolio was not changed.",
        )
    if exc.errno == errno.ENOENT:
        return NotFound(
            what=f"De map voor {path.name}", en=f"The folder for {path.name} was not found."
        )
    return storage_error(exc)


def read_json(path: Path) -> PortfolioDocument:
    """Parse and validate an export file, with a clear message for every way it can be wrong."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise TooLarge(
                name=path.name, size=human_size(size), limit=human_size(MAX_IMPORT_BYTES)
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotFound(
            what=f"Het bestand {path.name}", en=f"The file {path.name} was not found."
        ) from None
    except OSError as exc:
        raise storage_error(exc) from None
    return parse_document(raw, path.name)


def parse_document(raw: bytes, name: str = "bestand") -> PortfolioDocument:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{name} is geen UTF-8-tekstbestand; het is geen portfolio-export.",
            f"{name} is not a UTF-8 text file; it is not a portfolio export.",
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{name} is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}).",
        ) from None
    except (RecursionError, ValueError):
        # The C parser stops at its recursion limit on absurdly deep nesting.
        raise InvalidInput(
            f"{name} is te diep genest of onleesbaar; het is geen portfolio-export.",
            f"{name} is nested too deeply or unreadable; it is not a portfolio export.",
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InvalidInput(
            f"{name} is geen portfolio-export van deze app.",
            f"{name} is not a portfolio export of this app.",
        )
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise InvalidInput(
            f"{name} werd gemaakt door een nieuwere versie van de app. Werk de app bij.",
            f"{name} was made by a newer version of the app. Update the app.",
        )
    try:
        return PortfolioDocument.model_validate(data)
    except ValidationError as exc:
        raise invalid(exc, f"{name} bevat fouten", f"{name} has errors") from None


def import_document(
    portfolio: Portfolio, document: PortfolioDocument, replace: bool = False
) -> None:
    """Write a validated document into the vault, in one transaction (and one undo step)."""
    if not replace and not portfolio.is_empty():
        raise InvalidInput(
            "Dit portfolio is niet leeg. Importeer in een nieuw portfolio, of kies 'vervangen'.",
            "This portfolio is not empty. Import into a new portfolio, or choose 'replace'.",
        )
    with portfolio.change("Portfolio geïmporteerd", "Portfolio imported"):
        if replace:
            _clear(portfolio)
        portfolio.profile.save(document.profile)
        for item in document.attachments:
            try:
                data = base64.b64decode(item.data_base64, validate=False)
            except (binascii.Error, ValueError):
                raise InvalidInput(
                    f"De bijlage {item.filename} is beschadigd in het bestand.",
                    f"The attachment {item.filename} is damaged in the file.",
                ) from None
            metadata = item.model_dump(exclude={"data_base64"})
            portfolio.attachments.store(Attachment(**metadata), data)
        portfolio.leerbewijzen.add_many(document.leerbewijzen)
        portfolio.experiences.add_many(document.experiences)
        portfolio.claims.add_many(document.claims)
        portfolio.plan.add_many(document.plan)
        portfolio.checks.add_many(document.checks)


def _clear(portfolio: Portfolio) -> None:
    for repo in (portfolio.claims, portfolio.plan, portfolio.checks):
        for obj in repo.list():
            repo.delete(obj.id)
    for evidence in (portfolio.leerbewijzen, portfolio.experiences):
        for obj in evidence.list():
            evidence.delete(obj.id)
    for attachment in portfolio.attachments.list():
        portfolio.attachments.delete(attachment.id)
