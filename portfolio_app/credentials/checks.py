"""The checks shown for an imported credential, and the ones every format shares.

Each check ends as passed, failed or "niet offline te controleren"; a check that did not run is
never reported as passed. Only expiry may fail in a stored credential (an expired certificate
still proves it was once earned); a failed signature or recipient check refuses the import
instead (see ``errors``).
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, datetime

from portfolio_app.credentials.errors import WrongRecipient
from portfolio_app.credentials.jsontools import Moment
from portfolio_app.domain import CheckStatus, Verification, VerificationCheck

SIGNATURE = "handtekening"
ISSUER_KEY = "sleutel_uitgever"
RECIPIENT = "ontvanger"
VALIDITY = "geldigheid"
REVOCATION = "intrekking"

CHECK_ORDER = (SIGNATURE, ISSUER_KEY, RECIPIENT, VALIDITY, REVOCATION)

CHECK_LABELS: dict[str, tuple[str, str]] = {
    SIGNATURE: ("Handtekening", "Signature"),
    ISSUER_KEY: ("Sleutel van de uitgever", "Issuer's key"),
    RECIPIENT: ("Ontvanger", "Recipient"),
    VALIDITY: ("Geldigheid", "Validity"),
    REVOCATION: ("Intrekking", "Revocation"),
    "presentatie": ("Handtekening van de presentatie", "Signature of the presentation"),
}

STATUS_LABELS: dict[CheckStatus, tuple[str, str]] = {
    CheckStatus.GESLAAGD: ("geslaagd", "passed"),
    CheckStatus.MISLUKT: ("mislukt", "failed"),
    CheckStatus.NIET_OFFLINE: ("niet offline te controleren", "cannot be checked offline"),
}

# Hash functions Open Badges allows for a hashed recipient identity ("sha256$<hex>").
_HASHES = {"sha256": hashlib.sha256, "md5": hashlib.md5}


def passed(code: str, detail: str) -> VerificationCheck:
    return VerificationCheck(code=code, status=CheckStatus.GESLAAGD, detail=detail)


def not_offline(code: str, detail: str) -> VerificationCheck:
    return VerificationCheck(code=code, status=CheckStatus.NIET_OFFLINE, detail=detail)


def failed(code: str, detail: str) -> VerificationCheck:
    return VerificationCheck(code=code, status=CheckStatus.MISLUKT, detail=detail)


_IDENTITY_KINDS = {
    "email": "email",
    "emailaddress": "email",
    "url": "webadres",
    "telephone": "telefoonnummer",
    "phone": "telefoonnummer",
}


def identity_kind(raw: str) -> str:
    """Open Badges 2.0 ``recipient.type`` or 3.0 ``identityType`` as the word a user reads."""
    return _IDENTITY_KINDS.get(raw.strip().lower(), raw.strip()[:40] or "kenmerk")


@dataclass(frozen=True)
class Identity:
    """Who the credential says it was issued to."""

    kind: str  # "email", or another identity type the app cannot compare (url, did, ...)
    value: str  # plain, or "<hash>$<hex>" when hashed
    hashed: bool = False
    salt: str = ""


def recipient_check(identities: list[Identity], emails: list[str]) -> VerificationCheck:
    """Compare the recipient with the profile's e-mail addresses; a mismatch refuses."""
    mails = [i for i in identities if i.kind == "email"]
    if not mails:
        if identities:
            return not_offline(
                RECIPIENT,
                f"De ontvanger is aangeduid met een {identities[0].kind}; dat kan de app niet "
                "vergelijken met je profiel.",
            )
        return not_offline(RECIPIENT, "Het leerbewijs noemt geen e-mailadres van de ontvanger.")
    if not emails:
        return not_offline(
            RECIPIENT,
            "Je profiel heeft geen e-mailadres. Voeg het toe om de ontvanger te controleren.",
        )
    supported = [i for i in mails if not i.hashed or i.value.split("$", 1)[0].lower() in _HASHES]
    if not supported:
        return not_offline(RECIPIENT, "Het e-mailadres is versleuteld op een onbekende manier.")
    for identity in supported:
        for email in emails:
            if _same_email(identity, email):
                return passed(
                    RECIPIENT, f"Uitgereikt aan {email.strip()}, een adres uit je profiel."
                )
    raise WrongRecipient()


def _same_email(identity: Identity, email: str) -> bool:
    # Issuers hash the address as they have it; most lowercase it first, so try both forms.
    forms = dict.fromkeys((email.strip(), email.strip().lower()))
    if not identity.hashed:
        given = identity.value.strip().lower().removeprefix("mailto:")
        return hmac.compare_digest(given.encode(), email.strip().lower().encode())
    algorithm, _, expected = identity.value.partition("$")
    hash_function = _HASHES[algorithm.lower()]
    for form in forms:
        digest = hash_function((form + identity.salt).encode("utf-8")).hexdigest()
        if hmac.compare_digest(digest.encode(), expected.strip().lower().encode()):
            return True
    return False


def validity_check(expires: Moment | None, now: datetime, today: date) -> VerificationCheck:
    if expires is None:
        return passed(VALIDITY, "Het leerbewijs heeft geen vervaldatum.")
    if isinstance(expires, datetime):
        expired = expires < now
        day = expires.date()
    else:
        expired = expires < today
        day = expires
    if expired:
        return failed(VALIDITY, f"Verlopen op {day.isoformat()}.")
    return passed(VALIDITY, f"Geldig tot {day.isoformat()}.")


def revocation_check(status_url: str) -> VerificationCheck:
    """Revocation lists and status lists live with the issuer, so this never runs offline."""
    if status_url:
        return not_offline(
            REVOCATION,
            f"De uitgever houdt bij of dit leerbewijs ingetrokken is op {status_url}; dat kan "
            "alleen online nagekeken worden.",
        )
    return not_offline(
        REVOCATION, "Of de uitgever dit leerbewijs introk, kan alleen online nagekeken worden."
    )


def ordered(checks: list[VerificationCheck], checked_at: datetime) -> Verification:
    rank = {code: i for i, code in enumerate(CHECK_ORDER)}
    return Verification(
        checked_at=checked_at, checks=sorted(checks, key=lambda c: rank.get(c.code, len(rank)))
    )


def summary(verification: Verification, lang: str = "nl") -> str:
    """One line for a list or a badge in the GUI: what was checked, and what was not."""
    statuses = {c.code: c.status for c in verification.checks}
    signed = statuses.get(SIGNATURE) is CheckStatus.GESLAAGD
    parts = [
        ("Handtekening gecontroleerd", "Signature checked")
        if signed
        else ("Handtekening niet gecontroleerd", "Signature not checked")
    ]
    if statuses.get(VALIDITY) is CheckStatus.MISLUKT:
        parts.append(("verlopen", "expired"))
    open_checks = [
        code for code, s in statuses.items() if s is CheckStatus.NIET_OFFLINE and code != SIGNATURE
    ]
    if open_checks:
        names = [CHECK_LABELS.get(code, (code, code)) for code in open_checks]
        parts.append(
            (
                "niet offline te controleren: " + ", ".join(n[0].lower() for n in names),
                "cannot be checked offline: " + ", ".join(n[1].lower() for n in names),
            )
        )
    index = 1 if lang == "en" else 0
    return "; ".join(p[index] for p in parts) + "."
