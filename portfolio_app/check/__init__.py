"""The competence check: the portfolio held against an occupation or a (partial)
qualification, career steps, the action plan and progress over time.

The engine is pure (see ``model``): ``load`` gathers its inputs from an open vault and
language, ``files`` reads the bundled facts (signals, EVC costs, regulated professions,
future competences). Where the person stands on a competence — what they say, and what shows
it — is ``standing`` and ``evidence``; the reasons are in ``docs/check.md``.

Typical use (GUI or CLI)::

    data = snapshot(portfolio)
    target = resolve_target(language, "heftruckchauffeur", TargetKind.BEROEP)
    view = language_view(language, data, [target])
    result = run_check(data, target, view, date.today(), load_facts(paths))
"""

from portfolio_app.check.careers import CareerIndex, CareerStep, rank_careers
from portfolio_app.check.engine import TargetCompetence, run_check, target_competences
from portfolio_app.check.evc import EvcCosts
from portfolio_app.check.facts import Facts
from portfolio_app.check.files import (
    import_signals,
    load_evc_costs,
    load_facts,
    load_future,
    load_regulated,
    load_signals,
)
from portfolio_app.check.history import Progress, compare_checks, latest_progress
from portfolio_app.check.load import (
    AmbiguousTarget,
    TargetOption,
    career_index,
    language_view,
    load_plan,
    load_target,
    resolve_target,
    snapshot,
)
from portfolio_app.check.model import EvcRoute, LanguageView, PortfolioData, Target
from portfolio_app.check.plan import propose_plan
from portfolio_app.check.signals import Signal, SignalTable, parse_signals
from portfolio_app.check.steps import PlanEntry, learning_steps
from portfolio_app.check.texts import DISCLAIMER
from portfolio_app.domain.check_result import CURRENT_SCORING_VERSION as SCORING_VERSION

__all__ = [
    "DISCLAIMER",
    "SCORING_VERSION",
    "AmbiguousTarget",
    "CareerIndex",
    "CareerStep",
    "EvcCosts",
    "EvcRoute",
    "Facts",
    "LanguageView",
    "PlanEntry",
    "PortfolioData",
    "Progress",
    "Signal",
    "SignalTable",
    "Target",
    "TargetCompetence",
    "TargetOption",
    "career_index",
    "compare_checks",
    "import_signals",
    "language_view",
    "latest_progress",
    "learning_steps",
    "load_plan",
    "load_evc_costs",
    "load_facts",
    "load_future",
    "load_regulated",
    "load_signals",
    "load_target",
    "parse_signals",
    "propose_plan",
    "rank_careers",
    "resolve_target",
    "run_check",
    "snapshot",
    "target_competences",
]
