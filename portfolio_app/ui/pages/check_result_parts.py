"""Parts of the check's result page that have more than a line of logic each: progress since
the previous check, the kunnen × willen picture, EVC readiness with its costs, the labour
market, the future competences and the list of earlier checks of the same target.

Every text the core wrote (progress sentence, EVC message, costs) is shown as the core wrote
it, in the user's language; these widgets only lay it out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import Progress
from portfolio_app.check.signals import describe
from portfolio_app.check.texts import month_year
from portfolio_app.domain import ConceptRef
from portfolio_app.domain.check_result import (
    CheckResult,
    EvcInfo,
    FutureCompetences,
    KunnenWillen,
    SignalShown,
)
from portfolio_app.ui.widgets.coverage_bar import CoverageBar
from portfolio_app.ui.widgets.link import LinkButton
from portfolio_app.ui.widgets.text import paragraph


def pick(lang: str, nl: str, en: str) -> str:
    """The core's text in the user's language (Dutch when no English was stored)."""
    return en if lang == "en" and en else nl


def day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def bullets(refs: list[ConceptRef], empty: str, mark: str = "•") -> str:
    return "\n".join(f"{mark}  {ref.label}" for ref in refs) if refs else empty


class ProgressPart(QWidget):
    """Coverage then and now, and which gaps were closed."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.text = paragraph("", self)
        self.text.setAccessibleName(self.tr("Je vooruitgang"))
        self.before = CoverageBar("", self, before=True)
        self.after = CoverageBar("", self)
        self.more = paragraph("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.text, self.before, self.after, self.more):
            layout.addWidget(widget)

    def set_progress(self, progress: Progress) -> None:
        self.text.setText(pick(self.lang, *progress.text()))
        self.before.set_title(
            self.tr("Vorige check (%1): aangetoond").replace("%1", day(progress.before))
        )
        self.before.set_count(progress.counts_before.shown, progress.counts_before.total)
        self.after.set_title(
            self.tr("Deze check (%1): aangetoond").replace("%1", day(progress.after))
        )
        self.after.set_count(progress.counts_after.shown, progress.counts_after.total)
        lines = []  # what was newly shown is named in the core's sentence above
        if progress.newly_said:
            lines.append(self.tr("Nieuw: je zegt dat je dit kunt"))
            lines += [f"•  {ref.label}" for ref in progress.newly_said]
        if progress.no_longer:
            lines.append(self.tr("Niet meer: je zei eerder dat je dit kon"))
            lines += [f"•  {ref.label}" for ref in progress.no_longer]
        if not progress.moved:
            lines.append(
                self.tr(
                    "Nog geen vooruitgang. Voeg bewijs toe (een leerbewijs of een ervaring) "
                    "of werk aan je actieplan, en doe de check dan opnieuw."
                )
            )
        self.more.setText("\n".join(lines))
        self.more.setVisible(bool(lines))


class KunnenWillenPart(QWidget):
    """Three lists side by side: can and want, can but don't want, want but can't yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(18)
        titles = (
            self.tr("Kan ik en wil ik"),
            self.tr("Kan ik, maar wil ik niet (meer)"),
            self.tr("Wil ik, maar kan ik nog niet"),
        )
        self.lists: list[QLabel] = []
        top = Qt.AlignmentFlag.AlignTop
        for column, title in enumerate(titles):
            header = paragraph(title, self)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column, top)
            label = paragraph("", self)
            label.setAccessibleName(title)
            grid.addWidget(label, 1, column, top)
            grid.setColumnStretch(column, 1)
            self.lists.append(label)

    def set_picture(self, picture: KunnenWillen) -> None:
        empty = self.tr("(niets)")
        for label, refs in zip(
            self.lists,
            (picture.can_and_want, picture.can_not_want, picture.want_cannot_yet),
            strict=True,
        ):
            label.setText(bullets(refs, empty))


class EvcPart(QWidget):
    """What an EVC-traject for the target involves and costs, and the way to the dossier."""

    dossier = Signal(str)  # qualification URI

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.message = paragraph("", self)
        self.costs = paragraph("", self)
        self.costs.setAccessibleName(self.tr("Kosten van een EVC-traject"))
        self.source = paragraph("", self)
        self.source.setObjectName("sourceText")
        self.button = QPushButton(self.tr("Maak je &EVC-dossier"), self)
        self.button.setAccessibleName(self.tr("Maak je EVC-dossier als PDF"))
        self.button.setAccessibleDescription(
            self.tr("Gaat naar Exporteren, met je bewijzen per competentie van dit doel.")
        )
        self._uri = ""
        self.button.clicked.connect(lambda: self.dossier.emit(self._uri))
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.message, self.costs, self.source):
            layout.addWidget(widget)
        layout.addLayout(row)

    def _euro(self, amount: float) -> str:
        if amount == 0:
            return self.tr("gratis")
        shown = f"{amount:.0f}" if amount == int(amount) else f"{amount:.2f}".replace(".", ",")
        return self.tr("%1 euro").replace("%1", shown)

    def set_info(self, evc: EvcInfo) -> None:
        self._uri = evc.qualification.uri
        self.message.setText(pick(self.lang, evc.message, evc.message_en))
        lines = [self.tr("Wat kost het?")]
        for cost in evc.costs:
            name = pick(self.lang, cost.label, cost.label_en)
            line = f"•  {name}: {self._euro(cost.amount_eur)}"
            lines.append(f"<b>{line}</b>" if cost.applies else line)
        conditions = (
            evc.conditions_en if self.lang == "en" and evc.conditions_en else evc.conditions
        )
        lines += [f"•  {text}" for text in conditions]
        self.costs.setText("<br>".join(lines))
        self.source.setText(evc.source)


class SignalsPart(QWidget):
    """Question 3, "wat vraagt de arbeidsmarkt?": every labour-market figure the check used,
    each with its source and month, and a plain flag when it is more than two years old."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.text = paragraph("", self)
        self.text.setAccessibleName(self.tr("Wat vraagt de arbeidsmarkt?"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)

    def set_signals(self, signals: list[SignalShown]) -> None:
        if not signals:
            self.text.setText(
                self.tr(
                    "De app heeft geen cijfers over de vraag naar dit beroep. Vraag ernaar bij "
                    "de VDAB of een loopbaanbegeleider."
                )
            )
            return
        self.text.setText("\n".join(f"•  {signal_text(s, self.lang)}" for s in signals))


def signal_text(signal: SignalShown, lang: str) -> str:
    """The figure as the check stated it (a check saved before texts were stored is
    described now, by the same rule)."""
    if signal.text:
        return pick(lang, signal.text, signal.text_en)
    return pick(
        lang,
        *describe(
            signal.occupation_label,
            signal.tension_ratio,
            signal.shortage,
            signal.date,
            signal.source,
            signal.note,
            signal.old,
        ),
    )


class FuturePart(QWidget):
    """The future competences, assessed in every check: how many the person says they can,
    which, and where the list comes from."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.intro = paragraph("", self)
        self.bar = CoverageBar(self.tr("Zeg je te kunnen"), self)
        self.lists = paragraph("", self)
        self.source = paragraph("", self)
        self.source.setObjectName("sourceText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.intro, self.bar, self.lists, self.source):
            layout.addWidget(widget)

    def set_future(self, future: FutureCompetences) -> None:
        counts = future.tally()
        self.intro.setText(
            self.tr(
                "Onderzoek bij bijna 300 Vlaamse bedrijven (de SCOPE-studies) noemde deze "
                "competenties (nog meer) cruciaal in de toekomst, over sectoren heen. Je "
                "toont er %1 van aan."
            ).replace("%1", str(counts.shown))
        )
        self.bar.set_count(counts.said, counts.total)
        have = [c.competence for c in future.items if c.said]
        lacking = [c.competence for c in future.items if not c.said]
        lines = [self.tr("Kan je al:"), bullets(have, self.tr("(nog geen)"), mark="✓")]
        lines += [self.tr("Nog niet in je portfolio:"), bullets(lacking, self.tr("(geen)"))]
        self.lists.setText("\n".join(lines))
        when = month_year(future.source_date)[1 if self.lang == "en" else 0]
        self.source.setText(
            self.tr("Bron: %1 (%2).").replace("%1", future.source).replace("%2", when)
        )


class HistoryPart(QWidget):
    """Earlier checks of the same target; each opens read-only."""

    open_check = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    def set_history(self, history: list[CheckResult], current_id: str) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons.clear()
        for check in reversed(history):
            counts = check.headline()
            text = (
                self.tr("Check van %1: %2 van %3 gezegd, %4 aangetoond")
                .replace("%1", day(check.checked_on))
                .replace("%2", str(counts.said))
                .replace("%3", str(counts.total))
                .replace("%4", str(counts.shown))
            )
            if check.id == current_id:
                text += "  " + self.tr("(deze)")
            button = LinkButton(text, self)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Opent het bewaarde resultaat van die dag."))
            button.setEnabled(check.id != current_id)
            button.clicked.connect(lambda _=False, i=check.id: self.open_check.emit(i))
            self.layout_.addWidget(button)
            self.buttons.append(button)
