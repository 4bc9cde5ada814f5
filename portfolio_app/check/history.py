"""Progress between two saved checks of the same target: what the person said they could and
what the portfolio showed, then and now.

It compares what was saved, not a re-run: the user sees what the app told them then. The
counts are each check's own ``tally``, so the history says exactly what each result said.
When the two checks were made by different rules (``scoring_version``), the comparison says
so, since part of the change is then the app's and not the user's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.domain import ConceptRef, TargetRef
from portfolio_app.domain.check_result import CheckResult, Contribution, Standing, Tally
from portfolio_app.errors import InvalidInput


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


def compare_checks(earlier: CheckResult, later: CheckResult) -> Progress:
    """What changed from ``earlier`` to ``later`` (two checks of the same target)."""
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
    )


def latest_progress(history: Sequence[CheckResult]) -> Progress | None:
    """Progress from the one-but-last to the last check of a target's history (oldest
    first, as ``portfolio.checks.for_target`` gives it); None with fewer than two."""
    if len(history) < 2:
        return None
    return compare_checks(history[-2], history[-1])
