"""``import_esco``: make an ESCO download the current competence language.

The new language is the bundled starter language with ESCO merged over it. ESCO wins where
both hold a URI, but text ESCO lacks is kept from the starter set: ESCO's English-only skills
file has no Dutch labels, and a Dutch starter label beats an empty one. The starter's own
concepts, occupations and beroepskwalificaties (which ESCO does not hold) all stay.

The build goes to a temporary file and is switched in atomically (see ``current``), so the
language in use stays in use until the new one is complete, and a cancel, an error or a crash
changes nothing.

Bad rows are skipped and reported, but an import that skips more than a tenth of its rows
fails instead (``MAX_SKIPPED_SHARE``): then the folder holds something other than a whole,
clean ESCO download (files a spreadsheet program saved again, a copy cut short), and a
language built from what is left would quietly lack most of what the user expects.
"""

from __future__ import annotations

import math
import re
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from portfolio_app.atomic import copy_file
from portfolio_app.language import esco_source, starter
from portfolio_app.language.competence_language import CompetenceLanguage
from portfolio_app.language.current import build_atomically, point_to, read_pointer, starter_hash
from portfolio_app.language.data import LanguageData
from portfolio_app.language.errors import ImportFailed
from portfolio_app.language.esco_csv import BadRow, Cancel, Problems, Progress, Reporter
from portfolio_app.language.esco_read import EscoReader
from portfolio_app.language.model import Concept, Occupation
from portfolio_app.paths import AppPaths

_VERSION = re.compile(r"v?(\d+\.\d+(?:\.\d+)?)", re.IGNORECASE)

MAX_SKIPPED_SHARE = 0.10
"""More skipped rows than this part fails the import. The real ESCO 1.1.1 download skips 74
of its some 200,000 rows (0.04%); a mangled or foreign file skips far more."""


@dataclass(frozen=True)
class ImportReport:
    source: str
    esco_version: str | None
    layout: str  # "1.1" or "1.2"
    languages: tuple[str, ...]
    skills: int
    skill_groups: int
    occupations: int
    relations: int
    broader: int
    isco_groups: int
    total_concepts: int  # after merging with the starter language
    total_occupations: int
    total_qualifications: int
    bad_rows: tuple[BadRow, ...]  # the first ones, with file, line and reason
    bad_row_count: int
    duration: float  # seconds
    path: Path


def _version(directory: Path) -> str | None:
    """ESCO files carry no version; the folder of a download is named after it."""
    for part in (directory.name, *(p.name for p in directory.iterdir() if p.is_dir())):
        match = _VERSION.search(part)
        if match:
            return match.group(1)
    return None


def _over_concept(concept: Concept, old: Concept | None) -> Concept:
    if old is None:
        return concept
    dutch_from_starter = not concept.label_nl and bool(old.label_nl)
    return replace(
        concept,
        label_nl=concept.label_nl or old.label_nl,
        label_en=concept.label_en or old.label_en,
        alt_labels=tuple(dict.fromkeys(old.alt_labels + concept.alt_labels)),
        description=old.description if dutch_from_starter else concept.description,
        flags=concept.flags | old.flags,
        # An official Dutch label replaces the project's own translation; without one the
        # bundled label stays, marked as it was.
        nl_origin=concept.nl_origin if concept.label_nl else old.nl_origin,
    )


def _over_occupation(occupation: Occupation, old: Occupation | None) -> Occupation:
    if old is None:
        return occupation
    dutch_from_starter = not occupation.label_nl and bool(old.label_nl)
    return replace(
        occupation,
        label_nl=occupation.label_nl or old.label_nl,
        label_en=occupation.label_en or old.label_en,
        alt_labels=tuple(dict.fromkeys(old.alt_labels + occupation.alt_labels)),
        description=old.description if dutch_from_starter else occupation.description,
        isco_code=occupation.isco_code or old.isco_code,
        synonyms=old.synonyms,
    )


def merge(base: LanguageData, esco: LanguageData) -> None:
    """Merge ``esco`` into ``base`` (the starter language), leaving ``esco`` as it was: ESCO
    wins, but keeps the starter's Dutch text where ESCO has none, and its flags (ESCO has no
    "future" or "basic")."""
    base.merge(
        LanguageData(
            concepts={u: _over_concept(c, base.concepts.get(u)) for u, c in esco.concepts.items()},
            occupations={
                u: _over_occupation(o, base.occupations.get(u)) for u, o in esco.occupations.items()
            },
            groups=set(esco.groups),
            isco_groups=dict(esco.isco_groups),
        )
    )


