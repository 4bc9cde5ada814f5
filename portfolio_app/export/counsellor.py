"""The short report for a loopbaanbegeleider: what the person brings to a career-guidance
session (with loopbaancheques, say), so the counsellor starts from where they stand instead
of from a blank sheet (seed 002, Advies 6, l. 812-835: the portfolio "kan
loopbaanbegeleiders helpen om burgers te positioneren").

Written for the counsellor, in the third person, in the order of a first conversation: who
and in what situation (only when the person chooses to say it), the last competence check,
what the person wants (willen), the action plan with its status and what changed after the
steps done, and the rights and incentives that can apply, each with its date and "controleer
het bedrag" where a figure is older than a school year. Everything is the person's own
estimate and choice; the report says so and gives no verdict.

Built from the export's building blocks (``pdf_style``, ``pdf_document``, ``pdf_parts``);
``render_counsellor`` returns bytes and writes nothing, ``save_counsellor`` writes them
atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from portfolio_app.check.load import plan_targets
from portfolio_app.check.steps import PlanEntry, plan_entries
from portfolio_app.domain import CheckResult, CompetenceClaim, Profile
from portfolio_app.domain.situation import Situation
from portfolio_app.export import counsellor_parts as parts
from portfolio_app.export.json_document import atomic_write
from portfolio_app.export.options import CounsellorOptions
from portfolio_app.export.pdf_document import DocInfo, build_pdf
from portfolio_app.export.pdf_parts import header, shown_name
from portfolio_app.export.pdf_style import Styles, para
from portfolio_app.export.wording import long_date, pick
from portfolio_app.language import CompetenceLanguage
from portfolio_app.rights.model import Rules
from portfolio_app.rights.view import RightsView, rights_view
from portfolio_app.vault import Portfolio


@dataclass
class CounsellorContent:
    profile: Profile
    situation: Situation | None  # only when the person chose to show it
    check: CheckResult | None
    claims: list[CompetenceClaim]
    plan: list[PlanEntry]
    rights: RightsView | None


def collect(
    portfolio: Portfolio,
    options: CounsellorOptions,
    rules: Rules | None = None,
    language: CompetenceLanguage | None = None,
) -> CounsellorContent:
    today = options.creation_date()
    profile = portfolio.profile.get()
    situation = profile.situation if options.include_situation else None
    checks = portfolio.checks.list()
    if options.check_id:
        check = next((c for c in checks if c.id == options.check_id), None)
    else:
        check = portfolio.checks.latest()
    items = portfolio.plan.list()
    targets = (
        plan_targets(language, (i.target.uri for i in items if i.target is not None))
        if language is not None
        else {}
    )
    rights = rights_view(rules, situation, today) if rules is not None else None
    entries = plan_entries(items, targets, checks, rights)
    return CounsellorContent(profile, situation, check, portfolio.claims.list(), entries, rights)


def render_counsellor(
    portfolio: Portfolio,
    options: CounsellorOptions | None = None,
    rules: Rules | None = None,
    language: CompetenceLanguage | None = None,
) -> bytes:
    """The report as PDF bytes. ``rules`` are the rights (``rights.files.load_rights``);
    ``language`` lets the action plan name a competence's deelkwalificatie."""
    options = options or CounsellorOptions()
    content = collect(portfolio, options, rules, language)
    styles = Styles()
    return build_pdf(_story(content, options, styles), _info(content.profile, options), styles)


def save_counsellor(
    portfolio: Portfolio,
    path: Path,
    options: CounsellorOptions | None = None,
    rules: Rules | None = None,
    language: CompetenceLanguage | None = None,
) -> bytes:
    data = render_counsellor(portfolio, options, rules, language)
    atomic_write(path, data)
    return data


def _info(profile: Profile, options: CounsellorOptions) -> DocInfo:
    lang = options.lang
    name = shown_name(profile, options.fields)
    title = pick(lang, "Voor de loopbaanbegeleider", "For the career counsellor")
    created = options.creation_date()
    made = pick(lang, "aangemaakt op", "created on")
    footer = " · ".join(p for p in (title, name, f"{made} {long_date(created, lang)}") if p)
    return DocInfo(
        title=f"{title} – {name}" if name else title,
        author=name,
        subject=pick(
            lang,
            "Competentiecheck, wensen, actieplan en rechten, voor een loopbaangesprek",
            "Competence check, wishes, action plan and rights, for a career conversation",
        ),
        keywords=pick(
            lang,
            "loopbaanbegeleiding, loopbaancheque, competentiecheck, actieplan",
            "career guidance, career voucher, competence check, action plan",
        ),
        lang=lang,
        created=created,
        footer=footer,
        show_outline=True,
    )


def _story(
    content: CounsellorContent, options: CounsellorOptions, styles: Styles
) -> list[Flowable]:
    lang = options.lang
    kicker = pick(
        lang,
        "Voor de loopbaanbegeleider · competentieportefeuille",
        "For the career counsellor · competence portfolio",
    )
    story = header(content.profile, options.fields, kicker, styles, lang)
    story += [Spacer(1, 10), para(parts.intro(content, options), styles.lead)]
    story += parts.situation(content, options, styles)
    story += parts.check(content.check, lang, styles)
    story += parts.wishes(content.check, content.claims, lang, styles)
    story += parts.plan(content.plan, options.creation_date(), lang, styles)
    story += parts.rights(content.rights, content.situation, options, styles)
    story += [Spacer(1, 14), para(parts.closing(lang), styles.meta)]
    return story
