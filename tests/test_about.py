""" "Over Portfolio" names the data the app really uses, with its version or date."""

from __future__ import annotations

from pathlib import Path

from portfolio_app.about import LICENCE, app_version, data_sources
from portfolio_app.check.files import load_evc_costs, load_future, load_signals
from portfolio_app.check.texts import month_year
from portfolio_app.language import LanguageInfo
from portfolio_app.paths import AppPaths


def info(esco_version: str | None) -> LanguageInfo:
    source = f"ESCO v{esco_version} + startertaal" if esco_version else "Startertaal"
    return LanguageInfo(source, esco_version, 1, 1, 1, 1, "", "", False)


def test_the_sources_and_their_dates_come_from_the_installed_data(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    found = {s.name[0]: s.detail for s in data_sources(paths, info(None))}
    assert "Europese Commissie" in found["Competentietaal"][0]
    assert "European Commission" in found["Competentietaal"][1]
    newest = max(s.date for s in load_signals(paths))
    assert month_year(newest)[0] in found["Krapte op de arbeidsmarkt"][0]
    costs = load_evc_costs()
    assert costs is not None and costs.school_year in found["Kosten van een EVC-traject"][0]
    assert found["Gereglementeerde beroepen"][0].startswith("Lijst van ")
    future = load_future()
    assert future is not None and "SCOPE" in found["Competenties voor de toekomst"][0]
    assert month_year(future.source_date)[1] in found["Competenties voor de toekomst"][1]


def test_an_esco_import_is_named_with_its_version(tmp_path: Path) -> None:
    (language, *_rest) = data_sources(AppPaths(tmp_path), info("1.2.0"))
    assert "1.2.0" in language.detail[0] and "1.2.0" in language.detail[1]
    assert "Europese Commissie" in language.detail[0]


def test_version_and_licence() -> None:
    assert app_version()[0].isdigit() and LICENCE == "EUPL-1.2"
