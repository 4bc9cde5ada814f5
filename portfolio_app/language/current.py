"""Which language file is the current one, and how a new one takes its place.

The language folder holds:

- ``starter-<hash>.sqlite``: the bundled starter language, built on first use. The hash covers
  the bundled files and the file schema, so an app update that changes either builds a new file
  next to the old one instead of changing a file another window may have open;
- ``esco-<time>.sqlite``: an imported language (ESCO merged with the starter language);
- ``current.json``: names the imported file in use. Without it, the starter language is current.

A new file is always built under a temporary name in the same folder and renamed into place
(``atomic``), and only then is ``current.json`` replaced, the same way. A crash or a cancel
at any moment leaves the previous file and pointer as they were. Files no longer current are
removed on a later start, when no window has them open any more; on Windows, where an open
file cannot be deleted, removal just waits for another start.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from portfolio_app.atomic import atomic_path, private_dir, write_text
from portfolio_app.language import starter
from portfolio_app.language.build import SCHEMA_VERSION, Step, build
from portfolio_app.language.data import LanguageData
from portfolio_app.language.esco_source import source_path
from portfolio_app.paths import AppPaths

POINTER = "current.json"
STARTER_SOURCE = "Startertaal"
BUNDLED_SOURCE = "ESCO v{version} (meegeleverd) + startertaal"
_STALE_SECONDS = 3600


def starter_hash() -> str:
    return starter.source_hash(starter.bundled_files()) + f"-s{SCHEMA_VERSION}"


def build_atomically(
    folder: Path, name: str, data: LanguageData, meta: dict[str, str], step: Step | None = None
) -> Path:
    """Build into a temporary file beside the target, then rename it into place."""
    target = folder / name
    with atomic_path(target, prefix=".building-", suffix=".sqlite") as tmp:
        build(data, tmp, meta, step)
    return target


def read_pointer(folder: Path) -> Path | None:
    try:
        doc = json.loads((folder / POINTER).read_text(encoding="utf-8"))
        name = doc["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or "/" in name or "\\" in name:
        return None
    path = folder / name
    return path if path.is_file() else None


def point_to(folder: Path, target: Path) -> None:
    """Make ``target`` (a file in ``folder``) the current language, atomically."""
    write_text(folder / POINTER, json.dumps({"file": target.name}))


def use_starter(paths: AppPaths) -> None:
    """Go back to the bundled starter language (the imported file is removed later)."""
    (paths.language_dir / POINTER).unlink(missing_ok=True)


def build_starter_file(paths: AppPaths, step: Step | None = None) -> Path:
    folder = paths.language_dir
    digest = starter_hash()
    name = f"starter-{digest[:16]}.sqlite"
    target = folder / name
    if not target.is_file():
        if step is not None:
            step("Competentietaal lezen", 0, 6)
        data = starter.load()
        version = data.esco_version
        meta = {
            "source": BUNDLED_SOURCE.format(version=version) if version else STARTER_SOURCE,
            "esco_version": version,
            "starter_hash": digest,
        }
        build_atomically(folder, name, data, meta, _shifted(step))
    return target


def _shifted(step: Step | None) -> Step | None:
    """The builder's five steps as steps 1-6 of six, reading being the first."""
    if step is None:
        return None
    report = step
    return lambda message, done, total: report(message, done + 1, total + 1)


def needs_build(paths: AppPaths) -> bool:
    """True when opening the default language will first build it (the first start, or the
    first after an update that changed the bundled language): a few seconds, worth a
    progress bar."""
    folder = paths.language_dir
    if read_pointer(folder) is not None:
        return False
    return not (folder / f"starter-{starter_hash()[:16]}.sqlite").is_file()


def _remove_unused(folder: Path, keep: set[str]) -> None:
    """Remove old language files and leftovers of crashed builds. Only files untouched for
    an hour go, so that a file another process has just built is never taken away between
    its rename and its pointer update."""
    now = time.time()
    for path in folder.iterdir():
        name = path.name
        ours = name.startswith((".building-", ".pointer-", "starter-", "esco-"))
        if not ours or name in keep:
            continue
        try:
            if now - path.stat().st_mtime > _STALE_SECONDS:
                path.unlink()
        except OSError:
            pass  # still open elsewhere (Windows) or already gone: a later start retries


def current_language_file(paths: AppPaths, step: Step | None = None) -> Path:
    """The file of the current language, building the bundled language when needed
    (``step(message, done, total)`` reports the progress of that build)."""
    folder = paths.language_dir
    private_dir(folder)  # also the data folder, when the language is opened first
    current = read_pointer(folder) or build_starter_file(paths, step)
    _remove_unused(folder, {current.name, source_path(current).name, POINTER})
    return current


def starter_language_file(paths: AppPaths, step: Step | None = None) -> Path:
    """The bundled language alone, for when an imported file can no longer be read."""
    private_dir(paths.language_dir)
    return build_starter_file(paths, step)
