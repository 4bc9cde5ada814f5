"""The first pages of the EVC dossier: what it is, for which beroepskwalificatie, who compiled
it, the candidate's declaration, and the state at a glance with the evidence scale explained.

The reader is the assessor at the test centre, so everything is said in the third person and
as fact. The dossier says plainly that the candidate compiled it and that the assessment
belongs to the test centre. The BK is named, never identified by the app's internal URI, with
its VKS level and where that level comes from: the levels of the app's own starter language
are its best knowledge, not taken from an official source (``docs/language-format.md``), so
they are printed as "te bevestigen", with where the official BK dossier can be found.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from portfolio_app.domain import EvidenceStrength, Profile
from portfolio_app.export import fonts
from portfolio_app.export.evc_evidence import STATUS_LABELS, STRENGTH_NAMES, Dossier, Status
from portfolio_app.export.options import EvcOptions
from portfolio_app.export.pdf_parts import contact_parts, shown_name
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    GOOD,
    INK,
    MISSING,
    PARTIAL,
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
from portfolio_app.export.wording import long_date, pick
from portfolio_app.language import Qualification

STATUS_COLOURS = {Status.EVIDENCE: GOOD, Status.SELF: PARTIAL, Status.NONE: MISSING}
OWN_URI = "urn:portfolio-app:"
"""The app's own qualifications: their VKS level is the project's best knowledge."""

SHOWN_STRENGTHS = (
    EvidenceStrength.DOCUMENT,
    EvidenceStrength.JUDGEMENT,
    EvidenceStrength.EXPERIENCE,
)


def status_word(status: Status, lang: str) -> str:
    nl, en = STATUS_LABELS[status]
    return f'<font color="{hex_of(STATUS_COLOURS[status])}">{pick(lang, nl, en)}</font>'


def title_case(text: str) -> str:
    """'heftruckchauffeur' as a title: the first letter up, the rest as the language has it."""
    return text[:1].upper() + text[1:]


def level_line(qualification: Qualification, lang: str) -> str:
    """'VKS-niveau 2 (te bevestigen)' for the app's own levels, else 'VKS-niveau 2'."""
    level = pick(lang, "VKS-niveau", "VKS level") + f" {qualification.vks_level}"
    if qualification.uri.startswith(OWN_URI):
        level += pick(lang, " (te bevestigen)", " (to be confirmed)")
    return level


def _facts(qualification: Qualification, lang: str, styles: Styles) -> list[Flowable]:
    own = qualification.uri.startswith(OWN_URI)
    name_nl = qualification.label_nl or qualification.label(lang)
    if own:
        source = pick(
            lang,
            "Te bevestigen: dit niveau is de beste kennis van de app Portfolio en komt niet uit "
            "een officiële bron.",
            "To be confirmed: this level is the Portfolio app's best knowledge and does not "
            "come from an official source.",
        )
    else:
        source = pick(
            lang,
            "Zoals de competentietaal in de app het vermeldt.",
            "As stated in the app's competence language.",
        )
    lookup = pick(
        lang,
        "Het officiële dossier van de beroepskwalificatie, met haar competenties en niveau, "
        "staat in de Kwalificatiedatabank van de Vlaamse overheid; ook Onderwijskiezer "
        f"beschrijft de beroepskwalificaties. Zoek er op de naam ‘{name_nl}’.",
        "The official file of the professional qualification, with its competences and level, "
        "is in the Flemish government's qualification database (Kwalificatiedatabank); "
        f"Onderwijskiezer describes the qualifications too. Search there for ‘{name_nl}’.",
    )
    rows: list[list[object]] = [
        [th(pick(lang, "Naam", "Name"), styles), para(qualification.label(lang), styles.cell)],
        [
            th(pick(lang, "VKS-niveau", "VKS level"), styles),
            [para(str(qualification.vks_level), styles.cell), para(source, styles.meta)],
        ],
        [th(pick(lang, "Opzoeken", "Look it up"), styles), para(lookup, styles.meta)],
    ]
    if not own and qualification.uri.startswith(("http://", "https://")):
        rows.append([th(pick(lang, "Identificatie", "Identifier"), styles),
                     para(qualification.uri, styles.meta)])  # fmt: skip
    if own and qualification.deelkwalificaties:
        grouping = pick(
            lang,
            "De competenties staan hierna in delen. Die indeling is van de app, niet die van de "
            "officiële deelkwalificaties.",
            "The competences below are grouped in parts. That grouping is the app's, not the "
            "official partial qualifications.",
        )
        rows.append([th(pick(lang, "Indeling", "Grouping"), styles), para(grouping, styles.meta)])
    return [
        SectionTitle(pick(lang, "De beroepskwalificatie", "The professional qualification"), "bk"),
        list_table(rows, [96, CONTENT_WIDTH - 96], header=False),
    ]


