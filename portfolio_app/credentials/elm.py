"""Europass digital credentials: the European Learning Model (ELM 3) as JSON-LD.

The credential's subject is the learner; what they achieved hangs from it as claims
(``hasClaim``, or ``achieved`` in older files), each with who awarded it and when, and what it
is (``specifiedBy``: a qualification with its EQF level and learning outcomes, which may point
to ESCO skills). Texts are language maps (``{"nl": …, "en": …}``); Dutch is preferred.
"""

from __future__ import annotations

from typing import Any

from portfolio_app.credentials.checks import Identity
from portfolio_app.credentials.draft import (
    Candidate,
    Draft,
    Notice,
    eqf_level,
    evidence_texts,
    where,
)
from portfolio_app.credentials.jsontools import (
    as_list,
    dicts,
    id_of,
    is_web_url,
    parse_moment,
    text_of,
    types_of,
)
from portfolio_app.domain.enums import LeerbewijsKind

MAX_CLAIMS = 500
"""Claims read from one credential (parts of parts included): plenty for a diploma supplement."""


def map_credential(credential: dict[str, Any], encoding: str, container: str) -> Draft:
    subject = next(dicts(credential.get("credentialSubject")), {})
    claims = list(dicts(subject.get("hasClaim"))) or list(dicts(subject.get("achieved")))
    main = claims[0] if claims else {}
    spec = main.get("specifiedBy")
    spec = spec if isinstance(spec, dict) else {}
    awarded = main.get("awardedBy")
    awarded = awarded if isinstance(awarded, dict) else {}
    display = credential.get("displayParameter")
    display = display if isinstance(display, dict) else {}
    shown = where(encoding, container)
    draft = Draft(
        format_code=f"europass-elm-{encoding.lower()}+{container}",
        format_name=Notice(
            f"Europass digitaal leerbewijs (ELM, {shown})",
            f"Europass digital credential (ELM, {shown})",
        ),
        kind=_kind(credential, spec),
        title=text_of(main.get("title"))
        or text_of(display.get("title"))
        or text_of(spec.get("title"))
        or text_of(credential.get("name")),
        issuer=_awarding_body(awarded) or _name(credential.get("issuer")),
        issued=parse_moment(
            awarded.get("awardingDate")
            or credential.get("issued")
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
        vks_level=eqf_level(id_of(spec.get("eqfLevel"))),
        qualification_uri=id_of(spec) if is_web_url(id_of(spec)) else "",
        credential_number=id_of(credential),
        evidence=evidence_texts(credential.get("evidence")),
    )
    outcomes = _outcomes(claims)
    draft.description = _description(main, spec, outcomes)
    for outcome in outcomes:
        skills = list(dicts(outcome.get("relatedESCOSkill"))) + list(
            dicts(outcome.get("relatedSkill"))
        )
        for skill in skills:
            draft.candidates.append(Candidate(id_of(skill), text_of(skill.get("prefLabel"))))
        if not skills and text_of(outcome.get("title")):
            draft.candidates.append(Candidate("", text_of(outcome.get("title"))))
    draft.identities = _identities(subject)
    return draft


def _kind(credential: dict[str, Any], spec: dict[str, Any]) -> LeerbewijsKind:
    profiles = " ".join(
        text_of(p.get("prefLabel")).lower() for p in dicts(credential.get("credentialProfiles"))
    )
    if "micro" in profiles:
        return LeerbewijsKind.MICROCREDENTIAL
    if "diploma" in profiles or "Qualification" in types_of(spec):
        return LeerbewijsKind.DIPLOMA
    return LeerbewijsKind.CERTIFICAAT


def _name(node: Any) -> str:
    if isinstance(node, dict):
        return text_of(node.get("legalName")) or text_of(node.get("prefLabel")) or id_of(node)
    return id_of(node)


def _awarding_body(awarded: dict[str, Any]) -> str:
    names = [_name(body) for body in dicts(awarded.get("awardingBody"))]
    return ", ".join(n for n in names if n)


def _outcomes(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Learning outcomes of every claim and its parts, walked without recursion."""
    found: list[dict[str, Any]] = []
    stack = list(reversed(claims))
    seen = 0
    while stack and seen < MAX_CLAIMS:
        claim = stack.pop()
        seen += 1
        spec = claim.get("specifiedBy")
        for node in (claim, spec if isinstance(spec, dict) else {}):
            found.extend(dicts(node.get("learningOutcome")))
        stack.extend(reversed(list(dicts(claim.get("hasPart")))))
    return found


def _description(main: dict[str, Any], spec: dict[str, Any], outcomes: list[dict[str, Any]]) -> str:
    summary = spec.get("learningOutcomeSummary")
    parts = [
        text_of(main.get("description")),
        text_of(spec.get("description")),
        text_of(summary.get("noteLiteral")) if isinstance(summary, dict) else text_of(summary),
    ]
    titles = [text_of(o.get("title")) for o in outcomes]
    listed = "\n".join(f"- {t}" for t in dict.fromkeys(t for t in titles if t))
    if listed:
        parts.append("Leerresultaten:\n" + listed)
    return "\n\n".join(dict.fromkeys(p for p in parts if p))


def _identities(subject: dict[str, Any]) -> list[Identity]:
    found = [
        Identity(kind="email", value=id_of(mail) or text_of(mail))
        for point in dicts(subject.get("contactPoint"))
        for mail in as_list(point.get("emailAddress"))
    ]
    return [i for i in found if i.value]
