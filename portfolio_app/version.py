"""The app's version, read once from the installed package's metadata (pyproject.toml is the
one place it is written), with the frozen bundle's copy as a fallback."""

from __future__ import annotations

from importlib import metadata

DISTRIBUTION = "portfolio-app"


def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a bundle built without the package's metadata
        return "onbekend"
