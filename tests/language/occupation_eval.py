"""Scores occupation search on the everyday Dutch job titles in
``tests/data/occupation_queries.json``.

Each query names what a Flemish user types for their job ("kassier", "poetsvrouw",
"chauffeur C") and the occupation(s) it means; where a title is genuinely ambiguous ("juf"),
each fitting occupation counts. top-1 is the share of queries whose first occupation hit is
one of them, top-3 the share with one among the first three. The queries marked
``held_out`` were written after the project's synonyms and not copied into them: they
measure search on words the synonyms do not hold, and are scored apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.language import CompetenceLanguage

QUERIES = Path(__file__).resolve().parents[1] / "data" / "occupation_queries.json"


@dataclass(frozen=True)
class OccupationScore:
    top_1: float
    top_3: float
    queries: int
    misses: tuple[tuple[str, str, tuple[str, ...]], ...]  # query, expected, first three found


def load_queries() -> list[dict[str, object]]:
    doc = json.loads(QUERIES.read_text(encoding="utf-8"))
    queries: list[dict[str, object]] = doc["queries"]
    return queries


def evaluate(language: CompetenceLanguage, held_out: bool = False) -> OccupationScore:
    """The score on the main set, or on the held-out one."""
    queries = [q for q in load_queries() if bool(q.get("held_out")) == held_out]
    top_1 = top_3 = 0
    misses = []
    for item in queries:
        expected = set(item["expected"])  # type: ignore[call-overload]
        hits = language.search(str(item["query"]), limit=3, kinds=("occupation",))
        found = [h.uri for h in hits]
        top_1 += bool(found[:1] and found[0] in expected)
        top_3 += bool(expected & set(found))
        if not found or found[0] not in expected:
            labels = " | ".join(item["labels"])  # type: ignore[call-overload]
            misses.append((str(item["query"]), labels, tuple(h.label for h in hits)))
    n = len(queries)
    return OccupationScore(top_1 / n, top_3 / n, n, tuple(misses))


if __name__ == "__main__":
    import sys
    import tempfile

    from portfolio_app.paths import AppPaths

    with tempfile.TemporaryDirectory() as home:
        with CompetenceLanguage.open_default(AppPaths(Path(home))) as opened:
            scores = {"main": evaluate(opened), "held out": evaluate(opened, held_out=True)}
    for name, score in scores.items():
        print(
            f"{name}: top-1 {score.top_1:.3f}  top-3 {score.top_3:.3f}  ({score.queries} queries)"
        )
        if "-v" in sys.argv:
            for query, expected, found in score.misses:
                print(f"  {query!r}: expected {expected}; found {list(found)}")
