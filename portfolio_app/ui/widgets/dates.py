"""The one date field of the app: type ``2015``, ``04/2015`` or ``12/04/2015`` (the core's
``domain.dates`` reads it, as the command line does), or pick from a calendar.

Qt's own date edit cannot be empty and fights typing, so this is a plain line edit. Beside it
a small line says what was understood ("12 april 2015"), or in plain words why a text is not
a date; such a text is never saved (``value`` refuses it). Opening the calendar writes
nothing: only a click on a day (or, in a month field, on a month) does. An empty field is
empty: nothing is invented. Where an empty end means something (an experience that still
runs), a check box says it ("loopt nog") and follows the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from portfolio_app.domain.dates import ReadDate, precision_of, read_date
from portfolio_app.errors import InvalidInput


class _DateEdit(QLineEdit):
    """Entering the field selects its text, so one key (Delete, Backspace or a digit)
    replaces it; Alt+Down or F4 opens the calendar, as in Qt's own date fields."""

    open_requested = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # after the click that placed the cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    changed = Signal()  # the typed or picked date (or its validity) changed

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        month_only: bool = False,
        open_end: str | None = None,
        not_after_today: bool = False,
        ahead: bool = False,
    ) -> None:
        """``month_only``: the field asks for a month (the calendar shows months);
        ``open_end``: the text of the box that an empty field means ("loopt nog");
        ``not_after_today``: a date in the future is refused; ``ahead``: the example in the
        empty field lies ahead (a due or expiry date)."""
        super().__init__(parent)
        self.month_only = month_only
        self.not_after_today = not_after_today
        self._name = ""
        self.edit = _DateEdit(self)
        self.edit.setClearButtonEnabled(True)
        example = f"30/06/{date.today().year + 1}" if ahead else "12/04/2015"
        if month_only:
            example = example[3:]
        self.edit.setPlaceholderText(self.tr("bv. %1").replace("%1", example))
        sample = self.edit.fontMetrics().horizontalAdvance("00/00/00000")
        # one width for every date field (room for 00/00/0000 and the clear button), so the
        # fields of a form line up whether they are filled in or not
        self.edit.setFixedWidth(sample + self.edit.fontMetrics().height() * 2)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.open_requested.connect(self.open_picker)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Kalender"))
        self.pick.setToolTip(self.tr("Kies in een kalender (of typ de datum)"))
        self.pick.setAccessibleDescription(
            self.tr("Opent een kalender; er wordt pas iets ingevuld als je iets kiest.")
        )
        self.pick.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pick.clicked.connect(self.open_picker)
        self.open_end: QCheckBox | None = None
        # The hint sits beside the field where there is room and under it where there is
        # not (a small screen, large text), so a form never has to scroll sideways for it.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._grid.addWidget(self.edit, 0, 0)
        self._grid.addWidget(self.pick, 0, 1)
        if open_end is not None:
            self.open_end = QCheckBox(open_end, self)
            self.open_end.setAccessibleDescription(
                self.tr("Aangevinkt als er geen einddatum is; een datum typen vinkt het uit.")
            )
            self.open_end.setChecked(True)
            self.open_end.toggled.connect(self._open_end_toggled)
            self._grid.addWidget(self.open_end, 0, 2)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setMinimumWidth(self.hint.fontMetrics().horizontalAdvance("12 september 2015"))
        self._grid.setColumnStretch(3, 1)
        self._beside = True
        self._grid.addWidget(self.hint, 0, 3)
        self.setFocusProxy(self.edit)
        self._popup: QWidget | None = None
        self.setAccessibleName(self.tr("Datum"))

    # -- room ------------------------------------------------------------------------------

    def _row(self) -> list[QWidget]:
        return [w for w in (self.edit, self.pick, self.open_end) if w is not None]

    def _row_width(self, with_hint: bool) -> int:
        widths = [w.sizeHint().width() for w in self._row()]
        if with_hint:
            widths.append(self.hint.minimumWidth())
        return sum(widths) + self._grid.horizontalSpacing() * (len(widths) - 1)

    def _row_height(self) -> int:
        return max(w.sizeHint().height() for w in self._row())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As narrow as the field and its buttons: the hint can go under them."""
        return QSize(self._row_width(with_hint=False), self._height(self.width()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._row_width(with_hint=True), self._row_height())

    def _height(self, width: int) -> int:
        if width >= self._row_width(with_hint=True):
            return max(self._row_height(), self.hint.sizeHint().height())
        # one line kept for the hint even while it is empty, so typing never moves the form
        under = max(self.hint.heightForWidth(width), self.hint.fontMetrics().height())
        return self._row_height() + self._grid.verticalSpacing() + under

    def _fit(self, width: int) -> None:
        """The hint beside or under the field, for this width; the height to match."""
        beside = width >= self._row_width(with_hint=True)
        if beside != self._beside:
            self._beside = beside
            self._grid.removeWidget(self.hint)
            if beside:
                self._grid.addWidget(self.hint, 0, 3)
            else:
                self._grid.addWidget(self.hint, 1, 0, 1, 4)
        self.setMinimumHeight(self._height(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self._fit(event.size().width())
        super().resizeEvent(event)

    # -- reading and writing ---------------------------------------------------------------

    def value(self) -> date | None:
        """The date, None when the field is empty; InvalidInput (naming the field) when the
        text is not a date, so a form refuses to save instead of guessing."""
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            read = read_date(text)
        except InvalidInput as exc:
            raise InvalidInput(
                self._named(exc.message("nl")), self._named(exc.message("en"))
            ) from None
        if self.not_after_today and read.value > date.today():
            raise InvalidInput(
                self._named(self.tr("%1 ligt in de toekomst.").replace("%1", read.numeric()))
            )
        return read.value

    def peek(self) -> date | None:
        """The date if the field holds one, else None (empty or not a date)."""
        try:
            return self.value()
        except InvalidInput:
            return None

    def is_valid(self) -> bool:
        try:
            self.value()
        except InvalidInput:
            return False
        return True

    def set_value(self, value: date | None) -> None:
        """Show a stored date as precisely as it reads back ('2015', '04/2015', ...)."""
        if value is None:
            self.edit.clear()
        else:
            self.edit.setText(ReadDate(value, precision_of(value)).numeric())
        self._sync_open_end()
        self._show_hint(final=True)
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.set_value(None)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self._name = name
        self.edit.setAccessibleName(name)
        self.edit.setAccessibleDescription(
            self.tr("Typ bv. 2015, 04/2015 of 12/04/2015; leeg mag.")
        )
        self.pick.setAccessibleName(self.tr("%1: kies in een kalender").replace("%1", name))
        self.hint.setAccessibleName(self.tr("%1: wat de app leest").replace("%1", name))
        if self.open_end is not None:
            self.open_end.setAccessibleName(
                self.tr("%1: %2").replace("%1", name).replace("%2", self.open_end.text())
            )

    def _named(self, message: str) -> str:
        return f"{self._name}: {message}" if self._name else message

    # -- typing ----------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._sync_open_end()
        self._show_hint(final=False)
        self.changed.emit()

    def _finished(self) -> None:
        """Leaving the field: write what was understood in the usual form (2015-04 becomes
        04/2015), or say why it is not a date."""
        text = self.edit.text().strip()
        if text:
            try:
                shown = read_date(text).numeric()
            except InvalidInput:
                shown = text
            if shown != self.edit.text():
                self.edit.setText(shown)
        self._sync_open_end()
        self._show_hint(final=True)

    def _show_hint(self, final: bool) -> None:
        """While typing, say only what is understood (half a date is no mistake yet);
        when the field is left, also what is wrong, in a few words (saving says it in full)."""
        text = self.edit.text().strip()
        problem = ""
        said = ""
        if text:
            try:
                read = read_date(text)
            except InvalidInput:
                problem = (
                    self.tr("Dat is geen datum. Typ bv. 2015 of 04/2015.")
                    if self.month_only
                    else self.tr("Dat is geen datum. Typ bv. 12/04/2015 of 04/2015.")
                )
            else:
                if self.not_after_today and read.value > date.today():
                    problem = self.tr("Die datum ligt in de toekomst.")
                elif read.numeric() != read.spoken(self._lang()):  # '2015' needs no words
                    said = read.spoken(self._lang())
        if problem and not final:
            problem = ""
        self.hint.setText(problem or said)
        self._set_hint_kind("errorText" if problem else "hint")
        self._fit(self.width())  # a long message under the field may need a second line

    def _set_hint_kind(self, name: str) -> None:
        if self.hint.objectName() != name:
            self.hint.setObjectName(name)
            self.hint.style().unpolish(self.hint)
            self.hint.style().polish(self.hint)

    def _lang(self) -> str:
        return "en" if QLocale().language() == QLocale.Language.English else "nl"

    # -- "loopt nog" ---------------------------------------------------------------------------

    def _sync_open_end(self) -> None:
        if self.open_end is None:
            return
        empty = not self.edit.text().strip()
        if self.open_end.isChecked() != empty:
            self.open_end.blockSignals(True)
            self.open_end.setChecked(empty)
            self.open_end.blockSignals(False)

    def _open_end_toggled(self, on: bool) -> None:
        if on:
            self.edit.clear()
            self._show_hint(final=True)
            self.changed.emit()
        else:
            self.edit.setFocus()  # say when it ended

    # -- the calendar --------------------------------------------------------------------------

    def open_picker(self) -> QWidget:
        """Show the calendar (a month grid in a month field) at the current date, or at
        today's page without choosing anything."""
        self.close_picker()
        shown = self.peek()
        popup: MonthPicker | DayPicker
        if self.month_only:
            popup = MonthPicker(shown, self)
            popup.picked.connect(self._picked_month)
        else:
            popup = DayPicker(shown, self)
            popup.picked.connect(self._picked_day)
        where = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
        screen = self.screen().availableGeometry()
        popup.adjustSize()
        x = min(where.x(), screen.right() - popup.width())
        y = (
            where.y()
            if where.y() + popup.height() <= screen.bottom()
            else where.y() - (self.edit.height() + popup.height())
        )
        popup.move(max(x, screen.left()), max(y, screen.top()))
        popup.show()
        popup.setFocus()
        self._popup = popup
        return popup

    def close_picker(self) -> None:
        if self._popup is not None:
            self._popup.close()
            self._popup.deleteLater()
            self._popup = None

    def _picked_day(self, day: date) -> None:
        self._write(day.strftime("%d/%m/%Y"))

    def _picked_month(self, first: date) -> None:
        self._write(first.strftime("%m/%Y"))

    def _write(self, text: str) -> None:
        self.close_picker()
        self.edit.setText(text)
        self._sync_open_end()
        self._show_hint(final=True)
        self.edit.setFocus()
        self.changed.emit()


