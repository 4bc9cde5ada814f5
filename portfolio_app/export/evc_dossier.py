"""The EVC evidence dossier: for one beroepskwalificatie, every competence with the evidence
the candidate holds, the ones still without evidence, and the attachments as appendices.

It is what a candidate brings to the first talk at a test centre. The cover shows the state at
a glance (how many competences have evidence, how many are only self-assessed, how many have
nothing yet), the second page lists exactly what is missing, and then each competence shows
its evidence and the numbered appendices that back it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer

from portfolio_app.domain import CompetenceClaim, Profile
from portfolio_app.errors import NotFound
from portfolio_app.export import fonts
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.evc_evidence import (
    STATUS_LABELS,
    CompetenceEvidence,
    Part,
    Status,
    gather,
)
from portfolio_app.export.json_document import atomic_write
from portfolio_app.export.options import EvcOptions
from portfolio_app.export.pdf_document import DocInfo, build_pdf
from portfolio_app.export.pdf_parts import contact_parts, shown_name, source_text
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    FAINT,
    GOOD,
    MISSING,
    PARTIAL,
    Heading,
    SectionTitle,
    StackedBar,
    StatusMark,
    Styles,
    hex_of,
    list_table,
    panel,
    para,
    rich,
    th,
)
from portfolio_app.export.wording import long_date, period, pick, short_month_year
from portfolio_app.language import CompetenceLanguage, Qualification
from portfolio_app.vault import Portfolio

STATUS_COLOURS = {Status.EVIDENCE: GOOD, Status.SELF: PARTIAL, Status.NONE: MISSING}
ROW_WIDTHS = [20, CONTENT_WIDTH - 20 - 92, 92]


def find_qualification(language: CompetenceLanguage, text: str) -> Qualification:
    """A beroepskwalificatie by URI or by (part of) its name, as typed after ``--bk``."""
    text = text.strip()
    found = language.qualification(text) if ":" in text else None
    if found is None and text:
        for hit in language.search(text, limit=5, kinds={"qualification"}):
            found = language.qualification(hit.uri)
            if found is not None:
                break
    if found is None:
        raise NotFound(
            f"Er is geen beroepskwalificatie gevonden voor '{text}'.",
            f"No professional qualification was found for '{text}'.",
        )
    return found


def qualification_labels(
    language: CompetenceLanguage, qualification: Qualification, lang: str
) -> dict[str, str]:
    concepts = language.concepts(qualification.all_competences)
    return {uri: concept.label(lang) for uri, concept in concepts.items()}


def render_evc(
    portfolio: Portfolio,
    qualification: Qualification,
    options: EvcOptions | None = None,
    labels: Mapping[str, str] | None = None,
) -> bytes:
    """The dossier as PDF bytes. ``labels`` names the competences (see
    ``qualification_labels``); without it the labels saved with the claims are used."""
    options = options or EvcOptions()
    lang = options.lang
    parts = gather(portfolio, qualification, labels or {}, lang)
    profile = portfolio.profile.get()
    styles = Styles()
    appendices = Appendices(portfolio, lang)
    story = _cover(qualification, parts, profile, options, styles)
    story += _missing(parts, lang, styles)
    story += _details(parts, options, styles, appendices)
    story += appendices.story(styles)
    pdf = build_pdf(story, _info(qualification, profile, options), styles)
    return appendices.merge(pdf)


def save_evc(
    portfolio: Portfolio,
    path: Path,
    qualification: Qualification,
    options: EvcOptions | None = None,
    labels: Mapping[str, str] | None = None,
) -> bytes:
    data = render_evc(portfolio, qualification, options, labels)
    atomic_write(path, data)
    return data


def _info(qualification: Qualification, profile: Profile, options: EvcOptions) -> DocInfo:
    lang = options.lang
    name = shown_name(profile, options.fields)
    kind = pick(lang, "EVC-bewijsdossier", "RPL evidence dossier")
    target = qualification.label(lang)
    created = options.creation_date()
    made = pick(lang, "aangemaakt op", "created on")
    footer = " · ".join(p for p in (kind, target, name) if p)
    return DocInfo(
        title=" – ".join(p for p in (kind, target, name) if p),
        author=name,
        subject=pick(
            lang,
            f"Bewijs per competentie voor de beroepskwalificatie {target}",
            f"Evidence per competence for the professional qualification {target}",
        ),
        keywords=pick(lang, "EVC, beroepskwalificatie, bewijs", "RPL, qualification, evidence"),
        lang=lang,
        created=created,
        footer=f"{footer} · {made} {long_date(created, lang)}",
        show_outline=True,
    )


def _status_word(status: Status, lang: str) -> str:
    nl, en = STATUS_LABELS[status]
    return f'<font color="{hex_of(STATUS_COLOURS[status])}">{pick(lang, nl, en)}</font>'


def _cover(
    qualification: Qualification,
    parts: list[Part],
    profile: Profile,
    options: EvcOptions,
    styles: Styles,
) -> list[Flowable]:
    lang = options.lang
    level = pick(lang, "VKS-niveau", "VKS level")
    story: list[Flowable] = [
        rich(pick(lang, "EVC-BEWIJSDOSSIER", "RPL EVIDENCE DOSSIER"), styles.kicker),
        Spacer(1, 30),
        para(qualification.label(lang), styles.cover_title),
        Spacer(1, 6),
        para(
            f"{pick(lang, 'Beroepskwalificatie', 'Professional qualification')} · "
            f"{level} {qualification.vks_level}",
            styles.headline,
        ),
        Spacer(1, 26),
    ]
    candidate: list[Flowable] = [th(pick(lang, "Kandidaat", "Candidate"), styles)]
    name = shown_name(profile, options.fields)
    if name:
        candidate.append(para(name, styles.cell_strong))
    for line in contact_parts(profile, options.fields, lang):
        candidate.append(para(line, styles.meta))
    made = [
        th(pick(lang, "Opgemaakt op", "Prepared on"), styles),
        para(long_date(options.creation_date(), lang), styles.cell),
    ]
    story.append(list_table([[candidate, made]], [CONTENT_WIDTH - 150, 150], header=False))
    story += [Spacer(1, 28), *_glance(parts, lang, styles)]
    story += [
        Spacer(1, 18),
        para(
            pick(
                lang,
                "Dit dossier is door de kandidaat zelf samengesteld met de app Portfolio. Het is "
                "een hulpmiddel, geen oordeel: of de competenties verworven zijn, beoordeelt het "
                "EVC-traject.",
                "The candidate compiled this dossier with the Portfolio app. It is guidance, not "
                "a judgement: whether the competences are acquired is assessed in the RPL "
                "procedure.",
            ),
            styles.meta,
        ),
    ]
    story.append(PageBreak())
    return story


def _glance(parts: list[Part], lang: str, styles: Styles) -> list[Flowable]:
    totals = dict.fromkeys(Status, 0)
    for part in parts:
        for status, n in part.tally().items():
            totals[status] += n
    total = sum(totals.values())
    cells: list[object] = []
    for status in Status:
        cells.append(
            [
                StatusMark(status.value),
                Spacer(1, 4),
                rich(
                    f'<font color="{hex_of(STATUS_COLOURS[status])}">{totals[status]}</font>',
                    styles.big_number,
                ),
                rich(_status_word(status, lang), styles.meta),
            ]
        )
    third = (CONTENT_WIDTH - 24) / 3
    heading = pick(
        lang,
        f"In één oogopslag: {totals[Status.EVIDENCE]} van de {total} competenties met bewijs",
        f"At a glance: {totals[Status.EVIDENCE]} of {total} competences with evidence",
    )
    story: list[Flowable] = [
        SectionTitle(heading, "glance", 0),
        panel([cells], [third + 24, third, third]),
        Spacer(1, 10),
        StackedBar([(totals[s], STATUS_COLOURS[s]) for s in Status]),
    ]
    if len(parts) > 1:
        rows: list[list[object]] = [
            [
                th(pick(lang, "Deelkwalificatie", "Partial qualification"), styles),
                *[th(pick(lang, *STATUS_LABELS[s]), styles) for s in Status],
            ]
        ]
        for part in parts:
            tally = part.tally()
            rows.append(
                [para(part.label, styles.cell), *[para(str(tally[s]), styles.cell) for s in Status]]
            )
        story += [Spacer(1, 18), list_table(rows, [CONTENT_WIDTH - 240, 72, 96, 72])]
    legend = [
        [StatusMark(s.value), [rich(_status_word(s, lang), styles.meta), para(text, styles.meta)]]
        for s, text in (
            (
                Status.EVIDENCE,
                pick(
                    lang,
                    "Aangetoond met een leerbewijs of bijlage, een oordeel van iemand anders "
                    "(wie en wanneer) of een beschreven ervaring. Een verlopen leerbewijs telt "
                    "niet als bewijs.",
                    "Shown by a proof of learning or an attachment, someone else's judgement "
                    "(who and when) or a described experience. An expired proof of learning "
                    "does not count as evidence.",
                ),
            ),
            (
                Status.SELF,
                pick(
                    lang,
                    "De kandidaat zegt het te kunnen; het portfolio toont het nog niet.",
                    "The candidate says they can; the portfolio does not show it yet.",
                ),
            ),
            (
                Status.NONE,
                pick(
                    lang,
                    "De kandidaat zegt (nog) niet dat hij of zij dit kan.",
                    "The candidate does not (yet) say they can do this.",
                ),
            ),
        )
    ]
    story += [Spacer(1, 22), list_table(legend, [20, CONTENT_WIDTH - 20], header=False)]
    return story


def _missing(parts: list[Part], lang: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        SectionTitle(pick(lang, "Nog zonder bewijs", "Still without evidence"), "missing", 0)
    ]
    rows: list[list[object]] = []
    for part in parts:
        for item in part.competences:
            if item.status is not Status.EVIDENCE:
                rows.append(
                    [
                        StatusMark(item.status.value),
                        [para(item.label, styles.cell), para(part.label, styles.meta)],
                        rich(_status_word(item.status, lang), styles.meta),
                    ]
                )
    if not rows:
        done = pick(
            lang,
            "Voor elke competentie van deze beroepskwalificatie is er bewijs.",
            "There is evidence for every competence of this qualification.",
        )
        return [*story, para(done, styles.body)]
    intro = pick(
        lang,
        "Verzamel voor deze competenties nog bewijs: een attest, een werkgeversverklaring, "
        "foto's van je werk of een beschrijving van een ervaring.",
        "Gather evidence for these competences: a certificate, an employer's statement, "
        "photos of your work or a description of an experience.",
    )
    return [*story, para(intro, styles.body), Spacer(1, 8), list_table(rows, ROW_WIDTHS, False)]


def _details(
    parts: list[Part], options: EvcOptions, styles: Styles, appendices: Appendices
) -> list[Flowable]:
    lang = options.lang
    story: list[Flowable] = [
        SectionTitle(pick(lang, "Competenties en bewijs", "Competences and evidence"), "details")
    ]
    for number, part in enumerate(parts, 1):
        story.append(Heading(part.label, styles.group, f"part-{number}", 1))
        rows: list[list[object]] = [
            [
                "",
                th(pick(lang, "Competentie en bewijs", "Competence and evidence"), styles),
                th("Status", styles),
            ]
        ]
        for item in part.competences:
            cell: list[Flowable] = [para(item.label, styles.cell), Spacer(1, 1.5)]
            cell += [rich(line, styles.meta) for line in _evidence_lines(item, options, appendices)]
            if options.include_notes:
                cell += [para(c.note, styles.note) for c in item.claims if c.note.strip()]
            rows.append(
                [
                    StatusMark(item.status.value),
                    cell,
                    rich(_status_word(item.status, lang), styles.meta),
                ]
            )
        story.append(list_table(rows, ROW_WIDTHS))
    return story


def _evidence_lines(
    item: CompetenceEvidence, options: EvcOptions, appendices: Appendices
) -> list[str]:
    lang = options.lang
    faint = hex_of(FAINT)

    def line(verb: str, text: str) -> str:
        return f'<font color="{faint}">{escape(verb)}</font> {text}'

    lines: list[str] = []
    for experience in item.experiences:
        when = period(experience.start, experience.end, lang)
        text = fonts.markup(experience.title) + (f", {escape(when)}" if when else "")
        lines.append(line(pick(lang, "ervaring", "experience"), text))
    for proof in item.leerbewijzen:
        extra = [proof.issuer.strip(), short_month_year(proof.issued, lang)]
        text = ", ".join([fonts.markup(proof.title), *(fonts.markup(e) for e in extra if e)])
        lines.append(line(pick(lang, "leerbewijs", "proof of learning"), text))
    for claim in item.claims:
        sources = source_text(claim, lang)
        if sources:
            lines.append(line(pick(lang, "vastgesteld door", "identified by"), ", ".join(sources)))
    lines += [_self_assessment(c, lang) for c in item.claims]
    if options.include_attachments:
        refs = [
            appendices.reference(a)
            for a in (appendices.cite(i, item.label) for i in item.attachment_ids)
            if a is not None
        ]
        if refs:
            lines.append(line(pick(lang, "zie", "see"), ", ".join(refs)))
    return lines


def _self_assessment(claim: CompetenceClaim, lang: str) -> str:
    verb = pick(lang, "eigen inschatting", "own assessment")
    text = escape(claim.level_text(lang))
    if claim.last_used:
        text += escape(pick(lang, ", laatst gebruikt ", ", last used ")) + escape(
            short_month_year(claim.last_used, lang)
        )
    return f'<font color="{hex_of(FAINT)}">{verb}</font> {text}'
