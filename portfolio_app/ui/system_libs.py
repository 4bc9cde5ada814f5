"""Before Qt opens a window on Linux: are the system libraries of its X11 (xcb) plug-in there?

Without them Qt aborts the whole process with a long message that names only one of them
(and on a clean Debian 12 not even one that is missing). The PySide6 wheels bundle Qt but
not these libraries, so a fresh desktop often lacks a few (libxcb-icccm4, libxcb-keysyms1,
libxcb-cursor0). They are looked for the way Qt loads them (``dlopen`` by name) before the
``QApplication`` exists, and a missing one gives one line naming the Debian/Ubuntu packages
to install. No Qt here: this runs before Qt could fail.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What Qt's xcb platform plug-in (libqxcb.so, libQt6XcbQpa.so.6) loads, and the
# Debian/Ubuntu package of each (``readelf -d`` on the plug-in of PySide6 6.11).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt will open its windows through xcb: on Linux, unless another platform is
    chosen (``QT_QPA_PLATFORM``) or a Wayland session is there for Qt to use."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The packages whose library cannot be loaded, in a stable order."""
    return [package for library, package in XCB_LIBRARIES.items() if not loads(library)]


def missing_message(packages: list[str], lang: str = "nl") -> str:
    """One line: what is wrong and the command that repairs it."""
    command = "sudo apt install " + " ".join(packages)
    if lang == "en":
        return (
            "Portfolio cannot open a window: system libraries for Qt are missing. "
            f"On Debian or Ubuntu, install them with: {command}"
        )
    return (
        "Portfolio kan geen venster openen: er ontbreken systeembibliotheken voor Qt. "
        f"Op Debian of Ubuntu installeer je ze met: {command}"
    )


def check(lang: str = "nl", loads: Callable[[str], bool] = _loads) -> str | None:
    """The one-line message when Qt's xcb plug-in would fail to load, else None."""
    if not uses_xcb():
        return None
    packages = missing_packages(loads)
    return missing_message(packages, lang) if packages else None
