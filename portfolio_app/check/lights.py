"""The warning lights (knipperlichten) of a check, each with a one-line reason.

Thresholds and why:

- a competence the target asks for, last shown ``STALE_AFTER_YEARS`` (3) or more years ago:
  the same three years after which its credit starts to fade (see ``scoring``);
- a leerbewijs expired, or expiring within 90 days (``domain.leerbewijs.EXPIRING_WITHIN``,
  long enough to book a renewal); an alarm when it backs this target, a warning otherwise;
- an essential competence claimed on the user's word alone: an employer or an EVC assessor
  will ask for proof first;
- an essential competence the user says they do not want to use (willen 1);
- ``SAME_JOB_YEARS`` (7) or more in the same, current job with nothing new learned in the last
  ``LEARNING_WINDOW_YEARS`` (3): no leerbewijs issued, no course or internship, no competence
  first acquired. Seven years borrows the work experience the Flemish rules long required
  before a worker could get loopbaanbegeleiding (seed 002, Advies 3): the point at which
  policy itself expected a career question. It is a judgement call, named here to be changed;
- the target is (positive) or is not (information) a shortage occupation, from the newest
  labour-market signal, always with its source and date, and saying when it is old;
- competences of the target flagged as future competences: positive when shown, a warning
  when not yet;
- claims in free text, which the check cannot count, and an EVC-traject that leads to the
  target (information).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from portfolio_app.check import texts
from portfolio_app.check.explain import Line
from portfolio_app.check.model import LanguageView, PortfolioData, Target
from portfolio_app.check.scoring import (
    STALE_AFTER_YEARS,
    STRENGTH_THRESHOLD,
    is_stale,
    years_before,
)
from portfolio_app.check.signals import Signal
from portfolio_app.domain import Validity
from portfolio_app.domain.check_result import EvcInfo, Severity, WarningLight
from portfolio_app.domain.enums import ExperienceKind

SAME_JOB_YEARS = 7
LEARNING_WINDOW_YEARS = 3

_SEVERITY_ORDER = {Severity.ALERT: 0, Severity.WARNING: 1, Severity.INFO: 2, Severity.POSITIVE: 3}


def _light(code: str, severity: Severity, text: texts.Text, **extra: object) -> WarningLight:
    return WarningLight.model_validate(
        {"code": code, "severity": severity, "message": text[0], "message_en": text[1], **extra}
    )


def _stale(lines: Sequence[Line], view: LanguageView, today: date) -> list[WarningLight]:
    found: list[WarningLight] = []
    seen: set[str] = set()
    for line in lines:
        if line.match is None or not is_stale(line.match.candidate.last_shown, today):
            continue
        candidate = line.match.candidate
        if candidate.key in seen or candidate.last_shown is None:
            continue
        seen.add(candidate.key)
        nl, en = texts.month_year(candidate.last_shown)
        name = texts.short(view.label(line.uri))
        found.append(
            _light(
                "niet_gebruikt",
                Severity.WARNING,
                (
                    f"Je toonde '{name}' al meer dan {STALE_AFTER_YEARS} jaar niet meer "
                    f"(laatst in {nl}). Fris het op of vul een recentere datum in.",
                    f"You have not shown '{name}' for more than {STALE_AFTER_YEARS} years "
                    f"(last in {en}). Refresh it or fill in a more recent date.",
                ),
                competence=view.ref(line.uri),
                related_id=candidate.claim.id if candidate.claim else candidate.key,
            )
        )
    return found


def _leerbewijzen(data: PortfolioData, lines: Sequence[Line], today: date) -> list[WarningLight]:
    relevant = {
        b.id for line in lines if line.match for b in line.match.candidate.backing if b.leerbewijs
    }
    found: list[WarningLight] = []
    for lb in sorted(data.leerbewijzen, key=lambda x: (x.expires or today, x.id)):
        validity = lb.validity(today)
        if lb.expires is None or validity not in (Validity.VERLOPEN, Validity.VERLOOPT_BINNENKORT):
            continue
        when_nl, when_en = lb.expires.strftime("%d-%m-%Y"), lb.expires.isoformat()
        title = texts.short(lb.title)
        if validity is Validity.VERLOPEN:
            severity = Severity.ALERT if lb.id in relevant else Severity.WARNING
            text = (
                f"Je leerbewijs '{title}' is verlopen op {when_nl}. Vraag een hernieuwing aan.",
                f"Your proof of learning '{title}' expired on {when_en}. Ask for a renewal.",
            )
            code = "leerbewijs_verlopen"
        else:
            severity = Severity.WARNING
            text = (
                f"Je leerbewijs '{title}' verloopt op {when_nl}. Plan nu een hernieuwing.",
                f"Your proof of learning '{title}' expires on {when_en}. Plan a renewal now.",
            )
            code = "leerbewijs_verloopt"
        found.append(_light(code, severity, text, related_id=lb.id))
    return found


def _essential_claims(lines: Sequence[Line], view: LanguageView) -> list[WarningLight]:
    found: list[WarningLight] = []
    for line in lines:
        if not line.essential:
            continue
        name = texts.short(view.label(line.uri))
        candidate = line.match.candidate if line.match else None
        claim = candidate.claim if candidate else None
        if (
            candidate is not None
            and claim is not None
            and not candidate.backing
            and claim.self_assessed
            and not claim.attachment_ids
        ):
            found.append(
                _light(
                    "geen_bewijs",
                    Severity.WARNING,
                    (
                        f"Je zegt dat je '{name}' kunt, maar er is nog geen bewijs voor. "
                        "Voeg een leerbewijs, ervaring of bijlage toe.",
                        f"You say you can do '{name}', but there is no evidence yet. "
                        "Add a proof of learning, an experience or an attachment.",
                    ),
                    competence=view.ref(line.uri),
                    related_id=claim.id,
                )
            )
        if line.willen == 1:
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


def _signal(target: Target, signals: Sequence[Signal], today: date) -> list[WarningLight]:
    if not signals:
        return []
    newest = signals[0]
    when_nl, when_en = texts.month_year(newest.date)
    name = texts.short(target.ref.label)
    ratio = ""
    if newest.tension_ratio is not None:
        ratio = f"{newest.tension_ratio:.2f}"
    if newest.shortage:
        severity, code = Severity.POSITIVE, "knelpuntberoep"
        nl = f"'{name}' is een knelpuntberoep: er zijn weinig kandidaten per vacature"
        en = f"'{name}' is a shortage occupation: there are few candidates per vacancy"
    else:
        severity, code = Severity.INFO, "geen_knelpuntberoep"
        nl = f"'{name}' staat niet als knelpuntberoep in de cijfers"
        en = f"'{name}' is not listed as a shortage occupation in the figures"
    if ratio:
        nl += f" (spanningsratio {ratio.replace('.', ',')})"
        en += f" (tension ratio {ratio})"
    nl += f". Bron: {newest.source}, {when_nl}."
    en += f". Source: {newest.source}, {when_en}."
    if newest.is_old(today):
        nl += " Dit cijfer is ouder dan twee jaar; de situatie kan veranderd zijn."
        en += " This figure is more than two years old; things may have changed."
    return [
        _light(
            code,
            severity,
            (nl, en),
            source=newest.source,
            source_date=newest.date,
        )
    ]


def _future(lines: Sequence[Line], view: LanguageView) -> list[WarningLight]:
    found: list[WarningLight] = []
    for line in lines:
        if not view.has_flag(line.uri, "future"):
            continue
        name = texts.short(view.label(line.uri))
        if line.credit >= STRENGTH_THRESHOLD:
            text = (
                f"Je hebt al '{name}', een competentie die in de toekomst meer gevraagd wordt.",
                f"You already have '{name}', a competence that will be asked for more.",
            )
            severity = Severity.POSITIVE
        else:
            text = (
                f"'{name}' wordt in de toekomst meer gevraagd. Werk eraan.",
                f"'{name}' will be asked for more in the future. Work on it.",
            )
            severity = Severity.WARNING
        found.append(_light("toekomst", severity, text, competence=view.ref(line.uri)))
    return found


def _free_text(data: PortfolioData) -> list[WarningLight]:
    count = sum(1 for c in data.claims if c.concept_uri is None)
    if not count:
        return []
    return [
        _light(
            "vrije_tekst",
            Severity.INFO,
            (
                f"{count} competentie(s) staan in vrije tekst en tellen niet mee. Kies ze uit "
                "de competentietaal, dan telt de check ze wel.",
                f"{count} competence(s) are free text and do not count. Pick them from the "
                "competence language and the check will count them.",
            ),
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


def warning_lights(
    data: PortfolioData,
    target: Target,
    view: LanguageView,
    lines: Sequence[Line],
    today: date,
    signals: Sequence[Signal],
    evc: EvcInfo | None,
) -> list[WarningLight]:
    """All lights, most urgent first; within a severity in a fixed order of kinds."""
    found = [
        *_leerbewijzen(data, lines, today),
        *_stale(lines, view, today),
        *_essential_claims(lines, view),
        *_same_job(data, today),
        *_future(lines, view),
        *_signal(target, signals, today),
        *_evc(evc),
        *_free_text(data),
    ]
    return sorted(found, key=lambda light: _SEVERITY_ORDER[light.severity])
