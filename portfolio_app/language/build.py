"""Writes a ``LanguageData`` into the read-only SQLite file the app searches.

The file is written once and never changed afterwards, which is what lets it be opened
read-only, shared between threads and swapped atomically. Two design choices make search as
you type fast enough on full ESCO (some 150,000 labels):

- every label is a row of ``term`` holding its folded text, and the rows are inserted in order
  of usefulness (preferred before alternative, Dutch before English, short before long), so
  "the first N matches by rowid" is already a sensible shortlist and a query never has to sort
  thousands of rows;
- ``term_fts`` indexes those folded texts (external content, prefix indexes for the first
  keystrokes) and ``word`` holds its distinct words for the typo-tolerant pass.

The ``suggest_*`` tables hold the stems of every competence and occupation label with their
weights, precomputed here so that a suggestion needs a few index look-ups and no loading.
"""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from portfolio_app.language.data import LanguageData
from portfolio_app.language.text import content_stems, fold

SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE concept(
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, type TEXT NOT NULL,
    label_nl TEXT NOT NULL, label_en TEXT NOT NULL, alt_labels TEXT NOT NULL,
    description TEXT NOT NULL, flags TEXT NOT NULL, is_group INTEGER NOT NULL,
    nl_origin TEXT NOT NULL);
CREATE TABLE broader(
    concept_id INTEGER NOT NULL, broader_id INTEGER NOT NULL,
    PRIMARY KEY (concept_id, broader_id)) WITHOUT ROWID;
CREATE INDEX broader_by_parent ON broader(broader_id, concept_id);
CREATE TABLE occupation(
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL, alt_labels TEXT NOT NULL, description TEXT NOT NULL,
    isco_code TEXT NOT NULL, synonyms TEXT NOT NULL);
CREATE TABLE occupation_skill(
    occupation_id INTEGER NOT NULL, concept_id INTEGER NOT NULL, essential INTEGER NOT NULL,
    PRIMARY KEY (occupation_id, concept_id)) WITHOUT ROWID;
CREATE TABLE qualification(
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, label_nl TEXT NOT NULL,
    label_en TEXT NOT NULL, vks_level INTEGER NOT NULL, occupation_uri TEXT,
    evc INTEGER NOT NULL, description TEXT NOT NULL);
CREATE TABLE deelkwalificatie(
    id INTEGER PRIMARY KEY, uri TEXT NOT NULL UNIQUE, qualification_id INTEGER NOT NULL,
    label_nl TEXT NOT NULL, label_en TEXT NOT NULL);
CREATE TABLE qualification_competence(
    qualification_id INTEGER NOT NULL, deelkwalificatie_id INTEGER, concept_uri TEXT NOT NULL);
CREATE INDEX qualification_competence_by_q ON qualification_competence(qualification_id);
CREATE TABLE isco_group(code TEXT PRIMARY KEY, label_nl TEXT NOT NULL, label_en TEXT NOT NULL);
CREATE TABLE term(
    id INTEGER PRIMARY KEY, norm TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
    entry_id INTEGER NOT NULL, ctype TEXT, is_pref INTEGER NOT NULL);
CREATE INDEX term_by_norm ON term(norm);
CREATE INDEX term_pref_by_norm ON term(norm) WHERE is_pref = 1;
CREATE VIRTUAL TABLE term_fts USING fts5(
    norm, content='term', content_rowid='id', tokenize='unicode61', prefix='1 2 3');
