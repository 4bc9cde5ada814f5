"""The ESCO part of an imported language, kept beside it so that it can be merged again.

An imported language is ESCO merged with the starter language of the app that imported it.
When an app update brings a new starter language, the merge has to be redone; the user's
ESCO download may be long gone, so the import keeps what it read from it in a compressed
JSON file next to the language file (``esco-....sqlite`` → ``esco-....esco.json.gz``).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from portfolio_app.atomic import atomic_path
from portfolio_app.language.data import LanguageData
from portfolio_app.language.model import Concept, ConceptType, Occupation

SUFFIX = ".esco.json.gz"
_FORMAT = "portfolio-esco-source/1"


def source_path(language_file: Path) -> Path:
    return language_file.with_name(language_file.stem + SUFFIX)


def save(data: LanguageData, path: Path) -> None:
    """Write atomically: a half-written source must never sit next to a finished language."""
    doc: dict[str, Any] = {
        "format": _FORMAT,
        "concepts": [
            [c.uri, c.type.value, c.label_nl, c.label_en, list(c.alt_labels), c.description,
             list(c.broader), sorted(c.flags), c.uri in data.groups]
            for c in data.concepts.values()
        ],
        "occupations": [
            [o.uri, o.label_nl, o.label_en, list(o.alt_labels), o.description, o.isco_code,
             list(o.essential), list(o.optional)]
            for o in data.occupations.values()
        ],
        "isco": data.isco_groups,
    }  # fmt: skip
    with atomic_path(path) as tmp, gzip.open(tmp, "wt", encoding="utf-8", compresslevel=5) as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))


def load(path: Path) -> LanguageData | None:
    """The saved ESCO part, or None when the file is missing or not readable."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            doc = json.load(f)
        if doc.get("format") != _FORMAT:
            return None
        data = LanguageData(isco_groups={k: (v[0], v[1]) for k, v in doc["isco"].items()})
        for uri, ctype, nl, en, alts, desc, broader, flags, group in doc["concepts"]:
            data.concepts[uri] = Concept(
                uri, ConceptType(ctype), nl, en, tuple(alts), desc, tuple(broader),
                frozenset(flags), "esco" if nl else "",
            )  # fmt: skip
            if group:
                data.groups.add(uri)
        for uri, nl, en, alts, desc, isco, essential, optional in doc["occupations"]:
            data.occupations[uri] = Occupation(
                uri, nl, en, tuple(alts), desc, isco, tuple(essential), tuple(optional)
            )
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return None
    return data
