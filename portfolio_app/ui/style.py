"""One calm style on top of the platform's own look.

The system palette (light or dark) and the platform's widgets are kept; the style sheet only
sets what makes the app read as one whole: a type scale (``widgets.text``), spacing on a
6-pixel grid, the sidebar, cards and group boxes as white (base-coloured) surfaces with a
thin border on the window's background instead of Qt's grey boxes, a muted colour for hints,
and message colours. Every colour is taken from the palette or mixed from it, so a dark
theme stays dark. Sizes that must grow with the text (tick boxes, the focus ring's rounding)
are measured from the user's font, so 200 % text keeps working.

The focus ring (``focus.FocusRing``) and the level colours (``widgets.chart``) complete it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

# Message colours, chosen for at least 4.5:1 contrast with their text on light and dark.
ERROR = "#b3261e"
WARNING_BG, WARNING_FG = "#fff4d1", "#3d2e00"
DEMO_BG, DEMO_FG = "#ffe8b0", "#5c3900"

STYLE = """
QListWidget#sidebar {{ border: none; border-right: 1px solid {line}; background: {side};
    padding: 10px 8px; outline: 0; }}
QListWidget#sidebar::item {{ padding: 9px 10px; border-radius: 6px; margin: 1px 0;
    color: palette(window-text); }}
QListWidget#sidebar::item:hover {{ background: {hover}; }}
QListWidget#sidebar::item:selected {{ background: palette(highlight);
    color: palette(highlighted-text); }}
QToolBar#mainToolbar {{ border: none; border-bottom: 1px solid {line}; spacing: 6px;
    padding: 3px 6px; }}
QToolBar#mainToolbar QToolButton {{ padding: 4px 8px; border-radius: 5px; }}
QToolBar#mainToolbar QToolButton:hover {{ background: {hover}; }}
QFrame#card, QGroupBox {{ background: palette(base); border: 1px solid {line};
    border-radius: 8px; }}
QFrame#card {{ padding: 6px 8px; }}
QGroupBox {{ margin-top: 4px; padding: {title_room}px 10px 8px 10px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: padding; subcontrol-position: top left;
    left: 19px; top: 8px; color: palette(window-text); }}
QLabel#hint {{ color: {muted}; }}
QLabel#errorText {{ color: {error}; }}
QLabel#warningText {{ background: {warning_bg}; color: {warning_fg}; padding: 6px 8px;
    border-radius: 4px; }}
QLabel#demoBanner {{ color: {demo_fg}; background: {demo_bg}; padding: 2px 8px;
    border-radius: 4px; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton#primary {{ font-weight: bold; }}
QListWidget#formList, QListWidget#attachmentList {{ border: 1px solid {line}; padding: 2px; }}
QListWidget#formList::item, QListWidget#attachmentList::item {{ padding: 3px 6px; }}
QProgressBar#coverageBar, QProgressBar#coverageBarBefore {{
    border: 1px solid {line}; border-radius: 4px; background: palette(base); }}
QProgressBar#coverageBar::chunk {{ background: palette(highlight); border-radius: 3px; }}
QProgressBar#coverageBarBefore::chunk {{ background: {muted}; border-radius: 3px; }}
QLabel#lightAlert {{ background: {error}; color: white; font-weight: bold;
    border-radius: 0.7em; }}
QLabel#lightWarning {{ background: #e0a800; color: black; font-weight: bold;
    border-radius: 3px; }}
QLabel#lightInfo {{ background: #1f5fa8; color: white; font-weight: bold; border-radius: 3px; }}
QLabel#lightPositive {{ background: #2e7d32; color: white; font-weight: bold;
    border-radius: 0.7em; }}
QLabel#checkSummary, QLabel#checkChoice {{ font-size: 1.15em; }}
QLabel#disclaimer {{ border-left: 4px solid palette(highlight); padding: 8px 12px;
    background: palette(base); }}
QLabel#sourceText {{ font-style: italic; }}
QTableWidget#gapsTable::item {{ padding: 4px 6px; }}
QPushButton#linkButton {{ text-align: left; border: none; color: {link};
    text-decoration: underline; background: transparent; padding: 4px 2px; }}
QPushButton#linkButton:hover {{ color: palette(highlight); }}
QPushButton#linkButton:disabled {{ color: palette(text); text-decoration: none; }}
QLabel#linkText {{ color: {link}; }}
QLabel#linkText:disabled {{ color: palette(text); }}
QCheckBox::indicator, QListView::indicator, QGroupBox::indicator, QRadioButton::indicator
    {{ width: {tick}px; height: {tick}px; }}
"""


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    """``a`` with ``share_of_b`` of ``b`` mixed in."""
    t = min(max(share_of_b, 0.0), 1.0)
    return QColor.fromRgbF(
        a.redF() * (1 - t) + b.redF() * t,
        a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t,
    )


def style_sheet(palette: QPalette, line_height: int) -> str:
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return STYLE.format(
        line=mix(window, text, 0.16).name(),
        side=mix(window, text, 0.03).name(),
        hover=mix(window, text, 0.08).name(),
        muted=mix(window, text, 0.62).name(),
        # the highlight, darkened (or lightened, on dark) towards the text: calmer than
        # the pure blue of some platforms' link colour, and readable on the cards
        link=mix(palette.color(QPalette.ColorRole.Highlight), text, 0.3).name(),
        error=ERROR,
        warning_bg=WARNING_BG,
        warning_fg=WARNING_FG,
        demo_bg=DEMO_BG,
        demo_fg=DEMO_FG,
        tick=max(13, round(line_height * 0.8)),
        title_room=round(line_height * 1.6),
    )


def apply_style(app: QApplication) -> None:
    """The style sheet, and the focus ring. Tick boxes are sized from the font: Qt keeps them
    at a fixed pixel size otherwise, which is hard to hit at 200 % text size."""
    from portfolio_app.ui.focus import FocusRing

    app.setStyleSheet(style_sheet(app.palette(), QFontMetrics(app.font()).height()))
    FocusRing.install(app)
