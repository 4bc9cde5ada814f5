"""The sidebar's pages, in order. Keys are stable (used by shortcuts and links between pages)."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QWidget

from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.session import Session


def build_pages(session: Session, parent: QWidget) -> list[tuple[str, Page]]:
    from portfolio_app.ui.pages.check import CheckPage
    from portfolio_app.ui.pages.competences import CompetencesPage
    from portfolio_app.ui.pages.experiences import ExperiencesPage
    from portfolio_app.ui.pages.export import ExportPage
    from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
    from portfolio_app.ui.pages.overview import OverviewPage
    from portfolio_app.ui.pages.plan import PlanPage
    from portfolio_app.ui.pages.rights import RightsPage
    from portfolio_app.ui.pages.settings_page import SettingsPage

    return [
        ("overview", OverviewPage(session, parent)),
        ("competences", CompetencesPage(session, parent)),
        ("leerbewijzen", LeerbewijzenPage(session, parent)),
        ("experiences", ExperiencesPage(session, parent)),
        ("check", CheckPage(session, parent)),
        ("plan", PlanPage(session, parent)),
        ("rights", RightsPage(session, parent)),
        ("export", ExportPage(session, parent)),
        ("settings", SettingsPage(session, parent)),
    ]


PAGE_MODULES = (
    "check",
    "competences",
    "experiences",
    "export",
    "leerbewijzen",
    "overview",
    "plan",
    "settings_page",
)


def import_pages() -> None:
    """Import the main window and the page modules ahead of time, while the user waits for
    the key anyway (see ``AppController._busy``)."""
    import_module("portfolio_app.ui.main_window")
    for name in PAGE_MODULES:
        import_module(f"portfolio_app.ui.pages.{name}")
