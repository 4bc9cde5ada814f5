"""Open Badges 2.0 (1EdTech, 2018): hosted and signed assertions.

A *hosted* assertion is confirmed by fetching it again from the issuer's site, so offline its
authenticity cannot be checked at all. A *signed* one is a JWS whose key the issuer publishes
at ``verification.creator``; it can be checked offline only when the key travels along, in the
JWS header or as the ``publicKeyPem`` of the issuer profile embedded in the assertion.
"""

from __future__ import annotations

from typing import Any

from portfolio_app.credentials import trust
from portfolio_app.credentials.checks import Identity, identity_kind
from portfolio_app.credentials.draft import Draft, Notice, alignments, evidence_texts
from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    Revoked,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import (
    dicts,
    id_of,
    is_web_url,
    parse_moment,
    text_of,
    types_of,
)
from portfolio_app.credentials.keys import (
    FoundKey,
    Token,
    key_from_header,
    key_from_pem,
    verify_compact,
)
from portfolio_app.domain.enums import LeerbewijsKind

_WHERE = {"json": "JSON", "jws": "JWS", "png": "PNG", "svg": "SVG", "vp": "VP"}


def is_assertion(obj: Any) -> bool:
    return isinstance(obj, dict) and (
        "Assertion" in types_of(obj) or ("recipient" in obj and "badge" in obj)
    )


def from_hosted(assertion: dict[str, Any], container: str) -> Draft:
    """An assertion given as JSON: its signature, if it ever had one, is not in the file."""
    draft = _map(assertion, "hosted", container)
    verification = assertion.get("verification")
    kind = text_of(verification.get("type")).lower() if isinstance(verification, dict) else ""
    if kind in ("signed", "signedbadge"):
        reason = (
            "De handtekening van deze badge zit niet in dit bestand. Vraag de uitgever het "
            "ondertekende bestand (JWS) of de gebakken badge."
        )
    else:
        where = id_of(assertion)
        reason = "Deze badge is niet ondertekend: de uitgever bevestigt hem alleen online" + (
            f", op {where[:300]}." if where else "."
        )
    draft.checks = trust.unchecked(reason)
    return draft


def from_signed(token: Token, container: str) -> Draft:
    assertion = token.payload
    if not is_assertion(assertion):
        raise UnreadableCredential(
            f"De ondertekende gegevens zijn geen open badge. {NOTHING_STORED_NL}",
            f"The signed data is not an open badge. {NOTHING_STORED_EN}",
        )
    draft = _map(assertion, "signed", container)
    issuer = _issuer(assertion)
    found = key_from_header(token.header) or _embedded_key(assertion, issuer)
    if found is None:
        creator = _creator(assertion)
        draft.checks = trust.unchecked(
            "De sleutel van de uitgever staat online"
            + (f" op {creator[:300]}" if creator else "")
            + "; daarom kan de handtekening niet offline gecontroleerd worden."
        )
        return draft
    verify_compact(token, found)
    draft.checks = trust.signed_by(found, id_of(issuer), text_of(issuer.get("name")))
    return draft


def _map(assertion: dict[str, Any], mode: str, container: str) -> Draft:
    if assertion.get("revoked") is True:
        raise Revoked()
    badge = assertion.get("badge")
    badge = badge if isinstance(badge, dict) else {}
    issuer = _issuer(assertion)
    name = {"hosted": "gehost", "signed": "ondertekend"}[mode]
    name_en = {"hosted": "hosted", "signed": "signed"}[mode]
    where = _WHERE[container]
    draft = Draft(
        format_code=f"openbadges-2.0-{mode}+{container}",
        format_name=Notice(
            f"Open Badges 2.0 ({name}, {where})", f"Open Badges 2.0 ({name_en}, {where})"
        ),
        kind=LeerbewijsKind.OPEN_BADGE,
        title=text_of(badge.get("name")),
        issuer=text_of(issuer.get("name")) or id_of(issuer),
        issued=parse_moment(assertion.get("issuedOn"), "De datum van uitreiking", "The issue date"),
        expires=parse_moment(assertion.get("expires"), "De vervaldatum", "The expiry date"),
        credential_number=id_of(assertion),
        verification_url=id_of(assertion) if is_web_url(id_of(assertion)) else "",
        description=text_of(badge.get("description")),
        criteria=_criteria(badge.get("criteria")),
        status_url=text_of(issuer.get("revocationList")),
    )
    narrative = text_of(assertion.get("narrative"))
    draft.evidence = ([narrative] if narrative else []) + evidence_texts(assertion.get("evidence"))
    alignments(badge.get("alignment"), draft)
    draft.identities = _recipient(assertion.get("recipient"))
    if not badge:
        draft.warnings.append(
            Notice(
                "De naam en beschrijving van de badge staan niet in het bestand, alleen een "
                "verwijzing naar de website van de uitgever. Vul ze zelf aan.",
                "The badge's name and description are not in the file, only a link to the "
                "issuer's website. Fill them in yourself.",
            )
        )
    return draft


def _issuer(assertion: dict[str, Any]) -> dict[str, Any]:
    badge = assertion.get("badge")
    issuer = badge.get("issuer") if isinstance(badge, dict) else None
    if isinstance(issuer, dict):
        return issuer
    return {"id": issuer} if isinstance(issuer, str) else {}


def _criteria(value: Any) -> str:
    if isinstance(value, dict):
        return text_of(value.get("narrative")) or id_of(value)
    return text_of(value)


def _recipient(value: Any) -> list[Identity]:
    if not isinstance(value, dict):
        return []
    identity = text_of(value.get("identity"))
    if not identity:
        return []
    return [
        Identity(
            kind=identity_kind(text_of(value.get("type")) or "email"),
            value=identity,
            hashed=value.get("hashed") is True,
            salt=text_of(value.get("salt")),
        )
    ]


def _creator(assertion: dict[str, Any]) -> str:
    verification = assertion.get("verification")
    return id_of(verification.get("creator")) if isinstance(verification, dict) else ""


def _embedded_key(assertion: dict[str, Any], issuer: dict[str, Any]) -> FoundKey | None:
    """The issuer's PEM key from the embedded profile, the one named as the creator."""
    creator = _creator(assertion)
    keys = [k for k in dicts(issuer.get("publicKey")) if text_of(k.get("publicKeyPem"))]
    chosen = [k for k in keys if id_of(k) == creator] if creator else keys[:1]
    if not chosen:
        return None
    return key_from_pem(text_of(chosen[0].get("publicKeyPem")))
