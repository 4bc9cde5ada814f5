"""Instellingen: language, auto-lock, passphrase and keyring, backups, the profile ("Over
jou", saved as it is typed: ``profile_box``), competence language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.errors import PortfolioError
from portfolio_app.language import (
    ImportCancelled,
    ImportReport,
    esco_download_hint,
    import_esco,
    refresh_import,
)
from portfolio_app.ui import file_dialogs
from portfolio_app.ui.dialogs.passphrase_dialog import PassphraseDialog
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.pages.backup_box import BackupBox
from portfolio_app.ui.pages.base import Page
from portfolio_app.ui.pages.profile_box import ProfileBox
from portfolio_app.ui.session import Session
from portfolio_app.ui.tasks import run_with_progress
from portfolio_app.ui.widgets.situation_box import SituationBox
from portfolio_app.vault import (
    forget_passphrase,
    keyring_available,
    recall_passphrase,
    remember_passphrase,
)


class SettingsPage(Page):
    watches = frozenset({"profile"})

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Instellingen"), parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings; they scroll
        content = QWidget(scroll)
        column = QVBoxLayout(content)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        app_box = QGroupBox(self.tr("De app"), content)
        app_form = QFormLayout(app_box)
        app_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_choice = QComboBox(app_box)
        self.language_choice.addItem("Nederlands", "nl")
        self.language_choice.addItem("English", "en")
        self.language_choice.setCurrentIndex(self.language_choice.findData(session.lang))
        self.language_choice.setAccessibleName(self.tr("Taal van de app"))
        self.language_choice.setAccessibleDescription(
            self.tr("Nederlands of Engels; de app schakelt meteen om.")
        )
        self.language_choice.activated.connect(
            lambda _i: session.language_requested.emit(self.language_choice.currentData())
        )
        app_form.addRow(self.tr("&Taal"), self.language_choice)
        self.autolock = QSpinBox(app_box)
        self.autolock.setRange(0, 240)
        self.autolock.setSpecialValueText(self.tr("nooit"))
        self.autolock.valueChanged.connect(self._minutes_suffix)
        self.autolock.setValue(session.settings.autolock_minutes)
        self._minutes_suffix(self.autolock.value())
        self.autolock.setAccessibleName(self.tr("Automatisch vergrendelen na"))
        self.autolock.setAccessibleDescription(
            self.tr("Zonder gebruik sluit je portfolio na zoveel minuten; 0 is nooit.")
        )
        self.autolock.valueChanged.connect(session.autolock_requested)
        app_form.addRow(self.tr("&Automatisch vergrendelen na"), self.autolock)
        column.addWidget(app_box)

        security = QGroupBox(self.tr("Beveiliging"), content)
        security_column = QVBoxLayout(security)
        change = QPushButton(self.tr("&Wachtzin wijzigen…"), security)
        change.setAccessibleDescription(self.tr("Je typt je huidige wachtzin en kiest een nieuwe."))
        change.clicked.connect(lambda: PassphraseDialog(session, self).exec())
        security_column.addWidget(change, 0, Qt.AlignmentFlag.AlignLeft)
        self.remember = QCheckBox(self.tr("&Onthoud de wachtzin op deze computer"), security)
        self.remember.setAccessibleDescription(
            self.tr("Dan opent je portfolio op deze computer zonder dat je de wachtzin typt.")
        )
        self.remember.setVisible(False)
        path = session.portfolio.path
        if keyring_available():
            self.remember.setVisible(True)
            self.remember.setChecked(recall_passphrase(path) is not None)
            self.remember.toggled.connect(self._toggle_remember)
            security_column.addWidget(self.remember)
        else:
            security_column.addWidget(
                QLabel(
                    self.tr("Op deze computer is geen sleutelbos om de wachtzin te onthouden."),
                    security,
                )
            )
        column.addWidget(security)

        self.backups = BackupBox(session, content)
        column.addWidget(self.backups)

        self.profile = ProfileBox(session, content)
        column.addWidget(self.profile)
        column.addWidget(SituationBox(session, content))  # saves itself (issue 17)

        language_box = QGroupBox(self.tr("Competentietaal"), content)
        language_column = QVBoxLayout(language_box)
        self.language_info = QLabel(language_box)
        self.language_info.setWordWrap(True)
        language_column.addWidget(self.language_info)
        import_button = QPushButton(self.tr("ESCO &importeren…"), language_box)
        import_button.setToolTip(
            self.tr(
                "Kies de map met de CSV-bestanden van ESCO (te downloaden op esco.ec.europa.eu)."
            )
        )
        import_button.clicked.connect(self._import_esco)
        language_column.addWidget(import_button)
        download = QLabel(esco_download_hint(session.lang), language_box)
        download.setWordWrap(True)
        download.setObjectName("hint")
        language_column.addWidget(download)
        self.refresh_button = QPushButton(self.tr("&Competentietaal bijwerken"), language_box)
        self.refresh_button.setToolTip(
            self.tr(
                "Voegt de nieuwe ingebouwde competenties van deze versie toe aan je ESCO-import."
            )
        )
        self.refresh_button.clicked.connect(self._refresh_language)
        language_column.addWidget(self.refresh_button)
        column.addWidget(language_box)

        about = QLabel(
            self.tr("Je gegevens staan in: %1").replace("%1", str(session.paths.data_dir)), content
        )
        about.setWordWrap(True)
        about.setObjectName("hint")
        column.addWidget(about)
        column.addStretch(1)

    def _minutes_suffix(self, minutes: int) -> None:
        """'1 minuut', '10 minuten': the spin box shows the number, the word follows it."""
        counted = self.tr("%n minuten", "", minutes)
        self.autolock.setSuffix(counted.replace(str(minutes), "", 1))

    def refresh(self) -> None:
        super().refresh()
        self.profile.load()
        info = self.session.language.info()
        self.language_info.setText(
            self.tr("%1: %2 competenties, %3 beroepen, %4 beroepskwalificaties.")
            .replace("%1", info.source)
            .replace("%2", str(info.concepts))
            .replace("%3", str(info.occupations))
            .replace("%4", str(info.qualifications))
        )
        self.refresh_button.setVisible(info.starter_outdated)

    def _toggle_remember(self, on: bool) -> None:
        path = self.session.portfolio.path
        if not on:
            forget_passphrase(path)
            return
        passphrase, ok = QInputDialog.getText(
            self,
            self.tr("Wachtzin onthouden"),
            self.tr("Typ je wachtzin nog eens om hem te onthouden:"),
            QLineEdit.EchoMode.Password,
        )
        portfolio = self.session.portfolio
        remembered = (
            ok and portfolio.verify_passphrase(passphrase) and remember_passphrase(path, passphrase)
        )
        if ok and not remembered:
            QMessageBox.warning(
                self,
                self.tr("Wachtzin onthouden"),
                self.tr("Dat is niet de juiste wachtzin. Er is niets onthouden."),
            )
        if not remembered:
            self.remember.blockSignals(True)
            self.remember.setChecked(False)
            self.remember.blockSignals(False)

    def _refresh_language(self) -> None:
        paths = self.session.paths

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return refresh_import(paths, progress=progress, cancel=cancelled)

        def done(_result: object) -> None:
            self.session.language_replaced.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportCancelled):
                return
            if not isinstance(exc, PortfolioError):
                raise exc
            show_error(self, exc, self.session.lang)

        self._worker = run_with_progress(
            self, self.tr("Competentietaal bijwerken"), work, done, failed
        )

    def _import_esco(self) -> None:
        folder = file_dialogs.existing_folder(self, self.tr("Kies de map met de ESCO-bestanden"))
        if folder is None:
            return
        paths = self.session.paths

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return import_esco(folder, paths, progress=progress, cancel=cancelled)

        def done(report: ImportReport) -> None:
            text = self.tr(
                "ESCO is ingelezen: %1 competenties, %2 beroepen, %3 relaties in %4 seconden."
            )
            text = (
                text.replace("%1", str(report.skills))
                .replace("%2", str(report.occupations))
                .replace("%3", str(report.relations))
                .replace("%4", str(round(report.duration)))
            )
            if report.bad_row_count:
                text += " " + self.tr(
                    "%n rij(en) werd(en) overgeslagen omdat ze fouten bevatten.",
                    "",
                    report.bad_row_count,
                )
            QMessageBox.information(self, self.tr("Competentietaal"), text)
            self.session.language_replaced.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportCancelled):
                QMessageBox.information(
                    self,
                    self.tr("Competentietaal"),
                    self.tr("Import gestopt. Er is niets veranderd."),
                )
            elif isinstance(exc, PortfolioError):
                show_error(self, exc, self.session.lang)
            else:
                raise exc

        self._worker = run_with_progress(self, self.tr("ESCO importeren"), work, done, failed)
