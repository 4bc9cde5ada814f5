"""The sidebar's pages, in order. Keys are stable (used by shortcuts and links between pages)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.placeholder import PlaceholderPage
from portfolio_app.ui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("pages", text)


def build_pages(session: Session, parent: QWidget) -> list[tuple[str, Page]]:
    from portfolio_app.ui.pages.competences import CompetencesPage
    from portfolio_app.ui.pages.experiences import ExperiencesPage
    from portfolio_app.ui.pages.leerbewijzen import LeerbewijzenPage
    from portfolio_app.ui.pages.overview import OverviewPage
    from portfolio_app.ui.pages.settings_page import SettingsPage

    return [
        ("overview", OverviewPage(session, parent)),
        ("competences", CompetencesPage(session, parent)),
        ("leerbewijzen", LeerbewijzenPage(session, parent)),
        ("experiences", ExperiencesPage(session, parent)),
        (
            "check",
            PlaceholderPage(
                session,
                _tr("Competentiecheck"),
                _tr(
                    "Hier leg je straks je portfolio naast een beroep of een "
                    "beroepskwalificatie: wat kun je al, wat wil je, wat ontbreekt nog."
                ),
                parent,
            ),
        ),
        (
            "plan",
            PlaceholderPage(
                session,
                _tr("Actieplan"),
                _tr(
                    "Hier komen straks de stappen om je doel te halen: opleiding, "
                    "bewijs verzamelen, EVC."
                ),
                parent,
            ),
        ),
        (
            "export",
            PlaceholderPage(
                session,
                _tr("Exporteren"),
                _tr("Hier maak je straks een bijlage bij je cv of een EVC-dossier als PDF."),
                parent,
            ),
        ),
        ("settings", SettingsPage(session, parent)),
    ]
