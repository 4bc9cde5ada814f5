"""The result of a competence check, in the order a first-time user asks their questions:
where do I stand and what do I do first (summary, coverage, buttons), what changed since last
time, what do I have, what do I miss, what should I watch out for, what do I want, and can I
get it recognised. It ends with the plain statement that this is guidance, not a judgement.

The view shows a saved ``CheckResult`` as it was saved; it never re-runs the check. An earlier
check is shown read-only (no action plan from an old picture), with a banner saying so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import DISCLAIMER, compare_checks
from portfolio_app.domain.check_result import CheckResult
from portfolio_app.domain.enums import label
from portfolio_app.ui.pages.check_result_parts import (
    EvcPart,
    HistoryPart,
    KunnenWillenPart,
    ProgressPart,
    SignalsPart,
    bullets,
    day,
    pick,
)
from portfolio_app.ui.pages.overview import Card
from portfolio_app.ui.widgets.coverage_bar import CoverageBar
from portfolio_app.ui.widgets.fit_table import FitTable
from portfolio_app.ui.widgets.text import heading, paragraph
from portfolio_app.ui.widgets.warning_lights import WarningLights


class ResultView(QWidget):
    make_plan = Signal()
    check_again = Signal()
    new_check = Signal()
    open_check = Signal(str)  # id of an earlier check
    navigate = Signal(str, object)  # page key, hint

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.result: CheckResult | None = None
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self.scroll_area)
        self.body = QVBoxLayout(content)
        self.body.setSpacing(14)
        self.scroll_area.setWidget(content)

        self.title = heading("", content)
        self.subtitle = paragraph("", content)
        self.earlier = paragraph("", content)
        self.earlier.setObjectName("warningText")
        # outside the scrolling part, so it is seen wherever the user scrolled to
        self.changed_row = QWidget(self)
        changed = QHBoxLayout(self.changed_row)
        changed.setContentsMargins(0, 0, 0, 0)
        self.changed_text = paragraph(
            self.tr("Je portfolio is veranderd sinds deze check. Doe de check opnieuw."),
            self.changed_row,
        )
        self.changed_text.setObjectName("warningText")
        self.again_now = QPushButton(self.tr("Check n&u opnieuw"), self.changed_row)
        self.again_now.clicked.connect(self.check_again)
        changed.addWidget(self.changed_text, 1)
        changed.addWidget(self.again_now)

        self.summary_card = Card(self.tr("In het kort"), content)
        self.summary = paragraph("", self.summary_card)
        self.summary.setObjectName("checkSummary")
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.essential = CoverageBar(
            self.tr("Belangrijkste competenties (essentieel) die je al hebt"), self.summary_card
        )
        self.optional = CoverageBar(
            self.tr("Aanvullende competenties die je al hebt"), self.summary_card
        )
        for widget in (self.summary, self.essential, self.optional):
            self.summary_card.add(widget)
        self.summary_card.add(self._buttons(self.summary_card))
        self.plan_done = paragraph("", self.summary_card)
        self.summary_card.add(self.plan_done)

        self.progress_card = Card(self.tr("Je vooruitgang"), content)
        self.progress = ProgressPart(lang, self.progress_card)
        self.progress_card.add(self.progress)

        self.strengths_card = Card(self.tr("Wat heb je al?"), content)
        self.strengths = paragraph("", self.strengths_card)
        self.strengths.setAccessibleName(self.tr("Wat heb je al?"))
        self.strengths_card.add(self.strengths)

        self.gaps_card = Card(self.tr("Wat mis je nog?"), content)
        self.gaps_card.add(
            paragraph(
                self.tr(
                    "Het belangrijkste staat bovenaan. ‘Nu’ zegt hoeveel je portfolio er al "
                    "van toont; de laatste kolom zegt wat je kunt doen."
                ),
                self.gaps_card,
            )
        )
        self.gaps = FitTable(
            [
                self.tr("Nr."),
                self.tr("Competentie"),
                self.tr("Belang"),
                self.tr("Nu"),
                self.tr("Waarom"),
                self.tr("Wat kun je doen?"),
            ],
            self.gaps_card,
        )
        self.gaps.stretch(1, 4)
        self.gaps.setObjectName("gapsTable")
        self.gaps.setAccessibleName(self.tr("Tabel: wat je nog mist, het belangrijkste eerst"))
        self.gaps_card.add(self.gaps)
        self.no_gaps = paragraph(self.tr("Je mist niets van wat dit doel vraagt."), self.gaps_card)
        self.gaps_card.add(self.no_gaps)

        self.lights_card = Card(self.tr("Knipperlichten: waar moet je op letten?"), content)
        self.lights = WarningLights(lang, self.lights_card)
        self.lights.navigate.connect(self.navigate)
        self.lights_card.add(self.lights)

        self.market_card = Card(self.tr("Wat vraagt de arbeidsmarkt?"), content)
        self.market = SignalsPart(lang, self.market_card)
        self.market_card.add(self.market)

        self.kw_card = Card(self.tr("Kunnen en willen"), content)
        self.kunnen_willen = KunnenWillenPart(self.kw_card)
        self.kw_card.add(self.kunnen_willen)

        self.evc_card = Card(self.tr("Je competenties laten erkennen (EVC)"), content)
        self.evc = EvcPart(lang, self.evc_card)
        self.evc.dossier.connect(lambda uri: self.navigate.emit("export", {"evc": uri}))
        self.evc_card.add(self.evc)

        self.history_card = Card(self.tr("Eerdere checks voor dit doel"), content)
        self.history = HistoryPart(self.history_card)
        self.history.open_check.connect(self.open_check)
        self.history_card.add(self.history)

        self.disclaimer = paragraph(DISCLAIMER[1] if lang == "en" else DISCLAIMER[0], content)
        self.disclaimer.setObjectName("disclaimer")
        self.disclaimer.setAccessibleName(self.tr("Let op: dit is een hulpmiddel"))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.changed_row)
        outer.addWidget(self.scroll_area, 1)
        sections: tuple[QWidget, ...] = (
            self.title,
            self.subtitle,
            self.earlier,
            self.summary_card,
            self.progress_card,
            self.strengths_card,
            self.gaps_card,
            self.lights_card,
            self.market_card,
            self.kw_card,
            self.evc_card,
            self.history_card,
            self.disclaimer,
        )
        for section in sections:
            self.body.addWidget(section)
        self.body.addStretch(1)

    def _buttons(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        self.plan_button = QPushButton(self.tr("Maak een &actieplan…"), row)
        self.plan_button.setAccessibleName(self.tr("Maak een actieplan uit je tekorten"))
        self.plan_button.clicked.connect(self.make_plan)
        self.again_button = QPushButton(self.tr("Check dit doel &opnieuw"), row)
        self.again_button.clicked.connect(self.check_again)
        self.new_button = QPushButton(self.tr("Kies een ander &doel"), row)
        self.new_button.clicked.connect(self.new_check)
        for button in (self.plan_button, self.again_button, self.new_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def show_result(
        self, result: CheckResult, history: list[CheckResult], read_only: bool = False
    ) -> None:
        """Show ``result``; ``history`` holds every saved check of its target, oldest first."""
        self.result = result
        lang = self.lang
        self.title.setText(self.tr("Je resultaat: %1").replace("%1", result.target.label))
        self.subtitle.setText(
            self.tr("%1 · check van %2")
            .replace("%1", label(result.target.kind, lang))
            .replace("%2", day(result.checked_on))
        )
        self.earlier.setText(
            self.tr("Dit is een eerdere check van %1. Je kunt ze alleen bekijken.").replace(
                "%1", day(result.checked_on)
            )
        )
        self.earlier.setVisible(read_only)
        self.changed_row.setVisible(False)
        self.summary.setText(pick(lang, result.summary, result.summary_en))
        self.essential.set_value(result.coverage_essential)
        has_optional = any(not c.essential for c in result.contributions)
        self.optional.setVisible(has_optional)
        self.optional.set_value(result.coverage_optional)
        self.plan_button.setVisible(not read_only and bool(result.gaps or result.evc))
        self.plan_done.setVisible(False)

        ids = [check.id for check in history]
        position = ids.index(result.id) if result.id in ids else len(history)
        previous = history[position - 1] if position > 0 else None
        self.progress_card.setVisible(previous is not None)
        if previous is not None:
            self.progress.set_progress(compare_checks(previous, result))

        self.strengths.setText(
            bullets(
                result.strengths,
                self.tr("Nog niets van wat dit doel vraagt, staat goed in je portfolio."),
                mark="✓",
            )
        )
        self._fill_gaps(result)
        shown = [w for w in result.warnings if not (result.evc and w.code == "evc_traject")]
        self.lights.set_lights(shown)
        self.market.set_signals(result.signals)
        self.kunnen_willen.set_picture(result.kunnen_willen)
        self.evc_card.setVisible(result.evc is not None)
        if result.evc is not None:
            self.evc.set_info(result.evc)
        self.history_card.setVisible(len(history) > 1)
        self.history.set_history(history, result.id)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _fill_gaps(self, result: CheckResult) -> None:
        lang = self.lang
        rows = []
        for number, gap in enumerate(result.gaps, 1):
            rows.append(
                [
                    str(number),
                    gap.competence.label,
                    self.tr("Essentieel") if gap.essential else self.tr("Aanvullend"),
                    self.tr("%1 %").replace("%1", str(round(gap.credit * 100))),
                    pick(lang, gap.reason, gap.reason_en),
                    ", ".join(label(action, lang) for action in gap.actions),
                ]
            )
        self.gaps.set_rows(rows)
        self.gaps.setVisible(bool(rows))
        self.no_gaps.setVisible(not rows)

    def portfolio_changed(self) -> None:
        """Evidence or claims changed after this check: offer to check again."""
        if self.result is not None and not self.earlier.isVisible():
            self.changed_row.setVisible(True)

    def plan_saved(self, count: int) -> None:
        self.plan_done.setText(
            self.tr("%n actie(s) toegevoegd aan je actieplan (zie ‘Actieplan’ links).", "", count)
            if count
            else self.tr("Alle voorstellen staan al in je actieplan.")
        )
        self.plan_done.setVisible(True)