def cover(
    qualification: Qualification,
    dossier: Dossier,
    profile: Profile,
    options: EvcOptions,
    styles: Styles,
) -> list[Flowable]:
    lang = options.lang
    story: list[Flowable] = [
        rich(pick(lang, "EVC-BEWIJSDOSSIER", "RPL EVIDENCE DOSSIER"), styles.kicker),
        Spacer(1, 22),
        para(title_case(qualification.label(lang)), styles.cover_title),
        Spacer(1, 6),
        para(
            f"{pick(lang, 'Beroepskwalificatie', 'Professional qualification')} · "
            f"{level_line(qualification, lang)}",
            styles.headline,
        ),
        Spacer(1, 20),
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
    about = pick(
        lang,
        "Dit dossier is door de kandidaat zelf samengesteld met de app Portfolio, uit wat de "
        "kandidaat in het eigen portfolio bijhoudt. Het is een hulpmiddel, geen oordeel: of de "
        "competenties verworven zijn, beoordeelt het EVC-testcentrum.",
        "The candidate compiled this dossier with the Portfolio app, from what the candidate "
        "keeps in their own portfolio. It is an aid, not a judgement: whether the competences "
        "have been acquired is assessed by the RPL test centre.",
    )
    story += [Spacer(1, 14), panel([[para(about, styles.body)]], [CONTENT_WIDTH])]
    story += _facts(qualification, lang, styles)
    story += declaration(name, lang, styles)
    story.append(PageBreak())
    story += glance(dossier, lang, styles)
    return story


def declaration(name: str, lang: str, styles: Styles) -> list[Flowable]:
    """The candidate's declaration on honour, with lines for place, date and signature. The
    only first-person text in the dossier: the candidate signs it."""
    text = pick(
        lang,
        "Ik, ondergetekende, verklaar op erewoord dat de gegevens in dit dossier juist en "
        "volledig zijn, en dat de documenten die erbij horen echt zijn en over mij gaan.",
        "I, the undersigned, declare on my honour that the information in this dossier is "
        "true and complete, and that the documents that belong to it are genuine and "
        "concern me.",
    )
    blank = ""
    rows: list[list[object]] = [
        [th(pick(lang, "Naam", "Name"), styles), para(name, styles.cell) if name else blank],
        [th(pick(lang, "Plaats", "Place"), styles), blank],
        [th(pick(lang, "Datum", "Date"), styles), blank],
        [th(pick(lang, "Handtekening", "Signature"), styles), blank],
    ]
    lines = Table(rows, colWidths=[90, 230], rowHeights=[24, 28, 28, 46], hAlign="LEFT")
    lines.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
            ]
        )
    )
    title = pick(lang, "Verklaring op erewoord", "Declaration on honour")
    return [KeepTogether([SectionTitle(title, "declaration"), para(text, styles.body),
                          Spacer(1, 4), lines])]  # fmt: skip


def glance(dossier: Dossier, lang: str, styles: Styles) -> list[Flowable]:
    totals = dict.fromkeys(Status, 0)
    for part in dossier.parts:
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
                rich(status_word(status, lang), styles.meta),
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
    breakdown = _breakdown(dossier, lang)
    if breakdown:
        story += [Spacer(1, 8), para(breakdown, styles.meta)]
    if len(dossier.parts) > 1:
        rows: list[list[object]] = [
            [
                th(pick(lang, "Deel", "Part"), styles),
                *[th(pick(lang, *STATUS_LABELS[s]), styles) for s in Status],
            ]
        ]
        for part in dossier.parts:
            tally = part.tally()
            rows.append(
                [para(part.label, styles.cell), *[para(str(tally[s]), styles.cell) for s in Status]]
            )
        story += [Spacer(1, 14), list_table(rows, [CONTENT_WIDTH - 240, 72, 96, 72])]
    return story + _legend(lang, styles)


