"""A dropped digital credential (open badge, Europass): what will be stored, each offline
check as passed / failed / "niet offline te controleren", and the competences it proves,
proposed with a tick box each. Nothing is stored until the user says so."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.credentials import (
    CHECK_LABELS,
    MAX_CREDENTIAL_BYTES,
    STATUS_LABELS,
    CredentialError,
    CredentialImport,
    PresentationImport,
    check_size,
    read_file,
)
from portfolio_app.credentials.competences import language_matcher
from portfolio_app.credentials.containers import looks_like_credential
from portfolio_app.credentials.store import already_imported, store_import
from portfolio_app.domain import CheckStatus, ConceptRef, VerificationCheck
from portfolio_app.domain.enums import label
from portfolio_app.errors import PortfolioError
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.text import heading
from portfolio_app.vault.connection import storage_error

CREDENTIAL_SUFFIXES = (".json", ".jsonld", ".jwt", ".png", ".svg")
_MARKS = {CheckStatus.GESLAAGD: "✓", CheckStatus.MISLUKT: "✗", CheckStatus.NIET_OFFLINE: "?"}
REF_ROLE = Qt.ItemDataRole.UserRole


def is_credential_file(path: Path) -> bool:
    """Credential text files always go to the import (which explains what is wrong with a
    bad one); an image only when a badge is baked into it, read only when it is small enough
    to be a credential at all."""
    suffix = path.suffix.lower()
    if suffix in (".json", ".jsonld", ".jwt"):
        return True
    try:
        if suffix not in CREDENTIAL_SUFFIXES or path.stat().st_size > MAX_CREDENTIAL_BYTES:
            return False
        return looks_like_credential(path.read_bytes(), path.name)
    except OSError:
        return False


def read_dropped(
    session: Session, path: Path
) -> tuple[CredentialImport | PresentationImport, bytes]:
    """Parse a file as a credential, or a presentation of several (size checked before
    reading)."""
    check_size(path.stat().st_size, path.name)
    data = path.read_bytes()
    profile = session.portfolio.profile.get()
    result = read_file(
        data,
        path.name,
        profile_emails=list(profile.emails),
        today=date.today(),
        now=datetime.now().astimezone(),
        match=language_matcher(session.language),
    )
    return result, data


class CredentialDialog(QDialog):
    def __init__(
        self,
        session: Session,
        result: CredentialImport,
        data: bytes,
        filename: str,
        parent: QWidget | None = None,
        presented: str = "",
    ) -> None:
        """``presented`` tells, for a credential from a presentation, which one it is and
        how the presentation's own signature was checked."""
        super().__init__(parent)
        self.session, self.imported, self.data, self.filename = session, result, data, filename
        lang = session.lang
        proof = result.leerbewijs
        self.setWindowTitle(self.tr("Digitaal leerbewijs importeren"))
        layout = QVBoxLayout(self)
        if presented:
            self.presented = QLabel(presented, self)
            self.presented.setWordWrap(True)
            layout.addWidget(self.presented)
        layout.addWidget(heading(proof.title, self, level=2))
        form = QFormLayout()
        form.addRow(self.tr("Soort bestand"), QLabel(result.format_name.text(lang), self))
        form.addRow(self.tr("Soort"), QLabel(label(proof.kind, lang), self))
        form.addRow(self.tr("Uitgereikt door"), QLabel(proof.issuer or "–", self))
        form.addRow(
            self.tr("Datum"),
            QLabel(proof.issued.strftime("%d/%m/%Y") if proof.issued else "–", self),
        )
        if proof.expires:
            form.addRow(self.tr("Geldig tot"), QLabel(proof.expires.strftime("%d/%m/%Y"), self))
        if proof.vks_level:
            form.addRow(self.tr("Niveau (EQF/VKS)"), QLabel(str(proof.vks_level), self))
        layout.addLayout(form)

        layout.addWidget(heading(self.tr("Wat kon gecontroleerd worden"), self, level=2))
        self.checks = QListWidget(self)
        self.checks.setAccessibleName(self.tr("Controles"))
        for check in result.verification.checks:
            QListWidgetItem(check_text(check, lang), self.checks)
        self.checks.setMaximumHeight(self.fontMetrics().height() * 8)
        layout.addWidget(self.checks)
        summary = QLabel(result.summary(lang), self)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        for notice in result.warnings:
            warning = QLabel(notice.text(lang), self)
            warning.setWordWrap(True)
            warning.setObjectName("warningText")
            layout.addWidget(warning)
        double = already_imported(session.portfolio, proof)
        if double is not None:
            warning = QLabel(
                self.tr("Dit leerbewijs staat al in je portfolio: %1").replace("%1", double.title),
                self,
            )
            warning.setObjectName("errorText")
            layout.addWidget(warning)

        layout.addWidget(heading(self.tr("Competenties die het aantoont"), self, level=2))
        self.competences = QListWidget(self)
        self.competences.setAccessibleName(self.tr("Voorgestelde competenties"))
        for ref in result.proposed_competences:
            item = QListWidgetItem(
                ref.label + ("" if ref.uri else self.tr("  (niet in de competentietaal)")),
                self.competences,
            )
            item.setData(REF_ROLE, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        if not result.proposed_competences:
            QListWidgetItem(self.tr("Het leerbewijs noemt geen competenties."), self.competences)
        layout.addWidget(self.competences, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Bewaren in mijn portfolio")
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(double is None)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def chosen(self) -> list[ConceptRef]:
        refs = []
        for row in range(self.competences.count()):
            item = self.competences.item(row)
            ref = item.data(REF_ROLE)
            if isinstance(ref, ConceptRef) and item.checkState() == Qt.CheckState.Checked:
                refs.append(ref)
        return refs

    def _save(self) -> None:
        self.imported.leerbewijs.competences = self.chosen()
        try:
            store_import(self.session.portfolio, self.imported, self.data, self.filename)
        except PortfolioError as exc:
            show_error(self, exc, self.session.lang)
            return
        self.accept()


def check_text(check: VerificationCheck, lang: str) -> str:
    name = CHECK_LABELS.get(check.code, (check.code, check.code))
    status = STATUS_LABELS[check.status]
    text = f"{_MARKS[check.status]}  {name[1] if lang == 'en' else name[0]}: "
    text += status[1] if lang == "en" else status[0]
    return text + (f" — {check.detail}" if check.detail else "")


def import_credential_file(session: Session, path: Path, parent: QWidget | None) -> bool:
    """Read, preview and (if the user agrees) store one credential file; a presentation's
    credentials one after the other, each with its own preview or refusal."""
    try:
        result, data = read_dropped(session, path)
    except OSError as exc:
        show_error(parent, storage_error(exc), session.lang)
        return False
    except PortfolioError as exc:
        show_error(parent, exc, session.lang)
        return False
    if isinstance(result, CredentialImport):
        return bool(CredentialDialog(session, result, data, path.name, parent).exec())
    stored = False
    total = len(result.credentials)
    for number, item in enumerate(result.credentials, 1):
        where = (f"Leerbewijs {number} van {total}", f"Credential {number} of {total}")
        if item.refusal is not None:
            show_error(
                parent,
                CredentialError(
                    f"{where[0]} uit de presentatie: {item.refusal.message('nl')}",
                    f"{where[1]} from the presentation: {item.refusal.message('en')}",
                ),
                session.lang,
            )
        elif item.result is not None:
            place = where[1 if session.lang == "en" else 0]
            presented = f"{place}. {check_text(result.presentation, session.lang)}"
            dialog = CredentialDialog(session, item.result, item.data, path.name, parent, presented)
            stored = bool(dialog.exec()) or stored
    return stored
