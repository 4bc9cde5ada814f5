"""Career steps: every occupation of the language ranked by fit with the portfolio.

The credit of each competence is the same as in the check (``scoring``), so an occupation's
coverage here equals the coverage a check against it would give. Fit adds what the user
wants: ``fit = coverage + WILLEN_WEIGHT × willen_balance``, where the balance is the
coverage-weighted average of (willen − 2) over the matched competences, in [−coverage,
+coverage]. With ``WILLEN_WEIGHT`` 0.25 an occupation built on what you like to do moves up by
at most a quarter, one built on what you no longer want moves down as much: enough to reorder
occupations that fit about equally, never enough to put a poor fit first.

Speed (full ESCO: ~3,000 occupations, ~124,000 relations): the ``CareerIndex`` is built once
per language and holds, per competence, the occupations that ask for it. A ranking then only
visits the competences the portfolio can credit (a few hundred for 200 claims) and adds
their credit to those occupations, instead of looping over all 124,000 relations; see
``benchmarks/check_bench.py`` for the figures.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from portfolio_app.check.model import LanguageView, PortfolioData
from portfolio_app.check.scoring import (
    ESSENTIAL_WEIGHT,
    FUTURE_BONUS,
    NEUTRAL_WILLEN,
    OPTIONAL_WEIGHT,
    STRENGTH_THRESHOLD,
    CreditTable,
    build_candidates,
    share,
    weighted_coverage,
)
from portfolio_app.check.signals import Signal, SignalTable
from portfolio_app.domain import ConceptRef, TargetRef
from portfolio_app.domain.enums import TargetKind
from portfolio_app.language import Concept, Occupation, Qualification

WILLEN_WEIGHT = 0.25
GAP_SHOWN = 5


@dataclass(frozen=True, slots=True)
class CareerStep:
    """One occupation in the ranking. ``gap`` lists the most important essential
    competences still to close (at most ``GAP_SHOWN``); ``gap_size`` counts all of them."""

    occupation: TargetRef
    fit: float
    coverage: float
    coverage_essential: float
    coverage_optional: float
    willen_balance: float
    essential_met: int
    essential_total: int
    gap: tuple[ConceptRef, ...]
    gap_size: int
    vks_levels: tuple[int, ...]
    signal: Signal | None

    def to_json(self) -> dict[str, Any]:
        signal = self.signal
        return {
            "occupation": self.occupation.model_dump(mode="json"),
            "fit": self.fit,
            "coverage": self.coverage,
            "coverage_essential": self.coverage_essential,
            "coverage_optional": self.coverage_optional,
            "willen_balance": self.willen_balance,
            "essential_met": self.essential_met,
            "essential_total": self.essential_total,
            "gap": [g.model_dump(mode="json") for g in self.gap],
            "gap_size": self.gap_size,
            "vks_levels": list(self.vks_levels),
            "signal": None
            if signal is None
            else {
                "shortage": signal.shortage,
                "tension_ratio": signal.tension_ratio,
                "source": signal.source,
                "date": signal.date.isoformat(),
            },
        }


class CareerIndex:
    """The occupations of one language, arranged for fast ranking. Build it once per
    language (about half a second on full ESCO) and keep it."""

    def __init__(
        self,
        occupations: Sequence[Occupation],
        concepts: Mapping[str, Concept],
        qualifications: Iterable[Qualification] = (),
    ) -> None:
        self.concepts = concepts
        self.refs = [
            TargetRef(uri=o.uri, label=o.label("nl") or o.uri, kind=TargetKind.BEROEP)
            for o in occupations
        ]
        self.essential = [tuple(dict.fromkeys(o.essential)) for o in occupations]
        self.optional = [
            tuple(u for u in dict.fromkeys(o.optional) if u not in set(o.essential))
            for o in occupations
        ]
        self.essential_in: dict[str, list[int]] = {}
        self.optional_in: dict[str, list[int]] = {}
        for i, (ess, opt) in enumerate(zip(self.essential, self.optional, strict=True)):
            for uri in ess:
                self.essential_in.setdefault(uri, []).append(i)
            for uri in opt:
                self.optional_in.setdefault(uri, []).append(i)
        self.children: dict[str, list[str]] = {}
        for uri in (*self.essential_in, *self.optional_in):
            for parent in self.parents(uri):
                self.children.setdefault(parent, []).append(uri)
        levels: dict[str, set[int]] = {}
        for q in qualifications:
            if q.occupation_uri:
                levels.setdefault(q.occupation_uri, set()).add(q.vks_level)
        self.vks = [tuple(sorted(levels.get(o.uri, ()))) for o in occupations]

    def __len__(self) -> int:
        return len(self.refs)

    def parents(self, uri: str) -> tuple[str, ...]:
        concept = self.concepts.get(uri)
        return concept.broader if concept is not None else ()

    def ref(self, uri: str) -> ConceptRef:
        concept = self.concepts.get(uri)
        return ConceptRef(uri=uri, label=(concept.label("nl") if concept else "") or uri)

    def importance(self, uri: str, credit: float) -> float:
        concept = self.concepts.get(uri)
        bonus = FUTURE_BONUS if concept is not None and "future" in concept.flags else 1.0
        return ESSENTIAL_WEIGHT * (1.0 - credit) * bonus


@dataclass(slots=True)
class _Credits:
    credit: dict[str, float]
    leaning: dict[str, float]  # credit × (willen − 2)


def _credits(index: CareerIndex, data: PortfolioData, view: LanguageView, today: date) -> _Credits:
    candidates = build_candidates(data, view, today)
    parents = {c.uri: view.parents(c.uri) or index.parents(c.uri) for c in candidates}
    table = CreditTable(candidates, parents)
    wishes: dict[str, int] = {}
    for claim in data.claims:
        if claim.concept_uri is not None:
            wishes[claim.concept_uri] = max(wishes.get(claim.concept_uri, 1), claim.willen)
    reach = set(table.exact) | set(table.narrower)
    for uri in table.exact:
        reach.update(index.children.get(uri, ()))
    found = _Credits({}, {})
    for uri in reach:
        if uri not in index.essential_in and uri not in index.optional_in:
            continue
        match = table.best(uri, index.parents(uri))
        if match is None:
            continue
        owner = match.candidate.claim
        willen = owner.willen if owner is not None else wishes.get(uri, NEUTRAL_WILLEN)
        found.credit[uri] = match.credit
        found.leaning[uri] = match.credit * (willen - NEUTRAL_WILLEN)
    return found


def rank_careers(
    index: CareerIndex,
    data: PortfolioData,
    view: LanguageView,
    today: date,
    *,
    signals: SignalTable | None = None,
    top: int = 10,
    vks_level: int | None = None,
    shortage_only: bool = False,
) -> list[CareerStep]:
    """The ``top`` occupations by fit; only occupations the portfolio covers at all.
    ``vks_level`` keeps occupations with a beroepskwalificatie at that VKS level;
    ``shortage_only`` keeps those whose newest signal says shortage."""
    credits = _credits(index, data, view, today)
    n = len(index)
    ess, opt = [0.0] * n, [0.0] * n
    lean_ess, lean_opt = [0.0] * n, [0.0] * n
    for uri, credit in credits.credit.items():
        leaning = credits.leaning[uri]
        for i in index.essential_in.get(uri, ()):
            ess[i] += credit
            lean_ess[i] += leaning
        for i in index.optional_in.get(uri, ()):
            opt[i] += credit
            lean_opt[i] += leaning
    scored: list[tuple[float, float, int]] = []
    for i in range(n):
        if ess[i] == 0.0 and opt[i] == 0.0:
            continue
        if vks_level is not None and vks_level not in index.vks[i]:
            continue
        if shortage_only and not (signals and signals.is_shortage(index.refs[i].uri)):
            continue
        ne, no = len(index.essential[i]), len(index.optional[i])
        coverage = weighted_coverage(ess[i], ne, opt[i], no)
        balance = _balance(lean_ess[i], ne, lean_opt[i], no)
        scored.append((round(coverage + WILLEN_WEIGHT * balance, 4), coverage, i))
    best = heapq.nsmallest(
        max(top, 0), scored, key=lambda s: (-s[0], -s[1], index.refs[s[2]].label.lower())
    )
    return [_step(index, credits, i, fit, coverage, signals) for fit, coverage, i in best]


def _balance(ess: float, ne: int, opt: float, no: int) -> float:
    total = ESSENTIAL_WEIGHT * ne + OPTIONAL_WEIGHT * no
    return round((ESSENTIAL_WEIGHT * ess + OPTIONAL_WEIGHT * opt) / total, 4) if total else 0.0


def _step(
    index: CareerIndex,
    credits: _Credits,
    i: int,
    fit: float,
    coverage: float,
    signals: SignalTable | None,
) -> CareerStep:
    ref = index.refs[i]
    ess, opt = index.essential[i], index.optional[i]
    got = credits.credit
    missing = [uri for uri in ess if got.get(uri, 0.0) < STRENGTH_THRESHOLD]
    missing.sort(key=lambda u: (-index.importance(u, got.get(u, 0.0)), index.ref(u).label))
    gap_size = len(missing) + sum(1 for u in opt if got.get(u, 0.0) < STRENGTH_THRESHOLD)
    ne, no = len(ess), len(opt)
    return CareerStep(
        occupation=ref,
        fit=fit,
        coverage=coverage,
        coverage_essential=share(sum(got.get(u, 0.0) for u in ess), ne),
        coverage_optional=share(sum(got.get(u, 0.0) for u in opt), no),
        willen_balance=_balance(
            sum(credits.leaning.get(u, 0.0) for u in ess),
            ne,
            sum(credits.leaning.get(u, 0.0) for u in opt),
            no,
        ),
        essential_met=ne - len(missing),
        essential_total=ne,
        gap=tuple(index.ref(u) for u in missing[:GAP_SHOWN]),
        gap_size=gap_size,
        vks_levels=index.vks[i],
        signal=signals.latest(ref.uri) if signals else None,
    )
