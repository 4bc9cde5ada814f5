"""Pieces both PDFs use: the personal header and the sentence that says how a competence is
shown ("aangetoond met …, gebruikt bij …").

Only chosen fields and chosen items are ever named. A claim backed by a leerbewijs the user
left out still says it was shown with a leerbewijs, without naming it: saying "zelf
ingeschat" would undersell the user, and naming it would leak what they chose to hide.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from portfolio_app.domain import CompetenceClaim, Experience, Leerbewijs, Profile
from portfolio_app.domain.enums import SourceKind, label
from portfolio_app.domain.links import Links
from portfolio_app.export import fonts
from portfolio_app.export.options import PersonalField
from portfolio_app.export.pdf_style import (
    ACCENT,
    CONTENT_WIDTH,
    FAINT,
    RULE,
    Styles,
    hex_of,
    para,
    rich,
)
from portfolio_app.export.wording import long_date, pick


def contact_parts(profile: Profile, fields: frozenset[PersonalField], lang: str) -> list[str]:
    parts: list[str] = []
    if PersonalField.EMAIL in fields:
        parts += [e for e in profile.emails if e.strip()]
    if PersonalField.PHONE in fields and profile.phone.strip():
        parts.append(profile.phone.strip())
    if PersonalField.CITY in fields and profile.city.strip():
        parts.append(profile.city.strip())
    if PersonalField.WEBSITE in fields and profile.website.strip():
        parts.append(profile.website.strip())
    if PersonalField.BIRTH_DATE in fields and profile.birth_date:
        born = pick(lang, "geboren op", "born")
        parts.append(f"{born} {long_date(profile.birth_date, lang)}")
    return parts


def shown_name(profile: Profile, fields: frozenset[PersonalField]) -> str:
    return profile.full_name if PersonalField.NAME in fields else ""


def header(
    profile: Profile, fields: frozenset[PersonalField], kicker: str, styles: Styles, lang: str
) -> list[Flowable]:
    """Name large and light, the headline in the accent colour, the contact line small; the
    document's kind as a small label above, so the annex is recognised on a desk full of
    paper."""
    story: list[Flowable] = [rich(escape(kicker.upper()), styles.kicker), Spacer(1, 7)]
    name = shown_name(profile, fields)
    if name:
        story.append(para(name, styles.name))
    if PersonalField.HEADLINE in fields and profile.headline.strip():
        story += [Spacer(1, 2), para(profile.headline, styles.headline)]
    contacts = contact_parts(profile, fields, lang)
    if contacts:
        dot = f'<font color="{hex_of(RULE)}">\u2002|\u2002</font>'
        line = dot.join(fonts.markup(c) for c in contacts)
        story += [Spacer(1, 6), rich(line, styles.contact)]
    story.append(Spacer(1, 12))
    story.append(_rule())
    return story


def _rule() -> Table:
    table = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[1])
    table.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
            ]
        )
    )
    return table


@dataclass
class Lookup:
    """The evidence objects an export may name, by ID, and the links of the whole portfolio
    (read from both sides, ``domain.links``): a link made from the leerbewijs's side shows
    here as well as one made from the claim's."""

    leerbewijzen: Mapping[str, Leerbewijs]
    experiences: Mapping[str, Experience]
    hidden_leerbewijzen: frozenset[str] = field(default_factory=frozenset)
    hidden_experiences: frozenset[str] = field(default_factory=frozenset)
    links: Links = field(default_factory=lambda: Links((), (), ()))


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    last = pick(lang, " en ", " and ")
    return ", ".join(items[:-1]) + last + items[-1]


def source_text(claim: CompetenceClaim, lang: str) -> list[str]:
    """Who, other than the user, identified the competence: 'VDAB (2023)'."""
    found: list[str] = []
    for source in claim.sources:
        if source.kind is SourceKind.ZELF:
            continue
        kind = label(source.kind, lang)
        name = source.name.strip()
        text = f"{name} ({kind.lower()})" if name and name != kind else kind
        if source.date:
            text += f", {source.date.year}"
        found.append(fonts.markup(text))
    return found


def evidence_markup(claim: CompetenceClaim, lookup: Lookup, lang: str) -> str:
    """'aangetoond met X', 'gebruikt bij Y', 'vastgesteld door Z', one per line, or 'zelf
    ingeschat'.

    Returned as paragraph markup: the verbs muted, the names in the text colour, so the eye
    finds the names."""
    muted = hex_of(FAINT)

    def phrase(verb: str, names: list[str]) -> str:
        return f'<font color="{muted}">{verb}</font> {_join(names, lang)}'

    phrases: list[str] = []
    linked_proofs = [p.id for p in lookup.links.leerbewijzen_for(claim)]
    linked_experiences = [e.id for e in lookup.links.experiences_for(claim)]
    proofs = [
        fonts.markup(lookup.leerbewijzen[i].title)
        for i in linked_proofs
        if i in lookup.leerbewijzen
    ]
    if not proofs and any(i in lookup.hidden_leerbewijzen for i in linked_proofs):
        proofs = [pick(lang, "een leerbewijs", "a proof of learning")]
    if proofs:
        phrases.append(phrase(pick(lang, "aangetoond met", "shown by"), proofs))
    used = [
        fonts.markup(lookup.experiences[i].title)
        for i in linked_experiences
        if i in lookup.experiences
    ]
    if not used and any(i in lookup.hidden_experiences for i in linked_experiences):
        used = [pick(lang, "een ervaring", "an experience")]
    if used:
        phrases.append(phrase(pick(lang, "gebruikt bij", "used at"), used))
    sources = source_text(claim, lang)
    if sources:
        phrases.append(phrase(pick(lang, "vastgesteld door", "identified by"), sources))
    if not phrases:
        return f'<font color="{muted}">{pick(lang, "zelf ingeschat", "self-assessed")}</font>'
    return "<br/>".join(phrases)
