"""Progress between two saved checks of the same target: what the person said they could and
what the portfolio showed, then and now.

It compares what was saved, not a re-run: the user sees what the app told them then. The
counts are each check's own ``tally``, so the history says exactly what each result said.
When the two checks were made by different rules (``scoring_version``), the comparison says
so, since part of the change is then the app's and not the user's.

The action plan keeps its history (``ActionPlanItem.closed_on``), so a check after an action
can say what changed: the comparison names the steps done between the two checks, and
``followups`` says, per step done, what the latest check after it says about its
competence, next to what the last check before it said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.check import texts
from portfolio_app.domain import ActionPlanItem, ConceptRef, TargetRef
from portfolio_app.domain.check_result import CheckResult, Contribution, Standing, Tally
from portfolio_app.domain.enums import PlanStatus
from portfolio_app.errors import InvalidInput

STANDING_WORDS: dict[Standing, texts.Text] = {
    Standing.SHOWN: ("aangetoond", "shown"),
    Standing.TO_PROVE: (
        "je zegt dat je het kunt, nog te bewijzen",
        "you say you can, still to prove",
    ),
    Standing.LOWER_LEVEL: ("lager dan het gevraagde niveau", "below the level asked"),
    Standing.NOT_YET: ("je zei dat je het nog niet kunt", "you said you cannot do it yet"),
    Standing.NOT_SAID: ("nog niet in je portfolio", "not in your portfolio yet"),
}


@dataclass(frozen=True, slots=True)
class Progress:
    target: TargetRef
    before: date
    after: date
    counts_before: Tally
    counts_after: Tally
    newly_said: tuple[ConceptRef, ...]
    newly_shown: tuple[ConceptRef, ...]
    no_longer: tuple[ConceptRef, ...]
    same_scoring: bool
    actions_done: tuple[ActionPlanItem, ...] = ()
    """Plan steps for this target marked klaar between the two checks."""

    @property
    def moved(self) -> bool:
        return bool(self.newly_said or self.newly_shown)

    def text(self) -> tuple[str, str]:
        """One or two sentences for the history view."""
        b_nl, b_en = self.before.strftime("%d-%m-%Y"), self.before.isoformat()
        then, now = self.counts_before, self.counts_after
        nl = (
            f"Op {b_nl} zei je {then.said} van de {then.total} essentiële competenties te "
            f"kunnen en toonde je portfolio er {then.shown} aan; nu zijn dat er {now.said} "
            f"en {now.shown}."
        )
        en = (
            f"On {b_en} you said you could do {then.said} of the {then.total} essential "
            f"competences and your portfolio showed {then.shown}; now {now.said} and "
            f"{now.shown}."
        )
        if self.actions_done:
            done = "; ".join(texts.short(i.goal, 80) for i in self.actions_done)
            count = len(self.actions_done)
            nl += f" Tussen de twee checks werkte je {count} actie(s) af: {done}."
            en += f" Between the two checks you finished {count} action(s): {done}."
        if self.newly_shown:
            names = ", ".join(g.label for g in self.newly_shown)
            nl += f" Nieuw aangetoond: {names}."
            en += f" Newly shown: {names}."
        if not self.same_scoring:
            nl += " Let op: de app rekent intussen anders; een deel van het verschil komt daarvan."
            en += " Note: the app now counts differently, so part of the change comes from that."
        return nl, en


def _key(ref: ConceptRef) -> str:
    return ref.uri or ref.label


def _said(item: Contribution | None) -> bool:
    return item is not None and item.said


def _shown(item: Contribution | None) -> bool:
    return item is not None and item.standing is Standing.SHOWN


def compare_checks(
    earlier: CheckResult, later: CheckResult, plan: Iterable[ActionPlanItem] = ()
) -> Progress:
    """What changed from ``earlier`` to ``later`` (two checks of the same target), and which
    steps of ``plan`` for that target were done in between."""
    if earlier.target.uri != later.target.uri:
        raise InvalidInput(
            "Je kunt alleen twee checks van hetzelfde doel vergelijken.",
            "You can only compare two checks of the same target.",
        )
    if later.checked_on < earlier.checked_on:
        earlier, later = later, earlier
    then = {_key(c.competence): c for c in earlier.contributions}

    def was(c: Contribution) -> Contribution | None:
        return then.get(_key(c.competence))

    now = later.contributions
    newly_said = tuple(c.competence for c in now if c.said and not _said(was(c)))
    newly_shown = tuple(c.competence for c in now if _shown(c) and not _shown(was(c)))
    no_longer = tuple(c.competence for c in now if not c.said and _said(was(c)))
    done = tuple(
        item
        for item in plan
        if item.status is PlanStatus.KLAAR
        and item.closed_on is not None
        and item.target is not None
        and item.target.uri == later.target.uri
        and earlier.checked_on <= item.closed_on <= later.checked_on
    )
    return Progress(
        target=later.target,
        before=earlier.checked_on,
        after=later.checked_on,
        counts_before=earlier.headline(),
        counts_after=later.headline(),
        newly_said=newly_said,
        newly_shown=newly_shown,
        no_longer=no_longer,
        same_scoring=earlier.scoring_version == later.scoring_version,
        actions_done=done,
    )


def latest_progress(
    history: Sequence[CheckResult], plan: Iterable[ActionPlanItem] = ()
) -> Progress | None:
    """Progress from the one-but-last to the last check of a target's history (oldest
    first, as ``portfolio.checks.for_target`` gives it); None with fewer than two."""
    if len(history) < 2:
        return None
    return compare_checks(history[-2], history[-1], plan)


@dataclass(frozen=True, slots=True)
class Followup:
    """What the checks say about a done step's competence, before and after it."""

    item: ActionPlanItem
    before: Contribution | None  # in the last check before it was done
    before_on: date | None
    after: Contribution | None  # in the latest check after that day
    after_on: date

    def text(self) -> texts.Text:
        assert self.item.closed_on is not None and self.item.competence is not None
        done = texts.month_year(self.item.closed_on)
        day = (
            f"{self.item.closed_on.day} {done[0]}",
            f"{self.item.closed_on.day} {done[1]}",
        )
        name = texts.short(self.item.competence.label, 80)
        now = STANDING_WORDS[self.after.standing if self.after else Standing.NOT_SAID]
        after = self.after_on.strftime("%d-%m-%Y"), self.after_on.isoformat()
        nl = f"Klaar op {day[0]}. De check van {after[0]} zegt over '{name}': {now[0]}"
        en = f"Done on {day[1]}. The check of {after[1]} says about '{name}': {now[1]}"
        if self.before is not None:
            then = STANDING_WORDS[self.before.standing]
            if then != now:
                nl += f" (daarvoor: {then[0]})"
                en += f" (before: {then[1]})"
            else:
                nl += " (nog hetzelfde als ervoor)"
                en += " (the same as before)"
        return nl + ".", en + "."


