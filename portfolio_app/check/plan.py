"""From a check to an action plan: concrete, dated steps for the most important gaps.

Proposals are only proposals: nothing is stored here; the GUI shows them to edit and the CLI
stores them on request. A gap that already has an open plan item for the same target is
skipped, so running "make a plan" twice does not double the plan.

Proposals come from both lists of the check, most important first: what to learn (not in
the portfolio, said "not yet", below the level asked) and what to prove (said, not shown).

Due dates (``DUE_DAYS``) follow what the step takes: checking whether you can already do
something, gathering evidence or booking a talk with a counsellor is a matter of weeks;
renewing a leerbewijs or an EVC-traject needs a date at a test centre; a course or learning
on the job takes a season.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from portfolio_app.check import texts
from portfolio_app.check.engine import LOW_FIT
from portfolio_app.domain import ActionPlanItem, ConceptRef
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import ActionKind

DUE_DAYS: dict[ActionKind, int] = {
    ActionKind.ZELF_NAGAAN: 14,
    ActionKind.HERNIEUWEN: 90,
    ActionKind.BEWIJS_VERZAMELEN: 30,
    ActionKind.LOOPBAANBEGELEIDING: 30,
    ActionKind.EVC_TRAJECT: 90,
    ActionKind.OPLEIDING: 180,
    ActionKind.WERKPLEKLEREN: 180,
}


def _key(item: ActionPlanItem) -> tuple[str, str, str]:
    competence = (item.competence.uri or item.competence.label) if item.competence else ""
    return (item.target.uri if item.target else "", competence, item.action_kind.value)


def propose_plan(
    result: CheckResult,
    today: date,
    *,
    top: int = 5,
    existing: Sequence[ActionPlanItem] = (),
    lang: str = "nl",
) -> list[ActionPlanItem]:
    """Plan items for the ``top`` most important gaps of ``result``, plus one for an
    EVC-traject when the portfolio looks ready for it, and one for a talk with a career
    counsellor when the fit is low. What already has an open item in ``existing`` is not
    proposed again, nor is a goal that is already open (two competences shown by one expired
    leerbewijs make one renewal); so asking twice adds nothing, and the next points come in
    when the first are done or dropped."""
    pick = 1 if lang == "en" else 0
    taken = {_key(item) for item in existing if item.is_open}
    goals = {item.goal for item in existing if item.is_open}
    proposed: list[ActionPlanItem] = []

    def propose(
        kind: ActionKind, goal: str, notes: str, competence: ConceptRef | None = None
    ) -> None:
        item = ActionPlanItem.model_validate(
            {
                "goal": goal,
                "action_kind": kind,
                "competence": competence,
                "target": result.target,
                "due": today + timedelta(days=DUE_DAYS[kind]),
                "notes": notes,
                "created": today,
            }
        )
        if _key(item) not in taken and item.goal not in goals:
            taken.add(_key(item))
            goals.add(item.goal)
            proposed.append(item)

    target, day = texts.short(result.target.label), result.checked_on.isoformat()
    origin = (
        f"Uit de check voor '{target}' van {day}.",
        f"From the check for '{target}' of {day}.",
    )
    points = sorted(
        [p for p in (*result.to_learn, *result.to_prove) if p.actions],
        key=lambda p: (-p.importance, p.competence.label.lower()),
    )
    for point in points[: max(top, 0)]:
        kind = point.actions[0]
        subject = point.renew if kind is ActionKind.HERNIEUWEN and point.renew else None
        goal = texts.both(texts.GOALS[kind], x=texts.short(subject or point.competence.label))
        reason = (point.reason, point.reason_en or point.reason)
        notes = texts.join(reason, origin)
        propose(kind, goal[pick], notes[pick], point.competence)
    evc = result.evc
    if evc is not None and evc.ready:
        name = texts.short(evc.qualification.label)
        goal = (f"Start een EVC-traject voor '{name}'", f"Start an EVC procedure for '{name}'")
        propose(ActionKind.EVC_TRAJECT, goal[pick], (evc.message, evc.message_en)[pick])
    counts = result.headline()
    if result.to_learn and counts.total and counts.said / counts.total < LOW_FIT:
        goal = (
            f"Bespreek met een loopbaanbegeleider of '{target}' bij je past",
            f"Discuss with a career counsellor whether '{target}' suits you",
        )
        propose(ActionKind.LOOPBAANBEGELEIDING, goal[pick], origin[pick])
    return proposed
