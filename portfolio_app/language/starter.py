"""The bundled language: the project's own JSON files under ``resources/language`` over the
ESCO extract that ships beside them.

Three kinds of file lie in that folder, and are layered in this order:

1. ``esco-v<version>.json.gz``: the ESCO occupation pillar (``esco_extract``), the base;
2. ``*.json`` in the ``portfolio-language`` format (documented in ``docs/language.md``): the
   starter language, the project's own concepts, occupations and beroepskwalificaties. Where
   it defines an ESCO URI, its curated text and occupation profile win over the extract;
3. ``*.json`` in the ``portfolio-language-overlay`` format (``overlay``): the project's Dutch
   names for ESCO skills and everyday names for occupations.

Every file is checked on load and every reference (broader concept, competence of an
occupation or qualification) must resolve inside the bundled language, so a typo in the data
fails the data test instead of leaving a user with a competence that points nowhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from portfolio_app.errors import InvalidInput
from portfolio_app.language import esco_extract, overlay
from portfolio_app.language.data import LanguageData
from portfolio_app.language.esco_extract import SUFFIX
from portfolio_app.language.layers import starter_over_esco
from portfolio_app.language.model import (
    FLAGS,
    Concept,
    ConceptType,
    Deelkwalificatie,
    Occupation,
    Qualification,
)

FORMAT = "portfolio-language"
VERSION = 1


def bundled_files() -> list[Traversable]:
    folder = resources.files("portfolio_app.resources") / "language"
    if not folder.is_dir():
        return []
    return sorted(
        (f for f in folder.iterdir() if f.name.endswith((".json", SUFFIX)) and f.is_file()),
        key=lambda f: f.name,
    )


_hashes: dict[tuple[tuple[str, int, int], ...], str] = {}


def _stamp(f: Traversable) -> tuple[str, int, int]:
    """Name, size and modification time where the file is on disk (it is, for an installed
    app); without them the content is hashed every time."""
    try:
        stat = Path(str(f)).stat()
    except OSError:
        return (str(f), -1, -1)
    return (str(f), stat.st_size, stat.st_mtime_ns)


def source_hash(files: Iterable[Traversable]) -> str:
    """Changes whenever a file is added, removed, renamed or edited: the built language is
    rebuilt when it differs from the hash stored in it. Kept per file stamp, since the ESCO
    extract makes hashing take a few milliseconds and ``info()`` asks for it."""
    files = list(files)
    key = tuple(_stamp(f) for f in files)
    known = _hashes.get(key) if all(size >= 0 for _, size, _ in key) else None
    if known is not None:
        return known
    digest = hashlib.sha256(f"{FORMAT}/{VERSION}".encode())
    for f in files:
        content = f.read_bytes()
        digest.update(f"\0{f.name}\0{len(content)}\0".encode())
        digest.update(content)
    _hashes[key] = digest.hexdigest()
    return _hashes[key]


class _Reader:
    """Reads one file and names it in every error."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, nl: str, en: str) -> InvalidInput:
        return InvalidInput(
            f"Fout in de startertaal ({self.name}, {where}): {nl}",
            f"Error in the starter language ({self.name}, {where}): {en}",
        )

    def text(self, item: dict[str, Any], key: str, where: str) -> str:
        value = item.get(key, "")
        if not isinstance(value, str):
            raise self.fail(where, f"'{key}' moet tekst zijn.", f"'{key}' must be text.")
        return value.strip()

    def labels(self, item: dict[str, Any], key: str, where: str, required: bool) -> tuple[str, str]:
        value = item.get(key) or {}
        if not isinstance(value, dict):
            raise self.fail(where, f"'{key}' moet nl en en bevatten.", f"'{key}' needs nl and en.")
        nl, en = self.text(value, "nl", where), self.text(value, "en", where)
        if required and not (nl or en):
            raise self.fail(where, "het label ontbreekt.", "the label is missing.")
        return nl, en

    def uris(self, item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = item.get(key) or []
        if not isinstance(value, list) or not all(isinstance(u, str) and u for u in value):
            raise self.fail(
                where, f"'{key}' moet een lijst URI's zijn.", f"'{key}' must list URIs."
            )
        return tuple(dict.fromkeys(value))

    def alt_labels(self, item: dict[str, Any], where: str) -> tuple[str, ...]:
        value = item.get("alt_labels") or {}
        if not isinstance(value, dict):
            raise self.fail(where, "'alt_labels' moet nl en en bevatten.", "bad 'alt_labels'.")
        found: list[str] = []
        for lang in ("nl", "en"):
            entries = value.get(lang) or []
            if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
                raise self.fail(
                    where, "'alt_labels' moet lijsten tekst bevatten.", "bad 'alt_labels'."
                )
            found.extend(e.strip() for e in entries if e.strip())
        return tuple(dict.fromkeys(found))

    def uri(self, item: Any, index: int, section: str) -> str:
        if not isinstance(item, dict):
            raise self.fail(f"{section} #{index + 1}", "geen object.", "not an object.")
        uri = item.get("uri")
        if not isinstance(uri, str) or ":" not in uri or any(c.isspace() for c in uri):
            raise self.fail(f"{section} #{index + 1}", "ongeldige URI.", "invalid URI.")
        return uri

    def concept(self, item: dict[str, Any], uri: str) -> Concept:
        try:
            ctype = ConceptType(str(item.get("type")))
        except ValueError:
            raise self.fail(uri, "onbekend type.", "unknown type.") from None
        flags = item.get("flags") or []
        if not isinstance(flags, list) or not set(flags) <= FLAGS:
            raise self.fail(uri, "onbekende vlag.", "unknown flag.")
        nl, en = self.labels(item, "labels", uri, required=True)
        desc_nl, desc_en = self.labels(item, "description", uri, required=False)
        return Concept(
            uri=uri,
            type=ctype,
            label_nl=nl,
            label_en=en,
            alt_labels=self.alt_labels(item, uri),
            description=desc_nl or desc_en,
            broader=self.uris(item, "broader", uri),
            flags=frozenset(flags),
            nl_origin="portfolio" if nl else "",
        )

    def occupation(self, item: dict[str, Any], uri: str) -> Occupation:
        nl, en = self.labels(item, "labels", uri, required=True)
        desc_nl, desc_en = self.labels(item, "description", uri, required=False)
        essential = self.uris(item, "essential", uri)
        return Occupation(
            uri=uri,
            label_nl=nl,
            label_en=en,
            alt_labels=self.alt_labels(item, uri),
            description=desc_nl or desc_en,
            isco_code=self.text(item, "isco", uri),
            essential=essential,
            optional=tuple(u for u in self.uris(item, "optional", uri) if u not in essential),
        )

    def qualification(self, item: dict[str, Any], uri: str) -> Qualification:
        nl, en = self.labels(item, "labels", uri, required=True)
        desc_nl, desc_en = self.labels(item, "description", uri, required=False)
        level = item.get("vks_level")
        if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 8:
            raise self.fail(uri, "VKS-niveau moet 1 tot 8 zijn.", "VKS level must be 1 to 8.")
        occupation = item.get("occupation")
        if occupation is not None and not isinstance(occupation, str):
            raise self.fail(uri, "'occupation' moet een URI zijn.", "bad 'occupation'.")
        evc = item.get("evc", False)
        if not isinstance(evc, bool):
            raise self.fail(uri, "'evc' moet true of false zijn.", "'evc' must be true or false.")
        parts = item.get("deelkwalificaties") or []
        if not isinstance(parts, list):
            raise self.fail(uri, "'deelkwalificaties' moet een lijst zijn.", "bad list.")
        deelkwalificaties = []
        for index, part in enumerate(parts):
            part_uri = self.uri(part, index, f"{uri} deelkwalificatie")
            part_nl, part_en = self.labels(part, "labels", part_uri, required=True)
            competences = self.uris(part, "competences", part_uri)
            deelkwalificaties.append(Deelkwalificatie(part_uri, part_nl, part_en, competences))
        return Qualification(
            uri=uri,
            label_nl=nl,
            label_en=en,
            vks_level=level,
            occupation_uri=occupation or None,
            evc=evc,
            description=desc_nl or desc_en,
            competences=self.uris(item, "competences", uri),
            deelkwalificaties=tuple(deelkwalificaties),
        )


def _json(name: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _Reader(name).fail(
            "JSON", f"geen geldige JSON ({exc}).", f"not valid JSON ({exc})."
        ) from None


def parse(name: str, raw: bytes, into: LanguageData) -> None:
    """Add one starter file to ``into``; a URI defined twice is an error."""
    parse_doc(name, _json(name, raw), into)


def parse_doc(name: str, doc: Any, into: LanguageData) -> None:
    reader = _Reader(name)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise reader.fail("format", f"verwacht {FORMAT} versie {VERSION}.", "unknown format.")
    seen = set(into.concepts) | set(into.occupations) | set(into.qualifications)

    def items(section: str) -> Iterator[tuple[str, dict[str, Any]]]:
        found = doc.get(section) or []
        if not isinstance(found, list):
            raise reader.fail(section, "moet een lijst zijn.", "must be a list.")
        for index, item in enumerate(found):
            uri = reader.uri(item, index, section)
            if uri in seen:
                raise reader.fail(uri, "deze URI komt twee keer voor.", "this URI occurs twice.")
            seen.add(uri)
            yield uri, item

    for uri, item in items("concepts"):
        into.concepts[uri] = reader.concept(item, uri)
    for uri, item in items("occupations"):
        into.occupations[uri] = reader.occupation(item, uri)
    for uri, item in items("qualifications"):
        into.qualifications[uri] = reader.qualification(item, uri)


def check_references(data: LanguageData) -> None:
    """Every URI the starter set points to must be one of its own concepts or occupations."""
    known = data.concepts.keys()
    dk_uris: set[str] = set()

    def fail(owner: str, target: str) -> InvalidInput:
        return InvalidInput(
            f"Fout in de startertaal: {owner} verwijst naar {target}, dat niet bestaat.",
            f"Error in the starter language: {owner} refers to {target}, which does not exist.",
        )

    for concept in data.concepts.values():
        for target in concept.broader:
            if target not in known:
                raise fail(concept.uri, target)
    for occupation in data.occupations.values():
        for target in occupation.essential + occupation.optional:
            if target not in known:
                raise fail(occupation.uri, target)
    for qualification in data.qualifications.values():
        if qualification.occupation_uri and qualification.occupation_uri not in data.occupations:
            raise fail(qualification.uri, qualification.occupation_uri)
        for part in qualification.deelkwalificaties:
            if part.uri in dk_uris or part.uri in data.qualifications:
                raise fail(qualification.uri, f"{part.uri} (twee keer)")
            dk_uris.add(part.uri)
        for target in qualification.all_competences:
            if target not in known:
                raise fail(qualification.uri, target)


def load(files: Iterable[Traversable] | None = None) -> LanguageData:
    """The bundled language from the bundled files (or the given ones, for tests): the ESCO
    extract if there is one, the starter files over it, the overlays over both."""
    base = LanguageData()
    own = LanguageData()
    overlays: list[tuple[str, dict[str, Any]]] = []
    for f in bundled_files() if files is None else files:
        if f.name.endswith(SUFFIX):
            extract, version = esco_extract.read(f.name, f.read_bytes())
            base.merge(extract)
            base.esco_version = version
            continue
        doc = _json(f.name, f.read_bytes())
        if overlay.is_overlay(doc):
            overlays.append((f.name, doc))
        else:
            parse_doc(f.name, doc, own)
    data = starter_over_esco(base, own) if base.concepts or base.occupations else own
    for name, doc in overlays:
        overlay.apply(name, doc, data, set(own.concepts))
    check_references(data)
    return data
