"""Add or edit one step of the action plan, with every field of ``ActionPlanItem``.

The competence may be one of the competence language (picked while typing) or free text,
like a claim. The target must be an occupation or qualification of the language, since a
check and the EVC dossier follow it by URI; typing a name that was not picked is refused
with a plain message instead of being saved as something the app cannot follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from portfolio_app.check import load_target
from portfolio_app.domain import ActionPlanItem, ConceptRef, TargetRef
from portfolio_app.domain.enums import ActionKind, PlanStatus, label
from portfolio_app.errors import InvalidInput
from portfolio_app.language import SearchHit
from portfolio_app.ui.dialogs.form import FormDialog
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.dates import DateField


class PlanDialog(FormDialog):
    def __init__(
        self, session: Session, item: ActionPlanItem | None = None, parent: QWidget | None = None
    ) -> None:
        title = (
            QCoreApplication.translate("PlanDialog", "Actie toevoegen")
            if item is None
            else QCoreApplication.translate("PlanDialog", "Actie bewerken")
        )
        super().__init__(title, session.lang, parent)
        self.session = session
        self.original = item
        lang = session.lang
        self.competence: ConceptRef | None = item.competence if item else None
        self.target: TargetRef | None = item.target if item else None

        self.goal = QLineEdit(self)
        self.goal.setPlaceholderText(self.tr("bv. Volg een opleiding heftruck bij de VDAB"))
        self.add_row(self.tr("&Wat ga je doen?"), self.goal)
        self.kind = QComboBox(self)
        for kind in ActionKind:
            self.kind.addItem(label(kind, lang), kind)
        self.add_row(
            self.tr("&Soort actie"),
            self.kind,
            description=self.tr("Bijvoorbeeld een opleiding, werkplekleren of een EVC-traject."),
        )
        self.competence_search = ConceptSearch(session.language, parent=self)
        self.competence_search.setPlaceholderText(self.tr("mag leeg blijven"))
        self.competence_search.picked.connect(self._pick_competence)
        self.add_row(self.tr("&Competentie"), self.competence_search, self.tr("Competentie"))
        self.target_search = ConceptSearch(
            session.language, kinds=("occupation", "qualification"), parent=self
        )
        self.target_search.setPlaceholderText(self.tr("beroep of beroepskwalificatie; mag leeg"))
        self.target_search.picked.connect(self._pick_target)
        self.add_row(self.tr("Voor &doel"), self.target_search, self.tr("Voor doel"))
        self.due = DateField(self, ahead=True)
        self.add_row(self.tr("&Klaar tegen"), self.due, self.tr("Klaar tegen (datum)"))
        self.status = QComboBox(self)
        for status in PlanStatus:
            self.status.addItem(label(status, lang), status)
        self.add_row(
            self.tr("S&tatus"),
            self.status,
            description=self.tr("Open, bezig of klaar."),
        )
        self.notes = QPlainTextEdit(self)
        self.notes.setMinimumHeight(self.fontMetrics().height() * 4)
        self.add_row(
            self.tr("&Notities"),
            self.notes,
            self.tr("Notities"),
            self.tr("Bijvoorbeeld wie je belt of wat je nog moet regelen."),
        )
        if item is not None:
            self._load(item)
        self.goal.setFocus()

    def _load(self, item: ActionPlanItem) -> None:
        self.goal.setText(item.goal)
        self.kind.setCurrentIndex(self.kind.findData(item.action_kind))
        self.competence_search.setText(item.competence.label if item.competence else "")
        self.target_search.setText(item.target.label if item.target else "")
        self.due.set_value(item.due)
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.notes.setPlainText(item.notes)

    def _pick_competence(self, hit: SearchHit) -> None:
        self.competence = ConceptRef(uri=hit.uri, label=hit.label)

    def _pick_target(self, hit: SearchHit) -> None:
        target = self.session.run(self, lambda: load_target(self.session.language, hit.uri))
        if target is not None:
            self.target = target.ref

    def _competence_ref(self) -> ConceptRef | None:
        text = self.competence_search.text().strip()
        if not text:
            return None
        if self.competence is not None and self.competence.label == text:
            return self.competence
        return ConceptRef(uri=None, label=text)

    def _target_ref(self) -> TargetRef | None:
        text = self.target_search.text().strip()
        if not text:
            return None
        if self.target is not None and self.target.label == text:
            return self.target
        raise InvalidInput(
            "Kies het doel uit de lijst die verschijnt terwijl je typt, of maak het veld leeg.",
            "Pick the target from the list that appears while you type, or clear the field.",
        )

    def build(self) -> ActionPlanItem:
        original = self.original
        data = original.model_dump() if original is not None else {}
        competence = self._competence_ref()
        target = self._target_ref()
        data.update(
            {
                "goal": self.goal.text().strip(),
                "action_kind": ActionKind(self.kind.currentData()),
                "competence": competence.model_dump() if competence else None,
                "target": target.model_dump() if target else None,
                "due": self.due.value(),
                "status": PlanStatus(self.status.currentData()),
                "notes": self.notes.toPlainText().strip(),
            }
        )
        item = ActionPlanItem.model_validate(data)
        plan = self.session.portfolio.plan
        return plan.add(item) if original is None else plan.update(item)
