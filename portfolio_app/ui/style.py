"""A light touch of style on top of the platform's own look: the system palette (light or
dark) is kept, only spacing, the sidebar and message colours are set. Sizes are relative to
the user's font so large-font settings (200 %) keep working."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
QListWidget#sidebar { border: none; padding: 8px; }
QListWidget#sidebar::item { padding: 8px 10px; border-radius: 6px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel#errorText { color: #b3261e; }
QLabel#warningText { background: #fff4d1; color: #3d2e00; padding: 6px 8px; border-radius: 4px; }
QLabel#demoBanner { color: #7a4b00; background: #ffe8b0; padding: 2px 8px; border-radius: 4px; }
QPushButton { padding: 6px 14px; }
QPushButton#primary { font-weight: bold; }
QListWidget#formList, QListWidget#attachmentList { border: 1px solid palette(mid); padding: 2px; }
QListWidget#formList::item, QListWidget#attachmentList::item { padding: 3px 6px; }
QProgressBar#coverageBar, QProgressBar#coverageBarBefore {
    border: 1px solid palette(mid); border-radius: 4px; background: palette(base); }
QProgressBar#coverageBar::chunk { background: palette(highlight); }
QProgressBar#coverageBarBefore::chunk { background: palette(mid); }
QLabel#lightAlert { background: #b3261e; color: white; font-weight: bold; border-radius: 0.7em; }
QLabel#lightWarning { background: #e0a800; color: black; font-weight: bold; border-radius: 3px; }
QLabel#lightInfo { background: #1f5fa8; color: white; font-weight: bold; border-radius: 3px; }
QLabel#lightPositive { background: #2e7d32; color: white; font-weight: bold; border-radius: 0.7em; }
QLabel#checkSummary, QLabel#checkChoice { font-size: 1.15em; }
QLabel#disclaimer { border-left: 4px solid palette(highlight); padding: 8px 12px;
    background: palette(alternate-base); }
QLabel#sourceText { font-style: italic; }
QTableWidget#gapsTable::item { padding: 4px 6px; }
QPushButton#linkButton { text-align: left; border: none; color: palette(link);
    text-decoration: underline; }
QPushButton#linkButton:focus { background: palette(highlight); color: palette(highlighted-text); }
QPushButton#linkButton:disabled { color: palette(text); text-decoration: none; }
"""


def apply_style(app: QApplication) -> None:
    """The style sheet, plus tick boxes sized from the font: Qt keeps them at a fixed pixel
    size otherwise, which is hard to hit at 200 % text size."""
    size = max(13, round(app.fontMetrics().height() * 0.8))
    indicators = (
        f"QCheckBox::indicator, QListView::indicator, QGroupBox::indicator "
        f"{{ width: {size}px; height: {size}px; }}"
    )
    app.setStyleSheet(STYLE + indicators)
