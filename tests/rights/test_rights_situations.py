"""What "Mijn rechten" shows per situation: a jobseeker sees the free EVC-traject and no
opleidingscheques; an employee sees opleidingscheques and loopbaancheques with their
conditions; no situation shows everything, "afhankelijk van je situatie"."""

from __future__ import annotations

from datetime import date

from portfolio_app.check import load_evc_costs
from portfolio_app.domain.enums import WorkStatus
from portfolio_app.domain.situation import Situation
from portfolio_app.rights.files import load_rights
from portfolio_app.rights.model import Applies, Rules
from portfolio_app.rights.view import RightsView, rights_view

TODAY = date(2026, 12, 4)


def _rules() -> Rules:
    rules = load_rights(load_evc_costs())
    assert rules is not None
    return rules


def _view(status: WorkStatus | None, set_on: date = date(2026, 11, 2)) -> RightsView:
    situation = Situation(status=status, set_on=set_on) if status is not None else None
    return rights_view(_rules(), situation, TODAY)


def _text(view: RightsView, lang: str = "nl") -> str:
    return "\n".join(line for r in view.shown for line in r.lines(view.situation, lang))


def test_a_jobseeker_sees_free_evc_and_no_opleidingscheques() -> None:
    view = _view(WorkStatus.WERKZOEKEND)
    shown = {r.id for r in view.shown}
    assert "opleidingscheques" not in shown and "vlaams-opleidingsverlof" not in shown
    assert {"evc-traject", "vdab-opleiding-werkzoekenden", "b-kot"} <= shown
    evc = view.get("evc-traject")
    assert evc is not None and evc.applies is Applies.JA
    figures = " ".join(f.text[0] for f in evc.figures)
    assert "gratis voor werkzoekenden" in figures and "141 euro" not in figures
    assert "opleidingscheques" in {r.id for r in view.not_for_you}
    assert "werkzoekend, ingeschreven bij de VDAB" in view.situation_text()[0]


def test_an_employee_sees_opleidingscheques_and_loopbaancheques_with_conditions() -> None:
    view = _view(WorkStatus.WERKNEMER)
    cheques, career = view.get("opleidingscheques"), view.get("loopbaancheques")
    assert cheques is not None and cheques.applies is Applies.JA
    assert career is not None and career.applies is Applies.JA
    text = _text(view)
    assert "Je bent werknemer of uitzendkracht" in text
    assert "Je hebt minstens 7 jaar werkervaring" in text
    assert "Voor jouw situatie (werkend, als werknemer)" in text
    assert "vdab-opleiding-werkzoekenden" not in {r.id for r in view.shown}
    evc = view.get("evc-traject")
    assert evc is not None and "141 euro" in evc.figures[0].text[0]
    assert all("gratis" not in f.text[0] for f in evc.figures)


def test_without_a_situation_everything_shows_depending_on_the_situation() -> None:
    view = _view(None)
    assert len(view.shown) == len(_rules().rules) and not view.not_for_you
    for right in view.shown:
        assert right.applies is None
        assert "Afhankelijk van je situatie" in right.status(None)[0]
    assert "afhankelijk van je situatie" in view.situation_text()[0]
    evc = view.get("evc-traject")
    assert evc is not None and len(evc.figures) == 2  # the fees and "gratis"


def test_a_self_employed_person_gets_career_vouchers_but_no_training_vouchers() -> None:
    view = _view(WorkStatus.ZELFSTANDIGE)
    shown = {r.id for r in view.shown}
    assert "loopbaancheques" in shown and "opleidingscheques" not in shown


def test_a_civil_servant_gets_training_vouchers_but_no_private_sector_leave() -> None:
    view = _view(WorkStatus.AMBTENAAR)
    shown = {r.id for r in view.shown}
    assert "opleidingscheques" in shown and "vlaams-opleidingsverlof" not in shown


def test_figures_older_than_a_school_year_say_check_the_amount() -> None:
    view = _view(WorkStatus.WERKNEMER)
    cheques = view.get("opleidingscheques")
    assert cheques is not None
    (figure,) = cheques.figures
    assert figure.old
    warning = figure.warning(cheques.rule.check_label)[0]
    assert "controleer het bedrag" in warning and "oktober 2020" in warning
    leave = view.get("vlaams-opleidingsverlof")
    assert (
        leave is not None
        and "controleer het aantal uren" in leave.figures[0].warning(leave.rule.check_label)[0]
    )
    # a figure of the current school year is not questioned
    recent = rights_view(_rules(), None, date(2024, 2, 1)).get("evc-traject")
    assert recent is not None and not any(f.old for f in recent.figures)


def test_a_measure_that_ended_says_so() -> None:
    right = _view(None).get("knelpuntpremie")
    assert right is not None and right.ended
    assert "liep tot 31 oktober 2024" in right.ended_text()[0]
    before = rights_view(_rules(), None, date(2024, 3, 1)).get("knelpuntpremie")
    assert before is not None and not before.ended


def test_an_old_situation_is_questioned() -> None:
    fresh = _view(WorkStatus.WERKNEMER, date(2026, 1, 15))
    assert not fresh.confirm and "Klopt dit nog?" not in fresh.situation_text()[0]
    old = _view(WorkStatus.WERKNEMER, date(2025, 12, 1))
    assert old.confirm and "Klopt dit nog?" in old.situation_text()[0]
    assert "december 2025" in old.situation_text()[0]


def test_every_situation_sees_every_rule_once() -> None:
    total = len(_rules().rules)
    for status in WorkStatus:
        view = _view(status)
        ids = [r.id for r in (*view.shown, *view.not_for_you)]
        assert len(ids) == len(set(ids)) == total
        assert all(r.applies is not Applies.NEE for r in view.shown)


def test_english_texts_are_complete() -> None:
    view = _view(WorkStatus.WERKZOEKEND)
    text = _text(view, "en")
    assert "free for jobseekers" in text and "Check with:" in text
