"""The choices on the Exporteren page, one box per question the user answers: which document,
which personal details, which competences and leerbewijzen, which beroepskwalificatie.

The boxes only collect choices; what a choice means for the document (the defaults, what an
empty selection does) is decided by the core's option objects in ``export.options``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain import Profile
from portfolio_app.export.options import FIELD_LABELS, PersonalField
from portfolio_app.language import CompetenceLanguage, Qualification, SearchHit
from portfolio_app.ui.widgets.concept_search import ConceptSearch

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class DocKind(StrEnum):
    CV = "cv"
    EVC = "evc"
    COUNSELLOR = "counsellor"
    RESUME = "jsonresume"
    FULL = "json"


class DocumentChoice(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welk document wil je maken?"), parent)
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.buttons: dict[DocKind, QRadioButton] = {}
        for kind, text, explanation in (
            (
                DocKind.CV,
                self.tr("Bijlage bij je &cv (PDF)"),
                self.tr("Je competenties en leerbewijzen, om bij je cv te voegen."),
            ),
            (
                DocKind.EVC,
                self.tr("&EVC-dossier (PDF)"),
                self.tr("Je bewijzen per competentie van één beroepskwalificatie."),
            ),
            (
                DocKind.COUNSELLOR,
                self.tr("Overzicht voor je &loopbaanbegeleider (PDF)"),
                self.tr("Je check, wat je wilt, je actieplan en je rechten, voor een gesprek."),
            ),
            (
                DocKind.RESUME,
                self.tr("JSON &Resume"),
                self.tr("Voor websites en programma's die het JSON Resume-formaat lezen."),
            ),
            (
                DocKind.FULL,
                self.tr("&Volledige kopie (JSON)"),
                self.tr("Alles uit je portfolio, ook notities en bijlagen, om over te zetten."),
            ),
        ):
            button = QRadioButton(text, self)
            button.setAccessibleDescription(explanation)
            note = QLabel(explanation, self)
            note.setObjectName("hint")
            note.setWordWrap(True)
            note.setIndent(button.iconSize().width() + 8)
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
            layout.addWidget(note)
        self.buttons[DocKind.CV].setChecked(True)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, on: bool) -> None:
        if on:  # one button goes off and another on: report the change once
            self.changed.emit()

    def kind(self) -> DocKind:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def set_kind(self, kind: DocKind) -> None:
        self.buttons[kind].setChecked(True)


def field_value(profile: Profile, field: PersonalField) -> str:
    """What the document would show for ``field``; empty when the profile has nothing."""
    if field is PersonalField.NAME:
        return profile.full_name
    if field is PersonalField.EMAIL:
        return ", ".join(e for e in profile.emails if e.strip())
    if field is PersonalField.BIRTH_DATE:
        return profile.birth_date.strftime("%d/%m/%Y") if profile.birth_date else ""
    value = str(getattr(profile, field.value)).strip()
    return value if len(value) <= 120 else value[:118].rstrip() + "…"


class FieldsBox(QGroupBox):
    """One checkbox per filled-in personal detail, with the value that would go out under it
    (wrapping, so a long headline or an e-mail address stays readable at a large font); empty
    details are left out of the list, as they would be left out of the document."""

    changed = Signal()
    edit_requested = Signal()

    def __init__(self, defaults: frozenset[PersonalField], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Persoonsgegevens in het document"), parent)
        layout = QVBoxLayout(self)
        self.boxes: dict[PersonalField, QCheckBox] = {}
        self.values: dict[PersonalField, QLabel] = {}
        for field in PersonalField:
            box = QCheckBox(self)
            box.setChecked(field in defaults)
            box.toggled.connect(lambda _on: self.changed.emit())
            value = QLabel(self)
            value.setWordWrap(True)
            value.setIndent(box.iconSize().width() + 8)
            value.installEventFilter(self)
            self.boxes[field], self.values[field] = box, value
            layout.addWidget(box)
            layout.addWidget(value)
        self.empty = QLabel(self.tr("Je hebt nog geen persoonsgegevens ingevuld."), self)
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        edit = QPushButton(self.tr("Gegevens aanpassen…"), self)
        edit.setAccessibleName(self.tr("Je persoonsgegevens aanpassen bij Instellingen"))
        edit.setAccessibleDescription(self.tr("Gaat naar Instellingen, bij ‘Over jou’."))
        edit.setAutoDefault(False)
        edit.clicked.connect(self.edit_requested)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)

    def load(self, profile: Profile, lang: str) -> None:
        filled = 0
        for field, box in self.boxes.items():
            value = field_value(profile, field)
            name = FIELD_LABELS[field][1 if lang == "en" else 0]
            box.setText(name)
            box.setAccessibleName(name)
            box.setAccessibleDescription(value)
            self.values[field].setText(value)
            box.setVisible(bool(value))
            self.values[field].setVisible(bool(value))
            filled += bool(value)
        self.empty.setVisible(filled == 0)

    def chosen(self) -> frozenset[PersonalField]:
        return frozenset(f for f, box in self.boxes.items() if box.isChecked())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A click on the value ticks its box too: a bigger target for the same choice."""
        if event.type() == QEvent.Type.MouseButtonRelease:
            for field, value in self.values.items():
                if value is watched:
                    self.boxes[field].toggle()
                    return True
        return super().eventFilter(watched, event)


