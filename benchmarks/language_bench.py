"""Measures the competence language on full ESCO 1.1.1 (from ``../shared/esco``).

Run from the repository root:  .venv/bin/python -m benchmarks.language_bench [--json]

It reports: the bundled language (issue 15: ESCO extract + starter + the project's Dutch
names): first-start build time, file size, search per keystroke, the everyday job-title
queries' top-1/top-3 and suggest; then the starter files alone: build time; then ESCO
1.1.1 imported over the bundled language: import time, file size and peak memory (Python
allocations by tracemalloc, and the process's peak resident size); time to load the
occupation profiles; search latency per keystroke (p50, p95, max) over 200 realistic
queries typed one letter at a time; suggest latency; and precision@5 / recall@10 of suggest
on the labelled sentences, for the starter language and for the imported one.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.language_queries import queries
from portfolio_app.language import CompetenceLanguage, import_esco
from portfolio_app.language import starter as starter_module
from portfolio_app.paths import AppPaths
from tests.language.suggest_eval import evaluate, load_sentences

ESCO = Path(__file__).resolve().parents[1].parent / "shared" / "esco" / "v1.1.1"


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def keystrokes(language: CompetenceLanguage, typed: list[str]) -> dict[str, float]:
    """Every prefix of every query, as a user types it; the first keystroke included, so
    the lazily built caches are in the figures."""
    latencies = []
    for query in typed:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            language.search(query[:end])
            latencies.append(time.perf_counter() - started)
    return {
        "queries": len(typed),
        "keystrokes": len(latencies),
        "p50_ms": _ms(statistics.median(latencies)),
        "p95_ms": _ms(_percentile(latencies, 0.95)),
        "p99_ms": _ms(_percentile(latencies, 0.99)),
        "max_ms": _ms(max(latencies)),
    }


def suggest_figures(language: CompetenceLanguage) -> dict[str, float]:
    score = evaluate(language)
    texts = [str(s["text"]) for s in load_sentences()]
    started = time.perf_counter()
    for text in texts:
        language.suggest(text)
    return {
        "precision_at_5": round(score.precision_at_5, 3),
        "precision_at_5_ceiling": round(score.ceiling_at_5, 3),
        "recall_at_10": round(score.recall_at_10, 3),
        "sentences": score.sentences,
        "mean_ms": _ms((time.perf_counter() - started) / len(texts)),
    }


def bundled_figures() -> dict[str, object]:
    """The language a new user gets: built on first start, then searched."""
    from tests.language.occupation_eval import evaluate as occupation_scores

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as home:
        paths = AppPaths(Path(home))
        steps: list[tuple[str, float]] = []
        started = time.perf_counter()
        with CompetenceLanguage.open_default(
            paths, lambda msg, _d, _t: steps.append((msg, time.perf_counter() - started))
        ) as language:
            results["build_s"] = round(time.perf_counter() - started, 2)
            results["build_steps_s"] = {msg: round(at, 2) for msg, at in steps}
            info = language.info()
            results["file_mb"] = round(language.path.stat().st_size / 1e6, 1)
            results["concepts"] = info.concepts
            results["occupations"] = info.occupations
            results["relations"] = info.relations
            results["own_dutch_names"] = info.own_translations
            results["english_only"] = info.untranslated
            typed = queries(language)
        with CompetenceLanguage.open_default(paths) as language:
            results["search"] = keystrokes(language, typed)
            for name, held_out in (("job_titles", False), ("job_titles_held_out", True)):
                score = occupation_scores(language, held_out=held_out)
                results[name] = {
                    "queries": score.queries,
                    "top_1": round(score.top_1, 3),
                    "top_3": round(score.top_3, 3),
                }
            results["suggest"] = suggest_figures(language)
    return results


def run() -> dict[str, object]:
    results: dict[str, object] = {"bundled": bundled_figures()}
    with tempfile.TemporaryDirectory() as home:
        paths = AppPaths(Path(home))
        own = [f for f in starter_module.bundled_files() if not f.name.endswith(".gz")]
        own = [f for f in own if '"portfolio-language"' in f.read_text(encoding="utf-8")[:200]]
        real = starter_module.bundled_files
        starter_module.bundled_files = lambda: own  # type: ignore[assignment]
        started = time.perf_counter()
        try:
            with CompetenceLanguage.open_default(paths) as starter:
                results["starter_build_s"] = round(time.perf_counter() - started, 3)
                results["starter_suggest"] = suggest_figures(starter)
        finally:
            starter_module.bundled_files = real  # type: ignore[assignment]
        paths = AppPaths(Path(home) / "esco")
        if not ESCO.is_dir():
            results["esco"] = f"not found: {ESCO}"
            return results

        started = time.perf_counter()
        report = import_esco(ESCO, paths)
        elapsed = time.perf_counter() - started
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux
        # Once more under tracemalloc, which slows allocation down: only for the memory.
        tracemalloc.start()
        import_esco(ESCO, paths)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        results["import"] = {
            "seconds": round(elapsed, 2),
            "file_mb": round(report.path.stat().st_size / 1e6, 1),
            "python_peak_mb": round(peak / 1e6, 1),
            "process_peak_rss_mb": round(peak_rss / 1e3),
            "skills": report.skills,
            "occupations": report.occupations,
            "relations": report.relations,
            "bad_rows": report.bad_row_count,
        }
        with CompetenceLanguage.open_default(paths) as language:
            started = time.perf_counter()
            language.occupation_profiles()
            results["profiles_load_ms"] = _ms(time.perf_counter() - started)
            started = time.perf_counter()
            language.occupation_profiles()
            results["profiles_cached_ms"] = _ms(time.perf_counter() - started)
            typed = queries(language)
        # A fresh open, so the keystroke figures include the first-search costs.
        with CompetenceLanguage.open_default(paths) as language:
            results["search"] = keystrokes(language, typed)
            results["esco_suggest"] = suggest_figures(language)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = run()
    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        for key, value in results.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
