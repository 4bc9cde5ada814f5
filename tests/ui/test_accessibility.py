"""Issue 14, point 7: every interactive widget tells a screen reader what it is and what it
does, the Tab key follows the reading order, and everything can be done without a mouse.

Names and descriptions are read the way a screen reader gets them, through Qt's accessibility
interface (``QAccessible``): a button's text or a field's label count as its name, a tooltip
as its description. The walk covers the first windows and, with the demo portfolio, every
page of the main window in each of its states and every dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTableView,
    QWidget,
)

from portfolio_app.language import CompetenceLanguage
from portfolio_app.ui import keyboard
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.session import Session
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.ui.welcome import WelcomeWindow
from tests.ui.views import dialogs, open_demo, page_states, settle, visible_widgets


@pytest.fixture
def demo(
    qapp: QApplication, language: CompetenceLanguage, demo_template: Path, tmp_path: Path
) -> Iterator[Session]:
    keyboard.install(qapp)  # as ``portfolio-app`` does: Tab leaves a text box
    session = open_demo(demo_template, language, tmp_path)
    yield session
    session.portfolio.close()


def interactive(widget: QWidget) -> bool:
    """What a user can reach and use: the widgets Tab stops at, and buttons."""
    if isinstance(widget, QScrollBar):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, QLineEdit | QAbstractSpinBox | QComboBox):
        return False  # the parts Qt builds inside a field (clear button, spin box's edit)
    if isinstance(parent, QAbstractScrollArea) and widget is not parent.viewport():
        return False
    return isinstance(widget, QAbstractButton) or bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    )


def what_a_reader_hears(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader gets. A list box's "name" on Linux is its
    current value (its label comes through a relation), so there the name must be set or
    come from a label that points to it."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    name = face.text(QAccessible.Text.Name)
    if isinstance(widget, QComboBox):
        labels = [
            label.text().replace("&", "")
            for label in widget.window().findChildren(QLabel)
            if label.buddy() is widget
        ]
        name = widget.accessibleName() or next(iter(labels), "")
    return name, face.text(QAccessible.Text.Description)


def unnamed(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in visible_widgets(root):
        if not interactive(widget) or widget.window() is not root.window():
            continue
        if isinstance(widget, QWidget) and widget.parentWidget() is None and widget is not root:
            continue
        if isinstance(widget, QTabBar):  # a reader names and describes each tab
            face = QAccessible.queryAccessibleInterface(widget)
            for index in range(widget.count()):
                tab = face.child(index)
                what = f"{where}: tab {widget.tabText(index)!r}"
                if not tab.text(QAccessible.Text.Name).strip():
                    found.append(f"{what} has no accessible name")
                if not tab.text(QAccessible.Text.Description).strip():
                    found.append(f"{what} has no accessible description")
            continue
        name, description = what_a_reader_hears(widget)
        what = f"{where}: {type(widget).__name__} {name or widget.objectName()!r}"
        if not name.strip():
            found.append(f"{what} has no accessible name")
        if not description.strip():
            found.append(f"{what} has no accessible description")
    return found


def test_the_first_windows_say_what_everything_is(qapp: QApplication, tmp_path: Path) -> None:
    found = []
    welcome = WelcomeWindow("nl")
    welcome.show()
    settle()
    found += unnamed(welcome, "welkom")
    welcome.stack.setCurrentIndex(1)
    settle()
    found += unnamed(welcome, "wachtzin kiezen")
    unlock = UnlockWindow(tmp_path / "portfolio.vault")
    unlock.show()
    settle()
    found += unnamed(unlock, "ontgrendelen")
    for window in (welcome, unlock):
        window.close()
        window.deleteLater()
    assert not found, "\n".join(found)


def test_every_page_and_dialog_says_what_everything_is(qapp: QApplication, demo: Session) -> None:
    window = MainWindow(demo)
    window.resize(1366, 740)
    window.show()
    settle()
    found = []
    for state in page_states(window):
        found += unnamed(window, state)
    for name, dialog in dialogs(demo, window):
        found += unnamed(dialog, name)
    window.close()
    window.deleteLater()
    assert not found, "\n".join(sorted(set(found)))


# -- the keyboard ---------------------------------------------------------------------------


def tab_stops(window: QWidget, limit: int = 200) -> list[QWidget]:
    """The widgets the Tab key visits, from the first, once round. A widget that keeps the
    focus for several presses (as an old date edit walked its day, month and year) is a
    trap and fails."""
    first = window.focusWidget()
    assert first is not None
    seen = [first]
    same = 0
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        settle(0)
        current = QApplication.focusWidget()
        if current is None or current is first:
            break
        same = same + 1 if current is seen[-1] else 0
        assert same < 4, f"Tab is stuck in {type(current).__name__} {current.accessibleName()!r}"
        if current is not seen[-1]:
            seen.append(current)
    return seen


def region(widget: QWidget) -> QWidget | None:
    """The scroll area a widget lies in (its positions run on below what is seen)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def reading_place(widget: QWidget, window: QWidget) -> tuple[int, int]:
    point = widget.mapTo(window, QPoint(0, 0))
    return point.y(), point.x()


