"""``run_check``: the portfolio held against one target, as a complete ``CheckResult``.

Pure: everything comes in as arguments (see ``model`` and ``facts``), nothing is read or
written. Where the person stands on each competence is ``standing``; the words are in
``texts`` and ``explain``; the warning lights in ``lights``.

The summary's counts are taken from the contributions it summarises (``tally``), and so are
the EVC card's and the future competences': one count, wherever it is shown.

The summary is two to four short sentences: the two counts, the first step, and what to
know — the first sentence of a regulated profession's requirement (the rest is its light),
and loopbaanbegeleiding when the person says they can fewer than ``LOW_FIT`` (a third) of the
essential competences: at that distance the question is less "what to learn" than "is this
the right goal", which is a conversation, not a course. Otherwise, when an EVC-traject is
within reach, that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.check import texts
from portfolio_app.check.evc import evc_info
from portfolio_app.check.explain import Line, contribution, open_point
from portfolio_app.check.facts import Facts
from portfolio_app.check.lights import warning_lights
from portfolio_app.check.model import LanguageView, PortfolioData, Target
from portfolio_app.check.rules import renewal
from portfolio_app.check.signals import Signal
from portfolio_app.check.standing import PortfolioStates
from portfolio_app.check.steps import learning_steps
from portfolio_app.domain import CompetenceClaim, ConceptRef, Validity
from portfolio_app.domain.check_result import (
    CURRENT_SCORING_VERSION,
    CheckResult,
    Contribution,
    EvcInfo,
    FutureCompetences,
    KunnenWillen,
    OpenPoint,
    Regulation,
    SignalShown,
    Standing,
    Tally,
    tally,
)
from portfolio_app.domain.steps import LearningStep
from portfolio_app.rights.view import RightsView, rights_view

LOW_FIT = 1 / 3
STEPS_FOR = 20
"""The most important open points of each list get their concrete learning steps: every
view shows fewer, and a large occupation has hundreds of points."""
NEUTRAL_WILLEN = 2


@dataclass(frozen=True, slots=True)
class TargetCompetence:
    """One competence that matters for the target, as the guided check's second step shows
    it: the claim to confirm (recency, willen) or, when ``claim`` is None, the question
    "kan je dit?"; ``related`` names a close competence the person has."""

    competence: ConceptRef
    essential: bool
    future: bool
    standing: Standing
    claim: CompetenceClaim | None
    last_shown: date | None
    willen: int | None
    related: ConceptRef | None


def portfolio_states(
    data: PortfolioData, view: LanguageView, today: date, wanted: Iterable[str] | None = None
) -> PortfolioStates:
    """The standing of the portfolio's concepts. With ``wanted``, only the concepts that can
    matter for those (themselves, their direct broader and narrower concepts) are assessed:
    a check of one target skips the rest of a large portfolio."""
    keep = None
    if wanted is not None:
        targets = set(wanted)
        near = targets | {parent for uri in targets for parent in view.parents(uri)}

        def keep(uri: str) -> bool:
            return uri in near or any(parent in targets for parent in view.parents(uri))

    return PortfolioStates(data, dict(view.qualification_competences), today, view.parents, keep)


def _lines(
    states: PortfolioStates, essential: Sequence[str], optional: Sequence[str]
) -> list[Line]:
    first = list(dict.fromkeys(essential))
    seen = set(first)
    rest = [uri for uri in dict.fromkeys(optional) if uri not in seen]
    lines = []
    for uri, is_essential in [*((u, True) for u in first), *((u, False) for u in rest)]:
        state = states.get(uri)
        if state is None:
            lines.append(Line(uri, is_essential, None, states.related(uri)))
        else:
            lines.append(Line(uri, is_essential, state, None, states.stale(state)))
    return lines


def target_competences(
    data: PortfolioData, target: Target, view: LanguageView, today: date
) -> list[TargetCompetence]:
    """The competences that matter for ``target``, essential ones first, for the guided
    check to confirm or ask about."""
    states = portfolio_states(data, view, today)
    found = []
    for line in _lines(states, target.essential, target.optional):
        state = line.state
        found.append(
            TargetCompetence(
                competence=view.ref(line.uri),
                essential=line.essential,
                future=view.has_flag(line.uri, "future"),
                standing=line.standing,
                claim=state.claim if state is not None else None,
                last_shown=state.last_shown if state is not None else None,
                willen=line.willen,
                related=view.ref(line.related[0]) if line.related else None,
            )
        )
    return found


def _kunnen_willen(lines: Sequence[Line], view: LanguageView) -> KunnenWillen:
    picture = KunnenWillen()
    pictured = [line for line in lines if line.said or (line.willen or 0) > NEUTRAL_WILLEN]
    for line in sorted(pictured, key=lambda x: view.sort_key(x.uri)):
        wants = line.willen if line.willen is not None else NEUTRAL_WILLEN
        ref = view.ref(line.uri)
        if line.said and wants >= NEUTRAL_WILLEN:
            picture.can_and_want.append(ref)
        elif line.said:
            picture.can_not_want.append(ref)
        elif wants > NEUTRAL_WILLEN:
            picture.want_cannot_yet.append(ref)
    return picture


def _signals_shown(signals: Sequence[Signal], today: date) -> list[SignalShown]:
    shown = []
    for s in signals:
        nl, en = s.describe(today)
        shown.append(
            SignalShown(
                occupation_uri=s.occupation_uri,
                occupation_label=s.occupation_label,
                tension_ratio=s.tension_ratio,
                shortage=s.shortage,
                source=s.source,
                date=s.date,
                note=s.note,
                old=s.is_old(today),
                text=nl,
                text_en=en,
            )
        )
    return shown


def _future(states: PortfolioStates, view: LanguageView, facts: Facts) -> FutureCompetences | None:
    future = facts.future
    if future is None:
        return None
    labels = dict(future.competences)
    items: list[Contribution] = []
    for line in _lines(states, (), [uri for uri, _ in future.competences]):
        item = contribution(line, view)
        # the list's own label, whatever the target: the section reads the same in every check
        item.competence = ConceptRef(uri=line.uri, label=labels[line.uri][0])
        items.append(item)
    return FutureCompetences(source=future.source, source_date=future.source_date, items=items)


def run_check(
    data: PortfolioData,
    target: Target,
    view: LanguageView,
    today: date,
    facts: Facts | None = None,
) -> CheckResult:
    """Hold the portfolio against ``target`` on ``today``, stating the ``facts`` given
    (none: the check says nothing about the labour market, EVC costs, regulation or the
    future competences)."""
    facts = facts or Facts()
    wanted = [*target.essential, *target.optional, *(target.evc.competences if target.evc else ())]
    if facts.future is not None:
        wanted += [uri for uri, _ in facts.future.competences]
    states = portfolio_states(data, view, today, wanted)
    lines = _lines(states, target.essential, target.optional)
    ordered = sorted(lines, key=lambda x: (not x.essential, view.sort_key(x.uri), x.uri))
    contributions = [contribution(line, view) for line in ordered]
    regulation = facts.regulated.get(target.occupation_uri) if facts.regulated else None
    if regulation is None and facts.regulated:
        regulation = facts.regulated.get(target.ref.uri)
    renewals = {
        lb.id: renewal(lb)
        for lb in data.leerbewijzen
        if lb.expires is not None and lb.validity(today) is not Validity.GELDIG
    }
    points = [
        open_point(
            line,
            view,
            renewals,
            evc=target.evc is not None,
            regulated=regulation is not None,
        )
        for line in lines
        if line.standing is not Standing.SHOWN
    ]
    points.sort(key=lambda p: (-p.importance, p.competence.label.lower(), p.competence.uri or ""))
    to_learn = [p for p in points if p.standing is not Standing.TO_PROVE]
    to_prove = [p for p in points if p.standing is Standing.TO_PROVE]
    rights = rights_view(facts.rights, data.situation, today) if facts.rights else None
    for point in (*to_learn[:STEPS_FOR], *to_prove[:STEPS_FOR]):
        point.steps = _steps(point, target, rights)
    target_signals = facts.signals.for_occupation(target.occupation_uri) if facts.signals else ()
    evc = _evc(target, states, contributions, view, facts, regulation, data, today)
    essential = [c for c in contributions if c.essential]
    summary = _summary(target, tally(essential), tally(contributions), points, regulation, evc)
    return CheckResult(
        target=target.ref,
        checked_on=today,
        scoring_version=CURRENT_SCORING_VERSION,
        contributions=contributions,
        to_learn=to_learn,
        to_prove=to_prove,
        warnings=warning_lights(
            data,
            view,
            lines,
            today,
            renewals=renewals,
            evc=evc,
            regulation=regulation,
            free_text=states.free_text,
        ),
        kunnen_willen=_kunnen_willen(lines, view),
        signals=_signals_shown(target_signals, today),
        evc=evc,
        future=_future(states, view, facts),
        regulation=regulation,
        summary=summary[0],
        summary_en=summary[1],
    )


def _steps(point: OpenPoint, target: Target, rights: RightsView | None) -> list[LearningStep]:
    return learning_steps(
        point.actions,
        point.competence,
        qualification=target.qualification,
        part=target.part_of(point.competence.uri),
        evc_qualification=target.evc.qualification if target.evc else None,
        rights=rights,
    )


def _evc(
    target: Target,
    states: PortfolioStates,
    contributions: list[Contribution],
    view: LanguageView,
    facts: Facts,
    regulation: Regulation | None,
    data: PortfolioData,
    today: date,
) -> EvcInfo | None:
    route = target.evc
    if route is None:
        return None
    route_uris = list(dict.fromkeys(route.competences))
    if set(route_uris) == {c.competence.uri for c in contributions}:
        counts = tally(contributions)
    else:
        counts = tally([contribution(line, view) for line in _lines(states, route_uris, ())])
    situation = data.situation.status if data.situation is not None else None
    return evc_info(
        route,
        facts.evc_costs,
        counts,
        regulation,
        situation=situation,
        rules=facts.rights,
        today=today,
    )


def first_sentence(text: str) -> str:
    """The first sentence of a bundled text, for the summary (the whole text is a light)."""
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _summary(
    target: Target,
    essential: Tally,
    everything: Tally,
    points: Sequence[OpenPoint],
    regulation: Regulation | None,
    evc: EvcInfo | None,
) -> texts.Text:
    name = texts.short(target.ref.label)
    if not everything.total:
        return texts.both(texts.NOTHING_TO_COMPARE, t=name)
    counts, which = (
        (essential, texts.ESSENTIAL_WORDS) if essential.total else (everything, texts.ALL_WORDS)
    )
    head = texts.said_and_shown(counts, which, name)
    if points:
        top = points[0]
        step = texts.first_step(
            texts.short(top.competence.label), top.actions[0], texts.short(top.renew)
        )
    else:
        step = texts.ALL_SHOWN
    closing: list[texts.Text] = []
    if regulation is not None:
        closing.append(
            (
                first_sentence(regulation.requirement),
                first_sentence(regulation.requirement_en or regulation.requirement),
            )
        )
    if counts.total and counts.said / counts.total < LOW_FIT:
        closing.append(texts.LOW_FIT_CLOSING)
    elif regulation is None and evc is not None and evc.ready:
        closing.append(texts.EVC_CLOSING)
    return texts.join(head, step, *closing)
