"""The check's files: the bundled labour-market signals, EVC costs and rights, and the user's
own imported signals table.

This is the only module of ``portfolio_app.check`` that touches the file system. An import
is all or nothing: the file is read and checked completely, and only a file without a single
bad row is written, as a clean copy, to the data folder (temporary file, then rename), so a
bad file or a crash halfway leaves the previous table in use.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from portfolio_app.atomic import write_text
from portfolio_app.bundled import bundled_json, bundled_text, json_or_none
from portfolio_app.check.evc import EvcCosts, parse_evc_costs
from portfolio_app.check.facts import Facts
from portfolio_app.check.rules import (
    FutureList,
    RegulatedProfessions,
    parse_future,
    parse_regulated,
)
from portfolio_app.check.signals import Signal, SignalTable, parse_signals, write_signals
from portfolio_app.errors import InvalidInput, NotFound, TooLarge, human_size
from portfolio_app.paths import AppPaths
from portfolio_app.rights.files import load_rights
from portfolio_app.texts import counted
from portfolio_app.vault.connection import storage_error

MAX_IMPORT_BYTES = 5_000_000
SHOWN_BAD_ROWS = 10


def bundled_signals_text() -> str | None:
    return bundled_text("signals", "knelpuntberoepen.csv")


def bundled_evc_costs_text() -> str | None:
    return bundled_text("evc", "evc_costs.json")


def user_signals_file(paths: AppPaths) -> Path:
    return paths.data_dir / "signals" / "signals.csv"


def load_signals(paths: AppPaths) -> SignalTable:
    """The bundled signals plus the user's imported ones."""
    found: list[Signal] = []
    bundled = bundled_signals_text()
    if bundled:
        found.extend(parse_signals(bundled)[0])
    own = user_signals_file(paths)
    if own.is_file():
        # Written by import_signals, so every row was checked; a hand-edited row that no
        # longer parses is left out rather than stopping every check.
        found.extend(parse_signals(own.read_text(encoding="utf-8"), imported=True)[0])
    return SignalTable(found)


def load_evc_costs() -> EvcCosts | None:
    text = bundled_evc_costs_text()
    return parse_evc_costs(json_or_none(text)) if text is not None else None


def load_regulated() -> RegulatedProfessions:
    """The bundled list of regulated professions (empty when it is not installed)."""
    doc = bundled_json("check", "regulated_professions.json")
    return parse_regulated(doc) if doc is not None else RegulatedProfessions({})


def load_future() -> FutureList | None:
    """The bundled list of future competences (None when it is not installed)."""
    doc = bundled_json("check", "future_competences.json")
    return parse_future(doc) if doc is not None else None


def load_facts(paths: AppPaths) -> Facts:
    """Everything the check states next to the competences, as installed."""
    costs = load_evc_costs()
    return Facts(load_signals(paths), costs, load_regulated(), load_future(), load_rights(costs))


def import_signals(source: Path, paths: AppPaths, today: date) -> list[Signal]:
    """Check ``source`` and make it the user's signals table (replacing an earlier import).
    Raises ``InvalidInput`` naming the bad rows by line number; nothing changes then."""
    if not source.is_file():
        raise NotFound(what=str(source))
    size = source.stat().st_size
    if size > MAX_IMPORT_BYTES:
        raise TooLarge(name=source.name, size=human_size(size), limit=human_size(MAX_IMPORT_BYTES))
    try:
        text = source.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{source.name} is geen CSV-bestand in UTF-8. Er is niets veranderd.",
            f"{source.name} is not a UTF-8 CSV file. Nothing was changed.",
        ) from None
    signals, bad = parse_signals(text, imported=True, today=today)
    if bad:
        shown = bad[:SHOWN_BAD_ROWS]
        more = len(bad) - len(shown)
        nl = "; ".join(b.message("nl") for b in shown) + (f"; en nog {more}" if more else "")
        en = "; ".join(b.message("en") for b in shown) + (f"; and {more} more" if more else "")
        raise InvalidInput(
            f"{source.name} heeft {counted(len(bad), 'foute rij', 'foute rijen')}, er is "
            f"niets veranderd: {nl}",
            f"{source.name} has {counted(len(bad), 'bad row', 'bad rows')}, nothing was "
            f"changed: {en}",
        )
    if not signals:
        raise InvalidInput(
            f"{source.name} bevat geen signalen. Er is niets veranderd.",
            f"{source.name} holds no signals. Nothing was changed.",
        )
    _write_atomically(user_signals_file(paths), write_signals(signals))
    return signals


def _write_atomically(target: Path, text: str) -> None:
    """A full disk or a read-only folder ends in StorageFull/StorageReadOnly, the table in
    use untouched."""
    try:
        write_text(target, text)
    except OSError as exc:
        raise storage_error(exc) from None
