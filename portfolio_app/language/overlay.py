"""The project's own words over the bundled ESCO extract: Dutch names for ESCO skills that
ESCO (in the download at hand) only names in English, and the names people use for
occupations.

An overlay file (``resources/language/*-nl.json``, format ``portfolio-language-overlay``)
holds two lists:

- ``concepts``: ``{"uri", "en", "nl", "alt_nl"}``: a Dutch preferred label and Dutch
  alternative labels for an ESCO skill. ``en`` repeats ESCO's English label, so a reviewer
  sees what was translated and the loader can refuse an entry whose URI points elsewhere.
  These labels are marked as the project's own (``nl_origin = "portfolio"``); where the
  language already has an official Dutch ESCO label (a newer extract with Dutch skills),
  the official one is kept and the entry is skipped. An ESCO import with Dutch labels
  replaces them the same way.
- ``occupations``: ``{"uri", "nl", "synonyms", "core"}``: the everyday names of an
  occupation, Flemish usage first ("poetsvrouw", "kassier", "chauffeur C"), searched like
  its preferred label; ``core`` marks the occupations common in Flanders whose essential
  competences all have a Dutch name (a data test holds that). ``nl`` repeats the Dutch
  label, for the same check as ``en`` above.

Overlays are applied after the starter files, so they may also name starter occupations.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from portfolio_app.errors import InvalidInput
from portfolio_app.language.data import LanguageData

FORMAT = "portfolio-language-overlay"
VERSION = 1


def _fail(name: str, where: str, nl: str, en: str) -> InvalidInput:
    return InvalidInput(
        f"Fout in de eigen vertalingen ({name}, {where}): {nl}",
        f"Error in the project's translations ({name}, {where}): {en}",
    )


def is_overlay(doc: object) -> bool:
    return isinstance(doc, dict) and doc.get("format") == FORMAT


def _texts(name: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(name, where, "verwacht een lijst tekst.", "expected a list of text.")
    return tuple(dict.fromkeys(v.strip() for v in value if v.strip()))


def _text(name: str, where: str, item: dict[str, Any], key: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise _fail(name, where, f"'{key}' moet tekst zijn.", f"'{key}' must be text.")
    return value.strip()


def _new_uri(name: str, where: str, item: object, seen: set[str]) -> str:
    """The entry's URI, refused when missing or already given in this overlay."""
    uri = item.get("uri") if isinstance(item, dict) else None
    if not isinstance(uri, str) or uri in seen:
        raise _fail(name, where, "geen of dubbele URI.", "missing or duplicate URI.")
    seen.add(uri)
    return uri


def apply(name: str, doc: dict[str, Any], data: LanguageData, starter_uris: set[str]) -> None:
    """Apply one overlay document to ``data``. ``starter_uris``: concepts the starter files
    define themselves, whose Dutch labels belong in those files."""
    if doc.get("version") != VERSION:
        raise _fail(name, "format", f"verwacht versie {VERSION}.", f"expected version {VERSION}.")
    seen: set[str] = set()
    for index, item in enumerate(doc.get("concepts") or []):
        uri = _new_uri(name, f"concepts #{index + 1}", item, seen)
        concept = data.concepts.get(uri)
        if concept is None or uri in data.groups:
            raise _fail(name, uri, "geen competentie van de taal.", "not a competence.")
        if uri in starter_uris:
            raise _fail(
                name, uri, "staat al in de startertaal.", "already in the starter language."
            )
        en = _text(name, uri, item, "en")
        if en and en != concept.label_en:
            raise _fail(
                name, uri, f"ESCO noemt dit '{concept.label_en}'.",
                f"ESCO calls this '{concept.label_en}'.",
            )  # fmt: skip
        nl = _text(name, uri, item, "nl")
        if not nl:
            raise _fail(
                name, uri, "het Nederlandse label ontbreekt.", "the Dutch label is missing."
            )
        if concept.nl_origin == "esco":
            continue  # an official Dutch label wins
        alts = _texts(name, uri, item.get("alt_nl", []))
        data.concepts[uri] = replace(
            concept,
            label_nl=nl,
            alt_labels=tuple(dict.fromkeys((*alts, *concept.alt_labels))),
            nl_origin="portfolio",
        )
    for index, item in enumerate(doc.get("occupations") or []):
        uri = _new_uri(name, f"occupations #{index + 1}", item, seen)
        occupation = data.occupations.get(uri)
        if occupation is None:
            raise _fail(name, uri, "geen beroep van de taal.", "not an occupation.")
        nl = _text(name, uri, item, "nl")
        if nl and nl != occupation.label_nl:
            raise _fail(
                name, uri, f"dit beroep heet '{occupation.label_nl}'.",
                f"this occupation is called '{occupation.label_nl}'.",
            )  # fmt: skip
        if not isinstance(item.get("core", False), bool):
            raise _fail(name, uri, "'core' moet true of false zijn.", "'core' must be a boolean.")
        synonyms = _texts(name, uri, item.get("synonyms", []))
        data.occupations[uri] = replace(
            occupation,
            synonyms=tuple(dict.fromkeys((*occupation.synonyms, *synonyms))),
        )


def parse(name: str, raw: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _fail(
            name, "JSON", f"geen geldige JSON ({exc}).", f"not valid JSON ({exc})."
        ) from None
    if not is_overlay(doc):
        raise _fail(name, "format", f"verwacht {FORMAT}.", f"expected {FORMAT}.")
    assert isinstance(doc, dict)
    return doc
