"""The result of a competence check, in the order a first-time user asks their questions:
where do I stand and what do I do first (summary, the two counts, buttons), what changed
since last time, what can I show, what do I still have to prove, what do I still have to
learn, what should I watch out for, what does the labour market ask, what will be needed in
the future, what do I want, and can I get it recognised. It ends with the plain statement
that this is guidance, not a judgement.

Every number on the page is counted by ``CheckResult.tally`` from the same contributions as
the lists below it.

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
from portfolio_app.domain import ActionPlanItem
from portfolio_app.domain.check_result import CheckResult, OpenPoint, Standing
from portfolio_app.domain.enums import TargetKind, label
from portfolio_app.ui.icons import icon
from portfolio_app.ui.pages.check_result_parts import (
    EvcPart,
    FuturePart,
    HistoryPart,
    KunnenWillenPart,
    ProgressPart,
    SignalsPart,
    day,
    pick,
)
from portfolio_app.ui.pages.overview import Card
from portfolio_app.ui.widgets.coverage_bar import CoverageBar
from portfolio_app.ui.widgets.fit_table import FitTable
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.learning_steps import StepsView, first_steps
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
        self.plan: list[ActionPlanItem] = []  # the check page sets it: progress names steps done
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Resultaat van de check"))
        self.scroll_area.setAccessibleDescription(
            self.tr("Scroll met de pijltjestoetsen of Page Down; Tab gaat naar de knoppen.")
        )
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
        self.again_now.setAccessibleDescription(
            self.tr("Doe de check voor dit doel opnieuw, met je portfolio van nu.")
        )
        changed.addWidget(self.changed_text, 1)
        changed.addWidget(self.again_now)

        self.summary_card = Card(self.tr("In het kort"), content)
        self.summary = paragraph("", self.summary_card)
        self.summary.setObjectName("checkSummary")
        self.summary.setAccessibleName(self.tr("Samenvatting"))
        self.essential_said = CoverageBar(
            self.tr("Belangrijkste (essentiële) competenties: zeg je te kunnen"),
            self.summary_card,
        )
        self.essential_shown = CoverageBar(
            self.tr("Belangrijkste (essentiële) competenties: toon je aan"), self.summary_card
        )
        self.optional_said = CoverageBar(
            self.tr("Aanvullende competenties: zeg je te kunnen"), self.summary_card
        )
        self.optional_shown = CoverageBar(
            self.tr("Aanvullende competenties: toon je aan"), self.summary_card
        )
        for widget in (
            self.summary,
            self.essential_said,
            self.essential_shown,
            self.optional_said,
            self.optional_shown,
        ):
            self.summary_card.add(widget)
        self.summary_card.add(self._buttons(self.summary_card))
        self.plan_done = paragraph("", self.summary_card)
        self.summary_card.add(self.plan_done)

        self.progress_card = Card(self.tr("Je vooruitgang"), content)
        self.progress = ProgressPart(lang, self.progress_card)
        self.progress_card.add(self.progress)

        self.shown_card = Card(self.tr("Wat je kunt en aantoont"), content)
        self.shown = paragraph("", self.shown_card)
        self.shown.setAccessibleName(self.tr("Wat je kunt en aantoont"))
        self.shown_card.add(self.shown)

        self.prove_card = Card(self.tr("Nog te bewijzen"), content)
        self.prove_card.add(
            paragraph(
                self.tr(
                    "Je zegt dat je dit kunt, maar je portfolio toont het nog niet. Een "
                    "werkgever of assessor vraagt bewijs: een attest, een verklaring van je "
                    "werkgever of een beschreven ervaring."
                ),
                self.prove_card,
            )
        )
        self.prove = self._points_table(self.prove_card, "proveTable")
        self.prove.setAccessibleName(self.tr("Tabel: wat je nog moet bewijzen"))

        self.learn_card = Card(self.tr("Nog te leren of na te gaan"), content)
        self.learn_card.add(
            paragraph(
                self.tr(
                    "Het belangrijkste staat bovenaan; de laatste kolom zegt wat je kunt doen."
                ),
                self.learn_card,
            )
        )
        self.learn = self._points_table(self.learn_card, "learnTable")
        self.learn.setAccessibleName(
            self.tr("Tabel: wat je nog kunt leren, het belangrijkste eerst")
        )
        self.no_learn = paragraph(
            self.tr("Je zegt dat je alles kunt wat dit doel vraagt."), self.learn_card
        )
        self.learn_card.add(self.no_learn)
        self.learn_steps = StepsView(lang, self.learn_card)  # where to begin (issue 17)
        self.learn_card.add(self.learn_steps)

        self.lights_card = Card(self.tr("Knipperlichten: waar moet je op letten?"), content)
        self.lights = WarningLights(lang, self.lights_card)
        self.lights.navigate.connect(self.navigate)
        self.lights_card.add(self.lights)

        self.market_card = Card(self.tr("Wat vroeg de arbeidsmarkt?"), content)
        self.market = SignalsPart(lang, self.market_card)
        self.market_card.add(self.market)

        self.future_card = Card(self.tr("Competenties voor de toekomst"), content)
        self.future = FuturePart(lang, self.future_card)
        self.future_card.add(self.future)

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
            self.shown_card,
            self.prove_card,
            self.learn_card,
            self.lights_card,
            self.market_card,
            self.future_card,
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
        layout = FlowLayout(row)
        layout.setContentsMargins(0, 6, 0, 0)
        self.plan_button = QPushButton(icon("plan"), self.tr("Maak een &actieplan…"), row)
        self.plan_button.setAccessibleName(self.tr("Maak een actieplan uit je tekorten"))
        self.plan_button.clicked.connect(self.make_plan)
        self.plan_button.setAccessibleDescription(
            self.tr("Stelt stappen voor om te leren wat je mist; jij kiest welke.")
        )
        self.again_button = QPushButton(self.tr("Check dit doel &opnieuw"), row)
        self.again_button.clicked.connect(self.check_again)
        self.again_button.setAccessibleDescription(
            self.tr("Beantwoord de vragen voor dit doel opnieuw; de vorige check blijft bewaard.")
        )
        self.new_button = QPushButton(self.tr("Kies een ander &doel"), row)
        self.new_button.clicked.connect(self.new_check)
        self.new_button.setAccessibleDescription(self.tr("Terug naar stap 1: kies een ander doel."))
        self.add_button = QPushButton(icon("occupation"), self.tr("Voeg &toe uit dit beroep…"), row)
        self.add_button.setToolTip(
            self.tr("Vink op de pagina Competenties aan wat je van dit beroep kunt")
        )
        self.add_button.clicked.connect(self._add_from_occupation)
        for button in (self.plan_button, self.again_button, self.new_button, self.add_button):
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _points_table(self, card: Card, name: str) -> FitTable:
        table = FitTable(
            [
                self.tr("Nr."),
                self.tr("Competentie"),
                self.tr("Belang"),
                self.tr("Waarom"),
                self.tr("Wat kun je doen?"),
            ],
            card,
        )
        table.stretch(1, 3, 4)  # the long ones share the room and wrap
        table.setObjectName(name)
        table.setAccessibleDescription(
            self.tr("Per competentie: hoe belangrijk ze is, waarom, en wat je kunt doen.")
        )
        card.add(table)
        return table

    def _add_from_occupation(self) -> None:
        if self.result is not None:
            self.navigate.emit("competences", {"occupation": self.result.target.uri})

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
        essential, optional = result.tally(True), result.tally(False)
        self.essential_said.set_count(essential.said, essential.total)
        self.essential_shown.set_count(essential.shown, essential.total)
        for bar in (self.essential_said, self.essential_shown):
            bar.setVisible(bool(essential.total))
        self.optional_said.set_count(optional.said, optional.total)
        self.optional_shown.set_count(optional.shown, optional.total)
        for bar in (self.optional_said, self.optional_shown):
            bar.setVisible(bool(optional.total))
        self.plan_button.setVisible(
            not read_only and bool(result.to_learn or result.to_prove or result.evc)
        )
        self.add_button.setVisible(not read_only and result.target.kind is TargetKind.BEROEP)
        self.plan_done.setVisible(False)

        ids = [check.id for check in history]
        position = ids.index(result.id) if result.id in ids else len(history)
        previous = history[position - 1] if position > 0 else None
        self.progress_card.setVisible(previous is not None)
        if previous is not None:
            self.progress.set_progress(compare_checks(previous, result, self.plan))

        self._fill_shown(result)
        self._fill(self.prove, result.to_prove)
        self.prove_card.setVisible(bool(result.to_prove))
        self._fill(self.learn, result.to_learn)
        self.learn.setVisible(bool(result.to_learn))
        self.no_learn.setVisible(not result.to_learn)
        steps = first_steps(result.to_learn)
        self.learn_steps.set_steps(steps, self.tr("Waar kan je beginnen?") if steps else "")
        shown = [w for w in result.warnings if not (result.evc and w.code == "evc_traject")]
        self.lights.set_lights(shown)
        self.market.set_signals(result.signals)
        self.future_card.setVisible(result.future is not None and bool(result.future.items))
        if result.future is not None:
            self.future.set_future(result.future)
        self.kunnen_willen.set_picture(result.kunnen_willen)
        self.evc_card.setVisible(result.evc is not None)
        if result.evc is not None:
            self.evc.set_info(result.evc)
        self.history_card.setVisible(len(history) > 1)
        self.history.set_history(history, result.id)
        self.scroll_area.verticalScrollBar().setValue(0)

    def _fill_shown(self, result: CheckResult) -> None:
        lines = [
            f"✓  {c.competence.label}: {pick(self.lang, c.explanation, c.explanation_en)}"
            for c in result.contributions
            if c.standing is Standing.SHOWN
        ]
        self.shown.setText(
            "\n".join(lines)
            if lines
            else self.tr(
                "Je portfolio toont nog niets van wat dit doel vraagt met bewijs. Voeg een "
                "leerbewijs, een verklaring of een beschreven ervaring toe."
            )
        )

    def _fill(self, table: FitTable, points: list[OpenPoint]) -> None:
        lang = self.lang
        rows = []
        for number, point in enumerate(points, 1):
            rows.append(
                [
                    str(number),
                    point.competence.label,
                    self.tr("Essentieel") if point.essential else self.tr("Aanvullend"),
                    pick(lang, point.reason, point.reason_en),
                    ", ".join(label(action, lang) for action in point.actions),
                ]
            )
        table.set_rows(rows)

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
