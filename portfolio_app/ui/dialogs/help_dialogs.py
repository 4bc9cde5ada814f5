"""The Help menu's two windows: a short guide in plain words, and "Over Portfolio" with the
version, the licence and the public data the app uses (``portfolio_app.about``)."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.about import LICENCE, LICENCE_URL, app_version, data_sources
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import heading


def _close_button(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(dialog.tr("Sluiten"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _fit(dialog: QDialog, columns: int, lines: int) -> None:
    """A size that grows with the font and never passes the screen."""
    room = dialog.screen().availableGeometry()
    width = dialog.fontMetrics().averageCharWidth() * columns
    height = dialog.fontMetrics().height() * lines
    dialog.resize(min(width, room.width() * 9 // 10), min(height, room.height() * 9 // 10))


class GuideDialog(QDialog):
    """What the app does and how, in a few short parts (B1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        parts = [
            (
                self.tr("Wat doet Portfolio?"),
                self.tr(
                    "Je houdt bij wat je kunt (competenties), hoe je dat bewijst (leerbewijzen: "
                    "diploma's, attesten, badges) en waar je het leerde (ervaringen). Alles "
                    "staat versleuteld op je eigen computer. Niets gaat naar internet."
                ),
            ),
            (
                self.tr("Alles wordt meteen bewaard"),
                self.tr(
                    "Je hoeft niets apart te bewaren: wat je verandert, staat meteen in je "
                    "portfolio. Iets fout gedaan? Kies Bewerken › Ongedaan maken (Ctrl+Z)."
                ),
            ),
            (
                self.tr("Iets toevoegen"),
                self.tr(
                    "Kies links een onderdeel, bv. Competenties, en klik op ‘Toevoegen…’. "
                    "Typ een paar letters: de app toont wat past. Staat het er al in, dan "
                    "opent de app wat je al hebt."
                ),
            ),
            (
                self.tr("Een datum typen"),
                self.tr(
                    "Typ een jaar (2015), een maand (04/2015) of een dag (12/04/2015). Je mag "
                    "ook op ‘Kalender’ klikken. Weet je het niet, laat het veld dan leeg."
                ),
            ),
            (
                self.tr("De competentiecheck"),
                self.tr(
                    "Kies een beroep of een beroepskwalificatie. De app toont wat je al kunt "
                    "en wat je nog mist, en maakt met één klik een actieplan."
                ),
            ),
            (
                self.tr("Exporteren"),
                self.tr(
                    "Maak een bijlage bij je cv of een dossier voor een EVC-traject, als PDF. "
                    "Alleen wat je kiest, komt erin."
                ),
            ),
            (
                self.tr("Veilig"),
                self.tr(
                    "Ctrl+L vergrendelt je portfolio; na een tijd zonder gebruik gebeurt dat "
                    "vanzelf. Onthoud je wachtzin goed: zonder wachtzin kan niemand je "
                    "portfolio openen, ook wij niet. Maak af en toe een reservekopie "
                    "(Instellingen)."
                ),
            ),
            (
                self.tr("Sneltoetsen"),
                self.tr(
                    "Ctrl+1 tot Ctrl+8: naar een onderdeel. Ctrl+Z: ongedaan maken. Ctrl+L: "
                    "vergrendelen. Ctrl+Q: afsluiten. F1: deze handleiding. Esc: een venster "
                    "sluiten (de app vraagt eerst wat er moet gebeuren met wat je veranderde)."
                ),
            ),
        ]
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Handleiding"))
        self.text.setHtml(
            "".join(f"<h3>{escape(title)}</h3><p>{escape(body)}</p>" for title, body in parts)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(_close_button(self))
        _fit(self, 80, 34)


class AboutDialog(QDialog):
    """Version, licence, and the public data with its date, as the app reads them."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Portfolio"))
        lang = session.lang
        pick = 1 if lang == "en" else 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Portfolio"), self))
        self.version = QLabel(self.tr("Versie %1").replace("%1", app_version()), self)
        layout.addWidget(self.version)
        self.intro = QLabel(
            self.tr(
                "Een versleutelde competentieportefeuille voor je eigen computer. Je gegevens "
                "blijven bij jou."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.licence = QLabel(
            self.tr("Vrije software onder de licentie %1.").replace(
                "%1", f'<a href="{LICENCE_URL}">{LICENCE}</a>'
            ),
            self,
        )
        self.licence.setOpenExternalLinks(True)
        self.licence.setWordWrap(True)
        layout.addWidget(self.licence)
        layout.addWidget(heading(self.tr("Gegevens in de app"), self, level=2))
        sources = data_sources(session.paths, session.language.info())
        self.sources = QTextBrowser(self)
        self.sources.setAccessibleName(self.tr("Gegevens in de app en hun datum"))
        self.sources.setHtml(
            "".join(
                f"<p><b>{escape(s.name[pick])}</b><br>{escape(s.detail[pick])}</p>" for s in sources
            )
        )
        layout.addWidget(self.sources, 1)
        layout.addWidget(_close_button(self))
        _fit(self, 80, 30)
