"""Plain Dutch (and English) messages for validation errors.

Pydantic's own messages are English and technical ("Input should be less than or equal to
4"). A user fills in a form and needs "Niveau moet tussen 1 en 4 liggen". Our validators raise
``PydanticCustomError`` with a stable type code; this module turns any ``ValidationError``
(ours or pydantic's built-in ones) into one readable sentence per problem, naming the field
the way the form names it.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError, ValidationInfo
from pydantic_core import PydanticCustomError

from portfolio_app.errors import InvalidInput

# type code -> (nl, en); fields in braces come from the error's context.
_MESSAGES: dict[str, tuple[str, str]] = {
    "empty_text": ("mag niet leeg zijn", "must not be empty"),
    "role_or_organisation": (
        "vul een functie of een organisatie in",
        "fill in a role or an organisation",
    ),
    "expiry_before_issue": (
        "de vervaldatum ligt vóór de datum van uitreiking",
        "the expiry date is before the issue date",
    ),
    "end_before_start": (
        "de einddatum ligt vóór de begindatum",
        "the end date is before the start",
    ),
    "date_in_future": ("mag niet in de toekomst liggen", "must not be in the future"),
    "level_range": ("moet tussen {low} en {high} liggen", "must be between {low} and {high}"),
    "cefr_level": (
        "moet een ERK-niveau zijn (A1, A2, B1, B2, C1 of C2)",
        "must be a CEFR level (A1, A2, B1, B2, C1 or C2)",
    ),
    "binary_level": (
        "is 1 (heb ik) of 0 (heb ik niet)",
        "is 1 (have) or 0 (have not)",
    ),
    "bad_uri": ("is geen geldig webadres (URI)", "is not a valid web address (URI)"),
    "bad_email": ("is geen geldig e-mailadres", "is not a valid e-mail address"),
    "missing": ("ontbreekt", "is missing"),
    "duplicate_id": (
        "dezelfde sleutel komt twee keer voor ({id})",
        "the same key occurs twice ({id})",
    ),
    "dangling_ref": (
        "verwijst naar iets dat niet in het bestand staat ({id})",
        "refers to something that is not in the file ({id})",
    ),
    "string_too_short": ("mag niet leeg zijn", "must not be empty"),
    "string_too_long": ("is te lang (maximaal {max_length} tekens)", "is too long"),
    "less_than_equal": ("mag hoogstens {le} zijn", "must be at most {le}"),
    "greater_than_equal": ("moet minstens {ge} zijn", "must be at least {ge}"),
    "int_parsing": ("moet een geheel getal zijn", "must be a whole number"),
    "int_type": ("moet een geheel getal zijn", "must be a whole number"),
    "date_parsing": ("is geen geldige datum (JJJJ-MM-DD)", "is not a valid date (YYYY-MM-DD)"),
    "date_from_datetime_parsing": (
        "is geen geldige datum (JJJJ-MM-DD)",
        "is not a valid date (YYYY-MM-DD)",
    ),
    "date_type": ("is geen geldige datum (JJJJ-MM-DD)", "is not a valid date (YYYY-MM-DD)"),
    "enum": ("heeft een onbekende waarde", "has an unknown value"),
    "literal_error": ("heeft een onbekende waarde", "has an unknown value"),
    "extra_forbidden": ("is een onbekend veld", "is an unknown field"),
    "string_type": ("moet tekst zijn", "must be text"),
    "list_type": ("moet een lijst zijn", "must be a list"),
    "bool_parsing": ("moet ja of nee zijn", "must be yes or no"),
    "uuid_parsing": ("is geen geldige sleutel", "is not a valid key"),
    "too_long": ("heeft te veel elementen", "has too many items"),
}

_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("Titel", "Title"),
    "label": ("Naam van de competentie", "Competence name"),
    "level": ("Niveau", "Level"),
    "willen": ("Willen", "Want"),
    "issued": ("Datum van uitreiking", "Issue date"),
    "expires": ("Vervaldatum", "Expiry date"),
    "start": ("Begindatum", "Start date"),
    "end": ("Einddatum", "End date"),
    "last_used": ("Laatst gebruikt", "Last used"),
    "first_acquired": ("Eerst verworven", "First acquired"),
    "vks_level": ("VKS/EKK-niveau", "VKS/EQF level"),
    "kind": ("Soort", "Kind"),
    "concept_uri": ("Competentie (URI)", "Competence (URI)"),
    "qualification_uri": ("Kwalificatie (URI)", "Qualification (URI)"),
    "verification_url": ("Controleadres", "Verification URL"),
    "organisation": ("Organisatie", "Organisation"),
    "role": ("Functie", "Role"),
    "goal": ("Doel", "Goal"),
    "due": ("Tegen wanneer", "Due date"),
    "emails": ("E-mailadres", "E-mail address"),
    "date": ("Datum", "Date"),
    "name": ("Naam", "Name"),
    "filename": ("Bestandsnaam", "File name"),
    "birth_date": ("Geboortedatum", "Date of birth"),
    "decided": ("Datum van de beslissing", "Date of the decision"),
}


def fail(code: str, **context: object) -> PydanticCustomError:
    """A validation error with a stable code; raise it from a validator."""
    nl, _ = _MESSAGES[code]
    return PydanticCustomError(code, nl.format(**context), dict(context))


STORED = {"stored": True}
"""Validation context for objects read back from the vault: rules that depend on today's date
are skipped there, so a clock set back by a day can never make a saved portfolio unreadable."""


def past_or_today(value: date | None, info: ValidationInfo) -> date | None:
    """Shared rule for dates that describe something that already happened."""
    if value is None or (info.context or {}).get("stored"):
        return value
    if value > date.today():
        raise fail("date_in_future")
    return value


def not_blank(value: str) -> str:
    value = value.strip()
    if not value:
        raise fail("empty_text")
    return value


def explain(exc: ValidationError, lang: str = "nl") -> list[str]:
    """One sentence per problem, e.g. 'Vervaldatum: de vervaldatum ligt vóór ...'."""
    lines: list[str] = []
    for err in exc.errors(include_url=False):
        code = err["type"]
        context = dict(err.get("ctx") or {})
        templates = _MESSAGES.get(code)
        if templates is None:
            text = err["msg"]
        else:
            template = templates[1] if lang == "en" else templates[0]
            try:
                text = template.format(**context)
            except (KeyError, IndexError):
                text = template
        field = _field_name(err["loc"], lang, code)
        sentence = f"{field}: {text}" if field else text[:1].upper() + text[1:]
        lines.append(sentence + ("" if sentence.endswith(".") else "."))
    return lines


# Rules checked across fields are reported on the field the user has to change.
_CODE_FIELDS: dict[str, str] = {
    "level_range": "level",
    "cefr_level": "level",
    "binary_level": "level",
    "expiry_before_issue": "expires",
    "end_before_start": "end",
}


def _field_name(loc: tuple[int | str, ...], lang: str, code: str = "") -> str:
    if code in _CODE_FIELDS:
        loc = (*loc, _CODE_FIELDS[code])
    for part in reversed(loc):
        if isinstance(part, str) and part in _FIELDS:
            nl, en = _FIELDS[part]
            return en if lang == "en" else nl
    named = [str(p) for p in loc if isinstance(p, str)]
    return named[-1] if named else ""


def invalid(exc: ValidationError, what_nl: str = "", what_en: str = "") -> InvalidInput:
    """The user-facing error for a failed validation."""
    nl = " ".join(explain(exc, "nl"))
    en = " ".join(explain(exc, "en"))
    if what_nl:
        nl = f"{what_nl}: {nl}"
        en = f"{what_en or what_nl}: {en}"
    return InvalidInput(nl, en)
