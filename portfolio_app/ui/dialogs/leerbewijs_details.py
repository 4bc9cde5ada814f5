"""The "Meer details" part of the leerbewijs form: fields most people never need (and that a
digital credential import fills in), folded away so the form stays short.

A beroepskwalificatie is picked by name from the competence language, not typed as a URI;
someone who has the web address of one may still paste it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from portfolio_app.domain import CheckStatus, Leerbewijs
from portfolio_app.domain.enums import OriginKind, QualificationRoute, label
from portfolio_app.errors import InvalidInput
from portfolio_app.language import Qualification, SearchHit
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.dates import DateField
from portfolio_app.ui.widgets.text import heading


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _looks_like_uri(text: str) -> bool:
    return ":" in text and not any(c.isspace() for c in text)


class LeerbewijsDetails(QObject):
    """Adds its rows to the dialog's own form (so the labels line up) and shows or hides
    them together."""

    qualification_picked = Signal(object)  # Qualification

    def __init__(self, session: Session, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = session.lang
        self.qualification_uri: str | None = None
        self.expanded = False
        self._form = form
        self._rows: list[QWidget] = []
        self.toggle = QToolButton(parent)
        self.toggle.setText(self.tr("&Meer details"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAccessibleName(self.tr("Meer details tonen of verbergen"))
        self.toggle.setAccessibleDescription(
            self.tr("Beroepskwalificatie, nummer, criteria en een buitenlands diploma.")
        )
        self.toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        arrow = self.toggle.fontMetrics().height() * 6 // 10  # the arrow grows with the font
        self.toggle.setIconSize(QSize(arrow, arrow))
        self.toggle.toggled.connect(self.expand)
        form.addRow(self.toggle)

        self.qualification = ConceptSearch(
            session.language, kinds=("qualification",), parent=parent
        )
        self.qualification.setPlaceholderText(self.tr("Typ een deel van de naam, bv. heftruck"))
        self.qualification.picked.connect(self._pick)
        self.qualification.textEdited.connect(self._typed)
        self.qualification_status = QLabel(parent)
        self.qualification_status.setObjectName("hint")
        self.qualification_status.setWordWrap(True)
        self._row(
            self.tr("Beroeps&kwalificatie"),
            self.qualification,
            self.tr("Beroepskwalificatie"),
            self.tr("De erkende beroepskwalificatie die dit bewijs toont, als er een is."),
        )
        self._row("", self.qualification_status, self.tr("Over de beroepskwalificatie"))
        self.number = QLineEdit(parent)
        self._row(
            self.tr("N&ummer van het bewijs"),
            self.number,
            description=self.tr("Het nummer dat op het diploma of attest staat."),
        )
        self.verification_url = QLineEdit(parent)
        self.verification_url.setPlaceholderText("https://…")
        self._row(
            self.tr("Web&adres om te controleren"),
            self.verification_url,
            description=self.tr("Waar een werkgever kan nagaan dat het bewijs echt is."),
        )
        self.route = QComboBox(parent)
        self.route.addItem(self.tr("niet van toepassing"), None)
        for route in QualificationRoute:
            self.route.addItem(label(route, self.lang), route)
        self._row(
            self.tr("Be&haald via"),
            self.route,
            self.tr("Behaald via (traject)"),
            self.tr("Bijvoorbeeld een opleiding of een EVC-traject."),
        )
        self.criteria = self._text_box(parent)
        self._row(
            self.tr("C&riteria"),
            self.criteria,
            self.tr("Criteria: wat je moest kunnen"),
            self.tr("Wat je moest tonen om het te halen, zoals op het bewijs staat."),
        )
        self.evidence = self._text_box(parent)
        self._row(
            self.tr("Bewijs&tukken (één per regel)"),
            self.evidence,
            self.tr("Bewijsstukken, één per regel"),
            self.tr("Wat je liet zien of inleverde, bv. een portfolio of een proef."),
        )
        self.exemptions = self._text_box(parent)
        self._row(
            self.tr("Vrijstelli&ngen (één per regel)"),
            self.exemptions,
            self.tr("Vrijstellingen, één per regel"),
            self.tr("Delen die je niet moest doen, omdat je ze al had."),
        )

        naric = heading(self.tr("Buitenlands diploma (NARIC-Vlaanderen)"), parent, level=2)
        form.addRow(naric)
        self._rows.append(naric)
        self.naric_country = QLineEdit(parent)
        self._row(
            self.tr("Land"),
            self.naric_country,
            self.tr("Land van het buitenlandse diploma"),
            self.tr("Waar je het diploma haalde."),
        )
        self.naric_title = QLineEdit(parent)
        self._row(
            self.tr("Oorspronkelijke titel"),
            self.naric_title,
            description=self.tr("De naam van het diploma in de taal van dat land."),
        )
        self.naric_decision = QLineEdit(parent)
        self.naric_decision.setPlaceholderText(self.tr("bv. gelijkwaardig aan bachelor"))
        self._row(self.tr("Beslissing"), self.naric_decision, self.tr("Beslissing van NARIC"))
        self.naric_decided = DateField(parent, not_after_today=True)
        self._row(self.tr("Datum van de beslissing"), self.naric_decided)
        self.naric_reference = QLineEdit(parent)
        self._row(
            self.tr("Referentie"),
            self.naric_reference,
            self.tr("Referentie van de beslissing"),
            self.tr("Het dossiernummer op de brief van NARIC-Vlaanderen."),
        )
        self.origin = QLabel(parent)
        self.origin.setWordWrap(True)
        self._row(self.tr("Herkomst"), self.origin)
        self.origin.setText(label(OriginKind.MANUEEL, self.lang))
        self._show_qualification()
        self.expand(False)

    def _row(
        self,
        text: str,
        widget: QWidget,
        accessible: str | None = None,
        description: str | None = None,
    ) -> None:
        widget.setAccessibleName(accessible or text.replace("&", ""))
        example = getattr(widget, "placeholderText", None)
        if not description and callable(example) and example():
            description = example()
        if description:
            widget.setAccessibleDescription(description)
        self._form.addRow(text, widget)
        self._rows.append(widget)

    def _text_box(self, parent: QWidget) -> QPlainTextEdit:
        box = QPlainTextEdit(parent)
        box.setMaximumHeight(box.fontMetrics().height() * 5)
        return box

    def expand(self, shown: bool) -> None:
        self.expanded = shown
        for widget in self._rows:
            self._form.setRowVisible(widget, shown)
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # -- the beroepskwalificatie ------------------------------------------------------------

    def _pick(self, hit: SearchHit) -> None:
        self.qualification_uri = hit.uri
        found = self.session.language.qualification(hit.uri)
        if found is not None:
            self.qualification_picked.emit(found)
        self._show_qualification()

    def _typed(self, _text: str) -> None:
        self.qualification_uri = None
        self._show_qualification()

    def _show_qualification(self) -> None:
        found = self._qualification()
        if found is not None:
            text = self.tr("✓ Beroepskwalificatie op VKS-niveau %1").replace(
                "%1", str(found.vks_level)
            )
        elif self.qualification_uri or _looks_like_uri(self.qualification.text().strip()):
            text = self.tr("Webadres van een kwalificatie die niet in de competentietaal staat.")
        else:
            text = self.tr("Kies een beroepskwalificatie uit de lijst, of laat het veld leeg.")
        self.qualification_status.setText(text)

    def _qualification(self) -> Qualification | None:
        if not self.qualification_uri:
            return None
        return self.session.language.qualification(self.qualification_uri)

    # -- loading and saving -----------------------------------------------------------------

    def load(self, proof: Leerbewijs) -> None:
        self.qualification_uri = proof.qualification_uri
        if proof.qualification_uri:
            part = self.session.language.deelkwalificatie(proof.qualification_uri)
            whole = self.session.language.qualification(proof.qualification_uri)
            named = part[1] if part else whole
            self.qualification.setText(named.label(self.lang) if named else proof.qualification_uri)
        self.number.setText(proof.credential_number)
        self.verification_url.setText(proof.verification_url or "")
        self.route.setCurrentIndex(max(self.route.findData(proof.route), 0))
        if proof.naric is not None:
            self.naric_country.setText(proof.naric.country)
            self.naric_title.setText(proof.naric.original_title)
            self.naric_decision.setText(proof.naric.decision)
            self.naric_decided.set_value(proof.naric.decided)
            self.naric_reference.setText(proof.naric.reference)
        self.exemptions.setPlainText("\n".join(proof.exemptions))
        self.criteria.setPlainText(proof.criteria)
        self.evidence.setPlainText("\n".join(proof.evidence))
        self.origin.setText(self._origin_text(proof))
        self._show_qualification()
        self.expand(self.has_content())

    def _origin_text(self, proof: Leerbewijs) -> str:
        text = label(proof.origin.kind, self.lang)
        if proof.origin.imported_at is not None:
            text = self.tr("%1 op %2").replace("%1", text)
            text = text.replace("%2", proof.origin.imported_at.strftime("%d/%m/%Y"))
        if proof.verification is not None:
            checks = proof.verification.checks
            passed = sum(1 for check in checks if check.status is CheckStatus.GESLAAGD)
            line = self.tr("Gecontroleerd op %1: %2 van %3 controles geslaagd.")
            line = line.replace("%1", proof.verification.checked_at.strftime("%d/%m/%Y"))
            text += "\n" + line.replace("%2", str(passed)).replace("%3", str(len(checks)))
        return text

    def has_content(self) -> bool:
        lines = (
            self.qualification,
            self.number,
            self.verification_url,
            self.naric_country,
            self.naric_title,
            self.naric_decision,
            self.naric_reference,
        )
        boxes = (self.exemptions, self.criteria, self.evidence)
        return (
            any(edit.text().strip() for edit in lines)
            or any(box.toPlainText().strip() for box in boxes)
            or self.route.currentData() is not None
            or bool(self.naric_decided.text().strip())
        )

    def values(self) -> dict[str, Any]:
        """The detail fields as model data; refuses, in plain words, what the model would
        report only by its field name."""
        typed = self.qualification.text().strip()
        uri = self.qualification_uri
        if typed and uri is None:
            if not _looks_like_uri(typed):
                raise _refusal(
                    self.tr(
                        "Beroepskwalificatie: kies er een uit de lijst die verschijnt "
                        "terwijl je typt, of maak het veld leeg."
                    )
                )
            uri = typed
        naric_fields = (self.naric_country, self.naric_title, self.naric_reference)
        naric = None
        if self.naric_decision.text().strip():
            naric = {
                "country": self.naric_country.text().strip(),
                "original_title": self.naric_title.text().strip(),
                "decision": self.naric_decision.text().strip(),
                "decided": self.naric_decided.value(),
                "reference": self.naric_reference.text().strip(),
            }
        elif any(edit.text().strip() for edit in (*naric_fields, self.naric_decided)):
            raise _refusal(
                self.tr("NARIC: vul ook de beslissing in, of maak de NARIC-velden leeg.")
            )
        return {
            "qualification_uri": uri if typed else None,
            "credential_number": self.number.text().strip(),
            "verification_url": self.verification_url.text().strip() or None,
            "route": self.route.currentData(),
            "naric": naric,
            "exemptions": _lines(self.exemptions),
            "criteria": self.criteria.toPlainText().strip(),
            "evidence": _lines(self.evidence),
        }


def _refusal(message: str) -> InvalidInput:
    return InvalidInput(message, message)
