"""Saving an accepted import: the one place where a credential touches the vault.

Kept apart from the reading and checking code, which never sees the vault. Everything happens
in one change, so an import is whole or absent, and one undo step takes it back. The CLI and
the GUI both call ``store_import`` after the user said yes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from portfolio_app.credentials.errors import CredentialError
from portfolio_app.credentials.reader import CredentialImport
from portfolio_app.domain import CompetenceClaim, Leerbewijs, Source
from portfolio_app.domain.enums import LeerbewijsKind, SourceKind

if TYPE_CHECKING:
    from portfolio_app.vault import Portfolio


class AlreadyImported(CredentialError):
    nl = "Dit leerbewijs staat al in je portfolio ('{title}'). Er is niets bewaard."
    en = "This credential is already in your portfolio ('{title}'). Nothing was stored."


@dataclass(frozen=True)
class Stored:
    leerbewijs: Leerbewijs
    claims_added: list[CompetenceClaim]
    claims_linked: list[CompetenceClaim]


def store_import(
    portfolio: Portfolio, result: CredentialImport, data: bytes, filename: str
) -> Stored:
    """Store the leerbewijs (with ``leerbewijs.competences`` as the user left them), keep a
    badge image as an attachment so it can be shown, and make every competence it proves a
    claim backed by it: new claims for new competences, a link from claims that exist."""
    leerbewijs = result.leerbewijs.model_copy(deep=True)
    _refuse_double(portfolio, leerbewijs)
    wanted = {ref.uri: ref for ref in leerbewijs.competences if ref.uri}
    added: list[CompetenceClaim] = []
    linked: list[CompetenceClaim] = []
    with portfolio.change("Leerbewijs geïmporteerd", "Leerbewijs imported"):
        media_type = leerbewijs.origin.payload_media_type
        if media_type.startswith("image/"):
            attachment = portfolio.attachments.add_bytes(data, filename, media_type)
            leerbewijs.attachment_ids = [attachment.id]
        portfolio.leerbewijzen.add(leerbewijs)
        for claim in portfolio.claims.list():
            if claim.concept_uri in wanted:
                wanted.pop(claim.concept_uri)
                if leerbewijs.id not in claim.leerbewijs_ids:
                    claim.leerbewijs_ids = [*claim.leerbewijs_ids, leerbewijs.id]
                    linked.append(portfolio.claims.update(claim))
        for ref in wanted.values():
            added.append(portfolio.claims.add(_claim(ref.uri or "", ref.label, leerbewijs)))
    return Stored(leerbewijs, added, linked)


def _claim(uri: str, label: str, leerbewijs: Leerbewijs) -> CompetenceClaim:
    school = leerbewijs.kind in (LeerbewijsKind.DIPLOMA, LeerbewijsKind.GETUIGSCHRIFT)
    source = Source(
        kind=SourceKind.SCHOOL if school else SourceKind.OPLEIDER,
        name=leerbewijs.issuer[:500],
        date=leerbewijs.issued,
    )
    return CompetenceClaim(
        concept_uri=uri,
        label=label,
        sources=[source],
        first_acquired=leerbewijs.issued,
        leerbewijs_ids=[leerbewijs.id],
    )


def already_imported(portfolio: Portfolio, new: Leerbewijs) -> Leerbewijs | None:
    """The stored leerbewijs this one repeats: the same file, or the same credential (its
    identifier from the same issuer) in another file. A preview can say so before saving."""
    digest = _digest(new)
    for old in portfolio.leerbewijzen.list():
        same_id = bool(new.credential_number) and old.credential_number == new.credential_number
        if same_id and old.issuer == new.issuer or (old.origin.payload and _digest(old) == digest):
            return old
    return None


def _refuse_double(portfolio: Portfolio, new: Leerbewijs) -> None:
    old = already_imported(portfolio, new)
    if old is not None:
        raise AlreadyImported(title=old.title)


def _digest(leerbewijs: Leerbewijs) -> str:
    return hashlib.sha256((leerbewijs.origin.payload or "").encode()).hexdigest()
