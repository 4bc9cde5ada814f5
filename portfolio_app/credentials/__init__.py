"""Digital leerbewijzen: Open Badges 2.0 and 3.0, W3C Verifiable Credentials and Europass
(European Learning Model) credentials, read from a file and checked offline.

``read_credential`` turns the bytes of a file into a proposed import (a ``Leerbewijs`` with its
``Verification`` and the competences it proves); it neither stores nor fetches anything. What
is and is not checked, and why, is in ``docs/credentials.md``.
"""

from portfolio_app.credentials.checks import CHECK_LABELS, STATUS_LABELS, summary
from portfolio_app.credentials.competences import Match
from portfolio_app.credentials.draft import Notice
from portfolio_app.credentials.errors import (
    CredentialError,
    CredentialRefused,
    NotYetValid,
    Revoked,
    SignatureMismatch,
    UnreadableCredential,
    WrongRecipient,
)
from portfolio_app.credentials.jsontools import MAX_CREDENTIAL_BYTES, MAX_JSON_DEPTH, check_size
from portfolio_app.credentials.reader import (
    CredentialImport,
    PresentationImport,
    PresentedCredential,
    read_credential,
    read_file,
)

__all__ = [
    "CHECK_LABELS",
    "MAX_CREDENTIAL_BYTES",
    "MAX_JSON_DEPTH",
    "STATUS_LABELS",
    "CredentialError",
    "CredentialImport",
    "CredentialRefused",
    "Match",
    "NotYetValid",
    "Notice",
    "PresentationImport",
    "PresentedCredential",
    "Revoked",
    "SignatureMismatch",
    "UnreadableCredential",
    "WrongRecipient",
    "check_size",
    "read_credential",
    "read_file",
    "summary",
]
