"""Search as you type over every label of the language.

A query runs up to four passes, cheapest first, and stops widening once it has enough:

1. exact: the folded query equals a folded label (B-tree look-up);
2. label prefix: a preferred label starts with the query (range over a partial B-tree index);
3. word prefix: every query word starts a word of the label (FTS5 prefix query); skipped for
   a single letter, where it would match nearly everything;
4. fuzzy: query words that start no word of the language at all are typos; each is replaced
   by the word beginnings of the language within one or two edits of it (rapidfuzz over the
   FTS5 vocabulary, among words with the same first letter: typos there are rare, and it
   keeps the comparison to a few thousand words), and pass 3 runs again with those.

The passes only gather candidates; every candidate is scored the same way whichever pass
found it. Passes 2 and 3 read at most ``_CAP`` rows in rowid order; since the builder inserted
labels most-useful first, that shortlist holds the best candidates even for short queries.

Scores fall in fixed bands so that the order is exact > prefix > alternative label > fuzzy,
as the issue asks; inside a band, the closer the label is to the query in length, the higher.
An exact match is 1.0 on a preferred label (the project's everyday names for an occupation
count as preferred) and 0.97 on an alternative one; other matches on preferred labels score
in [0.65, 0.95], on alternative labels in [0.40, 0.55], fuzzy matches in [0, 0.35].
"""

from __future__ import annotations

import bisect
import itertools
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from portfolio_app.errors import InvalidInput
from portfolio_app.language.build import CONCEPT, DEELKWALIFICATIE, OCCUPATION, QUALIFICATION
from portfolio_app.language.model import (
    ConceptType,
    HitKind,
    MatchKind,
    SearchHit,
    label_marker,
)
from portfolio_app.language.text import fold
from portfolio_app.language.variants import gender_forms

_CAP = 300
EXACT_ALT = 0.97
STRONG = 0.8  # a preferred label starts with the query: no need to look further
ANY_LABEL = 0.6  # below this, no label holds every word of the query
GENDER_WEIGHT = 0.98  # "bakster" finding "bakker" is nearly as good as "bakker" itself
PARTIAL_WEIGHT = 0.36  # one word of several: scores in [0.14, 0.38]
_COLUMNS = "t.id, t.norm, t.text, t.kind, t.entry_id, t.ctype, t.is_pref"
_Row = tuple[int, str, str, str, int, str | None, int]
_MAX_VARIANTS = 12
_SMALL_WORDS = frozenset("de het een en of van voor in op met te der den".split())
_KIND_CODES: dict[str, tuple[str, ...]] = {
    "concept": (CONCEPT,),
    "occupation": (OCCUPATION,),
    "qualification": (QUALIFICATION, DEELKWALIFICATIE),
}
_KIND_NAMES: dict[str, HitKind] = {
    CONCEPT: "concept",
    OCCUPATION: "occupation",
    QUALIFICATION: "qualification",
    DEELKWALIFICATIE: "qualification",
}
_ENTRY_TABLES = {
    CONCEPT: "concept",
    OCCUPATION: "occupation",
    QUALIFICATION: "qualification",
    DEELKWALIFICATIE: "deelkwalificatie",
}


@dataclass(slots=True)
class _Candidate:
    term_id: int
    kind: str
    entry_id: int
    ctype: str | None
    text: str
    match: MatchKind
    score: float


def _closeness(query: str, norm: str) -> float:
    """1.0 when the label is just the query, towards 0 for a long label."""
    return min(len(query) / max(len(norm), 1), 1.0)


def _allowed_edits(token: str) -> int:
    return 0 if len(token) < 4 else 1 if len(token) < 8 else 2


