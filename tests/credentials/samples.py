"""Sample credentials of each format, and badge images with a credential baked in."""

from __future__ import annotations

import copy
import io
import json
from datetime import datetime
from typing import Any

from joserfc.jwk import RSAKey
from PIL import Image, PngImagePlugin

from tests.credentials.makers import EMAIL, ESCO_SAFETY, ESCO_WELD, SALT, hashed_email, sign_compact

# --- Open Badges 2.0 -----------------------------------------------------------------------


def ob2_assertion(
    *,
    signed: bool = False,
    email: str = EMAIL,
    expires: str | None = None,
    public_pem: str = "",
) -> dict[str, Any]:
    issuer: dict[str, Any] = {
        "type": "Profile",
        "id": "https://opleider.example.be/issuer",
        "name": "Opleidingscentrum Lassen",
        "url": "https://opleider.example.be",
    }
    if public_pem:
        issuer["publicKey"] = {
            "type": "CryptographicKey",
            "id": "https://opleider.example.be/keys/1",
            "owner": issuer["id"],
            "publicKeyPem": public_pem,
        }
    assertion: dict[str, Any] = {
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "urn:uuid:2f1c6a8e-0b4c-4f7e-9a55-3c2d1e0f9a8b"
        if signed
        else "https://opleider.example.be/assertions/123",
        "recipient": {
            "type": "email",
            "hashed": True,
            "salt": SALT,
            "identity": hashed_email(email),
        },
        "issuedOn": "2024-06-14T09:30:00+02:00",
        "badge": {
            "type": "BadgeClass",
            "id": "https://opleider.example.be/badges/mig-lassen",
            "name": "MIG/MAG-lassen basis",
            "description": "Kan eenvoudige stompe lassen leggen met MIG/MAG.",
            "image": "https://opleider.example.be/badges/mig-lassen.png",
            "criteria": {"narrative": "Praktijkproef van 4 uur geslaagd."},
            "issuer": issuer,
            "alignment": [
                {"targetName": "lassen", "targetUrl": ESCO_WELD, "targetFramework": "ESCO"},
                {
                    "targetName": "EQF-niveau 3",
                    "targetUrl": "http://data.europa.eu/snb/eqf/3",
                },
                {"targetName": "veilig werken met gas", "targetUrl": "https://example.org/x"},
            ],
        },
        "verification": {"type": "signed", "creator": "https://opleider.example.be/keys/1"}
        if signed
        else {"type": "hosted"},
        "evidence": [{"id": "https://opleider.example.be/proof/77", "name": "Proefstuk"}],
    }
    if expires:
        assertion["expires"] = expires
    return assertion


def ob2_signed(rsa_jose: RSAKey, assertion: dict[str, Any]) -> str:
    return sign_compact({"alg": "RS256"}, assertion, rsa_jose)


# --- Open Badges 3.0 -----------------------------------------------------------------------


def ob3_credential(
    issuer_id: str, *, email: str = EMAIL, valid_until: str | None = None
) -> dict[str, Any]:
    credential: dict[str, Any] = {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        "id": "urn:uuid:7a1d1b5e-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": "Syntra Test"},
        "validFrom": "2024-11-05T08:00:00Z",
        "name": "Veilig werken op hoogte",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": hashed_email(email),
                    "salt": SALT,
                }
            ],
            "achievement": {
                "id": "https://syntra.example.be/achievements/hoogte",
                "type": ["Achievement"],
                "achievementType": "MicroCredential",
                "name": "Veilig werken op hoogte",
                "description": "Werkt veilig op ladders, stellingen en hoogwerkers.",
                "criteria": {"narrative": "Theorie- en praktijktest."},
                "alignment": [
                    {
                        "type": ["Alignment"],
                        "targetName": "veiligheidsvoorschriften toepassen",
                        "targetUrl": ESCO_SAFETY.replace("http://", "https://"),
                        "targetType": "ext:ESCO",
                    },
                    {
                        "type": ["Alignment"],
                        "targetName": "VKS 4",
                        "targetFramework": "VKS",
                        "targetCode": "4",
                    },
                ],
            },
        },
        "evidence": [{"type": ["Evidence"], "narrative": "Praktijktest op 4 november."}],
    }
    if valid_until:
        credential["validUntil"] = valid_until
    return credential


