"""Progress between two saved checks of the same target: coverage then and now, gaps closed.

It compares what was saved, not a re-run: the user sees what the app told them then. When the
two checks were scored by different rules (``scoring_version``), the comparison says so, since
part of the change is then the app's and not the user's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from portfolio_app.check import texts
from portfolio_app.domain import ConceptRef, TargetRef
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class Progress:
    target: TargetRef
    before: date
    after: date
    coverage_before: float
    coverage_after: float
    essential_before: float
    essential_after: float
    optional_before: float
    optional_after: float
    closed_gaps: tuple[ConceptRef, ...]
    new_gaps: tuple[ConceptRef, ...]
    same_scoring: bool

    @property
    def change(self) -> float:
        return round(self.coverage_after - self.coverage_before, 4)

    def text(self) -> texts.Text:
        """One or two sentences for the history view."""
        b_nl, b_en = self.before.strftime("%d-%m-%Y"), self.before.isoformat()
        before, after = texts.percent(self.coverage_before), texts.percent(self.coverage_after)
        nl = f"Op {b_nl} dekte je portfolio {before} van '{self.target.label}', nu {after}."
        en = f"On {b_en} your portfolio covered {before} of '{self.target.label}', now {after}."
        if self.closed_gaps:
            names = ", ".join(g.label for g in self.closed_gaps)
            nl += f" Weggewerkt: {names}."
            en += f" Closed: {names}."
        if not self.same_scoring:
            nl += " Let op: de app rekent intussen anders; een deel van het verschil komt daarvan."
            en += " Note: the app now scores differently, so part of the change comes from that."
        return nl, en


def _key(ref: ConceptRef) -> str:
    return ref.uri or ref.label


def compare_checks(earlier: CheckResult, later: CheckResult) -> Progress:
    """What changed from ``earlier`` to ``later`` (two checks of the same target)."""
    if earlier.target.uri != later.target.uri:
        raise InvalidInput(
            "Je kunt alleen twee checks van hetzelfde doel vergelijken.",
            "You can only compare two checks of the same target.",
        )
    if later.checked_on < earlier.checked_on:
        earlier, later = later, earlier
    then = {_key(g.competence): g.competence for g in earlier.gaps}
    now = {_key(g.competence): g.competence for g in later.gaps}
    # Closed means still asked for and no longer a gap, not dropped by a changed language.
    still_asked = {_key(c.competence) for c in later.contributions}
    return Progress(
        target=later.target,
        before=earlier.checked_on,
        after=later.checked_on,
        coverage_before=earlier.coverage,
        coverage_after=later.coverage,
        essential_before=earlier.coverage_essential,
        essential_after=later.coverage_essential,
        optional_before=earlier.coverage_optional,
        optional_after=later.coverage_optional,
        closed_gaps=tuple(
            ref for key, ref in then.items() if key in still_asked and key not in now
        ),
        new_gaps=tuple(ref for key, ref in now.items() if key not in then),
        same_scoring=earlier.scoring_version == later.scoring_version,
    )


def latest_progress(history: Sequence[CheckResult]) -> Progress | None:
    """Progress from the one-but-last to the last check of a target's history (oldest
    first, as ``portfolio.checks.for_target`` gives it); None with fewer than two."""
    if len(history) < 2:
        return None
    return compare_checks(history[-2], history[-1])
