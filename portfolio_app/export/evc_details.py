"""The competence pages of the EVC dossier: which competences the dossier shows no valid
evidence for, and then every competence with each piece of evidence on the one evidence
scale (document, oordeel van iemand anders, beschreven ervaring, eigen inschatting), its
dates, its expiry and the appendices that back it.

Valid evidence comes first, strongest first; then the candidate's own estimate; then what does
not count (an expired leerbewijs, a digital credential whose check failed), so the reason a
competence is "nog te bewijzen" is in plain sight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from portfolio_app.check.evidence import experience_strength, leerbewijs_strength
from portfolio_app.domain import EvidenceStrength
from portfolio_app.domain.check_result import STRENGTH_RANK, Standing
from portfolio_app.export import fonts
from portfolio_app.export.evc_cover import status_word
from portfolio_app.export.evc_evidence import CompetenceEvidence, Dossier, Status
from portfolio_app.export.evc_register import SECTION_START, Register, expiry, strength_name
from portfolio_app.export.options import EvcOptions
from portfolio_app.export.pdf_parts import source_text
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MISSING,
    Heading,
    SectionTitle,
    StatusMark,
    Styles,
    hex_of,
    list_table,
    para,
    rich,
    th,
)
from portfolio_app.export.wording import period, pick, short_month_year

STATUS_WIDTH = 84
ROW_WIDTHS = [20, CONTENT_WIDTH - 20 - STATUS_WIDTH, STATUS_WIDTH]
STRENGTH_WIDTH = 106


@dataclass(frozen=True)
class Line:
    """One piece of evidence of a competence."""

    strength: EvidenceStrength
    counts: bool  # current evidence, or the candidate's own word: not expired, not failed
    text: str  # markup

    @property
    def order(self) -> tuple[bool, int]:
        return (not self.counts, -STRENGTH_RANK[self.strength])


def status_detail(item: CompetenceEvidence, lang: str) -> str:
    """Why the status is what it is, in a few words under it."""
    state = item.state
    if state is None or state.standing is Standing.NOT_SAID:
        return ""
    if state.standing is Standing.SHOWN:
        return strength_name(state.strength, lang)
    if state.standing is Standing.TO_PROVE:
        if state.expired:
            return pick(lang, "leerbewijs verlopen", "proof of learning expired")
        return pick(lang, "alleen eigen inschatting", "own estimate only")
    if state.standing is Standing.LOWER_LEVEL:
        return pick(lang, "op een lager niveau", "at a lower level")
    return pick(lang, "volgens de kandidaat nog niet", "not yet, says the candidate")


def _status_cell(item: CompetenceEvidence, lang: str, styles: Styles) -> list[Flowable]:
    cell: list[Flowable] = [rich(status_word(item.status, lang), styles.meta)]
    detail = status_detail(item, lang) if item.status is not Status.EVIDENCE else ""
    if detail:
        cell.append(para(detail, styles.meta))
    return cell


def missing(dossier: Dossier, lang: str, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(SECTION_START),
        SectionTitle(pick(lang, "Zonder bewijs in dit dossier", "No evidence in this dossier"),
                     "missing"),
    ]  # fmt: skip
    rows: list[list[object]] = []
    for part in dossier.parts:
        for item in part.competences:
            if item.status is not Status.EVIDENCE:
                name: list[Flowable] = [para(item.label, styles.cell)]
                if len(dossier.parts) > 1:
                    name.append(para(part.label, styles.meta))
                rows.append([StatusMark(item.status.value), name, _status_cell(item, lang, styles)])
    if not rows:
        done = pick(
            lang,
            "Voor elke competentie van deze beroepskwalificatie toont het dossier geldig bewijs.",
            "The dossier shows valid evidence for every competence of this qualification.",
        )
        return [*story, para(done, styles.body)]
    intro = pick(
        lang,
        "Voor deze competenties toont het dossier geen geldig bewijs.",
        "For these competences the dossier shows no valid evidence.",
    )
    return [*story, para(intro, styles.body), Spacer(1, 8), list_table(rows, ROW_WIDTHS, False)]


def details(
    dossier: Dossier, register: Register, options: EvcOptions, styles: Styles
) -> list[Flowable]:
    lang = options.lang
    story: list[Flowable] = [
        CondPageBreak(SECTION_START),
        SectionTitle(pick(lang, "Competenties en bewijs", "Competences and evidence"), "details"),
    ]
    head = [
        "",
        th(
            pick(
                lang,
                "Competentie en bewijs, met zijn sterkte",
                "Competence and evidence, with its strength",
            ),
            styles,
        ),
        th("Status", styles),
    ]
    for number, part in enumerate(dossier.parts, 1):
        story.append(Heading(part.label, styles.group, f"part-{number}", 1))
        rows: list[list[object]] = [head]
        for item in part.competences:
            cell: list[Flowable] = [para(item.label, styles.cell)]
            lines = sorted(_lines(item, register, options), key=lambda line: line.order)
            if lines:
                cell += [Spacer(1, 2), _evidence_table(lines, lang, styles)]
            if options.include_notes:
                cell += [para(c.note, styles.note) for c in item.claims if c.note.strip()]
            rows.append([StatusMark(item.status.value), cell, _status_cell(item, lang, styles)])
        story.append(list_table(rows, ROW_WIDTHS))
    return story


def _evidence_table(lines: list[Line], lang: str, styles: Styles) -> Table:
    rows = []
    for line in lines:
        word = escape(strength_name(line.strength, lang))
        if not line.counts:
            word = f'<font color="{hex_of(MISSING)}">{word}</font>'
        rows.append([rich(word, styles.meta), rich(line.text, styles.meta)])
    width = ROW_WIDTHS[1] - 9
    table = Table(rows, colWidths=[STRENGTH_WIDTH, width - STRENGTH_WIDTH], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _lines(item: CompetenceEvidence, register: Register, options: EvcOptions) -> list[Line]:
    lang, today = options.lang, register.dossier.today
    found: list[Line] = []
    for lb in item.leerbewijzen:
        strength = leerbewijs_strength(lb)
        expired = lb.expires is not None and lb.expires < today
        facts = [fonts.markup(lb.title)]
        facts += [fonts.markup(f) for f in (lb.issuer.strip(), short_month_year(lb.issued, lang))]
        text = f"{pick(lang, 'leerbewijs', 'proof of learning')} {register.ref(lb.id)}: "
        text += ", ".join(f for f in facts if f)
        valid = expiry(lb, today, lang)
        if expired:
            text += f", {valid}: " + pick(lang, "telt niet als bewijs", "does not count")
        elif valid:
            text += f", {valid}"
        if strength is EvidenceStrength.NONE:
            text += pick(
                lang,
                " — de controle van het digitale leerbewijs mislukte: telt niet",
                " — the check of the digital credential failed: does not count",
            )
        refs = register.appendix_refs(lb.attachment_ids, item.label, lb.title)
        found.append(Line(strength, not expired and strength is not EvidenceStrength.NONE,
                          text + (f" · {refs}" if refs else "")))  # fmt: skip
    for ex in item.experiences:
        strength = experience_strength(ex)
        text = f"{pick(lang, 'ervaring', 'experience')} {register.ref(ex.id)}: "
        text += fonts.markup(ex.title)
        when = period(ex.start, ex.end, lang)
        text += f", {escape(when)}" if when else ""
        if not ex.description.strip():
            text += pick(lang, ", zonder beschrijving", ", without a description")
        refs = register.appendix_refs(ex.attachment_ids, item.label, ex.title)
        found.append(Line(strength, True, text + (f" · {refs}" if refs else "")))
    for claim in item.claims:
        sources = source_text(claim, lang)
        if sources:
            verb = pick(lang, "vastgesteld door", "established by")
            found.append(Line(EvidenceStrength.JUDGEMENT, True, f"{verb}: {', '.join(sources)}"))
        if claim.attachment_ids:
            text = pick(lang, "document bij de competentie", "document attached to the competence")
            title = pick(lang, f"Bij ‘{item.label}’", f"For ‘{item.label}’")
            refs = register.appendix_refs(claim.attachment_ids, item.label, title)
            text += f": {refs}" if refs else ""
            found.append(Line(EvidenceStrength.DOCUMENT, True, text))
        own = _own_word(claim.level_text(lang), claim.last_used, lang)
        found.append(Line(EvidenceStrength.OWN, True, own))
    return found


def _own_word(level: str, last_used: date | None, lang: str) -> str:
    text = pick(lang, "de kandidaat: ", "the candidate: ") + escape(level)
    if last_used is not None:
        text += escape(pick(lang, ", laatst gebruikt ", ", last used ")) + escape(
            short_month_year(last_used, lang)
        )
    return text
