"""What a checked signature does and does not prove, as two separate checks.

"Handtekening" says whether the content is unchanged since it was signed. "Sleutel van de
uitgever" says whether that key is the issuer's: offline that is only certain for a did:key
issuer, whose identifier is the key itself. A key inside the file (a JWK, a certificate, an
embedded PEM) proves integrity but not authorship: anyone can sign with a key of their own, so
that check is reported as "niet offline te controleren", never as passed.
"""

from __future__ import annotations

from portfolio_app.credentials.checks import ISSUER_KEY, SIGNATURE, not_offline, passed
from portfolio_app.credentials.errors import NOTHING_STORED_EN, NOTHING_STORED_NL, SignatureMismatch
from portfolio_app.credentials.keys import FoundKey, did_of
from portfolio_app.domain import VerificationCheck

SIGNATURE_OK = "Handtekening gecontroleerd: de inhoud is niet gewijzigd sinds het ondertekenen."
SIGNATURE_OK_OWN_KEY = (
    "Handtekening gecontroleerd met de sleutel die in het bestand zit: de inhoud is niet "
    "gewijzigd sinds het ondertekenen met die sleutel."
)


def signed_by(found: FoundKey, issuer_id: str, issuer_name: str) -> list[VerificationCheck]:
    """The checks after a JWS signature was verified with ``found``."""
    if found.source == "did:key":
        return did_key_checks(found.did, issuer_id, issuer_name)
    if found.source == "x5c":
        key_detail = (
            f"Ondertekend met het certificaat van {found.certificate_subject[:300]}; of dat "
            "certificaat van de uitgever is en vertrouwd wordt, kan alleen online nagekeken worden."
        )
    else:
        key_detail = (
            "De sleutel zit in het bestand zelf; of hij van de uitgever is, kan alleen online "
            "nagekeken worden."
        )
    return [passed(SIGNATURE, SIGNATURE_OK_OWN_KEY), not_offline(ISSUER_KEY, key_detail)]


def key_in_file(method: str) -> list[VerificationCheck]:
    """After a signature was verified with a key the file names in a key URL's fragment
    (``https://issuer.example/keys#z6Mk…``): only the issuer's document online says whose it is."""
    return [
        passed(SIGNATURE, SIGNATURE_OK_OWN_KEY),
        not_offline(
            ISSUER_KEY,
            f"De sleutel staat in het bestand ({method[:200]}); of hij van de uitgever is, kan "
            "alleen online nagekeken worden.",
        ),
    ]


def did_key_checks(did: str, issuer_id: str, issuer_name: str) -> list[VerificationCheck]:
    """After a signature by ``did`` (a did:key) was verified."""
    if did == did_of(issuer_id):
        name = f" De naam '{issuer_name[:200]}' gaf de uitgever zelf op." if issuer_name else ""
        return [
            passed(SIGNATURE, SIGNATURE_OK),
            passed(
                ISSUER_KEY,
                f"Ondertekend door de uitgever zelf: zijn identiteit ({did[:120]}) is de sleutel."
                + name,
            ),
        ]
    if issuer_id.startswith("did:key:"):
        # A did:key has exactly one key, and this is not it.
        raise SignatureMismatch(
            "Dit leerbewijs is ondertekend met een andere sleutel dan die van de uitgever die "
            f"erin staat. {NOTHING_STORED_NL}",
            "This credential was signed with another key than that of the issuer it names. "
            + NOTHING_STORED_EN,
        )
    return [
        passed(SIGNATURE, SIGNATURE_OK),
        not_offline(
            ISSUER_KEY,
            f"Ondertekend met {did[:120]}; of die sleutel van de uitgever "
            f"({issuer_id[:200] or 'onbekend'}) is, kan alleen online nagekeken worden.",
        ),
    ]


def unchecked(reason: str) -> list[VerificationCheck]:
    """No signature could be checked offline: say why, and claim nothing about the key."""
    return [
        not_offline(SIGNATURE, reason),
        not_offline(
            ISSUER_KEY, "Zonder gecontroleerde handtekening is de uitgever niet bevestigd."
        ),
    ]