class _Popup(QFrame):
    """A small window under the field; Esc closes it without choosing."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DayPicker(_Popup):
    """A calendar in a popup; only a click (or Enter) on a day picks it."""

    picked = Signal(object)  # date

    def __init__(self, shown: date | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31))
        self.calendar.setAccessibleName(self.tr("Kalender: kies een dag"))
        if shown is not None:
            self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.setFocusProxy(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(date(day.year(), day.month(), day.day()))


class MonthPicker(_Popup):
    """Twelve months under a year with arrows: two clicks for a month and year."""

    picked = Signal(object)  # the first day of the month

    def __init__(self, shown: date | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.year = (shown or date.today()).year
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous = QToolButton(self)
        self.previous.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous.setAccessibleName(self.tr("Vorig jaar"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next = QToolButton(self)
        self.next.setArrowType(Qt.ArrowType.RightArrow)
        self.next.setAccessibleName(self.tr("Volgend jaar"))
        self.next.clicked.connect(lambda: self._step(1))
        self.year_label = QLabel(self)
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.year_label.font()
        font.setBold(True)
        self.year_label.setFont(font)
        top.addWidget(self.previous)
        top.addWidget(self.year_label, 1)
        top.addWidget(self.next)
        layout.addLayout(top)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        locale = QLocale()
        for month in range(1, 13):
            button = QPushButton(locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat))
            button.setParent(self)
            button.setAccessibleName(locale.standaloneMonthName(month))
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=month: self._pick(m))
            grid.addWidget(button, (month - 1) // 3, (month - 1) % 3)
            self.buttons.append(button)
        layout.addLayout(grid)
        self._shown = shown
        self._step(0)
        self.setFocusProxy(self.buttons[(shown.month if shown else date.today().month) - 1])

    def _step(self, years: int) -> None:
        self.year = min(max(self.year + years, 1900), 2100)
        self.year_label.setText(str(self.year))
        for month, button in enumerate(self.buttons, start=1):
            marked = self._shown is not None and (self._shown.year, self._shown.month) == (
                self.year,
                month,
            )
            button.setChecked(marked)

    def _pick(self, month: int) -> None:
        self.picked.emit(date(self.year, month, 1))