CREATE TABLE word(word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE suggest_label(
    id INTEGER PRIMARY KEY, kind TEXT NOT NULL, entry_id INTEGER NOT NULL,
    weight REAL NOT NULL, total REAL NOT NULL);
CREATE TABLE suggest_stem(
    stem TEXT NOT NULL, label_id INTEGER NOT NULL, PRIMARY KEY (stem, label_id)) WITHOUT ROWID;
CREATE TABLE stem_vocab(stem TEXT PRIMARY KEY, rev TEXT NOT NULL, idf REAL NOT NULL)
    WITHOUT ROWID;
CREATE INDEX stem_vocab_by_rev ON stem_vocab(rev);
"""

# Kind codes in ``term`` and ``suggest_label``.
CONCEPT, OCCUPATION, QUALIFICATION, DEELKWALIFICATIE = "c", "o", "q", "d"

# An alternative label counts a little less than the preferred one when suggesting.
ALT_WEIGHT = 0.9
# Sentences are mostly Dutch; an English name that happens to share a word ("team",
# "data") is weaker evidence than a Dutch one.
ENGLISH_WEIGHT = 0.7

Step = Callable[[str, int, int], None]


def _join(values: tuple[str, ...]) -> str:
    return "\n".join(values)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class _Terms:
    """Collects the searchable labels, one row per distinct folded text of an entry."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, int, int, int, str, str, str, int, str | None]] = []

    def add(
        self,
        kind: str,
        entry_id: int,
        ctype: str | None,
        nl: str,
        en: str,
        alts: tuple[str, ...],
        synonyms: tuple[str, ...] = (),
    ) -> None:
        seen: set[str] = set()
        # Of two entries with the same label, the one with the shorter name comes first:
        # "metser" is an alternative label of both "metselaar" and "voorman metselaar".
        size = len(nl or en)
        # rank: 0 Dutch preferred label, 1 the project's everyday names (searched as
        # preferred labels), 2 English preferred label, 3 alternative label.
        for rank, text in ((0, nl), *((1, a) for a in synonyms), (2, en), *((3, a) for a in alts)):
            norm = fold(text)
            if norm and norm not in seen:
                seen.add(norm)
                self.rows.append(
                    (rank, len(norm), size, len(self.rows), norm, text, kind, entry_id, ctype)
                )

    def ordered(self) -> Iterator[tuple[str, str, str, int, str | None, int]]:
        for rank, _, _, _, norm, text, kind, entry_id, ctype in sorted(self.rows):
            yield norm, text, kind, entry_id, ctype, int(rank < 3)


def _write_suggest(db: sqlite3.Connection, labels: list[tuple[str, int, float, str]]) -> None:
    """Stems per label with inverse document frequencies, so rare words ("heftruck") weigh
    more than common ones ("beheren")."""
    stems_per_label = [sorted({s for s, _ in content_stems(text)}) for *_, text in labels]
    df = Counter(s for stems in stems_per_label for s in stems)
    n = max(len(labels), 1)
    idf = {s: math.log(1 + n / count) for s, count in df.items()}
    db.executemany(
        "INSERT INTO stem_vocab VALUES (?, ?, ?)", ((s, s[::-1], w) for s, w in idf.items())
    )
    label_rows = []
    stem_rows: list[tuple[str, int]] = []
    for label_id, ((kind, entry_id, weight, _), stems) in enumerate(
        zip(labels, stems_per_label, strict=True), start=1
    ):
        if not stems:
            continue
        label_rows.append((label_id, kind, entry_id, weight, sum(idf[s] for s in stems)))
        stem_rows.extend((s, label_id) for s in stems)
    db.executemany("INSERT INTO suggest_label VALUES (?, ?, ?, ?, ?)", label_rows)
    db.executemany("INSERT INTO suggest_stem VALUES (?, ?)", stem_rows)


def build(data: LanguageData, path: Path, meta: dict[str, str], step: Step | None = None) -> None:
    """Write ``data`` to a new (or empty) file at ``path``; ``current.build_atomically``
    makes it durable and renames it into place."""
    report = step or (lambda _msg, _done, _total: None)
    db = sqlite3.connect(path)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        terms = _Terms()
        suggest_labels: list[tuple[str, int, float, str]] = []

        report("Competenties wegschrijven", 0, 5)
        concept_ids = {uri: i for i, uri in enumerate(sorted(data.concepts), start=1)}
        rows = []
        for uri, cid in concept_ids.items():
            c = data.concepts[uri]
            group = uri in data.groups
            rows.append(
                (cid, uri, c.type.value, c.label_nl, c.label_en, _join(c.alt_labels),
                 c.description, " ".join(sorted(c.flags)), int(group), c.nl_origin)
            )  # fmt: skip
            if not group:
                terms.add(CONCEPT, cid, c.type.value, c.label_nl, c.label_en, c.alt_labels)
                for text, weight in ((c.label_nl, 1.0), (c.label_en, ENGLISH_WEIGHT)):
                    if text:
                        suggest_labels.append((CONCEPT, cid, weight, text))
                suggest_labels.extend((CONCEPT, cid, ALT_WEIGHT, a) for a in c.alt_labels)
        db.executemany("INSERT INTO concept VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany(
            "INSERT OR IGNORE INTO broader VALUES (?, ?)",
            (
                (concept_ids[c.uri], concept_ids[b])
                for c in data.concepts.values()
                for b in c.broader
                if b in concept_ids and b != c.uri
            ),
        )

        report("Beroepen wegschrijven", 1, 5)
        occupation_ids = {uri: i for i, uri in enumerate(sorted(data.occupations), start=1)}
        rows_o = []
        relations: list[tuple[int, int, int]] = []
        for uri, oid in occupation_ids.items():
            o = data.occupations[uri]
            rows_o.append(
                (oid, uri, o.label_nl, o.label_en, _join(o.alt_labels), o.description, o.isco_code,
                 _join(o.synonyms))
            )  # fmt: skip
            terms.add(OCCUPATION, oid, None, o.label_nl, o.label_en, o.alt_labels, o.synonyms)
            for text in (o.label_nl, *o.synonyms, o.label_en, *o.alt_labels):
                if text:
                    suggest_labels.append((OCCUPATION, oid, 1.0, text))
            for essential, targets in ((1, o.essential), (0, o.optional)):
                relations.extend(
                    (oid, concept_ids[t], essential) for t in targets if t in concept_ids
                )
        db.executemany("INSERT INTO occupation VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows_o)
        # Essential first, so that OR IGNORE keeps "essential" when a source lists both.
        relations.sort(key=lambda r: -r[2])
        db.executemany("INSERT OR IGNORE INTO occupation_skill VALUES (?, ?, ?)", relations)

        report("Beroepskwalificaties wegschrijven", 2, 5)
        dk_id = 0
        for qid, uri in enumerate(sorted(data.qualifications), start=1):
            q = data.qualifications[uri]
            db.execute(
                "INSERT INTO qualification VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (qid, uri, q.label_nl, q.label_en, q.vks_level, q.occupation_uri, int(q.evc),
                 q.description),
            )  # fmt: skip
            terms.add(QUALIFICATION, qid, None, q.label_nl, q.label_en, ())
            db.executemany(
                "INSERT INTO qualification_competence VALUES (?, NULL, ?)",
                ((qid, c) for c in q.competences),
            )
            for part in q.deelkwalificaties:
                dk_id += 1
                db.execute(
                    "INSERT INTO deelkwalificatie VALUES (?, ?, ?, ?, ?)",
                    (dk_id, part.uri, qid, part.label_nl, part.label_en),
                )
                terms.add(DEELKWALIFICATIE, dk_id, None, part.label_nl, part.label_en, ())
                db.executemany(
                    "INSERT INTO qualification_competence VALUES (?, ?, ?)",
                    ((qid, dk_id, c) for c in part.competences),
                )
        db.executemany(
            "INSERT INTO isco_group VALUES (?, ?, ?)",
            ((code, nl, en) for code, (nl, en) in sorted(data.isco_groups.items())),
        )

        report("Zoekindex bouwen", 3, 5)
        db.executemany(
            "INSERT INTO term(norm, text, kind, entry_id, ctype, is_pref)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            terms.ordered(),
        )
        db.execute("INSERT INTO term_fts(term_fts) VALUES ('rebuild')")
        db.execute("INSERT INTO term_fts(term_fts) VALUES ('optimize')")
        # The distinct indexed words, as a plain table: the typo pass loads them on the first
        # keystroke, four times faster than through fts5vocab.
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, term_fts, 'row')")
        db.execute("INSERT INTO word SELECT term FROM temp.vocab")

        report("Suggestie-index bouwen", 4, 5)
        _write_suggest(db, suggest_labels)

        info = {
            "schema": str(SCHEMA_VERSION),
            "built_at": _now(),
            "concepts": str(data.skill_count()),
            "groups": str(len(data.groups)),
            "occupations": str(len(data.occupations)),
            "qualifications": str(len(data.qualifications)),
            "relations": str(db.execute("SELECT count(*) FROM occupation_skill").fetchone()[0]),
            **meta,
        }
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(info.items()))
        db.commit()
        db.execute("ANALYZE")
        db.commit()
        report("Klaar", 5, 5)
    finally:
        db.close()
