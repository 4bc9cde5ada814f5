"""Open Badges 3.0 (1EdTech, 2024): an OpenBadgeCredential or AchievementCredential is a W3C
Verifiable Credential whose subject holds the ``achievement``. Any other Verifiable Credential
is read with the same fields, as far as it has them."""

from __future__ import annotations

from typing import Any

from portfolio_app.credentials.checks import Identity, identity_kind
from portfolio_app.credentials.draft import Draft, Notice, alignments, evidence_texts, where
from portfolio_app.credentials.jsontools import (
    dicts,
    id_of,
    is_web_url,
    parse_moment,
    text_of,
    types_of,
)
from portfolio_app.domain.enums import LeerbewijsKind

OB3_TYPES = {"OpenBadgeCredential", "AchievementCredential"}

# Open Badges 3.0 achievementType vocabulary -> the kinds of leerbewijs the app knows.
_KINDS: dict[str, LeerbewijsKind] = {
    "Badge": LeerbewijsKind.OPEN_BADGE,
    "MicroCredential": LeerbewijsKind.MICROCREDENTIAL,
    "Diploma": LeerbewijsKind.DIPLOMA,
    "SecondarySchoolDiploma": LeerbewijsKind.DIPLOMA,
    "AssociateDegree": LeerbewijsKind.DIPLOMA,
    "BachelorDegree": LeerbewijsKind.DIPLOMA,
    "MasterDegree": LeerbewijsKind.DIPLOMA,
    "Degree": LeerbewijsKind.DIPLOMA,
    "DoctoralDegree": LeerbewijsKind.DIPLOMA,
    "ProfessionalDoctorate": LeerbewijsKind.DIPLOMA,
    "ResearchDoctorate": LeerbewijsKind.DIPLOMA,
    "Certificate": LeerbewijsKind.CERTIFICAAT,
    "CertificateOfCompletion": LeerbewijsKind.CERTIFICAAT,
    "Certification": LeerbewijsKind.CERTIFICAAT,
    "ApprenticeshipCertificate": LeerbewijsKind.CERTIFICAAT,
    "JourneymanCertificate": LeerbewijsKind.CERTIFICAAT,
    "MasterCertificate": LeerbewijsKind.CERTIFICAAT,
    "License": LeerbewijsKind.ATTEST,
}


def map_credential(credential: dict[str, Any], encoding: str, container: str) -> Draft:
    subject = _subject(credential)
    achievement = subject.get("achievement")
    achievement = achievement if isinstance(achievement, dict) else {}
    issuer = credential.get("issuer")
    is_badge = bool(OB3_TYPES & types_of(credential))
    spec = "Open Badges 3.0" if is_badge else "Verifiable Credential"
    shown = where(encoding, container)
    default_kind = LeerbewijsKind.OPEN_BADGE if is_badge else LeerbewijsKind.ANDER
    achievement_type = text_of(achievement.get("achievementType"))
    credential_id = id_of(credential)
    draft = Draft(
        format_code=f"{'openbadges-3.0' if is_badge else 'vc'}-{encoding.lower()}+{container}",
        format_name=Notice(f"{spec} ({shown})", f"{spec} ({shown})"),
        kind=_KINDS.get(achievement_type, default_kind),
        title=text_of(achievement.get("name")) or text_of(credential.get("name")),
        issuer=(text_of(issuer.get("name")) if isinstance(issuer, dict) else "") or id_of(issuer),
        issued=parse_moment(
            subject.get("awardedDate")
            or credential.get("awardedDate")
            or credential.get("validFrom")
            or credential.get("issuanceDate"),
            "De datum van uitreiking",
            "The issue date",
        ),
        expires=parse_moment(
            credential.get("validUntil") or credential.get("expirationDate"),
            "De vervaldatum",
            "The expiry date",
        ),
        credential_number=credential_id,
        verification_url=credential_id if is_web_url(credential_id) else "",
        description=_description(credential, achievement),
        criteria=_criteria(achievement.get("criteria")),
        evidence=evidence_texts(credential.get("evidence"))
        + evidence_texts(subject.get("evidence")),
        status_url=_status_url(credential.get("credentialStatus")),
    )
    alignments(achievement.get("alignment"), draft)
    draft.identities = _identities(subject)
    return draft


def _subject(credential: dict[str, Any]) -> dict[str, Any]:
    subjects = list(dicts(credential.get("credentialSubject")))
    with_achievement = [s for s in subjects if isinstance(s.get("achievement"), dict)]
    return (with_achievement or subjects or [{}])[0]


def _description(credential: dict[str, Any], achievement: dict[str, Any]) -> str:
    parts = [text_of(achievement.get("description")), text_of(credential.get("description"))]
    unique = list(dict.fromkeys(p for p in parts if p))
    return "\n\n".join(unique)


def _criteria(value: Any) -> str:
    if isinstance(value, dict):
        return text_of(value.get("narrative")) or id_of(value)
    return text_of(value)


def _status_url(value: Any) -> str:
    for status in dicts(value):
        return text_of(status.get("statusListCredential")) or id_of(status)
    return ""


def _identities(subject: dict[str, Any]) -> list[Identity]:
    found: list[Identity] = []
    for item in dicts(subject.get("identifier")):
        value = text_of(item.get("identityHash"))
        if not value:
            continue
        kind = text_of(item.get("identityType"))
        found.append(
            Identity(
                kind=identity_kind(kind),
                value=value,
                hashed=item.get("hashed") is True,
                salt=text_of(item.get("salt")),
            )
        )
    subject_id = id_of(subject)
    if not found and subject_id:
        found.append(
            Identity(kind="DID" if subject_id.startswith("did:") else "kenmerk", value=subject_id)
        )
    return found