def vc_jwt_claims(credential: dict[str, Any]) -> dict[str, Any]:
    """VC Data Model 1.1 JWT encoding: the credential in ``vc``, some fields as claims."""
    inner = copy.deepcopy(credential)
    issuer_id = inner["issuer"]["id"]
    return {
        "iss": issuer_id,
        "nbf": int(datetime.fromisoformat(inner.pop("validFrom")).timestamp()),
        "jti": inner["id"],
        "vc": inner,
    }


# --- Europass (ELM) ------------------------------------------------------------------------


def elm_credential(issuer_id: str = "did:ebsi:zTestOnderwijs", email: str = EMAIL) -> dict:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "http://data.europa.eu/snb/model/context/edc-ap",
        ],
        "id": "urn:credential:9b0d7f3e-1111-4a2b-9c3d-5e6f7a8b9c0d",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "issuer": {
            "id": issuer_id,
            "type": "Organisation",
            "legalName": {"nl": "Departement Onderwijs"},
        },
        "validFrom": "2023-07-01T00:00:00+02:00",
        "credentialSubject": {
            "id": "urn:epass:person:1",
            "type": "Person",
            "givenName": {"nl": "An"},
            "familyName": {"nl": "Peeters"},
            "contactPoint": [
                {
                    "type": "ContactPoint",
                    "emailAddress": [{"id": f"mailto:{email}", "type": "Mailbox"}],
                }
            ],
            "hasClaim": [
                {
                    "id": "urn:epass:learningAchievement:1",
                    "type": "LearningAchievement",
                    "title": {"en": "Graduate in Nursing", "nl": "Graduaat Verpleegkunde"},
                    "awardedBy": {
                        "type": "AwardingProcess",
                        "awardingBody": [
                            {
                                "id": "urn:epass:org:1",
                                "type": "Organisation",
                                "legalName": {"nl": "HoGent"},
                            }
                        ],
                        "awardingDate": "2023-06-30T00:00:00+02:00",
                    },
                    "specifiedBy": {
                        "id": "https://data.hogent.example/qualifications/gv",
                        "type": "Qualification",
                        "title": {"nl": "Graduaat Verpleegkunde"},
                        "eqfLevel": {"id": "http://data.europa.eu/snb/eqf/5", "type": "Concept"},
                        "learningOutcome": [
                            {
                                "type": "LearningOutcome",
                                "title": {"nl": "Past veiligheidsvoorschriften toe"},
                                "relatedESCOSkill": [
                                    {
                                        "id": ESCO_SAFETY,
                                        "type": "Concept",
                                        "prefLabel": {"nl": "veiligheidsvoorschriften toepassen"},
                                    }
                                ],
                            },
                            {
                                "type": "LearningOutcome",
                                "title": {"nl": "Communiceert met patiënten"},
                            },
                        ],
                    },
                }
            ],
        },
    }


# --- Baking --------------------------------------------------------------------------------


def bake_png(text: str, keyword: str, *, after_image: bool = False) -> bytes:
    image = Image.new("RGB", (32, 32), (0, 90, 160))
    info = PngImagePlugin.PngInfo()
    info.add_itxt(keyword, text)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", pnginfo=info)
    data = buffer.getvalue()
    return _chunk_after_image(data) if after_image else data


def _chunk_after_image(data: bytes) -> bytes:
    """Move the iTXt chunk behind IDAT, where some bakers put it."""
    chunks: list[tuple[bytes, bytes]] = []
    position = 8
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        chunks.append((kind, data[position : position + 12 + length]))
        position += 12 + length
    text = [raw for kind, raw in chunks if kind == b"iTXt"]
    rest = [raw for kind, raw in chunks if kind not in (b"iTXt", b"IEND")]
    end = [raw for kind, raw in chunks if kind == b"IEND"]
    return data[:8] + b"".join(rest + text + end)


def plain_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 0, 0)).save(buffer, "PNG")
    return buffer.getvalue()


OB2_NS = "http://openbadges.org"
OB3_NS = "https://purl.imsglobal.org/ob/v3p0"


def bake_svg(*, namespace: str, element: str, content: str = "", verify: str = "") -> bytes:
    attribute = f' verify="{verify}"' if verify else ""
    body = f"<![CDATA[{content}]]>" if content else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="{namespace}" '
        'width="32" height="32">'
        f"<openbadges:{element}{attribute}>{body}</openbadges:{element}>"
        '<circle cx="16" cy="16" r="15" fill="#005aa0"/></svg>'
    ).encode()


def as_bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode()
