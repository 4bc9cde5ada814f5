"""Step 1 of the guided check: what the check answers, and the choice of a target.

The three questions come from the advice the check is built on (seed 002, Advies 3: wat kan
ik, wat wil ik, wat vraagt de arbeidsmarkt). An occupation and its beroepskwalificatie often
share a name ("heftruckchauffeur"), and the search lists both without saying which is which,
so the chosen target is repeated with its kind, and a same-named target of the other kind is
offered with one click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.check import Target, load_target
from portfolio_app.domain.enums import label
from portfolio_app.errors import PortfolioError
from portfolio_app.language import SearchHit
from portfolio_app.ui.pages.check_result_parts import day
from portfolio_app.ui.pages.overview import Card
from portfolio_app.ui.session import Session
from portfolio_app.ui.widgets.concept_search import ConceptSearch
from portfolio_app.ui.widgets.link import LinkButton
from portfolio_app.ui.widgets.text import heading, paragraph

RECENT_CHECKS = 8


class StartStep(QScrollArea):
    chosen = Signal(object)  # Target
    open_check = Signal(str)  # id of a saved check

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.target: Target | None = None
        self._other: Target | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the search; it scrolls
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setSpacing(12)
        self.setWidget(content)

        layout.addWidget(heading(self.tr("Stap 1 van 3: kies je doel"), content, level=2))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Met de competentiecheck leg je je portfolio naast een beroep of een "
                    "beroepskwalificatie. Je krijgt een antwoord op drie vragen:"
                ),
                content,
            )
        )
        questions = paragraph(
            "\n".join(
                (
                    self.tr("1.  Wat kan ik? Wat heb je al, en wat mis je nog?"),
                    self.tr("2.  Wat wil ik? Wat doe je graag, en wat wil je niet meer?"),
                    self.tr("3.  Wat vraagt de arbeidsmarkt? Is er veel vraag naar dit beroep?"),
                )
            ),
            content,
        )
        questions.setObjectName("checkQuestions")
        layout.addWidget(questions)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Daarna maak je met één klik een actieplan: concrete stappen om te leren "
                    "wat je nog mist."
                ),
                content,
            )
        )

        ask = QLabel(self.tr("Welk &beroep of welke beroepskwalificatie?"), content)
        ask.setWordWrap(True)
        self.search = ConceptSearch(
            session.language, kinds=("occupation", "qualification"), parent=content
        )
        self.search.setPlaceholderText(self.tr("Typ bv. heftruckchauffeur"))
        self.search.setAccessibleName(self.tr("Zoek een beroep of beroepskwalificatie"))
        self.search.setAccessibleDescription(
            self.tr("Typ een paar letters en kies een doel uit de lijst die verschijnt.")
        )
        self.search.picked.connect(self.pick)
        self.search.returnPressed.connect(self._typed)
        self.search.textEdited.connect(self._edited)
        ask.setBuddy(self.search)
        layout.addWidget(ask)
        layout.addWidget(self.search)
        self.choice = paragraph("", content)
        self.choice.setObjectName("checkChoice")
        layout.addWidget(self.choice)
        self.other = LinkButton("", content)
        self.other.clicked.connect(lambda: self._use(self._other))
        self.other.setAccessibleDescription(
            self.tr("Een beroep en een beroepskwalificatie met dezelfde naam: kies de andere.")
        )
        self.other.hide()
        layout.addWidget(self.other)
        row = QHBoxLayout()
        self.next_button = QPushButton(self.tr("&Volgende"), content)
        self.next_button.setDefault(True)
        self.next_button.setAccessibleDescription(
            self.tr("Naar stap 2: zeg wat je van dit doel al kunt.")
        )
        self.next_button.clicked.connect(self._next)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Een beroepskwalificatie is de erkende beschrijving van een beroep, met "
                    "een niveau (VKS). Die kun je soms laten erkennen met een EVC-traject."
                ),
                content,
            )
        )

        self.recent = Card(self.tr("Je eerdere checks"), content)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        self._show_choice()

    def refresh(self) -> None:
        """The list of earlier checks, newest first."""
        self.recent.clear()
        checks = sorted(
            self.session.portfolio.checks.list(), key=lambda c: c.checked_on, reverse=True
        )
        for check in checks[:RECENT_CHECKS]:
            counts = check.headline()
            text = (
                self.tr("%1 – %2: %3 van %4 gezegd, %5 aangetoond")
                .replace("%1", check.target.label)
                .replace("%2", day(check.checked_on))
                .replace("%3", str(counts.said))
                .replace("%4", str(counts.total))
                .replace("%5", str(counts.shown))
            )
            button = LinkButton(text, self.recent)
            button.setAccessibleName(self.tr("Bekijk de check: %1").replace("%1", text))
            button.setAccessibleDescription(self.tr("Opent het bewaarde resultaat van die dag."))
            button.clicked.connect(lambda _=False, i=check.id: self.open_check.emit(i))
            self.recent.add(button)
        if not checks:
            self.recent.add(paragraph(self.tr("Je deed nog geen check."), self.recent))

    def start_over(self) -> None:
        self.target = None
        self.search.clear()
        self._show_choice()
        self.search.setFocus()

    def pick(self, hit: SearchHit) -> None:
        target = self._load(hit.uri)
        others = [h for h in self.search.hits if h.label.casefold() == hit.label.casefold()]
        self._other = None
        for other in others:
            if other.uri != hit.uri:
                self._other = self._load(other.uri)
                break
        self._use(target)

    def _load(self, uri: str) -> Target | None:
        try:
            return load_target(self.session.language, uri)
        except PortfolioError:
            return None

    def _use(self, target: Target | None) -> None:
        if target is None:
            return
        if self._other is not None and self._other.ref.uri == target.ref.uri:
            self._other = self.target
        self.target = target
        self._show_choice()

    def _edited(self, text: str) -> None:
        if self.target is not None and text.strip() != self.target.ref.label:
            self.target = None
            self._other = None
            self._show_choice()

    def _typed(self) -> None:
        """Enter without picking from the list: take an exact name, else ask to pick."""
        text = self.search.text().strip().casefold()
        exact = [h for h in self.search.hits if h.label.casefold() == text]
        if self.target is None and exact:
            self.pick(exact[0])
        elif self.target is not None:
            self._next()

    def _show_choice(self) -> None:
        lang = self.session.lang
        if self.target is None:
            self.choice.setText(
                self.tr("Typ een paar letters en kies een doel uit de lijst die verschijnt.")
            )
        else:
            ref = self.target.ref
            self.choice.setText(
                self.tr("Je kiest: %1 (%2)")
                .replace("%1", ref.label)
                .replace("%2", label(ref.kind, lang).lower())
            )
        other = self._other
        self.other.setVisible(other is not None and self.target is not None)
        if other is not None:
            text = (
                self.tr("Of bedoel je de %1 ‘%2’? Kies die")
                .replace("%1", label(other.ref.kind, lang).lower())
                .replace("%2", other.ref.label)
            )
            self.other.setText(text)
            self.other.setAccessibleName(text)
        self.next_button.setEnabled(self.target is not None)

    def _next(self) -> None:
        if self.target is not None:
            self.chosen.emit(self.target)
