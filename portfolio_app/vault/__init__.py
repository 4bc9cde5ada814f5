"""The encrypted store: one SQLCipher file per portfolio, its key, lock, schema and
repositories. Start at ``Portfolio``.

The names below are loaded on first use (PEP 562), not when the package is imported: the
app's unlock window needs only ``vault.unlock_delay``, and importing ``Portfolio`` pulls in
every pydantic model of the domain, which would slow the window down by a third of a
second."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from portfolio_app.vault.keystore import (
        forget_passphrase,
        keyring_available,
        recall_passphrase,
        remember_passphrase,
    )
    from portfolio_app.vault.passphrase import RULE_EN, RULE_NL, Strength, assess
    from portfolio_app.vault.portfolio import ChangeEvent, Portfolio

_WHERE = {
    "forget_passphrase": "keystore",
    "keyring_available": "keystore",
    "recall_passphrase": "keystore",
    "remember_passphrase": "keystore",
    "RULE_EN": "passphrase",
    "RULE_NL": "passphrase",
    "Strength": "passphrase",
    "assess": "passphrase",
    "ChangeEvent": "portfolio",
    "Portfolio": "portfolio",
}

__all__ = [
    "RULE_EN",
    "RULE_NL",
    "ChangeEvent",
    "Portfolio",
    "Strength",
    "assess",
    "forget_passphrase",
    "keyring_available",
    "recall_passphrase",
    "remember_passphrase",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
