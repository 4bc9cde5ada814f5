"""The warning lights (knipperlichten) of a check, each with a one-line reason.

Thresholds and why:

- a competence the target asks for that the person says they can, last shown
  ``STALE_AFTER_YEARS`` (3) or more years ago: skills fade, and an employer asks when;
- a leerbewijs expired, or expiring within 90 days (``domain.leerbewijs.EXPIRING_WITHIN``,
  long enough to book a renewal); an alarm when it backs this target, a warning otherwise.
  The message says what renewing means for that leerbewijs (``rules.renewal``);
- essential competences the person says they can but the portfolio does not show yet, in
  one light with their number: an employer or an EVC assessor asks for proof first;
- an essential competence the person says they do not want to use (willen 1);
- ``SAME_JOB_YEARS`` (7) or more in the same, current job with nothing new learned in the last
  ``LEARNING_WINDOW_YEARS`` (3): no leerbewijs issued, no course or internship, no competence
  first acquired. Seven years borrows the work experience the Flemish rules long required
  before a worker could get loopbaanbegeleiding (seed 002, Advies 3): the point at which
  policy itself expected a career question. It is a judgement call, named here to be changed;
- a regulated profession: what the law asks beyond competences;
- an EVC-traject that leads to the target, and claims in free text (information).

Labour-market figures are not lights: they are shown once, in their own section, as what
they said and when.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from portfolio_app.check import texts
from portfolio_app.check.explain import Line
from portfolio_app.check.model import LanguageView, PortfolioData
from portfolio_app.check.standing import STALE_AFTER_YEARS, years_before
from portfolio_app.domain import Validity
from portfolio_app.domain.check_result import (
    EvcInfo,
    Regulation,
    Severity,
    Standing,
    WarningLight,
)
from portfolio_app.domain.enums import ExperienceKind

SAME_JOB_YEARS = 7
LEARNING_WINDOW_YEARS = 3

_SEVERITY_ORDER = {Severity.ALERT: 0, Severity.WARNING: 1, Severity.INFO: 2, Severity.POSITIVE: 3}


def _light(code: str, severity: Severity, text: texts.Text, **extra: object) -> WarningLight:
    return WarningLight.model_validate(
        {"code": code, "severity": severity, "message": text[0], "message_en": text[1], **extra}
    )


def _stale(lines: Sequence[Line], view: LanguageView) -> list[WarningLight]:
    found: list[WarningLight] = []
    for line in lines:
        state = line.state
        if not line.stale or state is None or state.last_shown is None:
            continue
        nl, en = texts.month_year(state.last_shown)
        name = texts.short(view.label(line.uri))
        found.append(
            _light(
                "niet_gebruikt",
                Severity.WARNING,
                (
                    f"Je deed '{name}' al meer dan {STALE_AFTER_YEARS} jaar niet meer "
                    f"(laatst in {nl}). Fris het op, of vul een recentere datum in als je "
                    "het wel nog deed.",
                    f"You have not done '{name}' for more than {STALE_AFTER_YEARS} years "
                    f"(last in {en}). Refresh it, or fill in a more recent date if you did.",
                ),
                competence=view.ref(line.uri),
                related_id=state.claim.id if state.claim else state.proofs[0].id,
            )
        )
    return found


def _leerbewijzen(
    data: PortfolioData,
    lines: Sequence[Line],
    today: date,
    renewals: Mapping[str, texts.Text],
) -> list[WarningLight]:
    relevant = {
        p.id for line in lines if line.state for p in line.state.proofs if p.kind == "leerbewijs"
    }
    found: list[WarningLight] = []
    for lb in sorted(data.leerbewijzen, key=lambda x: (x.expires or today, x.id)):
        validity = lb.validity(today)
        if lb.expires is None or validity not in (Validity.VERLOPEN, Validity.VERLOOPT_BINNENKORT):
            continue
        when_nl, when_en = lb.expires.strftime("%d-%m-%Y"), lb.expires.isoformat()
        title = texts.short(lb.title)
        renew = renewals.get(lb.id, ("", ""))
        if validity is Validity.VERLOPEN:
            severity = Severity.ALERT if lb.id in relevant else Severity.WARNING
            text = texts.join(
                (
                    f"Je leerbewijs '{title}' is verlopen op {when_nl}. Het toont nog dat je "
                    "het leerde, maar niet meer dat het geldig is.",
                    f"Your proof of learning '{title}' expired on {when_en}. It still shows "
                    "you learned it, but no longer that it is valid.",
                ),
                renew,
            )
            code = "leerbewijs_verlopen"
        else:
            severity = Severity.WARNING
            text = texts.join(
                (
                    f"Je leerbewijs '{title}' verloopt op {when_nl}. Plan de hernieuwing nu.",
                    f"Your proof of learning '{title}' expires on {when_en}. Plan the renewal now.",
                ),
                renew,
            )
            code = "leerbewijs_verloopt"
        found.append(_light(code, severity, text, related_id=lb.id))
    return found


def _unproven(lines: Sequence[Line]) -> list[WarningLight]:
    count = sum(
        1
        for line in lines
        if line.essential
        and line.standing is Standing.TO_PROVE
        and line.state is not None
        and not line.state.expired
    )
    if not count:
        return []
    return [
        _light(
            "geen_bewijs",
            Severity.WARNING,
            (
                f"Van de essentiële competenties die je zegt te kunnen, toont je portfolio er "
                f"{count} nog niet aan. Een werkgever of een EVC-assessor vraagt eerst naar "
                "bewijs.",
                f"Of the essential competences you say you can do, your portfolio does not show "
                f"{count} yet. An employer or an EVC assessor asks for evidence first.",
            ),
        )
    ]


def _not_wanted(lines: Sequence[Line], view: LanguageView) -> list[WarningLight]:
    found: list[WarningLight] = []
    for line in lines:
        if not line.essential or line.willen != 1:
            continue
        name = texts.short(view.label(line.uri))
        claim = line.state.claim if line.state else None
        found.append(
            _light(
                "wil_niet",
                Severity.WARNING,
                (
                    f"'{name}' is essentieel voor dit doel, maar je wilt het niet meer doen. "
                    "Past dit doel wel bij je?",
                    f"'{name}' is essential for this goal, but you no longer want to do it. "
                    "Does this goal suit you?",
                ),
                competence=view.ref(line.uri),
                related_id=claim.id if claim else None,
            )
        )
    return found


def _same_job(data: PortfolioData, today: date) -> list[WarningLight]:
    long_ago = years_before(today, SAME_JOB_YEARS)
    window = years_before(today, LEARNING_WINDOW_YEARS)
    jobs = [
        ex
        for ex in data.experiences
        if ex.kind is ExperienceKind.WERK
        and ex.is_current(today)
        and ex.start is not None
        and ex.start <= long_ago
    ]
    if not jobs:
        return []
    learned = (
        any(lb.issued is not None and lb.issued > window for lb in data.leerbewijzen)
        or any(
            ex.kind in (ExperienceKind.OPLEIDING, ExperienceKind.STAGE)
            and (ex.is_current(today) or (ex.end is not None and ex.end > window))
            for ex in data.experiences
        )
        or any(c.first_acquired is not None and c.first_acquired > window for c in data.claims)
    )
    if learned:
        return []
    job = min(jobs, key=lambda ex: (ex.start or today, ex.id))
    years = (today - (job.start or today)).days // 365
    title = texts.short(job.title)
    return [
        _light(
            "zelfde_job",
            Severity.WARNING,
            (
                f"Je werkt al {years} jaar als '{title}' en leerde de laatste "
                f"{LEARNING_WINDOW_YEARS} jaar niets nieuws bij. Blijf bijleren, zo blijf je "
                "inzetbaar.",
                f"You have worked as '{title}' for {years} years and learned nothing new in "
                f"the last {LEARNING_WINDOW_YEARS} years. Keep learning to stay employable.",
            ),
            related_id=job.id,
        )
    ]


def _regulated(regulation: Regulation | None) -> list[WarningLight]:
    if regulation is None:
        return []
    when = texts.month_year(regulation.listed_on)
    return [
        _light(
            "gereglementeerd",
            Severity.ALERT,
            (
                f"{regulation.requirement} (Bron: {regulation.source}; lijst van {when[0]}.)",
                f"{regulation.requirement_en or regulation.requirement} (Source: "
                f"{regulation.source}; list of {when[1]}.)",
            ),
            source=regulation.source,
            source_date=regulation.listed_on,
        )
    ]


def _evc(evc: EvcInfo | None) -> list[WarningLight]:
    if evc is None:
        return []
    severity = Severity.POSITIVE if evc.ready else Severity.INFO
    return [
        _light(
            "evc_traject", severity, (evc.message, evc.message_en or evc.message), source=evc.source
        )
    ]


def _free_text(count: int) -> list[WarningLight]:
    if not count:
        return []
    return [
        _light(
            "vrije_tekst",
            Severity.INFO,
            (
                (
                    "1 competentie staat in vrije tekst en telt niet mee. Kies ze uit de "
                    "competentietaal, dan telt de check ze wel."
                    if count == 1
                    else f"{count} competenties staan in vrije tekst en tellen niet mee. Kies "
                    "ze uit de competentietaal, dan telt de check ze wel."
                ),
                (
                    "1 competence is free text and does not count. Pick it from the "
                    "competence language and the check will count it."
                    if count == 1
                    else f"{count} competences are free text and do not count. Pick them from "
                    "the competence language and the check will count them."
                ),
            ),
        )
    ]


def warning_lights(
    data: PortfolioData,
    view: LanguageView,
    lines: Sequence[Line],
    today: date,
    *,
    renewals: Mapping[str, texts.Text],
    evc: EvcInfo | None,
    regulation: Regulation | None,
    free_text: int,
) -> list[WarningLight]:
    """All lights, most urgent first; within a severity in a fixed order of kinds."""
    found = [
        *_regulated(regulation),
        *_leerbewijzen(data, lines, today, renewals),
        *_unproven(lines),
        *_stale(lines, view),
        *_not_wanted(lines, view),
        *_same_job(data, today),
        *_evc(evc),
        *_free_text(free_text),
    ]
    return sorted(found, key=lambda light: _SEVERITY_ORDER[light.severity])
