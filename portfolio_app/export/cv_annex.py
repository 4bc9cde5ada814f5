"""The CV annex: the portfolio as a PDF a jobseeker hands to an employer or a VDAB counsellor.

It answers what the policy text asks of it: which competences were recently used or
strengthened, and who identified them (seed 002, line 665). So every competence shows its
level, when it was last used, and how it is shown, from strongest to weakest: "aangetoond
met" a leerbewijs, "gebruikt bij" an experience, "vastgesteld door" someone else, or
"zelf ingeschat". The user picks what goes in (``CvOptions``); nothing is written to disk
here: ``render_cv`` returns bytes for the preview, ``save_cv`` writes them atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from portfolio_app.check.evidence import EvidenceIndex, strongest
from portfolio_app.check.texts import strength_breakdown
from portfolio_app.domain import CheckResult, CompetenceClaim, Leerbewijs, Profile
from portfolio_app.domain.check_result import EvidenceStrength
from portfolio_app.domain.claim import LEVEL_MAX
from portfolio_app.domain.enums import CompetenceKind, LevelScale, label
from portfolio_app.domain.leerbewijs import Validity
from portfolio_app.domain.links import Links
from portfolio_app.export import embedded, fonts
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.json_document import atomic_write
from portfolio_app.export.names import Names
from portfolio_app.export.options import CvOptions, PersonalField, chosen
from portfolio_app.export.pdf_document import DocInfo, build_pdf
from portfolio_app.export.pdf_parts import Lookup, evidence_markup, header, shown_name
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MISSING,
    PARTIAL,
    Heading,
    LevelDots,
    SectionTitle,
    Styles,
    hex_of,
    panel,
    para,
    rich,
    row_tables,
    th,
)
from portfolio_app.export.wording import (
    count,
    long_date,
    month_year,
    pick,
    short_month_year,
)
from portfolio_app.vault import Portfolio

KIND_TITLES: dict[CompetenceKind, tuple[str, str]] = {
    CompetenceKind.VAKSPECIFIEK: ("Vakspecifieke competenties", "Job-specific skills"),
    CompetenceKind.TRANSVERSAAL: ("Transversale competenties", "Transversal skills"),
    CompetenceKind.DIGITAAL: ("Digitale competenties", "Digital skills"),
    CompetenceKind.TAAL: ("Talen", "Languages"),
    CompetenceKind.KENNIS: ("Kennis", "Knowledge"),
}

UNTRANSLATED_MARK = "<super>*</super>"
COMPETENCE_WIDTHS = [CONTENT_WIDTH - 180, 105, 75]
LEERBEWIJS_WIDTHS = [CONTENT_WIDTH - 272, 88, 64, 46, 74]


@dataclass
class CvContent:
    profile: Profile
    claims: list[CompetenceClaim]
    leerbewijzen: list[Leerbewijs]
    lookup: Lookup
    check: CheckResult | None
    shown: int  # claims shown by current evidence, on the check's scale
    names: Names


def collect(portfolio: Portfolio, options: CvOptions, names: Names | None = None) -> CvContent:
    claims = [c for c in portfolio.claims.list() if chosen(options.claim_ids, c.id)]
    all_proofs = portfolio.leerbewijzen.list()
    proofs = [p for p in all_proofs if chosen(options.leerbewijs_ids, p.id)]
    all_experiences = portfolio.experiences.list()
    experiences = [e for e in all_experiences if chosen(options.experience_ids, e.id)]
    lookup = Lookup(
        leerbewijzen={p.id: p for p in proofs},
        experiences={e.id: e for e in experiences},
        hidden_leerbewijzen=frozenset(p.id for p in all_proofs) - {p.id for p in proofs},
        hidden_experiences=frozenset(e.id for e in all_experiences) - {e.id for e in experiences},
        links=Links(portfolio.claims.list(), all_proofs, all_experiences),
    )
    check: CheckResult | None = None
    if options.include_check:
        if options.check_id:
            check = next((c for c in portfolio.checks.list() if c.id == options.check_id), None)
        else:
            check = portfolio.checks.latest()
    evidence = EvidenceIndex(all_proofs, all_experiences, {}, options.creation_date())
    shown = sum(
        1
        for c in claims
        if strongest(evidence.for_claim(c, c.concept_uri)) is not EvidenceStrength.OWN
    )
    if names is None or names.lang != options.lang:
        names = Names(options.lang)  # names in another language than the document's: not used
    return CvContent(portfolio.profile.get(), claims, proofs, lookup, check, shown, names)


def render_cv(
    portfolio: Portfolio, options: CvOptions | None = None, names: Names | None = None
) -> bytes:
    """The annex as PDF bytes, for the preview or for ``save_cv``. ``names`` gives the
    competence language's labels in the document's language (``names.portfolio_names``);
    without it the labels saved with the claims are used."""
    options = options or CvOptions()
    content = collect(portfolio, options, names)
    appendices = Appendices(portfolio, options.lang, embedded.for_cv(portfolio, options))
    styles = Styles()
    story = _story(content, options, styles, appendices)
    story += appendices.story(styles)
    pdf = build_pdf(story, _info(content.profile, options), styles)
    return appendices.merge(pdf)


def save_cv(
    portfolio: Portfolio,
    path: Path,
    options: CvOptions | None = None,
    names: Names | None = None,
) -> bytes:
    data = render_cv(portfolio, options, names)
    atomic_write(path, data)
    return data


def _info(profile: Profile, options: CvOptions) -> DocInfo:
    lang = options.lang
    name = shown_name(profile, options.fields)
    title = pick(lang, "Competentieportefeuille", "Competence portfolio")
    created = options.creation_date()
    made = pick(lang, "aangemaakt op", "created on")
    footer = f"{title} · {name} · {made} {long_date(created, lang)}"
    if not name:
        footer = f"{title} · {made} {long_date(created, lang)}"
    return DocInfo(
        title=f"{title} – {name}" if name else title,
        author=name,
        subject=pick(
            lang,
            "Bijlage bij het cv: competenties en leerbewijzen",
            "CV annex: competences and proofs of learning",
        ),
        keywords=pick(
            lang,
            "competentieportefeuille, cv, competenties, leerbewijzen",
            "competence portfolio, CV, competences, proofs of learning",
        ),
        lang=lang,
        created=created,
        footer=footer,
    )


def _story(
    content: CvContent, options: CvOptions, styles: Styles, appendices: Appendices
) -> list[Flowable]:
    lang = options.lang
    kicker = pick(
        lang, "Bijlage bij het cv · competentieportefeuille", "CV annex · competence portfolio"
    )
    story = header(content.profile, options.fields, kicker, styles, lang)
    story.append(Spacer(1, 10))
    story.append(rich(_summary_line(content, lang), styles.small))
    intro = content.profile.summary.strip()
    if PersonalField.SUMMARY in options.fields and intro:
        story += [Spacer(1, 8), para(intro, styles.lead)]
    if content.claims:
        story += _competences(content, options, styles, appendices)
    if content.leerbewijzen:
        story += _leerbewijzen(content, options, styles, appendices)
    if content.check is not None:
        story += _check(content.check, content.names, lang, styles)
    if not content.claims and not content.leerbewijzen:
        story += [
            Spacer(1, 24),
            para(
                pick(
                    lang,
                    "Dit overzicht bevat nog geen competenties of leerbewijzen.",
                    "This overview does not contain any competences or proofs of learning yet.",
                ),
                styles.body,
            ),
        ]
    return story


def _summary_line(content: CvContent, lang: str) -> str:
    """What the annex holds, in one line; a part that would be zero is left out (an employer
    reads "0 vastgesteld door anderen" as a verdict)."""
    claims = content.claims
    parts = []
    if claims:
        parts.append(
            count(
                len(claims),
                pick(lang, "competentie", "competence"),
                pick(lang, "competenties", "competences"),
            )
        )
    if content.shown:
        parts.append(pick(lang, f"{content.shown} aangetoond", f"{content.shown} shown"))
    if content.leerbewijzen:
        parts.append(
            count(
                len(content.leerbewijzen),
                pick(lang, "leerbewijs", "proof of learning"),
                pick(lang, "leerbewijzen", "proofs of learning"),
            )
        )
    return "\u2002·\u2002".join(escape(p) for p in parts)


def _competences(
    content: CvContent, options: CvOptions, styles: Styles, appendices: Appendices
) -> list[Flowable]:
    lang = options.lang
    story: list[Flowable] = []
    section: list[Flowable] = [
        SectionTitle(pick(lang, "Competenties", "Competences"), "competences")
    ]
    for kind, (title_nl, title_en) in KIND_TITLES.items():
        group = [c for c in content.claims if c.kind is kind]
        if not group:
            continue
        # have / have not says less than a level: those come after the levelled ones
        group.sort(
            key=lambda c: (
                c.level_scale is LevelScale.BINAIR,
                -c.level_fraction,
                fonts.clean(c.label).casefold(),
            )
        )
        title = pick(lang, title_nl, title_en)
        titles = [*section, Heading(title, styles.group, f"kind-{kind.value}", 1)]
        section = []
        head: list[object] = [
            th(
                pick(lang, "Competentie en hoe ze blijkt", "Competence and how it is shown"), styles
            ),
            th(pick(lang, "Niveau", "Level"), styles),
            th(pick(lang, "Laatst gebruikt", "Last used"), styles),
        ]
        rows = [_claim_row(claim, content, options, styles, appendices) for claim in group]
        more = pick(lang, f"{title} (vervolg)", f"{title} (continued)")
        story += row_tables(
            head, rows, COMPETENCE_WIDTHS, titles, partial(para, more, styles.group)
        )
    if any(content.names.of(c.concept_uri, c.label)[1] for c in content.claims):
        story += [
            Spacer(1, 6),
            rich(
                UNTRANSLATED_MARK
                + " "
                + escape(
                    "No English name in the competence language: as the person wrote it."
                    if lang == "en"
                    else "Nog geen Nederlandse naam in de competentietaal: de Engelse naam "
                    "uit ESCO."
                ),
                styles.meta,
            ),
        ]
    return story


def _claim_row(
    claim: CompetenceClaim,
    content: CvContent,
    options: CvOptions,
    styles: Styles,
    appendices: Appendices,
) -> list[object]:
    lang = options.lang
    name, untranslated = content.names.of(claim.concept_uri, claim.label)
    first: list[Flowable] = [
        rich(fonts.markup(name) + (UNTRANSLATED_MARK if untranslated else ""), styles.cell),
        Spacer(1, 1.5),
        rich(evidence_markup(claim, content.lookup, lang), styles.meta),
    ]
    if options.include_notes and claim.note.strip():
        first += [Spacer(1, 2), para(claim.note.strip(), styles.note)]
    if options.include_attachments:
        refs = [
            appendices.reference(item)
            for item in (appendices.cite(i, claim.label) for i in claim.attachment_ids)
            if item is not None
        ]
        if refs:
            see = pick(lang, "zie", "see")
            first.append(rich(f"{see} {', '.join(refs)}", styles.meta))
    return [first, _level_cell(claim, lang, styles), para(_last_used(claim, lang), styles.meta)]


CEFR_USERS: tuple[tuple[str, str], ...] = (
    ("basisgebruiker", "basic user"),
    ("onafhankelijk gebruiker", "independent user"),
    ("vaardig gebruiker", "proficient user"),
)


def _level_cell(claim: CompetenceClaim, lang: str, styles: Styles) -> list[Flowable]:
    words = claim.level_text(lang)
    if claim.level_scale is LevelScale.CEFR:
        words += " · " + pick(lang, *CEFR_USERS[(claim.level - 1) // 2])
    text = para(words, styles.meta)
    if claim.level_scale is LevelScale.BINAIR:
        return [text]
    return [LevelDots(claim.level, LEVEL_MAX[claim.level_scale]), Spacer(1, 2.5), text]


def _last_used(claim: CompetenceClaim, lang: str) -> str:
    return month_year(claim.last_used, lang) or "–"


def _leerbewijzen(
    content: CvContent, options: CvOptions, styles: Styles, appendices: Appendices
) -> list[Flowable]:
    lang = options.lang
    today = options.creation_date()
    proofs = sorted(
        content.leerbewijzen,
        key=lambda p: (p.issued is None, -(p.issued or date.min).toordinal(), p.title.casefold()),
    )
    head: list[object] = [
        th(pick(lang, "Leerbewijs en uitreiker", "Proof of learning and issuer"), styles),
        th(pick(lang, "Soort", "Kind"), styles),
        th(pick(lang, "Datum", "Date"), styles),
        th("VKS/EQF", styles),
        th(pick(lang, "Geldigheid", "Validity"), styles),
    ]
    rows: list[list[object]] = []
    for proof in proofs:
        first: list[Flowable] = [para(proof.title, styles.cell)]
        if proof.issuer.strip():
            by = pick(lang, "uitgereikt door", "issued by")
            first.append(rich(f"{by} {fonts.markup(proof.issuer.strip())}", styles.meta))
        if options.include_notes and proof.note.strip():
            first.append(para(proof.note.strip(), styles.note))
        if options.include_attachments:
            refs = [
                appendices.reference(item)
                for item in (appendices.cite(i, proof.title) for i in proof.attachment_ids)
                if item is not None
            ]
            if refs:
                first.append(rich(f"{pick(lang, 'zie', 'see')} {', '.join(refs)}", styles.meta))
        level = f"{pick(lang, 'niveau', 'level')} {proof.vks_level}" if proof.vks_level else "–"
        rows.append(
            [
                first,
                para(label(proof.kind, lang), styles.meta),
                para(short_month_year(proof.issued, lang) or "–", styles.meta),
                para(level, styles.meta),
                rich(_validity(proof, today, lang), styles.meta),
            ]
        )
    title = SectionTitle(pick(lang, "Leerbewijzen", "Proofs of learning"), "leerbewijzen")
    return row_tables(head, rows, LEERBEWIJS_WIDTHS, [title])


def _validity(proof: Leerbewijs, today: date, lang: str) -> str:
    """What the employer should know about validity: nothing for a leerbewijs without an end
    date (it says nothing either way), "geldig tot", "verloopt binnenkort" or "verlopen op"."""
    if proof.expires is None:
        return "–"
    state = proof.validity(today)
    when = escape(short_month_year(proof.expires, lang))
    if state is Validity.VERLOPEN:
        text = pick(lang, f"verlopen op {when}", f"expired in {when}")
        return f'<font color="{hex_of(MISSING)}">{text}</font>'
    if state is Validity.VERLOOPT_BINNENKORT:
        text = pick(lang, f"verloopt in {when}", f"expires in {when}")
        return f'<font color="{hex_of(PARTIAL)}">{text}</font>'
    return pick(lang, f"geldig tot {when}", f"valid until {when}")


def _check(check: CheckResult, names: Names, lang: str, styles: Styles) -> list[Flowable]:
    """The check for the employer: what the person says and what the portfolio shows, in
    the third person; no advice (that was written for the person)."""
    kind = label(check.target.kind, lang)
    target, _ = names.of(check.target.uri, check.target.label)
    done = pick(lang, "uitgevoerd op", "done on")
    counts = check.headline()
    which = pick(lang, "essentiële competenties", "essential competences")
    if not check.tally(True).total:
        which = pick(lang, "competenties", "competences")
    detail = strength_breakdown(counts)
    shown = ""
    if counts.shown:
        shown = pick(
            lang,
            f"Daarvan aangetoond: {counts.shown} ({detail[0]}).",
            f"Of those, shown: {counts.shown} ({detail[1]}).",
        )
    details: list[Flowable] = [
        para(target, styles.cell_strong),
        para(f"{kind} · {done} {long_date(check.checked_on, lang)}", styles.meta),
        Spacer(1, 5),
        para(
            pick(
                lang,
                f"Volgens de eigen inschatting van de persoon: {counts.said} van de "
                f"{counts.total} {which} op het gevraagde niveau. {shown}".strip(),
                f"By the person's own estimate: {counts.said} of the {counts.total} {which} "
                f"at the level asked. {shown}".strip(),
            ),
            styles.body,
        ),
        Spacer(1, 5),
        para(
            pick(
                lang,
                "Een zelfcheck met de app Portfolio, geen oordeel van een professional.",
                "A self-check made with the Portfolio app, not a professional judgement.",
            ),
            styles.meta,
        ),
    ]
    number = [
        para(f"{counts.said}/{counts.total}", styles.big_number),
        para(pick(lang, "volgens eigen inschatting", "by own estimate"), styles.meta),
    ]
    return [
        SectionTitle(pick(lang, "Competentiecheck", "Competence check"), "check"),
        panel([[number, details]], [96, CONTENT_WIDTH - 96]),
    ]
