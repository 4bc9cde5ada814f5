"""Properties the scoring promises for every portfolio, not just the hand-built ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio_app.check import (
    CareerIndex,
    LanguageView,
    PortfolioData,
    Target,
    career_index,
    load_target,
    rank_careers,
    run_check,
)
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, Source
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import LeerbewijsKind, LevelScale, SourceKind
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import BK_HEFTRUCK, DK_RIJDEN, TODAY

# A small pool and a few dates, so that generated portfolios often hit the same concept twice
# and tie on dates: that is where order and monotonicity bugs hide.
POOL = [
    "urn:test:c:heftruck",
    "urn:test:c:heftoestellen",
    "urn:test:c:reachtruck",
    "urn:test:c:voorraad",
    "urn:test:c:orderpicken",
    "urn:test:c:veiligheid",
    "urn:test:c:zorg",
]
TARGETS = [
    "urn:test:o:heftruckchauffeur",
    "urn:test:o:magazijnier",
    "urn:test:o:verpleegkundige",
    BK_HEFTRUCK,
    DK_RIJDEN,
]
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DAYS = [date(2001, 1, 1), date(2016, 5, 1), date(2023, 3, 1), date(2024, 12, 1)]
dates = st.one_of(st.none(), st.sampled_from(DAYS))
concepts = st.lists(st.sampled_from(POOL), min_size=1, max_size=3, unique=True)


@st.composite
def leerbewijzen(draw: st.DrawFn, prefix: str) -> Leerbewijs:
    issued = draw(dates)
    expires = draw(
        st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)))
    )
    if issued and expires and expires < issued:
        expires = None
    return Leerbewijs(
        id=f"{prefix}{draw(st.integers(0, 10**6))}",
        kind=draw(
            st.sampled_from([LeerbewijsKind.CERTIFICAAT, LeerbewijsKind.BEROEPSKWALIFICATIE])
        ),
        title="Leerbewijs",
        issued=issued,
        expires=expires,
        qualification_uri=draw(st.sampled_from([None, None, BK_HEFTRUCK, DK_RIJDEN])),
        competences=[ConceptRef(uri=u, label=u) for u in draw(concepts)],
    )


@st.composite
def experiences(draw: st.DrawFn, prefix: str) -> Experience:
    start = draw(dates)
    end = draw(dates)
    if start and end and end < start:
        end = None
    return Experience(
        id=f"{prefix}{draw(st.integers(0, 10**6))}",
        role="werk",
        start=start,
        end=end,
        competences=[ConceptRef(uri=u, label=u) for u in draw(concepts)],
    )


@st.composite
def claims(draw: st.DrawFn, index: int, evidence_ids: list[str]) -> CompetenceClaim:
    scale = draw(st.sampled_from(list(LevelScale)))
    level = draw(
        {
            LevelScale.NIVEAU: st.integers(1, 4),
            LevelScale.CEFR: st.integers(1, 6),
            LevelScale.BINAIR: st.integers(0, 1),
        }[scale]
    )
    first, last = sorted([draw(dates) or DAYS[0], draw(dates) or DAYS[-1]])
    linked = draw(st.lists(st.sampled_from(evidence_ids), max_size=2)) if evidence_ids else []
    return CompetenceClaim(
        id=f"claim{index}",
        concept_uri=draw(st.sampled_from([*POOL, None])),
        label=f"competentie {index}",
        level_scale=scale,
        level=level,
        willen=draw(st.integers(1, 3)),
        sources=[Source(kind=k) for k in draw(st.sampled_from([[], [], [SourceKind.WERKGEVER]]))],
        first_acquired=first if draw(st.booleans()) else None,
        last_used=last if draw(st.booleans()) else None,
        leerbewijs_ids=[i for i in linked if i.startswith("lb")],
        experience_ids=[i for i in linked if i.startswith("ex")],
        attachment_ids=draw(st.sampled_from([[], [], ["scan"]])),
    )


@st.composite
def portfolios(draw: st.DrawFn) -> PortfolioData:
    lbs = draw(st.lists(leerbewijzen("lb"), max_size=3, unique_by=lambda x: x.id))
    exs = draw(st.lists(experiences("ex"), max_size=3, unique_by=lambda x: x.id))
    ids = [x.id for x in lbs] + [x.id for x in exs]
    count = draw(st.integers(0, 10))
    return PortfolioData.of([draw(claims(i, ids)) for i in range(count)], lbs, exs)


@pytest.fixture(scope="module")
def world(check_language: CompetenceLanguage) -> dict[str, Any]:
    targets = {uri: load_target(check_language, uri) for uri in TARGETS}
    qualifications = {
        BK_HEFTRUCK: targets[BK_HEFTRUCK].essential,
        DK_RIJDEN: targets[DK_RIJDEN].essential,
    }
    view = LanguageView(check_language.concepts(POOL), qualifications)
    return {"targets": targets, "view": view, "index": career_index(check_language)}


def run(world: dict[str, Any], data: PortfolioData, target: str) -> CheckResult:
    chosen: Target = world["targets"][target]
    return run_check(data, chosen, world["view"], TODAY)


def credits(result: CheckResult) -> dict[str, float]:
    return {c.competence.uri or "": c.credit for c in result.contributions}


def assert_not_lower(after: CheckResult, before: CheckResult) -> None:
    assert after.coverage >= before.coverage
    assert after.coverage_essential >= before.coverage_essential
    assert after.coverage_optional >= before.coverage_optional
    old = credits(before)
    for uri, credit in credits(after).items():
        assert credit >= old[uri]


@PROPERTY
@given(
    data=portfolios(),
    target=st.sampled_from(TARGETS),
    new_lb=leerbewijzen("newlb"),
    new_ex=experiences("newex"),
    link=st.booleans(),
)
def test_adding_evidence_never_lowers_coverage(
    world: dict[str, Any],
    data: PortfolioData,
    target: str,
    new_lb: Leerbewijs,
    new_ex: Experience,
    link: bool,
) -> None:
    before = run(world, data, target)
    more = replace(data, leerbewijzen=(*data.leerbewijzen, new_lb))
    more = replace(more, experiences=(*more.experiences, new_ex))
    if link and data.claims:
        first = data.claims[0]
        linked = first.model_copy(
            update={
                "leerbewijs_ids": [*first.leerbewijs_ids, new_lb.id],
                "experience_ids": [*first.experience_ids, new_ex.id],
            }
        )
        more = replace(more, claims=(linked, *data.claims[1:]))
    assert_not_lower(run(world, more, target), before)


@PROPERTY
@given(data=portfolios(), target=st.sampled_from(TARGETS), which=st.integers(0, 100))
def test_removing_a_claim_never_raises_coverage(
    world: dict[str, Any], data: PortfolioData, target: str, which: int
) -> None:
    if not data.claims:
        return
    index = which % len(data.claims)
    fewer = replace(data, claims=data.claims[:index] + data.claims[index + 1 :])
    assert_not_lower(run(world, data, target), run(world, fewer, target))


@PROPERTY
@given(data=portfolios(), target=st.sampled_from(TARGETS), seed=st.randoms())
def test_the_result_does_not_depend_on_the_order_of_the_portfolio(
    world: dict[str, Any], data: PortfolioData, target: str, seed: Any
) -> None:
    mine, lbs, exs = list(data.claims), list(data.leerbewijzen), list(data.experiences)
    for items in (mine, lbs, exs):
        seed.shuffle(items)
    other = PortfolioData.of(mine, lbs, exs)
    first = run(world, data, target).model_dump(exclude={"id"})
    assert run(world, other, target).model_dump(exclude={"id"}) == first


@PROPERTY
@given(data=portfolios())
def test_career_coverage_equals_the_check_of_that_occupation(
    world: dict[str, Any], data: PortfolioData
) -> None:
    index: CareerIndex = world["index"]
    steps = rank_careers(index, data, world["view"], TODAY, top=len(index))
    for step in steps:
        target = world["targets"].get(step.occupation.uri)
        if target is None:
            continue
        result = run(world, data, step.occupation.uri)
        assert step.coverage == pytest.approx(result.coverage, abs=1e-3)
        assert step.coverage_essential == pytest.approx(result.coverage_essential, abs=1e-3)
    ranked = {s.occupation.uri for s in steps}
    for uri in ("urn:test:o:heftruckchauffeur", "urn:test:o:magazijnier"):
        if run(world, data, uri).coverage > 0:
            assert uri in ranked
