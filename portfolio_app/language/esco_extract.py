"""The ESCO part of the bundled language: a compact extract of an ESCO CSV download.

The app ships the whole ESCO occupation pillar, so that a citizen finds their job and its
competences offline, without importing anything. The ESCO download itself (some 45 MB of
CSV) stays out of the repository; ``tools/build_esco_extract.py`` reads it and writes this
extract (``resources/language/esco-v<version>.json.gz``), which keeps only what the app uses:

- every occupation with its Dutch and English preferred labels, its Dutch alternative and
  hidden labels (the words people type), its Dutch description, its ISCO group and its
  essential and optional competences;
- every skill and skill group with its English preferred label (and its Dutch labels when
  the download has them), type, flags (digital, green) and broader concepts;
- the ISCO-08 group names.

English alternative labels and English skill descriptions are left out: they make the
language three times bigger and slower to build on first start, and serve a Dutch user
little. An ESCO import (``import_esco``) brings them in for whoever wants them.

Relations and broader links are stored as positions in the concept list rather than as
URIs, which keeps the file small.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from portfolio_app.atomic import atomic_path
from portfolio_app.errors import InvalidInput
from portfolio_app.language.data import LanguageData
from portfolio_app.language.model import Concept, ConceptType, Occupation

FORMAT = "portfolio-esco-extract"
VERSION = 1
SUFFIX = ".json.gz"


def file_name(esco_version: str) -> str:
    return f"esco-v{esco_version}{SUFFIX}"


def write(data: LanguageData, path: Path, esco_version: str, built_from: str) -> None:
    """Write ``data`` (an ESCO language as ``EscoReader`` read it, reduced by the caller)
    compactly, gzip-compressed and reproducibly (same input, same bytes)."""
    uris = sorted(data.concepts)
    at = {uri: i for i, uri in enumerate(uris)}
    concepts = []
    for uri in uris:
        c = data.concepts[uri]
        concepts.append(
            [uri, c.type.value, c.label_nl, c.label_en, list(c.alt_labels), sorted(c.flags),
             sorted(at[b] for b in c.broader if b in at), int(uri in data.groups)]
        )  # fmt: skip
    occupations = []
    for uri in sorted(data.occupations):
        o = data.occupations[uri]
        occupations.append(
            [uri, o.isco_code, o.label_nl, o.label_en, list(o.alt_labels), o.description,
             [at[u] for u in o.essential if u in at], [at[u] for u in o.optional if u in at]]
        )  # fmt: skip
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "esco_version": esco_version,
        "built_from": built_from,
        "concepts": concepts,
        "occupations": occupations,
        "isco": [[code, nl, en] for code, (nl, en) in sorted(data.isco_groups.items())],
    }
    text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    with atomic_path(path) as tmp, open(tmp, "wb") as raw:
        # mtime=0 and no file name: the same extract gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=9, mtime=0) as f:
            f.write(text.encode("utf-8"))


def _fail(name: str, nl: str, en: str) -> InvalidInput:
    return InvalidInput(
        f"Fout in de meegeleverde ESCO-gegevens ({name}): {nl}",
        f"Error in the bundled ESCO data ({name}): {en}",
    )


def read(name: str, raw: bytes) -> tuple[LanguageData, str]:
    """The extract as a ``LanguageData`` (Dutch concept labels marked as ESCO's), and its
    ESCO version."""
    try:
        doc = json.loads(gzip.decompress(raw).decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        raise _fail(name, f"niet leesbaar ({exc}).", f"not readable ({exc}).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise _fail(name, f"verwacht {FORMAT} versie {VERSION}.", "unknown format.")
    data = LanguageData()
    try:
        rows = doc["concepts"]
        uris = [row[0] for row in rows]
        for uri, ctype, nl, en, alts, flags, broader, group in rows:
            data.concepts[uri] = Concept(
                uri=uri,
                type=ConceptType(ctype),
                label_nl=nl,
                label_en=en,
                alt_labels=tuple(alts),
                description="",
                broader=tuple(uris[i] for i in broader),
                flags=frozenset(flags),
                nl_origin="esco" if nl else "",
            )
            if group:
                data.groups.add(uri)
        for uri, isco, nl, en, alts, desc, essential, optional in doc["occupations"]:
            data.occupations[uri] = Occupation(
                uri=uri,
                label_nl=nl,
                label_en=en,
                alt_labels=tuple(alts),
                description=desc,
                isco_code=isco,
                essential=tuple(uris[i] for i in essential),
                optional=tuple(uris[i] for i in optional),
            )
        data.isco_groups = {code: (nl, en) for code, nl, en in doc["isco"]}
        version = str(doc["esco_version"])
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise _fail(
            name, f"onverwachte inhoud ({exc!r}).", f"unexpected content ({exc!r})."
        ) from None
    return data, version
