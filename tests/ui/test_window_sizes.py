"""Issue 14, point 4: the windows fit the screen and every page is usable on a 1366×768
laptop, at 100 % and at 200 %.

On X11 both QT_SCALE_FACTOR=2 and QT_FONT_DPI=192 make a 1366×768 screen a 683×384 one for
Qt (twice the pixels per unit), so "200 %" is tested as that screen with the usual font;
where only the text grows (QT_FONT_DPI on other platforms), as 1366×768 with text twice the
size. "Usable" means: the window and its frame lie inside the screen's available area, no
button is narrower than its text ("oe uit een be"), every table has room for five rows, and
the Overzicht has no sideways scroll bar and an uncut chart legend at 100 %.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QTableView,
    QWidget,
)

from portfolio_app import settings as settings_store
from portfolio_app.paths import AppPaths
from portfolio_app.settings import Settings
from portfolio_app.ui import geometry
from portfolio_app.ui.geometry import FRAME, fit
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.session import Session
from portfolio_app.ui.style import style_sheet
from portfolio_app.ui.unlock import UnlockWindow
from portfolio_app.ui.welcome import WelcomeWindow
from portfolio_app.ui.widgets.fit_table import FitTable
from tests.ui.views import dialogs, page_states, settle, visible_widgets

LAPTOP = QRect(0, 0, 1366, 768)
LAPTOP_200 = QRect(0, 0, 683, 384)  # the same laptop at QT_SCALE_FACTOR=2 or QT_FONT_DPI=192
FULL_HD = QRect(0, 0, 1920, 1080)
WITH_TASKBAR = QRect(0, 0, 1366, 728)
SECOND_SCREEN = QRect(1366, 0, 1920, 1080)
SCREENS = [LAPTOP, LAPTOP_200, FULL_HD, WITH_TASKBAR, SECOND_SCREEN]


def inside_with_frame(rect: QRect, area: QRect) -> bool:
    return area.contains(rect.marginsAdded(FRAME))


def put(window: QWidget, area: QRect) -> None:
    """Where ``geometry.place`` puts the window on a screen of ``area``; a maximized one gets
    the whole area here (the test screen is another size), as a window manager would."""
    rect, maximized = fit(geometry.wanted_size(window, area), area)
    window.setGeometry(rect)
    window.show()
    settle()


# -- the placing rule, without widgets ----------------------------------------------------------


@pytest.mark.parametrize("area", SCREENS, ids=lambda r: f"{r.width()}x{r.height()}")
@pytest.mark.parametrize("wanted", [QSize(520, 320), QSize(1280, 860), QSize(4000, 3000)])
def test_a_new_window_fits_inside_the_available_area(area: QRect, wanted: QSize) -> None:
    rect, maximized = fit(wanted, area)
    assert inside_with_frame(rect, area)
    room = area.marginsRemoved(FRAME)
    too_big = wanted.width() > room.width() or wanted.height() > room.height()
    assert maximized == too_big
    if not too_big:
        assert rect.size() == wanted and rect.center() == room.center()


def test_a_remembered_place_is_used_and_cut_to_the_screen() -> None:
    saved = QRect(100, 80, 900, 600)
    assert fit(QSize(1280, 860), LAPTOP, saved) == (saved, False)
    # remembered on a larger screen: it shrinks to fit and stays where it can
    rect, maximized = fit(QSize(1280, 860), LAPTOP_200, QRect(10, 40, 1900, 1000))
    assert not maximized and inside_with_frame(rect, LAPTOP_200)
    # remembered on a screen that is gone: the usual size, on this one
    rect, _ = fit(QSize(500, 300), LAPTOP, QRect(2000, 100, 800, 600))
    assert rect.size() == QSize(500, 300) and inside_with_frame(rect, LAPTOP)


def test_a_window_too_big_for_the_screen_opens_maximized(
    qapp: QApplication, tmp_path: Path
) -> None:
    window = WelcomeWindow("nl")
    geometry.place(window, Settings(), LAPTOP_200)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert inside_with_frame(window.geometry(), LAPTOP_200)
    small = UnlockWindow(tmp_path / "x.vault")
    geometry.place(small, Settings(), FULL_HD)
    assert not small.windowState() & Qt.WindowState.WindowMaximized
    window.deleteLater()
    small.deleteLater()


def test_the_place_is_remembered_in_the_settings(qapp: QApplication, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path)
    settings = Settings()
    window = UnlockWindow(tmp_path / "x.vault")
    geometry.place(window, settings, LAPTOP)
    window.setGeometry(QRect(200, 150, 600, 400))
    geometry.record(window, settings)
    settings_store.save(paths, settings)
    again = settings_store.load(paths)
    assert again.windows["UnlockWindow"] == [200, 150, 600, 400, 0]
    other = UnlockWindow(tmp_path / "x.vault")
    geometry.place(other, again, LAPTOP)
    assert other.geometry() == QRect(200, 150, 600, 400)
    # a broken entry in a hand-edited file is dropped, not trusted
    paths.settings_file.write_text('{"windows": {"UnlockWindow": [1, 2, "x", 4, 0]}}')
    assert settings_store.load(paths).windows == {}
    window.deleteLater()
    other.deleteLater()


# -- the real windows -------------------------------------------------------------------------


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[QApplication]:
    """The app's style sheet, as ``portfolio-app`` sets it (it changes paddings)."""
    qapp.setStyleSheet(style_sheet(qapp.palette(), QFontMetrics(qapp.font()).height()))
    yield qapp
    qapp.setStyleSheet("")


