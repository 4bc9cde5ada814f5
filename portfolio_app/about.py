"""What "Over Portfolio" says: the version, the licence, and where the public data comes
from, with its date. Every line is read from the data the app itself uses (the competence
language's own record, the bundled tables of the check), so the window can never name a
version or a month that the check does not use.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from portfolio_app.check.files import load_evc_costs, load_future, load_regulated, load_signals
from portfolio_app.check.texts import month_year
from portfolio_app.language import LanguageInfo, esco_attribution
from portfolio_app.paths import AppPaths

LICENCE = "EUPL-1.2"
LICENCE_URL = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"
ESCO_ATTRIBUTION = (
    "Deze app gebruikt de ESCO-classificatie van de Europese Commissie.",
    "This app uses the ESCO classification of the European Commission.",
)

Text = tuple[str, str]  # (Dutch, English)


@dataclass(frozen=True, slots=True)
class DataSource:
    """One source of public data: what it is for, and which version or date is installed."""

    name: Text
    detail: Text


def app_version() -> str:
    try:
        return metadata.version("portfolio-app")
    except metadata.PackageNotFoundError:
        return "?"


def _first_part(source: str) -> str:
    """'VDAB (aangeleverde data), top-20 ...' -> 'VDAB (aangeleverde data)'."""
    return source.split(",")[0].strip()


def data_sources(paths: AppPaths, language: LanguageInfo) -> list[DataSource]:
    found = [_language(language), _signals(paths)]
    costs = load_evc_costs()
    if costs is not None:
        found.append(
            DataSource(
                ("Kosten van een EVC-traject", "Cost of an EVC procedure"),
                (
                    f"Schooljaar {costs.school_year}; bron: {costs.source}",
                    f"School year {costs.school_year}; source: {costs.source}",
                ),
            )
        )
    regulated = load_regulated()
    months = sorted({rule.listed_on for rule in regulated.by_occupation.values()})
    if months:
        when = month_year(months[-1])
        found.append(
            DataSource(
                ("Gereglementeerde beroepen", "Regulated professions"),
                (f"Lijst van {when[0]}", f"List of {when[1]}"),
            )
        )
    future = load_future()
    if future is not None:
        when = month_year(future.source_date)
        found.append(
            DataSource(
                ("Competenties voor de toekomst", "Competences for the future"),
                (f"{future.source} ({when[0]})", f"{future.source} ({when[1]})"),
            )
        )
    return found


def _language(info: LanguageInfo) -> DataSource:
    """The language's own attribution (version, the Commission's reuse terms, and what is
    the project's own work), as ``portfolio language info`` and the README give it."""
    if info.attribution:
        detail = (info.attribution, info.attribution_en or info.attribution)
    elif info.esco_version:
        detail = (
            esco_attribution(info.esco_version, "nl"),
            esco_attribution(info.esco_version, "en"),
        )
    else:
        detail = (
            "De startertaal van de app, met begrippen en namen uit ESCO. " + ESCO_ATTRIBUTION[0],
            "The app's starter language, with concepts and names from ESCO. " + ESCO_ATTRIBUTION[1],
        )
    return DataSource(("Competentietaal", "Competence language"), detail)


def _signals(paths: AppPaths) -> DataSource:
    name = ("Krapte op de arbeidsmarkt", "Labour-market shortages")
    signals = list(load_signals(paths))
    if not signals:
        return DataSource(name, ("Niet geïnstalleerd.", "Not installed."))
    newest = max(signals, key=lambda s: s.date)
    when = month_year(newest.date)
    source = _first_part(newest.source)
    return DataSource(
        name,
        (f"Cijfers van {when[0]}; bron: {source}", f"Figures of {when[1]}; source: {source}"),
    )
