"""What the app must say about the ESCO data it ships, and where to get the full download.

ESCO is published by the European Commission; its reuse is authorised provided the source
is acknowledged (Commission Decision 2011/833/EU on the reuse of Commission documents), and
a changed version must not be presented as the Commission's. The bundled language is an
extract of ESCO with the project's own additions (Dutch names for skills that ESCO's Dutch
files at hand do not name, everyday job titles, the starter language), so the text says
both. ``LanguageInfo.attribution`` carries it to "Over Portfolio", the README repeats it.
"""

from __future__ import annotations

ESCO_URL = "https://esco.ec.europa.eu"
DOWNLOAD_URL = "https://esco.ec.europa.eu/en/use-esco/download"

_NL = (
    "De beroepen en competenties komen uit ESCO{version}, de Europese classificatie van "
    "vaardigheden, competenties, kwalificaties en beroepen van de Europese Commissie "
    "({url}). © Europese Unie. Hergebruik is toegestaan mits de bron wordt vermeld "
    "(Besluit 2011/833/EU van de Commissie). Portfolio gebruikt een uittreksel en heeft er "
    "eigen gegevens aan toegevoegd: Nederlandse namen voor competenties die ESCO (nog) niet "
    "in het Nederlands heeft, alledaagse beroepsnamen en de startertaal met de "
    "beroepskwalificaties. Die toevoegingen zijn niet van de Europese Commissie, die niet "
    "verantwoordelijk is voor dit gebruik."
)
_EN = (
    "The occupations and competences come from ESCO{version}, the European classification "
    "of Skills, Competences, Qualifications and Occupations of the European Commission "
    "({url}). © European Union. Reuse is authorised provided the source is acknowledged "
    "(Commission Decision 2011/833/EU). Portfolio uses an extract and has added data of its "
    "own: Dutch names for competences that ESCO does not (yet) name in Dutch, everyday job "
    "titles, and the starter language with the professional qualifications. These additions "
    "are not the European Commission's, which is not responsible for this use."
)

_DOWNLOAD_NL = (
    "De volledige ESCO-download (CSV, met de officiële Nederlandse namen) haal je gratis op "
    f"{DOWNLOAD_URL}; lees hem in via Instellingen > Competentietaal > ESCO importeren."
)
_DOWNLOAD_EN = (
    f"Get the full ESCO download (CSV, with the official Dutch names) free of charge at "
    f"{DOWNLOAD_URL}; read it in via Settings > Competence language > Import ESCO."
)


def esco_attribution(version: str | None, lang: str = "nl") -> str:
    """The attribution for a language that holds ESCO ``version`` (None: unknown)."""
    text = _EN if lang == "en" else _NL
    return text.format(version=f" v{version}" if version else "", url=ESCO_URL)


def esco_download_hint(lang: str = "nl") -> str:
    """One sentence on where to download ESCO and how to import it."""
    return _DOWNLOAD_EN if lang == "en" else _DOWNLOAD_NL
