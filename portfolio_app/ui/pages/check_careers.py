"""Career steps: "Welke beroepen passen bij mij?" The ten occupations that fit best what the
user says they can and like doing, each with why it is there (the competences that carry
it), what is missing, and one click to start a full check against it.

The career index of the language is built once per session (and again after a new language
is imported) on a worker thread: on the full ESCO language that takes about half a second,
long enough to freeze the window. The ranking itself runs on the same worker, so a filter
change never blocks typing either; a result that arrives after a newer request is dropped.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import (
    DISCLAIMER,
    CareerIndex,
    CareerStep,
    career_index,
    language_view,
    load_regulated,
    load_signals,
    rank_careers,
    snapshot,
)
from portfolio_app.errors import PortfolioError
from portfolio_app.ui.errors import show_error
from portfolio_app.ui.session import Session
from portfolio_app.ui.tasks import run_with_progress
from portfolio_app.ui.widgets.coverage_bar import CoverageBar
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.layout_tools import clear_layout
from portfolio_app.ui.widgets.text import heading, paragraph

TOP = 10


class CareerRow(QFrame):
    """One occupation of the ranking."""

    def __init__(self, rank: int, step: CareerStep, lang: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.step = step
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        name = step.occupation.label
        layout.addWidget(heading(f"{rank}. {name}", self, level=2))
        bar = CoverageBar(self.tr("Belangrijkste competenties die je zegt te kunnen"), self)
        bar.set_count(step.essential_said, step.essential_total)
        layout.addWidget(bar)
        lines = [
            self.tr("Waarom: je kunt %1.").replace(
                "%1", ", ".join(ref.label for ref in step.carried_by)
            ),
            self.tr("%n daarvan toon je al aan met bewijs.", "", step.essential_shown),
        ]
        if step.missing:
            names = ", ".join(ref.label for ref in step.missing)
            lines.append(
                self.tr("Nog te leren of na te gaan, het belangrijkste eerst: %1").replace(
                    "%1", names
                )
            )
            more = step.missing_count - len(step.missing)
            if more > 0:
                lines.append(self.tr("En nog %n andere competentie(s).", "", more))
        if step.willen_balance > 0:
            lines.append(self.tr("Past bij wat je graag doet."))
        elif step.willen_balance < 0:
            lines.append(self.tr("Vraagt dingen die je niet meer wilt doen."))
        if step.vks_levels:
            levels = ", ".join(str(level) for level in step.vks_levels)
            lines.append(
                self.tr("Er is een beroepskwalificatie op VKS-niveau %1.").replace("%1", levels)
            )
        if step.regulation is not None:
            rule = step.regulation
            lines.append(rule.requirement_en if lang == "en" else rule.requirement)
        if step.signal is not None:
            text = step.signal.describe(date.today())
            lines.append(text[1] if lang == "en" else text[0])
        details = paragraph("\n".join(lines), self)
        layout.addWidget(details)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Check dit beroep"), self)
        self.button.setAccessibleName(self.tr("Start een check voor %1").replace("%1", name))
        self.button.setAccessibleDescription(
            self.tr("Toont wat je van dit beroep al kunt en wat je nog mist.")
        )
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)


class CareersTab(QWidget):
    start_check = Signal(str)  # occupation URI

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.index: CareerIndex | None = None
        self.steps: list[CareerStep] = []
        self._request = 0
        self._workers: list[Any] = []  # kept alive until they finish
        self._stale = True
        session.language_replaced.connect(self._language_replaced)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 12, 0, 0)
        layout.addWidget(heading(self.tr("Welke beroepen passen bij mij?"), self, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Dit zijn de beroepen die het best passen bij wat je zegt te kunnen en wat "
                    "je graag doet. Klik op ‘Check dit beroep’ om te zien wat je nog mist."
                ),
                self,
            )
        )
        filters = FlowLayout()
        level_label = QLabel(self.tr("&Niveau:"), self)
        self.level = QComboBox(self)
        self.level.addItem(self.tr("Elk niveau"), 0)
        for n in range(1, 9):
            self.level.addItem(self.tr("VKS-niveau %1").replace("%1", str(n)), n)
        self.level.setAccessibleName(self.tr("Alleen beroepen met een kwalificatie op niveau"))
        self.level.setAccessibleDescription(
            self.tr("VKS-niveau 1 tot 8 (gelijk aan EQF), of elk niveau.")
        )
        level_label.setBuddy(self.level)
        self.shortage = QCheckBox(self.tr("Alleen beroepen met &krapte in de cijfers"), self)
        self.shortage.setAccessibleName(
            self.tr("Alleen beroepen waar de laatste cijfers krapte toonden")
        )
        self.shortage.setAccessibleDescription(
            self.tr("Beroepen waarvoor werkgevers moeilijk mensen vinden (knelpuntberoepen).")
        )
        tick = self.fontMetrics().height() * 7 // 10  # check boxes grow with the font
        self.shortage.setStyleSheet(
            f"QCheckBox::indicator {{ width: {tick}px; height: {tick}px; }}"
        )
        self.level.currentIndexChanged.connect(self.refresh)
        self.shortage.toggled.connect(self.refresh)
        level_pair = QWidget(self)  # the label stays with its list when the row wraps
        pair = QHBoxLayout(level_pair)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(level_label)
        pair.addWidget(self.level)
        filters.addWidget(level_pair)
        filters.addWidget(self.shortage)
        layout.addLayout(filters)
        self.status = paragraph("", self)
        layout.addWidget(self.status)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to each 'Check dit beroep'
        self.list = QWidget(scroll)
        self.rows = QVBoxLayout(self.list)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.addStretch(1)
        scroll.setWidget(self.list)
        layout.addWidget(scroll, 1)
        self.disclaimer = paragraph(DISCLAIMER[1] if session.lang == "en" else DISCLAIMER[0], self)
        self.disclaimer.setObjectName("disclaimer")
        layout.addWidget(self.disclaimer)

    def _language_replaced(self) -> None:
        self.index = None
        self.mark_stale()

    def mark_stale(self) -> None:
        """The portfolio changed; rank again when the tab is next looked at."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self._request += 1
        request = self._request
        session = self.session
        data = snapshot(session.portfolio)
        signals = load_signals(session.paths)
        regulated = load_regulated()
        level = int(self.level.currentData()) or None
        shortage = self.shortage.isChecked()
        index = self.index
        language = session.language
        self.status.setText(self.tr("Even zoeken…"))

        def work(progress: Any, cancelled: Any) -> tuple[CareerIndex, list[CareerStep]]:
            built = index or career_index(language)
            view = language_view(language, data)
            steps = rank_careers(
                built,
                data,
                view.qualification_competences,
                date.today(),
                signals=signals,
                regulated=regulated,
                top=TOP,
                vks_level=level,
                tight_only=shortage,
            )
            return built, steps

        def done(result: tuple[CareerIndex, list[CareerStep]]) -> None:
            self._workers = [w for w in self._workers if _running(w)]
            if request != self._request:
                return
            self.index, steps = result
            self._show(steps)

        def failed(exc: BaseException) -> None:
            self._workers = [w for w in self._workers if _running(w)]
            self.status.setText("")
            if isinstance(exc, PortfolioError):
                show_error(self, exc, session.lang)
            else:
                raise exc

        worker = run_with_progress(
            self, self.tr("Beroepen zoeken die bij je passen"), work, done, failed
        )
        self._workers.append(worker)

    def _show(self, steps: list[CareerStep]) -> None:
        self.steps = steps
        clear_layout(self.rows, keep=1)  # the stretch stays last
        for rank, step in enumerate(steps, 1):
            row = CareerRow(rank, step, self.session.lang, self.list)
            row.button.clicked.connect(
                lambda _=False, uri=step.occupation.uri: self.start_check.emit(uri)
            )
            self.rows.insertWidget(self.rows.count() - 1, row)
        if steps:
            self.status.setText(self.tr("De %n beroep(en) die het best passen:", "", len(steps)))
        elif self.level.currentData() or self.shortage.isChecked():
            self.status.setText(
                self.tr("Geen beroepen gevonden met deze keuze. Zet een filter uit.")
            )
        else:
            self.status.setText(
                self.tr(
                    "Nog geen beroepen gevonden waarvan je een belangrijke competentie zegt te "
                    "kunnen. Voeg toe wat je kunt op de pagina ‘Competenties’, of doe een check: "
                    "die vraagt wat je al kunt."
                )
            )


def _running(worker: Any) -> bool:
    """False also for a worker that ``run_with_progress`` has already deleted: with the
    bundled ESCO language a ranking takes long enough for requests to overlap."""
    try:
        return bool(worker.isRunning())
    except RuntimeError:
        return False