def _breakdown(dossier: Dossier, lang: str) -> str:
    """'Met bewijs: 2 met een document, 1 met een beschreven ervaring (het sterkste bewijs).'"""
    counts = dossier.strengths()
    parts = [
        f"{counts[s]} {pick(lang, 'met een', 'by a')} {pick(lang, *STRENGTH_NAMES[s])}"
        for s in SHOWN_STRENGTHS
        if counts.get(s)
    ]
    if not parts:
        return ""
    return pick(
        lang,
        f"Met bewijs: {', '.join(parts)} (telkens het sterkste bewijs).",
        f"With evidence: {', '.join(parts)} (the strongest evidence of each).",
    )


def _legend(lang: str, styles: Styles) -> list[Flowable]:
    statuses = [
        [StatusMark(s.value), [rich(status_word(s, lang), styles.meta), para(text, styles.meta)]]
        for s, text in (
            (
                Status.EVIDENCE,
                pick(
                    lang,
                    "De kandidaat zegt het te kunnen en het portfolio toont het met geldig bewijs: "
                    "een document, een oordeel van iemand anders of een beschreven ervaring.",
                    "The candidate says they can, and the portfolio shows it with valid "
                    "evidence: a document, someone else's judgement or a described experience.",
                ),
            ),
            (
                Status.SELF,
                pick(
                    lang,
                    "De kandidaat zegt het te kunnen; het portfolio toont het niet met geldig "
                    "bewijs (alleen de eigen inschatting, of een verlopen leerbewijs).",
                    "The candidate says they can; the portfolio does not show it with valid "
                    "evidence (only their own estimate, or an expired proof of learning).",
                ),
            ),
            (
                Status.NONE,
                pick(
                    lang,
                    "De kandidaat geeft niet aan dit (op het gevraagde niveau) te kunnen.",
                    "The candidate does not say they can do this (at the level asked).",
                ),
            ),
        )
    ]
    scale = [
        [rich(f"<b>{escape(pick(lang, *STRENGTH_NAMES[s]))}</b>", styles.meta),
         para(text, styles.meta)]
        for s, text in _scale_texts(lang)
    ]  # fmt: skip
    note = pick(
        lang,
        "Een verlopen leerbewijs toont dat de kandidaat het leerde, niet dat hij of zij het nu "
        "nog kan: het telt niet als bewijs. Een digitaal leerbewijs waarvan de controle "
        "mislukte, telt niet.",
        "An expired proof of learning shows that the candidate learned it, not that they can "
        "still do it: it does not count as evidence. A digital credential whose check failed "
        "does not count.",
    )
    return [
        Spacer(1, 16),
        list_table(statuses, [20, CONTENT_WIDTH - 20], header=False),
        SectionTitle(pick(lang, "Sterkte van het bewijs", "Strength of the evidence"), "scale"),
        para(
            pick(
                lang,
                "Elk bewijs in dit dossier staat met zijn sterkte, van sterk naar zwak:",
                "Each piece of evidence in this dossier is given with its strength, strongest "
                "first:",
            ),
            styles.body,
        ),
        Spacer(1, 4),
        list_table(scale, [120, CONTENT_WIDTH - 120], header=False),
        Spacer(1, 6),
        para(note, styles.meta),
    ]


def _scale_texts(lang: str) -> list[tuple[EvidenceStrength, str]]:
    return [
        (
            EvidenceStrength.DOCUMENT,
            pick(
                lang,
                "Een leerbewijs met het document erbij (scan of PDF), een digitaal leerbewijs "
                "waarvan de handtekening en de sleutel van de uitgever offline klopten, of een "
                "document bij de competentie.",
                "A proof of learning with its document (scan or PDF), a digital credential "
                "whose signature and issuer key were checked offline, or a document attached "
                "to the competence.",
            ),
        ),
        (
            EvidenceStrength.JUDGEMENT,
            pick(
                lang,
                "Iemand anders stelde het vast, met wie en wanneer: een werkgever, opleider, "
                "school of VDAB. Ook een leerbewijs zonder het document erbij (de uitgever en de "
                "datum zijn het wie en wanneer).",
                "Someone else established it, with who and when: an employer, trainer, school "
                "or VDAB. Also a proof of learning without its document (the issuer and the "
                "date are the who and when).",
            ),
        ),
        (
            EvidenceStrength.EXPERIENCE,
            pick(
                lang,
                "Een ervaring waarin de competentie gebruikt werd, met een beschrijving van wat "
                "de kandidaat deed.",
                "An experience in which the competence was used, with a description of what "
                "the candidate did.",
            ),
        ),
        (
            EvidenceStrength.OWN,
            pick(
                lang,
                "Alleen het woord van de kandidaat, of een ervaring zonder beschrijving.",
                "The candidate's word alone, or an experience without a description.",
            ),
        ),
    ]
