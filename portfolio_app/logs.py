"""The app's log: what went wrong, never with whom.

Log records hold error classes, codes, module names and line numbers; never messages built
from user data, file names, labels or passphrases. An unexpected exception is written as its
type and the stack of code locations only (no values), which is enough to find a bug and
leaks nothing from the portfolio.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback

from portfolio_app.atomic import private_dir
from portfolio_app.errors import PortfolioError
from portfolio_app.paths import AppPaths

LOGGER_NAME = "portfolio"
_log = logging.getLogger(LOGGER_NAME)


def setup(paths: AppPaths) -> None:
    """Send the log to a small rotating file in the data directory. Calling it again with
    another data directory moves the log there (one process may serve several, as in tests)."""
    target = paths.logs_dir / "portfolio.log"
    for old in list(_log.handlers):
        if getattr(old, "baseFilename", None) == str(target.absolute()):
            return
        _log.removeHandler(old)
        old.close()
    _log.setLevel(logging.INFO)
    _log.propagate = False
    try:
        private_dir(paths.logs_dir)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=256_000, backupCount=2, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)


def record_error(exc: PortfolioError) -> None:
    _log.info("user error %s (exit %d)", type(exc).__name__, exc.exit_code)


def record_unexpected(exc: BaseException) -> None:
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames)
    )
    _log.error("unexpected %s at %s", type(exc).__name__, where)


def event(name: str, **numbers: int | float) -> None:
    """A named event with numbers only (durations, counts), e.g. an import's size."""
    details = " ".join(f"{k}={v}" for k, v in sorted(numbers.items()))
    _log.info("%s %s", name, details)