@pytest.fixture(params=["100%", "200% screen", "200% text"])
def screen(request: pytest.FixtureRequest, styled: QApplication) -> Iterator[QRect]:
    """The available area to fit in; for "200% text", the app's font twice as large."""
    font = QFont(styled.font())
    if request.param == "200% text":
        bigger = QFont(font)
        bigger.setPointSizeF(font.pointSizeF() * 2)
        styled.setFont(bigger)
        styled.setStyleSheet(style_sheet(styled.palette(), QFontMetrics(bigger).height()))
    yield LAPTOP_200 if request.param == "200% screen" else LAPTOP
    styled.setFont(font)


def problems_in(root: QWidget) -> list[str]:
    """Buttons narrower or lower than their text needs, tables with room for < 5 rows."""
    found = []
    for widget in visible_widgets(root):
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        if (
            isinstance(widget, QAbstractButton)
            and not isinstance(widget, QCheckBox | QRadioButton)
            and not isinstance(widget.parentWidget(), QLineEdit)  # Qt's own clear button
        ):
            least = widget.minimumSizeHint()
            if widget.hasHeightForWidth():  # text that wraps: as high as it is at this width
                least.setHeight(widget.heightForWidth(widget.width()))
            if widget.width() < least.width() or widget.height() < least.height():
                found.append(
                    f"button {name!r} is {widget.width()}x{widget.height()}, "
                    f"needs {least.width()}x{least.height()}"
                )
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            found.append(f"{name!r} scrolls sideways")
        if isinstance(widget, QTableView):  # no header cut off ("Jitgereikt door")
            header = widget.horizontalHeader()
            for column in range(header.count()):
                if header.isSectionHidden(column):
                    continue
                text = widget.model().headerData(column, Qt.Orientation.Horizontal)
                if header.sectionSize(column) < header.sectionSizeHint(column):
                    found.append(f"table {name!r}: header {text!r} is cut off")
        if isinstance(widget, QTableView) and not isinstance(widget, FitTable):
            rows = widget.verticalHeader().defaultSectionSize()
            room = widget.viewport().height() // max(rows, 1)
            if room < 5:
                found.append(f"table {name!r} has room for {room} rows")
        if isinstance(widget, FitTable) and widget.rowCount():
            shown = widget.viewport().height()
            needed = sum(widget.rowHeight(r) for r in range(widget.rowCount()))
            if shown < needed:
                found.append(f"table {name!r} cuts off rows")
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.height() < 2 * widget.fontMetrics().height()
        ):
            found.append(f"list {name!r} is {widget.height()} high")
    return found


