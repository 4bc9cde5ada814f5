"""Guards against a known-broken Qt binding: PySide6 6.12.0 on Python 3.11 drops a reference
to None on every call that returns nothing, and a long session then aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(20_000):
        label.setObjectName("x")
    assert sys.getrefcount(None) > before - 1_000
