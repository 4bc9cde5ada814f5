"""Issue 14, point 5: one style. Icons for the sidebar and the main actions (our own, with
their licence recorded), level colours that stay apart for colour-blind eyes, and a focus
ring that a keyboard user can see."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from portfolio_app.ui.focus import FocusRing
from portfolio_app.ui.icons import NAMES, icon
from portfolio_app.ui.main_window import MainWindow
from portfolio_app.ui.session import Session
from portfolio_app.ui.style import style_sheet
from portfolio_app.ui.widgets.chart import LEVEL_COLOURS
from tests.conftest import REPO_ROOT
from tests.ui.views import settle

ICONS = REPO_ROOT / "resources" / "icons"


# -- icons ----------------------------------------------------------------------------------


def drawn(picture: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> int:
    """How many pixels of a 32-pixel rendering are not transparent."""
    image = picture.pixmap(QSize(32, 32), mode).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha()
    )


def test_every_icon_is_drawn_and_its_licence_recorded(qapp: QApplication) -> None:
    readme = (ICONS / "README.md").read_text(encoding="utf-8")
    assert "EUPL-1.2" in readme and "drawn by hand" in readme
    assert {p.stem for p in ICONS.glob("*.svg")} - {"portfolio"} == set(NAMES)  # app icon
    for name in NAMES:
        assert f"{name}.svg" in readme, f"{name}.svg is not in the icons' README"
        assert drawn(icon(name)) > 40, name


def test_icons_take_the_colour_of_the_text_around_them(qapp: QApplication) -> None:
    image = icon("add").pixmap(QSize(32, 32)).toImage()
    centre = image.pixelColor(16, 16)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    assert centre.alpha() > 200 and centre.rgb() == text.rgb()
    disabled = icon("add").pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    assert disabled.pixelColor(16, 16).rgb() != centre.rgb()


def test_the_sidebar_and_the_main_actions_have_icons(qapp: QApplication, demo: Session) -> None:
    window = MainWindow(demo)
    for row in range(window.sidebar.count()):
        assert not window.sidebar.item(row).icon().isNull(), window.sidebar.item(row).text()
    assert not window.undo_action.icon().isNull()
    for key in ("competences", "leerbewijzen", "experiences", "plan"):
        page = window.pages[key]
        for name in ("add_button", "edit_button", "delete_button"):
            assert not getattr(page, name).icon().isNull(), (key, name)
    window.deleteLater()


# -- level colours --------------------------------------------------------------------------

# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB
SIMULATIONS = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of linear RGB."""
    r, g, b = (min(max(c, 0.0), 1.0) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen_as(colour: QColor, how: str) -> tuple[float, float, float]:
    rgb = [linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF())]
    matrix = SIMULATIONS[how]
    return lab(tuple(sum(m * c for m, c in zip(row, rgb, strict=True)) for row in matrix))  # type: ignore[arg-type]


def apart(colours: list[QColor]) -> list[str]:
    """What makes two neighbouring levels hard to tell apart, for any kind of eye."""
    problems = []
    for how in SIMULATIONS:
        seen = [seen_as(c, how) for c in colours]
        for level, (a, b) in enumerate(zip(seen, seen[1:], strict=False), start=1):
            distance = sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
            if distance < 15:
                problems.append(f"{how}: level {level} and {level + 1} differ by {distance:.0f}")
    lightness = [seen_as(c, "normal")[0] for c in colours]
    for level, (a, b) in enumerate(zip(lightness, lightness[1:], strict=False), start=1):
        if a - b < 15:  # in grey (or with no colour vision) they still run light to dark
            problems.append(f"lightness of level {level} and {level + 1}: {a:.0f} and {b:.0f}")
    return problems


def test_the_level_colours_stay_apart_for_every_eye() -> None:
    assert apart([QColor(c) for c in LEVEL_COLOURS]) == []


def test_the_old_level_colours_would_not_pass() -> None:
    """One blue at four strengths, as before: the rule above catches it."""
    white, blue = QColor("white"), QColor("#308cc6")
    old = []
    for level in range(1, 5):
        alpha = 0.3 + 0.7 * level / 4
        old.append(
            QColor.fromRgbF(
                *(
                    alpha * getattr(blue, c)() + (1 - alpha) * getattr(white, c)()
                    for c in ("redF", "greenF", "blueF")
                )
            )
        )
    assert apart(old)


# -- style and focus ring -------------------------------------------------------------------


def test_the_style_follows_a_dark_palette(qapp: QApplication) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    sheet = style_sheet(dark, 16)
    assert "#ffffff" not in sheet.lower().replace("color: white", "")
    assert "palette(base)" in sheet  # cards take the theme's field colour


@pytest.fixture
def ring(qapp: QApplication) -> Iterator[FocusRing]:
    """The app's focus ring, for this test only (it watches every widget)."""
    yield FocusRing.install(qapp)
    FocusRing.uninstall(qapp)


def test_the_focus_ring_shows_for_the_keyboard_not_for_the_mouse(
    qapp: QApplication, ring: FocusRing
) -> None:
    window = QWidget()
    column = QVBoxLayout(window)
    first, second = QPushButton("Eerste", window), QPushButton("Tweede", window)
    column.addWidget(first)
    column.addWidget(second)
    window.show()
    window.activateWindow()
    first.setFocus()
    settle()
    QTest.keyClick(first, Qt.Key.Key_Tab)
    settle()
    ring = FocusRing.install(qapp)
    assert qapp.focusWidget() is second
    assert ring.isVisible() and ring.target is second
    assert ring.geometry().contains(second.geometry())
    QTest.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    settle()
    assert not ring.isVisible()
    window.close()
    window.deleteLater()
