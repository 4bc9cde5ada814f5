"""Verifiable Presentations: a wallet's export of one or more credentials, signed by the
holder (W3C VC Data Model 1.1 and 2.0, section "Verifiable Presentations").

A presentation is not itself a leerbewijs. Each credential inside is read and checked on its
own, exactly as if it had been dropped as a file, and gets its own verdict; the holder's
signature over the whole is reported separately, because it says who handed the credentials
over, not whether they are genuine. Credentials come embedded (JSON-LD with a proof), as a
VC-JWT string, or enveloped (``EnvelopedVerifiableCredential`` with a ``data:`` URL); the
presentation as JSON-LD with a proof, or as a JWT (``vp`` claim, or the VP 2.0 payload).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from portfolio_app.credentials.checks import not_offline, passed
from portfolio_app.credentials.containers import COMPACT_JWS
from portfolio_app.credentials.dataintegrity import check_proofs
from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    CredentialError,
    TooComplex,
)
from portfolio_app.credentials.jsontools import as_list, id_of, types_of
from portfolio_app.credentials.keys import Token, did_of, key_from_header, verify_compact
from portfolio_app.domain import CheckStatus, VerificationCheck

PRESENTATION = "presentatie"
PRESENTATION_LABEL = ("Presentatie", "Presentation")
MAX_PRESENTED = 100
"""Most credentials read from one presentation."""


@dataclass(frozen=True)
class Presented:
    """The credentials a presentation holds (each as text, as it would be a file of its
    own), and the verdict on the holder's signature."""

    texts: list[str]
    check: VerificationCheck
    holder: str


def is_presentation(value: Any) -> bool:
    return isinstance(value, dict) and (
        "VerifiablePresentation" in types_of(value) or "verifiableCredential" in value
    )


def from_json(document: dict[str, Any]) -> Presented:
    holder = id_of(document.get("holder"))
    return Presented(_texts(document), _json_proof_check(document, holder), holder)


def from_jwt(token: Token) -> Presented:
    claims = token.payload
    presentation = claims.get("vp") if isinstance(claims.get("vp"), dict) else claims
    holder = id_of(presentation.get("holder"))
    issuer = claims.get("iss")
    check = _jwt_check(token, holder)
    if isinstance(issuer, str) and holder and issuer != holder:
        check = VerificationCheck(
            code=PRESENTATION,
            status=CheckStatus.MISLUKT,
            detail=f"De ondertekenaar (iss: {issuer[:120]}) is niet de houder die de "
            f"presentatie noemt ({holder[:120]}).",
        )
    return Presented(_texts(presentation), check, holder or str(issuer or ""))


def _texts(presentation: dict[str, Any]) -> list[str]:
    items = as_list(presentation.get("verifiableCredential"))
    if len(items) > MAX_PRESENTED:
        raise TooComplex(
            f"Deze presentatie bevat {len(items)} leerbewijzen; de app leest er hoogstens "
            f"{MAX_PRESENTED} uit één bestand. {NOTHING_STORED_NL}",
            f"This presentation holds {len(items)} credentials; the app reads at most "
            f"{MAX_PRESENTED} from one file. {NOTHING_STORED_EN}",
        )
    texts: list[str] = []
    for item in items:
        if isinstance(item, str):
            texts.append(item.strip())
        elif isinstance(item, dict) and "EnvelopedVerifiableCredential" in types_of(item):
            texts.append(_enveloped(id_of(item)))
        else:
            texts.append(json.dumps(item, ensure_ascii=False, indent=2))
    return texts


def _enveloped(url: str) -> str:
    """VC 2.0, 4.13: ``data:application/vc+jwt,<token>`` (also vc+sd-jwt, which is read as
    far as its JWT goes)."""
    head, _, body = url.partition(",")
    if not head.startswith("data:") or ";base64" in head:
        return url
    return unquote(body).strip()


def _json_proof_check(document: dict[str, Any], holder: str) -> VerificationCheck:
    try:
        outcome = check_proofs(document, purpose="authentication")
    except CredentialError as exc:
        return _failed(exc)
    if outcome.verified_dids:
        signer = outcome.verified_dids[0]
        who = " van de houder" if signer == did_of(holder) else f" van {signer[:120]}"
        return _passed(f"De presentatie is niet gewijzigd sinds de handtekening{who}.")
    if outcome.own_key:
        return _passed(
            "De presentatie is niet gewijzigd sinds ze ondertekend werd met de sleutel die "
            "in het bestand staat."
        )
    reason = outcome.reason
    if reason == "Het leerbewijs bevat geen handtekening.":
        reason = "De presentatie zelf is niet ondertekend."
    return not_offline(PRESENTATION, reason)


def _jwt_check(token: Token, holder: str) -> VerificationCheck:
    try:
        found = key_from_header(token.header)
        if found is None:
            return not_offline(
                PRESENTATION,
                "De sleutel van de houder staat online; de handtekening van de presentatie "
                "kan daarom niet offline nagekeken worden.",
            )
        verify_compact(token, found)
    except CredentialError as exc:
        return _failed(exc)
    who = " van de houder" if found.did and found.did == did_of(holder) else ""
    return _passed(f"De presentatie is niet gewijzigd sinds de handtekening{who}.")


def _passed(detail: str) -> VerificationCheck:
    return passed(PRESENTATION, detail)


def _failed(exc: CredentialError) -> VerificationCheck:
    reason = exc.message("nl").replace(f" {NOTHING_STORED_NL}", "")
    return VerificationCheck(
        code=PRESENTATION,
        status=CheckStatus.MISLUKT,
        detail=f"De handtekening van de presentatie klopt niet: {reason}"[:2000],
    )


def looks_like_jwt(text: str) -> bool:
    return bool(COMPACT_JWS.match(text))
