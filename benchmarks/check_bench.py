"""Check figures for issues 5 and 11: one check, and ranking every occupation of full ESCO
for a 200-claim portfolio, against a plain Python loop over the occupations in the same run.

Run: ``.venv/bin/python benchmarks/check_bench.py [--esco DIR] [--cache DIR] [--claims 200]``,
or with ``--bundled`` on the bundled language (ESCO 1.1.1 extract + starter, issue 15).
The ESCO CSV download (v1.1.1) is imported into a temporary folder first (about ten seconds),
or read from ``--cache`` when that folder already holds an import. Without the ESCO files the
script says so and stops. Timings are wall-clock medians on this machine; compare within a run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from portfolio_app.check import (
    PortfolioData,
    career_index,
    language_view,
    load_target,
    rank_careers,
    run_check,
)
from portfolio_app.check.careers import (
    ESSENTIAL_WEIGHT,
    NEUTRAL_WILLEN,
    OPTIONAL_WEIGHT,
    SHOWN_TIE_BREAK,
    WILLEN_WEIGHT,
)
from portfolio_app.check.standing import PortfolioStates
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs
from portfolio_app.domain.check_result import Standing
from portfolio_app.language import CompetenceLanguage, LanguageUnusable, import_esco
from portfolio_app.language.current import current_language_file
from portfolio_app.paths import AppPaths

ESCO = Path(__file__).resolve().parents[2] / "shared" / "esco" / "v1.1.1"
TODAY = date(2025, 6, 1)


def timings_ms(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    """(median, fastest) in milliseconds; the fastest is the one least disturbed by other
    work on the machine."""
    fn()  # warm up caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, min(times) * 1000


def open_esco(esco: Path, cache: Path) -> CompetenceLanguage:
    paths = AppPaths(cache)
    if (paths.language_dir / "current.json").is_file():
        try:
            return CompetenceLanguage.open(current_language_file(paths))
        except LanguageUnusable:
            pass  # imported by an older app version: import again
    start = time.perf_counter()
    report = import_esco(esco, paths)
    print(f"ESCO import: {report.occupations} occupations, {report.relations} relations, "
          f"{time.perf_counter() - start:.1f} s")  # fmt: skip
    return CompetenceLanguage.open(current_language_file(paths))


def portfolio(language: CompetenceLanguage, claims: int, seed: int = 5) -> PortfolioData:
    """A portfolio like a long career: skills of a few related occupations plus strays,
    with mixed levels, dates, wishes and evidence."""
    rng = random.Random(seed)
    profiles = language.occupation_profiles()
    occupations = sorted(profiles)
    pool: list[str] = []
    for uri in rng.sample(occupations, 8):
        essential, optional = profiles[uri]
        pool.extend(sorted(essential | optional))
    everything = sorted({u for e, o in profiles.values() for u in e | o})
    pool.extend(rng.sample(everything, 60))
    chosen = list(dict.fromkeys(rng.sample(pool, min(len(pool), claims * 2))))[:claims]
    lbs = [
        Leerbewijs(
            title=f"Attest {i}",
            issued=TODAY - timedelta(days=rng.randint(30, 4000)),
            competences=[ConceptRef(uri=u, label=u) for u in rng.sample(chosen, 4)],
        )
        for i in range(10)
    ]
    exs = [
        Experience(
            role=f"Job {i}",
            start=TODAY - timedelta(days=rng.randint(400, 6000)),
            end=None if i == 0 else TODAY - timedelta(days=rng.randint(0, 300)),
            competences=[ConceptRef(uri=u, label=u) for u in rng.sample(chosen, 8)],
        )
        for i in range(8)
    ]
    made = [
        CompetenceClaim(
            concept_uri=uri,
            label=f"competentie {i}",
            level=rng.randint(1, 4),
            willen=rng.randint(1, 3),
            last_used=rng.choice([None, TODAY - timedelta(days=rng.randint(0, 5000))]),
            leerbewijs_ids=[rng.choice(lbs).id] if rng.random() < 0.2 else [],
        )
        for i, uri in enumerate(chosen)
    ]
    return PortfolioData.of(made, lbs, exs)


def plain_loop_ranking(index: Any, data: PortfolioData, view: Any, top: int) -> list[Any]:
    """The obvious way: for every occupation, look up every competence it asks for."""
    states = PortfolioStates(data, dict(view.qualification_competences), TODAY)
    scored = []
    for i, ref in enumerate(index.refs):
        ess = opt = shown = 0
        lean = 0.0
        for uri in index.essential[i]:
            state = states.get(uri)
            if state is not None and state.said:
                ess += 1
                shown += state.standing is Standing.SHOWN
                lean += ESSENTIAL_WEIGHT * ((state.willen or NEUTRAL_WILLEN) - NEUTRAL_WILLEN)
        for uri in index.optional[i]:
            state = states.get(uri)
            if state is not None and state.said:
                opt += 1
                lean += OPTIONAL_WEIGHT * ((state.willen or NEUTRAL_WILLEN) - NEUTRAL_WILLEN)
        ne, no = len(index.essential[i]), len(index.optional[i])
        if ess == 0 and (ne or opt == 0):
            continue
        weight = ESSENTIAL_WEIGHT * ne + OPTIONAL_WEIGHT * no
        fit = (ESSENTIAL_WEIGHT * ess + OPTIONAL_WEIGHT * opt) / weight
        fit += WILLEN_WEIGHT * lean / weight + SHOWN_TIE_BREAK * (shown / ne if ne else 0.0)
        scored.append((round(fit, 4), ref.uri))
    scored.sort(reverse=True)
    return scored[:top]


def measure(language: CompetenceLanguage, claims: int, naive: bool) -> None:
    info = language.info()
    print(f"language: {info.occupations} occupations, {info.relations} relations")
    start = time.perf_counter()
    index = career_index(language)
    print(f"career index build (once per language): {(time.perf_counter() - start) * 1e3:.0f} ms")
    data = portfolio(language, claims)
    profiles = language.occupation_profiles()
    by_size = sorted(profiles, key=lambda u: (len(profiles[u][0]) + len(profiles[u][1]), u))
    targets = [
        load_target(language, by_size[len(by_size) // 2]),
        load_target(language, by_size[-1]),
    ]
    start = time.perf_counter()
    view = language_view(language, data, targets)
    print(f"portfolio: {len(data.claims)} claims, {len(data.leerbewijzen)} leerbewijzen, "
          f"{len(data.experiences)} experiences; language view read in "
          f"{(time.perf_counter() - start) * 1e3:.1f} ms")  # fmt: skip
    for name, target in zip(("median-size", "largest"), targets, strict=True):
        size = len(target.essential) + len(target.optional)
        med, best = timings_ms(partial(run_check, data, target, view, TODAY), 200)
        print(f"one check, {name} occupation ({target.ref.label}, {size} competences): "
              f"median {med:.2f} ms, fastest {best:.2f} ms")  # fmt: skip
    qualifications = view.qualification_competences
    ranked, ranked_best = timings_ms(
        lambda: rank_careers(index, data, qualifications, TODAY, top=10), 30
    )
    plain, plain_best = timings_ms(lambda: plain_loop_ranking(index, data, view, 10), 7)
    print(f"rank all {len(index)} occupations, top 10: median {ranked:.1f} ms, "
          f"fastest {ranked_best:.1f} ms")  # fmt: skip
    print(f"plain loop over occupations, same answers: median {plain:.1f} ms, "
          f"fastest {plain_best:.1f} ms; ranking is {plain / ranked:.1f}x faster")  # fmt: skip
    if naive:
        everything = [load_target(language, r.uri) for r in index.refs]
        full_view = language_view(language, data, everything)

        def one_check_each() -> None:
            for t in everything:
                run_check(data, t, full_view, TODAY)

        seconds, _ = timings_ms(one_check_each, 1)
        print(f"run_check per occupation: {seconds:.0f} ms "
              f"(ranking is {seconds / ranked:.0f}x faster)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--esco", type=Path, default=ESCO)
    parser.add_argument("--cache", type=Path, help="folder to keep the imported language in")
    parser.add_argument("--claims", type=int, default=200)
    parser.add_argument("--naive", action="store_true", help="also time run_check per occupation")
    parser.add_argument(
        "--bundled", action="store_true", help="the bundled language (no ESCO download needed)"
    )
    args = parser.parse_args()
    if args.bundled:
        with tempfile.TemporaryDirectory() as tmp:
            with CompetenceLanguage.open_default(AppPaths(args.cache or Path(tmp))) as language:
                measure(language, args.claims, args.naive)
        return 0
    if not (args.esco / "occupations_en.csv").is_file():
        print(f"No ESCO CSV files in {args.esco}; nothing to measure.")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        with open_esco(args.esco, args.cache or Path(tmp)) as language:
            measure(language, args.claims, args.naive)
    return 0


if __name__ == "__main__":
    sys.exit(main())