def _number(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", "." if lang == "nl" else ",")


def refuse_if_mostly_skipped(problems: Problems) -> None:
    """``ImportFailed`` when more than ``MAX_SKIPPED_SHARE`` of the rows were skipped,
    naming the file with the most bad rows and one of its reasons."""
    if problems.share <= MAX_SKIPPED_SHARE:
        return
    worst = max(problems.by_file, key=lambda name: problems.by_file[name])
    example = next((row for row in problems.rows if row.file == worst), None)
    pct = math.ceil(problems.share * 100)  # 10.2% shows as 11%: above the limit
    where_nl = f"vooral in {worst}"
    where_en = f"mostly in {worst}"
    if example is not None:
        where_nl += f" (bijvoorbeeld regel {example.line}: {example.reason})"
        where_en += f" (for instance line {example.line}: {example.reason_en})"
    raise ImportFailed(
        f"Van de {_number(problems.seen, 'nl')} regels konden er "
        f"{_number(problems.total, 'nl')} niet gebruikt worden ({pct}%), {where_nl}. "
        "Dat is te veel. Zijn dit wel de ESCO-bestanden, volledig en in CSV-formaat? "
        "Je competentietaal is niet veranderd.",
        f"{_number(problems.total, 'en')} of the {_number(problems.seen, 'en')} rows could "
        f"not be used ({pct}%), {where_en}. That is too many. Are these the ESCO files, "
        "complete and in CSV format? Your competence language has not changed.",
    )


def _switch(target: Path, reporter: Reporter, keep_source: Callable[[], object]) -> None:
    """Put the ESCO part beside the new language, then make it current. Whatever stops this
    half-way (a cancel, a full disk) removes the new files, so the old language stays."""
    try:
        reporter.tick("Nieuwe taal in gebruik nemen", 0, 1)
        keep_source()
        point_to(target.parent, target)
    except BaseException:
        target.unlink(missing_ok=True)
        esco_source.source_path(target).unlink(missing_ok=True)
        raise
    reporter.show("Nieuwe taal in gebruik nemen", 1, 1)


def _new_name() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return f"esco-{stamp}-{uuid.uuid4().hex[:8]}.sqlite"


def import_esco(
    directory: Path,
    paths: AppPaths,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Import the ESCO CSV files in ``directory`` and make them the current language.

    ``progress(stage, done, total)`` is called now and then with a Dutch stage name;
    ``cancel()`` returning True stops the import (``ImportCancelled``), leaving everything as
    it was. Bad rows are skipped and listed in the report; a missing file or column, or more
    than ``MAX_SKIPPED_SHARE`` of the rows skipped, stops the import with ``ImportFailed``.
    """
    started = time.monotonic()
    reporter = Reporter(progress, cancel)
    problems = Problems()
    language = starter.load()
    reader = EscoReader(directory, problems, reporter)
    esco = reader.read(language)
    refuse_if_mostly_skipped(problems)
    merge(language, esco)
    version = _version(directory)
    source = f"ESCO v{version} + startertaal" if version else "ESCO + startertaal"
    target = build_atomically(
        paths.language_dir,
        _new_name(),
        language,
        {"source": source, "esco_version": version or "", "starter_hash": starter_hash()},
        reporter.tick,
    )
    _switch(target, reporter, lambda: esco_source.save(esco, esco_source.source_path(target)))
    stats = reader.stats
    return ImportReport(
        source=source,
        esco_version=version,
        layout=stats.layout,
        languages=stats.languages,
        skills=stats.skills,
        skill_groups=stats.skill_groups,
        occupations=stats.occupations,
        relations=stats.relations,
        broader=stats.broader,
        isco_groups=stats.isco_groups,
        total_concepts=language.skill_count(),
        total_occupations=len(language.occupations),
        total_qualifications=len(language.qualifications),
        bad_rows=tuple(problems.rows),
        bad_row_count=problems.total,
        duration=round(time.monotonic() - started, 2),
        path=target,
    )


def refresh_import(
    paths: AppPaths, progress: Progress | None = None, cancel: Cancel | None = None
) -> Path | None:
    """Merge the imported language again with this app's starter language, after an update
    changed the bundled files (``LanguageInfo.starter_outdated``). Returns the new language
    file, or None when there is nothing to refresh: no import, already up to date, or the
    kept ESCO part is missing (then only a new import helps). Atomic like an import."""
    folder = paths.language_dir
    current = read_pointer(folder)
    if current is None:
        return None
    with CompetenceLanguage.open(current) as old:
        info = old.info()
    if not info.starter_outdated:
        return None
    esco = esco_source.load(esco_source.source_path(current))
    if esco is None:
        return None
    reporter = Reporter(progress, cancel)
    language = starter.load()
    merge(language, esco)
    meta = {"source": info.source, "esco_version": info.esco_version or ""}
    target = build_atomically(
        folder, _new_name(), language, {**meta, "starter_hash": starter_hash()}, reporter.tick
    )
    source = esco_source.source_path(current)
    _switch(target, reporter, lambda: copy_file(source, esco_source.source_path(target)))
    return target


def _old_meta(path: Path) -> dict[str, str]:
    """The meta table of a language file of any schema version ({} when unreadable)."""
    try:
        db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return dict(db.execute("SELECT key, value FROM meta"))
        finally:
            db.close()
    except sqlite3.Error:
        return {}


def rebuild_unusable_import(paths: AppPaths, progress: Progress | None = None) -> Path | None:
    """After an app update that changed the file layout, the imported language cannot be
    opened any more; its kept ESCO part can: merge it with this app's bundled language into
    a new file and make that current. None when there is no import or no usable ESCO part
    (then the bundled language takes over and only a new import brings ESCO back)."""
    folder = paths.language_dir
    current = read_pointer(folder)
    if current is None:
        return None
    esco = esco_source.load(esco_source.source_path(current))
    if esco is None:
        return None
    old = _old_meta(current)
    reporter = Reporter(progress, None)
    language = starter.load()
    merge(language, esco)
    meta = {
        "source": old.get("source") or "ESCO + startertaal",
        "esco_version": old.get("esco_version", ""),
        "starter_hash": starter_hash(),
    }
    target = build_atomically(folder, _new_name(), language, meta, reporter.tick)
    source = esco_source.source_path(current)
    _switch(target, reporter, lambda: copy_file(source, esco_source.source_path(target)))
    return target
