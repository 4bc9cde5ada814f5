"""From the bytes of a dropped file to a proposed import: the one entry point of the package.

Nothing is stored here and nothing is fetched: the caller (CLI or GUI) shows the proposal and
stores it only when the user agrees. Every refusal is an exception with a plain message, raised
before any ``Leerbewijs`` exists, so a refused file can never end up half-stored.

Order matters: the signature is checked before anything else is believed, so a tampered file
is reported as tampered (not as, say, meant for someone else).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import PurePath
from typing import Any

from pydantic import ValidationError

from portfolio_app.credentials import elm, jades, openbadges2, openbadges3, presentations, vc
from portfolio_app.credentials.checks import (
    SIGNATURE,
    VALIDITY,
    ordered,
    recipient_check,
    revocation_check,
    summary,
    validity_check,
)
from portfolio_app.credentials.competences import Match, propose
from portfolio_app.credentials.containers import COMPACT_JWS, Unpacked, unpack
from portfolio_app.credentials.draft import Draft, Notice
from portfolio_app.credentials.errors import (
    NOTHING_STORED_EN,
    NOTHING_STORED_NL,
    CredentialError,
    NotYetValid,
    UnreadableCredential,
)
from portfolio_app.credentials.jsontools import (
    Moment,
    check_size,
    clip,
    earliest,
    is_web_url,
    load_json,
    one_line,
)
from portfolio_app.credentials.keys import Token, peek
from portfolio_app.domain import (
    CheckStatus,
    ConceptRef,
    Leerbewijs,
    Origin,
    Verification,
    VerificationCheck,
)
from portfolio_app.domain.enums import OriginKind
from portfolio_app.domain.validation import invalid

MAX_COMPETENCES = 500
"""Competences proposed from one credential; the user ticks each, so more help nobody."""

CLOCK_SKEW = timedelta(minutes=5)
"""A credential issued "in the future" by less than this is a clock difference, not a fake."""


@dataclass(frozen=True)
class CredentialImport:
    """What would be stored, for the user to see before saying yes.

    ``leerbewijs.competences`` holds ``proposed_competences``; a caller that lets the user
    drop some sets ``leerbewijs.competences`` to the chosen ones before storing."""

    leerbewijs: Leerbewijs
    verification: Verification
    proposed_competences: list[ConceptRef]
    format_name: Notice
    warnings: list[Notice] = field(default_factory=list)

    def summary(self, lang: str = "nl") -> str:
        return summary(self.verification, lang)


@dataclass(frozen=True)
class PresentedCredential:
    """One credential from a presentation: what would be stored, or why it is refused, and
    the credential's own text (kept as its ``origin.payload``, and the bytes to store)."""

    data: bytes
    result: CredentialImport | None = None
    refusal: CredentialError | None = None


@dataclass(frozen=True)
class PresentationImport:
    """A Verifiable Presentation: its credentials, each with its own verdict, and the check
    of the holder's signature over the whole, which is reported apart."""

    format_name: Notice
    presentation: VerificationCheck
    holder: str
    credentials: list[PresentedCredential]


def read_file(
    data: bytes,
    filename: str,
    *,
    profile_emails: list[str],
    today: date,
    now: datetime,
    match: Match | None = None,
) -> CredentialImport | PresentationImport:
    """Read a dropped file: one credential, or a presentation of several. Raises a
    ``CredentialError`` (or ``TooLarge``) with the reason when it cannot or must not be
    imported; a presentation refuses per credential instead.

    ``now`` without a time zone is taken as local time; ``today`` decides expiry for
    credentials that give only a day."""
    check_size(len(data), filename)
    now = now if now.tzinfo else now.astimezone()
    unpacked = unpack(data, filename)
    parsed = _parse(unpacked)
    presented = _presentation(parsed)
    if presented is None:
        return _read(parsed, unpacked, filename, profile_emails, today, now, match)
    items: list[PresentedCredential] = []
    for text in presented.texts:
        raw = text.encode("utf-8")
        inner = Unpacked(
            "vp", text, text, "application/jwt" if COMPACT_JWS.match(text) else "application/json"
        )
        try:
            if presentations.is_presentation(_parse(inner)):
                raise UnreadableCredential(
                    f"Een presentatie in een presentatie leest de app niet. {NOTHING_STORED_NL}",
                    f"The app does not read a presentation inside a presentation. "
                    f"{NOTHING_STORED_EN}",
                )
            result = _read(_parse(inner), inner, filename, profile_emails, today, now, match)
            items.append(PresentedCredential(raw, result=result))
        except CredentialError as exc:
            items.append(PresentedCredential(raw, refusal=exc))
    name = Notice(
        f"Verifiable Presentation met {len(items)} leerbewijs/leerbewijzen",
        f"Verifiable Presentation with {len(items)} credential(s)",
    )
    return PresentationImport(name, presented.check, presented.holder, items)


