"""The EVC evidence dossier: for one beroepskwalificatie, every competence with the evidence
the candidate holds, and every leerbewijs and experience behind it, for the assessor at the
test centre.

The order is the order an assessor reads in: a cover (what this is, who compiled it, which
BK and where to look it up, the candidate's declaration on honour); the state at a glance and
the evidence scale; what the dossier shows no valid evidence for; each competence with its
evidence (``evc_details``); the leerbewijzen and experiences in full (``evc_register``); and
the appendices, with the original files of digital credentials when asked for
(``embedded``). A typed ``--bk`` must name one qualification: several candidates are an
error that lists them.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from portfolio_app.check.load import AmbiguousTarget, TargetOption
from portfolio_app.domain import Profile
from portfolio_app.domain.enums import TargetKind
from portfolio_app.errors import InvalidInput, NotFound, PortfolioError
from portfolio_app.export.appendices import Appendices
from portfolio_app.export.embedded import EmbeddedCredentials
from portfolio_app.export.evc_cover import cover
from portfolio_app.export.evc_details import details, missing
from portfolio_app.export.evc_evidence import collect
from portfolio_app.export.evc_register import Register
from portfolio_app.export.json_document import atomic_write
from portfolio_app.export.options import EvcOptions
from portfolio_app.export.pdf_document import DocInfo, build_pdf
from portfolio_app.export.pdf_parts import shown_name
from portfolio_app.export.pdf_style import Styles
from portfolio_app.export.wording import long_date, pick
from portfolio_app.language import CompetenceLanguage, Qualification
from portfolio_app.vault import Portfolio

LIST_HINT_NL = "Zoek de naam met 'portfolio language search NAAM --kind qualification'."
LIST_HINT_EN = "Look up the name with 'portfolio language search NAME --kind qualification'."


class AmbiguousQualification(AmbiguousTarget):
    """A name that fits several beroepskwalificaties; ``options`` lists them to pick from."""

    def __init__(self, text: str, options: list[TargetOption]) -> None:
        names = "; ".join(o.label for o in options)
        PortfolioError.__init__(
            self,
            f"'{text}' past bij meer dan één beroepskwalificatie: {names}. Geef de volledige "
            "naam of de URI.",
            f"'{text}' fits more than one professional qualification: {names}. Give the full "
            "name or the URI.",
        )
        self.options = options


def find_qualification(language: CompetenceLanguage, text: str) -> Qualification:
    """A beroepskwalificatie by URI or by its name, as typed after ``--bk``. A name must fit
    one: an exact name (of the qualification or one of its deelkwalificaties) wins, and
    several candidates are refused with the list, never one picked silently."""
    text = text.strip()
    if not text:
        raise InvalidInput(
            f"Geef een beroepskwalificatie. {LIST_HINT_NL}",
            f"Give a professional qualification. {LIST_HINT_EN}",
        )
    if ":" in text and " " not in text:
        found = language.qualification(text)
        if found is not None:
            return found
    exact: dict[str, Qualification] = {}
    other: dict[str, Qualification] = {}
    for hit in language.search(text, limit=20, kinds={"qualification"}):
        qualification = language.qualification(hit.uri)  # a deelkwalificatie gives its BK
        if qualification is not None:
            (exact if hit.match == "exact" else other).setdefault(qualification.uri, qualification)
    candidates = list((exact or other).values())
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise NotFound(
            f"Er is geen beroepskwalificatie gevonden voor '{text}'. {LIST_HINT_NL}",
            f"No professional qualification was found for '{text}'. {LIST_HINT_EN}",
        )
    raise AmbiguousQualification(
        text,
        [TargetOption(q.uri, q.label("nl"), TargetKind.BEROEPSKWALIFICATIE) for q in candidates],
    )


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
    ``qualification_labels``); without it the labels saved with the claims are used.
    Everything is counted on the dossier's date (``options.created``, else today)."""
    options = options or EvcOptions()
    lang = options.lang
    dossier = collect(portfolio, qualification, labels or {}, lang, options.creation_date())
    profile = portfolio.profile.get()
    styles = Styles()
    credentials = (
        EmbeddedCredentials(dossier.leerbewijzen, lang) if options.embed_credentials else None
    )
    appendices = Appendices(portfolio, lang, credentials, titled=True)
    register = Register(dossier, options, appendices, credentials)
    story = cover(qualification, dossier, profile, options, styles)
    story += missing(dossier, lang, styles)
    story += details(dossier, register, options, styles)
    story += register.story(styles)
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