@dataclass(frozen=True)
class Choice:
    """One line of a selection list; ``group`` is the heading it is listed under."""

    id: str
    text: str
    detail: str
    group: str = ""


class SelectionBox(QGroupBox):
    """A checkable list, grouped under headings (ticking a heading ticks its group), with
    'Alles' and 'Niets'. Everything starts ticked, as in the core's defaults; what the user
    unticked stays unticked when the list is reloaded after a change elsewhere."""

    changed = Signal()

    def __init__(
        self, title: str, columns: tuple[str, str], noun: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.noun = noun
        self._unticked: set[str] = set()
        self._loading = False
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(list(columns))
        self.tree.setAccessibleName(title)
        self.tree.setAccessibleDescription(
            self.tr("Wat aangevinkt is, komt in het document. Spatie vinkt aan of af.")
        )
        self.tree.setUniformRowHeights(True)
        # names are never cut short: a narrow panel scrolls sideways instead
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.all_button = QPushButton(self.tr("Alles"), self)
        self.all_button.setAccessibleName(self.tr("Alles kiezen: %1").replace("%1", title))
        self.all_button.setAccessibleDescription(self.tr("Vinkt alles in deze lijst aan."))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("Niets"), self)
        self.none_button.setAccessibleName(self.tr("Niets kiezen: %1").replace("%1", title))
        self.none_button.setAccessibleDescription(self.tr("Vinkt alles in deze lijst uit."))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        row = QHBoxLayout()
        for button in (self.all_button, self.none_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        # Tab as you read: the buttons above the list come before it
        QWidget.setTabOrder(self.all_button, self.none_button)
        QWidget.setTabOrder(self.none_button, self.tree)
        row.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)

    def load(self, choices: list[Choice]) -> None:
        self._loading = True
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for choice in choices:
            parent: QTreeWidget | QTreeWidgetItem = self.tree
            if choice.group:
                if choice.group not in groups:
                    heading = QTreeWidgetItem(self.tree, [choice.group])
                    heading.setFlags(
                        heading.flags()
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsAutoTristate
                    )
                    heading.setExpanded(True)
                    font = heading.font(0)
                    font.setBold(True)
                    heading.setFont(0, font)
                    groups[choice.group] = heading
                parent = groups[choice.group]
            item = QTreeWidgetItem(parent, [choice.text, choice.detail])
            item.setData(0, ID_ROLE, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = choice.id not in self._unticked
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.tree.setRootIsDecorated(bool(groups))
        for widget in (self.tree, self.all_button, self.none_button):
            widget.setVisible(bool(choices))
        self._loading = False
        self._update_count()
        self._fit_height(len(choices) + len(groups))

    def _fit_height(self, rows: int) -> None:
        """As tall as the list, up to twelve lines; longer lists scroll inside the box."""
        row = self.tree.sizeHintForRow(0) if rows else self.fontMetrics().height()
        header = self.tree.header().sizeHint().height()
        scroll_bar = self.tree.horizontalScrollBar().sizeHint().height()
        frame = 2 * self.tree.frameWidth()
        self.tree.setFixedHeight(header + row * min(max(rows, 2), 12) + scroll_bar + frame)

    def leaves(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for top in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(top)
            if item is None:
                continue
            if item.data(0, ID_ROLE) is not None:
                found.append(item)
            for n in range(item.childCount()):
                child = item.child(n)
                if child is not None:
                    found.append(child)
        return found

    def chosen_ids(self) -> frozenset[str] | None:
        """None when everything is ticked: the core's 'all of them'."""
        leaves = self.leaves()
        ticked = frozenset(
            i.data(0, ID_ROLE) for i in leaves if i.checkState(0) == Qt.CheckState.Checked
        )
        return None if len(ticked) == len(leaves) else ticked

    def set_all(self, ticked: bool) -> None:
        self._loading = True
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for item in self.leaves():
            item.setCheckState(0, state)
        self._loading = False
        self._unticked = set() if ticked else {i.data(0, ID_ROLE) for i in self.leaves()}
        self._update_count()
        self.changed.emit()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(0, ID_ROLE)
        if self._loading or column != 0 or key is None:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self._unticked.discard(key)
        else:
            self._unticked.add(key)
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        leaves = self.leaves()
        ticked = sum(i.checkState(0) == Qt.CheckState.Checked for i in leaves)
        if not leaves:
            text = self.tr("Er is nog niets om te kiezen.")
        else:
            text = (
                self.tr("%1 van %2 gekozen")
                .replace("%1", str(ticked))
                .replace("%2", str(len(leaves)))
            )
        self.count.setText(text)
        self.count.setAccessibleName(f"{self.noun}: {text}")


class QualificationBox(QGroupBox):
    """Which beroepskwalificatie the EVC dossier is for: typed and picked from the competence
    language, or handed over by the check page."""

    changed = Signal()

    def __init__(
        self, language: CompetenceLanguage, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Voor welke beroepskwalificatie?"), parent)
        self.language = language
        self.lang = lang
        self.qualification: Qualification | None = None
        self.search = ConceptSearch(language, kinds=("qualification",), parent=self)
        self.search.setPlaceholderText(self.tr("Typ een naam, bv. heftruckchauffeur"))
        self.search.setAccessibleName(self.tr("Zoek een beroepskwalificatie"))
        self.search.setAccessibleDescription(
            self.tr("Het dossier toont je bewijzen per competentie van deze kwalificatie.")
        )
        self.search.picked.connect(self._picked)
        self.chosen = QLabel(self)
        self.chosen.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("warningText")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.chosen)
        layout.addWidget(self.note)
        self._show()

    def set_uri(self, uri: str) -> bool:
        """Choose by URI; a deelkwalificatie stands for the qualification it is part of."""
        found = self.language.qualification(uri)
        if found is None:
            return False
        self.qualification = found
        self.search.setText(found.label(self.lang))
        self._show()
        self.changed.emit()
        return True

    def _picked(self, hit: SearchHit) -> None:
        self.set_uri(hit.uri)

    def _show(self) -> None:
        found = self.qualification
        if found is None:
            self.chosen.setText(self.tr("Nog geen beroepskwalificatie gekozen."))
            self.note.hide()
            return
        self.chosen.setText(
            self.tr("Gekozen: %1 (VKS-niveau %2)")
            .replace("%1", found.label(self.lang))
            .replace("%2", str(found.vks_level))
        )
        self.note.setText(
            self.tr(
                "Voor deze beroepskwalificatie bestaat er (nog) geen EVC-traject. Je kunt het "
                "dossier wel maken, bijvoorbeeld voor een gesprek met je loopbaanbegeleider."
            )
        )
        self.note.setVisible(not found.evc)