def read_credential(
    data: bytes,
    filename: str,
    *,
    profile_emails: list[str],
    today: date,
    now: datetime,
    match: Match | None = None,
) -> CredentialImport:
    """Read, check and map one credential file (see ``read_file``); a presentation is refused
    here, since it may hold several."""
    result = read_file(
        data, filename, profile_emails=profile_emails, today=today, now=now, match=match
    )
    if isinstance(result, PresentationImport):
        raise UnreadableCredential(
            f"Dit bestand is een presentatie met {len(result.credentials)} leerbewijs/"
            f"leerbewijzen; die worden elk apart ingelezen. {NOTHING_STORED_NL}",
            f"This file is a presentation of {len(result.credentials)} credential(s); those "
            f"are read one by one. {NOTHING_STORED_EN}",
        )
    return result


def _read(
    parsed: Token | Any,
    unpacked: Unpacked,
    filename: str,
    profile_emails: list[str],
    today: date,
    now: datetime,
    match: Match | None,
) -> CredentialImport:
    draft = _draft(parsed, unpacked.container)
    if draft.issued is not None and _start(draft.issued) > now + CLOCK_SKEW:
        raise NotYetValid(date=_day(draft.issued).isoformat())
    checks = [
        *draft.checks,
        recipient_check(draft.identities, profile_emails),
        validity_check(draft.expires, now, today),
        revocation_check(draft.status_url),
    ]
    verification = ordered(checks, now)
    warnings = list(draft.warnings)
    candidates = draft.candidates
    if len(candidates) > MAX_COMPETENCES:
        warnings.append(
            Notice(
                f"Het leerbewijs noemt {len(candidates)} competenties; de eerste "
                f"{MAX_COMPETENCES} zijn overgenomen.",
                f"The credential names {len(candidates)} competences; the first "
                f"{MAX_COMPETENCES} were taken.",
            )
        )
        candidates = candidates[:MAX_COMPETENCES]
    proposed, unmatched = propose(candidates, match)
    if not draft.title:
        draft.title = PurePath(filename).stem or filename
        warnings.append(
            Notice(
                "De titel staat niet in het bestand; de bestandsnaam wordt gebruikt.",
                "The title is not in the file; the file name is used.",
            )
        )
    warnings += _warnings(verification, unmatched)
    leerbewijs = _leerbewijs(draft, unpacked, verification, proposed, now, today)
    return CredentialImport(leerbewijs, verification, proposed, draft.format_name, warnings)


def _parse(unpacked: Unpacked) -> Token | Any:
    """The credential as a decoded (not yet verified) JWS, or as parsed JSON."""
    text = unpacked.text.strip()
    if is_web_url(text):
        raise UnreadableCredential(
            f"Dit bestand bevat geen badgegegevens, alleen een verwijzing naar {text[:200]}. Die "
            f"kan de app niet offline openen; download daar het JSON-bestand. {NOTHING_STORED_NL}",
            f"This file holds no badge data, only a link to {text[:200]}. The app cannot open it "
            f"offline; download the JSON file there. {NOTHING_STORED_EN}",
        )
    if COMPACT_JWS.match(text):
        return peek(text, understood=jades.JADES_HEADERS)
    return load_json(text)


def _presentation(parsed: Token | Any) -> presentations.Presented | None:
    if isinstance(parsed, Token):
        claims = parsed.payload
        if isinstance(claims, dict) and (
            isinstance(claims.get("vp"), dict) or presentations.is_presentation(claims)
        ):
            return presentations.from_jwt(parsed)
        return None
    if presentations.is_presentation(parsed):
        return presentations.from_json(parsed)
    return None


