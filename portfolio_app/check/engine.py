"""``run_check``: the portfolio held against one target, as a complete ``CheckResult``.

Pure: everything comes in as arguments (see ``model``), nothing is read or written. The
scoring rules are in ``scoring``, the words in ``texts`` and ``explain``, the warning lights
in ``lights``.

The summary suggests loopbaanbegeleiding when fewer than ``LOW_FIT`` (a third) of the
essential competences are covered: at that distance the question is less "what to learn"
than "is this the right goal", which is a conversation, not a course.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.check import texts
from portfolio_app.check.evc import EvcCosts, evc_info
from portfolio_app.check.explain import Line, contribution, gap
from portfolio_app.check.lights import warning_lights
from portfolio_app.check.model import LanguageView, PortfolioData, Target
from portfolio_app.check.scoring import (
    CAN_THRESHOLD,
    NEUTRAL_WILLEN,
    SCORING_VERSION,
    STRENGTH_THRESHOLD,
    CreditTable,
    build_candidates,
    share,
    weighted_coverage,
)
from portfolio_app.check.signals import Signal, SignalTable
from portfolio_app.domain import CompetenceClaim, ConceptRef
from portfolio_app.domain.check_result import (
    CheckResult,
    EvcInfo,
    Gap,
    KunnenWillen,
    MatchKind,
    SignalShown,
)

LOW_FIT = 1 / 3


@dataclass(frozen=True, slots=True)
class TargetCompetence:
    """One competence that matters for the target, as the guided check's first step shows
    it: how well it is shown now, and the claim to confirm (recency, willen) or, when
    ``claim`` is None, to add."""

    competence: ConceptRef
    essential: bool
    future: bool
    credit: float
    match: MatchKind
    claim: CompetenceClaim | None
    last_shown: date | None
    willen: int | None


def _wishes(claims: Sequence[CompetenceClaim]) -> dict[str, int]:
    """What the user said they want per concept (the keenest claim wins)."""
    found: dict[str, int] = {}
    for claim in claims:
        if claim.concept_uri is not None:
            found[claim.concept_uri] = max(found.get(claim.concept_uri, 1), claim.willen)
    return found


def _table(data: PortfolioData, target: Target, view: LanguageView, today: date) -> CreditTable:
    """The credit table for the concepts that can match ``target``: its own, their direct
    broader concepts, and concepts directly narrower than one of them."""
    wanted = {*target.essential, *target.optional, *(target.evc.competences if target.evc else ())}
    near = wanted | {parent for uri in wanted for parent in view.parents(uri)}

    def keep(uri: str) -> bool:
        return uri in near or any(parent in wanted for parent in view.parents(uri))

    candidates = build_candidates(data, view, today, keep)
    return CreditTable(candidates, {c.uri: view.parents(c.uri) for c in candidates})


def assess(data: PortfolioData, target: Target, view: LanguageView, today: date) -> list[Line]:
    """One line per competence of the target, essential ones first."""
    return _lines(_table(data, target, view, today), _wishes(data.claims), target, view)


def _lines(
    table: CreditTable, wishes: dict[str, int], target: Target, view: LanguageView
) -> list[Line]:
    essential = list(dict.fromkeys(target.essential))
    optional = [uri for uri in dict.fromkeys(target.optional) if uri not in set(essential)]
    lines = []
    for uri, is_essential in [*((u, True) for u in essential), *((u, False) for u in optional)]:
        match = table.best(uri, view.parents(uri))
        claim = match.candidate.claim if match else None
        willen = claim.willen if claim is not None else wishes.get(uri)
        lines.append(Line(uri, is_essential, match, willen))
    return lines


def target_competences(
    data: PortfolioData, target: Target, view: LanguageView, today: date
) -> list[TargetCompetence]:
    """The competences that matter for ``target``, for the guided check to confirm."""
    by_uri: dict[str, CompetenceClaim] = {}
    for claim in sorted(data.claims, key=lambda c: c.id):
        if claim.concept_uri is not None:
            by_uri.setdefault(claim.concept_uri, claim)
    found = []
    for line in assess(data, target, view, today):
        candidate = line.match.candidate if line.match else None
        exact = by_uri.get(line.uri)
        if candidate is not None and candidate.claim is not None and candidate.uri == line.uri:
            exact = candidate.claim
        found.append(
            TargetCompetence(
                competence=view.ref(line.uri),
                essential=line.essential,
                future=view.has_flag(line.uri, "future"),
                credit=line.credit,
                match=line.match.kind if line.match else MatchKind.NONE,
                claim=exact or (candidate.claim if candidate else None),
                last_shown=candidate.last_shown if candidate else None,
                willen=line.willen,
            )
        )
    return found


def _kunnen_willen(lines: Sequence[Line], view: LanguageView) -> KunnenWillen:
    picture = KunnenWillen()
    for line in sorted(lines, key=lambda x: view.label(x.uri).lower()):
        can = line.credit >= CAN_THRESHOLD
        wants = line.willen if line.willen is not None else NEUTRAL_WILLEN
        ref = view.ref(line.uri)
        if can and wants >= NEUTRAL_WILLEN:
            picture.can_and_want.append(ref)
        elif can:
            picture.can_not_want.append(ref)
        elif wants > NEUTRAL_WILLEN:
            picture.want_cannot_yet.append(ref)
    return picture


def _signals_shown(target: Target, signals: Sequence[Signal], today: date) -> list[SignalShown]:
    return [
        SignalShown(
            occupation_uri=s.occupation_uri,
            occupation_label=s.occupation_label,
            tension_ratio=s.tension_ratio,
            shortage=s.shortage,
            source=s.source,
            date=s.date,
            note=s.note,
            old=s.is_old(today),
        )
        for s in signals
    ]


def _evc(
    target: Target, table: CreditTable, view: LanguageView, costs: EvcCosts | None
) -> EvcInfo | None:
    route = target.evc
    if route is None:
        return None
    competences = list(dict.fromkeys(route.competences))
    shown = 0
    for uri in competences:
        match = table.best(uri, view.parents(uri))
        if match is not None and match.credit >= CAN_THRESHOLD:
            shown += 1
    return evc_info(route, costs, shown, len(competences))


def run_check(
    data: PortfolioData,
    target: Target,
    view: LanguageView,
    today: date,
    signals: SignalTable | None = None,
    evc_costs: EvcCosts | None = None,
) -> CheckResult:
    """Hold the portfolio against ``target`` on ``today``. ``signals`` are the labour-market
    signals in use (none: the check says nothing about the labour market); ``evc_costs``
    the EVC costs to quote when an EVC-traject leads to the target."""
    table = _table(data, target, view, today)
    lines = _lines(table, _wishes(data.claims), target, view)
    essential = [line for line in lines if line.essential]
    optional = [line for line in lines if not line.essential]
    ess_sum = sum(line.credit for line in essential)
    opt_sum = sum(line.credit for line in optional)
    coverage = weighted_coverage(ess_sum, len(essential), opt_sum, len(optional))
    ordered = sorted(lines, key=lambda x: (not x.essential, view.label(x.uri).lower(), x.uri))
    gaps = sorted(
        (gap(line, target, view) for line in lines if line.credit < STRENGTH_THRESHOLD),
        key=lambda g: (-g.importance, g.competence.label.lower(), g.competence.uri or ""),
    )
    strong = sorted(
        (line for line in lines if line.credit >= STRENGTH_THRESHOLD),
        key=lambda x: (not x.essential, -x.credit, view.label(x.uri).lower()),
    )
    target_signals = signals.for_occupation(target.occupation_uri) if signals else ()
    evc = _evc(target, table, view, evc_costs)
    coverage_essential = share(ess_sum, len(essential))
    summary = _summary(target, essential, coverage, coverage_essential, gaps, target_signals, evc)
    return CheckResult(
        target=target.ref,
        checked_on=today,
        scoring_version=SCORING_VERSION,
        coverage_essential=coverage_essential,
        coverage_optional=share(opt_sum, len(optional)),
        coverage=coverage,
        contributions=[contribution(line, view) for line in ordered],
        gaps=gaps,
        strengths=[view.ref(line.uri) for line in strong],
        warnings=warning_lights(data, target, view, lines, today, target_signals, evc),
        kunnen_willen=_kunnen_willen(lines, view),
        signals=_signals_shown(target, target_signals, today),
        evc=evc,
        summary=summary[0],
        summary_en=summary[1],
    )


def _summary(
    target: Target,
    essential: Sequence[Line],
    coverage: float,
    coverage_essential: float,
    gaps: Sequence[Gap],
    signals: Sequence[Signal],
    evc: EvcInfo | None,
) -> texts.Text:
    name = texts.short(target.ref.label)
    if not target.essential and not target.optional:
        return texts.both(texts.NOTHING_TO_COMPARE, t=name)
    first_gap = None
    if gaps:
        top = gaps[0]
        first_gap = (texts.short(top.competence.label), top.actions[0])
    closing = None
    if signals and signals[0].shortage:
        closing = texts.both(texts.SHORTAGE_CLOSING, t=name)
    elif evc is not None and evc.ready:
        closing = texts.EVC_CLOSING
    elif essential and coverage_essential < LOW_FIT:
        closing = texts.LOW_FIT_CLOSING
    met = sum(1 for line in essential if line.credit >= STRENGTH_THRESHOLD)
    return texts.summary(name, met, len(essential), coverage, first_gap, closing)
