"""The situation in the profile and the dated history of the action plan, as stored."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from portfolio_app.domain import ActionPlanItem, revised
from portfolio_app.domain.enums import PlanStatus, WorkStatus
from portfolio_app.domain.plan import closed_as
from portfolio_app.domain.situation import Situation
from portfolio_app.vault import Portfolio
from tests.vault.make_version_fixture import FIXTURE_PASSPHRASE, fixture_path


def test_a_profile_of_every_earlier_version_reads_without_a_situation(tmp_path: Path) -> None:
    """The situation is a new optional field of the profile's JSON: older vaults have none,
    and no schema step is needed (see vault/migrations.py)."""
    path = tmp_path / "old.vault"
    shutil.copyfile(fixture_path(1), path)
    with Portfolio.open(path, FIXTURE_PASSPHRASE) as portfolio:
        profile = portfolio.profile.get()
        assert profile.given_name == "Fixture" and profile.situation is None
        situation = Situation(status=WorkStatus.WERKZOEKEND, set_on=date(2026, 3, 2))
        portfolio.profile.save(revised(profile, situation=situation))
    with Portfolio.open(path, FIXTURE_PASSPHRASE) as portfolio:
        assert portfolio.profile.get().situation == situation
        assert portfolio.integrity_problems() == []


def test_closing_a_plan_item_dates_it_and_reopening_clears_it(portfolio: Portfolio) -> None:
    item = portfolio.plan.add(ActionPlanItem(goal="Volg een opleiding heftruck"))
    assert item.closed_on is None
    done = portfolio.plan.update(revised(item, status=PlanStatus.KLAAR))
    assert done.closed_on == date.today()
    assert portfolio.plan.get(item.id).closed_on == date.today()
    edited = portfolio.plan.update(revised(done, notes="Geslaagd"))
    assert edited.closed_on == date.today()  # an edit that keeps the status keeps the day
    reopened = portfolio.plan.update(revised(edited, status=PlanStatus.BEZIG))
    assert reopened.closed_on is None
    kept = date(2026, 1, 5)
    given = portfolio.plan.update(revised(reopened, status=PlanStatus.KLAAR, closed_on=kept))
    assert given.closed_on == kept  # a day the caller gives is kept


def test_closed_as_keeps_the_first_day_it_was_closed() -> None:
    item = ActionPlanItem(goal="X")
    day = date(2026, 2, 1)
    done = closed_as(item, PlanStatus.KLAAR, day)
    assert done.closed_on == day
    dropped = closed_as(done, PlanStatus.GESCHRAPT, day + timedelta(days=9))
    assert dropped.closed_on == day and dropped.status is PlanStatus.GESCHRAPT
    assert closed_as(dropped, PlanStatus.OPEN, day).closed_on is None
