"""The check's EVC card follows the person's situation by the rules of "Mijn rechten": a
jobseeker sees that it was free and is offered no opleidingscheques; an employee sees the fee
and both ways to pay; without a situation every way to pay says whom it is for. Amounts of
an earlier school year say "controleer het bedrag", and the CLI shows all of it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from portfolio_app.check import Facts, PortfolioData, load_evc_costs
from portfolio_app.domain.check_result import EvcInfo
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.domain.situation import Situation
from portfolio_app.language import CompetenceLanguage
from portfolio_app.rights.files import load_rights
from tests.check.checkhelp import HEFTRUCK, OCC_HEFTRUCK, TODAY, check, claim

Cli = Callable[..., tuple[int, str, str]]


def _facts() -> Facts:
    costs = load_evc_costs()
    return Facts(evc_costs=costs, rights=load_rights(costs))


def _evc(language: CompetenceLanguage, status: WorkStatus | None, today: date = TODAY) -> EvcInfo:
    situation = Situation(status=status, set_on=date(2025, 1, 1)) if status else None
    portfolio = PortfolioData.of([claim(HEFTRUCK, level=3)], situation=situation)
    result = check(language, portfolio, OCC_HEFTRUCK, today=today, facts=_facts())
    assert result.evc is not None
    return result.evc


def test_a_jobseeker_sees_it_was_free_and_no_training_vouchers(
    check_language: CompetenceLanguage,
) -> None:
    evc = _evc(check_language, WorkStatus.WERKZOEKEND)
    assert evc.situation is WorkStatus.WERKZOEKEND
    assert [c.amount_eur for c in evc.costs if c.applies] == [0.0]
    assert "gratis in schooljaar 2023-2024" in evc.message
    assert not any("opleidingscheques" in c for c in evc.conditions)
    assert not any("opleidingsverlof" in c for c in evc.conditions)


def test_an_employee_sees_the_fee_and_both_ways_to_pay(check_language: CompetenceLanguage) -> None:
    evc = _evc(check_language, WorkStatus.WERKNEMER)
    assert [c.amount_eur for c in evc.costs if c.applies] == [141.0]
    assert "141 euro in schooljaar 2023-2024" in evc.message
    assert any("opleidingscheques" in c for c in evc.conditions)
    assert any("opleidingsverlof" in c for c in evc.conditions)
    assert not any("Alleen voor" in c for c in evc.conditions)  # they are for this person


def test_self_employed_people_get_no_vouchers_or_leave(check_language: CompetenceLanguage) -> None:
    evc = _evc(check_language, WorkStatus.ZELFSTANDIGE)
    assert evc.conditions == [] and "141 euro" in evc.message


def test_without_a_situation_every_way_to_pay_says_whom_it_is_for(
    check_language: CompetenceLanguage,
) -> None:
    evc = _evc(check_language, None)
    assert evc.situation is None
    cheques = next(c for c in evc.conditions if "opleidingscheques" in c)
    assert "Alleen voor werknemers" in cheques
    assert "Voor werkzoekenden was een door de VDAB erkend traject gratis." in evc.message
    assert any("Only for employees" in c for c in evc.conditions_en)


def test_amounts_of_an_earlier_school_year_say_check_the_amount(
    check_language: CompetenceLanguage,
) -> None:
    old = _evc(check_language, None, today=date(2026, 12, 4))
    assert old.check_amount and "controleer het bedrag" in old.message
    assert "veranderen elk schooljaar" in old.message
    current = _evc(check_language, None, today=date(2024, 3, 1))
    assert not current.check_amount and "controleer het bedrag" not in current.message
    assert "veranderen elk schooljaar" in current.message


@pytest.fixture
def vault(template_vault: Path, isolated_home: Path) -> Path:
    isolated_home.mkdir(parents=True, exist_ok=True)
    path = isolated_home / "portfolio.vault"
    shutil.copyfile(template_vault, path)
    return path


def test_the_cli_shows_the_evc_costs_and_free_for_jobseekers(cli: Cli, vault: Path) -> None:
    assert cli("competence", "add", "heftruck besturen", "--level", "3")[0] == 0
    code, out, err = cli("check", "heftruckchauffeur", "--kind", "beroep", "--no-save")
    assert code == 0, err
    assert "EVC-traject:" in out and "Wat kost het?" in out
    assert "Gratis voor werkzoekenden in een door de VDAB erkend EVC-traject: gratis" in out
    assert "Alleen voor werknemers" in out
    assert cli("profile", "--situation", "werkzoekend")[0] == 0
    code, out, err = cli("check", "heftruckchauffeur", "--kind", "beroep", "--no-save")
    assert code == 0, err
    evc = out.split("\nEVC-traject:\n")[1].split("Wat vroeg de arbeidsmarkt?")[0]
    assert "gratis in schooljaar 2023-2024" in evc and "opleidingscheques" not in evc
    assert "→ Gratis voor werkzoekenden" in evc
