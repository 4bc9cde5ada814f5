"""The app's own icons: simple line drawings (SVG, under ``resources/icons``, drawn for this
project; see the README there), painted in the colour of the text around them.

Each SVG draws with ``currentColor``; the engine puts in the palette's text colour (light
or dark theme), the highlighted-text colour on a selected sidebar item, and the disabled
colour on a disabled button, at whatever size and pixel ratio is asked (200 % stays sharp).
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

NAMES = (
    "overview",
    "competences",
    "leerbewijzen",
    "experiences",
    "check",
    "plan",
    "rights",
    "export",
    "settings",
    "add",
    "edit",
    "delete",
    "undo",
    "lock",
    "unlock",
    "occupation",
    "done",
    "save",
    "open",
    "new",
    "demo",
)


@cache
def svg_source(name: str) -> str:
    return (files("portfolio_app.resources") / "icons" / f"{name}.svg").read_text(encoding="utf-8")


class SvgIconEngine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _colour(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def paint(  # noqa: D102 - Qt API
        self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State
    ) -> None:
        source = svg_source(self.name).replace("currentColor", self._colour(mode))
        renderer = QSvgRenderer(QByteArray(source.encode("utf-8")))
        side = min(rect.width(), rect.height())
        target = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        renderer.render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(  # noqa: N802 - Qt API
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(
            QSize(round(size.width() * scale), round(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name)

    def key(self) -> str:
        return "portfolio-svg"

    def iconName(self) -> str:  # noqa: N802 - Qt API
        return self.name

    def isNull(self) -> bool:  # noqa: N802 - Qt API
        return False


def icon(name: str) -> QIcon:
    """One of ``NAMES`` as a QIcon that follows the palette."""
    if name not in NAMES:
        raise KeyError(name)
    return QIcon(SvgIconEngine(name))
