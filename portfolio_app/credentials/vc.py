"""W3C Verifiable Credentials, as Open Badges 3.0 and Europass use them: a JSON-LD document
with an embedded proof, or a VC-JWT.

Both roads end in the same place: the credential as a JSON object, the signature checks, and
the end of validity. VC-JWT comes in two shapes: VC Data Model 1.1 puts the credential in a
``vc`` claim and moves ``issuer``, ``issuanceDate``, ``expirationDate``, ``id`` and the subject's
``id`` to ``iss``, ``nbf``, ``exp``, ``jti`` and ``sub``; VC 2.0 (VC-JOSE-COSE) signs the
credential itself. A claim that contradicts the credential it wraps is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from portfolio_app.credentials import trust
from portfolio_app.credentials.dataintegrity import check_proofs
from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import Moment, as_list, id_of, text_of, types_of
from portfolio_app.credentials.keys import Token, did_of, key_from_header, verify_compact
from portfolio_app.domain import VerificationCheck

ELM_TYPES = {"EuropeanDigitalCredential", "EuropassCredential", "EuropeanDiplomaSupplement"}


@dataclass
class Secured:
    credential: dict[str, Any]
    checks: list[VerificationCheck]
    expires: Moment | None = None  # from the JWT or the proof, on top of the credential's own
    encoding: str = "JSON-LD"


def is_credential(obj: Any) -> bool:
    return isinstance(obj, dict) and (
        "VerifiableCredential" in types_of(obj) or "credentialSubject" in obj
    )


def is_elm(credential: dict[str, Any]) -> bool:
    contexts = [c for c in as_list(credential.get("@context")) if isinstance(c, str)]
    return bool(ELM_TYPES & types_of(credential)) or any(
        "data.europa.eu/snb" in c for c in contexts
    )


def from_json(credential: dict[str, Any]) -> Secured:
    outcome = check_proofs(credential)
    issuer = credential.get("issuer")
    if outcome.verified_dids:
        # In a proof set, the issuer's own signature is the one that names the issuer.
        own = [did for did in outcome.verified_dids if did == did_of(id_of(issuer))]
        signer = (own or list(outcome.verified_dids))[0]
        checks = trust.did_key_checks(signer, id_of(issuer), _issuer_name(issuer))
    elif outcome.own_key:
        checks = trust.key_in_file(outcome.own_key)
    else:
        checks = trust.unchecked(outcome.reason)
    return Secured(credential, checks, expires=outcome.expires)


def from_jwt(token: Token) -> Secured:
    claims = token.payload
    if not isinstance(claims, dict):
        raise _not_a_credential()
    credential = _unwrap(claims)
    issuer = credential.get("issuer")
    found = key_from_header(token.header)
    if found is None:
        kid = text_of(token.header.get("kid"))
        checks = trust.unchecked(
            "De sleutel van de uitgever staat online"
            + (f" ({kid[:200]})" if kid else "")
            + "; daarom kan de handtekening niet offline gecontroleerd worden."
        )
    else:
        verify_compact(token, found)
        checks = trust.signed_by(found, id_of(issuer), _issuer_name(issuer))
    expires = _from_seconds(claims.get("exp"))
    return Secured(credential, checks, expires=expires, encoding="VC-JWT")


def _unwrap(claims: dict[str, Any]) -> dict[str, Any]:
    wrapped = claims.get("vc")
    if not isinstance(wrapped, dict):
        if not is_credential(claims):
            raise _not_a_credential()
        # VC 2.0 (VC-JOSE-COSE, 3.1.1): the credential is the payload; registered claims
        # beside it must say the same as the credential.
        credential = dict(claims)
        _merge(credential, "issuer", claims.get("iss"), id_of)
        _merge(credential, "id", claims.get("jti"), text_of)
        return credential
    credential = dict(wrapped)
    _merge(credential, "issuer", claims.get("iss"), id_of)
    _merge(credential, "id", claims.get("jti"), text_of)
    start = _from_seconds(claims.get("nbf"))
    if start is not None and not (credential.get("issuanceDate") or credential.get("validFrom")):
        credential["issuanceDate"] = start.isoformat()
    ends = _from_seconds(claims.get("exp"))
    if ends is not None and not (credential.get("expirationDate") or credential.get("validUntil")):
        credential["expirationDate"] = ends.isoformat()
    subject = claims.get("sub")
    if isinstance(subject, str):
        inner = credential.get("credentialSubject")
        inner = dict(inner) if isinstance(inner, dict) else {}
        _merge(inner, "id", subject, text_of)
        credential["credentialSubject"] = inner
    return credential


def _merge(target: dict[str, Any], key: str, claim: Any, norm: Callable[[Any], str]) -> None:
    if not isinstance(claim, str) or not claim:
        return
    if key not in target:
        target[key] = claim
    elif key == "issuer" and norm(target[key]) != claim:
        raise UnreadableCredential(
            f"De uitgever die ondertekende (iss: {claim[:120]}) is niet de uitgever in het "
            f"leerbewijs ({norm(target[key])[:120]}). {NOTHING_STORED_NL}",
            f"The issuer who signed (iss: {claim[:120]}) is not the issuer in the credential "
            f"({norm(target[key])[:120]}). {NOTHING_STORED_EN}",
        )
    elif norm(target[key]) != claim:
        raise UnreadableCredential(
            f"De ondertekende gegevens spreken zichzelf tegen (veld '{key}'). {NOTHING_STORED_NL}",
            f"The signed data contradicts itself (field '{key}'). {NOTHING_STORED_EN}",
        )


def _from_seconds(value: Any) -> datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            pass
    if value is None:
        return None
    raise UnreadableCredential(
        f"Een datum in de ondertekende gegevens is ongeldig. {NOTHING_STORED_NL}",
        f"A date in the signed data is not valid. {NOTHING_STORED_EN}",
    )


def _issuer_name(issuer: Any) -> str:
    return text_of(issuer.get("name")) if isinstance(issuer, dict) else ""


def _not_a_credential() -> UnreadableCredential:
    return UnreadableCredential(
        f"De gegevens zijn geen digitaal leerbewijs (Verifiable Credential). {NOTHING_STORED_NL}",
        f"The data is not a digital credential (Verifiable Credential). {NOTHING_STORED_EN}",
    )
