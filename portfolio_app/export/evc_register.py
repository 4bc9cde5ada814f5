"""The dossier's registers: every leerbewijs that bears on the beroepskwalificatie (L1, L2, …)
and every experience cited (E1, E2, …), each in full once, so the competence pages can stay
short and refer to them.

An experience is printed with its description: the description is what makes it evidence
("beschreven ervaring") and what the assessor reads. A leerbewijs shows its kind, issuer,
dates and expiry ("verlopen op …"), its number, what was checked of a digital credential, the
competences that cite it, or, when none does, that it is not cited yet.
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from portfolio_app.check.evidence import experience_strength, leerbewijs_strength
from portfolio_app.domain import EvidenceStrength, Experience, Leerbewijs
from portfolio_app.domain.enums import label
from portfolio_app.export import fonts
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.embedded import EmbeddedCredentials, format_name, is_digital
from portfolio_app.export.evc_evidence import STRENGTH_NAMES, Dossier
from portfolio_app.export.options import EvcOptions
from portfolio_app.export.pdf_style import (
    CONTENT_WIDTH,
    MISSING,
    PARTIAL,
    SectionTitle,
    Styles,
    hex_of,
    list_table,
    para,
    rich,
    th,
)
from portfolio_app.export.wording import long_date, month_year, pick

DESCRIPTION_LIMIT = 1500
"""Characters of a leerbewijs description printed (a badge may list pages of outcomes)."""

SECTION_START = 150.0
"""Points a section needs left on the page to start there: its title, its introduction and the
first entry of its table. Less, and it starts on the next page instead of leaving its title
alone at the bottom."""

WIDTHS = [30, CONTENT_WIDTH - 30 - 112, 112]


def expiry(leerbewijs: Leerbewijs, today: date, lang: str) -> str:
    """'geldig tot 14 maart 2026', or 'verlopen op 20 november 2025' in red; '' when the
    leerbewijs has no end date (nothing is said about validity then)."""
    if leerbewijs.expires is None:
        return ""
    day = long_date(leerbewijs.expires, lang)
    if leerbewijs.expires < today:
        words = pick(lang, f"verlopen op {day}", f"expired on {day}")
        return f'<font color="{hex_of(MISSING)}">{escape(words)}</font>'
    return escape(pick(lang, f"geldig tot {day}", f"valid until {day}"))


def months(start: date | None, end: date | None, lang: str) -> str:
    """'maart 2017 – nu', 'sep. 2014 – feb. 2017', or '' when nothing is known."""
    if start is None and end is None:
        return ""
    first = month_year(start, lang) if start else "?"
    last = month_year(end, lang) if end else pick(lang, "nu", "present")
    return first if first == last else f"{first} – {last}"


def strength_name(strength: EvidenceStrength, lang: str) -> str:
    return pick(lang, *STRENGTH_NAMES[strength])


class Register:
    """Numbers for the leerbewijzen and experiences, the appendices they bring, and the two
    register sections."""

    def __init__(
        self,
        dossier: Dossier,
        options: EvcOptions,
        appendices: Appendices,
        credentials: EmbeddedCredentials | None,
    ) -> None:
        self.dossier = dossier
        self.options = options
        self.lang = options.lang
        self.appendices = appendices
        self.credentials = credentials
        self.numbers = {lb.id: f"L{n}" for n, lb in enumerate(dossier.leerbewijzen, 1)}
        self.numbers.update({ex.id: f"E{n}" for n, ex in enumerate(dossier.experiences, 1)})
        # An attachment is titled by what it belongs to: a leerbewijs first, then an experience.
        self.owner: dict[str, str] = {}
        owners = [(lb.attachment_ids, lb.title) for lb in dossier.leerbewijzen]
        owners += [(ex.attachment_ids, ex.title) for ex in dossier.experiences]
        for attachment_ids, title in owners:
            for attachment_id in attachment_ids:
                self.owner.setdefault(attachment_id, title)

    def ref(self, thing_id: str) -> str:
        number = self.numbers.get(thing_id, "")
        return f'<a href="#ev-{number}">{number}</a>' if number else ""

    def appendix_refs(self, attachment_ids: list[str], supports: str, title: str = "") -> str:
        """'bijlage 2, bijlage 3' (linked), citing each for ``supports`` (a competence; empty
        from the registers, where the title already says what it belongs to); '' without
        any."""
        if not self.options.include_attachments:
            return ""
        cited = [
            self.appendices.cite(i, supports, self.owner.get(i) or title) for i in attachment_ids
        ]
        return ", ".join(self.appendices.reference(a) for a in cited if a is not None)

    # -- the sections ---------------------------------------------------------------------

    def story(self, styles: Styles) -> list[Flowable]:
        return self._leerbewijzen(styles) + self._experiences(styles)

    def _leerbewijzen(self, styles: Styles) -> list[Flowable]:
        lang = self.lang
        title = pick(lang, "Leerbewijzen", "Proofs of learning")
        story: list[Flowable] = [CondPageBreak(SECTION_START), SectionTitle(title, "leerbewijzen")]
        if not self.dossier.leerbewijzen:
            none = pick(
                lang,
                "Het portfolio bevat geen leerbewijs dat over deze beroepskwalificatie gaat.",
                "The portfolio holds no proof of learning that bears on this qualification.",
            )
            return [*story, para(none, styles.body)]
        intro = pick(
            lang,
            "Elk leerbewijs in het portfolio dat over deze beroepskwalificatie gaat: vermeld bij "
            "een van haar competenties, of met de naam van de beroepskwalificatie of een deel "
            "ervan.",
            "Every proof of learning in the portfolio that bears on this qualification: cited "
            "for one of its competences, or naming the qualification or one of its parts.",
        )
        rows: list[list[object]] = [self._header(styles)]
        rows += [self._leerbewijs_row(lb, styles) for lb in self.dossier.leerbewijzen]
        return [*story, para(intro, styles.body), Spacer(1, 6), list_table(rows, WIDTHS)]

    def _header(self, styles: Styles) -> list[object]:
        lang = self.lang
        return [
            th(pick(lang, "Nr.", "No."), styles),
            th(pick(lang, "Gegevens", "Details"), styles),
            th(pick(lang, "Sterkte", "Strength"), styles),
        ]

    def _leerbewijs_row(self, lb: Leerbewijs, styles: Styles) -> list[object]:
        lang, today = self.lang, self.dossier.today
        number = self.numbers[lb.id]
        facts = [label(lb.kind, lang), lb.issuer.strip()]
        if lb.issued:
            day = long_date(lb.issued, lang)
            facts.append(pick(lang, f"uitgereikt op {day}", f"issued on {day}"))
        if lb.vks_level:
            facts.append(pick(lang, f"VKS-niveau {lb.vks_level}", f"VKS level {lb.vks_level}"))
        if lb.credential_number.strip():
            facts.append(pick(lang, "nummer ", "number ") + lb.credential_number.strip())
        line = " · ".join(fonts.markup(f) for f in facts if f)
        valid = expiry(lb, today, lang)
        if valid:
            line += " · " + valid
        cell: list[Flowable] = [
            rich(f'<a name="ev-{number}"/>{fonts.markup(lb.title)}', styles.cell_strong),
            rich(line, styles.meta),
        ]
        description = lb.description.strip()
        if description:
            if len(description) > DESCRIPTION_LIMIT:
                description = description[: DESCRIPTION_LIMIT - 1].rstrip() + "…"
            cell.append(para(description, styles.meta))
        if is_digital(lb):
            cell.append(rich(self._digital(lb), styles.meta))
        cell.append(rich(self._cited(lb.id), styles.meta))
        uncited = pick(lang, f"leerbewijs {number}", f"proof of learning {number}")
        supports = "" if self.dossier.cited_by.get(lb.id) else uncited
        refs = self.appendix_refs(lb.attachment_ids, supports, lb.title)
        if refs:
            cell.append(rich(f"{pick(lang, 'Zie', 'See')} {refs}", styles.meta))
        if self.options.include_notes and lb.note.strip():
            cell.append(para(lb.note, styles.note))
        strength = leerbewijs_strength(lb)
        word = escape(strength_name(strength, lang))
        if lb.expires is not None and lb.expires < today:
            word += f'<br/><font color="{hex_of(MISSING)}">{pick(lang, "verlopen", "expired")}'
            word += "</font>"
        return [para(number, styles.cell), cell, rich(word, styles.meta)]

    def _digital(self, lb: Leerbewijs) -> str:
        lang = self.lang
        text = pick(lang, "Digitaal leerbewijs", "Digital credential")
        text += f" ({escape(format_name(lb))})"
        verification = lb.verification
        if verification is not None and verification.checks:
            from portfolio_app.credentials.checks import summary

            when = long_date(verification.checked_at.date(), lang)
            text += pick(
                lang, f", offline gecontroleerd op {when}: ", f", checked offline on {when}: "
            )
            said = summary(verification, lang)
            text += escape(said[:1].lower() + said[1:])
        else:
            text += "."
        name = self.credentials.name_of(lb.id) if self.credentials is not None else None
        if name:
            text += " " + pick(
                lang,
                f"Het originele bestand zit in deze PDF: ‘{fonts.markup(name)}’ "
                f'(zie <a href="#credentials">Digitale leerbewijzen</a>).',
                f"The original file is in this PDF: ‘{fonts.markup(name)}’ "
                f'(see <a href="#credentials">Digital credentials</a>).',
            )
        return text

    def _cited(self, thing_id: str) -> str:
        lang = self.lang
        labels = self.dossier.cited_by.get(thing_id, [])
        if labels:
            names = ", ".join(fonts.markup(n) for n in labels)
            return f"{pick(lang, 'Bij', 'For')}: {names}"
        words = pick(
            lang,
            "Nog bij geen competentie van deze beroepskwalificatie vermeld.",
            "Not cited for any competence of this qualification yet.",
        )
        return f'<font color="{hex_of(PARTIAL)}">{escape(words)}</font>'

    def _experiences(self, styles: Styles) -> list[Flowable]:
        if not self.dossier.experiences:
            return []
        lang = self.lang
        rows: list[list[object]] = [self._header(styles)]
        for ex in self.dossier.experiences:
            rows.append(self._experience_row(ex, styles))
        return [
            CondPageBreak(SECTION_START),
            SectionTitle(pick(lang, "Ervaringen", "Experiences"), "experiences"),
            para(
                pick(
                    lang,
                    "Elke ervaring die bij een competentie vermeld is, met de beschrijving die de "
                    "kandidaat gaf.",
                    "Every experience cited for a competence, with the description the "
                    "candidate gave.",
                ),
                styles.body,
            ),
            Spacer(1, 6),
            list_table(rows, WIDTHS),
        ]

    def _experience_row(self, ex: Experience, styles: Styles) -> list[object]:
        lang = self.lang
        number = self.numbers[ex.id]
        facts = [label(ex.kind, lang), months(ex.start, ex.end, lang)]
        cell: list[Flowable] = [
            rich(f'<a name="ev-{number}"/>{fonts.markup(ex.title)}', styles.cell_strong),
            para(" · ".join(f for f in facts if f), styles.meta),
        ]
        if ex.description.strip():
            cell.append(para(ex.description.strip(), styles.cell))
        else:
            none = pick(lang, "Geen beschrijving gegeven.", "No description given.")
            cell.append(para(none, styles.meta))
        cell.append(rich(self._cited(ex.id), styles.meta))
        refs = self.appendix_refs(ex.attachment_ids, "", ex.title)
        if refs:
            cell.append(rich(f"{pick(lang, 'Zie', 'See')} {refs}", styles.meta))
        if self.options.include_notes and ex.note.strip():
            cell.append(para(ex.note, styles.note))
        word = escape(strength_name(experience_strength(ex), lang))
        return [para(number, styles.cell), cell, rich(word, styles.meta)]