class Searcher:
    """Holds what the passes share: the connection and the vocabulary for typos."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._vocab: list[str] = [w for (w,) in db.execute("SELECT word FROM word ORDER BY word")]
        self._by_letter: dict[str, list[str]] = {}
        for word in self._vocab:
            self._by_letter.setdefault(word[0], []).append(word)
        self._prefixes: dict[tuple[str, int], list[str]] = {}

    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: Iterable[str] | None = None,
        types: Iterable[ConceptType | str] | None = None,
        lang: str = "nl",
    ) -> list[SearchHit]:
        folded = fold(query)
        if not folded or limit <= 0:
            return []
        where, params = self._filter(kinds, types)
        found: dict[tuple[str, int], _Candidate] = {}

        def keep(
            rows: Iterable[_Row], asked: str, weight: float = 1.0, fuzzy: bool = False
        ) -> None:
            for term_id, norm, text, kind, entry_id, ctype, is_pref in rows:
                match, score = self._score(asked, norm, bool(is_pref), fuzzy)
                if weight != 1.0:
                    score *= weight
                    match = "partial" if weight < ANY_LABEL else match
                key = (kind, entry_id)
                old = found.get(key)
                if old is None or (score, -term_id) > (old.score, -old.term_id):
                    found[key] = _Candidate(term_id, kind, entry_id, ctype, text, match, score)

        def best() -> float:
            return max((c.score for c in found.values()), default=0.0)

        keep(self._passes(folded, where, params), folded)
        tokens = folded.split()
        if best() < STRONG:
            # "boekhoudster", "tuinvrouw": the other form of the word may be the label.
            for variant in self._gender_variants(tokens):
                keep(self._passes(variant, where, params), variant, GENDER_WEIGHT)
        if len(found) < limit:
            expression = self._typo_expression(tokens)
            if expression:
                keep(self._fts(expression, where, params), folded, fuzzy=True)
        if best() < ANY_LABEL and len(tokens) > 1:
            # "kok restaurant", "java programmeur": the job word alone, weighed as a
            # partial match (below every match of the whole query but a typo).
            for token in tokens:
                if len(token) > 2:
                    share = len(token) / len(folded.replace(" ", ""))
                    keep(self._passes(token, where, params), token, PARTIAL_WEIGHT + 0.02 * share)
        ranked = sorted(found.values(), key=lambda c: (-c.score, c.term_id))[:limit]
        return self._hits(ranked, lang)

    def _passes(self, folded: str, where: str, params: list[str]) -> list[_Row]:
        """Passes 1-3 for a folded query: exact, preferred-label prefix, word prefix."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM term t WHERE t.norm = ?{where}", (folded, *params)
        ).fetchall()
        rows += self._db.execute(
            f"SELECT {_COLUMNS} FROM term t WHERE t.is_pref = 1 AND t.norm > ? AND t.norm < ?"
            f"{where} ORDER BY t.id LIMIT {_CAP}",
            (folded, folded + "\uffff", *params),
        ).fetchall()
        if len(folded) > 1:
            words = folded.split()
            # "onderhoudsmecanici van bedrijfs- of vrachtwagens": the small words of a
            # job title need not be in the label.
            words = [w for w in words if w not in _SMALL_WORDS] or words
            rows += self._fts(" ".join(f'"{t}"*' for t in words), where, params)
        return rows

    def _starts_a_word(self, prefix: str) -> bool:
        at = bisect.bisect_left(self._vocab, prefix)
        return at < len(self._vocab) and self._vocab[at].startswith(prefix)

    def _gender_variants(self, tokens: list[str]) -> list[str]:
        """The query with words in their other-gender forms, or two words joined, as the
        language holds them."""
        options = [
            [token, *(f for f in gender_forms(token) if self._starts_a_word(f))] for token in tokens
        ]
        variants = [" ".join(words) for words in itertools.product(*options)]
        # "studie bureau" for "studiebureau": two words that the language writes as one.
        for at in range(len(tokens) - 1):
            joined = tokens[at] + tokens[at + 1]
            if self._starts_a_word(joined):
                variants.append(" ".join((*tokens[:at], joined, *tokens[at + 2 :])))
        return [v for v in dict.fromkeys(variants) if v != " ".join(tokens)][:_MAX_VARIANTS]

    # -- passes ----------------------------------------------------------------------------

    def _fts(self, expr: str, where: str, params: list[str]) -> list[_Row]:
        return self._db.execute(
            f"SELECT {_COLUMNS} FROM term_fts JOIN term t ON t.id = term_fts.rowid"
            f" WHERE term_fts MATCH ?{where} ORDER BY term_fts.rowid LIMIT {_CAP}",
            (expr, *params),
        ).fetchall()

    def _filter(
        self, kinds: Iterable[str] | None, types: Iterable[ConceptType | str] | None
    ) -> tuple[str, list[str]]:
        where = ""
        params: list[str] = []
        if kinds is not None:
            codes: list[str] = []
            for kind in kinds:
                if kind not in _KIND_CODES:
                    raise InvalidInput(
                        f"Onbekende soort '{kind}'. Kies uit: concept, occupation, qualification.",
                        f"Unknown kind '{kind}'. Choose from: concept, occupation, qualification.",
                    )
                codes.extend(_KIND_CODES[kind])
            where += f" AND t.kind IN ({','.join('?' * len(codes))})"
            params.extend(codes)
        if types is not None:
            values = []
            for value in types:
                try:
                    values.append(ConceptType(value).value)
                except ValueError:
                    choices = ", ".join(t.value for t in ConceptType)
                    raise InvalidInput(
                        f"Onbekend type '{value}'. Kies uit: {choices}.",
                        f"Unknown type '{value}'. Choose from: {choices}.",
                    ) from None
            where += f" AND t.ctype IN ({','.join('?' * len(values))})"
            params.extend(values)
        return where, params

    def _typo_expression(self, tokens: list[str]) -> str | None:
        """An FTS5 query with each misspelt token replaced by its likely spellings; None when
        no token is misspelt, or one is beyond repair."""
        groups = [self._variants(t) for t in tokens]
        if not all(groups) or all(g == [t] for g, t in zip(groups, tokens, strict=True)):
            return None
        return " AND ".join("(" + " OR ".join(f'"{v}"*' for v in g) + ")" for g in groups)

    def _variants(self, token: str) -> list[str]:
        """The token itself if some word starts with it, else the beginnings of words that
        lie within the allowed number of edits (best first). Empty: no hope for this token."""
        at = bisect.bisect_left(self._vocab, token)
        if at < len(self._vocab) and self._vocab[at].startswith(token):
            return [token]
        edits = _allowed_edits(token)
        if edits == 0:
            return []
        choices = self._prefix_list(token[0], len(token))
        found = process.extract(
            token, choices, scorer=Levenshtein.distance, score_cutoff=edits, limit=_MAX_VARIANTS
        )
        return [choice for choice, _, _ in found]

    def _prefix_list(self, letter: str, length: int) -> list[str]:
        """The distinct beginnings of length-1 .. length+1 letters of the vocabulary words
        that start with ``letter`` (whole words where shorter): a typo may drop or add a
        letter."""
        key = (letter, length)
        cached = self._prefixes.get(key)
        if cached is None:
            words = self._by_letter.get(letter, [])
            beginnings = {w[:n] for w in words for n in (length - 1, length, length + 1)}
            cached = self._prefixes[key] = sorted(beginnings)
        return cached

    def _score(self, query: str, norm: str, is_pref: bool, fuzzy: bool) -> tuple[MatchKind, float]:
        if fuzzy:
            similarity = fuzz.ratio(query, norm[: len(query)]) / 100
            fit = min(len(query.split()) / len(norm.split()), 1.0)
            return "fuzzy", (0.30 * similarity + 0.05 * fit) * (1.0 if is_pref else 0.9)
        closeness = _closeness(query, norm)
        if norm == query:
            # A whole alternative label typed ("magazijnier") says more than the start of
            # a longer preferred label ("magazijnchef").
            return ("exact", 1.0) if is_pref else ("exact", EXACT_ALT)
        if norm.startswith(query):
            return (
                ("prefix", 0.80 + 0.15 * closeness) if is_pref else ("alt", 0.45 + 0.1 * closeness)
            )
        return ("prefix", 0.65 + 0.1 * closeness) if is_pref else ("alt", 0.40 + 0.05 * closeness)

    # -- results ---------------------------------------------------------------------------

    def _hits(self, best: list[_Candidate], lang: str) -> list[SearchHit]:
        labels: dict[tuple[str, int], tuple[str, str, str]] = {}
        for code, table in _ENTRY_TABLES.items():
            ids = [c.entry_id for c in best if c.kind == code]
            if ids:
                for entry_id, uri, label_nl, label_en in self._db.execute(
                    f"SELECT id, uri, label_nl, label_en FROM {table}"
                    f" WHERE id IN ({','.join('?' * len(ids))})",
                    ids,
                ):
                    shown = (label_en or label_nl) if lang == "en" else (label_nl or label_en)
                    marker = label_marker(label_nl, label_en, lang)
                    labels[(code, entry_id)] = (uri, shown, marker)
        return [
            SearchHit(
                uri=labels[(c.kind, c.entry_id)][0],
                kind=_KIND_NAMES[c.kind],
                label=labels[(c.kind, c.entry_id)][1],
                matched_text=c.text,
                match=c.match,
                score=round(c.score, 4),
                type=ConceptType(c.ctype) if c.ctype else None,
                marker=labels[(c.kind, c.entry_id)][2],
            )
            for c in best
        ]
