"""The public catalogues a Flemish citizen uses to find a course or a qualification, as links
the user can open in a browser.

Only start pages are linked, each one seen on a stored public page (docs/rights.md lists
where): no search-URL format of these sites could be verified, and a guessed query string
that breaks would send a person who is not a computer person to an error page. So each link
says what to type there ("typ 'heftruck besturen' in het zoekveld"); what is typed is never
put into the URL. The app never fetches these pages: they open only when the user clicks.

| catalogue | for | start page |
| --- | --- | --- |
| VDAB-opleidingen | courses, incl. those the VDAB recognises | www.vdab.be/opleidingen |
| Onderwijskiezer | programmes in education, adult education included | onderwijskiezer.be |
| Kwalificatiedatabank | a BK's official text | vlaamsekwalificatiestructuur.be |
| EVC-testcentra | how an EVC-traject goes, and the register of test centres | vlaanderen.be |
"""

from __future__ import annotations

from dataclasses import dataclass

from portfolio_app.check.texts import Text
from portfolio_app.domain.steps import Catalogue, CatalogueLink


@dataclass(frozen=True, slots=True)
class CatalogueInfo:
    name: Text
    url: str
    how: Text  # with {x}: what to type


CATALOGUES: dict[Catalogue, CatalogueInfo] = {
    Catalogue.VDAB_OPLEIDINGEN: CatalogueInfo(
        ("VDAB-opleidingen", "VDAB courses"),
        "https://www.vdab.be/opleidingen",
        (
            "Open VDAB-opleidingen en typ '{x}' in het zoekveld.",
            "Open VDAB courses (in Dutch) and type '{x}' in the search box.",
        ),
    ),
    Catalogue.ONDERWIJSKIEZER: CatalogueInfo(
        ("Onderwijskiezer", "Onderwijskiezer"),
        "https://www.onderwijskiezer.be/v2/index.php",
        (
            "Open Onderwijskiezer en zoek naar '{x}'. Kijk bij het volwassenenonderwijs.",
            "Open Onderwijskiezer (in Dutch) and search for '{x}'. Look under adult education.",
        ),
    ),
    Catalogue.KWALIFICATIEDATABANK: CatalogueInfo(
        ("Kwalificatiedatabank", "Qualifications database (Kwalificatiedatabank)"),
        "https://vlaamsekwalificatiestructuur.be/beroepskwalificaties/",
        (
            "Open de pagina over beroepskwalificaties en zoek in de Kwalificatiedatabank naar "
            "'{x}': daar staat de officiële tekst.",
            "Open the page on professional qualifications (in Dutch) and search the "
            "Kwalificatiedatabank for '{x}': it holds the official text.",
        ),
    ),
    Catalogue.EVC_TESTCENTRA: CatalogueInfo(
        ("EVC bij de Vlaamse overheid", "EVC at the Flemish government"),
        "https://www.vlaanderen.be/erkennen-van-verworven-competenties/ervaring-voor-een-"
        "beroep-aantonen-bij-een-erkend-evc-testcentrum/verloop-van-een-traject-in-een-"
        "erkend-evc-testcentrum",
        (
            "Lees hoe een EVC-traject verloopt en zoek in het register een erkend testcentrum "
            "voor '{x}'.",
            "Read how an EVC procedure goes (in Dutch) and look up a recognised test centre "
            "for '{x}' in the register.",
        ),
    ),
}


def catalogue_link(catalogue: Catalogue, search_for: str) -> CatalogueLink:
    """A link to ``catalogue`` with what to type there. (Validated like any model: pydantic's
    own validation is faster than ``model_construct``, which loops in Python.)"""
    info = CATALOGUES[catalogue]
    what = search_for.strip()
    return CatalogueLink(
        catalogue=catalogue,
        name=info.name[0],
        name_en=info.name[1],
        url=info.url,
        search_for=what,
        how=info.how[0].format(x=what),
        how_en=info.how[1].format(x=what),
    )