def test_the_first_windows_fit(qapp: QApplication, screen: QRect, tmp_path: Path) -> None:
    welcome = WelcomeWindow("nl")
    unlock = UnlockWindow(tmp_path / "portfolio.vault")
    for window in (welcome, unlock):
        put(window, screen)
        least = window.minimumSizeHint()
        room = screen.marginsRemoved(FRAME)
        assert least.width() <= room.width() and least.height() <= room.height()
        assert inside_with_frame(window.geometry(), screen), type(window).__name__
        pages = [welcome.stack.widget(i) for i in range(2)] if window is welcome else [None]
        for index, _ in enumerate(pages):
            if window is welcome:
                welcome.stack.setCurrentIndex(index)
                settle()
            assert problems_in(window) == [], (type(window).__name__, index)
        window.close()
        window.deleteLater()


def test_every_page_and_dialog_is_usable(qapp: QApplication, screen: QRect, demo: Session) -> None:
    window = MainWindow(demo)
    put(window, screen)
    assert inside_with_frame(window.geometry(), screen)
    found = []
    for state in page_states(window):
        found += [f"{state}: {problem}" for problem in problems_in(window)]
        sideways = window.page_area.horizontalScrollBar().maximum()
        if sideways:
            found.append(f"{state}: scrolls {sideways} pixels sideways")
    for name, dialog in dialogs(demo, window):
        geometry.keep_on_screen(dialog, screen)
        settle()
        if not screen.contains(dialog.frameGeometry()):
            found.append(f"{name}: {dialog.frameGeometry()} is not inside {screen}")
        found += [f"{name}: {problem}" for problem in problems_in(dialog)]
    window.close()
    window.deleteLater()
    assert not found, "\n".join(found)


def test_the_overview_has_no_sideways_scroll_bar_at_100_percent(
    qapp: QApplication, styled: QApplication, demo: Session
) -> None:
    window = MainWindow(demo)
    put(window, LAPTOP)
    page = window.go_to("overview")
    settle()
    assert window.page_area.horizontalScrollBar().maximum() == 0
    for area in page.findChildren(type(window.page_area)):
        assert area.horizontalScrollBar().maximum() == 0
    chart = page.chart  # type: ignore[attr-defined]
    assert chart.height() >= chart.heightForWidth(chart.width()), "the legend is cut off"
    assert len(chart._legend_lines(chart.width())) >= 1
    window.close()
    window.deleteLater()


def test_the_leerbewijzen_titles_come_first(
    qapp: QApplication, styled: QApplication, demo: Session
) -> None:
    """The title column is wide enough for every demo title; kind and issuer give way, and
    no header is cut ("Jitgereikt door")."""
    window = MainWindow(demo)
    put(window, LAPTOP)
    page = window.go_to("leerbewijzen")
    settle()
    table = page.table  # type: ignore[attr-defined]
    header = table.horizontalHeader()
    settle()
    assert header.sectionSize(0) >= table.sizeHintForColumn(0)
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    window.close()
    window.deleteLater()


def test_the_app_remembers_where_its_windows_were(
    qapp: QApplication, vault_path: Path, tmp_path: Path
) -> None:
    """Through the controller, as a user does it: move the unlock window, quit, start again."""
    import shutil

    from portfolio_app.ui.controller import AppController

    paths = AppPaths.default()
    paths.ensure()
    shutil.copyfile(vault_path, paths.vault)
    first = AppController(qapp, paths, settings_store.load(paths))
    first.start()
    window = first.window
    assert isinstance(window, UnlockWindow)
    settle()
    window.setGeometry(QRect(120, 90, 560, 360))
    settle()
    window.close()
    qapp.removeEventFilter(first.idle)
    assert settings_store.load(paths).windows["UnlockWindow"] == [120, 90, 560, 360, 0]
    again = AppController(qapp, paths, settings_store.load(paths))
    again.start()
    reopened = again.window
    assert isinstance(reopened, UnlockWindow) and reopened is not window
    assert reopened.geometry() == QRect(120, 90, 560, 360)
    reopened.close()
    qapp.removeEventFilter(again.idle)


def test_the_main_window_uses_a_large_screen(qapp: QApplication, demo: Session) -> None:
    window = MainWindow(demo)
    geometry.place(window, Settings(), FULL_HD)
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() >= FULL_HD.width() * 0.85 and window.height() >= FULL_HD.height() * 0.85
    assert inside_with_frame(window.geometry(), FULL_HD)
    geometry.place(window, Settings(), LAPTOP)  # a laptop: it opens maximized
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.deleteLater()