def assert_reads_in_order(stops: list[QWidget], window: QWidget) -> None:
    """Each Tab stop is below the one before it, or on the same row and to its right; a
    jump back up is only allowed into a new column or region (the sidebar, a dialog's
    buttons come last)."""
    for before, after in zip(stops, stops[1:], strict=False):
        a = before.mapTo(window, QPoint(0, 0))
        b = after.mapTo(window, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < max(before.height(), after.height()) // 2 + 1
        new_column = b.x() > a.x() + before.width()
        new_region = region(before) is not region(after)  # out of a scrolling form
        assert b.y() >= a.y() - 2 or (same_row and b.x() > a.x()) or new_column or new_region, (
            f"Tab goes from {type(before).__name__} {before.accessibleName()!r} at {a.x()},{a.y()}"
            f" back up to {type(after).__name__} {after.accessibleName()!r} at {b.x()},{b.y()}"
        )


def reached(button: QAbstractButton, stops: list[QWidget]) -> bool:
    """Tab stops at a button; in a group of radio buttons at the chosen one, and the arrow
    keys go to the others (the platform's own way)."""
    if button in stops:
        return True
    if isinstance(button, QRadioButton):
        group = button.group()
        members = (
            group.buttons()
            if group is not None
            else [w for w in button.parentWidget().findChildren(QRadioButton)]
        )
        return any(member in stops for member in members)
    return False


def test_tab_follows_the_reading_order_of_each_page(qapp: QApplication, demo: Session) -> None:
    window = MainWindow(demo)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    settle()
    for key in window.pages:
        page = window.go_to(key)
        settle()
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        page.focusNextChild()
        settle(0)
        stops = [w for w in tab_stops(window) if page.isAncestorOf(w)]
        assert stops, key
        assert_reads_in_order(stops, window)
    window.close()
    window.deleteLater()


def test_every_page_can_be_reached_and_left_with_the_keyboard(
    qapp: QApplication, demo: Session
) -> None:
    """Ctrl+1 … Ctrl+8 go to a page; from the sidebar, the arrow keys do; Tab reaches the
    page's first field and every button of it."""
    window = MainWindow(demo)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    settle()
    keys = list(window.pages)
    for number, key in enumerate(keys, start=1):
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        settle(0)
        assert window.stack.currentWidget() is window.pages[key], key
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(0)
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    settle(0)
    assert window.stack.currentWidget() is window.pages[keys[1]]
    for key in keys:
        page = window.go_to(key)
        settle()
        for table in page.findChildren(QTableView):  # a row chosen, as with the arrow keys
            if table.model() is not None and table.model().rowCount():
                table.setFocus()
                QTest.keyClick(table, Qt.Key.Key_Down)
        settle(0)
        window.sidebar.setFocus()
        stops = tab_stops(window)
        buttons = [
            w
            for w in visible_widgets(page)
            if isinstance(w, QAbstractButton)
            and w.isEnabled()
            and w.isVisible()
            and not isinstance(w.parentWidget(), QLineEdit | QTabBar)
            and not isinstance(w.parentWidget(), QAbstractItemView)
        ]
        missed = [b.accessibleName() or b.text() for b in buttons if not reached(b, stops)]
        assert not missed, f"{key}: Tab never reaches {missed}"
    window.close()
    window.deleteLater()


def test_every_dialog_can_be_used_with_the_keyboard(qapp: QApplication, demo: Session) -> None:
    """Tab reaches every button of each dialog, in reading order, and never gets stuck in a
    text box."""
    window = MainWindow(demo)
    window.show()
    settle()
    missed = []
    for name, dialog in dialogs(demo, window):
        dialog.activateWindow()
        dialog.focusNextChild()
        settle(0)
        if dialog.focusWidget() is None:
            missed.append(f"{name}: nothing has the focus")
            continue
        stops = tab_stops(dialog)
        top = min(range(len(stops)), key=lambda i: reading_place(stops[i], dialog))
        assert_reads_in_order(stops[top:] + stops[:top], dialog)  # from the top, once round
        buttons = [
            w
            for w in visible_widgets(dialog)
            if isinstance(w, QAbstractButton)
            and w.isEnabled()
            and not isinstance(w.parentWidget(), QLineEdit | QTabBar | QAbstractItemView)
        ]
        missed += [
            f"{name}: {b.accessibleName() or b.text()}" for b in buttons if not reached(b, stops)
        ]
    window.close()
    window.deleteLater()
    assert not missed, "Tab never reaches:\n" + "\n".join(missed)
