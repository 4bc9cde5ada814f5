"""Step 2 of the guided check: "kan je dit?" for what the portfolio does not hold yet, and
"klopt dit nog?" for what it does.

The check starts from the person questioning their own competences (seed 002 l.686). So
every competence of the target the portfolio says nothing about is asked — ja / een beetje /
nee / weet ik niet, with "laatst gedaan" optional — essential ones first, the optional ones
one click away. The claims that count for the target are shown with the two fields the
user knows best: when they last did it, and whether they still want to.

Nothing is saved here: the page saves the answers, the changed claims and the check as one
change, so one undo takes them all back (``check_answers`` turns answers into claims).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import Target, TargetCompetence
from portfolio_app.check.answers import ANSWER_LABELS, Answer, Reply
from portfolio_app.domain import CompetenceClaim, revised
from portfolio_app.domain.check_result import Standing
from portfolio_app.domain.enums import willen_label
from portfolio_app.ui.widgets.dates import DateField
from portfolio_app.ui.widgets.flow import FlowLayout
from portfolio_app.ui.widgets.layout_tools import clear_layout
from portfolio_app.ui.widgets.text import heading, paragraph


@dataclass
class ConfirmRow:
    claim: CompetenceClaim
    counts_for: list[str] = field(default_factory=list)
    still: QCheckBox | None = None
    last_used: DateField | None = None
    willen: QComboBox | None = None

    def edited(self, today: date) -> CompetenceClaim | None:
        """The claim with the user's answers, or None when nothing changed."""
        assert self.still is not None and self.last_used is not None and self.willen is not None
        last_used = today if self.still.isChecked() else self.last_used.value()
        willen = int(self.willen.currentData())
        if last_used == self.claim.last_used and willen == self.claim.willen:
            return None
        return revised(self.claim, last_used=last_used, willen=willen)


def rows_for(items: list[TargetCompetence]) -> list[ConfirmRow]:
    """One row per claim that counts for the target, essential ones first."""
    rows: dict[str, ConfirmRow] = {}
    for item in items:
        if item.claim is None or item.standing is Standing.NOT_YET:
            continue
        row = rows.setdefault(item.claim.id, ConfirmRow(item.claim))
        if item.competence.label.casefold() != item.claim.label.casefold():
            row.counts_for.append(item.competence.label)
    return list(rows.values())


