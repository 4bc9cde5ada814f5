"""Scores ``suggest`` on the labelled sentences in ``tests/data/suggest_sentences.json``.

precision@5 is the share of the first five suggestions that were expected, divided by five
(so a sentence with two expected concepts can reach at most 0.4; ``ceiling`` gives the best a
perfect method could score on this set). recall@10 is the share of expected concepts found
among the first ten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from portfolio_app.language import CompetenceLanguage

SENTENCES = Path(__file__).resolve().parents[1] / "data" / "suggest_sentences.json"


@dataclass(frozen=True)
class SuggestScore:
    precision_at_5: float
    recall_at_10: float
    ceiling_at_5: float
    sentences: int
    misses: tuple[tuple[str, tuple[str, ...]], ...]  # sentence, expected labels not in top 10


def load_sentences() -> list[dict[str, object]]:
    doc = json.loads(SENTENCES.read_text(encoding="utf-8"))
    sentences: list[dict[str, object]] = doc["sentences"]
    return sentences


def evaluate(language: CompetenceLanguage) -> SuggestScore:
    sentences = load_sentences()
    precision = recall = ceiling = 0.0
    misses = []
    for item in sentences:
        expected = list(item["expected"])  # type: ignore[call-overload]
        labels = dict(zip(expected, item["expected_labels"], strict=True))  # type: ignore[call-overload]
        found = [s.concept.uri for s in language.suggest(str(item["text"]), limit=10)]
        precision += len(set(found[:5]) & set(expected)) / 5
        recall += len(set(found) & set(expected)) / len(expected)
        ceiling += min(len(expected), 5) / 5
        missed = tuple(labels[u] for u in expected if u not in found)
        if missed:
            misses.append((str(item["text"]), missed))
    n = len(sentences)
    return SuggestScore(precision / n, recall / n, ceiling / n, n, tuple(misses))
