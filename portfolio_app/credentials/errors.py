"""Why a credential file is not imported.

Two families, because the user's next step differs: an *unreadable* file is not (or not
entirely) a credential, so the user should ask the issuer for another file; a *refused* one is
a readable credential that failed a check that must pass (a signature that does not match, a
recipient who is not the user), so nothing is stored, whatever the user says.
"""

from __future__ import annotations

from portfolio_app.errors import ExitCode, InvalidInput

NOTHING_STORED_NL = "Er is niets bewaard."
NOTHING_STORED_EN = "Nothing was stored."


class CredentialError(InvalidInput):
    """Base of every reason a credential file is not imported."""

    nl = "Dit bestand kon niet als leerbewijs gelezen worden. " + NOTHING_STORED_NL
    en = "This file could not be read as a credential. " + NOTHING_STORED_EN


class UnreadableCredential(CredentialError):
    """The file is malformed, holds no credential, or only points to one online."""


class CredentialRefused(CredentialError):
    """A readable credential that failed a check that must pass."""


class SignatureMismatch(CredentialRefused):
    nl = (
        "De handtekening van dit leerbewijs klopt niet: de inhoud werd gewijzigd na het "
        "ondertekenen, of het komt niet van wie het zegt. " + NOTHING_STORED_NL
    )
    en = (
        "The signature of this credential does not match: its content was changed after "
        "signing, or it does not come from who it claims. " + NOTHING_STORED_EN
    )


class WrongRecipient(CredentialRefused):
    nl = (
        "Dit leerbewijs is uitgereikt aan iemand anders: het e-mailadres van de ontvanger "
        "past bij geen enkel adres in je profiel. Is het toch van jou? Voeg dat e-mailadres "
        "toe aan je profiel en probeer opnieuw. " + NOTHING_STORED_NL
    )
    en = (
        "This credential was issued to someone else: the recipient's e-mail address matches "
        "none of the addresses in your profile. Is it yours after all? Add that e-mail address "
        "to your profile and try again. " + NOTHING_STORED_EN
    )


class NotYetValid(CredentialRefused):
    nl = "Dit leerbewijs is pas geldig vanaf {date}. " + NOTHING_STORED_NL
    en = "This credential is only valid from {date}. " + NOTHING_STORED_EN


class Revoked(CredentialRefused):
    nl = "De uitgever heeft dit leerbewijs ingetrokken. " + NOTHING_STORED_NL
    en = "The issuer has revoked this credential. " + NOTHING_STORED_EN


class TooComplex(UnreadableCredential):
    """Too large to read safely: too many parts, or data that unpacks to far more than it
    is (a "bomb"). Not damaged: the file is refused for its size."""

    exit_code = ExitCode.TOO_LARGE


class UnknownCriticalHeader(UnreadableCredential):
    nl = (
        "De handtekening vraagt om een uitbreiding die de app niet kent ({names}); volgens de "
        "standaard (RFC 7515) mag ze dan niet als geldig gelden. " + NOTHING_STORED_NL
    )
    en = (
        "The signature requires an extension the app does not know ({names}); the standard "
        "(RFC 7515) then forbids treating it as valid. " + NOTHING_STORED_EN
    )


class DuplicateBadge(UnreadableCredential):
    nl = (
        "Deze {kind}-afbeelding bevat {count} keer badgegegevens ({where}). Welke de echte is, "
        "kan niemand zeggen; vraag de uitgever een afbeelding met één badge. " + NOTHING_STORED_NL
    )
    en = (
        "This {kind} image holds badge data {count} times ({where}). Nobody can tell which is "
        "the real one; ask the issuer for an image with one badge. " + NOTHING_STORED_EN
    )