def _draft(parsed: Token | Any, container: str) -> Draft:
    if isinstance(parsed, Token):
        if openbadges2.is_assertion(parsed.payload):
            return openbadges2.from_signed(parsed, container)
        secured = vc.from_jwt(parsed)
    elif openbadges2.is_assertion(parsed):
        return openbadges2.from_hosted(parsed, container)
    elif jades.is_sealed(parsed):
        secured = jades.from_sealed(parsed)
    elif vc.is_credential(parsed):
        secured = vc.from_json(parsed)
    else:
        raise UnreadableCredential(
            f"De gegevens in dit bestand zijn geen open badge of digitaal leerbewijs. "
            f"{NOTHING_STORED_NL}",
            f"The data in this file is not an open badge or digital credential. "
            f"{NOTHING_STORED_EN}",
        )
    mapper = elm.map_credential if vc.is_elm(secured.credential) else openbadges3.map_credential
    draft = mapper(secured.credential, secured.encoding, container)
    draft.checks = secured.checks
    draft.expires = earliest(draft.expires, secured.expires)
    return draft


def _warnings(verification: Verification, unmatched: list[str]) -> list[Notice]:
    found: list[Notice] = []
    status = {c.code: c for c in verification.checks}
    if status[SIGNATURE].status is not CheckStatus.GESLAAGD:
        found.append(
            Notice(
                "De handtekening kon niet offline gecontroleerd worden. Het leerbewijs wordt "
                "bewaard, maar niet als gecontroleerd getoond.",
                "The signature could not be checked offline. The credential is stored, but "
                "not shown as verified.",
            )
        )
    if status[VALIDITY].status is CheckStatus.MISLUKT:
        found.append(
            Notice(
                f"{status[VALIDITY].detail} Het wordt bewaard als bewijs dat je het behaalde; "
                "de competentiecheck toont het als verlopen.",
                "This credential has expired. It is stored as proof that you earned it; the "
                "competence check shows it as expired.",
            )
        )
    if unmatched:
        shown = ", ".join(clip(u, 80) for u in unmatched[:10])
        more = f" (en {len(unmatched) - 10} meer)" if len(unmatched) > 10 else ""
        more_en = f" (and {len(unmatched) - 10} more)" if len(unmatched) > 10 else ""
        found.append(
            Notice(
                f"Niet gevonden in de competentietaal, dus niet gekoppeld: {shown}{more}.",
                f"Not found in the competence language, so not linked: {shown}{more_en}.",
            )
        )
    return found


def _leerbewijs(
    draft: Draft,
    unpacked: Unpacked,
    verification: Verification,
    proposed: list[ConceptRef],
    now: datetime,
    today: date,
) -> Leerbewijs:
    try:
        return Leerbewijs(
            kind=draft.kind,
            title=one_line(draft.title),
            issuer=one_line(draft.issuer),
            # An issuer east of here may already be on the next day: never in the future.
            issued=min(_day(draft.issued), today) if draft.issued else None,
            expires=_day(draft.expires) if draft.expires else None,
            vks_level=draft.vks_level,
            qualification_uri=draft.qualification_uri or None,
            credential_number=one_line(draft.credential_number),
            verification_url=draft.verification_url or None,
            description=clip(draft.description, 100_000),
            criteria=clip(draft.criteria, 100_000),
            evidence=[clip(e, 5000) for e in draft.evidence[:200]],
            competences=proposed,
            origin=Origin(
                kind=OriginKind.GEIMPORTEERD,
                format=draft.format_code,
                payload=unpacked.payload,
                payload_media_type=unpacked.media_type,
                imported_at=now,
            ),
            verification=verification,
        )
    except ValidationError as exc:
        raise invalid(
            exc, "Dit leerbewijs bevat een fout", "This credential has an error"
        ) from None


def _start(moment: Moment) -> datetime:
    """When a moment begins; a bare day at its first instant (UTC)."""
    return moment if isinstance(moment, datetime) else datetime.combine(moment, time.min, UTC)


def _day(moment: Moment) -> date:
    """The calendar day as the issuer wrote it (a diploma of 30 June stays 30 June, even if
    midnight in Brussels is still the 29th in UTC)."""
    return moment.date() if isinstance(moment, datetime) else moment
