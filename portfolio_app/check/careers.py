"""Career steps: the occupations of the language ranked by what the person says they can and
want.

An occupation's fit is the share of its competences the person says they can at the level
asked (``standing``: the same answer the check gives), essential ones weighing three times as
much, plus what they want: ``fit = said_share + WILLEN_WEIGHT × willen_balance``, where the
balance is the weighted mean of (willen − 2) over those competences, in [−said_share,
+said_share]. With ``WILLEN_WEIGHT`` 0.25, an occupation built on what you like to do moves up
by at most a quarter, one built on what you no longer want moves down as much: enough to
reorder occupations that fit about equally, never enough to put a poor fit first. What the
portfolio *shows* only breaks ties: a career step is about where you could go, not about
the paperwork.

An occupation where the person says none of the essential competences is never listed: its
overlap is in the margins. Each step says which of the person's competences carry it, and
which essential ones are missing, never naming one they already have.

Speed (full ESCO: ~3,000 occupations, ~124,000 relations): the ``CareerIndex`` is built once
per language and holds, per competence, the occupations that ask for it. A ranking visits
only the competences the person says they can (a few hundred for 200 claims) instead of all
relations; see ``benchmarks/check_bench.py``.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from portfolio_app.check.model import PortfolioData
from portfolio_app.check.rules import RegulatedProfessions
from portfolio_app.check.signals import Signal, SignalTable
from portfolio_app.check.standing import ConceptState, PortfolioStates
from portfolio_app.domain import ConceptRef, TargetRef
from portfolio_app.domain.check_result import Regulation, Standing
from portfolio_app.domain.enums import TargetKind
from portfolio_app.language import Concept, Occupation, Qualification

ESSENTIAL_WEIGHT = 3.0
OPTIONAL_WEIGHT = 1.0
WILLEN_WEIGHT = 0.25
SHOWN_TIE_BREAK = 0.01
NEUTRAL_WILLEN = 2
GAP_SHOWN = 5
CARRIED_SHOWN = 3


@dataclass(frozen=True, slots=True)
class CareerStep:
    """One occupation in the ranking. ``carried_by`` names (at most ``CARRIED_SHOWN``) of
    the person's competences that carry it, ``missing`` the most important essential ones
    they do not say they can (at most ``GAP_SHOWN``; ``missing_count`` counts all)."""

    occupation: TargetRef
    fit: float
    essential_said: int
    essential_shown: int
    essential_total: int
    optional_said: int
    optional_total: int
    willen_balance: float
    carried_by: tuple[ConceptRef, ...]
    missing: tuple[ConceptRef, ...]
    missing_count: int
    vks_levels: tuple[int, ...]
    signal: Signal | None
    regulation: Regulation | None

    def to_json(self, today: date) -> dict[str, Any]:
        signal = self.signal
        return {
            "occupation": self.occupation.model_dump(mode="json"),
            "fit": self.fit,
            "essential_said": self.essential_said,
            "essential_shown": self.essential_shown,
            "essential_total": self.essential_total,
            "optional_said": self.optional_said,
            "optional_total": self.optional_total,
            "willen_balance": self.willen_balance,
            "carried_by": [c.model_dump(mode="json") for c in self.carried_by],
            "missing": [g.model_dump(mode="json") for g in self.missing],
            "missing_count": self.missing_count,
            "vks_levels": list(self.vks_levels),
            "regulation": None
            if self.regulation is None
            else self.regulation.model_dump(mode="json"),
            "signal": None
            if signal is None
            else {
                "shortage": signal.shortage,
                "tension_ratio": signal.tension_ratio,
                "source": signal.source,
                "date": signal.date.isoformat(),
                "old": signal.is_old(today),
                "text": signal.describe(today)[0],
                "text_en": signal.describe(today)[1],
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
        levels: dict[str, set[int]] = {}
        for q in qualifications:
            if q.occupation_uri:
                levels.setdefault(q.occupation_uri, set()).add(q.vks_level)
        self.vks = [tuple(sorted(levels.get(o.uri, ()))) for o in occupations]
        self._refs: dict[str, ConceptRef] = {}

    def __len__(self) -> int:
        return len(self.refs)

    def ref(self, uri: str) -> ConceptRef:
        found = self._refs.get(uri)
        if found is None:
            concept = self.concepts.get(uri)
            label = (concept.label("nl") if concept else "") or uri
            found = self._refs[uri] = ConceptRef(uri=uri, label=label)
        return found

    def future(self, uri: str) -> bool:
        concept = self.concepts.get(uri)
        return concept is not None and "future" in concept.flags


def rank_careers(
    index: CareerIndex,
    data: PortfolioData,
    qualification_competences: Mapping[str, tuple[str, ...]],
    today: date,
    *,
    signals: SignalTable | None = None,
    regulated: RegulatedProfessions | None = None,
    top: int = 10,
    vks_level: int | None = None,
    tight_only: bool = False,
) -> list[CareerStep]:
    """The ``top`` occupations by fit, among those where the person says they can at least
    one essential competence. ``vks_level`` keeps occupations with a beroepskwalificatie at
    that VKS level; ``tight_only`` those whose newest figure showed krapte."""
    states = PortfolioStates(data, dict(qualification_competences), today)
    n = len(index)
    ess, opt, shown = [0] * n, [0] * n, [0] * n
    lean_ess, lean_opt = [0.0] * n, [0.0] * n
    for uri, state in states.states.items():
        if not state.said:
            continue
        leaning = (state.willen or NEUTRAL_WILLEN) - NEUTRAL_WILLEN
        is_shown = state.standing is Standing.SHOWN
        for i in index.essential_in.get(uri, ()):
            ess[i] += 1
            lean_ess[i] += leaning
            shown[i] += is_shown
        for i in index.optional_in.get(uri, ()):
            opt[i] += 1
            lean_opt[i] += leaning
    scored: list[tuple[float, int]] = []
    for i in range(n):
        ne, no = len(index.essential[i]), len(index.optional[i])
        if ess[i] == 0 and (ne or opt[i] == 0):
            continue
        if vks_level is not None and vks_level not in index.vks[i]:
            continue
        if tight_only and not (signals and signals.is_tight(index.refs[i].uri)):
            continue
        weight = ESSENTIAL_WEIGHT * ne + OPTIONAL_WEIGHT * no
        said_share = (ESSENTIAL_WEIGHT * ess[i] + OPTIONAL_WEIGHT * opt[i]) / weight
        balance = (ESSENTIAL_WEIGHT * lean_ess[i] + OPTIONAL_WEIGHT * lean_opt[i]) / weight
        shown_share = shown[i] / ne if ne else 0.0
        fit = said_share + WILLEN_WEIGHT * balance + SHOWN_TIE_BREAK * shown_share
        scored.append((round(fit, 4), i))
    best = heapq.nsmallest(max(top, 0), scored, key=lambda s: (-s[0], index.refs[s[1]].label))
    return [
        _step(index, states, i, fit, signals, regulated, ess[i], shown[i], opt[i])
        for fit, i in best
    ]


def _willen(state: ConceptState | None) -> int:
    return (state.willen if state is not None else None) or NEUTRAL_WILLEN


def _step(
    index: CareerIndex,
    states: PortfolioStates,
    i: int,
    fit: float,
    signals: SignalTable | None,
    regulated: RegulatedProfessions | None,
    essential_said: int,
    essential_shown: int,
    optional_said: int,
) -> CareerStep:
    ref = index.refs[i]
    essential = index.essential[i]
    carried: list[tuple[str, ConceptState | None]] = []
    missing: list[tuple[str, ConceptState | None]] = []
    for uri in essential:
        state = states.get(uri)
        (carried if state is not None and state.said else missing).append((uri, state))
    carried.sort(key=lambda x: (-_willen(x[1]), index.ref(x[0]).label))
    missing.sort(key=lambda x: (not index.future(x[0]), index.ref(x[0]).label))
    ess_n, opt_n = len(essential), len(index.optional[i])
    weight = ESSENTIAL_WEIGHT * ess_n + OPTIONAL_WEIGHT * opt_n
    lean = 0.0
    for _, state in carried:
        lean += ESSENTIAL_WEIGHT * (_willen(state) - NEUTRAL_WILLEN)
    for uri in index.optional[i]:
        state = states.get(uri)
        if state is not None and state.said:
            lean += OPTIONAL_WEIGHT * (_willen(state) - NEUTRAL_WILLEN)
    return CareerStep(
        occupation=ref,
        fit=fit,
        essential_said=essential_said,
        essential_shown=essential_shown,
        essential_total=ess_n,
        optional_said=optional_said,
        optional_total=opt_n,
        willen_balance=round(lean / weight, 4) if weight else 0.0,
        carried_by=tuple(index.ref(uri) for uri, _ in carried[:CARRIED_SHOWN]),
        missing=tuple(index.ref(uri) for uri, _ in missing[:GAP_SHOWN]),
        missing_count=len(missing),
        vks_levels=index.vks[i],
        signal=signals.latest(ref.uri) if signals else None,
        regulation=regulated.get(ref.uri) if regulated is not None else None,
    )
