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

from pydantic import ValidationError

from portfolio_app.credentials import elm, openbadges2, openbadges3, vc
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
from portfolio_app.credentials.keys import peek
from portfolio_app.domain import CheckStatus, ConceptRef, Leerbewijs, Origin, Verification
from portfolio_app.domain.enums import OriginKind
from portfolio_app.domain.validation import invalid

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


def read_credential(
    data: bytes,
    filename: str,
    *,
    profile_emails: list[str],
    today: date,
    now: datetime,
    match: Match | None = None,
) -> CredentialImport:
    """Read, check and map one credential file; raises a ``CredentialError`` (or ``TooLarge``)
    with the reason when it cannot or must not be imported.

    ``now`` without a time zone is taken as local time; ``today`` decides expiry for
    credentials that give only a day."""
    check_size(len(data), filename)
    now = now if now.tzinfo else now.astimezone()
    unpacked = unpack(data, filename)
    draft = _draft(unpacked)
    if draft.issued is not None and _start(draft.issued) > now + CLOCK_SKEW:
        raise NotYetValid(date=_day(draft.issued).isoformat())
    checks = [
        *draft.checks,
        recipient_check(draft.identities, profile_emails),
        validity_check(draft.expires, now, today),
        revocation_check(draft.status_url),
    ]
    verification = ordered(checks, now)
    proposed, unmatched = propose(draft.candidates, match)
    warnings = list(draft.warnings)
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


def _draft(unpacked: Unpacked) -> Draft:
    text = unpacked.text.strip()
    if is_web_url(text):
        raise UnreadableCredential(
            f"Dit bestand bevat geen badgegegevens, alleen een verwijzing naar {text[:200]}. Die "
            f"kan de app niet offline openen; download daar het JSON-bestand. {NOTHING_STORED_NL}",
            f"This file holds no badge data, only a link to {text[:200]}. The app cannot open it "
            f"offline; download the JSON file there. {NOTHING_STORED_EN}",
        )
    if COMPACT_JWS.match(text):
        token = peek(text)
        if openbadges2.is_assertion(token.payload):
            return openbadges2.from_signed(token, unpacked.container)
        secured = vc.from_jwt(token)
    else:
        document = load_json(text)
        if openbadges2.is_assertion(document):
            return openbadges2.from_hosted(document, unpacked.container)
        if not vc.is_credential(document):
            raise UnreadableCredential(
                f"De gegevens in dit bestand zijn geen open badge of digitaal leerbewijs. "
                f"{NOTHING_STORED_NL}",
                f"The data in this file is not an open badge or digital credential. "
                f"{NOTHING_STORED_EN}",
            )
        secured = vc.from_json(document)
    mapper = elm.map_credential if vc.is_elm(secured.credential) else openbadges3.map_credential
    draft = mapper(secured.credential, secured.encoding, unpacked.container)
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
