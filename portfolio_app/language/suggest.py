"""Suggest competences from a sentence a user writes about their work.

"Ik heb vijf jaar met een heftruck in een magazijn gewerkt en hield de voorraad bij" should
bring up driving a forklift, warehouse work and stock keeping. The method is plain and
explainable, so the app can show *why* it suggests something (the matched words):

- the sentence and every label are cut to content stems (``text.content_stems``);
- a stem of the sentence meets a stem of a label when they are equal, or when one is a part
  of a Dutch compound word of the other ("heftruck" in "heftruckchauffeur", "voorraad" in
  "voorraadbeheer"; at least five letters, so short words do not match everything);
- a label scores by how much of its weight (inverse document frequency of its stems) the
  sentence covers, damped when the covered weight is small: one common word is weak evidence;
- a concept takes the score of its best label;
- an occupation named in the sentence ("als kok", "heftruckchauffeur") passes a part of its
  score on to its essential competences, since a cook can cook even if the sentence does not
  say so. Named means every word of the occupation's label is in the sentence as such: the
  word "magazijn" names no "magazijnmedewerker", and "heftruck" no "trucker".
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from portfolio_app.language.build import CONCEPT, OCCUPATION
from portfolio_app.language.text import content_stems

_MIN_PART = 5  # shortest stem that may match as the head of a compound word
_MIN_TAIL = 6  # and as its tail ("bediende" in "magazijnbediende", not "truck" in "heftruck")
_EVIDENCE = 2.5  # covered weight at which a label's score is damped to a half
_COMPOUND = 0.8  # strength of a compound-part match against an equal stem
_OCCUPATION_SHARE = 0.45  # part of an occupation's score its essential competences get
_OCCUPATION_MIN = 0.5  # an occupation must be this clearly named to pass anything on
_MIN_SCORE = 0.08

Scored = list[tuple[str, float, tuple[str, ...]]]


def _stem_matches(db: sqlite3.Connection, text_stem: str, word: str) -> dict[str, float]:
    """Label stems that this sentence word meets, with the strength of the match."""
    found: dict[str, float] = {}
    parts = {word[:n] for n in range(_MIN_PART, len(word))} | {text_stem}
    rev = word[::-1]
    tails = {rev[:n] for n in range(_MIN_TAIL, len(word))}
    query = (
        "SELECT stem FROM stem_vocab WHERE stem IN ({parts})"
        " UNION SELECT stem FROM stem_vocab WHERE rev IN ({tails})"
    ).format(parts=",".join("?" * len(parts)), tails=",".join("?" * len(tails)) or "NULL")
    for (stem,) in db.execute(query, (*parts, *tails)):
        found[stem] = 1.0 if stem in (text_stem, word) else _COMPOUND
    if len(text_stem) >= _MIN_PART:
        for (stem,) in db.execute(
            "SELECT stem FROM stem_vocab WHERE stem > ? AND stem < ? LIMIT 50",
            (text_stem, text_stem + "\uffff"),
        ):
            found.setdefault(stem, _COMPOUND)
    return found


def _label_scores(
    db: sqlite3.Connection, text: str
) -> dict[tuple[str, int], tuple[float, tuple[str, ...]]]:
    """Best label score and matched sentence words per (kind, entry id)."""
    strength: dict[str, float] = {}
    source_word: dict[str, str] = {}
    for text_stem, word in content_stems(text):
        for stem, value in _stem_matches(db, text_stem, word).items():
            if value > strength.get(stem, 0.0):
                strength[stem] = value
                source_word[stem] = word
    if not strength:
        return {}
    stems = list(strength)
    covered: dict[int, float] = defaultdict(float)
    exact: dict[int, float] = defaultdict(float)
    words: dict[int, list[str]] = defaultdict(list)
    for label_id, stem, idf in db.execute(
        "SELECT s.label_id, s.stem, v.idf FROM suggest_stem s JOIN stem_vocab v ON v.stem = s.stem"
        f" WHERE s.stem IN ({','.join('?' * len(stems))})",
        stems,
    ):
        covered[label_id] += idf * strength[stem]
        if strength[stem] == 1.0:
            exact[label_id] += idf
        words[label_id].append(source_word[stem])
    best: dict[tuple[str, int], tuple[float, tuple[str, ...]]] = {}
    ids = list(covered)
    for start in range(0, len(ids), 900):
        part = ids[start : start + 900]
        for label_id, kind, entry_id, weight, total in db.execute(
            "SELECT id, kind, entry_id, weight, total FROM suggest_label"
            f" WHERE id IN ({','.join('?' * len(part))})",
            part,
        ):
            got = covered[label_id]
            if kind == OCCUPATION and exact[label_id] < total - 1e-9:
                continue  # an occupation counts only when the sentence names it in full
            score = weight * (got / total) * (got / (got + _EVIDENCE))
            key = (kind, entry_id)
            if score > best.get(key, (0.0, ()))[0]:
                best[key] = (score, tuple(dict.fromkeys(words[label_id])))
    return best


def suggest(
    db: sqlite3.Connection,
    text: str,
    limit: int,
    profiles: dict[str, tuple[frozenset[str], frozenset[str]]],
) -> Scored:
    """(concept URI, score in 0..1, matched words), best first."""
    best = _label_scores(db, text)
    concept_ids = [entry_id for kind, entry_id in best if kind == CONCEPT]
    occupation_ids = [
        entry_id
        for (kind, entry_id), (score, _) in best.items()
        if kind == OCCUPATION and score >= _OCCUPATION_MIN
    ]
    scores: dict[str, tuple[float, tuple[str, ...]]] = {}
    for start in range(0, len(concept_ids), 900):
        part = concept_ids[start : start + 900]
        for cid, uri in db.execute(
            f"SELECT id, uri FROM concept WHERE id IN ({','.join('?' * len(part))})", part
        ):
            scores[uri] = best[(CONCEPT, cid)]
    implied: dict[str, tuple[float, tuple[str, ...]]] = {}
    for oid, uri in db.execute(
        f"SELECT id, uri FROM occupation WHERE id IN ({','.join('?' * len(occupation_ids))})",
        occupation_ids,
    ):
        score, words = best[(OCCUPATION, oid)]
        for concept_uri in profiles.get(uri, (frozenset(), frozenset()))[0]:
            if score * _OCCUPATION_SHARE > implied.get(concept_uri, (0.0, ()))[0]:
                implied[concept_uri] = (score * _OCCUPATION_SHARE, words)
    for concept_uri, (passed, words) in implied.items():
        direct, direct_words = scores.get(concept_uri, (0.0, ()))
        # Said in the sentence and implied by the occupation: both count.
        scores[concept_uri] = (
            direct + passed * (1 - direct),
            tuple(dict.fromkeys(direct_words + words)),
        )
    ranked = sorted(
        ((uri, s, w) for uri, (s, w) in scores.items() if s >= _MIN_SCORE),
        key=lambda item: (-item[1], item[0]),
    )
    return [(uri, round(s, 4), w) for uri, s, w in ranked[:limit]]