def _contribution(check: CheckResult, competence: ConceptRef) -> Contribution | None:
    key = _key(competence)
    return next((c for c in check.contributions if _key(c.competence) == key), None)


def followups(
    items: Iterable[ActionPlanItem], checks: Iterable[CheckResult]
) -> dict[str, Followup]:
    """Per step done (klaar, with its day, a competence and a target): what the latest check
    of that target after that day says about the competence, and what the last one before
    it said. Steps without a later check are left out: nothing to say yet."""
    by_target: dict[str, list[CheckResult]] = {}
    for check in sorted(checks, key=lambda c: c.checked_on):
        by_target.setdefault(check.target.uri, []).append(check)
    found: dict[str, Followup] = {}
    for item in items:
        if (
            item.status is not PlanStatus.KLAAR
            or item.closed_on is None
            or item.competence is None
            or item.target is None
        ):
            continue
        history = by_target.get(item.target.uri, [])
        closed, created = item.closed_on, item.created
        # a check on the day the step was done counts as after it, unless the step was
        # made that same day (then it is most likely the check the step came from)
        later = [
            c
            for c in history
            if c.checked_on > closed or (c.checked_on == closed and closed > created)
        ]
        if not later:
            continue
        earlier = [c for c in history if c not in later]
        before = earlier[-1] if earlier else None
        found[item.id] = Followup(
            item=item,
            before=_contribution(before, item.competence) if before else None,
            before_on=before.checked_on if before else None,
            after=_contribution(later[-1], item.competence),
            after_on=later[-1].checked_on,
        )
    return found
