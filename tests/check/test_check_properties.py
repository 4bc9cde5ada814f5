"""Properties the check promises for every portfolio, not just the hand-built ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio_app.check import (
    CareerIndex,
    Facts,
    LanguageView,
    PortfolioData,
    Target,
    career_index,
    load_target,
    rank_careers,
    run_check,
    target_competences,
)
from portfolio_app.domain import CompetenceClaim, ConceptRef, Experience, Leerbewijs, Source
from portfolio_app.domain.check_result import (
    SAID,
    STRENGTH_RANK,
    CheckResult,
    Contribution,
    Standing,
    tally,
)
from portfolio_app.domain.enums import LeerbewijsKind, LevelScale, SourceKind
from portfolio_app.domain.leerbewijs import CheckStatus
from portfolio_app.language import CompetenceLanguage
from tests.check.checkhelp import (
    BK_HEFTRUCK,
    DK_RIJDEN,
    TODAY,
    future,
    verification,
)

# A small pool and a few dates, so that generated portfolios often hit the same concept twice
# and tie on dates: that is where order and monotonicity bugs hide.
POOL = [
    "urn:test:c:heftruck",
    "urn:test:c:heftoestellen",
    "urn:test:c:reachtruck",
    "urn:test:c:voorraad",
    "urn:test:c:orderpicken",
    "urn:test:c:veiligheid",
    "urn:test:c:samenwerken",
    "urn:test:c:zorg",
]
OCCUPATIONS = [
    "urn:test:o:heftruckchauffeur",
    "urn:test:o:magazijnier",
    "urn:test:o:verpleegkundige",
    "urn:test:o:reachtruckchauffeur",
    "urn:test:o:kok",
]
TARGETS = [*OCCUPATIONS, BK_HEFTRUCK, DK_RIJDEN]
PROPERTY = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DAYS = [date(2001, 1, 1), date(2016, 5, 1), date(2023, 3, 1), date(2024, 12, 1)]
dates = st.one_of(st.none(), st.sampled_from(DAYS))
concepts = st.lists(st.sampled_from(POOL), min_size=1, max_size=3, unique=True)
checked = st.sampled_from(
    [
        None,
        None,
        verification(CheckStatus.GESLAAGD),
        verification(CheckStatus.GESLAAGD, CheckStatus.MISLUKT),
        verification(CheckStatus.NIET_OFFLINE),
    ]
)


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
        attachment_ids=draw(st.sampled_from([[], [], ["scan"]])),
        verification=draw(checked),
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
        description=draw(st.sampled_from(["", "Deed het elke dag."])),
        competences=[ConceptRef(uri=u, label=u) for u in draw(concepts)],
    )


@st.composite
def claims(draw: st.DrawFn, name: str, evidence_ids: list[str]) -> CompetenceClaim:
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
    sources = draw(st.sampled_from([[], [], [SourceKind.WERKGEVER], [SourceKind.ZELF]]))
    return CompetenceClaim(
        id=name,
        concept_uri=draw(st.sampled_from([*POOL, None])),
        label=f"competentie {name}",
        level_scale=scale,
        level=level,
        willen=draw(st.integers(1, 3)),
        sources=[Source(kind=k) for k in sources],
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
    count = draw(st.integers(0, 8))
    return PortfolioData.of([draw(claims(f"claim{i}", ids)) for i in range(count)], lbs, exs)


@pytest.fixture(scope="module")
def world(check_language: CompetenceLanguage) -> dict[str, Any]:
    targets = {uri: load_target(check_language, uri) for uri in TARGETS}
    qualifications = {
        BK_HEFTRUCK: targets[BK_HEFTRUCK].essential,
        DK_RIJDEN: targets[DK_RIJDEN].essential,
    }
    uris = set(POOL) | {u for t in targets.values() for u in (*t.essential, *t.optional)}
    view = LanguageView(check_language.concepts(uris), qualifications)
    return {"targets": targets, "view": view, "index": career_index(check_language)}


def run(world: dict[str, Any], data: PortfolioData, target: str) -> CheckResult:
    chosen: Target = world["targets"][target]
    return run_check(data, chosen, world["view"], TODAY, Facts(future=future()))


def by_uri(result: CheckResult) -> dict[str, Contribution]:
    return {c.competence.uri or "": c for c in result.contributions}


def assert_not_lower(after: CheckResult, before: CheckResult) -> None:
    """Nothing said before is unsaid, nothing shown before is unshown, no strength drops."""
    for which in (None, True, False):
        assert after.tally(which).said >= before.tally(which).said
        assert after.tally(which).shown >= before.tally(which).shown
    old = by_uri(before)
    for uri, item in by_uri(after).items():
        was = old[uri]
        assert item.said or not was.said, uri
        if was.standing is Standing.SHOWN:
            assert item.standing is Standing.SHOWN, uri
            assert STRENGTH_RANK[item.strength] >= STRENGTH_RANK[was.strength], uri
    assert after.future is not None and before.future is not None
    assert after.future.tally().said >= before.future.tally().said
    assert after.future.tally().shown >= before.future.tally().shown


@PROPERTY
@given(
    data=portfolios(),
    target=st.sampled_from(TARGETS),
    new_lb=leerbewijzen("newlb"),
    new_ex=experiences("newex"),
    link=st.booleans(),
)
def test_more_evidence_never_lowers_what_is_said_or_shown(
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
@given(data=portfolios(), target=st.sampled_from(TARGETS), extra=st.data())
def test_more_claims_never_lower_what_is_said(
    world: dict[str, Any], data: PortfolioData, target: str, extra: st.DataObject
) -> None:
    ids = [x.id for x in data.leerbewijzen] + [x.id for x in data.experiences]
    new = extra.draw(claims("new", ids))
    before = run(world, data, target)
    after = run(world, replace(data, claims=(*data.claims, new)), target)
    assert_not_lower(after, before)


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
@given(data=portfolios(), target=st.sampled_from(TARGETS))
def test_the_headline_counts_are_the_counts_of_the_lists(
    world: dict[str, Any], data: PortfolioData, target: str
) -> None:
    result = run(world, data, target)
    head = result.headline()
    counted = [c for c in result.contributions if c.essential] or result.contributions
    assert head.total == len(counted)
    assert head.said == sum(1 for c in counted if c.standing in SAID)
    assert head.shown == sum(1 for c in counted if c.standing is Standing.SHOWN)
    assert head.to_prove == sum(1 for c in counted if c.standing is Standing.TO_PROVE)
    assert sum(head.by_strength.values()) == head.shown
    everything = result.tally()
    assert (
        everything.said + everything.lower_level + everything.not_yet + everything.not_said
        == everything.total
    )
    # Every competence not shown is in exactly one list, with its own standing.
    learn = [p.competence.uri for p in result.to_learn]
    prove = [p.competence.uri for p in result.to_prove]
    assert len(learn) == len(set(learn)) and len(prove) == len(set(prove))
    assert not set(learn) & set(prove)
    standing = {c.competence.uri: c.standing for c in result.contributions}
    assert set(prove) == {u for u, s in standing.items() if s is Standing.TO_PROVE}
    assert set(learn) == {u for u, s in standing.items() if s not in SAID}
    for point in (*result.to_learn, *result.to_prove):
        assert point.standing is standing[point.competence.uri]
        assert point.actions
    assert everything.to_prove == len(prove)
    # The words say the same numbers.
    if head.total:
        assert f"zeg je {head.said} van de {head.total} " in result.summary
    # The EVC card counts its route's competences as the check does.
    evc = result.evc
    if evc is not None:
        route = set(world["targets"][target].evc.competences)
        items = [c for c in result.contributions if c.competence.uri in route]
        if len(items) == len(route):
            counts = tally(items)
            assert (evc.competences_total, evc.competences_said, evc.competences_shown) == (
                counts.total,
                counts.said,
                counts.shown,
            )
    assert result.future is not None
    assert result.future.tally() == tally(result.future.items)
    # The wizard's list says the same about every competence as the result.
    chosen: Target = world["targets"][target]
    rows = target_competences(data, chosen, world["view"], TODAY)
    assert {r.competence.uri: r.standing for r in rows} == standing
    assert {r.competence.uri: r.related for r in rows} == {
        c.competence.uri: c.related for c in result.contributions
    }


@PROPERTY
@given(data=portfolios())
def test_careers_count_as_the_check_of_that_occupation(
    world: dict[str, Any], data: PortfolioData
) -> None:
    index: CareerIndex = world["index"]
    view: LanguageView = world["view"]
    steps = rank_careers(index, data, view.qualification_competences, TODAY, top=len(index))
    ranked = {s.occupation.uri: s for s in steps}
    for uri in OCCUPATIONS:
        result = run(world, data, uri)
        essential, optional = result.tally(True), result.tally(False)
        if uri not in ranked:
            assert essential.said == 0  # only an occupation nothing essential is said of
            continue
        step = ranked[uri]
        assert (step.essential_said, step.essential_shown, step.essential_total) == (
            essential.said,
            essential.shown,
            essential.total,
        )
        assert (step.optional_said, step.optional_total) == (optional.said, optional.total)
        said = {c.competence.uri for c in result.contributions if c.said}
        assert step.essential_said >= 1
        assert {c.uri for c in step.carried_by} <= said
        assert not {c.uri for c in step.missing} & said
        assert step.missing_count == essential.total - essential.said
    fits = [s.fit for s in steps]
    assert fits == sorted(fits, reverse=True)


@PROPERTY
@given(data=portfolios(), seed=st.randoms())
def test_career_ranking_does_not_depend_on_the_order_of_the_portfolio(
    world: dict[str, Any], data: PortfolioData, seed: Any
) -> None:
    mine, lbs, exs = list(data.claims), list(data.leerbewijzen), list(data.experiences)
    for items in (mine, lbs, exs):
        seed.shuffle(items)
    view: LanguageView = world["view"]
    index: CareerIndex = world["index"]
    first = rank_careers(index, data, view.qualification_competences, TODAY)
    other = rank_careers(
        index, PortfolioData.of(mine, lbs, exs), view.qualification_competences, TODAY
    )
    assert other == first
