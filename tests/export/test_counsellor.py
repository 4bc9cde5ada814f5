"""The short report for a loopbaanbegeleider: the last check, the person's wishes, the action
plan with its status and history, and the rights that can apply; third person; the situation
only when chosen."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from portfolio_app.check import load_evc_costs
from portfolio_app.cli import main
from portfolio_app.domain import (
    ActionPlanItem,
    CheckResult,
    CompetenceClaim,
    ConceptRef,
    Contribution,
    KunnenWillen,
    OpenPoint,
    Profile,
    Standing,
    TargetRef,
    revised,
)
from portfolio_app.domain.enums import ActionKind, PlanStatus, TargetKind, WorkStatus
from portfolio_app.domain.situation import Situation
from portfolio_app.export.counsellor import render_counsellor
from portfolio_app.export.options import CounsellorOptions, PersonalField
from portfolio_app.rights.files import load_rights
from portfolio_app.rights.model import Rules
from portfolio_app.vault import Portfolio
from tests.conftest import PASSPHRASE

CREATED = date(2026, 12, 4)
TARGET = TargetRef(
    uri="urn:test:bk:heftruck", label="Heftruckchauffeur", kind=TargetKind.BEROEPSKWALIFICATIE
)
FORKLIFT = ConceptRef(uri="urn:test:c:heftruck", label="heftruck besturen")
SAFETY = ConceptRef(uri="urn:test:c:veilig", label="veilig werken")


def text_of(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _rules() -> Rules:
    rules = load_rights(load_evc_costs())
    assert rules is not None
    return rules


def _check(day: date, forklift: Standing) -> CheckResult:
    return CheckResult(
        target=TARGET,
        checked_on=day,
        contributions=[
            Contribution(competence=FORKLIFT, essential=True, standing=forklift),
            Contribution(competence=SAFETY, essential=True, standing=Standing.NOT_SAID),
        ],
        to_learn=[
            OpenPoint(
                competence=SAFETY,
                essential=True,
                standing=Standing.NOT_SAID,
                importance=3,
                actions=[ActionKind.ZELF_NAGAAN, ActionKind.OPLEIDING],
                reason="Staat nog niet in je portfolio.",
            )
        ],
        kunnen_willen=KunnenWillen(can_and_want=[FORKLIFT], want_cannot_yet=[SAFETY]),
    )


@pytest.fixture
def prepared(portfolio: Portfolio) -> Portfolio:
    portfolio.profile.save(
        Profile(
            given_name="Noor",
            family_name="Vermeulen",
            emails=["noor@example.org"],
            situation=Situation(status=WorkStatus.WERKZOEKEND, set_on=date(2025, 10, 3)),
        )
    )
    portfolio.claims.add(CompetenceClaim(concept_uri=FORKLIFT.uri, label=FORKLIFT.label, willen=3))
    portfolio.claims.add(CompetenceClaim(label="betalingen verwerken", willen=1))
    portfolio.checks.add(_check(date(2026, 10, 1), Standing.TO_PROVE))
    done = portfolio.plan.add(
        ActionPlanItem(
            goal="Voeg bewijs toe voor 'heftruck besturen'",
            action_kind=ActionKind.BEWIJS_VERZAMELEN,
            competence=FORKLIFT,
            target=TARGET,
            created=date(2026, 10, 1),
        )
    )
    portfolio.plan.update(revised(done, status=PlanStatus.KLAAR, closed_on=date(2026, 11, 2)))
    portfolio.plan.add(
        ActionPlanItem(
            goal="Volg een opleiding in 'veilig werken'",
            action_kind=ActionKind.OPLEIDING,
            competence=SAFETY,
            target=TARGET,
            due=CREATED - timedelta(days=5),
            created=date(2026, 10, 1),
        )
    )
    portfolio.checks.add(_check(date(2026, 12, 1), Standing.SHOWN))
    return portfolio


def _render(portfolio: Portfolio, **options: object) -> str:
    chosen = CounsellorOptions(created=CREATED, **options)  # type: ignore[arg-type]
    return text_of(render_counsellor(portfolio, chosen, _rules()))


def test_the_report_holds_check_wishes_plan_and_rights(prepared: Portfolio) -> None:
    text = _render(prepared, include_situation=True)
    assert "VOOR DE LOOPBAANBEGELEIDER" in text and "Noor Vermeulen" in text
    assert "maakte Noor Vermeulen zelf met de app Portfolio" in text
    # the last check, in the third person
    assert "Volgens de eigen inschatting van de persoon: 2 van de 2" not in text
    assert "Volgens de eigen inschatting van de persoon: 1 van de 2" in text
    assert "Daarvan aangetoond: 1" in text
    assert "veilig werken" in text and "nog niet in het portfolio" in text
    # wishes
    assert "WAT DE PERSOON WIL" in text
    assert "Doet graag: heftruck besturen" in text and "Wil niet meer doen: betalingen" in text
    # the plan with its status and history
    assert "klaar op 2 november 2026" in text and "(te laat)" in text
    assert "Check van 1 december 2026: aangetoond (daarvoor: zegt het te kunnen" in text
    assert "Afgewerkte acties blijven staan met hun datum" in text
    # the situation, and the rights for it
    assert "Volgens de persoon: werkzoekend, ingeschreven bij de VDAB" in text
    assert "vraag of het nog klopt" in text  # given over a year ago
    assert "Gratis erkende VDAB-opleiding voor werkzoekenden" in text
    assert "gratis voor werkzoekenden" in text and "controleer het bedrag" in text
    assert "Niet voor de opgegeven situatie: Loopbaancheques, Opleidingscheques" in text
    assert "Je zegt" not in text and "je portfolio" not in text.lower().replace("het portfolio", "")


def test_the_situation_stays_out_unless_chosen(prepared: Portfolio) -> None:
    text = _render(prepared)
    assert "werkzoekend" not in text.lower().replace("voor werkzoekenden", "").replace(
        "werkzoekenden", ""
    )
    assert "SITUATIE" not in text
    assert "Hangt af van de situatie (niet vermeld in dit overzicht)" in text
    assert "Opleidingscheques" in text and "Loopbaancheques" in text  # all, as depending


def test_chosen_fields_only_and_english(prepared: Portfolio) -> None:
    text = _render(prepared, fields=frozenset(), lang="en")
    assert "Noor" not in text and "noor@example.org" not in text
    assert "the person made this overview" not in text  # capitalised at the start
    assert "The person made this overview" in text
    assert "LATEST COMPETENCE CHECK" in text and "ACTION PLAN" in text
    reader = PdfReader(
        io.BytesIO(
            render_counsellor(prepared, CounsellorOptions(created=CREATED, lang="en"), _rules())
        )
    )
    assert reader.metadata is not None and reader.metadata.title.startswith(
        "For the career counsellor"
    )


def test_the_same_content_gives_the_same_bytes(prepared: Portfolio) -> None:
    options = CounsellorOptions(created=CREATED, fields=frozenset({PersonalField.NAME}))
    first = render_counsellor(prepared, options, _rules())
    assert first == render_counsellor(prepared, options, _rules())


def test_an_empty_portfolio_still_makes_a_report(portfolio: Portfolio) -> None:
    text = _render(portfolio)
    assert "nog geen competentiecheck" in text and "Het actieplan is nog leeg" in text


def test_the_cli_writes_the_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("PORTFOLIO_PASSPHRASE", PASSPHRASE)
    assert main(["init"]) == 0
    assert main(["profile", "--given-name", "Noor", "--situation", "werknemer"]) == 0
    capsys.readouterr()
    out = tmp_path / "loopbaan.pdf"
    assert main(["export", "counsellor", str(out), "--with-situation", "--date", "2026-12-04"]) == 0
    printed = capsys.readouterr().out
    assert "niet versleuteld" in printed and out.is_file()
    text = text_of(out.read_bytes())
    assert "werkend, als werknemer" in text and "Opleidingscheques" in text
    without = tmp_path / "zonder.pdf"
    assert main(["export", "counsellor", str(without)]) == 0
    assert "werkend, als werknemer" not in text_of(without.read_bytes())