class Question(QFrame):
    """ "Kan je dit?" about one competence: four answers and, for ja / een beetje, when."""

    ANSWERS = (Answer.YES, Answer.A_LITTLE, Answer.NO, Answer.UNSURE)

    def __init__(self, item: TargetCompetence, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("question")
        name = item.competence.label
        text = ("★ " if item.essential else "") + name
        if item.related is not None:
            text += "\n" + self.tr("Je hebt wel ‘%1’.").replace("%1", item.related.label)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.buttons: dict[Answer, QRadioButton] = {}
        row = FlowLayout()  # the answers wrap onto a second line when the text is large
        question = self.tr("Antwoord op de vraag: kan je %1?").replace("%1", name)
        for answer in self.ANSWERS:
            button = QRadioButton(ANSWER_LABELS[answer][1 if lang == "en" else 0], self)
            button.setAccessibleName(
                self.tr("%1: %2").replace("%1", name).replace("%2", button.text())
            )
            button.setAccessibleDescription(question)
            self.group.addButton(button)
            self.buttons[answer] = button
            row.addWidget(button)
        self.buttons[Answer.UNSURE].setChecked(True)
        self.when_label = QLabel(self.tr("Laatst gedaan:"), self)
        self.when = DateField(self, month_only=True, not_after_today=True)
        self.when.setAccessibleName(
            self.tr("%1: laatst gedaan (maand en jaar, mag leeg)").replace("%1", name)
        )
        self.when_label.setBuddy(self.when)
        when = QWidget(self)  # the label stays with its field when the row wraps
        pair = QHBoxLayout(when)
        pair.setContentsMargins(12, 0, 0, 0)
        # the label beside the field's line, also when the field's hint goes under it
        self.when_label.setMinimumHeight(self.when.edit.sizeHint().height())
        pair.addWidget(self.when_label, 0, Qt.AlignmentFlag.AlignTop)
        pair.addWidget(self.when)
        row.addWidget(when)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.group.buttonToggled.connect(self._toggled)
        self._toggled()

    def answer(self) -> Answer:
        for answer, button in self.buttons.items():
            if button.isChecked():
                return answer
        return Answer.UNSURE

    def set_answer(self, answer: Answer) -> None:
        self.buttons[answer].setChecked(True)

    def _toggled(self) -> None:
        can = self.answer() in (Answer.YES, Answer.A_LITTLE)
        self.when.setEnabled(can)
        self.when_label.setEnabled(can)

    def reply(self) -> Reply:
        answer = self.answer()
        when = self.when.value() if answer in (Answer.YES, Answer.A_LITTLE) else None
        return Reply(self.item.competence, answer, when)


class ConfirmStep(QWidget):
    back = Signal()
    confirmed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[ConfirmRow] = []
        self._pairs: list[tuple[QBoxLayout, QWidget, int]] = []
        self.questions: list[Question] = []
        self._optional: list[TargetCompetence] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)  # as the other steps, which scroll
        layout.addWidget(heading(self.tr("Stap 2 van 3: wat kan je al?"), self, level=2))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers; they scroll
        content = QWidget(scroll)
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        scroll.setWidget(content)

        self.ask_title = heading(self.tr("Kan je dit?"), content, level=3)
        self.ask_intro = paragraph("", content)
        self.ask_list = QVBoxLayout()
        self.ask_list.setSpacing(6)
        self.all_yes = QPushButton(self.tr("Zet alles op ‘&Ja’"), content)
        self.all_yes.setToolTip(self.tr("Kies daarna ‘Een beetje’ of ‘Nee’ waar dat klopt."))
        self.all_yes.clicked.connect(self._all_yes)
        self.more_button = QPushButton(content)
        self.more_button.setObjectName("linkButton")
        self.more_button.setFlat(True)
        self.more_button.setAccessibleDescription(
            self.tr("Competenties die nuttig zijn voor dit doel, maar niet de belangrijkste.")
        )
        self.more_button.clicked.connect(self._show_optional)
        ask_buttons = FlowLayout()
        ask_buttons.addWidget(self.all_yes)
        ask_buttons.addWidget(self.more_button)

        self.confirm_title = heading(self.tr("Klopt dit nog?"), content, level=3)
        self.intro = paragraph("", content)
        self.table = QWidget(content)
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        tick = self.fontMetrics().height() * 7 // 10  # check boxes grow with the font
        content.setStyleSheet(
            f"QCheckBox::indicator, QRadioButton::indicator {{ width: {tick}px; "
            f"height: {tick}px; }}"
        )
        body.addWidget(self.ask_title)
        body.addWidget(self.ask_intro)
        body.addLayout(self.ask_list)
        body.addLayout(ask_buttons)
        body.addWidget(self.confirm_title)
        body.addWidget(self.intro)
        body.addWidget(self.table)
        body.addStretch(1)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Terug"), self)
        self.back_button.setAccessibleDescription(self.tr("Terug naar stap 1: een ander doel."))
        self.back_button.clicked.connect(self.back)
        self.run_button = QPushButton(self.tr("Toon mijn &resultaat"), self)
        self.run_button.setAccessibleDescription(
            self.tr("Bewaart je antwoorden en toont wat je al hebt en wat je nog mist.")
        )
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.confirmed)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        layout.addLayout(buttons)

    def load(self, target: Target, items: list[TargetCompetence]) -> None:
        name = target.ref.label
        clear_layout(self.ask_list)
        self.questions = []
        missing = [i for i in items if i.standing is Standing.NOT_SAID]
        essential = [i for i in missing if i.essential]
        self._optional = [i for i in missing if not i.essential]
        for item in essential:
            self._ask(item)
        has_questions = bool(missing)
        widgets: tuple[QWidget, ...] = (self.ask_title, self.ask_intro, self.all_yes)
        for widget in widgets:
            widget.setVisible(has_questions)
        self.ask_intro.setText(
            self.tr(
                "Deze competenties van ‘%1’ staan nog niet in je portfolio. Kan je ze? Wat je "
                "met ‘Ja’ of ‘Een beetje’ beantwoordt, komt in je portfolio als je eigen "
                "inschatting. ★ = belangrijk voor dit doel."
            ).replace("%1", name)
        )
        if not essential and self._optional:
            self._show_optional()
        self._update_more()

        clear_layout(self.grid)
        self.rows = rows_for(items)
        has_rows = bool(self.rows)
        widgets = (self.confirm_title, self.intro, self.table)
        for widget in widgets:
            widget.setVisible(has_rows)
        if has_rows:
            self.intro.setText(
                self.tr(
                    "Dit heb je al van wat ‘%1’ vraagt. Wanneer deed je het laatst, en wil je "
                    "het nog doen? Pas aan wat niet klopt."
                ).replace("%1", name)
            )
            self._headers()
            for number, row in enumerate(self.rows, 1):
                self._add(number, row)
        self.run_button.setFocus()

    def _ask(self, item: TargetCompetence) -> None:
        question = Question(item, self.lang, self)
        self.ask_list.addWidget(question)
        self.questions.append(question)

    def _show_optional(self) -> None:
        for item in self._optional:
            self._ask(item)
        self._optional = []
        self._update_more()

    def _update_more(self) -> None:
        count = len(self._optional)
        self.more_button.setText(self.tr("Toon ook de %n aanvullende competentie(s)", "", count))
        self.more_button.setVisible(bool(count))

    def _all_yes(self) -> None:
        for question in self.questions:
            question.set_answer(Answer.YES)

    def replies(self) -> list[Reply]:
        """The answers given (not "weet ik niet")."""
        found = [q.reply() for q in self.questions]
        return [r for r in found if r.answer is not Answer.UNSURE]

    def _headers(self) -> None:
        self._pairs = []
        labels = []
        for text in (
            self.tr("Competentie"),
            self.tr("Doe je het nu nog?"),
            self.tr("Zo niet: laatst gedaan in"),
            self.tr("Wil je het (nog) doen?"),
        ):
            header = QLabel(text, self.table)
            header.setWordWrap(True)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            labels.append(header)
        self.grid.addWidget(labels[0], 0, 0)
        self._pair(0, labels[1], labels[2], labels[3])

    def _pair(self, number: int, first: QWidget, second: QWidget, third: QWidget) -> None:
        """'Now still' and 'last done' side by side and 'wil je' in its own column, or the
        three one above the other when the page is narrow (a small screen, 200 % text), so
        the table never needs a sideways scroll bar."""
        pair = QWidget(self.table)
        box = QBoxLayout(self._direction(), pair)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(self.grid.horizontalSpacing())
        box.addWidget(first, 1)
        box.addWidget(second, 1)
        self.grid.addWidget(pair, number, 1)
        self._pairs.append((box, third, number))
        self._place_third(box, third, number)

    def _place_third(self, box: QBoxLayout, third: QWidget, number: int) -> None:
        if box.direction() == QBoxLayout.Direction.TopToBottom:
            self.grid.removeWidget(third)
            box.addWidget(third, 1)
        else:
            box.removeWidget(third)
            self.grid.addWidget(third, number, 2)

    def _direction(self) -> QBoxLayout.Direction:
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 90
        return QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        direction = self._direction()
        for box, third, number in self._pairs:
            if box.direction() != direction:
                box.setDirection(direction)
                self._place_third(box, third, number)

    def _add(self, number: int, row: ConfirmRow) -> None:
        claim = row.claim
        text = claim.label
        if row.counts_for:
            text += "\n" + self.tr("telt mee voor: %1").replace("%1", ", ".join(row.counts_for))
        name = QLabel(text, self.table)
        name.setWordWrap(True)
        row.still = QCheckBox(self.tr("Ja, nu nog"), self.table)
        row.still.setAccessibleName(self.tr("%1: doe ik nu nog").replace("%1", claim.label))
        row.still.setAccessibleDescription(
            self.tr("Aangevinkt: je doet het nu nog. Anders: vul in wanneer je het laatst deed.")
        )
        row.last_used = DateField(self.table, month_only=True, not_after_today=True)
        row.last_used.set_value(claim.last_used)
        row.last_used.setAccessibleName(
            self.tr("%1: laatst gedaan in (maand en jaar)").replace("%1", claim.label)
        )
        row.still.toggled.connect(row.last_used.setDisabled)
        row.willen = QComboBox(self.table)
        for value in (3, 2, 1):
            row.willen.addItem(willen_label(value, self.lang), value)
        row.willen.setCurrentIndex(row.willen.findData(claim.willen))
        row.willen.setAccessibleName(self.tr("%1: wil je het nog doen?").replace("%1", claim.label))
        row.willen.setAccessibleDescription(
            self.tr("De check houdt er rekening mee wat je graag doet.")
        )
        self.grid.addWidget(name, number, 0)
        self._pair(number, row.still, row.last_used, row.willen)

    def edited_claims(self, today: date) -> list[CompetenceClaim]:
        return [claim for row in self.rows if (claim := row.edited(today)) is not None]
