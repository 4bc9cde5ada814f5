"""First run: three plain sentences on what the app does, then a new vault (or the demo)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.ui import file_dialogs
from portfolio_app.ui.busy import BusyIndicator
from portfolio_app.ui.icons import icon
from portfolio_app.ui.widgets.passphrase import PassphraseEdit, StrengthMeter
from portfolio_app.ui.widgets.text import heading, paragraph
from portfolio_app.vault import keyring_available


class WelcomeWindow(QWidget):
    create_requested = Signal(str, bool)  # passphrase, remember on this device
    demo_requested = Signal()
    open_requested = Signal(str)  # path of an existing vault file

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welkom bij Portfolio"))
        self._lang = lang
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._welcome_page())
        self.stack.addWidget(self._create_page())
        self.busy = BusyIndicator(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy)

    def _scrolling(self, page: QWidget) -> tuple[QVBoxLayout, QVBoxLayout]:
        """The text of a page scrolls when the screen is small (200 % text on a laptop);
        the buttons below it stay in view."""
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        return outer, QVBoxLayout(body)

    def _welcome_page(self) -> QWidget:
        page = QWidget(self)
        outer, layout = self._scrolling(page)
        layout.setSpacing(14)
        layout.addWidget(heading(self.tr("Welkom bij Portfolio"), page))
        for sentence in (
            self.tr(
                "Hier hou je bij wat je kunt: je competenties, je diploma's en attesten, "
                "en waar je het leerde."
            ),
            self.tr(
                "Je legt je portfolio naast een beroep, krijgt een actieplan en maakt een "
                "bijlage bij je cv."
            ),
            self.tr(
                "Alles blijft op deze computer, versleuteld met een wachtzin die alleen jij kent."
            ),
        ):
            layout.addWidget(paragraph(sentence, page))
        layout.addStretch(1)
        layout = outer
        layout.setSpacing(10)
        self.start_button = QPushButton(self.tr("Maak mijn portfolio"), page)
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(40)
        self.start_button.setIcon(icon("new"))
        self.start_button.setAccessibleDescription(
            self.tr("Je kiest een wachtzin en maakt een nieuw, leeg portfolio.")
        )
        self.start_button.clicked.connect(lambda: self._go_create())
        self.demo_button = QPushButton(self.tr("Probeer met voorbeeldgegevens"), page)
        self.demo_button.setMinimumHeight(40)
        self.demo_button.setIcon(icon("demo"))
        self.demo_button.setToolTip(
            self.tr("Opent een voorbeeldportfolio van een verzonnen persoon, duidelijk als demo.")
        )
        self.demo_button.clicked.connect(self.demo_requested)
        self.open_button = QPushButton(self.tr("Ik heb al een portfoliobestand…"), page)
        self.open_button.setFlat(True)
        self.open_button.setIcon(icon("open"))
        self.open_button.setAccessibleDescription(
            self.tr("Kies een portfoliobestand dat je eerder maakte of kopieerde.")
        )
        self.open_button.clicked.connect(self._choose_existing)
        layout.addWidget(self.start_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget(self)
        outer, layout = self._scrolling(page)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Kies je wachtzin"), page))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Je wachtzin beschermt je portfolio. Kies minstens 12 tekens, bijvoorbeeld "
                    "vier woorden die je onthoudt, zoals ‘paars fietsje leest graag’."
                ),
                page,
            )
        )
        form = QFormLayout()
        self.first = PassphraseEdit(self.tr("Wachtzin"), page)
        self.first.edit.setAccessibleDescription(
            self.tr("Minstens 12 tekens. Onder het veld staat hoe sterk de wachtzin is.")
        )
        self.second = PassphraseEdit(self.tr("Herhaal de wachtzin"), page)
        self.second.edit.setAccessibleDescription(
            self.tr("Typ dezelfde wachtzin nog eens, om tikfouten te vermijden.")
        )
        self.meter = StrengthMeter(self._lang, page)
        form.addRow(self.tr("&Wachtzin"), self.first)
        form.addRow("", self.meter)
        form.addRow(self.tr("&Herhaal"), self.second)
        layout.addLayout(form)
        self.mismatch = QLabel(page)
        self.mismatch.setObjectName("errorText")
        layout.addWidget(self.mismatch)
        warning = paragraph(
            self.tr(
                "Let op: wie de wachtzin vergeet, kan het portfolio nooit meer openen. "
                "Niemand kan hem herstellen, ook wij niet. Schrijf hem op en bewaar hem veilig."
            ),
            page,
        )
        warning.setObjectName("warningText")
        layout.addWidget(warning)
        self.remember = QCheckBox(self.tr("Onthoud de wachtzin op deze computer"), page)
        self.remember.setAccessibleDescription(
            self.tr("Dan opent je portfolio op deze computer zonder dat je de wachtzin typt.")
        )
        if keyring_available():
            self.remember.setToolTip(
                self.tr("De wachtzin wordt bewaard in de sleutelbos van je besturingssysteem.")
            )
            layout.addWidget(self.remember)
        else:
            self.remember.setVisible(False)
            layout.addWidget(
                paragraph(
                    self.tr(
                        "Op deze computer kan de wachtzin niet onthouden worden (er is geen "
                        "sleutelbos). Je typt hem telkens opnieuw."
                    ),
                    page,
                )
            )
        layout.addStretch(1)
        layout = outer
        buttons = QHBoxLayout()
        back = QPushButton(self.tr("Terug"), page)
        back.setAccessibleDescription(self.tr("Terug naar het welkomstscherm."))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Maak portfolio"), page)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.create_button.setMinimumHeight(36)
        self.create_button.setAccessibleDescription(
            self.tr("Kan pas als de wachtzin sterk genoeg is en twee keer gelijk getypt werd.")
        )
        self.create_button.clicked.connect(self._create)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        self.first.textChanged.connect(self._validate)
        self.second.textChanged.connect(self._validate)
        self.second.returnPressed.connect(self._create)
        return page

    def _go_create(self) -> None:
        self.stack.setCurrentIndex(1)
        self.first.setFocus()

    def _validate(self) -> None:
        acceptable = self.meter.update_for(self.first.text())
        same = self.first.text() == self.second.text()
        show_mismatch = bool(self.second.text()) and not same
        self.mismatch.setText(
            self.tr("De twee wachtzinnen zijn niet gelijk.") if show_mismatch else ""
        )
        self.create_button.setEnabled(acceptable and same)

    def _create(self) -> None:
        if self.create_button.isEnabled():
            self.create_requested.emit(self.first.text(), self.remember.isChecked())

    def _choose_existing(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Kies je portfoliobestand"),
            self.tr("Portfolio (*.vault);;Alle bestanden (*)"),
        )
        if path is not None:
            self.open_requested.emit(str(path))

    def forget_secrets(self) -> None:
        self.first.clear()
        self.second.clear()
