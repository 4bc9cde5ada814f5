"""``CompetenceLanguage``: the open, read-only competence language the app asks everything.

The file is opened read-only and never changes while open (a new import is a new file), so
one connection is shared by the GUI thread and workers, and whatever is cached here never goes
stale. Lookups go to SQLite on demand; only the occupation profiles, which the career ranking
reads in full many times, are kept in memory after first use.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from portfolio_app.errors import NotFound, PortfolioError
from portfolio_app.language import search as search_module
from portfolio_app.language import suggest as suggest_module
from portfolio_app.language.attribution import esco_attribution
from portfolio_app.language.build import SCHEMA_VERSION, Step
from portfolio_app.language.current import (
    current_language_file,
    starter_hash,
    starter_language_file,
    use_starter,
)
from portfolio_app.language.errors import LanguageUnusable
from portfolio_app.language.model import (
    Concept,
    ConceptType,
    Deelkwalificatie,
    Occupation,
    Qualification,
    SearchHit,
    Suggestion,
)

if TYPE_CHECKING:
    from portfolio_app.paths import AppPaths

Profiles = dict[str, tuple[frozenset[str], frozenset[str]]]

_CHUNK = 900  # stays below SQLite's limit on query parameters


@dataclass(frozen=True)
class LanguageInfo:
    source: str
    esco_version: str | None
    concepts: int
    occupations: int
    qualifications: int
    relations: int
    built_at: str
    path: str
    # An imported language keeps the starter language of its import; after an app update
    # that changed the bundled files, importing again brings the new starter set in.
    starter_outdated: bool
    # What "Over Portfolio" must say about the ESCO data (Dutch and English); "" when the
    # language holds no ESCO data.
    attribution: str = ""
    attribution_en: str = ""
    # Competences without a Dutch name (shown in English with the "EN" marker), and those
    # whose Dutch name is the project's own translation rather than ESCO's.
    untranslated: int = 0
    own_translations: int = 0


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n")) if text else ()


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class CompetenceLanguage:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path
        self._lock = threading.Lock()
        self._profiles: Profiles | None = None
        self._searcher: search_module.Searcher | None = None

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, db_path: Path) -> CompetenceLanguage:
        """Open a built language file read-only."""
        if not db_path.is_file():
            raise NotFound(
                f"De competentietaal {db_path} is niet gevonden.",
                f"The competence language {db_path} was not found.",
            )
        uri = db_path.resolve().as_uri() + "?mode=ro"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is None or row[0] != str(SCHEMA_VERSION):
            db.close()
            raise LanguageUnusable(path=db_path)
        return cls(db, db_path)

    @classmethod
    def open_default(cls, paths: AppPaths, progress: Step | None = None) -> CompetenceLanguage:
        """The current language: the imported one if there is one, else the bundled
        language, built (or rebuilt after an app update) on the way: a few seconds, reported
        to ``progress(message, done, total)`` (``needs_build(paths)`` tells beforehand)."""
        path = current_language_file(paths, progress)
        try:
            return cls.open(path)
        except LanguageUnusable:
            # An import from an app version with another file layout: merge its kept ESCO
            # part again. A damaged file, or no kept part: fall back to a freshly built
            # bundled language rather than leave the app without.
            from portfolio_app.language.esco_import import rebuild_unusable_import

            if not path.name.startswith("starter-"):
                try:
                    rebuilt = rebuild_unusable_import(paths, progress)
                except PortfolioError:
                    rebuilt = None
                if rebuilt is not None:
                    return cls.open(rebuilt)
            use_starter(paths)
            if path.name.startswith("starter-"):
                path.unlink(missing_ok=True)
            return cls.open(starter_language_file(paths, progress))

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> CompetenceLanguage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- concepts --------------------------------------------------------------------------

    def _concepts_where(self, where: str, params: Sequence[object]) -> list[Concept]:
        rows = self._db.execute(
            "SELECT id, uri, type, label_nl, label_en, alt_labels, description, flags, nl_origin"
            f" FROM concept WHERE {where}",
            params,
        ).fetchall()
        if not rows:
            return []
        ids = [r[0] for r in rows]
        broader: dict[int, list[str]] = {}
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            for cid, uri in self._db.execute(
                "SELECT b.concept_id, c.uri FROM broader b JOIN concept c ON c.id = b.broader_id"
                f" WHERE b.concept_id IN ({','.join('?' * len(part))}) ORDER BY c.uri",
                part,
            ):
                broader.setdefault(cid, []).append(uri)
        return [
            Concept(
                uri=uri,
                type=ConceptType(ctype),
                label_nl=nl,
                label_en=en,
                alt_labels=_split(alts),
                description=desc,
                broader=tuple(broader.get(cid, ())),
                flags=frozenset(flags.split()),
                nl_origin=origin,
            )
            for cid, uri, ctype, nl, en, alts, desc, flags, origin in rows
        ]

    def concept(self, uri: str) -> Concept | None:
        found = self._concepts_where("uri = ?", (uri,))
        return found[0] if found else None

    def concepts(self, uris: Iterable[str]) -> dict[str, Concept]:
        """The known concepts among ``uris``; unknown URIs are simply absent."""
        wanted = list(dict.fromkeys(uris))
        found: dict[str, Concept] = {}
        for part in _chunks(wanted):
            for c in self._concepts_where(f"uri IN ({','.join('?' * len(part))})", part):
                found[c.uri] = c
        return found

    def broader(self, uri: str) -> list[Concept]:
        return self._concepts_where(
            "id IN (SELECT b.broader_id FROM broader b JOIN concept c ON c.id = b.concept_id"
            " WHERE c.uri = ?) ORDER BY label_nl, label_en",
            (uri,),
        )

    def narrower(self, uri: str) -> list[Concept]:
        return self._concepts_where(
            "id IN (SELECT b.concept_id FROM broader b JOIN concept c ON c.id = b.broader_id"
            " WHERE c.uri = ?) ORDER BY label_nl, label_en",
            (uri,),
        )

    # -- occupations -----------------------------------------------------------------------

    def occupation_profiles(self) -> Profiles:
        """Essential and optional competence URIs per occupation URI, read once and kept:
        the career ranking compares the portfolio with every occupation on each run."""
        with self._lock:
            if self._profiles is None:
                self._profiles = self._load_profiles()
            return self._profiles

    def _load_profiles(self) -> Profiles:
        concept_uri = dict(self._db.execute("SELECT id, uri FROM concept"))
        essential: dict[int, list[str]] = {}
        optional: dict[int, list[str]] = {}
        for oid, cid, is_essential in self._db.execute(
            "SELECT occupation_id, concept_id, essential FROM occupation_skill"
        ):
            (essential if is_essential else optional).setdefault(oid, []).append(concept_uri[cid])
        return {
            uri: (frozenset(essential.get(oid, ())), frozenset(optional.get(oid, ())))
            for oid, uri in self._db.execute("SELECT id, uri FROM occupation")
        }

    def _occupations_where(self, where: str, params: Sequence[object]) -> list[Occupation]:
        rows = self._db.execute(
            "SELECT uri, label_nl, label_en, alt_labels, description, isco_code, synonyms"
            f" FROM occupation WHERE {where}",
            params,
        ).fetchall()
        profiles = self.occupation_profiles()
        return [
            Occupation(
                uri=uri,
                label_nl=nl,
                label_en=en,
                alt_labels=_split(alts),
                description=desc,
                isco_code=isco,
                essential=tuple(sorted(profiles[uri][0])),
                optional=tuple(sorted(profiles[uri][1])),
                synonyms=_split(synonyms),
            )
            for uri, nl, en, alts, desc, isco, synonyms in rows
        ]

    def occupation(self, uri: str) -> Occupation | None:
        found = self._occupations_where("uri = ?", (uri,))
        return found[0] if found else None

    def occupations(self) -> list[Occupation]:
        """All occupations, by Dutch label (English where there is no Dutch one)."""
        found = self._occupations_where("1 ORDER BY coalesce(nullif(label_nl, ''), label_en)", ())
        return found

    def isco_label(self, code: str, lang: str = "nl") -> str | None:
        """The name of an ISCO-08 group (only known after an ESCO import)."""
        row = self._db.execute(
            "SELECT label_nl, label_en FROM isco_group WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            return None
        nl, en = row
        return (en or nl) if lang == "en" else (nl or en)

    # -- qualifications --------------------------------------------------------------------

    def _qualifications_where(self, where: str, params: Sequence[object]) -> list[Qualification]:
        rows = self._db.execute(
            "SELECT id, uri, label_nl, label_en, vks_level, occupation_uri, evc, description"
            f" FROM qualification WHERE {where}",
            params,
        ).fetchall()
        found = []
        for qid, uri, nl, en, level, occupation_uri, evc, desc in rows:
            loose: list[str] = []
            by_part: dict[int, list[str]] = {}
            for dk_id, concept_uri in self._db.execute(
                "SELECT deelkwalificatie_id, concept_uri FROM qualification_competence"
                " WHERE qualification_id = ? ORDER BY rowid",
                (qid,),
            ):
                (loose if dk_id is None else by_part.setdefault(dk_id, [])).append(concept_uri)
            parts = tuple(
                Deelkwalificatie(dk_uri, dk_nl, dk_en, tuple(by_part.get(dk_id, ())))
                for dk_id, dk_uri, dk_nl, dk_en in self._db.execute(
                    "SELECT id, uri, label_nl, label_en FROM deelkwalificatie"
                    " WHERE qualification_id = ? ORDER BY id",
                    (qid,),
                )
            )
            found.append(
                Qualification(
                    uri, nl, en, level, occupation_uri, bool(evc), desc, tuple(loose), parts
                )
            )
        return found

    def qualification(self, uri: str) -> Qualification | None:
        """The qualification with this URI; for a deelkwalificatie URI, the qualification it
        belongs to (use ``deelkwalificatie`` to get the part itself)."""
        found = self._qualifications_where(
            "uri = ? OR id = (SELECT qualification_id FROM deelkwalificatie WHERE uri = ?)",
            (uri, uri),
        )
        return found[0] if found else None

    def deelkwalificatie(self, uri: str) -> tuple[Qualification, Deelkwalificatie] | None:
        qualification = self.qualification(uri)
        if qualification is None:
            return None
        for part in qualification.deelkwalificaties:
            if part.uri == uri:
                return qualification, part
        return None

    def qualifications(self) -> list[Qualification]:
        return self._qualifications_where("1 ORDER BY vks_level, label_nl", ())

    # -- search and suggest ----------------------------------------------------------------

    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: Iterable[str] | None = None,
        types: Iterable[ConceptType | str] | None = None,
        lang: str = "nl",
    ) -> list[SearchHit]:
        """Best first; ``label`` of each hit in ``lang`` where the entry has one."""
        with self._lock:
            if self._searcher is None:
                self._searcher = search_module.Searcher(self._db)
        return self._searcher.search(query, limit, kinds, types, lang)

    def suggest(self, text: str, limit: int = 10) -> list[Suggestion]:
        scored = suggest_module.suggest(self._db, text, limit, self.occupation_profiles())
        concepts = self.concepts(uri for uri, _, _ in scored)
        return [
            Suggestion(concepts[uri], score, words)
            for uri, score, words in scored
            if uri in concepts
        ]

    # -- about -----------------------------------------------------------------------------

    def info(self) -> LanguageInfo:
        meta = dict(self._db.execute("SELECT key, value FROM meta"))
        version = meta.get("esco_version") or None
        has_esco = version is not None or "esco" in meta.get("source", "").lower()
        untranslated, own = self._db.execute(
            "SELECT sum(label_nl = ''), sum(nl_origin = 'portfolio' AND uri LIKE 'http%')"
            " FROM concept WHERE is_group = 0"
        ).fetchone()
        return LanguageInfo(
            source=meta.get("source", "?"),
            esco_version=meta.get("esco_version") or None,
            concepts=int(meta.get("concepts", 0)),
            occupations=int(meta.get("occupations", 0)),
            qualifications=int(meta.get("qualifications", 0)),
            relations=int(meta.get("relations", 0)),
            built_at=meta.get("built_at", ""),
            path=str(self.path),
            starter_outdated=meta.get("starter_hash") != starter_hash(),
            attribution=esco_attribution(version, "nl") if has_esco else "",
            attribution_en=esco_attribution(version, "en") if has_esco else "",
            untranslated=int(untranslated or 0),
            own_translations=int(own or 0),
        )
