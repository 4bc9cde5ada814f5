"""Speed of the check on full ESCO (issues 5 and 11): one check against a typical and the
largest occupation, and the career ranking of every occupation for a 200-claim portfolio,
against a plain loop over the occupations.

Marked ``benchmark`` (deselected by default): the ESCO import alone takes some ten seconds.
Run with ``pytest tests/check -m benchmark -s`` to see the figures.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from functools import partial
from types import ModuleType
from typing import Any

import pytest

from portfolio_app.check import career_index, language_view, load_target, rank_careers, run_check
from portfolio_app.language import CompetenceLanguage
from tests.conftest import REPO_ROOT, SHARED

ESCO = SHARED / "esco" / "v1.1.1"

pytestmark = [
    pytest.mark.benchmark,
    pytest.mark.skipif(not (ESCO / "occupations_en.csv").is_file(), reason="no ESCO files"),
]


def _bench_module() -> ModuleType:
    """The benchmark script, so that the test and the script measure the same things."""
    spec = importlib.util.spec_from_file_location(
        "check_bench", REPO_ROOT / "benchmarks" / "check_bench.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench_module()


@pytest.fixture(scope="module")
def esco(
    bench: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[CompetenceLanguage]:
    with bench.open_esco(ESCO, tmp_path_factory.mktemp("esco")) as language:
        yield language


@pytest.fixture(scope="module")
def setup(bench: ModuleType, esco: CompetenceLanguage) -> dict[str, Any]:
    index = career_index(esco)
    data = bench.portfolio(esco, 200)
    profiles = esco.occupation_profiles()
    by_size = sorted(profiles, key=lambda u: (len(profiles[u][0]) + len(profiles[u][1]), u))
    typical = load_target(esco, by_size[len(by_size) // 2])
    largest = load_target(esco, by_size[-1])
    view = language_view(esco, data, [typical, largest])
    return {"index": index, "data": data, "typical": typical, "largest": largest, "view": view}


def test_full_esco_is_loaded(setup: dict[str, Any]) -> None:
    index = setup["index"]
    relations = sum(len(e) + len(o) for e, o in zip(index.essential, index.optional, strict=True))
    assert len(index) >= 3000 and relations >= 120_000
    assert len(setup["data"].claims) == 200


@pytest.mark.parametrize("which", ["typical", "largest"])
def test_one_check_is_under_5_ms(bench: ModuleType, setup: dict[str, Any], which: str) -> None:
    target = setup[which]
    check = partial(run_check, setup["data"], target, setup["view"], bench.TODAY)
    median, fastest = bench.timings_ms(check, 100)
    size = len(target.essential) + len(target.optional)
    print(f"\none check ({which}, {size} competences): {median:.2f} ms")
    assert fastest < 5.0


def test_ranking_is_under_200_ms_and_beats_the_plain_loop(
    bench: ModuleType, setup: dict[str, Any]
) -> None:
    index, data, view = setup["index"], setup["data"], setup["view"]
    qualifications = view.qualification_competences
    ranking = partial(rank_careers, index, data, qualifications, bench.TODAY, top=10)
    median, fastest = bench.timings_ms(ranking, 20)
    plain, _ = bench.timings_ms(partial(bench.plain_loop_ranking, index, data, view, 10), 3)
    print(f"\nranking: {median:.1f} ms; plain loop: {plain:.1f} ms ({plain / median:.1f}x)")
    assert fastest < 200.0
    assert median < plain
    plain_fit = {uri: fit for fit, uri in bench.plain_loop_ranking(index, data, view, len(index))}
    steps = ranking()
    assert steps
    for step in steps:
        assert step.fit == pytest.approx(plain_fit[step.occupation.uri], abs=1e-3)
        assert step.essential_said >= 1
