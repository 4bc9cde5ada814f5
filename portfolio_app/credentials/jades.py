"""Sealed Europass credentials: a JAdES signature (ETSI TS 119 182-1) in the JWS JSON
serialization (RFC 7515, section 7.2), with the credential as the payload.

The seal is checked offline with the certificate that comes with it (``x5c``): that proves the
credential is unchanged since it was sealed by the holder of that certificate. Whether the
certificate is a qualified seal of the awarding body is decided by the EU trusted lists,
which live online, so that check stays "niet offline te controleren". Each signature entry is
checked as the compact JWS it stands for (protected header, payload, signature), with the
same code as a VC-JWT.
"""

from __future__ import annotations

from typing import Any

from cryptography.x509.oid import NameOID

from portfolio_app.credentials.checks import ISSUER_KEY, SIGNATURE, not_offline, passed
from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import text_of
from portfolio_app.credentials.keys import (
    COMPACT_PART,
    JADES_HEADERS,
    certificate_from_header,
    peek,
    verify_compact,
)
from portfolio_app.credentials.vc import Secured, is_credential


def is_sealed(document: Any) -> bool:
    return (
        isinstance(document, dict)
        and isinstance(document.get("payload"), str)
        and ("signatures" in document or "signature" in document)
    )


def from_sealed(document: dict[str, Any]) -> Secured:
    entries = document.get("signatures", [document])
    if (
        not isinstance(entries, list)
        or not entries
        or not all(isinstance(e, dict) for e in entries)
    ):
        raise _damaged()
    payload = document["payload"]
    subjects: list[str] = []
    signed_at = ""
    credential: Any = None
    for entry in entries:
        protected, signature = entry.get("protected"), entry.get("signature")
        parts = (protected, payload, signature)
        if not all(isinstance(p, str) and COMPACT_PART.match(p) for p in parts):
            raise _damaged()
        token = peek(".".join(str(p) for p in parts), understood=JADES_HEADERS)
        certificate = certificate_from_header(token.header)
        if certificate is None:
            raise UnreadableCredential(
                f"Het zegel bevat geen certificaat (x5c), dus kan het niet offline nagekeken "
                f"worden. Vraag de uitgever het volledige bestand. {NOTHING_STORED_NL}",
                f"The seal holds no certificate (x5c), so it cannot be checked offline. Ask the "
                f"issuer for the complete file. {NOTHING_STORED_EN}",
            )
        found, cert = certificate
        verify_compact(token, found)
        subjects.append(_subject(cert))
        signed_at = signed_at or text_of(token.header.get("sigT"))
        credential = token.payload
    if not is_credential(credential):
        raise UnreadableCredential(
            f"Het verzegelde bestand bevat geen digitaal leerbewijs. {NOTHING_STORED_NL}",
            f"The sealed file holds no digital credential. {NOTHING_STORED_EN}",
        )
    when = f" op {signed_at[:40]}" if signed_at else ""
    who = ", ".join(dict.fromkeys(subjects))
    checks = [
        passed(SIGNATURE, f"Niet gewijzigd sinds het verzegelen door {who[:300]}{when}."),
        not_offline(
            ISSUER_KEY,
            f"Verzegeld met het certificaat van {who[:300]}. Of dat een gekwalificeerd zegel "
            "is dat op de vertrouwenslijst van de EU staat, kan alleen online nagekeken worden.",
        ),
    ]
    return Secured(dict(credential), checks, encoding="JAdES")


def _subject(certificate: Any) -> str:
    """The certificate's holder as people read it: organisation, else common name."""
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        names = certificate.subject.get_attributes_for_oid(oid)
        if names:
            return str(names[0].value)[:200]
    return str(certificate.subject.rfc4514_string())[:200]


def _damaged() -> UnreadableCredential:
    return UnreadableCredential(
        f"Het zegel (JAdES) van dit leerbewijs is beschadigd. {NOTHING_STORED_NL}",
        f"The seal (JAdES) of this credential is damaged. {NOTHING_STORED_EN}",
    )
