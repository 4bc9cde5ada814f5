"""The app's own icon (resources/icons, rendered by tools/make_icons.py) and the desktop id
that ties the running window to its desktop entry, so the taskbar shows the same icon."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

APP_ID = "be.portfolioapp.Portfolio"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources.files("portfolio_app.resources").joinpath("icons", "png")
    for size in SIZES:
        entry = folder.joinpath(f"portfolio-{size}.png")
        if entry.is_file():
            pixmap = QPixmap()
            pixmap.loadFromData(entry.read_bytes(), "PNG")
            icon.addPixmap(pixmap)
    return icon
